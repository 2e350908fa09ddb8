import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const countSummaries = (...bodies: string[]): string[] =>
  checkText(chapters(...bodies))
    .filter((i) => i.kind === 'count')
    .map((i) => i.summary);

describe("counts of children by a child's place, and owned counts in new shapes (detect.ts)", () => {
  it('flags an only son against a second son of the same parent', () => {
    expect(
      countSummaries(
        'Robert Hale, second son of Thomas Hale, came to the house in May.',
        "Robert Hale, Thomas Hale's only son, shrugged his shoulders.",
      ),
    ).toEqual([expect.stringMatching(/^Thomas Hale's sons are 1 .* but at least 2 /)]);
  });

  it('flags fewer children than a place states, and nothing when there are as many or more', () => {
    expect(
      countSummaries('Thomas Hale had two daughters.', "Thomas Hale's third daughter was married."),
    ).toEqual([expect.stringMatching(/^Thomas Hale's daughters are 2 .* but at least 3 /)]);
    expect(
      countSummaries('Thomas Hale had five daughters.', "Thomas Hale's third daughter was married."),
    ).toEqual([]);
    expect(
      countSummaries('Robert, second son of Thomas Hale, came.', "Thomas Hale's third son was married."),
    ).toEqual([]);
  });

  it('flags a count in an aside against the count the owner had, and not one the text says changed', () => {
    expect(
      countSummaries(
        'Thomas Hale married the daughter of a brewer, by whom he now has two children.',
        "He had promised a toy to Thomas Hale's children, three in number.",
      ),
    ).toEqual([expect.stringMatching(/^Thomas Hale's children are 2 .* but 3 /)]);
    expect(
      countSummaries('Thomas Hale had three children.', 'Years later Thomas Hale now has two children.'),
    ).toEqual([]);
  });
});
