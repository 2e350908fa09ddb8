/**
 * The continuity check over a project's stored ledger (what the continuity job runs): the facts
 * every file's ingestion recorded, their entity keys resolved to the entities that hold them now
 * (merges count), the name spellings summed over the files. Issues name entities by id.
 */
import { createHash } from 'node:crypto';
import type { EntitySummary, StoredFact } from '../graph/store.js';
import { chapterInText } from '../story/numbering.js';
import { detectContradictions } from './detect.js';
import { formsOf } from './spelling.js';
import { storyYearAt, type YearMark, yearsPassed } from './story-years.js';
import type { ContinuityIssue, Fact, SpellingCount } from './types.js';

export interface LedgerInput {
  /** The project's facts in reading order (graph store listFacts). */
  facts: readonly StoredFact[];
  spellings: readonly SpellingCount[];
  /** Every entity of the project. */
  entities: readonly EntitySummary[];
  /** Files in reading order. */
  fileOrder: readonly string[];
  /** The heading of a file's chapter (1-based), when the file has one. */
  chapterTitle?: (fileId: string, chapter: number) => string | null | undefined;
  /** The book of a series a file is in: its chapters are named with the book. */
  bookOf?: (fileId: string) => { number: number; title: string } | undefined;
  /** The files' dated years (story-years.ts), to weigh ages against the years between them. */
  storyYears?: readonly YearMark[];
}

/** The contradictions in a stored ledger, most confident first; `entityKey` is the entity's id. */
export function checkLedger(input: LedgerInput): ContinuityIssue[] {
  const facts: Fact[] = input.facts.map(({ entityId, objectId, speakerId, ...fact }) => ({
    ...fact,
    entityKey: entityId,
    objectKey: objectId,
    speakerKey: speakerId,
  }));
  return detectContradictions(facts, input.spellings, {
    names: new Map(input.entities.map((e) => [e.id, e.name] as const)),
    fileOrder: input.fileOrder,
    chapterName: (fileId, chapter) => {
      const label = chapterInText(chapter, chapter === null ? null : input.chapterTitle?.(fileId, chapter));
      const book = input.bookOf?.(fileId);
      if (book) return `${book.title} (book ${book.number})${label === '' ? '' : `, ${label}`}`;
      return label === '' ? 'the text' : label;
    },
    characterOfForm: formsOf(
      input.entities.map((e) => ({
        key: e.id,
        type: e.type,
        names: [e.name, ...e.aliases],
        mentions: e.mentionCount,
      })),
    ),
    storyYear: storyYearAt(input.storyYears ?? []),
    yearsPassed: yearsPassed(input.storyYears ?? []),
  });
}

/**
 * An issue's id: a fingerprint of what disagrees (its kind, entity and values, never offsets), so
 * the same disagreement found again after re-ingestion has the same id and keeps its status.
 */
export function issueId(projectId: string, key: string): string {
  return createHash('sha256').update(`${projectId}\u0000${key}`).digest('hex').slice(0, 32);
}
