/**
 * Story-aware retrieval: what George knows about the story (the story bible's names and aliases,
 * the chapters) turned into a better search. Names in the question are resolved to entities
 * ("Lizzy" is Elizabeth Bennet), the lexical query is expanded with their other names, a chapter
 * named or implied in the question narrows the search, and the vector and BM25 rankings are fused.
 * Fusion reads each pooled passage's features (its ranks and scores in both rankings, the share of
 * the asked entities it mentions, its chapter and length, and whether the question names anyone and
 * what it asks) and scores them by reciprocal rank with an entity bonus, or by learned weights.
 */
import { fold, numberWord, ordinalWord, romanNumeral, words } from '@george/text';
import escapeStringRegexp from 'escape-string-regexp';
import { type QuestionType, questionType } from './extractive.js';
import { properNouns } from './text.js';
import type { Passage } from './types.js';

/** An entity of the story bible as retrieval needs it. */
export interface StoryEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
}

/** A range of chapters (1-based, inclusive). */
export interface ChapterRange {
  from: number;
  to: number;
}

export interface SearchRequest {
  text: string;
  k: number;
  mode: 'vector' | 'lexical';
  chapters?: ChapterRange | undefined;
}

/** One ranking of the project's passages (the chroma service's vector or BM25 side), best first. */
export type Search = (request: SearchRequest) => Promise<Passage[]>;

export interface FusionSettings {
  /** Reciprocal-rank constant: a passage at rank r (0-based) scores weight / (k + r + 1). */
  k: number;
  vectorWeight: number;
  lexicalWeight: number;
  /**
   * Bonus, in the units of one ranking's first place (1 / (k + 1)), for a passage that mentions
   * every entity named in the question; a share of it for some of them.
   */
  entityBoost: number;
  /** Passages asked of each ranking. */
  pool: number;
  /** Whether the vector query is expanded with aliases too (the lexical one always is). */
  expandVector: boolean;
  /**
   * The vectors' weight in place of `vectorWeight` for a question that names no one (no entity of
   * the story bible, no capitalised name: "Is the one-legged skipper married?"). Its BM25 matches
   * rest on common words only ("skipper", "married"), which the passage that answers, written in
   * the book's own words, seldom holds; the embedder reads the description better. 1.25 chosen on
   * the tuned sets (eval/chat.mjs; docs/quality/chat.md): 0.75, 1, 1.25 and 2 against BM25's 1.
   */
  unnamedVectorWeight: number;
  /** Weights of a learned fusion (`learnedScore`), which replace the reciprocal-rank sum when set. */
  learned: FusionWeights | null;
}

/**
 * Chosen on the tuned set only (eval/retrieval-questions.json) with bge-small-en-v1.5 int8 at
 * ~1,200 characters (eval/retrieval.mjs --sweep; docs/quality/retrieval.md): a small k (the first
 * ranks count most), BM25 weighted over the vectors, and no entity bonus: with any weight it
 * lowered recall@5 there (the answering passage often names the character by pronoun only).
 */
export const DEFAULT_FUSION: FusionSettings = {
  k: 5,
  vectorWeight: 0.5,
  lexicalWeight: 1,
  entityBoost: 0,
  pool: 40,
  expandVector: false,
  unnamedVectorWeight: 1.25,
  learned: null,
};

/** Words that are capitalised at the start of a question but never a name. */
const NEVER_NAMES = new Set(
  'who what where when why how which whose whom did does do is was were are has had have the a an in on at of to for and but or chapter book story'.split(
    ' ',
  ),
);

const patterns = new Map<string, RegExp>();

/** A whole-word, case-sensitive pattern for a name ("Mr. Darcy" also matches "Mr Darcy"). */
function namePattern(name: string): RegExp {
  const known = patterns.get(name);
  if (known) return known;
  if (patterns.size > 10_000) patterns.clear();
  const parts = name
    .trim()
    .split(/\s+/)
    .map((p) => escapeStringRegexp(p.replace(/\.$/, '')) + (p.endsWith('.') ? '\\.?' : ''));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  patterns.set(name, pattern);
  return pattern;
}

