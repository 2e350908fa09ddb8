import { isAbsolute, relative, resolve, sep } from 'node:path';
import { badRequest, displaySafe } from '@george/runtime';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Throws 400 unless `id` is a project id (`[A-Za-z0-9_-]{1,64}`). Checked again below the routes. */
export function checkProjectId(id: string): string {
  if (typeof id !== 'string' || !PROJECT_ID.test(id))
    throw badRequest('invalid_project_id', 'invalid project id');
  return id;
}

/** Throws 400 unless `id` is a UUID; returns it in lower case. */
export function checkFileId(id: string): string {
  const lower = typeof id === 'string' ? id.toLowerCase() : '';
  if (!FILE_ID.test(lower)) throw badRequest('invalid_file_id', 'invalid file id');
  return lower;
}

/** Joins `parts` under `root` and refuses any result that is not strictly inside `root`. */
export function insideRoot(root: string, ...parts: string[]): string {
  for (const part of parts) {
    if (part.includes('\0') || isAbsolute(part)) throw badRequest('invalid_path', 'invalid path');
  }
  const base = resolve(root);
  const target = resolve(base, ...parts);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw badRequest('invalid_path', 'path outside the storage root');
  }
  return target;
}

const MAX_NAME = 255;
// Characters that are separators or reserved on common filesystems, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const RESERVED = /[<>:"|?*\u0000-\u001f\u007f]/g;

/**
 * A display name safe to show and to use in Content-Disposition: the last path component (both
 * separators), no control, bidirectional control or reserved characters, no leading dots, at most
 * 255 characters.
 * Names with NUL bytes or longer than 1024 characters are refused outright.
 */
export function sanitiseName(raw: string, fallback = 'untitled'): string {
  if (raw.includes('\0')) throw badRequest('invalid_name', 'the name contains a NUL byte');
  if (raw.length > 1024) throw badRequest('invalid_name', 'the name is too long');
  // displaySafe (NFC, no control or bidirectional control characters): `invoice\u202Efdp.exe`
  // cannot show as another file's name to the people a project is shared with.
  const last = displaySafe(raw).split(/[/\\]/).pop() ?? '';
  let name = last
    .replace(RESERVED, '')
    .replace(/^[.\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME - ext.length) + ext;
  }
  return name === '' ? fallback : name;
}
