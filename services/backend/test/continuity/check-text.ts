import { extract, type SourceText } from '../../src/bible/index.js';
import { type ContinuityIssue, checkContinuity } from '../../src/continuity/index.js';

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
