import { displaySafe } from '@george/runtime';
import { InvalidName } from '../errors.js';

const MAX_NAME = 255;
// Characters that are separators or reserved on common filesystems, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const RESERVED = /[<>:"|?*\u0000-\u001f\u007f]/g;

/**
 * A display name safe to show and to use in Content-Disposition: the last path component (both
 * separators), no control, bidirectional control or reserved characters, no leading dots, at most
 * 255 characters. Names with NUL bytes or longer than 1024 characters are refused outright.
 */
export function sanitiseName(raw: string, fallback = 'untitled'): string {
  if (raw.includes('\0')) throw InvalidName('contains a NUL byte');
  if (raw.length > 1024) throw InvalidName('is too long');
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
