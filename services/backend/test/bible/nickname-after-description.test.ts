/**
 * A nickname given after a description set beside the name (The Harcourt Papers,
 * docs/quality/story-bible.md, twenty-eighth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a nickname given past a description of the one named', () => {
  it('joins ", a good seaman and a bad man, whom the crew called Bosun" to the name before it', () => {
    const text = `He shipped a mate, Jacob Pardew, a good seaman and a bad man, whom the crew called Bosun. Pardew was a big man. Bosun laughed at the storm.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bosun')).toBe(one(result, 'Jacob Pardew'));
  });

  it('leaves the nickname alone when the description names someone else', () => {
    const text = `He shipped a mate, Jacob Pardew, a friend of Tom Bowles, whom the crew called Bosun. Pardew was a big man. Bosun laughed at the storm.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bosun')).not.toBe(one(result, 'Jacob Pardew'));
  });

  it('leaves the nickname alone when the words between are not a description', () => {
    const text = `He shipped a mate, Jacob Pardew, and he sailed at dawn, whom the crew called Bosun. Pardew was a big man. Bosun laughed at the storm.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bosun')).not.toBe(one(result, 'Jacob Pardew'));
  });
});
