/**
 * Answers from the continuity ledger: what the text states about each character (age, origin,
 * residence, occupation, looks, relations, deaths, counts), each fact with its exact passage, is
 * what a plain factual question asks for ("How old was Lydia?", "Where does Queequeg come from?",
 * "Who was the second mate?"). A question's words decide which kinds of fact answer it; the facts
 * of the characters it names (or, for "who was the <occupation>", of anyone with that occupation)
 * are matched, and the retrieved passage that holds each matched fact becomes evidence the
 * extractive answerer quotes first. Retrieval alone often misses these sentences: "girl of
 * fifteen" shares no word with "how old".
 */
import { FACT_VIEW_KINDS } from '@george/contracts/api';
import { terms } from '@george/text';
import escapeStringRegexp from 'escape-string-regexp';
import { type FactKind, isBeardDetail, type Voice } from '../continuity/types.js';
import { resolveEntities, type Search, type StoryEntity } from './retrieval.js';
import type { Statement } from './types.js';

/** The kinds of fact that can answer a question: all but the acts kept for the check of deaths. */
export const ANSWERING_KINDS: readonly FactKind[] = FACT_VIEW_KINDS;

/** A fact of the ledger as the chat reads it (entities by id, the passage by offsets). */
export interface LedgerFact {
  entityId: string | null;
  /** The other entity of a relation, or whom an engagement is to. */
  objectId: string | null;
  kind: FactKind;
  value: string;
  detail: string | null;
  voice: Voice;
  hedged: boolean;
  confidence: number;
  fileId: string;
  chapter: number | null;
  start: number;
  end: number;
  quote: string;
}

/** A retrieved passage holding a fact that answers the question, and the fact's span in it. */
/**
 * A question about a death itself ("How did Ahab die?", "Is Julia dead?", "Who killed him?"), not
 * one that merely says the word ("What must Ahab see before he could die?").
 */
const DEATH_ASKED =
  /\b(how|when|where|why) (did|does|do|was|were|is) [^?]*\b(die|killed|drowned|murdered)\b|\bdeath of\b|\b(his|her|their)( own)? death\b|\b(is|was|are|were) [^?]*\bdead\b|\bwho (killed|murdered|drowned)\b/i;
const WIDOW_ASKED = /\bwidow(ed|er)?\b/i;
/** "What happened to Tobias?", "What became of her?", "What is Nell's fate?": a change of state answers. */
const FATE_ASKED = /\bwhat (happened|happens|became|becomes) (to|of)\b|\bfate\b/i;

/** A beard asked about: its colour is a hair fact of a beard (`isBeardDetail`). */
const BEARD_ASKED = /\b(?:beard|bearded|whiskers|moustache|mustache)\b/i;

/** The kinds of fact each way of asking wants. */
const ASKED_KINDS: Array<{ pattern: RegExp; kinds: FactKind[] }> = [
  {
    pattern: /\bhow old\b|\bage[ds]?\b/i,
    kinds: ['age', 'birth'],
  },
  { pattern: /\bborn\b|\bbirth(place|day)?\b/i, kinds: ['birth', 'origin'] },
  {
    pattern: /\b(come|comes|came|hails?|hailed) from\b|\bnative\b|\bnationality\b|\bwhere\b[^?]* from\b/i,
    kinds: ['origin', 'birth'],
  },
  {
    pattern: /\b(live[sd]?|living|resides?|resided|dwell[st]?|dwelt)\b|\bwhere\b[^?]* home\b/i,
    kinds: ['residence'],
  },
  {
    pattern:
      /\b(profession|occupation|trade|job|calling|employment|business)\b|\bwork(s|ed)? as\b|\bfor a living\b/i,
    kinds: ['occupation', 'title'],
  },
  { pattern: /\beyes?\b/i, kinds: ['eyes'] },
  { pattern: /\bhair\b/i, kinds: ['hair'] },
  { pattern: BEARD_ASKED, kinds: ['hair'] },
  { pattern: /\b(tall|height|stature)\b/i, kinds: ['height'] },
  { pattern: /\b(build|stout|slender|figure)\b/i, kinds: ['build'] },
  { pattern: /\bscars?\b|\bscarred\b/i, kinds: ['scar'] },
  { pattern: /\bwhich (leg|arm|hand|foot|eye|side)\b|\b(lost|missing)\b/i, kinds: ['limb'] },
  { pattern: DEATH_ASKED, kinds: ['status'] },
  { pattern: WIDOW_ASKED, kinds: ['status'] },
  { pattern: FATE_ASKED, kinds: ['status'] },
];

