/**
 * The forty-eighth pass: relations read in phrasings the earlier passes left out (a first-person
 * narrator's kin, "was promised to", a kin noun after a first apposition, a death told after a
 * name in apposition) and a person said to be unmarried against a stated spouse. Each test fails on
 * the code before its rule; each guard shows where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { factsAfterFiller, factsOf } from './facts/helpers.js';
import { chapters } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

/** The facts of one kind read in a passage after the people filler: value, detail, and the quote. */
const read = (kind: string, passage: string): Array<[string, string | null, string]> =>
  factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.value, f.detail, f.quote]);

const narrator = 'I was born in the grey house by the mill.';

describe("a first-person narrator's kin", () => {
  it('reads "My mother, Sarah Hale," and "George Crane, my uncle" as kin of an unnamed narrator', () => {
    expect(
      read(
        'relation',
        `${more('Sarah Hale', 'George Crane')} ${narrator} My mother, Sarah Hale, kept the inn.`,
      ),
    ).toEqual([['parent', 'mother', 'My mother, Sarah Hale']]);
    expect(
      read('relation', `${more('George Crane')} ${narrator} George Crane, my uncle, came home.`),
    ).toEqual([['uncle', 'uncle', 'George Crane, my uncle']]);
  });

  it("finds the narrator's mother named two ways", () => {
    expect(
      relationIssues(
        `${more('Sarah Hale', 'Martha Hale')} ${narrator} My mother, Sarah Hale, kept the inn.`,
        'My mother, Martha Hale, had never set foot in an inn.',
      ),
    ).toEqual(['the narrator has two mothers: Sarah Hale in Chapter 1 and Martha Hale in Chapter 2.']);
  });

  it('reads no kin of a description right after the kin word with no comma', () => {
    // Told often enough that the story bible keeps "the stranger" as a character.
    const stranger =
      'The stranger sat by the fire and said nothing. Thomas Hale looked at the stranger. '.repeat(6);
    const text = `Thomas Hale walked to the village. Mary Benson walked to the village. ${stranger}${narrator} When I went to fetch my father the stranger was on the stairs. The stranger smiled.`;
    expect(factsOf(text, 'relation')).toEqual([]);
  });

  it('leaves "my" in speech to its teller, and an old nurse called mother alone', () => {
    // A line no name tags is its teller's, never the narrator's (`facts/teller-relations.ts`).
    expect(
      factsAfterFiller(
        `${more('Sarah Hale')} "My mother, Sarah Hale, kept the inn," said someone at the fair.`,
      )
        .filter((f) => f.kind === 'relation')
        .map((f) => f.entityKey?.startsWith('teller:')),
    ).toEqual([true]);
    expect(
      relationIssues(
        `${more('Sarah Hale', 'Martha Crane')} ${narrator} My mother, Sarah Hale, died on the night I was born.`,
        'Old Martha Crane, my nurse, whom I called mother all my childhood, sang to me.',
      ),
    ).toEqual([]);
  });
});

describe('"was promised to" as an engagement', () => {
  it('reads a promise to a person named right after it, and finds it against a brother', () => {
    expect(read('relation', 'Mary Benson was promised to Thomas Hale in March.')).toEqual([
      ['engaged', 'engaged', 'Mary Benson was promised to Thomas Hale'],
    ]);
    expect(
      relationIssues(
        'Mary Benson was promised to Thomas Hale, and the banns were read in March.',
        "Thomas Hale, Mary Benson's brother, taught her to row a boat.",
      ),
    ).toHaveLength(1);
  });

  it('reads no engagement in a promise to do something', () => {
    expect(read('status', 'Mary Benson was promised to Thomas Hale in March.')).toContainEqual([
      'engaged',
      null,
      'Mary Benson was promised to Thomas Hale',
    ]);
    expect(read('status', 'Mary Benson was promised to return by Thomas Hale.')).toEqual([]);
  });
});

describe('a kin noun after a first apposition', () => {
  it('reads "Edward Crane, a cooper by trade, Ann Lacey\'s father," and the second kin of "Jane, Mary\'s sister, was Hale\'s fiancée"', () => {
    expect(read('relation', "Edward Crane, a cooper by trade, Ann Lacey's father, mended barrels.")).toEqual([
      ['parent', 'father', "Edward Crane, a cooper by trade, Ann Lacey's father"],
    ]);
    expect(
      read(
        'relation',
        `${more('Jane Benson')} Jane Benson, Mary Benson's younger sister, was Thomas Hale's fiancée.`,
      )
        .map(([value]) => value)
        .sort(),
    ).toEqual(['engaged', 'sibling']);
  });

  it('takes no name of a list for a first apposition', () => {
    const fathers = (passage: string) =>
      read('relation', passage).filter(([, detail]) => detail === 'father');
    expect(fathers("Edward Crane, Thomas Hale, Ann Lacey's father, dined.")).toEqual([]);
  });
});

describe('a death told after a name in apposition', () => {
  it('reads "Thomas Hale\'s wife, Mary Benson, died" as her death, which ends the marriage', () => {
    expect(read('status', "Thomas Hale's wife, Mary Benson, died of the fever.")).toContainEqual([
      'dead',
      'died',
      'Mary Benson, died',
    ]);
    expect(
      relationIssues(
        "Thomas Hale's wife, Mary Benson, died of the fever in the hard winter.",
        'Two years on, Thomas Hale took Ann Lacey for his wife, and his wife, Ann Lacey, kept the forge.',
      ),
    ).toEqual([]);
  });

  it('reads no death of a name that is not set off after a possessive', () => {
    expect(read('status', "Thomas Hale's wife, Mary Benson, nursed him, and Edward Crane died.")).toEqual([
      ['dead', 'died', 'Edward Crane died'],
    ]);
  });
});

describe('unmarried now, against a stated spouse', () => {
  it('finds a wife, then "a bachelor of fifty", and a husband, then "was unmarried"', () => {
    expect(
      relationIssues(
        "Thomas Hale's wife, Mary Benson, kept the accounts.",
        'Thomas Hale, a bachelor of fifty, lived alone above the forge.',
      ),
    ).toEqual([
      "Thomas Hale is a bachelor in Chapter 2 but Mary Benson is Thomas Hale's spouse in Chapter 1.",
    ]);
    expect(
      relationIssues(
        'Ann Lacey and her husband, George Crane, farmed the low fields.',
        'Ann Lacey was unmarried, and she farmed the low fields alone.',
      ),
    ).toEqual(["Ann Lacey is unmarried in Chapter 2 but George Crane is Ann Lacey's spouse in Chapter 1."]);
  });

  it('leaves a bachelor who marries, a spouse who died, and a bachelor of arts alone', () => {
    expect(
      relationIssues(
        'Edward Crane was a bachelor of forty.',
        'Edward Crane married Ann Lacey in the autumn.',
        "Edward Crane's wife, Ann Lacey, made him buy a new hat.",
      ),
    ).toEqual([]);
    expect(
      relationIssues(
        "Thomas Hale's wife, Mary Benson, kept the accounts. Mary Benson died of the fever.",
        'Thomas Hale was unmarried now, and lived alone above the forge.',
      ),
    ).toEqual([]);
    expect(read('status', 'Thomas Hale, a bachelor of arts, taught at the school.')).toEqual([]);
  });
});
