import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { detectContradictions, extractFacts } from '../../src/continuity/index.js';
import {
  AFTER_DEATH_LEGITIMATE,
  AFTER_DEATH_REAL,
  TOLD_LEGITIMATE,
  TOLD_REAL,
  WRITING_LEGITIMATE,
  WRITING_REAL,
} from './after-death-changes.js';
import { manuscriptSource, testGeneralityCheck } from './check-text.js';
import type { Contradiction } from './legitimate-changes.js';

/**
 * The real contradictions told in the third person not found. On arrival (3ce6604) 4 of 6 found
 * (the resolver gives "he" to the first of a pair, so "the former" was right by luck, and "the
 * latter" of the legitimate set was flagged: 1 of 4 flagged), the letter and the note under their
 * writer's possessive not found; the two writing manuscripts (added after) 0 of 1 found, 0 of 1
 * flagged. All found since `facts/antecedents.ts` and the possessive's letter and the writer's
 * letters in `facts/acts.ts`.
 */
const NOT_FOUND: ReadonlySet<string> = new Set();

testGeneralityCheck({
  title: 'acts after death, third check',
  legitimate: [...AFTER_DEATH_LEGITIMATE, ...WRITING_LEGITIMATE],
  real: [...AFTER_DEATH_REAL, ...WRITING_REAL],
  notFound: NOT_FOUND,
});

/** The issues of a manuscript told in the first person by Thomas Hale (the story bible's "Thomas"). */
function toldIssues(text: string) {
  const source = manuscriptSource(text);
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
 * The real contradictions told in the first person not found. On arrival none of the three (a
 * pronoun's death is the resolver's, who does not see a teller's parent; "have lived" was no act),
 * neither legitimate one flagged; all found since `facts/antecedents.ts` and the plural present
 * perfect of `facts/acts.ts`.
 */
const TOLD_NOT_FOUND: ReadonlySet<string> = new Set();

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
