import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { FILE_NOT_FOUND } from '../errors.js';
import type { Principal } from './principal.js';

/**
 * The file's record, or 404 `file_not_found` unless it is one of the project's (only the filesystem
 * service knows a file of another project from one that never existed). Listings filtered by a file
 * ask it when they find nothing, so a wrong id is an error, not an empty list.
 */
export async function requireProjectFile(
  files: BackendContext['files'],
  principal: Principal,
  projectId: string,
  fileId: string,
) {
  try {
    return await files.get(projectId, fileId, {
      paragraphs: false,
      requestId: principal.requestId,
      userId: principal.userId,
    });
  } catch (err) {
    if (err instanceof UpstreamError && err.statusCode === 404) throw FILE_NOT_FOUND();
    throw err;
  }
}
