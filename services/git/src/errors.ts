/** Every coded error the Git Server answers with (besides the runtime's validation and token errors). */
import { createError } from '@george/runtime';

export const InvalidProjectId = createError('invalid_project_id', 400, 'invalid project id');
export const InvalidRef = createError('invalid_ref', 400, 'invalid commit id');
export const InvalidPath = createError('invalid_path', 400, (path: string, why: string) => ({
  message: `invalid path: ${why}`,
  details: { path: path.slice(0, 200) },
}));
export const DuplicatePath = createError(
  'duplicate_path',
  400,
  (path: string) => `the path ${path} appears twice in one commit`,
);
export const EmptyCommit = createError(
  'empty_commit',
  400,
  'a commit needs at least one file to write or delete',
);

export const NoVersions = createError('no_versions', 404, 'the project has no versions');
export const VersionNotFound = createError('version_not_found', 404, 'no such version');
export const FileNotFound = createError('file_not_found', 404, 'the file does not exist at that version');

export const HeadMoved = createError('head_moved', 409, (head: string | null) => ({
  message: 'the project has a newer version than expectedHead',
  details: { head },
}));
export const PathConflict = createError('path_conflict', 409, (message: string, path?: string) => ({
  message,
  ...(path === undefined ? {} : { details: { path } }),
}));

export const CommitContention = createError(
  'commit_contention',
  503,
  'too many concurrent commits to this project; try again',
);
