import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { chunkText } from '../../src/ingest/chunk.js';

const PRIDE = readFileSync(join(REPO_ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt'), 'utf8');

function chapters(text: string) {
  const starts = [...text.matchAll(/^Chapter \d+/gm)].map((m) => m.index ?? 0);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

describe('chunker', () => {
  const chaps = chapters(PRIDE);
  const chunks = chunkText(PRIDE, chaps);

  it('keeps exact offsets, stays near the target size, never splits a word', () => {
    expect(chaps.length).toBe(61);
    expect(chunks.length).toBeGreaterThan(1000);
    for (const c of chunks) {
      expect(PRIDE.slice(c.start, c.end)).toBe(c.text);
      expect(c.text.length).toBeLessThanOrEqual(520);
      expect(/\w/.test(PRIDE[c.start - 1] ?? ' ') && /\w/.test(PRIDE[c.start] ?? ' ')).toBe(false);
      expect(/\w/.test(PRIDE[c.end - 1] ?? ' ') && /\w/.test(PRIDE[c.end] ?? ' ')).toBe(false);
    }
  });

  it('never crosses a chapter boundary and labels chapters and paragraphs', () => {
    for (const c of chunks) {
      if (c.chapter === null) continue;
      const range = chaps[c.chapter - 1];
      expect(c.start).toBeGreaterThanOrEqual(range?.start ?? -1);
      expect(c.end).toBeLessThanOrEqual(range?.end ?? -1);
    }
    const paragraphs = chunks.map((c) => c.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('overlaps chunks cut inside a long paragraph, not those cut at paragraph breaks', () => {
    const long = `${'word '.repeat(300)}end.\n\nNext paragraph here.`;
    const parts = chunkText(long, [], { size: 500, overlap: 50 });
    expect(parts.length).toBeGreaterThan(3);
    expect((parts[1]?.start ?? 0) < (parts[0]?.end ?? 0)).toBe(true);
    expect(parts.at(-1)?.text.endsWith('end.\n\nNext paragraph here.')).toBe(true);
    // A cut at a paragraph break starts the next chunk at the next paragraph, without overlap.
    const text = `${'First paragraph sentence. '.repeat(12)}\n\n${'Second one goes on. '.repeat(20)}`;
    const [first, second] = chunkText(text, [], { size: 500, overlap: 50 });
    expect(first?.text.endsWith('sentence.')).toBe(true);
    expect(second?.start).toBe(text.indexOf('Second'));
  });

  it('never puts a chapter heading in a passage', () => {
    const text =
      'Chapter 1\n\nAnna Brook lived in Leeds. Anna Brook kept bees.\n\nChapter 2\n\nShe sold honey.';
    const chapters = [
      { title: 'Chapter 1', start: 0, end: text.indexOf('Chapter 2') },
      { title: 'Chapter 2', start: text.indexOf('Chapter 2'), end: text.length },
    ];
    const parts = chunkText(text, chapters, { size: 500 });
    expect(parts.map((c) => c.text)).toEqual([
      'Anna Brook lived in Leeds. Anna Brook kept bees.',
      'She sold honey.',
    ]);
    expect(parts.map((c) => c.chapter)).toEqual([1, 2]);
    // A Markdown heading's marks are part of it.
    const md = '## Chapter 1\n\nAnna Brook lived in Leeds.\n\n### Chapter 2 ###\n\nShe sold honey.';
    const mdChapters = [
      { title: 'Chapter 1', start: 0, end: md.indexOf('### Chapter 2') },
      { title: 'Chapter 2', start: md.indexOf('### Chapter 2'), end: md.length },
    ];
    expect(chunkText(md, mdChapters, { size: 500 }).map((c) => c.text)).toEqual([
      'Anna Brook lived in Leeds.',
      'She sold honey.',
    ]);
    // A title that is not a line of its own at the chapter's start is prose and stays.
    const inline = 'Chapter One began the day. Anna Brook woke.';
    expect(chunkText(inline, [{ title: 'Chapter One', start: 0, end: inline.length }])[0]?.text).toBe(inline);
  });
});
