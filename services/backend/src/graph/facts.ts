/**
 * The continuity facts as both graph stores keep them: checked and bounded before any write, and
 * turned back into `StoredFact`s with entity ids after any read.
 */
import {
  FACT_KINDS,
  type Fact,
  type FactKind,
  type SpellingCount,
  VOICES,
  type Voice,
} from '../continuity/types.js';
import { checkOffset, checkText, LIMITS } from './model.js';
import { GraphInputError, type StoredFact } from './store.js';

export const FACT_LIMITS = {
  factsPerFile: 50_000,
  spellingsPerFile: 50_000,
  value: 200,
  quote: 2_000,
} as const;

/** A fact as a row of either store (keys, not ids). */
export interface FactRow {
  seq: number;
  entityKey: string | null;
  objectKey: string | null;
  speakerKey: string | null;
  kind: FactKind;
  value: string;
  detail: string | null;
  low: number | null;
  high: number | null;
  voice: Voice;
  hedged: boolean;
  change: boolean;
  confidence: number;
  chapter: number | null;
  start: number;
  end: number;
  quote: string;
}

const optionalKey = (value: unknown, field: string): string | null =>
  value === null || value === undefined ? null : checkText(value, field, LIMITS.key);
const optionalNumber = (value: unknown, field: string): number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new GraphInputError(`${field} must be a number`, field);
  return value;
};

/** Checks a file's facts and spellings; a bad one rejects the whole write. */
export function normaliseFacts(
  facts: Fact[],
  spellings: SpellingCount[],
): { rows: FactRow[]; spellings: SpellingCount[] } {
  if (!Array.isArray(facts) || !Array.isArray(spellings))
    throw new GraphInputError('facts must be an array', 'facts');
  if (facts.length > FACT_LIMITS.factsPerFile) throw new GraphInputError('too many facts', 'facts');
  if (spellings.length > FACT_LIMITS.spellingsPerFile)
    throw new GraphInputError('too many spellings', 'spellings');
  const rows = facts.map((fact, i): FactRow => {
    const at = `facts[${i}]`;
    if (!isFactKind(fact.kind)) throw new GraphInputError(`${at}.kind is not a fact kind`, `${at}.kind`);
    if (!isVoice(fact.voice)) throw new GraphInputError(`${at}.voice is not a voice`, `${at}.voice`);
    const start = checkOffset(fact.start, `${at}.start`);
    const end = checkOffset(fact.end, `${at}.end`);
    if (end < start) throw new GraphInputError(`${at}.end is before start`, `${at}.end`);
    if (typeof fact.quote !== 'string' || fact.quote.length > FACT_LIMITS.quote) {
      throw new GraphInputError(
        `${at}.quote must be a string of at most ${FACT_LIMITS.quote}`,
        `${at}.quote`,
      );
    }
    const confidence = optionalNumber(fact.confidence, `${at}.confidence`) ?? 0;
    return {
      seq: i,
      entityKey: optionalKey(fact.entityKey, `${at}.entityKey`),
      objectKey: optionalKey(fact.objectKey, `${at}.objectKey`),
      speakerKey: optionalKey(fact.speakerKey, `${at}.speakerKey`),
      kind: fact.kind,
      value: checkText(fact.value, `${at}.value`, FACT_LIMITS.value, true),
      detail: fact.detail === null ? null : checkText(fact.detail, `${at}.detail`, FACT_LIMITS.value, true),
      low: optionalNumber(fact.low, `${at}.low`),
      high: optionalNumber(fact.high, `${at}.high`),
      voice: fact.voice,
      hedged: fact.hedged === true,
      change: fact.change === true,
      confidence: Math.max(0, Math.min(1, confidence)),
      chapter: fact.chapter === null ? null : checkOffset(fact.chapter, `${at}.chapter`),
      start,
      end,
      quote: fact.quote,
    };
  });
  const checked = spellings.map((s, i) => ({
    form: checkText(s.form, `spellings[${i}].form`, LIMITS.name),
    count: checkOffset(s.count, `spellings[${i}].count`),
    inside: checkOffset(s.inside, `spellings[${i}].inside`),
    passages: (Array.isArray(s.passages) ? s.passages : []).slice(0, 3).map((p, j) => ({
      fileId: checkText(p.fileId, `spellings[${i}].passages[${j}].fileId`, 64),
      chapter: p.chapter === null ? null : checkOffset(p.chapter, `spellings[${i}].passages[${j}].chapter`),
      start: checkOffset(p.start, `spellings[${i}].passages[${j}].start`),
      end: checkOffset(p.end, `spellings[${i}].passages[${j}].end`),
      quote: checkText(p.quote, `spellings[${i}].passages[${j}].quote`, LIMITS.name),
    })),
  }));
  return { rows, spellings: checked };
}

/** A stored row back as a fact, with the ids its keys resolve to (null when none). */
export function toStoredFact(
  fileId: string,
  row: FactRow,
  ids: { entityId: string | null; objectId: string | null; speakerId: string | null },
): StoredFact {
  const { seq: _seq, entityKey: _e, objectKey: _o, speakerKey: _s, ...rest } = row;
  return { ...rest, fileId, ...ids };
}

/** Canon as of a chapter: facts of files without chapters, and facts up to that chapter. */
export function inCanon(chapter: number | null, asOfChapter: number | undefined): boolean {
  return asOfChapter === undefined || chapter === null || chapter <= asOfChapter;
}

const isFactKind = (value: unknown): value is FactKind => FACT_KINDS.some((k) => k === value);

/** The kinds a fact query asks for, each a known kind (a query never carries anything else). */
export function checkFactKinds(kinds: unknown): FactKind[] {
  if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every(isFactKind))
    throw new GraphInputError(`kinds must be a non-empty list of: ${FACT_KINDS.join(', ')}`, 'kinds');
  return kinds;
}
const isVoice = (value: unknown): value is Voice => VOICES.some((v) => v === value);

/** A row read back from a store, its kind and voice checked (a row never written by us fails). */
export function checkFactRow(
  row: Omit<FactRow, 'kind' | 'voice'> & { kind: unknown; voice: unknown },
): FactRow {
  const { kind, voice } = row;
  if (!isFactKind(kind) || !isVoice(voice))
    throw new Error(`stored fact with kind ${String(kind)} or voice ${String(voice)}`);
  const num = (v: number | null) => (v === null || v === undefined ? null : Number(v));
  return {
    ...row,
    kind,
    voice,
    seq: Number(row.seq),
    low: num(row.low),
    high: num(row.high),
    chapter: num(row.chapter),
    start: Number(row.start),
    end: Number(row.end),
    confidence: Number(row.confidence),
    hedged: row.hedged === true,
    change: row.change === true,
  };
}
