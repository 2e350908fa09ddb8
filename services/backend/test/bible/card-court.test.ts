/**
 * A court of playing cards, from The Paper Kingdom (docs/quality/story-bible.md, thirtieth
 * session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a card of a rank and a suit', () => {
  it('reads "the Knave of Spades" as one character, and the suit as no place', () => {
    const text = `The Knave of Spades stood between two Guards. "I never went near the desk," said the Knave of Spades. Nell looked at the Knave of Spades. The Knave of Spades rubbed his wrists. Nell went home.`;
    const result = extract([source(text)]);
    expect(one(result, 'Knave of Spades').type).toBe('character');
    expect(holding(result, 'Spades')).toEqual([]);
  });

  it('reads a card of a number as no place either ("the Two of Hearts")', () => {
    const text = `The gate was kept by the Two of Hearts and the Three of Clubs. Nell stepped over the Two of Hearts. Nell went into the garden. Nell sat down.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Hearts').concat(holding(result, 'Clubs'))).toEqual([]);
  });

  it('gives the rank alone to the one card of that rank ("the Knave" is the Knave of Spades)', () => {
    const text = `The Knave of Spades stood by the door. The Knave of Spades had a sad face. Nell looked at the Knave. Nell waved to the Knave. The Guards stood round the Knave. Everyone watched the Knave. Nell smiled at the Knave. Nell went home.`;
    const result = extract([source(text)]);
    expect(one(result, 'Knave of Spades')).toBe(one(result, 'Knave'));
  });

  it('reads other words for the same court ("the Jack of Diamonds ... the Jack")', () => {
    const text = `At the gate stood the Jack of Diamonds. "Halt," said the Jack of Diamonds. "Who are you?" asked the Jack of Diamonds. Tom bowed to the Jack. Tom walked past the Jack. The dog barked at the Jack. Tom waved to the Jack. Nobody spoke to the Jack. Tom went on.`;
    const result = extract([source(text)]);
    expect(one(result, 'Jack of Diamonds')).toBe(one(result, 'Jack'));
    expect(holding(result, 'Diamonds')).toEqual([]);
  });

  it('reads a suit alone beside its cards as no one ("the only one of Clubs")', () => {
    const text = `The Knave of Clubs lived under the hedge. "Good day," said the Knave of Clubs. He was a Knave, but the only one of Clubs. "I am poor," said the Knave of Clubs. Nell went home.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Clubs')).toEqual([]);
  });

  it('keeps a house called "Hearts" a name where no card is named', () => {
    const text = `Tom Hale drove to Hearts on Monday. Tom Hale stayed at Hearts all week. Tom Hale left Hearts on Sunday.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Hearts').length).toBe(1);
  });

  it('leaves the rank alone apart when two cards share it', () => {
    const text = `The Knave of Spades stood by the door. The Knave of Hearts stood by the window. The Knave of Spades sighed. The Knave of Hearts laughed. Nell looked at the Knave. The Knave said nothing. The Knave went out. Nell went home.`;
    const result = extract([source(text)]);
    expect(one(result, 'Knave of Spades')).not.toBe(one(result, 'Knave of Hearts'));
    expect(holding(result, 'Knave').every((e) => e.name === 'Knave')).toBe(true);
  });

  it('keeps a king of a real land the land\'s ("the King of France")', () => {
    const text = `The King of France rode out of Paris. Henry went to France in the spring. The King of France met him at Calais. Henry stayed in France a year.`;
    const result = extract([source(text)]);
    expect(one(result, 'France').type).toBe('location');
  });
});
