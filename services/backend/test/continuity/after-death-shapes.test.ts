/**
 * Shapes of a death and of an act after it that the thirty-fourth session's helper reads
 * (`facts/status.ts`, `facts/acts.ts`), each with the near cases it must leave alone: a death after
 * "who" and an aside, a burial told by its time, years in the grave, the dead at rest in the
 * churchyard, a body found dead, the murderers of the dead, a "she died" in an account after the
 * one woman its sentence before names; a voice heard under its owner's possessive, a deed one is forced
 * to, a participle after a name and its reflexive, a letter sent, "used to" as being accustomed,
 * and an account's present perfect.
 */
import { describe, expect, it } from 'vitest';
import { account } from './account-changes.js';
import { citesBothSides } from './check-text.js';
import { factsAfterFiller } from './facts/helpers.js';
import { chapters } from './legitimate-changes.js';

/** The deaths read in `passage` after the people filler, as [entity, quote]. */
const deaths = (passage: string): Array<[string | null, string]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === 'status' && f.value === 'dead')
    .map((f) => [f.entityKey, f.quote]);

/** The acts read in `passage` after the people filler, as [value, entity, quote]. */
const actsIn = (passage: string): Array<[string, string | null, string]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === 'act')
    .map((f) => [f.value, f.entityKey, f.quote]);

const THOMAS = 'character:thomas-hale';

describe('a death after "who" and an aside of its own', () => {
  it('reads "who, at the age of forty, was lost overboard" and "who was killed"', () => {
    expect(deaths('Thomas Hale, who, at the age of forty, was lost overboard, left no will.')).toEqual([
      [THOMAS, 'Thomas Hale, who, at the age of forty, was lost overboard'],
    ]);
    expect(deaths('Thomas Hale, who, in the winter of that year, died of a fever, left no will.')).toEqual([
      [THOMAS, 'Thomas Hale, who, in the winter of that year, died'],
    ]);
    expect(deaths('Thomas Hale, who was killed at Waterloo, left no will.')).toEqual([
      [THOMAS, 'Thomas Hale, who was killed'],
    ]);
  });

  it('leaves an aside without a death alone', () => {
    expect(deaths('Thomas Hale, who, at the age of forty, was lost in thought, said nothing.')).toEqual([]);
  });
});

describe('a burial told by its time or its clause ending', () => {
  it('reads "was buried on the Tuesday", "that afternoon", "in the spring of", "quietly buried."', () => {
    for (const passage of [
      'Thomas Hale was buried on the Tuesday.',
      'Thomas Hale was buried that afternoon, and the rain fell all day.',
      'Thomas Hale was buried in the spring of that year.',
      'Thomas Hale was quietly buried.',
    ])
      expect(deaths(passage).map(([key]) => key)).toEqual([THOMAS]);
  });

  it('leaves a reader buried in the papers, in thought or in books alone', () => {
    for (const passage of [
      'Thomas Hale had been buried in the morning papers all the way down.',
      'Thomas Hale was buried in thought all the evening.',
      'Mary Benson was buried in her books.',
      'Thomas Hale was buried that he might be near his wife.',
    ])
      expect(deaths(passage)).toEqual([]);
  });
});

describe('the dead in their grave, at rest in the churchyard, or found dead', () => {
  it('reads "three years in his grave", "lies in the churchyard", "found ... dead"', () => {
    expect(deaths('Thomas Hale had been three years in his grave.')).toEqual([
      [THOMAS, 'Thomas Hale had been three years in his grave'],
    ]);
    expect(deaths('Thomas Hale lies in the churchyard under the yews.')).toEqual([
      [THOMAS, 'Thomas Hale lies in the churchyard'],
    ]);
    expect(deaths('They found Thomas Hale dead in the morning.')).toEqual([
      [THOMAS, 'found Thomas Hale dead'],
    ]);
    expect(deaths('The surgeon found Thomas Hale lying dead in the study.')).toEqual([
      [THOMAS, 'found Thomas Hale lying dead'],
    ]);
  });

  it('leaves the living in a churchyard or a parlour, a grave mood and "dead tired" alone', () => {
    for (const passage of [
      'Thomas Hale lay in the churchyard grass, reading.',
      'Thomas Hale lies in the parlour asleep.',
      'Thomas Hale was long in his gravest mood.',
      'They found Mary Benson dead tired on the stair.',
    ])
      expect(deaths(passage)).toEqual([]);
  });
});

