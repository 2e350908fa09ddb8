import { describe, expect, it } from 'vitest';
import { namedRelations } from './helpers.js';

const PEOPLE = ['Ann Lacey', 'Jane Hale', 'Thomas Hale', 'Mary Benson', 'George Crane', 'Ellen Crane']
  .map((n) => `${n} came into the village on market day and bought a basket of apples.`)
  .join(' ');

describe('kin with no name near', () => {
  it('ties "his sister" to the one sister the text has named by then, with the clause as its passage', () => {
    expect(
      namedRelations(
        `${PEOPLE}\n\nAnn Lacey, Thomas Hale's sister, kept house for him.\n\nThomas Hale was a patient man, far gentler than his sister, and the men liked him.`,
      ),
    ).toEqual([
      ['Thomas Hale', 'sibling', 'sister', 'Ann Lacey', "Ann Lacey, Thomas Hale's sister"],
      ['Thomas Hale', 'sibling', 'sister', 'Ann Lacey', 'far gentler than his sister'],
    ]);
  });

  it('leaves "his sister" alone when two sisters are named by then', () => {
    expect(
      namedRelations(
        `${PEOPLE}\n\nAnn Lacey, Thomas Hale's sister, kept the house. Jane Hale, Thomas Hale's sister, kept the shop.\n\nThomas Hale was a patient man, far gentler than his sister.`,
      ).map(([, , , other, quote]) => [other, quote]),
    ).toEqual([
      ['Ann Lacey', "Ann Lacey, Thomas Hale's sister"],
      ['Jane Hale', "Jane Hale, Thomas Hale's sister"],
    ]);
  });

  it('leaves "his sister" alone when no sister is named before it, and in another\'s speech', () => {
    expect(
      namedRelations(
        `${PEOPLE}\n\nThomas Hale was far gentler than his sister.\n\nAnn Lacey, Thomas Hale's sister, kept house.`,
      ),
    ).toHaveLength(1);
    expect(
      namedRelations(
        `${PEOPLE}\n\nAnn Lacey, Thomas Hale's sister, kept house for him. “I never cared for his sister,” said Mary Benson.`,
      ),
    ).toHaveLength(1);
  });

  it('reads "her brother" and, in the next sentence, a named man\'s "his sister" as each other\'s', () => {
    expect(
      namedRelations(
        `${PEOPLE}\n\nAt Easter Mary Benson had the pleasure of receiving her brother and his wife. George Crane was a quiet, sensible man, much wiser than his sister in every way.`,
      ),
    ).toEqual([
      [
        'Mary Benson',
        'sibling',
        'brother',
        'George Crane',
        'At Easter Mary Benson had the pleasure of receiving her brother and his wife',
      ],
      ['George Crane', 'sibling', 'sister', 'Mary Benson', 'much wiser than his sister in every way'],
    ]);
  });

  it('does not pair kin of one sex, kin paragraphs apart, or a man whose sister is named', () => {
    const pairs = (first: string, second: string, between = ' ') =>
      namedRelations(`${PEOPLE}\n\n${first}${between}${second}`).filter(
        ([, , , , quote]) => !quote.includes("'s sister"),
      );
    const wiser = 'George Crane was a quiet, sensible man, much wiser than his sister in every way.';
    expect(
      pairs('At Easter Mary Benson had the pleasure of receiving her sister and her children.', wiser),
    ).toEqual([]);
    expect(
      pairs(
        'At Easter Mary Benson had the pleasure of receiving her brother and his wife.',
        wiser,
        '\n\nThe hay was got in.\n\n',
      ),
    ).toEqual([]);
    expect(
      pairs(
        "Ellen Crane, George Crane's sister, lived at Ashby. At Easter Mary Benson had the pleasure of receiving her brother and his wife.",
        wiser,
      ).map(([, , , other]) => other),
    ).toEqual(['Ellen Crane']);
  });

  it('gives "his wife" after "her brother and" to no other man the resolver names before', () => {
    const wives = (text: string) =>
      namedRelations(text).filter(([, role, , , quote]) => role === 'spouse' && !quote.includes("'s wife"));
    const married = `${PEOPLE}\n\nJane Hale, Thomas Hale's wife, kept the inn.\n\n`;
    expect(
      wives(
        `${married}Thomas Hale rode to the fair. At Easter Mary Benson had the pleasure of receiving her brother and his wife.`,
      ),
    ).toEqual([]);
    // Guard: "his brother and his wife" may be the first man's wife (one sex): the resolver's reading stands.
    expect(
      wives(`${married}At Easter Thomas Hale had the pleasure of receiving his brother and his wife.`),
    ).toEqual([
      [
        'Thomas Hale',
        'spouse',
        'wife',
        'Jane Hale',
        'At Easter Thomas Hale had the pleasure of receiving his brother and his wife',
      ],
    ]);
  });
});

describe("a pronoun's kin named before, by sex", () => {
  const father = `${PEOPLE}\n\nThomas Hale, Mary Benson's father, kept the inn.\n\n`;
  /** The relations read at the pronoun's kin. */
  const waiting = (text: string) =>
    namedRelations(text).filter(([, , , , quote]) => quote.startsWith('where'));
  it('does not give "her mother" the father named before', () => {
    expect(waiting(`${father}Mary Benson went home, where her mother waited.`)).toEqual([]);
  });

  it('still gives "her father" the father named before', () => {
    expect(waiting(`${father}Mary Benson went home, where her father waited.`)).toEqual([
      ['Mary Benson', 'parent', 'father', 'Thomas Hale', 'where her father waited'],
    ]);
  });
});
