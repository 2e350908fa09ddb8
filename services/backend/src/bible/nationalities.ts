import { DEMONYMS } from './lexicons.js';

/** Stems that make a nationality with "man" or "woman" though not listed alone ("Scotsman"). */
const COMPOUND_STEMS = new Set(['scots']);

/**
 * A nationality or religion word ("French", "Catholic"), or one made with "man" or "woman" after a
 * nationality ("Frenchwoman", "Irishmen", "Scotsman"): capitalised, but no one's name.
 */
export function isDemonym(lower: string): boolean {
  if (DEMONYMS.has(lower)) return true;
  const stem = /^([a-z]+?)(?:wo)?m[ae]n$/.exec(lower)?.[1];
  return stem !== undefined && (DEMONYMS.has(stem) || COMPOUND_STEMS.has(stem));
}
