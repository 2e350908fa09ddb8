import { expect } from 'vitest';
import { resolvePronouns } from '../../src/pronouns/index.js';
import type { MarkedPassage } from './generality-set-2.js';
import { passageCharacters } from './passage-characters.js';

const MARK = /\[\[([\p{L}]+)\|([\w-]+)\]\]/gu;

interface Reading {
  pronoun: string;
  gold: string | null;
  answer: string | null;
}

/** Each marked pronoun of the passage with its gold character and the resolver's answer. */
function read(passage: MarkedPassage): Reading[] {
  const gold: Array<{ at: number; pronoun: string; id: string | null }> = [];
  let text = '';
  let last = 0;
  for (const m of passage.text.matchAll(MARK)) {
    text += passage.text.slice(last, m.index);
    const pronoun = m[1] ?? '';
    gold.push({ at: text.length, pronoun, id: m[2] === '-' ? null : (m[2] ?? null) });
    text += pronoun;
    last = m.index + m[0].length;
  }
  text += passage.text.slice(last);
  const resolved = resolvePronouns(text, passageCharacters(text, passage.characters));
  const singular = resolved.filter((r) => !r.plural);
  // Every singular pronoun of the passage is marked, so that no reading goes unscored.
  expect(
    singular.map((r) => r.start),
    passage.text,
  ).toEqual(gold.map((g) => g.at));
  return gold.map((g) => ({
    pronoun: g.pronoun,
    gold: g.id,
    answer: singular.find((r) => r.start === g.at)?.characterId ?? null,
  }));
}

/** How many pronouns the passages mark. */
export const markedCount = (passages: readonly MarkedPassage[]): number =>
  passages.reduce((sum, passage) => sum + read(passage).length, 0);

/** The pronouns the resolver misses, as "case: #index pronoun gold -> answer". */
export function misses(passages: readonly MarkedPassage[]): string[] {
  return passages.flatMap((passage) =>
    read(passage)
      .map((r, index) => ({ ...r, index }))
      .filter((r) => r.answer !== r.gold)
      .map((r) => `${passage.case}: #${r.index} ${r.pronoun} ${r.gold ?? '-'} -> ${r.answer ?? '-'}`),
  );
}
