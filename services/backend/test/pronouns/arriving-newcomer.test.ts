import { describe, expect, it } from 'vitest';
import { resolvePronouns } from '../../src/pronouns/index.js';

/** Each pronoun as written with the id the resolver gives it; every occurrence of a name mentions it. */
function resolved(text: string, people: Record<string, 'male' | 'female'>): Array<[string, string | null]> {
  const characters = Object.entries(people).map(([name, gender]) => ({
    id: name,
    name,
    gender,
    mentions: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + name.length,
    })),
  }));
  return resolvePronouns(text, characters).map((p) => [p.text, p.characterId]);
}

describe('a newcomer who arrives inside a sentence (pronouns NEWCOMER_ARRIVES)', () => {
  it('leaves the he or she after "a tall young woman was shown in" to the newcomer, not the one in the scene', () => {
    expect(
      resolved(
        'Elizabeth sat by the fire. The door opened and a tall young woman was shown in. She was pale.',
        { Elizabeth: 'female' },
      ),
    ).toEqual([['She', null]]);
    expect(
      resolved('Holmes was reading by the window when a stout gentleman was ushered in. He was red-faced.', {
        Holmes: 'male',
      }),
    ).toEqual([['He', null]]);
    expect(
      resolved('Holmes was reading. Presently a gentleman of about fifty entered. He was a man of means.', {
        Holmes: 'male',
      }),
    ).toEqual([['He', null]]);
  });

  it('keeps the one in the scene when the person described does not arrive, or is of the other sex', () => {
    expect(
      resolved('Holmes was reading when a man passed in the street below. He turned the page.', {
        Holmes: 'male',
      }),
    ).toEqual([['He', 'Holmes']]);
    expect(
      resolved('Holmes was reading by the window when a tall woman entered. He rose.', { Holmes: 'male' }),
    ).toEqual([['He', 'Holmes']]);
  });

  it('gives the pronouns back to a character named after the newcomer', () => {
    expect(
      resolved('Holmes was reading when a stout gentleman entered. Holmes rose, and he bowed.', {
        Holmes: 'male',
      }),
    ).toEqual([['he', 'Holmes']]);
  });

  it('reads no newcomer in speech', () => {
    expect(
      resolved('Holmes laughed. "Then a man of about fifty entered," said Holmes. He lit his pipe.', {
        Holmes: 'male',
      }),
    ).toEqual([
      ['He', 'Holmes'],
      ['his', 'Holmes'],
    ]);
  });

  it('never gives the one the newcomer\'s viewer looks at to that viewer ("Holmes looked at him")', () => {
    expect(
      resolved('Holmes was reading when a stout gentleman entered. Holmes looked at him.', {
        Holmes: 'male',
      }),
    ).toEqual([['him', null]]);
  });
});
