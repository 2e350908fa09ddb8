/** Every coded error the Filesystem Server answers with (besides the runtime's validation and token errors). */
import { createError } from '@george/runtime';

export const InvalidProjectId = createError('invalid_project_id', 400, 'invalid project id');
export const InvalidFileId = createError('invalid_file_id', 400, 'invalid file id');
export const InvalidName = createError('invalid_name', 400, (problem: string) => `the name ${problem}`);
export const MissingFile = createError('missing_file', 400, 'the multipart field "file" is required');
export const InvalidRange = createError(
  'invalid_range',
  400,
  'start must not be after end (or the text length)',
);

export const FileNotFound = createError('file_not_found', 404, 'no such file');

export const RevisionConflict = createError('revision_conflict', 409, (currentRevision: number) => ({
  message: 'the file was changed since that revision',
  details: { currentRevision },
}));

export const FileTooLarge = createError(
  'file_too_large',
  413,
  (limit: number) => `the file is larger than the limit of ${limit} bytes`,
);
export const QuotaExceeded = createError(
  'quota_exceeded',
  413,
  (quotaBytes: number) => `the project's storage quota (${quotaBytes} bytes) would be exceeded`,
);

export const UnsupportedType = createError('unsupported_type', 415, (what: string) => what);
export const MultipartRequired = createError(
  'multipart_required',
  415,
  'upload the file as multipart/form-data, field "file"',
);

export const EmptyFile = createError('empty_file', 422, 'the file is empty');
export const CorruptDocument = createError('corrupt_document', 422, (what: string) => what);
export const ZipBomb = createError('zip_bomb', 422, (what: string) => what);
export const EncryptedDocument = createError('encrypted_document', 422, 'the document is encrypted');
export const EncryptedPdf = createError(
  'encrypted_pdf',
  422,
  'the PDF is encrypted or password-protected; upload an unprotected copy',
);
export const UnsafeArchive = createError(
  'unsafe_archive',
  422,
  (name: string) => `the archive holds an entry with an unsafe path: ${name.slice(0, 80)}`,
);
export const UnsupportedDocument = createError('unsupported_document', 422, (what: string) => what);
export const DocumentTooComplex = createError(
  'document_too_complex',
  422,
  'the document needs too much memory to read',
);
export const ExtractionTimeout = createError(
  'extraction_timeout',
  422,
  'the document took too long to read; split it or save it as .txt',
);
