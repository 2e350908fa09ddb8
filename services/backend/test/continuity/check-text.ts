import { extract, type SourceText } from '../../src/bible/index.js';
import { type ContinuityIssue, checkContinuity } from '../../src/continuity/index.js';
import type { Contradiction } from './legitimate-changes.js';

/**
 * The issues of one manuscript, its "Chapter N" headings taken as the filesystem service reports
 * chapters (each from its heading to the next).
 */
export function checkText(text: string): ContinuityIssue[] {
  const starts = [...text.matchAll(/^Chapter \d+$/gm)];
  const chapters: SourceText['chapters'] = starts.map((m, i) => ({
    title: m[0],
    start: m.index,
    end: starts[i + 1]?.index ?? text.length,
  }));
  const source: SourceText = { fileId: 'book', text, chapters };
  return checkContinuity({ sources: [source], extraction: extract([source]) }).issues;
}

/** Whether some issue of the contradiction's manuscript cites a passage holding each of its two phrases. */
export function citesBothSides(contradiction: Contradiction): boolean {
  return checkText(contradiction.text).some((issue) =>
    contradiction.cites.every((phrase) => issue.evidence.some((e) => e.quote.includes(phrase))),
  );
}
