/**
 * Reading entries of an uploaded archive (.epub, .odt, a Scrivener project): the central
 * directory is checked first (entry count, declared sizes, compression ratios: zip.ts), every
 * entry name must stay inside the archive (no absolute paths, no `..`, no drive letters), and each
 * entry read is inflated with its declared size as a hard cap, so a directory that lies cannot make
 * it expand more than was checked. Nothing is ever written to disk.
 */
import { inflateRawSync } from 'node:zlib';
import { HttpError } from '@george/runtime';
import { readCentralDirectory, type ZipEntry, type ZipLimits } from '../zip.js';

export interface Archive {
  names: string[];
  has(name: string): boolean;
  /** The entry's bytes; 422 when it is missing, corrupt or larger than declared. */
  read(name: string): Buffer;
  text(name: string): string;
}

const unprocessable = (code: string, message: string) => new HttpError(422, code, message);

/** True for a name that could escape a folder it is extracted to. */
export function unsafeEntryName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    name.includes('\0')
  );
}

export function openArchive(buf: Buffer, limits: ZipLimits, what: string): Archive {
  const entries = readCentralDirectory(buf, limits);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (unsafeEntryName(entry.name)) {
      throw unprocessable(
        'unsafe_archive',
        `the ${what} holds an entry with an unsafe path: ${entry.name.slice(0, 80)}`,
      );
    }
    byName.set(entry.name, entry);
  }
  const read = (name: string): Buffer => {
    const entry = byName.get(name);
    if (!entry) throw unprocessable('corrupt_document', `the ${what} is missing ${name.slice(0, 80)}`);
    return readEntry(buf, entry, what);
  };
  return {
    names: [...byName.keys()],
    has: (name) => byName.has(name),
    read,
    text: (name) =>
      read(name)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
  };
}

function readEntry(buf: Buffer, entry: ZipEntry, what: string): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) {
    throw unprocessable('corrupt_document', `the ${what} is corrupt (bad local header)`);
  }
  const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) {
    throw unprocessable('corrupt_document', `the ${what} is corrupt (truncated entry)`);
  }
  if (entry.method === 0) return Buffer.from(data);
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    if (out.length !== entry.uncompressedSize) throw new Error('size mismatch');
    return out;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw unprocessable('zip_bomb', `an entry of the ${what} expands beyond its declared size`);
    }
    throw unprocessable('corrupt_document', `the ${what} is corrupt (bad compressed data)`);
  }
}
