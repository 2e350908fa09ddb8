import { describe, expect, it } from 'vitest';
import { type MentionIndex, vocatives } from '../src/dialogue/tags.js';

/** Mentions of one character at every whole-word occurrence of `name`. */
function mentionsOf(text: string, id: string, name: string): MentionIndex {
  const all = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
    id,
    start: m.index,
    end: m.index + name.length,
  }));
  return { within: (start, end) => all.filter((m) => m.start >= start && m.start < end) };
}

describe('vocatives', () => {
  it('leave out a name called in a quotation the speaker quotes', () => {
    const text = '"My uncle came home. \'Why, what does this mean, John?\' he asked me."';
    expect(vocatives(text, [{ start: 0, end: text.length }], mentionsOf(text, 'john', 'John'))).toEqual([]);
  });

  it('keep a name the speaker calls beside a quotation they quote', () => {
    const text = '"My uncle came home, John. \'Why, what does this mean?\' he asked me."';
    expect(vocatives(text, [{ start: 0, end: text.length }], mentionsOf(text, 'john', 'John'))).toEqual([
      'john',
    ]);
  });

  it('keep a name called after an apostrophe that is no quotation mark', () => {
    const text = '"It is ten o\'clock, John!"';
    expect(vocatives(text, [{ start: 0, end: text.length }], mentionsOf(text, 'john', 'John'))).toEqual([
      'john',
    ]);
  });
});
