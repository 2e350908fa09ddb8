/**
 * A husband named only by title and surname whose given name his wife is named by ("Mrs. Robert
 * Haldane", "Mr. Haldane", "Robert says"): issue 17, the fourth generality set
 * (docs/quality/story-bible.md, thirty-ninth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe("a given name alone that a wife's married name gives her husband", () => {
  it('is the one man of her surname, named only by title', () => {
    const text = `The letter was addressed to Mrs. Robert Haldane. Mrs. Haldane read it at breakfast. "Robert says that the heat is very great," she said.

Mr. Haldane came home at Christmas. "She has been happy here, Robert," said Mrs. Haldane. Robert said nothing.`;
    const result = extract([source(text)]);
    const husband = one(result, 'Mr. Haldane');
    expect(one(result, 'Robert')).toBe(husband);
    expect(one(result, 'Mrs. Robert Haldane')).not.toBe(husband);
  });

  it('is not the husband when the text brings him in as her son', () => {
    const text = `The letter was addressed to Mrs. Robert Haldane. Mrs. Haldane came down with her son Robert, a boy of ten. Robert ran to the window.

Mr. Haldane came home at Christmas. Robert did not know him.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Robert').map((e) => e.key)).not.toContain(one(result, 'Mr. Haldane').key);
  });

  it('is not the husband when two men bear the surname', () => {
    const text = `The letter was addressed to Mrs. Robert Haldane. Mrs. Haldane read it at breakfast. "Robert says that the heat is very great," she said.

Mr. Haldane came home at Christmas, and his brother Captain Haldane with him. Robert said nothing.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Robert').map((e) => e.key)).not.toContain(one(result, 'Mr. Haldane').key);
  });
});
