/**
 * A person said to have no brother or sister ("Mary was an only child", "Edward had no brothers or
 * sisters", "Thomas, an only son,"): a status of kin lacking ("no brother or sister"), which a
 * brother or sister named anywhere contradicts (`relation-limits.ts`).
 */
import type { Add, SentenceReader } from './reader.js';

/** The status values of kin lacking, each with the sibling words it rules out. */
export const LACKING_KIN: Readonly<Record<string, readonly string[]>> = {
  'no brother': ['brother'],
  'no sister': ['sister'],
  'no brother or sister': ['brother', 'sister', 'sibling'],
};

/**
 * "was an only child", ", an only son,", "had no brothers or sisters", "had no brother": right
 * after the name. Not "had no brother living", "no brothers left", "now": those were, and died.
 */
const LACKING =
  /^(?:\s*,\s*|\s+(?:was|is|had\s+been)\s+)an?\s+only\s+(child|son|daughter)\b|^\s+(?:had|has)\s+(?:never\s+had\s+)?no\s+(?:(?:brothers?|sisters?)(?:\s+(?:or|and|nor)\s+(?:brothers?|sisters?))?|siblings?)\b(?!\s+(?:living|left|alive|surviving|now|any\s+longer|still))/i;

/** What is lacking: an only son has no brother, an only daughter no sister, an only child neither. */
function lacking(phrase: string, word: string | undefined): string {
  if (word === 'son') return 'no brother';
  if (word === 'daughter') return 'no sister';
  if (word === 'child') return 'no brother or sister';
  const brother = /brother/i.test(phrase);
  const sister = /sister/i.test(phrase);
  return brother && !sister ? 'no brother' : sister && !brother ? 'no sister' : 'no brother or sister';
}

/** A named character said to have no brother or sister, in the sentence `r`. */
export function onlyKin(r: SentenceReader, add: Add): void {
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || !anchor.named || anchor.possessive) continue;
    const m = LACKING.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 60)));
    if (m === null) continue;
    add({
      anchor,
      kind: 'status',
      value: lacking(m[0], m[1]?.toLowerCase()),
      // The text's own words, on one line: "had no brothers or sisters".
      detail: m[0]
        .replace(/^[\s,]+/, '')
        .replace(/\s+/g, ' ')
        .toLowerCase(),
      start: anchor.start,
      end: anchor.end + m[0].length,
    });
  }
}
