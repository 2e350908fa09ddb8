/**
 * A teller's spouse called "my wife" or "my husband" only (`facts/teller-kin.ts`), and the two
 * readings of `facts/acts.ts` that gave such a kin another's verb: a name after a speech verb with
 * its own subject ("She called my wife young Mrs. Nat") is its object, not the speaker; and after an
 * aside, ", and I went" is the teller's clause, not the name's ("I showed it to my wife, who
 * laughed, and I went"). Guards: the tags and the subjects these must not drop.
 */
import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './facts/helpers.js';
import { told } from './told.js';

/** The quotes of the acts read in `sentence`, after the filler that makes its people names. */
const actsIn = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'act')
    .filter(([, , quote]) => sentence.includes(quote))
    .map(([value, , quote]) => `${value}: ${quote}`);

describe('a name after a speech verb', () => {
  it('reads no speech of a name the verb has for its object', () => {
    expect(actsIn('She called Mary Benson young Mrs. Nat, and so did everybody else.')).toEqual([]);
    expect(actsIn('On the way back in the train I asked Mary Benson about the will.')).toEqual([]);
    expect(actsIn('The card said Mary Benson, and nothing else.')).toEqual([]);
    expect(actsIn('He had a maid called Mary Benson.')).toEqual([]);
  });

  it('still reads the tag after a quotation, a spoken "?", and at a sentence\'s start', () => {
    expect(actsIn('“Where is it?” asked Mary Benson.')).toEqual(['spoke: asked Mary Benson']);
    expect(actsIn("'Come in,' called Mary Benson.")).toEqual(['spoke: called Mary Benson']);
    expect(actsIn('Will you walk a little slower? said Mary Benson.')).toEqual(['spoke: said Mary Benson']);
    expect(actsIn('Said Mary Benson to the miller, we shall have rain.')).toEqual([
      'spoke: Said Mary Benson',
    ]);
  });
});

describe('an act after an aside and "and"', () => {
  it('gives no act to a name before an aside when the teller or another name goes on', () => {
    expect(
      actsIn('I showed it to Mary Benson, who laughed and said that she would let me, and I went.'),
    ).toEqual([]);
    expect(
      actsIn('I gave the clock to Mary Benson, who wrapped it in a cloth, and Thomas Hale turned it.'),
    ).toEqual(['acted: Thomas Hale turned']);
  });

  it('still reads the act after an aside, of two subjects, and of the aside going on', () => {
    expect(actsIn('Mary Benson, who was tired, came home.')).toEqual([
      'acted: Mary Benson, who was tired, came',
    ]);
    expect(actsIn('Mary Benson and I walked to the mill.')).toEqual(['acted: Mary Benson and I walked']);
    expect(actsIn('Mary Benson, who was forty-six, and who had lived there, sighed.')).toContain(
      'acted: Mary Benson, who was forty-six, and who had lived',
    );
    // A "she" after the aside may be the name again.
    expect(actsIn('Mary Benson, of Amwell Street, and she took the chair.')).toContain(
      'acted: Mary Benson, of Amwell Street, and she took',
    );
  });
});

describe('a teller\'s "my wife" and "my husband"', () => {
  it('reads the death and the later act of "my wife" as one person\'s', () => {
    const { facts, issues } = told(
      'When my dear wife died I felt that my boy was all I had to love.',
      'That night my wife came down to the hall with a candle.',
    );
    expect(
      facts.filter((f) => f.entityKey?.startsWith('kin:wife:')).map((f) => [f.kind, f.value, f.quote]),
    ).toEqual([
      ['status', 'dead', 'my dear wife died'],
      ['act', 'acted', 'my wife came'],
    ]);
    expect(issues).toEqual(["Thomas's wife dies in Chapter 1 but acts in Chapter 2."]);
  });

  it('reads "my husband" as the teller\'s husband', () => {
    expect(told('My husband died in the spring.', 'My husband walked to the market.').issues).toEqual([
      "Thomas's husband dies in Chapter 1 but acts in Chapter 2.",
    ]);
  });

  it('leaves a first wife, a wife to be, a wife called or shown, and a wife in conversation alone', () => {
    expect(told('My first wife died in the spring.', 'My wife walked to the market.').issues).toEqual([]);
    expect(told('My wife-to-be died in the spring.', 'My wife walked to the market.').issues).toEqual([]);
    expect(
      told(
        'My wife died in the spring.',
        'She called my wife young Mrs. Nat. I showed it to my wife, who laughed, and I went.',
        '“My wife drove to the market,” said Mary Benson.',
      ).issues,
    ).toEqual([]);
  });
});
