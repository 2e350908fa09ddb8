import { type BaseConfig, env, loadBaseConfig, parseConfig, SERVICE_PORTS } from '@george/runtime';

const MB = 1024 * 1024;

const variables = {
  /** Largest accepted upload, in bytes. */
  MAX_UPLOAD_BYTES: env.int({ default: 50 * MB, min: 1 }),
  /** Largest JSON body (documents created or updated as text), in bytes. */
  MAX_DOCUMENT_BYTES: env.int({ default: 10 * MB, min: 1024 }),
  /** Bytes a project may store (originals plus extracted text). */
  PROJECT_QUOTA_BYTES: env.int({ default: 1024 * MB, min: 1 }),
  /** Zip-bomb guard for .docx: total declared uncompressed size and expansion ratio. */
  DOCX_MAX_UNCOMPRESSED_BYTES: env.int({ default: 200 * MB, min: 1 }),
  DOCX_MAX_RATIO: env.int({ default: 100, min: 2 }),
  /** A .docx or PDF extraction (in a worker thread) is stopped after this long, or this much heap. */
  EXTRACTION_TIMEOUT_MS: env.int({ default: 120_000, min: 100 }),
  EXTRACTION_MAX_MEMORY_MB: env.int({ default: 1024, min: 64 }),
};

export interface FilesystemConfig extends BaseConfig {
  maxUploadBytes: number;
  maxDocumentBytes: number;
  projectQuotaBytes: number;
  docx: { maxUncompressedBytes: number; maxRatio: number; maxEntries: number };
  extraction: { timeoutMs: number; maxMemoryMb: number };
}

/** The Filesystem Server's variables, merged with those every service reads. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): FilesystemConfig {
  const base = loadBaseConfig(SERVICE_PORTS.filesystem, source);
  const own = parseConfig(variables, source);
  return {
    ...base,
    maxUploadBytes: own.MAX_UPLOAD_BYTES,
    maxDocumentBytes: own.MAX_DOCUMENT_BYTES,
    projectQuotaBytes: own.PROJECT_QUOTA_BYTES,
    docx: {
      maxUncompressedBytes: own.DOCX_MAX_UNCOMPRESSED_BYTES,
      maxRatio: own.DOCX_MAX_RATIO,
      maxEntries: 10_000,
    },
    extraction: { timeoutMs: own.EXTRACTION_TIMEOUT_MS, maxMemoryMb: own.EXTRACTION_MAX_MEMORY_MB },
  };
}
