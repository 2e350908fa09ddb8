/**
 * Nicknames set before the name at a sentence's or a speech's opening (opening-nicknames.ts), read as
 * the merge traps are (merge-traps.test.ts): the floor is the count on arrival, raised as rules read
 * more passages right.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';
import { misreadTraps } from './merge-traps.js';
import { openingNicknames } from './opening-nicknames.js';

const PASSAGES_READ_RIGHT_FLOOR = 5;

describe('nicknames opening a sentence or a speech', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${openingNicknames.length} passages right`, () => {
    const misread = misreadTraps(openingNicknames);
    console.log(
      `opening nicknames: ${openingNicknames.length - misread.length}/${openingNicknames.length} right\n${misread.join('\n')}`,
    );
    expect(openingNicknames.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

describe('rules from the opening nicknames', () => {
  it('gives a person cue to a word ", as ... called" gives to a name, so that it is no thing', () => {
    const text = `Minnow, as the miners called Joby Trezise, could find a seam in the dark. The captain of the mine, Mr. Oates, paid Minnow double.`;
    const result = extract([source(text)]);
    expect(one(result, 'Minnow')).toBe(one(result, 'Joby Trezise'));
  });

  it('reads a word only ever opening sentences as a nickname when ", as ... called" gives it to a name', () => {
    const text = `Ferret, as the miners called Joby Trezise, could find a seam in the dark. Ferret was paid double by Mr. Oates.`;
    const result = extract([source(text)]);
    expect(one(result, 'Ferret')).toBe(one(result, 'Joby Trezise'));
  });

  it('keeps a rank opening a speech as the nickname of the name it is given to', () => {
    const text = `"Colonel, as the boys call Harry Lugg, keeps the ferry," said the innkeeper. We crossed with Colonel at dusk.`;
    const result = extract([source(text)]);
    expect(one(result, 'Colonel')).toBe(one(result, 'Harry Lugg'));
  });

  it('makes no nickname of a word the text writes in lower case, opening "as ... called" a name', () => {
    for (const [text, name, opening] of [
      [
        `Afterwards, as the usher called Jane Pascoe in, the room fell silent. Jane Pascoe sat down, and afterwards she wept.`,
        'Jane Pascoe',
        'Afterwards',
      ],
      [
        `Still, as the steward called Hugh Tresize a liar, he could not prove it. Hugh Tresize was still there at dawn.`,
        'Hugh Tresize',
        'Still',
      ],
    ] as const) {
      const result = extract([source(text)]);
      expect(holding(result, opening)).toHaveLength(0);
      expect(one(result, name).aliases).toEqual([]);
    }
  });
});
