import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/continuity/index.js';
import { factsAfterFiller } from './helpers.js';

/** The deaths read in `passage` after the people filler, as [entity, quote]. */
function deaths(passage: string): Array<[string | null, string]> {
  return factsAfterFiller(passage)
    .filter((f: Fact) => f.kind === 'status' && f.value === 'dead')
    .map((f) => [f.entityKey, f.quote]);
}

/** A long account by Edward Crane: a first paragraph with its tag, then `paragraphs`. */
const account = (...paragraphs: string[]): string =>
  [
    'Thomas Hale kept the ferry below the weir, and he knew every shoal of the river. Mary Benson kept the school, and she taught the children their letters.',
    '"I will tell you the whole of it," said Edward Crane. "I came to Esham thirty years ago, when the mill was still working and the road was a cart track. I bought the house by the bridge, where I have lived ever since.',
    ...paragraphs.map((p, i) => `"${p}${i === paragraphs.length - 1 ? '"' : ''}`),
  ].join('\n\n');

const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);

describe('a death told by "he" or "she" in a long account', () => {
  it('goes to the one person of that sex the account names as the subject, in its paragraph or the one before', () => {
    expect(
      deaths(
        account(
          'On the Monday Thomas Hale left his house and walked down to the weir. He had told his man that he was in a hurry.',
          'He was drowned in the mill-race that evening.',
        ),
      ),
    ).toEqual([[thomas, 'He was drowned']]);
    expect(
      deaths(
        account(
          'Mary Benson caught a chill at the fair and took to her bed. She died on the first morning of May.',
        ),
      ),
    ).toEqual([[mary, 'She died']]);
  });

  it('reads none when someone unnamed of the account may be the one ("the child", "my sister") (guard)', () => {
    expect(
      deaths(
        account(
          'On the Monday Thomas Hale left his house and walked down to the weir.',
          'The child struggled in the water, and in a moment he was drowned.',
        ),
      ),
    ).toEqual([]);
    expect(
      deaths(
        account('Mary Benson came to the house that winter, and my sister took to her bed. She died in May.'),
      ),
    ).toEqual([]);
  });

  it('reads none when two of that sex are named, or the name is in a quotation within the account (guard)', () => {
    expect(
      deaths(account('Thomas Hale and Edward Crane walked down to the weir. He was drowned that evening.')),
    ).toEqual([]);
    expect(
      deaths(
        account(
          "'Let me go, or Thomas Hale will punish you,' cried the boy.",
          'He was drowned in the mill-race that evening.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads a survival denied ("never came back alive") as a death, in an account and in the narration', () => {
    expect(
      deaths(
        account(
          'On the Monday Thomas Hale left his house and walked down to the weir. He had told his man that he must hurry. From that appointment he never came back alive.',
        ),
      ),
    ).toEqual([[thomas, 'he never came back alive']]);
    expect(
      deaths(
        'Thomas Hale kept the ferry, and he knew the river. He went to the weir on the Monday, and he never came back alive.',
      ),
    ).toEqual([[thomas, 'he never came back alive']]);
  });

  it('reads no death in a return denied without "alive", nor one only feared (guard)', () => {
    expect(deaths('Thomas Hale went to sea on the Monday, and he never came back to the village.')).toEqual(
      [],
    );
    expect(deaths('Thomas Hale went to sea, and Mary Benson feared he would never come back alive.')).toEqual(
      [],
    );
  });

  it('reads none in dialogue, where a speaker may be wrong (guard)', () => {
    expect(deaths('Thomas Hale walked down to the weir.\n\n"He was drowned," said Mary Benson.')).toEqual([]);
  });
});
