import { describe, expect, it } from 'vitest';
import { passageAround } from '../../src/services/bible.js';

/** The passage `passageAround` shows around the first `name` of `text`. */
function shown(text: string, name: string, margin = 160): string {
  const start = text.indexOf(name);
  const span = passageAround(text, { start, end: start + name.length }, margin);
  return text.slice(span.start, span.end);
}

describe('the passage around a mention', () => {
  it('never reaches across a heading: a Markdown heading marks nothing of it, nor does a plain one', () => {
    const md = '# Chapter 1\n\nAnna walked to the orchard.\n\n## Chapter 2\n\nThe rain came.';
    expect(shown(md, 'Anna')).toBe('Anna walked to the orchard.');
    expect(shown(md.replace(/#+ /g, ''), 'Anna')).toBe('Anna walked to the orchard.');
    expect(shown(md, 'rain')).toBe('The rain came.');
  });

  it('reaches across paragraphs of prose and a line of speech, within its margin', () => {
    const text =
      'She came in late.\n\nAnna said nothing.\n\n“Who is it?”\n\nNobody answered her at all that evening.';
    expect(shown(text, 'Anna')).toBe(text);
    expect(shown(text, 'Anna', 10)).toBe('in late.\n\nAnna said noth');
  });
});