/** Status values each way of asking about a status wants ("married" does not answer "how did he die"). */
const STATUS_ASKED: Array<{ pattern: RegExp; values: string[] }> = [
  { pattern: DEATH_ASKED, values: ['dead'] },
  { pattern: WIDOW_ASKED, values: ['widowed'] },
  { pattern: FATE_ASKED, values: ['dead', 'married', 'widowed', 'engaged'] },
];

/**
 * A who-question about a marriage or an engagement ("Whom did Charlotte marry?", "Who is engaged
 * to whom?"): answered by the status and the partner relation, from either partner's side. Only
 * who-questions: "In which church were they married?" asks for a place.
 */
const PARTNER_ASKED: Array<{ pattern: RegExp; status: string; relation: string }> = [
  { pattern: /\b(marry|marries|married|wed|wedded)\b/i, status: 'married', relation: 'spouse' },
  { pattern: /\b(engaged|betrothed|fianc[eé]e?)\b/i, status: 'engaged', relation: 'engaged' },
];

/**
 * The kin and household words a relation's label answers from the other side: "Who is Nell's
 * father?" is answered by "his daughter, Nell" (Tobias's relation to Nell, labelled "daughter").
 */
const OTHER_SIDE_WORDS: Record<string, readonly string[]> = {
  father: ['son', 'daughter', 'child'],
  mother: ['son', 'daughter', 'child'],
  parent: ['son', 'daughter', 'child'],
  son: ['father', 'mother', 'parent'],
  daughter: ['father', 'mother', 'parent'],
  child: ['father', 'mother', 'parent'],
  husband: ['wife', 'spouse'],
  wife: ['husband', 'spouse'],
  brother: ['brother', 'sister', 'sibling'],
  sister: ['brother', 'sister', 'sibling'],
  uncle: ['nephew', 'niece'],
  aunt: ['nephew', 'niece'],
  nephew: ['uncle', 'aunt'],
  niece: ['uncle', 'aunt'],
  master: ['servant', 'maid', 'employee'],
  mistress: ['servant', 'maid', 'employee'],
  servant: ['master', 'mistress', 'employer'],
  maid: ['master', 'mistress', 'employer'],
};
const OTHER_SIDE = new Map(
  Object.entries(OTHER_SIDE_WORDS).map(([asked, labels]) => [
    terms(asked).join(' '),
    new Set(labels.flatMap((l) => terms(l))),
  ]),
);

/**
 * A question about someone's relative ("Who was Mrs. Bennet's sister married to?", "How did the
 * father of Nell die?", "How old was Lydia's husband?"): the named person's own facts do not answer
 * it, only their tie to that relative. The relatives are the kin and household words above, with
 * cousins and friends.
 */
const RELATIVE_ASKED = new RegExp(
  `(?:['’]s\\s+(?:\\w+\\s+)?|\\bthe\\s+(?:\\w+\\s+)?)(${[...Object.keys(OTHER_SIDE_WORDS), 'cousin', 'friend'].join('|')})s?\\b`,
  'gi',
);

/** How much each voice's statement counts: a character may be mistaken or lying in speech. */
const VOICE_WEIGHT: Record<Voice, number> = { narration: 1, account: 0.9, speech: 0.6 };

/** The kinds of fact a question asks about by its words (relations and counts are matched by label). */
export function askedKinds(question: string): Set<FactKind> {
  const kinds = new Set<FactKind>();
  for (const { pattern, kinds: asked } of ASKED_KINDS)
    if (pattern.test(question)) for (const k of asked) kinds.add(k);
  return kinds;
}

/** A fact's quote that states it with a verb, rather than naming it in passing. */
const STATES = /\b(is|was|are|were|had been|has been|became|becomes)\b/i;

/** A question about the circumstances of something (where, when, why, how), not about who or what. */
const CIRCUMSTANCE = /^\W*(where|when|why|how(?! (many|much|old)\b))\b/i;

