import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { extractFacts } from '../../src/continuity/index.js';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

/** Sentences that name people beyond the filler's four, so that the story bible knows them. */
const more = (...names: string[]): string =>
  names.map((n) => `${n} came into the village on market day and bought a basket of apples.`).join(' ');

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

describe('kin beyond a limit the text states (the forty-sixth pass)', () => {
  const brothers = more('George Crane', 'Walter Crane');

  it('finds a second brother of an "only brother"', () => {
    expect(
      relationIssues(
        `${brothers} Edward Crane's only brother, George Crane, was a lawyer in London.`,
        "Walter Crane, Edward Crane's brother, came home from the navy.",
      ),
    ).toEqual([
      "Edward Crane has only one brother, George Crane, in Chapter 1 but Walter Crane is Edward Crane's brother in Chapter 2.",
    ]);
  });

  it('leaves an only brother alone beside a half-brother, a sister, or himself named again', () => {
    expect(
      relationIssues(
        `${brothers} Edward Crane's only brother, George Crane, was a lawyer in London.`,
        "Walter Crane, Edward Crane's half-brother, came home from the navy. Ann Lacey, Edward Crane's sister, met him.",
      ),
    ).toEqual([]);
    expect(
      relationIssues(
        `${brothers} Edward Crane's only brother, George Crane, was a lawyer in London.`,
        "Edward Crane's brother, George Crane, came home from London.",
      ),
    ).toEqual([]);
  });

  it('finds more of the kin counted than an "only" allows', () => {
    expect(
      relationIssues(
        `${brothers} Edward Crane's only brother, George Crane, was a lawyer in London.`,
        'Edward Crane had three brothers, all sailors.',
      ),
    ).toEqual([
      'Edward Crane has only one brother, George Crane, in Chapter 1 but has 3 brothers in Chapter 2.',
    ]);
    expect(
      relationIssues("Mary Benson, Thomas Hale's only child, came in.", 'Thomas Hale had two sons.'),
    ).toEqual(['Thomas Hale has only one child, Mary Benson, in Chapter 1 but has 2 sons in Chapter 2.']);
  });

  it('leaves an "only" alone beside kin of another class counted, or a count that marks a change', () => {
    const only = `${brothers} Edward Crane's only brother, George Crane, was a lawyer in London.`;
    expect(relationIssues(only, 'Edward Crane had two sisters.')).toEqual([]);
    expect(relationIssues(only, 'Edward Crane now has two brothers.')).toEqual([]);
  });

  it('finds a brother or sister of one who has none', () => {
    const sister = `${more('Jane Benson')} Jane Benson, Mary Benson's sister, came to stay.`;
    expect(relationIssues('Mary Benson was an only child.', sister)).toHaveLength(1);
    expect(relationIssues('Mary Benson had no brothers or sisters.', sister)).toHaveLength(1);
    expect(relationIssues('Mary Benson, an only daughter, was spoiled.', sister)).toHaveLength(1);
  });

  it('finds brothers or sisters counted for one who has none', () => {
    expect(relationIssues('Mary Benson was an only child.', 'Mary Benson had two sisters in York.')).toEqual([
      'Mary Benson has no brother or sister in Chapter 1 but has 2 sisters in Chapter 2.',
    ]);
    expect(relationIssues('Thomas Hale was an only son.', 'Thomas Hale had two younger brothers.')).toEqual([
      'Thomas Hale has no brother in Chapter 1 but has at least 2 brothers in Chapter 2.',
    ]);
  });

  it("leaves alone kin counted that the limit allows, a count that marks a change, and a speaker's count", () => {
    expect(relationIssues('Thomas Hale was an only son.', 'Thomas Hale had three sisters in York.')).toEqual(
      [],
    );
    expect(relationIssues('Mary Benson was an only child.', 'Mary Benson now has two sisters.')).toEqual([]);
    expect(
      relationIssues('Mary Benson was an only child.', '"Mary Benson had two sisters," said Thomas Hale.'),
    ).toEqual([]);
  });

  it("reads kin lacking as a status with the text's words on one line", () => {
    const text = chapters('Mary Benson had no\nbrothers, and Edward Crane was an only child.');
    const source: SourceText = { fileId: 'book', text, chapters: [] };
    expect(
      extractFacts(source, extract([source]))
        .filter((f) => f.kind === 'status')
        .map((f) => [f.entityKey, f.value, f.detail]),
    ).toEqual([
      ['character:mary-benson', 'no brother', 'had no brothers'],
      ['character:edward-crane', 'no brother or sister', 'was an only child'],
    ]);
  });

  it('leaves alone a sister of one who has no brother, and brothers who died', () => {
    const sister = `${more('Jane Benson')} Jane Benson, Mary Benson's sister, came to stay.`;
    expect(relationIssues('Mary Benson had no brother.', sister)).toEqual([]);
    expect(
      relationIssues(
        'Mary Benson was an only daughter.',
        "Thomas Hale, Mary Benson's brother, came to stay.",
      ),
    ).toEqual([]);
    expect(relationIssues('Mary Benson had no sisters living.', sister)).toEqual([]);
  });

  it('finds two spouses at once, each stated by name', () => {
    expect(
      relationIssues(
        "Ann Lacey had been Edward Crane's wife for ten years.",
        'Ann Lacey and her husband, Thomas Hale, dined with the vicar.',
      ),
    ).toEqual([
      "Ann Lacey is married to Edward Crane in Chapter 1 but Thomas Hale is Ann Lacey's spouse in Chapter 2.",
    ]);
  });

  it('leaves two marriages alone when one ended: a death, a second husband, a late husband', () => {
    const first = "Ann Lacey had been Edward Crane's wife for ten years.";
    expect(
      relationIssues(
        first,
        'Edward Crane died.',
        'Ann Lacey and her husband, Thomas Hale, dined with the vicar.',
      ),
    ).toEqual([]);
    expect(relationIssues(first, "Thomas Hale, Ann Lacey's second husband, dined with the vicar.")).toEqual(
      [],
    );
    expect(
      relationIssues(
        'Ann Lacey was the widow of Edward Crane.',
        'Ann Lacey and her husband, Thomas Hale, dined with the vicar.',
      ),
    ).toEqual([]);
  });
});

