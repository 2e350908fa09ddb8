/**
 * The fortieth session's relation rules: two names "were twins", "<A> gave birth to <B>", and an
 * in-law a speaker calls by the plain kin word. Each test fails on the code before its rule; each
 * guard shows where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

describe('"were twins"', () => {
  it('reads two names that were twins as siblings, against a mother', () => {
    expect(
      relationIssues(
        `${more('Ellen Grey', 'Jane Grey')} Ellen Grey and Jane Grey were twins, and no one could tell them apart.`,
        "Ellen Grey, Jane Grey's mother, called her in from the yard.",
      ),
    ).toHaveLength(1);
  });
  it('does not read "were like twins"', () => {
    expect(
      relationIssues(
        `${more('Ellen Grey', 'Jane Grey')} Ellen Grey and Jane Grey were like twins, and no one could tell them apart.`,
        "Ellen Grey, Jane Grey's mother, called her in from the yard.",
      ),
    ).toEqual([]);
  });
});

describe('"gave birth to"', () => {
  it('reads the one born as the child of the one who gave birth, against a sister', () => {
    expect(
      relationIssues(
        `${more('George Crane')} At midsummer Mary Benson gave birth to George Crane.`,
        "Mary Benson, George Crane's sister, rocked his cradle.",
      ),
    ).toHaveLength(1);
  });
  it('reads a resolved "she" as the one who gave birth, and not a "he"', () => {
    expect(
      relationIssues(
        `${more('George Crane')} Mary Benson came home in May. At midsummer she gave birth to George Crane.`,
        "Mary Benson, George Crane's sister, rocked his cradle.",
      ),
    ).toHaveLength(1);
    expect(
      relationIssues(
        `${more('George Crane')} Edward Crane came home in May. At midsummer he gave birth to George Crane.`,
        "Edward Crane, George Crane's brother, rocked his cradle.",
      ),
    ).toEqual([]);
  });
  it('does not read a possessive after it as the child ("gave birth to <Name>\'s son")', () => {
    expect(
      relationIssues(
        `${more('George Crane')} At midsummer Mary Benson gave birth to George Crane's son.`,
        "Mary Benson, George Crane's wife, rocked the cradle.",
      ),
    ).toEqual([]);
  });
});

describe('an in-law a speaker calls by the plain kin word', () => {
  it('does not set "my brother" in speech against a brother-in-law in the narration', () => {
    expect(
      relationIssues(
        `${more('Walter Grey')} Walter Grey, Ann Lacey's brother-in-law, brought the cart round.`,
        '“My brother Walter is a good man,” said Ann Lacey to the curate.',
      ),
    ).toEqual([]);
  });
  it('still sets a brother in the narration against a brother-in-law', () => {
    expect(
      relationIssues(
        `${more('Walter Grey')} Walter Grey, Ann Lacey's brother-in-law, brought the cart round.`,
        "Walter Grey, Ann Lacey's brother, mended the gate.",
      ),
    ).toHaveLength(1);
  });
  it('still sets "my husband" in speech against a brother-in-law', () => {
    expect(
      relationIssues(
        `${more('Walter Grey')} Walter Grey, Ann Lacey's brother-in-law, brought the cart round.`,
        '“My husband Walter is a good man,” said Ann Lacey to the curate.',
      ),
    ).toHaveLength(1);
  });
});

describe('"whose <kin> <Name> was away", no comma', () => {
  it('reads the name as the kin when the clause says it was away', () => {
    expect(
      relationIssues(
        `${more('George Crane')} George Crane was Ann Lacey's brother, and he kept the inn.`,
        'Ann Lacey, whose husband George Crane was away at sea, kept the shop alone.',
      ),
    ).toHaveLength(1);
  });
  it('does not read the name as the kin when it may be the subject ("whose husband George Crane was fond of")', () => {
    expect(
      relationIssues(
        `${more('George Crane')} George Crane was Ann Lacey's brother, and he kept the inn.`,
        'Ann Lacey, whose husband George Crane was fond of, kept the shop alone.',
      ),
    ).toEqual([]);
  });
});

describe('a proposal accepted', () => {
  it('reads "<A> asked <B> to marry him, and she said yes" as an engagement, against a brother', () => {
    expect(
      relationIssues(
        `${more('Walter Grey')} Walter Grey asked Ellen Grey to marry him, and she said yes.`,
        "Walter Grey, Ellen Grey's brother, carried her trunk to the coach.",
      ),
    ).toHaveLength(1);
  });
  it('does not read a proposal refused', () => {
    expect(
      relationIssues(
        `${more('Walter Grey')} Walter Grey asked Ellen Grey to marry him, and she refused him.`,
        "Walter Grey, Ellen Grey's brother, carried her trunk to the coach.",
      ),
    ).toEqual([]);
  });
});

describe('"I married <Name>" in the narration of an unnamed narrator', () => {
  const teller = 'I was born in the low cottage under the downs.';
  it("reads the one married as the narrator's spouse, against a sister", () => {
    expect(
      relationIssues(
        `${more('Ann Lacey')} ${teller} I married Ann Lacey when the war was over.`,
        'Ann Lacey, my sister, wrote to me from Ashby.',
      ),
    ).toHaveLength(1);
  });
  it('does not read a parson\'s "I married <Name> to <Name>"', () => {
    expect(
      relationIssues(
        `${more('Ann Lacey', 'Walter Grey')} ${teller} I married Ann Lacey to Walter Grey when the war was over.`,
        'Ann Lacey, my sister, wrote to me from Ashby.',
      ),
    ).toEqual([]);
  });
});
