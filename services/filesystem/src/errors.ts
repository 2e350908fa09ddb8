/** Every coded error the Filesystem Server answers with (besides the runtime's validation and token errors). */
import { createError } from '@george/runtime';

export const InvalidProjectId = createError('invalid_project_id', 'invalid project id', 400);
export const InvalidFileId = createError('invalid_file_id', 'invalid file id', 400);
export const InvalidName = createError('invalid_name', 'the name %s', 400);
export const MissingFile = createError('missing_file', 'the multipart field "file" is required', 400);
export const InvalidRange = createError(
  'invalid_range',
  'start must not be after end (or the text length)',
  400,
);

export const FileNotFound = createError('file_not_found', 'no such file', 404);

/** Details: `{currentRevision}`. */
export const RevisionConflict = createError(
  'revision_conflict',
  'the file was changed since that revision',
  409,
);

export const FileTooLarge = createError(
  'file_too_large',
  'the file is larger than the limit of %d bytes',
  413,
);
export const QuotaExceeded = createError(
  'quota_exceeded',
  "the project's storage quota (%d bytes) would be exceeded",
  413,
);

/** The message says what the file is instead. */
export const UnsupportedType = createError('unsupported_type', '%s', 415);
export const MultipartRequired = createError(
  'multipart_required',
  'upload the file as multipart/form-data, field "file"',
  415,
);

export const EmptyFile = createError('empty_file', 'the file is empty', 422);
/** The message says what could not be read. */
export const CorruptDocument = createError('corrupt_document', '%s', 422);
/** The message says which limit the archive exceeds. */
export const ZipBomb = createError('zip_bomb', '%s', 422);
export const EncryptedDocument = createError('encrypted_document', 'the document is encrypted', 422);
export const EncryptedPdf = createError(
  'encrypted_pdf',
  'the PDF is encrypted or password-protected; upload an unprotected copy',
  422,
);
export const UnsafeArchive = createError(
  'unsafe_archive',
  'the archive holds an entry with an unsafe path: %s',
  422,
);
/** The message says what is not supported. */
export const UnsupportedDocument = createError('unsupported_document', '%s', 422);
export const DocumentTooComplex = createError(
  'document_too_complex',
  'the document needs too much memory to read',
  422,
);
export const ExtractionTimeout = createError(
  'extraction_timeout',
  'the document took too long to read; split it or save it as .txt',
  422,
);
