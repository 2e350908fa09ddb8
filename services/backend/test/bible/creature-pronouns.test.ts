/**
 * A creature known by its kind that the narration calls "he" or "she", from The Paper Kingdom's
 * Weathercock (docs/quality/story-bible.md, thirtieth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a name after "the" that the narration follows with a person\'s pronoun', () => {
  it('keeps "the Weathercock", who opens his beak and faces the bench, a character', () => {
    const text = `The Weathercock stood on the roof. Nell looked up at the Weathercock. The Weathercock swung round on his spike until he faced the sea. The Weathercock opened his golden beak. Nell waved to the Weathercock. The Weathercock creaked. Nell went in.`;
    const result = extract([source(text)]);
    expect(one(result, 'Weathercock').type).toBe('character');
  });

  it('reads other words the same way ("the Teapot tilted her spout")', () => {
    const text = `The Teapot was on the hob. Tom looked at the Teapot. The Teapot tilted her spout towards the window. The Teapot rattled her lid at him. Tom bowed to the Teapot. The Teapot steamed. Tom went out.`;
    const result = extract([source(text)]);
    expect(one(result, 'Teapot').type).toBe('character');
  });

  it('leaves an inn a thing when the pronoun after it is someone else\'s, named between ("the Gull ... Tom ... he")', () => {
    const text = `The Gull was on the corner of the quay. Tom went down to the Gull. The Gull was full when Tom came in, and he sat by the door. The Gull had its lamps lit. Tom left the Gull late. The Gull was dark by midnight. Tom slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Gull').every((e) => e.type !== 'character')).toBe(true);
  });

  it('leaves a thing a thing when the pronoun after it is "its" ("the Beacon took its light")', () => {
    const text = `The Beacon stood on the hill. Tom walked to the Beacon. The Beacon lost its light in the storm. The Beacon burned again, and its flame was tall. Tom looked at the Beacon. The Beacon was cold by morning. Tom slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Beacon').every((e) => e.type !== 'character')).toBe(true);
  });

  it('leaves a house a thing when "he" after a comma tags speech ("before the Court was free, he said")', () => {
    const text = `The Court was a grey house. Tom looked at the Court. It would be years before the Court was free, he said. The Court was let in May, he said. Tom walked past the Court. The Court was dark. Tom slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Court').every((e) => e.type !== 'character')).toBe(true);
  });

  it('does not take an object "him" or "her" for the name\'s ("the Beacon showed him the way")', () => {
    const text = `The Beacon was on the hill. Tom walked to the Beacon. The Beacon showed him the way home. The Beacon gave her a fright in the fog. Tom looked at the Beacon. The Beacon was cold by morning. Tom slept.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Beacon').every((e) => e.type !== 'character')).toBe(true);
  });
});
