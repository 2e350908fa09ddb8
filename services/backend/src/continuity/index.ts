/**
 * The continuity check: the facts ledger of a project's files and the contradictions in it.
 * `checkContinuity` runs the whole offline check on texts and their story-bible extraction (what
 * `npm run eval:continuity` measures); the ingestion and the continuity job call the same pieces
 * (`extractFacts` and `countSpellings` per file, `detectContradictions` per project).
 */
import type { Extraction, SourceText } from '../bible/types.js';
import { chapterInText } from '../story/numbering.js';
import { detectContradictions } from './detect.js';
import { extractFacts } from './facts/index.js';
import { countSpellings, formsOf, mergeSpellings } from './spelling.js';
import { storyYearAt, storyYearMarks, yearsPassed } from './story-years.js';
import type { ContinuityIssue, Fact, SpellingCount } from './types.js';

export { type DetectOptions, detectContradictions } from './detect.js';
export { extractFacts } from './facts/index.js';
export { checkLedger, issueId, type LedgerInput } from './ledger.js';
export {
  countSpellings,
  findMisspellings,
  formsOf,
  mergeSpellings,
  type NamedEntity,
} from './spelling.js';
export { type StoryYearAt, storyYearAt, storyYearMarks, type YearMark } from './story-years.js';
export * from './types.js';

export interface ContinuityInput {
  /** The project's files in reading order. */
  sources: readonly SourceText[];
  /** The story bible's extraction of those files. */
  extraction: Extraction;
}

export interface ContinuityResult {
  facts: Fact[];
  spellings: SpellingCount[];
  issues: ContinuityIssue[];
}

/** The facts and name spellings of the texts: what the ingestion records per file. */
export function recordFacts(input: ContinuityInput): { facts: Fact[]; spellings: SpellingCount[] } {
  return {
    facts: input.sources.flatMap((source) => extractFacts(source, input.extraction)),
    spellings: mergeSpellings(input.sources.map(countSpellings)),
  };
}

/** The contradictions of a ledger: what the continuity job finds after the ingestion. */
export function findContradictions(
  input: ContinuityInput,
  ledger: { facts: readonly Fact[]; spellings: readonly SpellingCount[] },
): ContinuityIssue[] {
  const names = new Map(input.extraction.entities.map((e) => [e.key, e.name] as const));
  const marks = input.sources.flatMap(storyYearMarks);
  return detectContradictions(ledger.facts, ledger.spellings, {
    names,
    fileOrder: input.sources.map((s) => s.fileId),
    chapterName: (fileId, chapter) => {
      const source = input.sources.find((s) => s.fileId === fileId);
      const label = chapterInText(chapter, chapter === null ? null : source?.chapters[chapter - 1]?.title);
      return label === '' ? 'the text' : label;
    },
    characterOfForm: characterForms(input.extraction),
    storyYear: storyYearAt(marks),
    yearsPassed: yearsPassed(marks),
  });
}

export function checkContinuity(input: ContinuityInput): ContinuityResult {
  const ledger = recordFacts(input);
  return { ...ledger, issues: findContradictions(input, ledger) };
}

/** The character whose name or an alias has the word form ("Wickham" -> Mr. Wickham). */
export function characterForms(extraction: Extraction): (form: string) => string | null {
  return formsOf(
    extraction.entities.map((e) => ({
      key: e.key,
      type: e.type,
      names: [e.name, ...e.aliases],
      mentions: e.mentions.length,
    })),
  );
}
