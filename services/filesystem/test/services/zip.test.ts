import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../src/services/zip.js';
import { makeAlteredDocx, makeDocx, makeLyingZip, makeManyEntries, makeZipBomb } from '../fixtures.js';

const limits = { maxUncompressedBytes: 200 * 1024 * 1024, maxRatio: 100, maxEntries: 10_000 };

// The bomb is made by compressing 20 MB: generous limits for a loaded 2-core machine (no timing assertion).
describe('the archive guard (yauzl)', { timeout: 180_000 }, () => {
  it('reads the entries of a sound .docx, folders left out', async () => {
    const entries = await readZip(await makeDocx([{ text: 'Hello' }]), limits);
    expect(entries.get('word/document.xml')?.toString()).toContain('Hello');
    expect([...entries.keys()].some((name) => name.endsWith('/'))).toBe(false);
  });

  it.each([
    ['a ratio beyond the limit', () => makeZipBomb(), limits, 'zip_bomb'],
    ['sizes declared smaller than the data', () => makeLyingZip(), limits, 'zip_bomb'],
    [
      'more declared bytes than allowed in all',
      () => makeDocx([{ text: 'x'.repeat(5000) }]),
      { ...limits, maxUncompressedBytes: 1000 },
      'zip_bomb',
    ],
    ['too many entries', () => makeManyEntries(30), { ...limits, maxEntries: 20 }, 'zip_bomb'],
    [
      'an entry that climbs out of the archive',
      async () => {
        const zip = new JSZip();
        zip.file('../../evil.txt', 'x');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      limits,
      'unsafe_archive',
    ],
    ['an encrypted entry', () => makeAlteredDocx({ flags: 0x1 }), limits, 'encrypted_document'],
    ['an unknown compression method', () => makeAlteredDocx({ method: 12 }), limits, 'unsupported_document'],
    [
      'bytes that are not a zip',
      async () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]),
      limits,
      'corrupt_document',
    ],
  ] as const)('refuses %s', async (_what, make, given, code) => {
    await expect(readZip(await make(), given)).rejects.toMatchObject({ statusCode: 422, code });
  });
});
