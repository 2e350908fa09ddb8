/**
 * Story-aware retrieval: what George knows about the story (the story bible's names and aliases,
 * the chapters) turned into a better search. Names in the question are resolved to entities
 * ("Lizzy" is Elizabeth Bennet), the lexical query is expanded with their other names, a chapter
 * named or implied in the question narrows the search, and the vector and BM25 rankings are fused
 * by reciprocal rank with a bonus for the passages that mention the entities asked about.
 */
import { fold, numberWord, ordinalWord, romanNumeral, words } from '@george/text';
import escapeStringRegexp from 'escape-string-regexp';
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

/**
 * Reciprocal-rank fusion of the vector and lexical rankings, plus the entity bonus; ties keep the
 * vector ranking's order. Each passage once (by id), with its fused score.
 */
export function fuse(
  vector: Passage[],
  lexical: Passage[],
  entities: StoryEntity[],
  settings: FusionSettings = DEFAULT_FUSION,
): Passage[] {
  const byId = new Map<string, { passage: Passage; score: number }>();
  const add = (list: Passage[], weight: number) =>
    list.forEach((passage, rank) => {
      const entry = byId.get(passage.id) ?? { passage, score: 0 };
      entry.score += weight / (settings.k + rank + 1);
      byId.set(passage.id, entry);
    });
  add(vector, settings.vectorWeight);
  add(lexical, settings.lexicalWeight);
  if (entities.length > 0 && settings.entityBoost > 0) {
    const unit = settings.entityBoost / (settings.k + 1);
    for (const entry of byId.values())
      entry.score += (unit * mentions(entry.passage.text, entities)) / entities.length;
  }
  return [...byId.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ passage, score }) => ({ ...passage, score }));
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

/** The fusion settings for a question: the vectors weigh `unnamedVectorWeight` when it names no one. */
export function fusionFor(
  question: string,
  resolved: readonly StoryEntity[],
  bible: boolean,
  settings: FusionSettings = DEFAULT_FUSION,
): FusionSettings {
  return namesNoOne(question, resolved, bible)
    ? { ...settings, vectorWeight: settings.unnamedVectorWeight }
    : settings;
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
  defaults: FusionSettings = DEFAULT_FUSION,
): Promise<StoryRetrieval> {
  const entities = resolveEntities(question, context.entities);
  const settings = fusionFor(question, entities, context.entities.length > 0, defaults);
  const query = expandQuery(question, entities);
  let chapters = chapterScope(question);
  if (!chapters && context.chapterCount && impliesPosition(question))
    chapters = chapterScope(question, await context.chapterCount());
  const pool = Math.max(k, settings.pool);
  const ask = (scope: ChapterRange | undefined) =>
    Promise.all([
      settings.vectorWeight > 0
        ? context.search({
            text: settings.expandVector ? query : question,
            k: pool,
            mode: 'vector',
            chapters: scope,
          })
        : Promise.resolve([]),
      settings.lexicalWeight > 0
        ? context.search({ text: query, k: pool, mode: 'lexical', chapters: scope })
        : Promise.resolve([]),
    ]);
  let [vector, lexical] = await ask(chapters);
  let scope = chapters;
  if (chapters && vector.length === 0 && lexical.length === 0) {
    [vector, lexical] = await ask(undefined);
    scope = undefined;
  }
  return {
    passages: fuse(vector, lexical, entities, settings).slice(0, k),
    entities,
    chapters: scope,
    query,
  };
}
