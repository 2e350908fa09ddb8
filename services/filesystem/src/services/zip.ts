/**
 * The zip-bomb guard for uploaded archives (.docx, .epub, .odt, Scrivener), on yauzl: the central
 * directory is read lazily, one entry at a time, and refused on anything odd before anything is
 * inflated (count, encryption, compression method, entry names, declared sizes and ratios); then
 * every entry is inflated once with yauzl checking that it yields exactly its declared size, so an
 * archive that lies about its sizes cannot make anything expand more than was checked.
 */
import { HttpError } from '@george/runtime';
import yauzl from 'yauzl';
import {
  CorruptDocument,
  EncryptedDocument,
  UnsafeArchive,
  UnsupportedDocument,
  ZipBomb,
} from '../errors.js';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of every entry. */
  maxUncompressedBytes: number;
  /** Uncompressed / compressed, for the whole archive and for any entry larger than 1 MB. */
  maxRatio: number;
  maxEntries: number;
}

const MB = 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;

const corrupt = () => CorruptDocument('the file is corrupt (not a readable zip archive)');
const tooMuch = () => ZipBomb('the archive expands too much (compression ratio too high)');

/**
 * yauzl's own refusals: a declared size the data does not keep is a bomb, an entry name that
 * would leave the archive (absolute, `..`, backslashes, drive letters) is unsafe, the rest is
 * corruption.
 */
function fromYauzl(err: unknown): Error {
  const message = err instanceof Error ? err.message : '';
  if (/too many bytes in the stream/.test(message)) {
    return ZipBomb('an archive entry expands beyond its declared size');
  }
  const unsafe = /^(invalid characters in fileName|absolute path|invalid relative path): (.*)$/s.exec(
    message,
  );
  if (unsafe) return UnsafeArchive(unsafe[2] ?? '');
  return corrupt();
}

/** Inflates an entry; yauzl fails the stream when the size is not the declared one. */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) {
    if (!Buffer.isBuffer(chunk)) throw new TypeError('a zip entry stream yielded something other than bytes');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads an archive after every check: entry count, encryption, compression methods, entry names,
 * declared sizes and ratios, and that every entry inflates to exactly its declared size. Returns the
 * entries' bytes by name (folders left out). Throws 422 `zip_bomb`, `encrypted_document`,
 * `unsupported_document`, `unsafe_archive` or `corrupt_document`.
 */
export async function readZip(buf: Buffer, limits: ZipLimits): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (err) {
    throw fromYauzl(err);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw ZipBomb(`the archive has too many entries (${zip.entryCount})`);
    }
    const entries: yauzl.Entry[] = [];
    let totalCompressed = 0;
    let totalUncompressed = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.isEncrypted()) throw EncryptedDocument();
        if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
          throw UnsupportedDocument('the archive uses an unsupported compression method');
        }
        if (entry.compressionMethod === STORED && entry.compressedSize !== entry.uncompressedSize)
          throw corrupt();
        totalCompressed += entry.compressedSize;
        totalUncompressed += entry.uncompressedSize;
        if (
          entry.uncompressedSize > MB &&
          entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
        ) {
          throw tooMuch();
        }
        if (totalUncompressed > limits.maxUncompressedBytes) {
          throw ZipBomb('the archive expands beyond the allowed size');
        }
        entries.push(entry);
      }
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw fromYauzl(err);
    }
    if (totalUncompressed > MB && totalUncompressed / Math.max(1, totalCompressed) > limits.maxRatio)
      throw tooMuch();
    const contents = new Map<string, Buffer>();
    for (const entry of entries) {
      try {
        const data = await inflate(zip, entry);
        if (!entry.fileName.endsWith('/')) contents.set(entry.fileName, data);
      } catch (err) {
        throw fromYauzl(err);
      }
    }
    return contents;
  } finally {
    zip.close();
  }
}
