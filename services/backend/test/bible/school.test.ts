/**
 * How a school story names its people (The Michaelmas Term at Kingsmere, docs/quality/story-bible.md,
 * twenty-fourth session): each rule's behaviour on a passage written for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a school story', () => {
  it('gives a nickname to the boy named before it when the same word named his form earlier ("in the Remove ... called him Remove")', () => {
    const text = `His name was Arthur Penhallow, and he had been in the Remove for three years, and so the whole school called him Remove.

Remove did not mind. "Come on," said Remove. Penhallow laughed. Remove ran off.`;
    const result = extract([source(text)]);
    expect(one(result, 'Remove')).toBe(one(result, 'Arthur Penhallow'));
  });
});
