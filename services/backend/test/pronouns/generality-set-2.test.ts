import { describe, expect, it } from 'vitest';
import { resolvePronouns } from '../../src/pronouns/index.js';
import { GENERALITY_SET, type MarkedPassage } from './generality-set-2.js';
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

/** The passages with the pronouns the resolver misses, as "case: text [pronoun gold -> answer]". */
function misses(): string[] {
  return GENERALITY_SET.flatMap((passage) =>
    read(passage)
      .map((r, index) => ({ ...r, index }))
      .filter((r) => r.answer !== r.gold)
      .map((r) => `${passage.case}: #${r.index} ${r.pronoun} ${r.gold ?? '-'} -> ${r.answer ?? '-'}`),
  );
}

describe('the second generality set', () => {
  // 89 of 103 pronouns right on arrival (before the thirty-eighth session's rules), 95 after them;
  // the misses are listed so that a rule that gains or loses one says so.
  it('misses only the recorded pronouns', () => {
    const all = GENERALITY_SET.reduce((sum, passage) => sum + read(passage).length, 0);
    expect(all).toBe(103);
    expect(misses()).toEqual([
      'subject continuity: #1 her fenwick -> garland',
      'object and subject: #0 her cole -> jane',
      'told that: #2 his philip -> venn',
      'gender from pronouns: #2 him ravell -> wenna',
      'gender from pronouns: #3 She wenna -> -',
      'gender from pronouns: #2 He tregear -> -',
      'semicolon and "and": #2 his colonel -> -',
      'possessive chain: #2 she - -> bessie',
      'object and subject: #1 her susan -> martha',
    ]);
  });
});
