import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { type ContinuityIssue, checkContinuity } from '../../src/continuity/index.js';
import type { Contradiction, Manuscript } from './legitimate-changes.js';

/**
 * One manuscript as a source text, its "Chapter N" headings taken as the filesystem service reports
 * chapters (each from its heading to the next).
 */
export function manuscriptSource(text: string): SourceText {
  const starts = [...text.matchAll(/^Chapter \d+$/gm)];
  const chapters: SourceText['chapters'] = starts.map((m, i) => ({
    title: m[0],
    start: m.index,
    end: starts[i + 1]?.index ?? text.length,
  }));
  return { fileId: 'book', text, chapters };
}

/** The issues of one manuscript (`manuscriptSource`). */
export function checkText(text: string): ContinuityIssue[] {
  const source = manuscriptSource(text);
  return checkContinuity({ sources: [source], extraction: extract([source]) }).issues;
}

/** Whether some issue of the contradiction's manuscript cites a passage holding each of its two phrases. */
export function citesBothSides(contradiction: Contradiction): boolean {
  return checkText(contradiction.text).some((issue) =>
    contradiction.cites.every((phrase) => issue.evidence.some((e) => e.quote.includes(phrase))),
  );
}

/**
 * The tests of a generality check of short manuscripts: no legitimate change outside `flagged` (the
 * names of those still flagged, each with why beside it) gets an issue, each real contradiction not
 * in `notFound` (the names of those still missed) is found, and no more than those are missed.
 */
export function testGeneralityCheck(check: {
  title: string;
  legitimate: readonly Manuscript[];
  real: readonly Contradiction[];
  notFound: ReadonlySet<string>;
  flagged?: ReadonlySet<string>;
}): void {
  const { title, legitimate, real, notFound, flagged = new Set<string>() } = check;
  const unflagged = legitimate.filter((m) => !flagged.has(m.name));
  describe(`${title}: legitimate changes (${legitimate.length - unflagged.length} of the ${legitimate.length} flagged)`, () => {
    for (const manuscript of unflagged)
      it(`does not flag ${manuscript.name}`, () => {
        expect(checkText(manuscript.text).map((i) => i.summary)).toEqual([]);
      });
  });
  const toFind = real.length - notFound.size;
  // With every one still missed, the check only records them: there is nothing found to test yet.
  if (toFind === 0) return;
  describe(`${title}: real contradictions (${toFind} of ${real.length} found)`, () => {
    for (const contradiction of real.filter((c) => !notFound.has(c.name)))
      it(`finds ${contradiction.name}`, () => expect(citesBothSides(contradiction)).toBe(true));
    it(`finds at least ${toFind} of the ${real.length}`, () => {
      const missed = real.filter((c) => !citesBothSides(c)).map((c) => c.name);
      expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(notFound.size);
    });
  });
}
