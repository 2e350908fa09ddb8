/** Every coded error the Git Server answers with (besides the runtime's validation and token errors). */
import { createError } from '@george/runtime';

export const InvalidProjectId = createError('invalid_project_id', 'invalid project id', 400);
export const InvalidRef = createError('invalid_ref', 'invalid commit id', 400);
/** Details: `{path}` (its first 200 characters). */
export const InvalidPath = createError('invalid_path', 'invalid path: %s', 400);
export const DuplicatePath = createError('duplicate_path', 'the path %s appears twice in one commit', 400);
export const EmptyCommit = createError(
  'empty_commit',
  'a commit needs at least one file to write or delete',
  400,
);

export const NoVersions = createError('no_versions', 'the project has no versions', 404);
export const VersionNotFound = createError('version_not_found', 'no such version', 404);
export const FileNotFound = createError('file_not_found', 'the file does not exist at that version', 404);

/** Details: `{head}` (the project's newest commit). */
export const HeadMoved = createError('head_moved', 'the project has a newer version than expectedHead', 409);
/** The message names the clash; details: `{path}` when one path is at fault. */
export const PathConflict = createError('path_conflict', '%s', 409);

export const CommitContention = createError(
  'commit_contention',
  'too many concurrent commits to this project; try again',
  503,
);

/** A bundle to import that is not a complete, safe history (the message says why). */
export const InvalidBundle = createError('invalid_bundle', 'invalid history bundle: %s', 400);
export const HistoryExists = createError('history_exists', 'the project has a history already', 409);
