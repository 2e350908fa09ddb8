/**
 * Every error the backend raises itself, in one catalogue (in the style of Fastify's lib/errors.js):
 * the code a client acts on, the status, the message. Services throw these; errors of the services
 * the backend calls arrive as UpstreamError with their own code and pass through unchanged.
 */
import { createError } from '@george/runtime';

// Sessions and access
export const UNAUTHORIZED = createError('unauthorized', 'sign in first', 401);
export const INVALID_AUTHORIZATION = createError(
  'invalid_authorization',
  'use Authorization: Bearer <accessToken>',
  401,
);
export const INVALID_TOKEN = createError('invalid_token', 'the access token is not valid', 401);
export const TOKEN_EXPIRED = createError('token_expired', 'the access token has expired', 401);
export const NO_SESSION = createError('no_session', 'no session to refresh', 401);
export const AUTH_UNAVAILABLE = createError('auth_unavailable', 'the auth service is unavailable', 503);
export const CSRF_ORIGIN_REFUSED = createError('csrf_origin_refused', '%s are not allowed', 403);
export const CSRF_TOKEN_INVALID = createError(
  'csrf_token_invalid',
  'the X-CSRF-Token header is missing or wrong',
  403,
);
export const OPERATOR_ONLY = createError('operator_only', 'operators only', 403);
export const PROJECT_NOT_FOUND = createError('project_not_found', 'no such project', 404);
export const INSUFFICIENT_ACCESS = createError(
  'insufficient_access',
  'this needs %s access to the project',
  403,
);
export const ROUTE_NOT_FOUND = createError('not_found', 'no such route', 404);

// Files and versions
export const MULTIPART_REQUIRED = createError(
  'multipart_required',
  'upload the file as multipart/form-data, field "file"',
  415,
);
export const MISSING_FILE = createError('missing_file', 'the multipart field "file" is required', 400);
export const FILE_TOO_LARGE = createError('file_too_large', 'the file is larger than %d bytes', 413);
export const UPLOAD_FAILED = createError(
  'upload_failed',
  'the version history service is unavailable; the upload was undone, try again later',
  503,
);
export const UPDATE_FAILED = createError(
  'update_failed',
  'the version history service is unavailable; the change was undone, try again later',
  503,
);
export const REVISION_CONFLICT = createError(
  'revision_conflict',
  'the file changed since you loaded it',
  409,
);
export const NOTHING_TO_RESTORE = createError(
  'nothing_to_restore',
  'no current file has a text at this version',
  404,
);

// Jobs
export const JOB_NOT_FOUND = createError('job_not_found', 'no such job', 404);
export const FAILED_JOB_NOT_FOUND = createError('job_not_found', 'no failed job with this id', 404);

// Story bible and chat
export const ENTITY_NOT_FOUND = createError('entity_not_found', 'no such entity', 404);
export const INVALID_ENTITY_CHANGE = createError('invalid_entity_change', '%s', 400);
export const INVALID_CHAPTER_RANGE = createError(
  'invalid_chapter_range',
  'fromChapter is after toChapter',
  400,
);
export const INVALID_CURSOR = createError('invalid_cursor', 'the cursor is not one this listing gave', 400);
export const CONTINUITY_ISSUE_NOT_FOUND = createError(
  'continuity_issue_not_found',
  'no such continuity issue',
  404,
);
export const MODEL_NOT_CONFIGURED = createError(
  'model_not_configured',
  'no model is configured: the offline check is all there is',
  409,
);
export const MESSAGE_NOT_FOUND = createError('message_not_found', 'no such message', 404);
export const CREDITS_NOT_READY = createError(
  'credits_not_ready',
  'your credit account is still being opened; try again in a few seconds',
  503,
);
export const MODEL_UNAVAILABLE = createError(
  'model_unavailable',
  'the %s model is unavailable (%s); try again later',
  503,
);

// The shape of the story
export const FILE_NOT_FOUND = createError('file_not_found', 'no such file in this project', 404);
export const CHAPTER_NOT_FOUND = createError(
  'chapter_not_found',
  'the file has no chapter %d (or its analysis has not finished)',
  404,
);
export const INVALID_NARRATOR = createError(
  'invalid_narrator',
  'a narrator must be a character of the story bible; %s is a %s',
  400,
);
export const INVALID_BOOKS = createError('invalid_books', '%s', 400);
export const BOOK_NOT_FOUND = createError('book_not_found', 'this project has no book %s', 404);

// Project archives
export const INVALID_ARCHIVE = createError('invalid_archive', 'not a George project archive: %s', 400);
export const ARCHIVE_TOO_LARGE = createError('archive_too_large', '%s', 413);
export const IMPORT_FAILED = createError(
  'import_failed',
  'the import could not be completed and was undone; try again later',
  503,
);
