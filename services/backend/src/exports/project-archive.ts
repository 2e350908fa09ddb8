/**
 * The whole project as one archive George imports again: `manifest.json`, each file's original
 * bytes and extracted text, the history as a git bundle, and the story bible as JSON. Reading an
 * archive back checks it like any upload from outside: yauzl refuses absolute and `..` entry names
 * and sizes that differ from the declared ones; the entry count, each entry's size and the total
 * are capped before anything is inflated, and only the paths the manifest names are read.
 */

import { createHash } from 'node:crypto';
import { mustGet } from '@george/runtime/collections';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import JSZip from 'jszip';
import yauzl from 'yauzl';
import type { BibleExport } from './bible.js';

export const ARCHIVE_FORMAT = 'george-project';

/** The kinds of file an archive carries: the author's own (the story-bible sheets are rebuilt). */
export const ARCHIVED_KINDS = ['manuscript', 'note', 'import'] as const;
export type ArchivedKind = (typeof ARCHIVED_KINDS)[number];

const ArchivedFile = Type.Object({
  id: Type.String({ maxLength: 64 }),
  name: Type.String({ minLength: 1, maxLength: 1024 }),
  kind: Type.Union(ARCHIVED_KINDS.map((k) => Type.Literal(k))),
  type: Type.String({ maxLength: 32 }),
  original: Type.String({ pattern: '^files/[A-Za-z0-9_-]{1,64}/original$' }),
  text: Type.String({ pattern: '^files/[A-Za-z0-9_-]{1,64}/text\\.txt$' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});
export const ArchiveManifest = Type.Object({
  format: Type.Literal(ARCHIVE_FORMAT),
  version: Type.Literal(1),
  project: Type.Object({
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 5000 }),
  }),
  exportedAt: Type.String(),
  files: Type.Array(ArchivedFile, { maxItems: 10_000 }),
  history: Type.Union([Type.Literal('history.bundle'), Type.Null()]),
  bible: Type.Literal('bible.json'),
});
export type ArchiveManifest = Static<typeof ArchiveManifest>;

export interface ArchiveInput {
  project: { name: string; description: string };
  files: Array<{
    id: string;
    name: string;
    kind: ArchivedKind;
    type: string;
    original: Buffer;
    text: string;
  }>;
  bundle: Buffer | null;
  bible: BibleExport;
}

export async function writeProjectArchive(input: ArchiveInput, now = new Date()): Promise<Buffer> {
  const zip = new JSZip();
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    version: 1,
    project: input.project,
    exportedAt: now.toISOString(),
    files: input.files.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      type: f.type,
      original: `files/${f.id}/original`,
      text: `files/${f.id}/text.txt`,
      sha256: createHash('sha256').update(f.original).digest('hex'),
    })),
    history: input.bundle ? 'history.bundle' : null,
    bible: 'bible.json',
  };
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const f of input.files) {
    zip.file(`files/${f.id}/original`, f.original);
    zip.file(`files/${f.id}/text.txt`, f.text);
  }
  if (input.bundle) zip.file('history.bundle', input.bundle, { compression: 'STORE' });
  zip.file('bible.json', JSON.stringify(input.bible));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface ArchiveLimits {
  maxEntries: number;
  /** Largest uncompressed entry. */
  maxEntryBytes: number;
  /** Sum of the uncompressed entries. */
  maxTotalBytes: number;
}

export class ArchiveError extends Error {
  constructor(
    readonly code: 'invalid_archive' | 'archive_too_large',
    message: string,
  ) {
    super(message);
  }
}

export interface ReadArchive {
  manifest: ArchiveManifest;
  read(path: string): Buffer;
}

/** Opens an uploaded project archive: every limit is checked from the central directory first. */
export async function readProjectArchive(buf: Buffer, limits: ArchiveLimits): Promise<ReadArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (err, z) =>
      err
        ? reject(new ArchiveError('invalid_archive', 'the file is not a readable zip archive'))
        : resolve(z),
    ),
  );
  if (zip.entryCount > limits.maxEntries)
    throw new ArchiveError('archive_too_large', 'the archive has too many entries');
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        reject(new ArchiveError('archive_too_large', `${entry.fileName.slice(0, 80)} is too large`));
        return;
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        reject(new ArchiveError('archive_too_large', 'the archive expands beyond the allowed size'));
        return;
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () =>
      reject(new ArchiveError('invalid_archive', 'the archive is corrupt or holds an unsafe path')),
    );
    zip.readEntry();
  });
  const contents = new Map<string, Buffer>();
  const inflate = (entry: yauzl.Entry) =>
    new Promise<Buffer>((resolve, reject) =>
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(new ArchiveError('invalid_archive', 'the archive is corrupt'));
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', () =>
          reject(new ArchiveError('invalid_archive', `${entry.fileName.slice(0, 80)} is corrupt`)),
        );
        stream.on('end', () => resolve(Buffer.concat(chunks)));
      }),
    );
  const manifestEntry = entries.get('manifest.json');
  if (!manifestEntry)
    throw new ArchiveError('invalid_archive', 'the archive has no manifest.json: not a George project');
  let manifest: unknown;
  try {
    manifest = JSON.parse((await inflate(manifestEntry)).toString('utf8'));
  } catch {
    throw new ArchiveError('invalid_archive', 'manifest.json is not JSON');
  }
  if (!Value.Check(ArchiveManifest, manifest))
    throw new ArchiveError('invalid_archive', 'manifest.json is not a George project manifest');
  const wanted = [
    ...manifest.files.flatMap((f) => [f.original, f.text]),
    manifest.bible,
    ...(manifest.history ? [manifest.history] : []),
  ];
  for (const path of wanted) {
    const entry = entries.get(path);
    if (!entry) throw new ArchiveError('invalid_archive', `the archive lacks ${path}`);
    contents.set(path, await inflate(entry));
  }
  for (const f of manifest.files) {
    const hash = createHash('sha256').update(mustGet(contents, f.original)).digest('hex');
    if (hash !== f.sha256)
      throw new ArchiveError('invalid_archive', `${f.original} does not match its checksum`);
  }
  zip.close();
  return {
    manifest,
    read(path) {
      const found = contents.get(path);
      if (!found) throw new ArchiveError('invalid_archive', `the archive lacks ${path}`);
      return found;
    },
  };
}