const HOW_MANY = /\bhow (many|much)\b/i;
const WHO = /^\W*((to|by|with|for|from) )?(who|whom)\b|^\W*which (man|woman|person|one|character)\b/i;

/** What a question asks of the ledger, read from it once for all the facts. */
export interface AskedFacts {
  kinds: ReadonlySet<FactKind>;
  terms: ReadonlySet<string>;
  entityIds: ReadonlySet<string>;
  who: boolean;
  howMany: boolean;
  /** A beard, not the hair of the head: hair facts answer by whether they are a beard's. */
  beard: boolean;
  /** Where, when, why or how: a relation does not answer it. */
  circumstance: boolean;
  /** Status values asked about (a death, a widowing). */
  statuses: ReadonlySet<string>;
  /** The marriage or engagement a who-question asks about, as a status and a relation. */
  partners: ReadonlyArray<{ status: string; relation: string }>;
  /** The kin or household words of a relative the question asks about ("Jane's sister": sister). */
  relatives: ReadonlySet<string>;
}

export function askedFacts(question: string, entityIds: readonly string[]): AskedFacts {
  const who = WHO.test(question);
  const relatives = new Set([...question.matchAll(RELATIVE_ASKED)].flatMap((m) => terms(m[1] ?? '')));
  return {
    kinds: askedKinds(question),
    terms: new Set(terms(question)),
    entityIds: new Set(entityIds),
    who,
    howMany: HOW_MANY.test(question),
    beard: BEARD_ASKED.test(question),
    circumstance: CIRCUMSTANCE.test(question),
    statuses: new Set(STATUS_ASKED.filter(({ pattern }) => pattern.test(question)).flatMap((s) => s.values)),
    partners:
      who && relatives.size === 0 ? PARTNER_ASKED.filter(({ pattern }) => pattern.test(question)) : [],
    relatives,
  };
}

/**
 * How well a fact answers the question (0: not at all): its kind must be asked and its entity
 * named, a relation's or a count's label must be in the question ("wife", "daughters"), and for
 * "who was the second mate" an occupation or title whose words are all in the question answers
 * whoever holds it. Narration outweighs accounts and speech; a pronoun's fact counts with the
 * resolver's confidence.
 */
export function factScore(fact: LedgerFact, asked: AskedFacts): number {
  const named = fact.entityId !== null && asked.entityIds.has(fact.entityId);
  if (named && asked.relatives.size > 0 && !tiesToRelativeAsked(fact, asked)) return 0;
  const partner =
    asked.partners.some(({ status, relation }) =>
      fact.kind === 'status' ? fact.value === status : fact.kind === 'relation' && fact.value === relation,
    ) &&
    (asked.entityIds.size === 0 || named || (fact.objectId !== null && asked.entityIds.has(fact.objectId)));
  const labelAsked = (label: string | null) =>
    label !== null && terms(label).length > 0 && terms(label).every((t) => asked.terms.has(t));
  let fits = false;
  switch (fact.kind) {
    case 'act':
      return 0;
    case 'relation':
      // "Where was Jane engaged?" asks for a place, not for the engagement.
      fits =
        !asked.circumstance &&
        (partner ||
          (named && (labelAsked(fact.detail) || labelAsked(fact.value))) ||
          (fact.objectId !== null && asked.entityIds.has(fact.objectId) && askedFromOtherSide(fact, asked)));
      break;
    case 'count':
      fits = asked.howMany && labelAsked(fact.detail) && (named || asked.entityIds.size === 0);
      break;
    case 'occupation':
    case 'title':
      fits = (named && asked.kinds.has(fact.kind)) || (asked.who && labelAsked(fact.value));
      break;
    case 'status':
      fits = partner || (named && asked.statuses.has(fact.value));
      break;
    case 'hair':
      // "What colour is his hair?" is not answered by his beard, nor a beard question by his hair.
      fits = named && asked.kinds.has('hair') && isBeardDetail(fact.detail) === asked.beard;
      break;
    default:
      fits = named && asked.kinds.has(fact.kind);
  }
  if (!fits) return 0;
  // "Stubb was the second mate" states what "Stubb, the second mate" takes as known.
  const statement = STATES.test(fact.quote) ? 1 : 0.9;
  return VOICE_WEIGHT[fact.voice] * fact.confidence * (fact.hedged ? 0.9 : 1) * statement;
}

