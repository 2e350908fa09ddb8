/**
 * The after-death issues of a story told in the first person by Thomas Hale (the story bible's
 * "Thomas", the story analysis's narrator), each body a chapter after the filler; with the facts
 * read. Shared by the tests of a teller's kin (`facts/teller-kin.ts`).
 */
import { extract, type SourceText } from '../../src/bible/index.js';
import { detectContradictions, extractFacts } from '../../src/continuity/index.js';
import { FILLER } from './facts/helpers.js';

export function told(...bodies: string[]) {
  let text = `Chapter 1\n\n${FILLER}`;
  const chapters: SourceText['chapters'] = [];
  bodies.forEach((body, i) => {
    if (i > 0) text += `\n\nChapter ${i + 1}`;
    text += `\n\n${body}`;
  });
  const starts = [...text.matchAll(/^Chapter \d+$/gm)];
  for (const [i, m] of starts.entries())
    chapters.push({ title: m[0], start: m.index, end: starts[i + 1]?.index ?? text.length });
  const source: SourceText = { fileId: 'book', text, chapters };
  const extraction = extract([source]);
  const thomas = extraction.entities.find((e) => e.name === 'Thomas')?.key ?? '';
  const facts = extractFacts(source, extraction, undefined, [
    { start: 0, end: text.length, narratorKey: thomas },
  ]);
  const names = new Map(extraction.entities.map((e) => [e.key, e.name] as const));
  const issues = detectContradictions(facts, [], {
    names,
    chapterName: (_, chapter) => (chapter === null ? 'the text' : `Chapter ${chapter}`),
  });
  return { facts, issues: issues.filter((i) => i.kind === 'after_death').map((i) => i.summary) };
}
