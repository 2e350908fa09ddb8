/**
 * The facts ledger and its contradictions: what the text states about each entity, each statement
 * with its exact passage, and the places where two statements cannot both be true.
 */
import { FACT_VIEW_KINDS } from '@george/contracts/api';
import type { SchemaOf } from '@george/runtime';
import { Type } from '@sinclair/typebox';

/** A stretch of a file's text; `quote` is exactly `text.slice(start, end)`. */
export interface Passage {
  fileId: string;
  /** The chapter's 1-based position in the file (story/numbering.ts), null for a file without chapters. */
  chapter: number | null;
  start: number;
  end: number;
  quote: string;
}

/**
 * A `Passage` as the stores keep it (issue evidence, spelling passages): the shape has not changed
 * since either was first stored, chapters counted from 1 from the start.
 */
export const StoredPassage = Type.Object({
  fileId: Type.String(),
  chapter: Type.Union([Type.Integer(), Type.Null()]),
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
});
true satisfies SchemaOf<typeof StoredPassage, Passage>;

/**
 * The kinds the API shows, and `act`: the entity acts, speaks or writes in the narration here (a
 * few per chapter are kept, for the check of a character who acts after the text has them die;
 * the ledger does not show them); `loss` and `use`: a limb lost, and a later use of a side's limb
 * (`facts/limb-loss.ts`), for the check of a limb used after its loss (not shown either).
 */
export const FACT_KINDS = [...FACT_VIEW_KINDS, 'act', 'loss', 'use'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * Who states a fact: the narration; an account (a long quotation that is a character's own story
 * or letter, weighed like narration but attributed); or speech (dialogue: a character may be
 * mistaken or lying, so it is weighed below the narration, only against it, and only on what a
 * speaker is in a position to know).
 */
export const VOICES = ['narration', 'account', 'speech'] as const;
export type Voice = (typeof VOICES)[number];

/**
 * A beard's colour is a hair fact whose detail ends "-bearded" ("golden-bearded"): compared with the
 * same person's beards only, and answering a question about a beard, not about the hair.
 */
export const BEARD_DETAIL = '-bearded';
export const isBeardDetail = (detail: string | null): boolean => detail?.endsWith(BEARD_DETAIL) ?? false;

export interface Fact extends Passage {
  /**
   * The entity the fact is about: its extraction key (entity id once stored); null for a count of
   * a group the scene names no one for ("the three gardeners").
   */
  entityKey: string | null;
  kind: FactKind;
  /**
   * The normalised value: a colour ("blue"), a height or build word group ("tall", "stout"), a
   * side ("left"), a number as text ("30"), a place, an occupation, a relation label, a status
   * ("dead", "married", "widowed", "engaged", "unmarried": never married, lifelong).
   */
  value: string;
  /** What the value is of: the limb ("arm"), the counted noun ("daughters"), the relation label. */
  detail: string | null;
  /** The other entity of a relation, or of a place fact when the place is an entity. */
  objectKey: string | null;
  /** Numeric range for ages, counts and years: [low, high] inclusive. */
  low: number | null;
  high: number | null;
  voice: Voice;
  /** Who says it, for speech and accounts (extraction key), when known. */
  speakerKey: string | null;
  /** "about fifty", "appeared", "I should say": an estimate. */
  hedged: boolean;
  /** The text marks a change here ("now nineteen", "lately promoted", "became"): not a contradiction. */
  change: boolean;
  /** How sure the fact belongs to the entity: 1 for a name, the resolver's confidence for a pronoun. */
  confidence: number;
}

/** How often each capitalised word form occurs in a file, with its first occurrences. */
export interface SpellingCount {
  form: string;
  count: number;
  /** Occurrences not at a sentence start (a name's usual place). */
  inside: number;
  /** Up to three occurrences. */
  passages: Passage[];
}

export const ISSUE_KINDS = ['attribute', 'count', 'after_death', 'misspelling', 'relation'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** One place where the text disagrees with itself. */
export interface ContinuityIssue {
  /** Stable across re-ingestion while the passages say the same: kind, entity and values. */
  key: string;
  kind: IssueKind;
  entityKey: string | null;
  /** One plain sentence saying what disagrees. */
  summary: string;
  /** 0..1; issues are listed most confident first. */
  confidence: number;
  /** Every passage involved, in text order. */
  evidence: Passage[];
}
