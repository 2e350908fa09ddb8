import { describe, expect, it } from 'vitest';
import { resolvePronouns } from '../../src/pronouns/index.js';

/** The character the resolver gives the first "She" inside the second quotation (null: no one). */
function secondSpeechShe(text: string): string | null {
  const mentions = (name: string) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + name.length,
    }));
  const characters = [
    { id: 'ann', name: 'Ann', gender: 'female' as const, mentions: mentions('Ann') },
    { id: 'toller', name: 'Mrs. Toller', gender: 'female' as const, mentions: mentions('Mrs. Toller') },
  ];
  const second = text.indexOf('“', text.indexOf('”') + 1);
  return (
    resolvePronouns(text, characters).find((p) => p.start > second && p.text === 'She')?.characterId ?? null
  );
}

describe('a quotation that goes on after a speech tag (pronouns speechGoesOn)', () => {
  it('reads a pronoun after the tag from whom the speech before it named', () => {
    expect(
      secondSpeechShe(
        'Ann stood on the step. “That is Mrs. Toller in the cellar,” said she. “She is a little slip of a woman.”',
      ),
    ).toBe('toller');
  });

  it('starts afresh after a new paragraph or more narration than a tag', () => {
    expect(
      secondSpeechShe(
        'Ann stood on the step. “That is Mrs. Toller in the cellar,” said she.\n\n“She is a little slip of a woman.”',
      ),
    ).toBe(null);
    expect(
      secondSpeechShe(
        'Ann stood on the step. “That is Mrs. Toller in the cellar,” said she, and she walked slowly to the gate. “She is a little slip of a woman.”',
      ),
    ).toBe(null);
  });
});
