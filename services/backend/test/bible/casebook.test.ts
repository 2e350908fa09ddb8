/**
 * How a casebook of short cases names its people (The Marlow Memoranda, docs/quality/story-bible.md,
 * twenty-third session): each rule's behaviour on a passage written for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a casebook of short cases', () => {
  it('joins "Mrs. Tarrant" to the "she" who "was married at St. Pancras to Mr. Arthur Tarrant"', () => {
    const text = `Miss Violet Sayle came in. Miss Sayle sat down by the fire.

Miss Sayle wrote to us in June. She was married at St. Pancras to Mr. Arthur Tarrant, a fair young man.

Mrs. Tarrant came back two years later. Mrs. Tarrant sat down. "My husband is in trouble," said Mrs. Tarrant.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Tarrant')).toBe(one(result, 'Miss Sayle'));
    expect(result.relations).toContainEqual(
      expect.objectContaining({
        type: 'spouse',
        sourceKey: one(result, 'Miss Sayle').key,
        targetKey: one(result, 'Mr. Arthur Tarrant').key,
      }),
    );
  });

  it('makes no character of "the pawnbroker" when the client is brought in as "Mr. Josiah Fenn, a pawnbroker of Clerkenwell"', () => {
    const text = `The gentleman was Mr. Josiah Fenn, a pawnbroker of Clerkenwell, a stout, anxious man. He sat down.

"I have kept a shop for twenty years," said Mr. Fenn.

"There is a Danby who repairs clocks," said the pawnbroker slowly. The pawnbroker stared at us. "No," said the pawnbroker. The pawnbroker laughed. Fenn went home.`;
    const result = extract([source(text)]);
    expect(holding(result, 'the pawnbroker')).toEqual([]);
    expect(one(result, 'Mr. Josiah Fenn').aliases).toContain('Mr. Fenn');
  });

  it('ends the sentence at a title written whole and a stop ("the Count. Let your daughter ...")', () => {
    const text = `"Do nothing, Mr. Garside. Be pleasant to the Count. Let your daughter be happy." The Count laughed. "Good morning, Count," said Marlow. Marlow went out.`;
    const result = extract([source(text)]);
    expect(result.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.includes('Let')))).toEqual([]);
    expect(one(result, 'Mr. Garside').type).toBe('character');
  });

  it('places neither end of a journey "from London Bridge to Dover" in the other', () => {
    const text = `In the grate Marlow found the corner of a railway ticket: a return half from London Bridge to Dover, for the Monday. We went to Dover that night, and Marlow walked on the pier at Dover. London Bridge was crowded.`;
    const result = extract([source(text)]);
    const bridge = one(result, 'London Bridge');
    expect(result.relations.filter((r) => r.type === 'located_in' && r.sourceKey === bridge.key)).toEqual([]);
  });

  it('takes no full name from a phrase of a heading in capitals ("THE COUNT FROM CARINTHIA" makes "Carinthia" no surname)', () => {
    const text = `III. THE COUNT FROM CARINTHIA

She is engaged to Count von Strelitz, of an old family in Carinthia. He came to London in the winter.

"My dear Pennick, I think he has never been nearer Carinthia than Margate."

There was an old family of von Strelitz in Carinthia; its last Count had died in 1859.`;
    const result = extract([source(text)]);
    expect(one(result, 'Carinthia').type).toBe('location');
  });
});
