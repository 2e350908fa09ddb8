/**
 * A teller's parent called "my father" or "my mother" only (`facts/teller-kin.ts`): its death and
 * its acts are read as a name's, keyed by the teller, so that an act told after the death is found.
 * Guards: a parent in conversation, a parent by marriage, another teller's parent, and an act
 * before the death.
 */
import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { detectContradictions, extractFacts } from '../../src/continuity/index.js';
import { FILLER, factsOf } from './facts/helpers.js';

/** Chapters after the filler, told in the first person by Thomas Hale (the story bible's "Thomas") (the story analysis's narrator). */
function told(...bodies: string[]) {
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

describe('a teller\'s "my father" and "my mother"', () => {
  it('reads the death and the later act of "my father" as one person\'s', () => {
    const { facts, issues } = told(
      'It was in the winter that my poor father met his end, and I came into the farm.',
      'Two years on, my father and I walked to the market at Norwich.',
    );
    expect(
      facts.filter((f) => f.entityKey?.startsWith('kin:')).map((f) => [f.kind, f.value, f.quote]),
    ).toEqual([
      ['status', 'dead', 'my poor father met his end'],
      ['act', 'acted', 'my father and I walked'],
    ]);
    expect(issues).toEqual(["Thomas's father dies in Chapter 1 but acts in Chapter 2."]);
  });

  it('reads "My mother was dead" at a sentence\'s start, and her letter after it', () => {
    expect(
      told('My mother was dead, and the house was quiet.', 'My mother wrote to me at Easter.').issues,
    ).toEqual(["Thomas's mother dies in Chapter 1 but writes in Chapter 2."]);
  });

  it('leaves an act before the death alone', () => {
    expect(
      told('My father and I walked to the market at Norwich.', 'My father died in the spring.').issues,
    ).toEqual([]);
  });

  it('leaves a parent in conversation, and a parent by marriage, to no one', () => {
    expect(
      told(
        'My father died in the spring.',
        '“My father drove to the market,” said Mary Benson.',
        'My father-in-law drove to the market.',
      ).issues,
    ).toEqual([]);
  });

  it("keeps a narrator's father apart from a named character's", () => {
    expect(told('My father died in the spring.', 'Mary Benson drove to the market.').issues).toEqual([]);
  });
});

describe('an act told of a name and another subject', () => {
  const actsIn = (sentence: string) =>
    factsOf(`${FILLER}\n\n${sentence}`, 'act')
      .filter(([, , quote]) => sentence.includes(quote))
      .map(([, , quote]) => quote);

  it('reads "Mary and I walked" and "Mary and Thomas walked" as Mary\'s act', () => {
    expect(actsIn('Mary and I walked to the mill.')).toEqual(['Mary and I walked']);
    expect(actsIn('Mary and Thomas walked to the mill.')).toContain('Mary and Thomas walked');
  });

  it('reads no act of a name before "and" and a possessive ("Mary and my departed friends")', () => {
    expect(actsIn('Mary and my departed friends prepare a reward for me.')).toEqual([]);
  });
});
