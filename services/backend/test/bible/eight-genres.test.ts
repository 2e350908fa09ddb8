/**
 * Rules for shapes the sixth generality set (generality-set-6.ts) holds, each with a guard: a count
 * between the article and a family's surname ("the two Pettigrew boys"), a name the text says is a
 * settlement or a house ("Harling is a small village"), a crew's or a regiment's calling the
 * occupations lacked ("the bosun", "the padre"), and a bare surname the text says is a man's beside a
 * wife named in full ("Brindle was a small bent man" beside "Mrs. Agatha Brindle").
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

function characterNames(text: string): string[] {
  return extract([source(text)])
    .entities.filter((e) => e.type === 'character')
    .flatMap((e) => [e.name, ...e.aliases]);
}

describe('a count between the article and a family surname', () => {
  const text = `Mr. Quilliam kept the mill, and the three Quilliam girls kept the house. The three Quilliam girls were older than their brother. Hannah Quilliam baked, Ruth Quilliam sewed, and the youngest sang.

On Sunday the three Quilliam girls walked to church behind Mr. Quilliam. "Hurry," said Mr. Quilliam. Hannah Quilliam laughed at him.`;

  it('reads "the three Quilliam girls" as the family, not one of it', () => {
    expect(characterNames(text)).not.toContain('Quilliam');
  });

  it('guard: the father "Mr. Quilliam" and the daughters named in full stay people of their own', () => {
    const extraction = extract([source(text)]);
    const people = ['Mr. Quilliam', 'Hannah Quilliam', 'Ruth Quilliam'].map((name) =>
      holding(extraction, name).filter((e) => e.type === 'character'),
    );
    expect(people.map((entries) => entries.length)).toEqual([1, 1, 1]);
    expect(new Set(people.flatMap((entries) => entries.map((e) => e.key))).size).toBe(3);
  });
});

describe('a name the text says is a settlement or a house', () => {
  it('reads "Harrowfield is a small village on a hill" as a place however its people act', () => {
    const text = `Harrowfield is a small village on a hill above the river. Harrowfield heard the news by noon. Harrowfield laughed at the new curate, and Harrowfield said he would not last the winter.

The curate stayed ten years. Harrowfield forgave him in the end.`;
    const extraction = extract([source(text)]);
    expect(holding(extraction, 'Harrowfield').map((e) => e.type)).toEqual(['location']);
  });

  it('guard: a family after "of" is no subject ("the farm of the Ashcombes was a long low farm")', () => {
    const text = `Tom Ashcombe and Mrs. Ashcombe kept the farm. The farm of the Ashcombes was a long low farm by the river. The Ashcombes had kept it for a hundred years.`;
    const extraction = extract([source(text)]);
    expect(holding(extraction, 'Ashcombes').map((e) => e.type)).not.toContain('location');
  });

  it('guard: "Dimmock was a village carrier" stays someone (the noun is a calling\'s, not the place\'s)', () => {
    const text = `Dimmock was a village carrier with a grey horse. Dimmock said the road was flooded. "Wait till Monday," said Dimmock, and Dimmock went home to his supper.`;
    expect(characterNames(text)).toContain('Dimmock');
  });
});

describe('a calling of a crew or a regiment as one nameless person', () => {
  it('takes "the bosun" who acts and speaks throughout a short text for a character', () => {
    const text = `The bosun came on deck at dawn. "All hands," said the bosun. The bosun looked at the sky.

The bosun took the wheel himself. "She'll blow by noon," the bosun said. The bosun was right.`;
    expect(characterNames(text)).toContain('the bosun');
  });

  it('guard: no nameless "the bosun" beside a named one ("Jem Pascoe, the bosun,")', () => {
    const text = `Jem Pascoe, the bosun, came on deck at dawn. "All hands," said the bosun. The bosun looked at the sky.

The bosun took the wheel himself. "She'll blow by noon," the bosun said. The bosun was right.`;
    expect(characterNames(text)).not.toContain('the bosun');
  });
});

describe('a bare surname the text says is a man, beside a wife named in full', () => {
  it('keeps "Pascoe was a short stout man" apart from "Mrs. Martha Pascoe"', () => {
    const text = `Mrs. Martha Pascoe kept the inn by the harbour. Pascoe was a short stout man, as idle as his wife was busy. Mrs. Pascoe did the work.

Pascoe sat by the fire all winter. "Nothing to be done," said Pascoe. Mrs. Martha Pascoe did not answer him.`;
    const extraction = extract([source(text)]);
    expect(one(extraction, 'Pascoe')).not.toBe(one(extraction, 'Mrs. Martha Pascoe'));
  });

  it('guard: "Pascoe was a short stout woman" is Mrs. Martha Pascoe', () => {
    const text = `Mrs. Martha Pascoe kept the inn by the harbour. Pascoe was a short stout woman, as busy as the tide. Mrs. Pascoe did the work.

Pascoe sat by the fire all winter. "Nothing to be done," said Pascoe. Mrs. Martha Pascoe went to bed.`;
    const extraction = extract([source(text)]);
    expect(one(extraction, 'Pascoe')).toBe(one(extraction, 'Mrs. Martha Pascoe'));
  });
});