const SISTERS = more('Ann Benson', 'Jane Benson', 'Kate Benson');

describe('a count of kin against the kin the text names', () => {
  it('finds a third sister named beside "two sisters"', () => {
    expect(
      relationIssues(
        `${SISTERS} Mary Benson had two sisters and no brother. Ann Benson was Mary Benson's sister.`,
        "Jane Benson, Mary Benson's sister, kept the shop. Kate Benson, Mary Benson's sister, kept the dairy.",
      ),
    ).toEqual([
      "Mary Benson has 2 sisters in Chapter 1 but Kate Benson is Mary Benson's sister in Chapter 2.",
    ]);
  });

  it('leaves as many named sisters as the count', () => {
    expect(
      relationIssues(
        `${SISTERS} Mary Benson had two sisters and no brother. Ann Benson was Mary Benson's sister.`,
        "Jane Benson, Mary Benson's sister, kept the shop.",
      ),
    ).toEqual([]);
  });

  it('counts a sister the extraction may split in two ("Benson", "Jane Benson") once', () => {
    expect(
      relationIssues(
        `${SISTERS} Mary Benson had two sisters and no brother. Ann Benson was Mary Benson's sister.`,
        "Jane Benson, Mary Benson's sister, kept the shop. Benson, Mary Benson's sister, sang.",
      ),
    ).toEqual([]);
  });

  it('leaves kin of another class than the count: a daughter beside "two sons"', () => {
    expect(
      relationIssues(
        `${more('Walter Grey', 'George Grey', 'Ellen Grey')} Robert Grey had two sons. Walter Grey was the son of Robert Grey.`,
        "George Grey, Robert Grey's son, kept the mill. Ellen Grey, Robert Grey's daughter, kept the books.",
      ),
    ).toEqual([]);
  });

  it('counts every child against "children"', () => {
    expect(
      relationIssues(
        `${more('Walter Grey', 'George Grey', 'Ellen Grey')} Robert Grey had two children. Walter Grey was the son of Robert Grey.`,
        "George Grey, Robert Grey's son, kept the mill. Ellen Grey, Robert Grey's daughter, kept the books.",
      ),
    ).toEqual([
      "Robert Grey has 2 children in Chapter 1 but Ellen Grey is Robert Grey's child in Chapter 2.",
    ]);
  });

  it('leaves a count a speaker gives', () => {
    expect(
      relationIssues(
        `${SISTERS} “Mary Benson has two sisters,” said Thomas Hale. Ann Benson was Mary Benson's sister.`,
        "Jane Benson, Mary Benson's sister, kept the shop. Kate Benson, Mary Benson's sister, kept the dairy.",
      ),
    ).toEqual([]);
  });

  it('leaves an only daughter to the check of "only" kin, one issue', () => {
    expect(
      relationIssues(
        `${more('Ann Hale', 'Lucy Hale')} Ann Hale, Thomas Hale's only daughter, kept the books.`,
        "Lucy Hale, Thomas Hale's daughter, kept the mill.",
      ),
    ).toHaveLength(1);
  });

  it('weighs only the counts told since a birth the text tells', () => {
    expect(
      relationIssues(
        `${more('Walter Grey', 'George Grey', 'Henry Grey')} Robert Grey had two sons. Walter Grey was the son of Robert Grey. George Grey was the son of Robert Grey.`,
        "Robert Grey's wife gave birth to a third son. Robert Grey had three sons. Henry Grey, Robert Grey's son, slept in the cradle.",
      ),
    ).toEqual([]);
  });
});