/** Whether a fact is the named person's tie to the relative asked about ("his daughter, Nell" for "Tobias's daughter"). */
function tiesToRelativeAsked(fact: LedgerFact, asked: AskedFacts): boolean {
  if (fact.kind !== 'relation') return false;
  return [fact.detail, fact.value].some((l) => l !== null && terms(l).some((t) => asked.relatives.has(t)));
}

/** Whether the question asks the other side of a relation: "Nell's father" of "his daughter, Nell". */
function askedFromOtherSide(fact: LedgerFact, asked: AskedFacts): boolean {
  const labels = [fact.detail, fact.value].flatMap((l) => (l === null ? [] : terms(l)));
  return [...asked.terms].some((t) => labels.some((l) => OTHER_SIDE.get(t)?.has(l) === true));
}

/** The facts that answer the question, best first (reading order among equals), at most `limit`. */
export function answeringFacts(
  question: string,
  facts: readonly LedgerFact[],
  entityIds: readonly string[],
  limit = 2,
): LedgerFact[] {
  const asked = askedFacts(question, entityIds);
  const ranked = facts
    .map((fact, order) => ({ fact, order, score: factScore(fact, asked) }))
    .filter((f) => f.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  // One fact per entity and value: the second place goes to another answer, not a repetition.
  const seen = new Set<string>();
  const kept: LedgerFact[] = [];
  for (const { fact } of ranked) {
    const key = `${fact.entityId}\u0000${fact.kind}\u0000${fact.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(fact);
    if (kept.length === limit) break;
  }
  return kept;
}

export interface LedgerContext {
  /** The story bible's entities, for the names in the question. */
  entities: StoryEntity[];
  /** The ledger's facts of these entities, in reading order; all of them when null. */
  facts(entityIds: string[] | null): Promise<LedgerFact[]>;
  search: Search;
}

/**
 * The retrieved passages holding the facts that answer the question: each matched fact's passage
 * is found by searching its own quote within its chapter, and kept when it holds the whole quote.
 */
export async function ledgerEvidence(
  question: string,
  context: LedgerContext,
  limit = 2,
): Promise<Statement[]> {
  const named = resolveEntities(question, context.entities).map((e) => e.id);
  // "Who was the second mate of the Pequod" is answered by anyone's occupation; without a name, only
  // that and "how many <things>" can be answered.
  const everyone = WHO.test(question) || (named.length === 0 && HOW_MANY.test(question));
  if (named.length === 0 && !everyone) return [];
  const facts = await context.facts(everyone ? null : named);
  const evidence: Statement[] = [];
  for (const fact of answeringFacts(question, facts, named, limit)) {
    const found = await context.search({
      text: fact.quote,
      k: 5,
      mode: 'lexical',
      chapters: fact.chapter === null ? undefined : { from: fact.chapter, to: fact.chapter },
    });
    const passage = found.find((p) => p.fileId === fact.fileId && p.start <= fact.start && p.end >= fact.end);
    if (passage) evidence.push({ passage, start: fact.start, end: fact.end });
  }
  return evidence;
}

/** The kinds of fact that name a character by their calling: "the clergyman", "the second mate". */
const CALLING_KINDS: ReadonlySet<FactKind> = new Set<FactKind>(['occupation', 'title']);

/** The word before a relation word that makes it someone else's: "the banker's son", "her husband". */
const POSSESSIVE = /^(?:\p{L}+['’]s|\p{L}+s['’]|his|her|their|its|my|your|our)$/iu;
/** Relation words that hold both ways: each of the two is the other's cousin, twin, betrothed. */
const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set(['cousin', 'twin', 'betrothed']);

/** A definite determiner: "the lazy brother-in-law" is someone the reader knows. */
const DEFINITE = /^(?:the|this|that)$/i;
/** An indefinite one: "wanting a wife" names no one in particular. */
const INDEFINITE = /^(?:a|an)$/i;

/** Words that name a person by a tie to another, beyond the kin and household ones: "the narrator's friend". */
const PERSON_WORDS: readonly string[] = ['friend', 'companion', 'partner', 'guest', 'host', 'man', 'woman'];

/**
 * Where a word stands in the question (with a plural ending), as found and apart from where it is
 * the owner of another person: "the heroine's friend" and "the captain's harpooneer" describe the
 * friend and the harpooneer, while "the captain's false leg" still asks about the captain. `persons`
 * are the terms of words naming people (callings, relations).
 */
function wordPlaces(
  question: string,
  word: string,
  persons: ReadonlySet<string>,
): { all: number[]; described: number[] } {
  const pattern = new RegExp(`(?<![\\p{L}-])${escapeStringRegexp(word)}(?:e?s)?(?![\\p{L}-])`, 'giu');
  const all = [...question.matchAll(pattern)];
  const ownsPerson = (after: string) => {
    const owned = after.match(/^['’]s?((?:\s+[\p{L}-]+){1,3})/u)?.[1];
    return owned !== undefined && terms(owned).some((t) => persons.has(t));
  };
  return {
    all: all.map((m) => m.index),
    described: all.filter((m) => !ownsPerson(question.slice(m.index + m[0].length))).map((m) => m.index),
  };
}

/** The terms of the words that name people: the ledger's callings and relations, kin, and the protagonist words. */
function personTerms(facts: readonly LedgerFact[]): Set<string> {
  const named = facts.flatMap((f) =>
    CALLING_KINDS.has(f.kind) ? [f.value] : f.kind === 'relation' && f.detail ? [f.detail] : [],
  );
  return new Set(
    [...named, ...Object.keys(OTHER_SIDE_WORDS), ...PERSON_WORDS, ...PROTAGONIST_WORDS].flatMap((w) =>
      terms(w),
    ),
  );
}

/**
 * Where the question holds a relation word ("brother-in-law", "son") as a description of its own
 * ("the lazy brother-in-law"), not as the relative of someone else it names by a possessive ("the
 * banker's son", "her dead sister"), who is unknown and need not be the one the ledger states it of,
 * nor after "a" or "an" ("gave for wanting a wife"), which introduces someone not yet known, nor as
 * an owner itself ("the heroine's friend"); null when it holds none.
 */
function ownRelationAt(question: string, label: string, persons: ReadonlySet<string>): number | null {
  for (const at of wordPlaces(question, label, persons).described) {
    const before = question.slice(0, at).match(/[\p{L}'’]+/gu) ?? [];
    // The words back to the phrase's start: a determiner or a possessive, adjectives in between.
    const owner = before
      .slice(-3)
      .reverse()
      .find((w) => DEFINITE.test(w) || INDEFINITE.test(w) || POSSESSIVE.test(w));
    if (owner !== undefined && DEFINITE.test(owner)) return at;
  }
  return null;
}

/**
 * Where the question describes someone by a calling whose every word it holds: its last word, not
 * as an owner ("the captain's harpooneer" describes the harpooneer); null when that word is only an
 * owner's. A calling the question holds in another form of its words counts last.
 */
function callingAt(question: string, calling: string, persons: ReadonlySet<string>): number | null {
  const head = calling.match(/[\p{L}-]+/gu)?.at(-1);
  if (head === undefined) return null;
  const places = wordPlaces(question, head, persons);
  if (places.described.length > 0) return places.described[0] ?? null;
  return places.all.length > 0 ? null : question.length;
}

/**
 * The character a question that names no one describes by their calling or their relation to
 * someone ("How old was the pompous clergyman cousin?", "What did the lazy brother-in-law care
 * about?"): the one whose occupation or title, every word of it in the question, or whom a relation
 * names by a word the question uses as its own description (`ownRelationAt`: not "the banker's
 * son"), the ledger states most often, when no one else is stated as often (three captains once each
 * describe no one). With several descriptions, the first is the one asked about: "Where did the
 * youngest sister run away with the officer?" asks about the sister. A relation of someone to
 * themself (a misread) counts for no one. When the ledger states none of it, "the heroine" or "the
 * narrator" is the most mentioned character. Null for a who-question, where the calling is what asks
 * ("Who was the second mate?").
 */
export async function describedCharacter(
  question: string,
  context: LedgerContext,
): Promise<StoryEntity | null> {
  if (WHO.test(question) || resolveEntities(question, context.entities).length > 0) return null;
  const asked = new Set(terms(question));
  const stated = new Map<string, { count: number; at: number }>();
  const count = (id: string, at: number) => {
    const known = stated.get(id);
    stated.set(id, { count: (known?.count ?? 0) + 1, at: Math.min(known?.at ?? at, at) });
  };
  const facts = await context.facts(null);
  const persons = personTerms(facts);
  for (const fact of facts) {
    if (fact.entityId === null) continue;
    if (CALLING_KINDS.has(fact.kind)) {
      const calling = terms(fact.value);
      const at =
        calling.length > 0 && calling.every((t) => asked.has(t))
          ? callingAt(question, fact.value, persons)
          : null;
      if (at !== null) count(fact.entityId, at);
    } else if (
      fact.kind === 'relation' &&
      fact.objectId !== null &&
      fact.objectId !== fact.entityId &&
      fact.detail
    ) {
      const at = ownRelationAt(question, fact.detail, persons);
      if (at === null) continue;
      count(fact.objectId, at);
      // "Collins's cousin Elizabeth": each is the other's cousin, so "the cousin" is either.
      if (SYMMETRIC_RELATIONS.has(fact.detail.toLowerCase())) count(fact.entityId, at);
    }
  }
  const first = Math.min(...[...stated.values()].map((s) => s.at));
  const [best, second] = [...stated]
    .filter(([, s]) => s.at === first)
    .sort((a, b) => b[1].count - a[1].count);
  if (best === undefined)
    return PROTAGONIST_WORDS.some((w) => ownRelationAt(question, w, persons) !== null)
      ? protagonist(context.entities)
      : null;
  if (second !== undefined && second[1].count === best[1].count) return null;
  return context.entities.find((e) => e.id === best[0] && e.type === 'character') ?? null;
}

/** What a reader calls the story's central character: "the heroine", "the narrator". */
const PROTAGONIST_WORDS = ['hero', 'heroine', 'protagonist', 'narrator', 'storyteller'];

/** The most mentioned character: whom a reader means by "the heroine". */
function protagonist(entities: readonly StoryEntity[]): StoryEntity | null {
  let best: StoryEntity | null = null;
  for (const e of entities)
    if (e.type === 'character' && (!best || e.mentionCount > best.mentionCount)) best = e;
  return best;
}

/** The looks and age a question may ask of one character, and how the note names each. */
const DESCRIBED_KINDS: ReadonlyMap<FactKind, (name: string) => string> = new Map([
  ['eyes', (name: string) => `the colour of ${name}'s eyes`],
  ['hair', (name: string) => `${name}'s hair`],
  ['height', (name: string) => `${name}'s height`],
  ['build', (name: string) => `${name}'s build`],
  ['age', (name: string) => `${name}'s age`],
  ['scar', (name: string) => `a scar of ${name}'s`],
]);

/**
 * "What colour are Daniel's eyes?" when the ledger holds no eye colour of Daniel's: a note saying
 * so, so that the passages quoted with it are not read as the answer. It reports what the reading
 * found ("George found no sentence ..."), not that the manuscript is silent. Null when the question
 * names no single character, asks no look or age, asks who has it, or the ledger has the fact.
 */
export async function unstatedNote(question: string, context: LedgerContext): Promise<string | null> {
  const [character, ...others] = resolveEntities(question, context.entities).filter(
    (e) => e.type === 'character',
  );
  if (character === undefined || others.length > 0 || WHO.test(question)) return null;
  const beard = BEARD_ASKED.test(question);
  const asked = [...askedKinds(question)].filter((k) => DESCRIBED_KINDS.has(k));
  if (asked.length === 0) return null;
  const facts = await context.facts([character.id]);
  const missing = asked.filter(
    (kind) => !facts.some((f) => f.kind === kind && (kind !== 'hair' || isBeardDetail(f.detail) === beard)),
  );
  if (missing.length === 0) return null;
  const what = missing.map((kind) =>
    kind === 'hair' && beard ? `a beard of ${character.name}'s` : DESCRIBED_KINDS.get(kind)?.(character.name),
  );
  return `George found no sentence in the manuscript that states ${what.join(' or ')}; the passages quoted are the closest it found.`;
}