/** The names an entity goes by, longest first, each once (at least three characters). */
export function namesOf(entity: Pick<StoryEntity, 'name' | 'aliases'>): string[] {
  return [...new Set([entity.name, ...entity.aliases].map((n) => n.trim()))]
    .filter((n) => n.length >= 3 && !NEVER_NAMES.has(n.toLowerCase()))
    .sort((a, b) => b.length - a.length);
}

/**
 * The entities named in the question, by name or alias (whole words, as written), the most
 * mentioned first when two share a name. A name inside a longer matched name counts once
 * ("Elizabeth" in "Elizabeth Bennet"), for the longer name's entity.
 */
export function resolveEntities(question: string, entities: StoryEntity[], limit = 4): StoryEntity[] {
  const candidates: Array<{ entity: StoryEntity; start: number; end: number }> = [];
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      const m = namePattern(name).exec(question);
      if (m) {
        candidates.push({ entity, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  // Longest matches win their span; ties go to the entity mentioned most.
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.entity.mentionCount - a.entity.mentionCount,
  );
  const kept: typeof candidates = [];
  for (const c of candidates) {
    if (kept.some((k) => (c.start < k.end && c.end > k.start) || k.entity.id === c.entity.id)) continue;
    kept.push(c);
  }
  // In the order the question names them.
  return kept
    .sort((a, b) => a.start - b.start)
    .slice(0, limit)
    .map((c) => c.entity);
}

/**
 * The question with the canonical names of the entities it names by another name added ("Lizzy"
 * gains "Elizabeth Bennet"); an entity named by (part of) its canonical name adds nothing, since
 * more of its names would only outweigh the rest of the question (measured: eval/retrieval.mjs).
 */
export function expandQuery(question: string, entities: StoryEntity[]): string {
  const extra: string[] = [];
  const asked = new Set(words(question).map((w) => fold(w.text)));
  for (const entity of entities) {
    const nameWords = words(entity.name).map((w) => fold(w.text));
    if (nameWords.some((w) => asked.has(w))) continue;
    extra.push(entity.name);
    for (const w of nameWords) asked.add(w);
  }
  return extra.length === 0 ? question : `${question} (${extra.join('; ')})`;
}

/** A chapter's number as a question writes it: 3, "third", "three", "XII". */
function chapterWord(token: string): number | undefined {
  const n = ordinalWord(token) ?? numberWord(token);
  return n !== undefined && n > 0 ? n : undefined;
}

function chapterNumber(token: string): number | null {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  return chapterWord(token) ?? romanNumeral(token);
}

/**
 * The chapters a question names or implies: "in chapter 3", "chapters 2 to 4", "the third
 * chapter", "chapter XII"; with the number of chapters known, "at the end" / "the last chapter"
 * (the last tenth) and "at the beginning" / "the first chapters" (the first tenth). Undefined when
 * the question says nothing of where.
 */
export function chapterScope(question: string, chapterCount?: number | null): ChapterRange | undefined {
  const token = '(\\d{1,3}|[ivxlc]{1,7}|[a-z]+)';
  const range = new RegExp(`\\bchapters?\\s+${token}\\s*(?:-|–|to|through|and)\\s*${token}\\b`, 'i').exec(
    question,
  );
  if (range) {
    const from = chapterNumber(range[1] ?? '');
    const to = chapterNumber(range[2] ?? '');
    if (from !== null && to !== null && from <= to) return { from, to };
  }
  const single = new RegExp(`\\bchapter\\s+${token}\\b`, 'i').exec(question);
  if (single) {
    const n = chapterNumber(single[1] ?? '');
    if (n !== null) return { from: n, to: n };
  }
  const ordinal = /\bthe\s+([a-z]+)\s+chapter\b/i.exec(question);
  if (ordinal) {
    const word = (ordinal[1] ?? '').toLowerCase();
    const n = chapterWord(word);
    if (n !== undefined) return { from: n, to: n };
    if ((word === 'last' || word === 'final') && chapterCount)
      return { from: chapterCount, to: chapterCount };
    if (word === 'opening') return head(chapterCount);
  }
  if (TAIL.test(question)) return tail(chapterCount);
  if (HEAD.test(question)) return head(chapterCount);
  return undefined;
}

/**
 * "Of" after "the end" or "the beginning" names what ends ("at the end of his story", "the end of
 * the ball"), which is the book only when it says so ("the end of the novel").
 */
const OF_SOMETHING_ELSE = String.raw`(?!\s+of\b(?!\s+the\s+(?:book|novel)\b))`;
const TAIL = new RegExp(
  String.raw`\b(at|in|near|towards?|by) the (very )?end\b${OF_SOMETHING_ELSE}|\bthe (last|final) chapters?\b|\bin the end\b`,
  'i',
);
const HEAD = new RegExp(
  String.raw`\b(at|in|near) the (very )?(beginning|start|opening)\b${OF_SOMETHING_ELSE}|\bthe (first|opening) chapters\b`,
  'i',
);

/** Whether the question places itself by the book's beginning or end (which needs the chapter count). */
export function impliesPosition(question: string): boolean {
  return TAIL.test(question) || HEAD.test(question);
}

const share = (count: number) => Math.max(1, Math.round(count / 10));
const tail = (count?: number | null) =>
  count && count > 1 ? { from: count - share(count) + 1, to: count } : undefined;
const head = (count?: number | null) => (count && count > 1 ? { from: 1, to: share(count) } : undefined);

/** How many of the entities a passage mentions, by any of their names. */
export function mentions(text: string, entities: StoryEntity[]): number {
  return entities.filter((e) => namesOf(e).some((name) => namePattern(name).test(text))).length;
}

/** What fusion knows of the question, the same for each of its pooled passages. */
export interface AskedQuestion {
  /** The entities it names, resolved to the story bible. */
  entities: StoryEntity[];
  /** Whether it names someone (`namesNoOne`'s opposite). */
  namesSomeone: boolean;
  type: QuestionType;
  /** The chapters it names or implies, when the search was narrowed to them. */
  chapters: ChapterRange | undefined;
}

/** What fusion knows of one pooled passage: the features a fusion's score weighs. */
export interface PassageFeatures {
  /** Rank in the vector ranking (0-based), null when that ranking did not return the passage. */
  vectorRank: number | null;
  /**
   * The vector ranking's similarity to the question; the lowest it returned when it did not return
   * the passage (which is no closer than that).
   */
  vectorScore: number;
  lexicalRank: number | null;
  /** The BM25 score as a share of the question's best (0 to 1); the lowest share when absent. */
  lexicalShare: number;
  /** The share of the entities the question names that the passage mentions (0 when it names none). */
  entityShare: number;
  /** Whether the question names chapters and the passage lies in them. */
  inNamedChapters: boolean;
  namesSomeone: boolean;
  questionType: QuestionType;
  /** Characters. */
  length: number;
}

export interface PooledPassage {
  passage: Passage;
  features: PassageFeatures;
}

/**
 * The passages either ranking returned, each once (by id), in the vector ranking's order then the
 * lexical-only ones in theirs, with their features.
 */
export function poolPassages(vector: Passage[], lexical: Passage[], asked: AskedQuestion): PooledPassage[] {
  const byId = new Map<string, Passage>();
  for (const passage of [...vector, ...lexical]) if (!byId.has(passage.id)) byId.set(passage.id, passage);
  const vectorRank = new Map(vector.map((p, rank) => [p.id, rank]));
  const lexicalRank = new Map(lexical.map((p, rank) => [p.id, rank]));
  const vectorScores = new Map(vector.map((p) => [p.id, p.score]));
  const lowestVector = Math.min(...vector.map((p) => p.score));
  const bestLexical = Math.max(0, ...lexical.map((p) => p.score));
  const lexicalShare = (score: number) => (bestLexical > 0 ? score / bestLexical : 0);
  const lowestLexical = Math.min(...lexical.map((p) => lexicalShare(p.score)));
  const lexicalScores = new Map(lexical.map((p) => [p.id, lexicalShare(p.score)]));
  const { chapters } = asked;
  return [...byId.values()].map((passage) => ({
    passage,
    features: {
      vectorRank: vectorRank.get(passage.id) ?? null,
      vectorScore: vectorScores.get(passage.id) ?? (vector.length > 0 ? lowestVector : 0),
      lexicalRank: lexicalRank.get(passage.id) ?? null,
      lexicalShare: lexicalScores.get(passage.id) ?? (lexical.length > 0 ? lowestLexical : 0),
      entityShare:
        asked.entities.length > 0 ? mentions(passage.text, asked.entities) / asked.entities.length : 0,
      inNamedChapters:
        chapters !== undefined &&
        passage.chapter !== null &&
        passage.chapter >= chapters.from &&
        passage.chapter <= chapters.to,
      namesSomeone: asked.namesSomeone,
      questionType: asked.type,
      length: passage.text.length,
    },
  }));
}

/** Reciprocal-rank fusion's score of a pooled passage, with the entity bonus. */
function reciprocalRankScore(features: PassageFeatures, settings: FusionSettings): number {
  const vectorWeight = features.namesSomeone ? settings.vectorWeight : settings.unnamedVectorWeight;
  const reciprocal = (rank: number | null, weight: number) =>
    rank === null ? 0 : weight / (settings.k + rank + 1);
  return (
    reciprocal(features.vectorRank, vectorWeight) +
    reciprocal(features.lexicalRank, settings.lexicalWeight) +
    (settings.entityBoost / (settings.k + 1)) * features.entityShare
  );
}

/**
 * The pooled passages ranked by their fused score (reciprocal ranks, or the learned weights when
 * the settings hold them), best first; ties keep the pool's order.
 */
export function fuse(pooled: PooledPassage[], settings: FusionSettings = DEFAULT_FUSION): Passage[] {
  const { learned } = settings;
  return pooled
    .map(({ passage, features }) => ({
      passage,
      score: learned ? learnedScore(features, learned, settings.k) : reciprocalRankScore(features, settings),
    }))
    .sort((a, b) => b.score - a.score)
    .map(({ passage, score }) => ({ ...passage, score }));
}

/** The inputs of a learned fusion, each a number made of a passage's features. */
export const FUSION_INPUTS = [
  'vectorReciprocal',
  'lexicalReciprocal',
  'vectorReciprocalUnnamed',
  'lexicalReciprocalUnnamed',
  'vectorReciprocalDescriptive',
  'vectorScore',
  'lexicalShare',
  'entityShare',
  'bothRankings',
  'logLength',
] as const;

export type FusionInput = (typeof FUSION_INPUTS)[number];

export type FusionWeights = Readonly<Record<FusionInput, number>>;

/**
 * Questions whose answer a reader puts in their own words (a reason, an event, a manner), where the
 * book's words seldom match the question's.
 */
const DESCRIPTIVE_TYPES: ReadonlySet<QuestionType> = new Set(['why', 'what_happens', 'said', 'other']);

/**
 * A passage's inputs: the reciprocal ranks as the reciprocal-rank fusion has them (k the
 * settings'), crossed with whether the question names someone and whether it asks in a reader's
 * words, so that a linear score can weigh each ranking by the question; the rankings' own scores;
 * the entity share; and the passage's length. Question-wide features (chapters) rank nothing alone.
 */
export function fusionInputs(features: PassageFeatures, k: number): Record<FusionInput, number> {
  const reciprocal = (rank: number | null) => (rank === null ? 0 : 1 / (k + rank + 1));
  const vectorReciprocal = reciprocal(features.vectorRank);
  const lexicalReciprocal = reciprocal(features.lexicalRank);
  return {
    vectorReciprocal,
    lexicalReciprocal,
    vectorReciprocalUnnamed: features.namesSomeone ? 0 : vectorReciprocal,
    lexicalReciprocalUnnamed: features.namesSomeone ? 0 : lexicalReciprocal,
    vectorReciprocalDescriptive: DESCRIPTIVE_TYPES.has(features.questionType) ? vectorReciprocal : 0,
    vectorScore: features.vectorScore,
    lexicalShare: features.lexicalShare,
    entityShare: features.entityShare,
    bothRankings: features.vectorRank !== null && features.lexicalRank !== null ? 1 : 0,
    logLength: Math.log(Math.max(1, features.length)),
  };
}

/** A learned fusion's score: the weighted sum of the passage's inputs. */
export function learnedScore(features: PassageFeatures, weights: FusionWeights, k: number): number {
  const inputs = fusionInputs(features, k);
  return FUSION_INPUTS.reduce((sum, input) => sum + weights[input] * inputs[input], 0);
}

/**
 * Whether a question names no one: nothing of the story bible resolved in it (`resolved`: its
 * entities, or their facts) and, unless the story bible alone is trusted (`bible` false: none, or
 * the answer sentence's choice, which keeps a name the bible missed), no capitalised name either.
 * With a story bible, a capitalised word it does not know ("the French port", "the Christmas
 * club") names no one of the story.
 */
export function namesNoOne(question: string, resolved: readonly unknown[], bible: boolean): boolean {
  return resolved.length === 0 && (bible || properNouns(question).length === 0);
}

export interface StoryRetrieval {
  passages: Passage[];
  entities: StoryEntity[];
  chapters: ChapterRange | undefined;
  query: string;
}

export interface StoryContext {
  search: Search;
  /** The story bible's entities (most mentioned first); none is fine. */
  entities: StoryEntity[];
  /** Chapters of the project's longest manuscript, for "at the end" (asked only then). */
  chapterCount?: (() => Promise<number | null>) | undefined;
}

/**
 * The k passages that best answer the question: entities resolved, the lexical query expanded,
 * both rankings asked (within the chapters the question names, or everywhere when that finds
 * nothing), fused.
 */
export async function storyRetrieve(
  question: string,
  k: number,
  context: StoryContext,
  settings: FusionSettings = DEFAULT_FUSION,
): Promise<StoryRetrieval> {
  const { pooled, ...found } = await storyPool(question, k, context, settings);
  return { passages: fuse(pooled, settings).slice(0, k), ...found };
}

/**
 * The passages either ranking returns for the question, with their features: entities resolved,
 * the lexical query expanded, both rankings asked (within the chapters the question names, or
 * everywhere when that finds nothing). What `storyRetrieve` fuses, and what a learned fusion is
 * trained on (eval/train-fusion.mjs).
 */
export async function storyPool(
  question: string,
  k: number,
  context: StoryContext,
  settings: FusionSettings = DEFAULT_FUSION,
): Promise<Omit<StoryRetrieval, 'passages'> & { pooled: PooledPassage[] }> {
  const entities = resolveEntities(question, context.entities);
  const namesSomeone = !namesNoOne(question, entities, context.entities.length > 0);
  const query = expandQuery(question, entities);
  let chapters = chapterScope(question);
  if (!chapters && context.chapterCount && impliesPosition(question))
    chapters = chapterScope(question, await context.chapterCount());
  const pool = Math.max(k, settings.pool);
  // A learned fusion weighs both rankings; reciprocal ranks skip a ranking of weight 0.
  const asksVectors =
    settings.learned !== null || (namesSomeone ? settings.vectorWeight : settings.unnamedVectorWeight) > 0;
  const asksLexical = settings.learned !== null || settings.lexicalWeight > 0;
  const ask = (scope: ChapterRange | undefined) =>
    Promise.all([
      asksVectors
        ? context.search({
            text: settings.expandVector ? query : question,
            k: pool,
            mode: 'vector',
            chapters: scope,
          })
        : Promise.resolve([]),
      asksLexical
        ? context.search({ text: query, k: pool, mode: 'lexical', chapters: scope })
        : Promise.resolve([]),
    ]);
  let [vector, lexical] = await ask(chapters);
  let scope = chapters;
  if (chapters && vector.length === 0 && lexical.length === 0) {
    [vector, lexical] = await ask(undefined);
    scope = undefined;
  }
  const asked = { entities, namesSomeone, type: questionType(question), chapters: scope };
  return { pooled: poolPassages(vector, lexical, asked), entities, chapters: scope, query };
}
