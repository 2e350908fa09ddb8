import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { factsAfterFiller } from './helpers.js';

/** The facts of one kind read in `passage` after the people filler: value and owner. */
const read = (passage: string, kind: string): Array<[string, string | null]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.value, f.entityKey]);

const ANN = expect.stringMatching(/ann|lacey/);
const MARY = expect.stringMatching(/mary|benson/);

describe('the shape of the hair', () => {
  it('reads a shape before the hair and the hair named by its shape, the owner found as for a colour', () => {
    expect(read('Ann Lacey wore her straight black hair in a plait.', 'hair')).toEqual(
      expect.arrayContaining([['straight', ANN]]),
    );
    expect(read('Mary Benson came in and shook her curls.', 'hair')).toEqual([['curly', MARY]]);
    expect(read('Mary Benson was a girl with lank hair.', 'hair')).toEqual([['straight', MARY]]);
  });

  it('reads no shape without an owner of the hair, nor a curl that is not hair', () => {
    expect(read('The smoke curls up from the chimney of Mary Benson.', 'hair')).toEqual([]);
    expect(read("Mary Benson's lip curls when she is angry.", 'hair')).toEqual([]);
    expect(read('Straight hair was the fashion that year, Ann Lacey said.', 'hair')).toEqual([]);
  });

  it('compares a shape with the same person’s shapes only, never with a colour', () => {
    const found = checkText(
      chapters('Ann Lacey wore her straight black hair pulled back.', 'Ann Lacey shook her black curls.'),
    );
    expect(found.map((i) => i.summary)).toEqual([expect.stringMatching(/straight-haired.*curly-haired/)]);
    // curly and black: a shape and a colour, no disagreement
    expect(
      checkText(chapters('Ann Lacey had curly hair.', 'Ann Lacey had black hair and grey eyes.')).map(
        (i) => i.summary,
      ),
    ).toEqual([]);
  });
});

describe('complexion', () => {
  it('reads a shade before the skin or complexion and after "complexion was", the owner found as for hair', () => {
    expect(read('Mary Benson had a dark complexion and black brows.', 'complexion')).toEqual([
      ['dark', MARY],
    ]);
    expect(read('Ann Lacey came in. Her complexion was very fair.', 'complexion')).toEqual([['fair', ANN]]);
    expect(read('Mary Benson had dark eyes and fair skin.', 'complexion')).toEqual([['fair', MARY]]);
  });

  it('reads no pallor that comes and goes, nor a skin of no one', () => {
    expect(read('Mary Benson sat by the window, her skin pale in the winter light.', 'complexion')).toEqual(
      [],
    );
    expect(read('A dark skin of wine hung by the door of Mary Benson.', 'complexion')).toEqual([]);
  });

  it('finds a dark complexion then a fair one, not a fair skin browned with a change told', () => {
    const summaries = (...bodies: string[]) => checkText(chapters(...bodies)).map((i) => i.summary);
    expect(summaries('Ann Lacey had a dark complexion.', 'Ann Lacey had a fair complexion.')).toEqual([
      expect.stringMatching(/dark-skinned.*fair-skinned/),
    ]);
    expect(
      summaries('Ann Lacey had a fair complexion.', 'Her complexion had become dark, and Ann Lacey laughed.'),
    ).toEqual([]);
  });
});

describe('beauty', () => {
  it('reads beauty and plainness of the subject or of the name an apposition follows', () => {
    expect(read('Mary Benson was a plain girl with a kind heart.', 'beauty')).toEqual([['plain', MARY]]);
    expect(read('Ann Lacey, the beauty of the county, came in.', 'beauty')).toEqual([['beautiful', ANN]]);
    expect(read('Ann Lacey was the beauty of the family.', 'beauty')).toEqual([['beautiful', ANN]]);
  });

  it('reads no beauty denied, nor the beauty of a place or of someone unnamed', () => {
    expect(read('Thomas Hale was not a handsome man.', 'beauty')).toEqual([]);
    expect(read('Ann Lacey admired the beauty of the valley.', 'beauty')).toEqual([]);
    expect(read('Ann Lacey met a pretty girl at the well.', 'beauty')).toEqual([]);
  });

  it('finds a plain girl then a beauty, not one grown into a beauty', () => {
    const summaries = (...bodies: string[]) => checkText(chapters(...bodies)).map((i) => i.summary);
    expect(summaries('Ann Lacey was a plain girl.', 'Ann Lacey was the beauty of the county.')).toEqual([
      expect.stringMatching(/plain.*beautiful/),
    ]);
    expect(
      summaries('Ann Lacey was a plain girl.', 'Ann Lacey had become the beauty of the county.'),
    ).toEqual([]);
  });
});
