import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** The relation issues of a manuscript of the given chapters. */
const relationIssues = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'relation')
    .map((i) => i.summary);

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
});
