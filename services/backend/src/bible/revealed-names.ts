/**
 * "The man who called himself Mr. Temple is none other than Julian Ormond", "Dacre was none other
 * than Hurst": a name the text reveals as another's is one person's. The revealed name follows "is
 * (or was) none other than"; the one it reveals is the name just before the verb or, across a speech's
 * attribution, the false name the sentence gave ("called himself", "under the name of").
 */

import { FALSE_NAME_LEADS } from './lexicons.js';
import { phraseEndsBefore, type Token } from './tokenize.js';

const REVEALING_VERBS = new Set(['is', 'was', 'be']);

/** How far back (tokens) a false name may stand before "none other than": a sentence and its attribution. */
const FALSE_NAME_REACH = 30;

/** The earlier name that "none other than" before `from` reveals as the name at `from`, if any. */
export function revealedName<M extends { tokenFrom: number; tokenTo: number }>(
  tokens: readonly Token[],
  from: number,
  mentions: readonly M[],
): M | undefined {
  const word = (k: number): string => tokens[k]?.lower ?? '';
  if (word(from - 1) !== 'than' || word(from - 2) !== 'other' || word(from - 3) !== 'none') return undefined;
  if (!REVEALING_VERBS.has(word(from - 4))) return undefined;
  const previous = mentions[mentions.length - 1];
  if (
    previous !== undefined &&
    previous.tokenTo === from - 4 &&
    tokens[previous.tokenTo - 1]?.possessive !== true
  )
    return previous;
  return mentions.findLast(
    (m) => m.tokenTo > from - FALSE_NAME_REACH && phraseEndsBefore(tokens, m.tokenFrom, FALSE_NAME_LEADS),
  );
}