describe('acts: a voice heard, a deed forced, a participle after a reflexive, a letter sent', () => {
  it('reads "Thomas Hale\'s voice came from the hall" and "was heard" as his speaking', () => {
    expect(actsIn("Thomas Hale's voice came from the hall.")).toEqual([
      ['spoke', THOMAS, "Thomas Hale's voice came"],
    ]);
    expect(actsIn("Thomas Hale's voice was heard on the stair.")).toEqual([
      ['spoke', THOMAS, "Thomas Hale's voice was heard"],
    ]);
  });

  it('leaves a voice described, or sounding in a likeness, alone', () => {
    expect(actsIn("Thomas Hale's voice was low and pleasant.")).toEqual([]);
    expect(actsIn("It was as if Thomas Hale's voice came from the hall.")).toEqual([]);
  });

  it('reads "was forced to sell" and "were forced to enlist" as acts', () => {
    expect(actsIn('Thomas Hale was forced to sell the mill.')).toEqual([
      ['acted', THOMAS, 'Thomas Hale was forced to sell'],
    ]);
    expect(
      actsIn('The boat came back, and the captain and Thomas Hale were forced to enlist some men.'),
    ).toEqual([['acted', THOMAS, 'Thomas Hale were forced to enlist']]);
  });

  it('leaves a deed that might be forced alone', () => {
    expect(actsIn('If Thomas Hale was forced to sell the mill, he would go to Bath.')).toEqual([]);
  });

  it('reads a participle after the name and its reflexive, opening a clause', () => {
    expect(actsIn('The boat lurched, Thomas Hale himself hauling on the rope.')).toEqual([
      ['acted', THOMAS, 'Thomas Hale himself hauling'],
    ]);
  });

  it('leaves the same participle after a verb of seeing alone', () => {
    expect(actsIn('I saw Thomas Hale himself hauling on the rope.')).toEqual([]);
  });

  it('reads "sent round a second letter" as writing, whatever opens the sentence', () => {
    expect(actsIn('That evening Thomas Hale sent round a second letter, begging us to come.')).toEqual([
      ['wrote', THOMAS, 'Thomas Hale sent'],
    ]);
  });

  it('leaves the letter he sent, read again, alone', () => {
    expect(actsIn('I read the letter Thomas Hale sent me in the spring.')).toEqual([]);
  });

  it('reads an act beside "used to" as being accustomed, and leaves the habit of the past alone', () => {
    expect(actsIn('Thomas Hale hired some men who had been somewhat used to the sea.')).toEqual([
      ['acted', THOMAS, 'Thomas Hale hired'],
    ]);
    expect(actsIn('Thomas Hale used to walk to the mill, and he hired the men there.')).toEqual([]);
  });
});

describe("an account's present perfect after the death it tells", () => {
  it('finds "my father and I have lived" after "my poor father met his end" in one account', () => {
    expect(
      citesBothSides({
        name: 'present perfect after a death in an account',
        text: chapters(
          account(
            'Edward Crane',
            'It was in January that my poor father met his end, and two years have passed since then.',
            'During that time my father and I have lived happily at Esham, and I had begun to hope.',
          ),
        ),
        cites: ['my poor father met his end', 'my father and I have lived'],
      }),
    ).toBe(true);
  });

  it('leaves the account\'s "had" alone, which tells what came before', () => {
    expect(
      citesBothSides({
        name: 'past perfect after a death in an account',
        text: chapters(
          account(
            'Edward Crane',
            'It was in January that my poor father met his end, and two years have passed since then.',
            'Before the war my father and I had lived happily at Esham, and I had begun to hope.',
          ),
        ),
        cites: ['my poor father met his end', 'my father and I had lived'],
      }),
    ).toBe(false);
  });
});

describe('the murderers of the dead', () => {
  it('reads "the murderers of Thomas Hale" as his death', () => {
    expect(deaths('The police took the murderers of Thomas Hale at Gravesend.')).toEqual([
      [THOMAS, 'murderers of Thomas Hale'],
    ]);
  });

  it('leaves "the would-be murderer of" alone', () => {
    expect(deaths('The would-be murderer of Thomas Hale was caught at Gravesend.')).toEqual([]);
  });
});

/** An account naming two women, whose last paragraph tells of `fate`; then Ann Lacey acts. */
const twoWomen = (fate: string): string =>
  chapters(
    account(
      'Thomas Hale',
      'Mary Benson was called home by her mother in the spring, and she wept when she left us.',
      `Her mother was a hard woman, and she often scolded Mary Benson. ${fate} She died on the first approach of cold weather.`,
    ),
    'Ann Lacey opened the shop at eight and served the first customers herself.',
  );

describe('a "she died" in an account after the one woman the sentence before names', () => {
  it('gives the death to the woman just named, though the account names another', () => {
    expect(
      citesBothSides({
        name: 'she died after Ann Lacey alone is named',
        text: twoWomen('Grief at length threw Ann Lacey into a decline, but she is now at peace.'),
        cites: ['She died', 'Ann Lacey opened'],
      }),
    ).toBe(true);
  });

  it('gives it to no one when the sentence before names both women', () => {
    expect(
      citesBothSides({
        name: 'she died after both women are named',
        text: twoWomen('Grief at length threw Ann Lacey and Mary Benson into a decline.'),
        cites: ['She died', 'Ann Lacey opened'],
      }),
    ).toBe(false);
  });
});
