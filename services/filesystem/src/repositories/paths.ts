import { isAbsolute, relative, resolve, sep } from 'node:path';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isProjectId = (id: string): boolean => PROJECT_ID.test(id);
export const isFileId = (id: string): boolean => FILE_ID.test(id);

/** A path that would leave the storage root: a bug above (ids are checked before), never served. */
export class UnsafePathError extends Error {
  constructor(what: string) {
    super(`unsafe storage path: ${what}`);
    this.name = 'UnsafePathError';
  }
}

/** Joins `parts` under `root` and refuses any result that is not strictly inside `root`. */
export function insideRoot(root: string, ...parts: string[]): string {
  for (const part of parts) {
    if (part.includes('\0') || isAbsolute(part)) throw new UnsafePathError('absolute or NUL');
  }
  const base = resolve(root);
  const target = resolve(base, ...parts);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new UnsafePathError('outside the root');
  }
  return target;
}

/** The project id, checked again where it becomes a path. */
export function projectSegment(projectId: string): string {
  if (!isProjectId(projectId)) throw new UnsafePathError('project id');
  return projectId;
}

/** The file id, checked again where it becomes a path. */
export function fileSegment(fileId: string): string {
  if (!isFileId(fileId)) throw new UnsafePathError('file id');
  return fileId;
}
