/**
 * The thirty-fourth session's relation helper: another's kin a speaker states by name ("This is the
 * girl's stepfather, Mr. James Windibank") is weighed against the narration, never against dialogue
 * alone. Each test fails on the code before its rule; each guard shows where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { namedRelations } from './facts/helpers.js';
import { chapters } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

const people = more('Walter Grey', 'Ellen Grey', 'Thomas Hale');

describe("another's kin a speaker states by name", () => {
  it('weighs it against the narration', () => {
    expect(
      relationIssues(
        `${people} Walter Grey, Ellen Grey's elder brother, gave a violent start.`,
        "“This is Ellen Grey's stepfather, Walter Grey,” said Thomas Hale to the clerk.",
      ),
    ).toHaveLength(1);
  });

  it('never weighs it against dialogue alone', () => {
    expect(
      relationIssues(
        `${people} “Walter Grey, Ellen Grey's elder brother, is here,” said Thomas Hale.`,
        "“This is Ellen Grey's stepfather, Walter Grey,” said Mary Benson to the clerk.",
      ),
    ).toEqual([]);
  });

  it("leaves a speaker's kin of another read through a pronoun unweighed", () => {
    expect(
      relationIssues(
        `${people} Walter Grey, Ellen Grey's elder brother, gave a violent start.`,
        'Ellen Grey came in. “Her stepfather is ill,” said Thomas Hale to the clerk.',
      ),
    ).toEqual([]);
  });
});

describe('a kin word and the title of the person a bare surname was taken for', () => {
  const gardiners = more('Mr. Gardiner', 'Mrs. Bennet', 'Mrs. Philips');
  it('reads no sister who is Mr. Gardiner ("my sister Gardiner")', () => {
    expect(
      namedRelations(`${gardiners} “My sister Gardiner will come at Christmas,” said Mrs. Bennet to Jane.`),
    ).toEqual([]);
  });

  it('reads a sister the surname names by a woman’s title ("my sister Philips")', () => {
    expect(
      namedRelations(`${gardiners} “My sister Philips will come at Christmas,” said Mrs. Bennet to Jane.`),
    ).toEqual([['Mrs. Bennet', 'sibling', 'sister', 'Mrs. Philips', 'My sister Philips']]);
  });
});

describe('a word of pity or fondness before the owner of a kin noun in an apposition', () => {
  const people = more('Ann Lacey', 'Thomas Hale');
  it('reads "Ann Lacey, poor Thomas Hale\'s own mother," as his mother', () => {
    expect(namedRelations(`${people} Ann Lacey, poor Thomas Hale's own mother, came to the door.`)).toEqual([
      ['Thomas Hale', 'parent', 'mother', 'Ann Lacey', "Ann Lacey, poor Thomas Hale's own mother"],
    ]);
  });

  it("reads no kin of a kin's friend", () => {
    expect(
      namedRelations(`${people} Ann Lacey, dear Thomas Hale's mother's friend, came to the door.`),
    ).toEqual([]);
  });
});

describe('"her brother and his wife": the wife of the brother read', () => {
  const visit =
    'At Easter Mary Benson had the pleasure of receiving her brother and his wife. George Crane was a quiet, sensible man, much wiser than his sister.';
  const spouses = (text: string) => namedRelations(text).filter(([, role]) => role === 'spouse');

  it('reads the wife as the one the text names for him, even later', () => {
    expect(
      spouses(
        `${more('Mary Benson', 'George Crane', 'Ann Lacey')} ${visit}\n\nAnn Lacey, George Crane's wife, kept the accounts.`,
      ),
    ).toEqual([
      [
        'George Crane',
        'spouse',
        'wife',
        'Ann Lacey',
        'At Easter Mary Benson had the pleasure of receiving her brother and his wife',
      ],
      ['George Crane', 'spouse', 'wife', 'Ann Lacey', "Ann Lacey, George Crane's wife"],
    ]);
  });

  it('reads no wife when the text names two', () => {
    expect(
      spouses(
        `${more('Mary Benson', 'George Crane', 'Ann Lacey', 'Ellen Grey')} ${visit}\n\nAnn Lacey, George Crane's wife, kept the accounts.\n\nEllen Grey, George Crane's wife, kept the shop.`,
      ).map(([, , , , quote]) => quote),
    ).toEqual(["Ann Lacey, George Crane's wife", "Ellen Grey, George Crane's wife"]);
  });

  it('reads no son named only later ("her brother and his son")', () => {
    expect(
      namedRelations(
        `${more('Mary Benson', 'George Crane', 'Walter Crane')} At Easter Mary Benson had the pleasure of receiving her brother and his son. George Crane was a quiet, sensible man, much wiser than his sister.\n\nWalter Crane, George Crane's son, kept the accounts.`,
      ).filter(([, role]) => role === 'child'),
    ).toEqual([['George Crane', 'child', 'son', 'Walter Crane', "Walter Crane, George Crane's son"]]);
  });
});

describe('a parent with no name near: the one the text names anywhere', () => {
  const people = more('Mary Benson', 'Thomas Hale');
  it('reads "her father" as the father named later', () => {
    expect(
      namedRelations(
        `${people} Mary Benson sat by the window and waited for her father.\n\nThomas Hale, Mary Benson's father, came home late.`,
      )
        .filter(([, role]) => role === 'parent')
        .map(([owner, role, , kin, quote]) => [owner, role, kin, quote]),
    ).toEqual([
      ['Mary Benson', 'parent', 'Thomas Hale', 'Mary Benson sat by the window and waited for her father'],
      ['Mary Benson', 'parent', 'Thomas Hale', "Thomas Hale, Mary Benson's father"],
    ]);
  });

  it('reads no brother named only later: a sister may have several', () => {
    expect(
      namedRelations(
        `${people} Mary Benson sat by the window and waited for her brother.\n\nThomas Hale, Mary Benson's brother, came home late.`,
      ).map(([, , , , quote]) => quote),
    ).toEqual(["Thomas Hale, Mary Benson's brother"]);
  });
});

describe('"<A> and <B> and their cousin <C>": the kin of each', () => {
  const people = more('Ellen Grey', 'Walter Grey', 'George Crane');
  it('reads C as the cousin of A and of B', () => {
    expect(
      namedRelations(
        `${people} Ellen Grey and Walter Grey and their cousin George Crane went down to the pool.`,
      ),
    ).toEqual([
      [
        'Ellen Grey',
        'cousin',
        'cousin',
        'George Crane',
        'Ellen Grey and Walter Grey and their cousin George Crane',
      ],
      [
        'Walter Grey',
        'cousin',
        'cousin',
        'George Crane',
        'Ellen Grey and Walter Grey and their cousin George Crane',
      ],
    ]);
  });

  it('reads no kin of one name alone, nor of names a verb stands after', () => {
    expect(
      namedRelations(
        `${people} Walter Grey and their cousin George Crane went down to the pool. Ellen Grey and Walter Grey met their cousin George Crane at the gate.`,
      ),
    ).toEqual([]);
  });
});

describe('"He was the son of <Name>": a resolved pronoun with the verb', () => {
  const people = more('Walter Grey', 'George Crane');
  it('reads the kin of the person the pronoun is', () => {
    expect(
      namedRelations(
        `${people} Walter Grey came to the mill in May. He was the son of old George Crane, the miller.`,
      ),
    ).toContainEqual(['George Crane', 'child', 'son', 'Walter Grey', 'He was the son of old George Crane']);
  });

  it('reads no kin of a name that is not the one after "of"', () => {
    expect(
      namedRelations(
        `${people} Walter Grey came to the mill in May. He was the son of a farmer and George Crane was his master. She was the daughter of George Crane's friend.`,
      ).filter(([, role]) => role === 'child' || role === 'parent'),
    ).toEqual([]);
  });
});

describe('an unnamed kin that owns something ("his wife\'s views")', () => {
  const people = more('Thomas Hale', 'Ann Lacey', 'Mary Benson', 'Walter Grey', 'George Crane');
  it('reads the kin as the one the text names', () => {
    expect(
      namedRelations(
        `${people} Ann Lacey, Thomas Hale's wife, kept the inn.\n\nThomas Hale had hoped that his wife's views on the stranger would change.`,
      ).map(([owner, role, , kin, quote]) => [owner, role, kin, quote]),
    ).toContainEqual([
      'Thomas Hale',
      'spouse',
      'Ann Lacey',
      "Thomas Hale had hoped that his wife's views on the stranger would change",
    ]);
  });

  it('takes no name after the thing owned for the kin ("her uncle\'s favourite, George Crane")', () => {
    expect(
      namedRelations(
        `${people} Walter Grey, Mary Benson's uncle, kept the mill.\n\nMary Benson smiled at her uncle's favourite, George Crane, across the yard.`,
      )
        .filter(([, role]) => role === 'uncle')
        .map(([, , , kin]) => kin),
    ).toEqual(['Walter Grey', 'Walter Grey']);
  });
});
