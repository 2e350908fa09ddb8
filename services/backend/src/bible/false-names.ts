/**
 * Names a man or woman goes by in turn, listed as one person's: "Gedling, or Norris, or Lambert, as
 * he had lately called himself". The list's "or" alone would join two people ("Was it Tom, or
 * Harry?"); the naming clause after it says the names are one bearer's.
 */
import type { RawMention } from './candidates.js';
import type { Paragraph, Token } from './tokenize.js';

/** Words that may stand between the pronoun and "called" ("as he had lately called himself"). */
const BEFORE_CALLED = new Set(['had', 'has', 'now', 'then', 'lately', 'since', 'sometimes', 'once', 'last']);

/** Pairs of names the paragraph lists as one person's (each name with the last of the list). */
export function findNamesInTurn(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): Array<[RawMention, RawMention]> {
  const { tokens } = paragraph;
  const pairs: Array<[RawMention, RawMention]> = [];
  mentions.forEach((last, index) => {
    if (!calledSelfAfter(tokens, last.tokenTo)) return;
    let next = last;
    for (let k = index - 1; k >= 0; k--) {
      const name = mentions[k];
      if (name === undefined || !orBetween(tokens, name.tokenTo, next.tokenFrom)) break;
      pairs.push([name, last]);
      next = name;
    }
  });
  return pairs;
}

/** Only ", or" (or "or") between two names. */
function orBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to).map((t) => t.lower);
  return between.join(' ') === ', or' || between.join(' ') === 'or';
}

/** ", as he (had lately) called himself" (or "herself") right after `at`. */
function calledSelfAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.lower !== 'as') return false;
  const pronoun = tokens[at + 2]?.lower;
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  let k = at + 3;
  while (BEFORE_CALLED.has(tokens[k]?.lower ?? '')) k++;
  const self = tokens[k + 1]?.lower;
  return tokens[k]?.lower === 'called' && (self === 'himself' || self === 'herself');
}
