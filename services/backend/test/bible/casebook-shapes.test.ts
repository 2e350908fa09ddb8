/**
 * Name shapes of nineteenth-century casebooks, from The Halloran Casebook (docs/quality/story-bible.md,
 * thirtieth session, bible71): a name revealed as another's, a nationality made with "woman", and a
 * surname's particle after a title or a given name. Passages of my own, none from the manuscript.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a name revealed by "none other than"', () => {
  it('joins the false name given before a speech attribution to the name revealed', () => {
    const text = `"The lodger who called himself Captain Grey," said Maddox, "was none other than Arthur Pellew, the banker's son."

Captain Grey paid his rent in gold. Arthur Pellew had been in India. Captain Grey left on Tuesday.`;
    const result = extract([source(text)]);
    expect(one(result, 'Captain Grey')).toBe(one(result, 'Arthur Pellew'));
    expect(one(result, 'Maddox')).not.toBe(one(result, 'Arthur Pellew'));
  });

  it('joins the name just before "was none other than"', () => {
    const text = `We learned at last that Mr. Fenn was none other than Robert Haldane, who had fled from Leeds.

Mr. Fenn kept his door locked. Robert Haldane had been a clerk. Mr. Fenn spoke little.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Fenn')).toBe(one(result, 'Robert Haldane'));
  });

  it('leaves apart a name before "it was none other than"', () => {
    const text = `Mr. Fenn waited in the hall. It was none other than Robert Haldane who came down the stairs.

Mr. Fenn bowed. Robert Haldane did not. Mr. Fenn left.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Fenn')).not.toBe(one(result, 'Robert Haldane'));
  });
});

describe('a nationality made with "man" or "woman"', () => {
  it('is no one: "a Frenchwoman called Aline"', () => {
    const text = `Mrs. Dane kept a maid, a Frenchwoman called Aline, who spoke very little. Aline sewed by the window. The Frenchwoman sighed. Aline went to bed. An Irishman came to the door and Mrs. Dane sent him away.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Frenchwoman')).toEqual([]);
    expect(holding(result, 'Irishman')).toEqual([]);
    expect(one(result, 'Aline').type).toBe('character');
  });

  it('is no one or nowhere written alone: "a Canadian way of saying", "the Bretons tied up"', () => {
    const text = `Jem said the man had a Canadian way of saying his words. He had been a Canadian sailor once, and had gone home to Canada. A Breton crabber came into Porthkennack, and the Bretons tied up on the east quay. Jem watched the Breton crabber go out on the tide.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Canadian')).toEqual([]);
    expect(holding(result, 'Breton')).toEqual([]);
    expect(holding(result, 'Bretons')).toEqual([]);
    expect(one(result, 'Canada').type).toBe('location');
  });

  it('leaves a surname ending in "man" that is no nationality', () => {
    const text = `Mr. Freeman kept a maid called Aline. Freeman was kind to her. Mr. Freeman died in the spring, and Aline wept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Freeman').type).toBe('character');
  });
});

describe("a surname's particle", () => {
  it('keeps a title across the particle, so the full name joins it', () => {
    const text = `Mademoiselle de Launay came to us in the snow. Her name was Helene de Launay, and her father had been a notary in Rouen. Miss de Launay drank her tea. Helene de Launay thanked us and went.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mademoiselle de Launay')).toBe(one(result, 'Helene de Launay'));
    expect(one(result, 'Miss de Launay')).toBe(one(result, 'Helene de Launay'));
  });

  it('keeps a mother and her daughter of one particled surname apart', () => {
    const text = `Lady Anne van Rijn sat by the fire. Miss van Rijn, her daughter, played the harp. Lady Anne spoke sharply. Miss van Rijn stopped playing.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss van Rijn')).not.toBe(one(result, 'Lady Anne van Rijn'));
  });

  it('reads a particle after a given name written alone as the surname\'s ("Ludwig van Beethoven")', () => {
    const text = `Ludwig van Beethoven wrote the sonata. Beethoven was deaf by then. Ludwig van Beethoven died in Vienna.`;
    const result = extract([source(text)]);
    expect(one(result, 'Ludwig van Beethoven')).toBe(one(result, 'Beethoven'));
  });

  it('does not join a lower-case "de" after a place', () => {
    const text = `They sailed from London de facto as prisoners. Captain Rowe kept the log. Captain Rowe slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'London de')).toEqual([]);
  });
});

describe('a maiden name and "she was Mrs. X now"', () => {
  it("joins the unmarried name to the married one, a husband's given name in it or not", () => {
    const text = `Miss Marsh had kept the school at Ely for three years.

The woman at the gate was Miss Marsh, whom I had not seen since the war; but she was Mrs. Walter Cobb now, and wore a wedding ring. Mrs. Cobb asked us in. Walter Cobb was at the mill. Mrs. Cobb poured the tea.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss Marsh')).toBe(one(result, 'Mrs. Cobb'));
    expect(one(result, 'Walter Cobb')).not.toBe(one(result, 'Miss Marsh'));
  });

  it('joins "she was now Mrs. X" as well', () => {
    const text = `I had known Mademoiselle Roche in Paris, and she was now Mrs. Hardy, of Bath. Mrs. Hardy laughed at my surprise. Mademoiselle Roche had never laughed in Paris.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mademoiselle Roche')).toBe(one(result, 'Mrs. Hardy'));
  });

  it('leaves apart a married name in a possessive ("she was now Mrs. Hardy\'s companion")', () => {
    const text = `I had known Miss Roche in Paris, and she was now Mrs. Hardy's companion, in Bath. Mrs. Hardy was kind to her. Miss Roche read to Mrs. Hardy.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss Roche')).not.toBe(one(result, 'Mrs. Hardy'));
  });
});
