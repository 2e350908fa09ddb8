import { inflateRawSync } from 'node:zlib';
import { HttpError } from '@george/runtime';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of every entry. */
  maxUncompressedBytes: number;
  /** Uncompressed / compressed, for the whole archive and for any entry larger than 1 MB. */
  maxRatio: number;
  maxEntries: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const unprocessable = (code: string, message: string) => new HttpError(422, code, message);

/** Reads a zip's central directory without extracting anything. Throws 422 on anything odd. */
export function readCentralDirectory(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const corrupt = () =>
    unprocessable('corrupt_document', 'the .docx file is corrupt (not a readable zip archive)');
  // End of central directory: 22 bytes plus a comment of at most 65535 bytes, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw unprocessable('unsupported_document', 'ZIP64 archives are not accepted as .docx');
  }
  if (count > limits.maxEntries) {
    throw unprocessable('zip_bomb', `the .docx archive has too many entries (${count})`);
  }
  if (cdOffset + cdSize > eocd) throw corrupt();
  const entries: ZipEntry[] = [];
  let pos = cdOffset;
  let totalCompressed = 0;
  let totalUncompressed = 0;
  for (let n = 0; n < count; n++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== 0x02014b50) throw corrupt();
    const flags = buf.readUInt16LE(pos + 8);
    const method = buf.readUInt16LE(pos + 10);
    const compressedSize = buf.readUInt32LE(pos + 20);
    const uncompressedSize = buf.readUInt32LE(pos + 24);
    const nameLength = buf.readUInt16LE(pos + 28);
    const extraLength = buf.readUInt16LE(pos + 30);
    const commentLength = buf.readUInt16LE(pos + 32);
    const localHeaderOffset = buf.readUInt32LE(pos + 42);
    const name = buf.toString('utf8', pos + 46, pos + 46 + nameLength);
    if (flags & 0x1) throw unprocessable('encrypted_document', 'the .docx file is encrypted');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      throw unprocessable('unsupported_document', 'ZIP64 archives are not accepted as .docx');
    }
    if (method !== 0 && method !== 8) {
      throw unprocessable('unsupported_document', 'the .docx archive uses an unsupported compression method');
    }
    if (localHeaderOffset + 30 > cdOffset) throw corrupt();
    totalCompressed += compressedSize;
    totalUncompressed += uncompressedSize;
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
      throw unprocessable('zip_bomb', 'the .docx archive expands too much (compression ratio too high)');
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    pos += 46 + nameLength + extraLength + commentLength;
  }
  if (totalUncompressed > limits.maxUncompressedBytes) {
    throw unprocessable('zip_bomb', 'the .docx archive expands beyond the allowed size');
  }
  if (totalUncompressed > 1024 * 1024 && totalUncompressed / Math.max(1, totalCompressed) > limits.maxRatio) {
    throw unprocessable('zip_bomb', 'the .docx archive expands too much (compression ratio too high)');
  }
  return entries;
}

/**
 * Inflates every entry with its declared size as a hard cap, so a central directory that lies
 * about sizes cannot make the extractor expand more than was checked.
 */
export function verifyEntrySizes(buf: Buffer, entries: ZipEntry[]): void {
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) {
      throw unprocessable('corrupt_document', 'the .docx file is corrupt (bad local header)');
    }
    const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(dataStart, dataStart + entry.compressedSize);
    if (data.length !== entry.compressedSize) {
      throw unprocessable('corrupt_document', 'the .docx file is corrupt (truncated entry)');
    }
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) {
        throw unprocessable('corrupt_document', 'the .docx file is corrupt (size mismatch)');
      }
      continue;
    }
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw unprocessable('zip_bomb', 'a .docx entry expands beyond its declared size');
      }
      throw unprocessable('corrupt_document', 'the .docx file is corrupt (bad compressed data)');
    }
    if (out.length !== entry.uncompressedSize) {
      throw unprocessable('corrupt_document', 'the .docx file is corrupt (size mismatch)');
    }
  }
}
