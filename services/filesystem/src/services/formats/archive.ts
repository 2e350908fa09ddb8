/**
 * An uploaded archive (.epub, .odt, a Scrivener project) opened for reading: zip.ts has checked it
 * whole before (entry count, declared sizes and ratios, entry names that would leave the archive)
 * and inflated every entry within those limits; readers then take entries by name. Nothing is ever
 * written to disk.
 */
import { CorruptDocument } from '../../errors.js';
import { readZip, type ZipLimits } from '../zip.js';

export interface Archive {
  names: string[];
  has(name: string): boolean;
  /** The entry's bytes; 422 when it is missing. */
  read(name: string): Buffer;
  text(name: string): string;
}

/** True for a name that could escape a folder it is extracted to (hrefs inside a package are checked with it too). */
export function unsafeEntryName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    name.includes('\0')
  );
}

/** An archive over entries already read and checked. */
export function archiveOf(entries: Map<string, Buffer>, what: string): Archive {
  const read = (name: string): Buffer => {
    const data = entries.get(name);
    if (!data) throw CorruptDocument(`the ${what} is missing ${name.slice(0, 80)}`);
    return data;
  };
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read,
    text: (name) =>
      read(name)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
  };
}

export async function openArchive(buf: Buffer, limits: ZipLimits, what: string): Promise<Archive> {
  return archiveOf(await readZip(buf, limits), what);
}
