/**
 * A plural capitalised for weight, from The Paper Kingdom's "the Queen's Seals"
 * (docs/quality/story-bible.md, thirtieth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a plural the text also writes in lower case', () => {
  it('reads "the Queen\'s Seals" beside "a seal of red wax" as things', () => {
    const text = `Somebody has stolen the Queen's Seals. Nell found a small round seal of red wax in a book. The Seals went there on their own, said the Queen. Eight seals lay in the box. The Seals were found at last. Nell gave back the Seals.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Seals').every((e) => e.type !== 'character')).toBe(true);
  });

  it('reads other words the same way ("the King\'s Letters" beside "his letters")', () => {
    const text = `Tom carried the King's Letters to the coast. He had never carried letters so heavy. The Letters went astray twice. His letters were always late. Tom read the Letters by candlelight. Tom burned the Letters at dawn. Tom rode home.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Letters').every((e) => e.type !== 'character')).toBe(true);
  });

  it('keeps someone whose name is a plural word a character when the text makes him speak ("said Brooks")', () => {
    const text = `The brooks ran full that spring. "Come in," said Brooks. Nell came in. "Sit down," said Brooks. Brooks lit the lamp. The brooks were loud all night.`;
    const result = extract([source(text)]);
    expect(one(result, 'Brooks').type).toBe('character');
  });
});
