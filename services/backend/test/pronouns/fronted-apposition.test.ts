import { describe, expect, it } from 'vitest';
import { resolvePronouns } from '../../src/pronouns/index.js';

/** Each pronoun as written with the id the resolver gives it, for one male character named Queequeg. */
function resolved(text: string): Array<[string, string | null]> {
  const mentions = [...text.matchAll(/Queequeg/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + 'Queequeg'.length,
  }));
  return resolvePronouns(text, [{ id: 'queequeg', name: 'Queequeg', gender: 'male', mentions }]).map((p) => [
    p.text,
    p.characterId,
  ]);
}

describe('a described person fronted before a subject pronoun (pronouns FRONTED_APPOSITION)', () => {
  it('gives the pronoun after "A man of forty," to its antecedent, not to an unnamed man', () => {
    expect(resolved('Queequeg came in. A man of forty, he sat down by the fire.')).toEqual([
      ['he', 'queequeg'],
    ]);
    expect(
      resolved('Queequeg came in. A man on the wrong side of forty, he thought too well of himself.'),
    ).toEqual([
      ['he', 'queequeg'],
      ['himself', 'queequeg'],
    ]);
  });

  it('keeps an unnamed man who opens the sentence with a verb of his own, or before a speech tag', () => {
    expect(resolved('Queequeg came in. A man of the village knocked, and he sat down.')).toEqual([
      ['he', null],
    ]);
    expect(resolved('Queequeg came in. A man of forty, he said, had called at the inn.')).toEqual([
      ['he', null],
    ]);
  });
});
