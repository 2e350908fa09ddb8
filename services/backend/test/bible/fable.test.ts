/** Beast fables: creatures named by their kind ("the Stoat", "the Harvest Mouse", "Mrs. Moorhen"). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a creature named by its kind', () => {
  it('makes a character of "the Weasel", who acts again and again but speaks once', () => {
    const text = `The Weasel came down the bank at dusk. Nobody on the river trusted the Weasel, and nobody asked the Weasel in.

Later the Weasel shook the Badger's paw at the gate, and the Weasel went away along the path. In the morning the Weasel came back, and the Weasel looked at the holes one by one. "Nobody home," said the Weasel.`;
    const result = extract([source(text)]);
    expect(one(result, 'Weasel').type).toBe('character');
  });

  it('leaves an inn "the Mitre" no one when a single verb follows it', () => {
    const text = `He stood me a supper at the Mitre. Everybody at the Mitre called him the Captain. He had been a week at the Mitre.

"Forty pounds, at cards, at the Mitre," said Jacob Kitto. "I asked at the Mitre myself."`;
    const result = extract([source(text)]);
    expect(one(result, 'Mitre').type).not.toBe('character');
  });
});
