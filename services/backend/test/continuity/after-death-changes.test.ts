import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { detectContradictions, extractFacts } from '../../src/continuity/index.js';
import {
  AFTER_DEATH_LEGITIMATE,
  AFTER_DEATH_REAL,
  TOLD_LEGITIMATE,
  TOLD_REAL,
} from './after-death-changes.js';
import { testGeneralityCheck } from './check-text.js';
import type { Contradiction } from './legitimate-changes.js';

/**
 * The real contradictions told in the third person not found, each with why. On arrival (3ce6604)
 * 4 of 6 found (the resolver gives "he" to the first of a pair, so "the former" was right by luck,
 * and "the latter" of the legitimate set was flagged: 1 of 4 flagged); not found: a letter or a
 * note under its writer's possessive is no act.
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a dead man’s letter arrives under his possessive',
  'a drowned woman’s note comes by the post',
]);

testGeneralityCheck({
  title: 'acts after death, third check',
  legitimate: AFTER_DEATH_LEGITIMATE,
  real: AFTER_DEATH_REAL,
  notFound: NOT_FOUND,
});

/** The issues of a manuscript told in the first person by Thomas Hale (the story bible's "Thomas"). */
function toldIssues(text: string) {
  const starts = [...text.matchAll(/^Chapter \d+$/gm)];
  const chapters: SourceText['chapters'] = starts.map((m, i) => ({
    title: m[0],
    start: m.index,
    end: starts[i + 1]?.index ?? text.length,
  }));
  const source: SourceText = { fileId: 'book', text, chapters };
  const extraction = extract([source]);
  const thomas = extraction.entities.find((e) => e.name === 'Thomas Hale' || e.name === 'Thomas')?.key ?? '';
  const facts = extractFacts(source, extraction, undefined, [
    { start: 0, end: text.length, narratorKey: thomas },
  ]);
  const names = new Map(extraction.entities.map((e) => [e.key, e.name] as const));
  return detectContradictions(facts, [], {
    names,
    chapterName: (_, chapter) => (chapter === null ? 'the text' : `Chapter ${chapter}`),
  });
}

const toldCitesBoth = (c: Contradiction): boolean =>
  toldIssues(c.text).some((issue) =>
    c.cites.every((phrase) => issue.evidence.some((e) => e.quote.includes(phrase))),
  );

/**
 * The real contradictions told in the first person not found, each with why. On arrival none of the
 * three (a pronoun's death is the resolver's, who does not see a teller's parent; "have lived" is no
 * act); neither legitimate one flagged.
 */
const TOLD_NOT_FOUND: ReadonlySet<string> = new Set([
  'a teller’s mother dies, told by "she" after another woman named as an object',
  'a teller’s father, the former of a pair, dies',
  'a dead father in the teller’s present perfect',
]);

describe('acts after death told in the first person: legitimate changes', () => {
  for (const manuscript of TOLD_LEGITIMATE)
    it(`does not flag ${manuscript.name}`, () => {
      expect(toldIssues(manuscript.text).map((i) => i.summary)).toEqual([]);
    });
});

describe('acts after death told in the first person: real contradictions', () => {
  for (const contradiction of TOLD_REAL.filter((c) => !TOLD_NOT_FOUND.has(c.name)))
    it(`finds ${contradiction.name}`, () => expect(toldCitesBoth(contradiction)).toBe(true));
  it(`misses no more than ${TOLD_NOT_FOUND.size} of the ${TOLD_REAL.length}`, () => {
    const missed = TOLD_REAL.filter((c) => !toldCitesBoth(c)).map((c) => c.name);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(TOLD_NOT_FOUND.size);
  });
});
