/**
 * Contradictions in a facts ledger: the same attribute with values that cannot both hold, a count
 * stated two ways, a character who acts after the text has them die, relations that cannot both
 * hold, and (from the spelling counts) rare spellings of frequent names. The narration and
 * characters' accounts are weighed fully; dialogue only where a speaker is in a position to know
 * (what someone looks like, what office they hold), below the narration and only against it: a
 * character may be mistaken or lie. A change the text marks ("now grey", "lately promoted", ageing from one chapter to a later one)
 * is not a contradiction.
 */

import { LOOK_FACT_KINDS } from '@george/contracts/api';
import { groupBy, mustAt, mustGet } from '@george/runtime/collections';
import { LISTED_BY_NAME, REFERRED_BACK, WHOLE_OF_SCENE } from './facts/counts.js';
import { relationRole } from './facts/kinship.js';
import { LOST_WITH, ONE_SIDE } from './facts/limb-loss.js';
import { tellerKinName } from './facts/teller-kin.js';
import { isTellerKey, tellingName } from './facts/teller-relations.js';
import {
  AGENT_PLURAL,
  COMPATIBLE_COLOURS,
  COMPATIBLE_OCCUPATIONS,
  isHairShape,
  MILITARY_RANKS,
  NEAR_COLOURS,
  PEOPLE_NOUNS,
  RANKS,
  titleSex,
} from './lexicon.js';
import { limitsBroken } from './relation-limits.js';
import { findMisspellings } from './spelling.js';
import type { StoryYearAt, YearsPassed } from './story-years.js';
import {
  type ContinuityIssue,
  type Fact,
  type FactKind,
  isBeardDetail,
  type Passage,
  type SpellingCount,
} from './types.js';

export interface DetectOptions {
  /** Display names by entity key. */
  names: ReadonlyMap<string, string>;
  /** Files in reading order (facts of an unknown file come last). */
  fileOrder?: readonly string[];
  /** How the summary names a chapter (default "chapter N"). */
  chapterName?: (fileId: string, chapter: number | null) => string;
  /** Pairs of place entity keys or place names ("a|b") the text puts one inside the other. */
  nestedPlaces?: ReadonlySet<string>;
  /** The character a name form belongs to, for misspellings (only characters' names are compared). */
  characterOfForm?: (form: string) => string | null;
  /** The story's year at a passage, where the text dates it (story-years.ts). */
  storyYear?: StoryYearAt;
  /** The years the text says pass between two passages ("Twelve years later"; story-years.ts). */
  yearsPassed?: YearsPassed;
}

/** The attributes of which two values can disagree: the looks, where someone is from, what they do and are. */
const ATTRIBUTE_KINDS = [...LOOK_FACT_KINDS, 'origin', 'occupation', 'title'] as const;
type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];
const isAttributeKind = (kind: FactKind): kind is AttributeKind =>
  (ATTRIBUTE_KINDS as readonly FactKind[]).includes(kind);

/** What is weighed: an attribute, an age or birth, or another kind of disagreement. */
type Disagreement =
  | AttributeKind
  | 'age'
  | 'birth'
  | 'rank'
  | 'count'
  | 'groupCount'
  | 'companyCount'
  | 'relation'
  | 'death';

/** Confidence of each kind of disagreement before the evidence's own weight. */
const BASE: Record<Disagreement, number> = {
  eyes: 0.85,
  hair: 0.8,
  height: 0.72,
  build: 0.7,
  limb: 0.82,
  scar: 0.82,
  complexion: 0.7,
  beauty: 0.6,
  handedness: 0.75,
  origin: 0.78,
  birth: 0.8,
  age: 0.78,
  occupation: 0.6,
  title: 0.75,
  rank: 0.75,
  count: 0.72,
  groupCount: 0.6,
  companyCount: 0.5,
  relation: 0.8,
  death: 0.9,
};
/** Colours the light can make look alike disagree less surely than others. */
const NEAR_COLOUR_WEIGHT = 0.75;
/** A character's account is weighed a little below the narration. */
const ACCOUNT_WEIGHT = 0.9;
/**
 * Dialogue is weighed well below the narration: a character may be mistaken or lie, so a
 * disagreement with the narration ranks below any between two narrated passages of its kind.
 */
const SPEECH_WEIGHT = 0.6;
/**
 * What dialogue is weighed on: what a speaker has seen of someone (eyes, hair, figure, a limp, a
 * scar) and the office they hold. Where someone comes from, their age, their kin and counts are
 * as often hearsay, a guess or a boast ("a Cape Cod man like me", "a great girl of twelve",
 * "fifty years at sea"), so they stay unweighed here; a count of another person's own group is
 * weighed against the narration's alone (`isToldOfAnother`).
 */
const SPEECH_KINDS: ReadonlySet<FactKind> = new Set([...LOOK_FACT_KINDS, 'occupation']);
/**
 * What dialogue is weighed on besides when the speaker says it of themselves ("I am forty", "I was
 * born in Geneva"): their own age, birth and origin, and their kin, which the ledger holds only
 * when named in a quotation whose tag names the speaker ("“My brother Walter will come,” said Ann":
 * `facts/index.ts`). Counts stay out: "I had two daughters" is as often a boast or a guess.
 */
const SELF_KINDS: ReadonlySet<FactKind> = new Set(['age', 'birth', 'origin', 'relation']);
/**
 * A count a speaker gives of another named person's own group ("She has two nieces of her own", of
 * Mrs. Long; "Mr. Hale's three sons are all at sea"): not a boast, and weighed (as speech) against
 * what the narration counts; never against another speaker's count alone (`countIssues`). A
 * speaker's own counts and the things of a scene stay unweighed.
 */
const isToldOfAnother = (f: Fact): boolean =>
  f.voice === 'speech' &&
  f.entityKey !== null &&
  f.entityKey !== f.speakerKey &&
  !(f.detail ?? '').endsWith(' of the scene');
/** How sure a speaker's word on another's kin must be to be weighed: a name's, not a pronoun's guess. */
const NAMED_KIN_SPOKEN = 0.9;
/**
 * Another's kin a speaker states by name ("This is the girl's stepfather, Mr. James Windibank"): an
 * introduction rather than hearsay, weighed against what the narration says of the pair, never
 * against dialogue alone (`spokenOnly`).
 */
const isSpokenKinOfAnother = (f: Fact): boolean =>
  f.kind === 'relation' && isToldOfAnother(f) && f.confidence >= NAMED_KIN_SPOKEN;
/** A fact in dialogue that is weighed: of a kind a speaker is in a position to know. */
const isWeighedSpeech = (f: Fact): boolean =>
  SPEECH_KINDS.has(f.kind) ||
  (SELF_KINDS.has(f.kind) && f.entityKey === f.speakerKey) ||
  // A teller's own kin in a line no tag names: the telling's, whoever the attribution guesses.
  (f.kind === 'relation' && isTellerKey(f.entityKey)) ||
  isSpokenKinOfAnother(f);
/** Two sides of a relation's disagreement one of which is only another's kin spoken, the other only dialogue. */
const spokenOnly = (x: readonly Fact[], y: readonly Fact[]): boolean =>
  (x.every(isSpokenKinOfAnother) && y.every((f) => f.voice === 'speech')) ||
  (y.every(isSpokenKinOfAnother) && x.every((f) => f.voice === 'speech'));
/**
 * An in-law a speaker calls by the plain kin word ("my sister" for a sister-in-law, "mother" for a
 * mother-in-law): a courtesy of speech, not a second relation. Each spoken fact is the kin word the
 * in-law's own word is built on; narration's plain kin word still disagrees.
 */
const spokenCourtesy = (inLaw: readonly Fact[], plain: readonly Fact[]): boolean =>
  inLaw.every((f) => f.value === 'in-law') &&
  plain.every(
    (f) =>
      f.voice === 'speech' &&
      inLaw.some((l) => relationRole('family', (l.detail ?? '').replace(/-in-law$/, '')) === f.value),
  );
const HEDGED_WEIGHT = 0.85;
/**
 * Years a character may age between two chapters with no change marked: more is a slip ("some
 * thirty summers" in one chapter, "a grizzled man of sixty" a few later), though a long story
 * may span them, so it weighs less.
 */
const MAX_UNMARKED_AGEING = 10;
/** Years two dated ages may be off from the years between them: a birthday either side. */
const BIRTHDAY_SLACK = 1;
const AGED_BEYOND_WEIGHT = 0.8;
/** A pronoun's confidence where the resolver has one candidate in reach ("A man of forty, he"). */
const SOLE_CANDIDATE = 0.9;
/** Passages cited per side of a disagreement. */
const PER_SIDE = 3;

export function detectContradictions(
  facts: readonly Fact[],
  spellings: readonly SpellingCount[],
  options: DetectOptions,
): ContinuityIssue[] {
  const order = new Map((options.fileOrder ?? []).map((id, i) => [id, i] as const));
  const position = (p: Passage): number => (order.get(p.fileId) ?? order.size) * 1e9 + p.start;
  const sorted = [...facts].sort((a, b) => position(a) - position(b));
  const held = sorted.filter(isHeld);
  const weighed = held.filter((f) => f.voice !== 'speech' || isWeighedSpeech(f));
  const ctx: Context = {
    name: (key) =>
      key === null
        ? 'someone'
        : (options.names.get(key) ??
          // A person known by a title only: "the High Priest".
          (key.startsWith('title:')
            ? `the ${key.slice(6).replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}`
            : // The elder bearer of a name ("the late Mr. Darcy").
              key.endsWith(':elder')
              ? `the elder ${options.names.get(key.slice(0, -6)) ?? key.slice(0, -6)}`
              : // A teller's kin called "my father" or "my wife" only; a teller no tag names.
                (tellerKinName(key, (teller) => options.names.get(teller) ?? teller) ??
                tellingName(key) ??
                key))),
    chapter: options.chapterName ?? ((_, chapter) => (chapter === null ? 'the text' : `chapter ${chapter}`)),
    position,
    nested: options.nestedPlaces ?? new Set(),
    storyYear: options.storyYear ?? (() => undefined),
    yearsPassed: options.yearsPassed ?? (() => 0),
  };
  const issues = [
    ...attributes(weighed, ctx),
    ...ages(weighed, ctx),
    ...countIssues(
      sorted.filter((f) => f.kind === 'count' && (f.voice !== 'speech' || isToldOfAnother(f))),
      ctx,
    ),
    ...wholeGroupIssues(
      sorted.filter((f) => f.voice !== 'speech' && f.kind === 'count'),
      ctx,
    ),
    ...afterDeath(held, ctx),
    ...usedAfterLoss(weighed, ctx),
    ...relationIssues(weighed, ctx),
    ...findMisspellings(spellings, options.characterOfForm).map((issue) => {
      // The name misspelt: its last word for a pair of words ("Sherlock Holmes").
      const name = /^misspelling\|[^|]*\|(.*)$/.exec(issue.key)?.[1] ?? '';
      const form = name.slice(name.lastIndexOf(' ') + 1);
      return { ...issue, entityKey: options.characterOfForm?.(form) ?? null };
    }),
  ];
  return issues.sort(
    (a, b) =>
      b.confidence - a.confidence || position(mustAt(a.evidence, 0)) - position(mustAt(b.evidence, 0)),
  );
}

interface Context {
  name: (key: string | null) => string;
  chapter: (fileId: string, chapter: number | null) => string;
  position: (p: Passage) => number;
  nested: ReadonlySet<string>;
  storyYear: StoryYearAt;
  yearsPassed: YearsPassed;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const VOICE_WEIGHT: Record<Fact['voice'], number> = {
  narration: 1,
  account: ACCOUNT_WEIGHT,
  speech: SPEECH_WEIGHT,
};
const weight = (f: Fact): number => f.confidence * VOICE_WEIGHT[f.voice] * (f.hedged ? HEDGED_WEIGHT : 1);
const passage = (f: Fact): Passage => ({
  fileId: f.fileId,
  chapter: f.chapter,
  start: f.start,
  end: f.end,
  quote: f.quote,
});

/**
 * Where a value is stated: "in chapter 3" or "in chapters 3 and 20", and whose word it is when
 * only dialogue states it ("in chapter 3, as Stubb says").
 */
function where(ctx: Context, facts: readonly Fact[]): string {
  const names = [...new Set(facts.map((f) => ctx.chapter(f.fileId, f.chapter)))];
  const place =
    names.length === 1
      ? `in ${names[0]}`
      : `in ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const speakers = [...new Set(facts.map((f) => (f.voice === 'speech' ? f.speakerKey : '')))];
  const [speaker] = speakers;
  return speakers.length === 1 && speaker ? `${place}, as ${ctx.name(speaker)} says` : place;
}

function compatible(kind: FactKind, a: string, b: string, ctx: Context): boolean {
  if (a === b) return true;
  switch (kind) {
    case 'eyes':
    case 'hair':
      return a === 'grey' && kind === 'hair'
        ? true
        : b === 'grey' && kind === 'hair'
          ? true
          : COMPATIBLE_COLOURS.has([a, b].sort().join('|'));
    case 'origin': {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      return x.includes(y) || y.includes(x) || ctx.nested.has(`${x}|${y}`) || ctx.nested.has(`${y}|${x}`);
    }
    case 'occupation':
      return COMPATIBLE_OCCUPATIONS.has([a, b].sort().join('|'));
    // "Sir" and "Captain" may both be one man's; two military ranks may not at one time.
    case 'title':
      return !(MILITARY_RANKS.has(a) && MILITARY_RANKS.has(b));
    default:
      return false;
  }
}

const DESCRIBE: Record<AttributeKind, (value: string, detail: string | null) => string> = {
  eyes: (v, d) => `${d ?? v}-eyed`,
  hair: (v, d) => (isBeardDetail(d) && d !== null ? d : `${d ?? v}-haired`),
  height: (v, d) => d ?? v,
  build: (v, d) => d ?? v,
  limb: (v, d) => `hurt in the ${v} ${d}`,
  scar: (v, d) => `scarred on the ${v} ${d}`,
  complexion: (v) => `${v}-skinned`,
  beauty: (v) => v,
  handedness: (v) => `${v}-handed`,
  origin: (v) => `from ${v}`,
  occupation: (v) => `a ${v}`,
  title: (v) => `a ${v.toLowerCase()}`,
};

/**
 * What of the entity an attribute fact is about, beside its kind: a limb's or scar's part, a
 * beard apart from the hair of the head (either may be another colour), the hair's shape apart
 * from its colour; '' for the rest.
 */
function attributePart(f: Fact): string {
  if (f.kind === 'limb' || f.kind === 'scar') return f.detail ?? '';
  if (f.kind !== 'hair') return '';
  // Curly hair may be any colour: its shape is compared with the same person's shapes only.
  return isBeardDetail(f.detail) ? 'beard' : isHairShape(f.value) ? 'shape' : '';
}

interface AttributeConflict {
  entityKey: string | null;
  kind: AttributeKind;
  /** The entity's attribute the two values are of (a limb's or scar's part apart). */
  attribute: string;
  key: string;
  early: Fact[];
  late: Fact[];
  confidence: number;
}

/**
 * Two values of one attribute that cannot both hold. Disagreements drawn from the same two
 * passages ("a little squat man", then "a tall, gaunt man") make one issue.
 */
function attributes(facts: readonly Fact[], ctx: Context): ContinuityIssue[] {
  const conflicts: AttributeConflict[] = [];
  const groups = groupBy(
    facts.filter((f) => isAttributeKind(f.kind)),
    (f) => `${f.entityKey}|${f.kind}|${attributePart(f)}`,
  );
  for (const group of groups.values()) {
    const first = mustAt(group, 0);
    const kind = first.kind;
    if (!isAttributeKind(kind)) continue;
    const byValue = groupBy(group, (f) => f.value);
    const values = [...byValue.keys()];
    // A value the text marks as changed to ("dyed her hair red", "became an innkeeper") stays
    // changed: its later statements ("her red hair", "the innkeeper") tell the new state, not a slip.
    const firstChange = (value: string): number =>
      Math.min(
        ...mustGet(byValue, value)
          .filter((f) => f.change)
          .map(ctx.position),
      );
    const stands = (f: Fact): boolean => f.change || firstChange(f.value) <= ctx.position(f);
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        const a = mustAt(values, i);
        const b = mustAt(values, j);
        if (compatible(kind, a, b, ctx)) continue;
        // A change the text marks stands: "now grey", "lately promoted", "who became".
        const sideA = mustGet(byValue, a).filter((f) => !stands(f));
        const sideB = mustGet(byValue, b).filter((f) => !stands(f));
        if (sideA.length === 0 || sideB.length === 0) continue;
        // Dialogue is weighed against the narration, never one character's word against another's.
        if ([...sideA, ...sideB].every((f) => f.voice === 'speech')) continue;
        if (answeredAtOnce(sideA, sideB) || answeredAtOnce(sideB, sideA)) continue;
        const rank = kind === 'occupation' && RANKS.has(a) && RANKS.has(b);
        const near = (kind === 'eyes' || kind === 'hair') && NEAR_COLOURS.has([a, b].sort().join('|'));
        const strength =
          Math.max(...sideA.map(weight)) * Math.max(...sideB.map(weight)) * (near ? NEAR_COLOUR_WEIGHT : 1);
        const [early, late] =
          ctx.position(mustAt(sideA, 0)) <= ctx.position(mustAt(sideB, 0)) ? [sideA, sideB] : [sideB, sideA];
        const part = attributePart(first) === '' ? '' : `${attributePart(first)}|`;
        conflicts.push({
          entityKey: first.entityKey,
          kind,
          attribute: `${first.entityKey}|${kind}|${part}`,
          key: `attribute|${first.entityKey}|${kind}|${part}${[a, b].sort().join('|')}`,
          early,
          late,
          confidence: BASE[rank ? 'rank' : kind] * strength,
        });
      }
    }
  }
  // One attribute stated three or more ways is one issue: a pair for each would crowd out others.
  const byAttribute = groupBy(conflicts, (c) => c.attribute);
  const manyWays = (same: readonly AttributeConflict[]): boolean =>
    new Set(same.flatMap((c) => [c.early[0]?.value, c.late[0]?.value])).size >= MANY_WAYS;
  const pairs = [...byAttribute.values()].filter((same) => !manyWays(same)).flat();
  const merged = groupBy(
    pairs,
    (c) => `${c.entityKey}|${ctx.position(mustAt(c.early, 0))}|${ctx.position(mustAt(c.late, 0))}`,
  );
  const statedManyWays = [...byAttribute.values()].filter(manyWays).map((same) => {
    const first = mustAt(same, 0);
    const sides = valueSides(
      same.flatMap((c) => [c.early, c.late]),
      ctx,
    );
    const told = sides.map((side) => {
      const f = mustAt(side, 0);
      return `${DESCRIBE[first.kind](f.value, f.detail)} ${where(ctx, side)}`;
    });
    return {
      key: same.map((c) => c.key).join('+'),
      kind: 'attribute' as const,
      entityKey: first.entityKey,
      summary: `${ctx.name(first.entityKey)} is ${listOf(told)}.`,
      confidence: round(Math.max(...same.map((c) => c.confidence))),
      evidence: distinct(
        sides.flatMap((side) => side.slice(0, PER_SIDE)),
        ctx,
      ),
    };
  });
  const pairIssues = [...merged.values()].map((same) => {
    const first = mustAt(same, 0);
    const describe = (side: 'early' | 'late') =>
      [
        ...new Set(
          same.map((c) => {
            const f = mustAt(c[side], 0);
            return DESCRIBE[c.kind](f.value, f.detail);
          }),
        ),
      ].join(' and ');
    return {
      key: same.map((c) => c.key).join('+'),
      kind: 'attribute' as const,
      entityKey: first.entityKey,
      summary: `${ctx.name(first.entityKey)} is ${describe('early')} ${where(ctx, first.early)} but ${describe('late')} ${where(ctx, first.late)}.`,
      confidence: round(Math.max(...same.map((c) => c.confidence))),
      evidence: distinct(
        same.flatMap((c) => [...c.early.slice(0, PER_SIDE), ...c.late.slice(0, PER_SIDE)]),
        ctx,
      ),
    };
  });
  return [...pairIssues, ...statedManyWays];
}

/**
 * "a, b and c"; "a; b, c and d; and e" when a part has its own list ("2 in Chapter 3, Chapter 18
 * and Chapter 23"), so that the parts stay apart.
 */
function listOf(parts: readonly string[]): string {
  const nested = parts.some((p) => /,| and /.test(p));
  const last = parts.at(-1) ?? '';
  return parts.length < 2
    ? last
    : `${parts.slice(0, -1).join(nested ? '; ' : ', ')}${nested ? '; and ' : ' and '}${last}`;
}

/** Values of one attribute or count from which on they make one issue rather than a pair each. */
const MANY_WAYS = 3;

/** The facts of each value once, each value's facts in text order, the values in order of first statement. */
function valueSides(sides: ReadonlyArray<readonly Fact[]>, ctx: Context): Fact[][] {
  const byValue = new Map<string, Fact[]>();
  for (const side of sides) {
    const value = side[0]?.value;
    if (value !== undefined && !byValue.has(value)) byValue.set(value, [...side]);
  }
  return [...byValue.values()].sort((a, b) => ctx.position(mustAt(a, 0)) - ctx.position(mustAt(b, 0)));
}

/** Passages once each, in text order. */
function distinct(facts: readonly Fact[], ctx: Context): Passage[] {
  const seen = new Set<string>();
  return [...facts]
    .sort((a, b) => ctx.position(a) - ctx.position(b))
    .filter((f) => {
      const key = `${f.fileId}|${f.start}|${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(passage);
}

/**
 * A speaker's own age against the narration's estimate ("not more than five-and-twenty"), or
 * against another speaker's word: either may be off, and a character may shade their age.
 */
const spokenAgainstEstimate = (spoken: Fact, other: Fact): boolean =>
  spoken.voice === 'speech' && (other.hedged || other.voice === 'speech');

/**
 * How near the narration must answer a speaker for the pair to be the text showing a lie or a
 * mistake ("'Forty, and not a day more,' said Bunger, who was sixty if he was a day"), about a
 * paragraph: an author's slip puts the two statements apart, not side by side.
 */
const ANSWERED_WITHIN = 400;

/**
 * Every one of `spoken` is speech, and the narration (or an account) states the other value within
 * a paragraph of one of them: the text itself says the speaker is wrong.
 */
const answeredAtOnce = (spoken: readonly Fact[], other: readonly Fact[]): boolean =>
  spoken.every((s) => s.voice === 'speech') &&
  other.some(
    (o) =>
      o.voice !== 'speech' &&
      spoken.some((s) => s.fileId === o.fileId && Math.abs(s.start - o.start) <= ANSWERED_WITHIN),
  );

/** How far `n` lies outside [low, high]: 0 inside. */
const outsideBy = (n: number, low: number, high: number): number => Math.max(0, low - n, n - high);

const yearsApart = (n: number): string => {
  if (n === 0) return 'the same year';
  const span = Math.abs(n) === 1 ? 'a year' : `${Math.abs(n)} years`;
  return `${span} ${n < 0 ? 'earlier' : 'later'}`;
};

/** Ages that cannot both hold: two in one chapter that disagree, or a younger age in a later chapter. */
function ages(facts: readonly Fact[], ctx: Context): ContinuityIssue[] {
  const issues: ContinuityIssue[] = [];
  for (const group of groupBy(
    facts.filter(
      (f): f is Fact & { kind: 'age' | 'birth' } =>
        (f.kind === 'age' || f.kind === 'birth') && f.low !== null && f.high !== null,
    ),
    (f) => `${f.entityKey}|${f.kind}`,
  ).values()) {
    const done = new Set<string>();
    const disagree = (x: Fact, y: Fact): boolean =>
      x.kind === 'birth'
        ? x.value !== y.value
        : (x.high ?? 0) < (y.low ?? 0) - 0.5 || (y.high ?? 0) < (x.low ?? 0) - 0.5;
    // A speaker's age the narration answers at once is shown wrong, whatever else it meets.
    const answered = new Set(
      group.filter((s) =>
        answeredAtOnce(
          [s],
          group.filter((o) => disagree(s, o)),
        ),
      ),
    );
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        if (spokenAgainstEstimate(a, b) || spokenAgainstEstimate(b, a)) continue;
        if (answered.has(a) || answered.has(b)) continue;
        const [aLow, aHigh, bLow, bHigh] = [a.low ?? 0, a.high ?? 0, b.low ?? 0, b.high ?? 0];
        const sameChapter = a.fileId === b.fileId && a.chapter === b.chapter;
        // Where the text dates both ages, the years between decide: the ages must move with them,
        // give or take a birthday (a flashback's younger age stands; six years older in three does not).
        const [aYear, bYear] =
          a.kind === 'age' ? [ctx.storyYear(a), ctx.storyYear(b)] : [undefined, undefined];
        // Two dates of one year in two chapters weigh as much as two years.
        const dated =
          aYear !== undefined && bYear !== undefined && (aYear.year !== bYear.year || !sameChapter)
            ? { aYear, bYear }
            : null;
        const yearsOff = dated
          ? outsideBy(dated.bYear.year - dated.aYear.year, bLow - aHigh, bHigh - aLow)
          : 0;
        // Ageing between chapters stands, unless the later age outruns any years the story could
        // have let pass unmarked beside those it says pass ("Twelve years later"; "Years passed"
        // lets any number pass). An age the text marks as reached ("now in his seventieth year")
        // is weighed the same: "now" says the story is there, not that the years between allow it.
        // One side must be said of the name or of the one person in the resolver's reach: two
        // pronouns each chosen among rivals are likelier two people.
        const oneSideSure = Math.max(a.confidence, b.confidence) >= SOLE_CANDIDATE;
        const agedBeyond =
          !dated && !sameChapter && bLow > aHigh + MAX_UNMARKED_AGEING + ctx.yearsPassed(a, b) && oneSideSure;
        const conflict =
          a.kind === 'birth'
            ? a.value !== b.value
            : dated
              ? yearsOff > BIRTHDAY_SLACK && !b.change && oneSideSure
              : bHigh < aLow - 0.5 || (sameChapter && bLow > aHigh + 0.5) || agedBeyond;
        if (!conflict) continue;
        const key = `${a.kind}|${a.entityKey}|${[a.value, b.value].sort().join('|')}`;
        if (done.has(key)) continue;
        done.add(key);
        const name = ctx.name(a.entityKey);
        const summary =
          a.kind === 'birth'
            ? `${name} is born in ${a.value} ${where(ctx, [a])} but in ${b.value} ${where(ctx, [b])}.`
            : dated
              ? `${name} is ${a.value} in ${dated.aYear.year} (${ctx.chapter(a.fileId, a.chapter)}) but ${b.value} in ${dated.bYear.year} (${ctx.chapter(b.fileId, b.chapter)}), ${yearsApart(dated.bYear.year - dated.aYear.year)}.`
              : sameChapter
                ? `${name} is ${a.value} and ${b.value} in the same ${ctx.chapter(a.fileId, a.chapter)}.`
                : agedBeyond
                  ? `${name} is ${a.value} ${where(ctx, [a])} but ${b.value} ${where(ctx, [b])}, older than the years between seem to allow.`
                  : `${name} is ${a.value} ${where(ctx, [a])} but ${b.value}, younger, ${where(ctx, [b])}.`;
        const evidence = dated
          ? [...distinct([a, b], ctx), dated.aYear.passage, dated.bYear.passage]
              .filter((p, i, all) => all.findIndex((q) => q.fileId === p.fileId && q.start === p.start) === i)
              .sort((p, q) => ctx.position(p) - ctx.position(q))
          : distinct([a, b], ctx);
        issues.push({
          key: `attribute|${key}`,
          kind: 'attribute',
          entityKey: a.entityKey,
          summary,
          confidence: round(BASE[a.kind] * weight(a) * weight(b) * (agedBeyond ? AGED_BEYOND_WEIGHT : 1)),
          evidence,
        });
      }
    }
  }
  return issues;
}

/**
 * Counts stated two ways. An entity's own ("his five daughters", "McCarthy kept two servants"):
 * any two values. A group of a scene ("the three gardeners"): within one chapter, one value stated
 * at least twice and another once; a group named by a character ("the five strangers rowing
 * Ahab"): any two values. A company of people the text counts only twice, in one chapter or the
 * next ("the twelve jurors", then "the ten jurors"), is one company: two values disagree.
 */
function countIssues(facts: readonly Fact[], ctx: Context): ContinuityIssue[] {
  const issues: ContinuityIssue[] = [];
  // By the owner's name, without a man's title: the extraction may split one person in two
  // ("McCarthy" and "Mr. McCarthy"); "Mrs." and "Miss" stay apart, but a married couple's
  // children are the same ("Mr. Hale's five daughters", "Mrs. Hale's six daughters").
  const owner = (f: Fact) => {
    if (f.entityKey === null) return '';
    const name = ctx.name(f.entityKey).replace(MAN_TITLE, '');
    return CHILDREN.test(f.detail ?? '') ? name.replace(/^Mrs\.?\s+/, '') : name;
  };
  // A whole group's number ("were four in number", "not one of the eight doors", a group listed by
  // name) and a count referred back to are weighed by `wholeGroupIssues` alone.
  const counted = facts.filter(
    (f) =>
      !(
        f.entityKey === null &&
        ((f.detail ?? '').endsWith(WHOLE_GROUP) ||
          (f.detail ?? '').endsWith(WHOLE_OF_SCENE) ||
          (f.detail ?? '').endsWith(LISTED_BY_NAME) ||
          (f.detail ?? '').endsWith(REFERRED_BACK))
      ),
  );
  for (const told of groupBy(counted, (f) => `${owner(f)}|${f.detail}`).values()) {
    // A count the text marks a change (a family's after a birth or a death told) ends the ones before.
    const since = told.slice(told.reduce((since, f, i) => (f.change ? i : since), 0));
    const group = since.filter((f) => !isAtLeast(f));
    issues.push(...atLeastIssues(since.filter(isAtLeast), group, ctx));
    if (group.length === 0) continue;
    const first = mustAt(group, 0);
    const scene = (first.detail ?? '').endsWith(' of the scene');
    const noun = (first.detail ?? '').replace(/ of the scene$/, '');
    const buckets =
      scene && first.entityKey === null
        ? groupBy(group, (f) => `${f.fileId}|${f.chapter}`)
        : new Map([['all', group]]);
    const company = companyCounted(group);
    if (company)
      issues.push({
        key: `count|null|${noun}|${[company[0].value, company[1].value].sort().join('|')}`,
        kind: 'count',
        entityKey: null,
        summary: `The ${noun} are ${company[0].value} ${where(ctx, [company[0]])} but ${company[1].value} ${where(ctx, [company[1]])}.`,
        confidence: round(BASE.companyCount * weight(company[0]) * weight(company[1])),
        evidence: distinct(company, ctx),
      });
    for (const bucket of buckets.values()) {
      // A speaker's count is weighed against a narrated one only (`isToldOfAnother`).
      const narrated = bucket.filter((f) => f.voice !== 'speech');
      const byValue = groupBy(
        bucket.filter((f) => f.voice !== 'speech' || narrated.some((n) => n.value !== f.value)),
        (f) => f.value,
      );
      if (byValue.size < 2) continue;
      const ranked = [...byValue.entries()].sort((x, y) => y[1].length - x[1].length);
      const [major, majorFacts] = ranked[0] as [string, Fact[]];
      const minors = ranked
        .slice(1)
        .filter(
          ([, minorFacts]) =>
            !(scene && first.entityKey === null && (majorFacts.length < 2 || minorFacts.length > 1)),
        );
      const base = BASE[scene ? 'groupCount' : 'count'];
      const strength = (minorFacts: readonly Fact[]): number =>
        Math.max(...majorFacts.map(weight)) * Math.max(...minorFacts.map(weight));
      const counted = `${first.entityKey === null ? 'The ' : `${ctx.name(first.entityKey)}'s `}${noun}`;
      // A count stated three or more ways is one issue: a pair for each would crowd out others.
      if (minors.length + 1 >= MANY_WAYS) {
        const sides = valueSides([majorFacts, ...minors.map(([, minorFacts]) => minorFacts)], ctx);
        const told = sides.map((side) => `${mustAt(side, 0).value} ${where(ctx, side)}`);
        issues.push({
          key: `count|${first.entityKey}|${noun}|${[major, ...minors.map(([minor]) => minor)].sort().join('|')}`,
          kind: 'count',
          entityKey: first.entityKey,
          summary: `${counted} are ${listOf(told)}.`,
          confidence: round(base * Math.max(...minors.map(([, minorFacts]) => strength(minorFacts)))),
          evidence: distinct(
            sides.flatMap((side) => side.slice(0, PER_SIDE)),
            ctx,
          ),
        });
        continue;
      }
      for (const [minor, minorFacts] of minors) {
        issues.push({
          key: `count|${first.entityKey}|${noun}|${[major, minor].sort().join('|')}`,
          kind: 'count',
          entityKey: first.entityKey,
          summary: `${counted} are ${major} ${where(ctx, majorFacts)} but ${minor} ${where(ctx, minorFacts)}.`,
          confidence: round(base * strength(minorFacts)),
          evidence: distinct([...majorFacts.slice(0, PER_SIDE), ...minorFacts.slice(0, PER_SIDE)], ctx),
        });
      }
    }
  }
  return issues;
}

/** A count with no upper bound: "the second son of the Duke" has at least two sons (`facts/birth-order.ts`). */
const isAtLeast = (f: Fact): boolean => f.low !== null && f.high === null;

/** The exact counts of one owner's group below the most an "at least" count of it states. */
function atLeastIssues(atLeast: readonly Fact[], exact: readonly Fact[], ctx: Context): ContinuityIssue[] {
  const most = [...atLeast].sort((a, b) => (b.low ?? 0) - (a.low ?? 0))[0];
  if (most === undefined) return [];
  const noun = most.detail ?? '';
  const counted = `${most.entityKey === null ? 'The ' : `${ctx.name(most.entityKey)}'s `}${noun}`;
  const fewer = exact.filter((f) => (f.low ?? 0) < (most.low ?? 0));
  return [...groupBy(fewer, (f) => f.value).entries()].map(
    ([value, facts]): ContinuityIssue => ({
      key: `count|${most.entityKey}|${noun}|${[value, most.value].sort().join('|')}`,
      kind: 'count',
      entityKey: most.entityKey,
      summary: `${counted} are ${value} ${where(ctx, facts)} but ${most.value} ${where(ctx, [most])}.`,
      confidence: round(BASE.count * weight(most) * Math.max(...facts.map(weight))),
      evidence: distinct([...facts.slice(0, PER_SIDE), most], ctx),
    }),
  );
}

/** A group counted two ways: its whole (`stated`) against another count, the earlier told first. */
function groupCountIssue(
  key: string,
  noun: string,
  stated: readonly Fact[],
  otherFacts: readonly Fact[],
  ctx: Context,
): ContinuityIssue {
  const [early, late] =
    ctx.position(mustAt(otherFacts, 0)) <= ctx.position(mustAt(stated, 0))
      ? [otherFacts, stated]
      : [stated, otherFacts];
  return {
    key,
    kind: 'count',
    entityKey: null,
    summary: `The ${noun} are ${mustAt(early, 0).value} ${where(ctx, early)} but ${mustAt(late, 0).value} ${where(ctx, late)}.`,
    confidence: round(
      BASE.groupCount * Math.max(...stated.map(weight)) * Math.max(...otherFacts.map(weight)),
    ),
    evidence: distinct([...early.slice(0, PER_SIDE), ...late.slice(0, PER_SIDE)], ctx),
  };
}

/**
 * The whole of a group, as "were four in number" states it (`facts/counts.ts`): unlike "the three
 * boats" of one scene, which may be some of them, it is the group's size wherever the text counts
 * the group, so a count of it in any chapter ("the three harpooneers") that differs disagrees.
 */
function wholeGroupIssues(counts: readonly Fact[], ctx: Context): ContinuityIssue[] {
  const issues = new Map<string, ContinuityIssue>();
  const wholes = counts.filter((f) => f.entityKey === null && (f.detail ?? '').endsWith(WHOLE_GROUP));
  for (const [detail, stated] of groupBy(wholes, (f) => f.detail ?? '')) {
    const noun = detail.slice(0, -WHOLE_GROUP.length);
    const counted = counts.filter((f) => f.entityKey === null && f.detail === `${noun} of the scene`);
    for (const [whole, wholeFacts] of groupBy(stated, (f) => f.value)) {
      for (const [other, otherFacts] of groupBy(
        counts.filter((f) => (counted.includes(f) || stated.includes(f)) && f.value !== whole),
        (f) => f.value,
      )) {
        // Two whole numbers that disagree are one issue, met from either side.
        const key = `count|null|${detail}|${[whole, other].sort().join('|')}`;
        if (!issues.has(key)) issues.set(key, groupCountIssue(key, noun, wholeFacts, otherFacts, ctx));
      }
    }
  }
  // "not one of the eight doors": the scene's group is eight, against "six doors" in that chapter.
  for (const whole of counts.filter(
    (f) => f.entityKey === null && (f.detail ?? '').endsWith(WHOLE_OF_SCENE),
  )) {
    const noun = (whole.detail ?? '').slice(0, -WHOLE_OF_SCENE.length);
    const others = counts.filter(
      (f) =>
        f.entityKey === null &&
        f.detail === `${noun} of the scene` &&
        f.fileId === whole.fileId &&
        f.chapter === whole.chapter &&
        f.value !== whole.value,
    );
    for (const [other, otherFacts] of groupBy(others, (f) => f.value)) {
      const key = `count|null|${noun} of the scene|${[whole.value, other].sort().join('|')}`;
      if (!issues.has(key)) issues.set(key, groupCountIssue(key, noun, [whole], otherFacts, ctx));
    }
  }
  // "these three mates--Starbuck, Stubb and Flask": the whole crew of mates, so no scene has more of
  // them ("each of the four mates"); a scene's "the two mates" may be some of them.
  for (const listed of counts.filter(
    (f) => f.entityKey === null && (f.detail ?? '').endsWith(LISTED_BY_NAME),
  )) {
    const noun = (listed.detail ?? '').slice(0, -LISTED_BY_NAME.length);
    const more = counts.filter(
      (f) =>
        f.entityKey === null &&
        (f.detail === `${noun} of the scene` || f.detail === `${noun}${WHOLE_GROUP}`) &&
        Number(f.value) > Number(listed.value),
    );
    for (const [other, otherFacts] of groupBy(more, (f) => f.value)) {
      const key = `count|null|${noun}${WHOLE_GROUP}|${[listed.value, other].sort().join('|')}`;
      if (!issues.has(key)) issues.set(key, groupCountIssue(key, noun, [listed], otherFacts, ctx));
    }
  }
  // "fifty guineas", then "the forty guineas" in the chapter: the count a definite count refers back
  // to, and that count, with another number (`facts/counts.ts` reads the two as a pair).
  const referred = counts.filter((f) => f.entityKey === null && (f.detail ?? '').endsWith(REFERRED_BACK));
  for (const [detail, told] of groupBy(referred, (f) => `${f.fileId}|${f.chapter}|${f.detail}`)) {
    const [first, ...others] = [...groupBy(told, (f) => f.value).values()];
    const noun = detail.slice(detail.lastIndexOf('|') + 1, -REFERRED_BACK.length);
    for (const otherFacts of others) {
      const key = `count|null|${noun}${REFERRED_BACK}|${[mustAt(otherFacts, 0).value, mustAt(first ?? otherFacts, 0).value].sort().join('|')}`;
      if (first && !issues.has(key)) issues.set(key, groupCountIssue(key, noun, first, otherFacts, ctx));
    }
  }
  return [...issues.values()];
}

/** The detail of a count of a whole group (`facts/counts.ts`: "the harpooneers, who were four in number"). */
const WHOLE_GROUP = ' in number';

const MAN_TITLE = /^(?:Mr\.?|Mister|Sir|Dr\.?|Doctor|Captain|Colonel|Major)\s+/;
/** Nouns of a parent's children, which a husband and wife share. */
const CHILDREN = /^(?:children|daughters|sons|girls|boys)$/;

/**
 * The two counts of a company of people no one owns, when the text counts it only twice, with two
 * values, in one file and in one chapter or the next; null otherwise.
 */
function companyCounted(group: readonly Fact[]): [Fact, Fact] | null {
  const [a, b] = group;
  if (group.length !== 2 || a === undefined || b === undefined) return null;
  if (a.entityKey !== null || b.entityKey !== null || a.value === b.value || a.fileId !== b.fileId)
    return null;
  const noun = (a.detail ?? '').replace(/ of the scene$/, '');
  if (!PEOPLE_NOUNS.has(noun) && !AGENT_PLURAL.test(noun)) return null;
  return Math.abs((a.chapter ?? 0) - (b.chapter ?? 0)) <= 1 ? [a, b] : null;
}

/** A fact held by an entity of the story bible (the checks compare one entity's facts). */
type HeldFact = Fact & { entityKey: string };
const isHeld = (f: Fact): f is HeldFact => f.entityKey !== null;

/** A death a character reports in dialogue is weaker evidence than one the narration tells. */
const REPORTED_DEATH_WEIGHT = 0.7;

/** A character who acts, speaks or writes in the narration after the text has them die. */
function afterDeath(facts: readonly HeldFact[], ctx: Context): ContinuityIssue[] {
  const issues: ContinuityIssue[] = [];
  const deaths = facts.filter((f) => f.kind === 'status' && f.value === 'dead');
  const acts = groupBy(
    facts.filter((f) => f.kind === 'act'),
    (f) => f.entityKey,
  );
  const deathWeight = (f: Fact): number => weight(f) * (f.voice === 'speech' ? REPORTED_DEATH_WEIGHT : 1);
  for (const [entityKey, list] of groupBy(deaths, (f) => f.entityKey)) {
    const own = acts.get(entityKey) ?? [];
    const sameChapter = (a: Fact, b: Fact) => a.fileId === b.fileId && a.chapter === b.chapter;
    // "the death of Dr. Roylott" in a chapter's opening, before he has done anything in it: the
    // narrator foretells how the chapter ends, so his acts in that chapter come before it.
    const foretold = (death: Fact) =>
      death.detail === 'body' &&
      !own.some((a) => sameChapter(a, death) && ctx.position(a) < ctx.position(death));
    const actsAfter = (death: Fact) =>
      own.filter(
        (a) =>
          ctx.position(a) > ctx.position(death) + (death.end - death.start) &&
          !(foretold(death) && sameChapter(a, death)),
      );
    // Weighed by the surest telling of the death the character then outlives (the narration's
    // "the late Mr. Darcy" over an earlier aside in dialogue). The earliest other tellings are
    // cited with it, PER_SIDE in all: where a death is told several times, the one a reader (or
    // the author) has in mind may be any of them.
    const told = list.filter((d) => actsAfter(d).length > 0);
    if (told.length === 0) continue;
    const death = told.reduce((best, d) => (deathWeight(d) > deathWeight(best) ? d : best));
    const tellings = [death, ...told.filter((d) => d !== death).slice(0, PER_SIDE - 1)].sort(
      (a, b) => ctx.position(a) - ctx.position(b),
    );
    const after = actsAfter(death);
    const strongest = Math.max(...after.slice(0, 5).map((a) => a.confidence));
    const verb = (a: Fact): string =>
      a.value === 'spoke' ? 'speaks' : a.value === 'wrote' ? 'writes' : 'acts';
    const first = mustAt(after, 0);
    issues.push({
      key: `after_death|${entityKey}`,
      kind: 'after_death',
      entityKey,
      summary: `${ctx.name(entityKey)} dies ${where(ctx, tellings)} but ${verb(first)} ${where(ctx, [first])}${after.length > 1 ? ` (and ${after.length - 1} more time${after.length > 2 ? 's' : ''})` : ''}.`,
      confidence: round(BASE.death * deathWeight(death) * (0.6 + 0.4 * strongest)),
      // The death's tellings, the first act after it, and the acts the extraction is surest of.
      evidence: distinct(
        [
          ...tellings,
          first,
          ...after
            .slice(1)
            .sort((a, b) => b.confidence - a.confidence)
            .slice(0, PER_SIDE - 1),
        ],
        ctx,
      ),
    });
  }
  return issues;
}

/**
 * A limb used after the text has it lost: a use of the lost side ("with his left hand" after "lost
 * his left arm"), or of both sides after any loss of that limb ("on both legs" after "lost a leg"),
 * told after the loss. A use told before it, or of the other side, is none.
 */
function usedAfterLoss(facts: readonly HeldFact[], ctx: Context): ContinuityIssue[] {
  const issues: ContinuityIssue[] = [];
  const uses = groupBy(
    facts.filter((f) => f.kind === 'use'),
    (f) => f.entityKey,
  );
  for (const loss of facts.filter((f) => f.kind === 'loss')) {
    const limbs = LOST_WITH[loss.detail ?? ''] ?? [];
    const use = (uses.get(loss.entityKey) ?? []).find(
      (u) =>
        ctx.position(u) > ctx.position(loss) &&
        limbs.includes(u.detail ?? '') &&
        (u.value === 'both' || (u.value === loss.value && loss.value !== ONE_SIDE)),
    );
    if (use === undefined) continue;
    const key = `limb_loss|${loss.entityKey}|${loss.value}|${loss.detail}`;
    if (issues.some((i) => i.key === key)) continue;
    const side = loss.value !== ONE_SIDE ? `the ${loss.value}` : loss.detail === 'arm' ? 'an' : 'a';
    issues.push({
      key,
      kind: 'attribute',
      entityKey: loss.entityKey,
      summary: `${ctx.name(loss.entityKey)} loses ${side} ${loss.detail} ${where(ctx, [loss])} but uses ${use.value === 'both' ? `both ${use.detail}s` : `the ${use.value} ${use.detail}`} ${where(ctx, [use])}.`,
      confidence: round(BASE.limb * weight(loss) * weight(use)),
      evidence: distinct([loss, use], ctx),
    });
  }
  return issues;
}

/** Kin of one degree whatever their sex: "her niece" and "his nephew" are one role, the inverse of an uncle's or aunt's. */
const KIN_DEGREE: Record<string, string> = {
  niece: 'niece or nephew',
  nephew: 'niece or nephew',
  uncle: 'uncle or aunt',
  aunt: 'uncle or aunt',
  grandfather: 'grandparent',
  grandmother: 'grandparent',
  grandson: 'grandchild',
  granddaughter: 'grandchild',
};
const INVERSE: Record<string, string> = {
  parent: 'child',
  child: 'parent',
  'niece or nephew': 'uncle or aunt',
  'uncle or aunt': 'niece or nephew',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  'step-parent': 'step-child',
  'step-child': 'step-parent',
  servant: 'employer',
  employer: 'servant',
};
/** Roles of one person to another that can hold together. */
const COMPATIBLE_ROLES = new Set(['engaged|spouse', 'cousin|engaged', 'cousin|spouse']);
const FAMILY = new Set([
  'parent',
  'child',
  'sibling',
  'spouse',
  'engaged',
  'in-law',
  'step-parent',
  'step-child',
  'step-sibling',
  'half-sibling',
  'cousin',
  'uncle or aunt',
  'niece or nephew',
  'grandparent',
  'grandchild',
]);

/** Relations that cannot both hold: her brother and her husband; a parent both ways; two fathers. */
function relationIssues(facts: readonly HeldFact[], ctx: Context): ContinuityIssue[] {
  const issues: ContinuityIssue[] = [];
  // What B is to A, for every ordered pair.
  const stated = facts
    .filter((f) => f.kind === 'relation' && f.objectKey !== f.entityKey)
    .flatMap((f) => {
      const role = KIN_DEGREE[f.value] ?? f.value;
      const other = f.objectKey;
      if (other === null) return [];
      return [
        { a: f.entityKey, b: other, role, fact: f },
        { a: other, b: f.entityKey, role: INVERSE[role] ?? role, fact: f },
      ];
    });
  const seen = new Set<string>();
  for (const group of groupBy(stated, (s) => `${s.a}|${s.b}`).values()) {
    const byRole = groupBy(group, (s) => s.role);
    const roles = [...byRole.keys()].filter((r) => FAMILY.has(r) || r === 'servant' || r === 'employer');
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const x = mustAt(roles, i);
        const y = mustAt(roles, j);
        if (COMPATIBLE_ROLES.has([x, y].sort().join('|'))) continue;
        const first = group[0] as (typeof group)[number];
        const key = `relation|${[first.a, first.b].sort().join('|')}|${[x, y].sort().join('|')}`;
        // One disagreement seen from each side ("Maria is his child / his niece" and "he is her
        // parent / her uncle") is one issue: its roles as the first of the pair in key order has them.
        const own = first.a < first.b ? [x, y] : [x, y].map((r) => INVERSE[r] ?? r);
        const same = `relation|${[first.a, first.b].sort().join('|')}|${own.sort().join('|')}`;
        if (seen.has(key) || seen.has(same)) continue;
        seen.add(key);
        seen.add(same);
        const fx = (byRole.get(x) ?? []).map((s) => s.fact);
        const fy = (byRole.get(y) ?? []).map((s) => s.fact);
        if (spokenOnly(fx, fy) || spokenCourtesy(fx, fy) || spokenCourtesy(fy, fx)) continue;
        issues.push({
          key,
          kind: 'relation',
          entityKey: first.a,
          summary: `${ctx.name(first.b)} is ${ctx.name(first.a)}'s ${x} ${where(ctx, fx)} but ${ctx.name(first.a)}'s ${y} ${where(ctx, fy)}.`,
          confidence: round(BASE.relation * Math.max(...fx.map(weight)) * Math.max(...fy.map(weight))),
          evidence: distinct([...fx.slice(0, PER_SIDE), ...fy.slice(0, PER_SIDE)], ctx),
        });
      }
    }
  }
  issues.push(...oneOnlyIssues(stated, ctx), ...neverMarried(facts, ctx), ...limitIssues(facts, ctx));
  return issues;
}

/**
 * Kin beyond a limit the text states (`relation-limits.ts`): a second brother of an "only brother",
 * a sister of an only child, a second spouse while the first marriage stands.
 */
function limitIssues(facts: readonly Fact[], ctx: Context): ContinuityIssue[] {
  return limitsBroken(facts, ctx.name).map((b) => ({
    key: b.key,
    kind: 'relation',
    entityKey: b.holder,
    summary: `${ctx.name(b.holder)} ${b.limit} ${where(ctx, b.limitFacts)} but ${b.other === null ? `has ${b.role}` : `${ctx.name(b.other)} is ${ctx.name(b.holder)}'s ${b.role}`} ${where(ctx, b.breachFacts)}.`,
    confidence: round(
      BASE.relation * Math.max(...b.limitFacts.map(weight)) * Math.max(...b.breachFacts.map(weight)),
    ),
    evidence: distinct([...b.limitFacts.slice(0, PER_SIDE), ...b.breachFacts.slice(0, PER_SIDE)], ctx),
  }));
}

/**
 * A character who never marries ("lived and died a bachelor") and whose marriage the text states
 * anywhere ("he has a wife", "Mary married Thomas", "his widow"): one of the two is wrong, whatever
 * their order.
 */
function neverMarried(facts: readonly HeldFact[], ctx: Context): ContinuityIssue[] {
  const single = groupBy(
    facts.filter((f) => f.kind === 'status' && f.value === 'unmarried'),
    (f) => f.entityKey,
  );
  if (single.size === 0) return [];
  const wed = facts.flatMap((f) =>
    f.kind === 'status' && (f.value === 'married' || f.value === 'widowed')
      ? [{ key: f.entityKey, fact: f }]
      : f.kind === 'relation' && f.value === 'spouse'
        ? [{ key: f.entityKey, fact: f }, ...(f.objectKey === null ? [] : [{ key: f.objectKey, fact: f }])]
        : [],
  );
  const issues: ContinuityIssue[] = [];
  for (const [entityKey, married] of groupBy(wed, (w) => w.key)) {
    const never = single.get(entityKey);
    if (never === undefined) continue;
    const fm = married.map((w) => w.fact);
    issues.push({
      key: `relation|${entityKey}|unmarried|married`,
      kind: 'relation',
      entityKey,
      summary: `${ctx.name(entityKey)} never marries ${where(ctx, never)} but is married ${where(ctx, fm)}.`,
      confidence: round(BASE.relation * Math.max(...never.map(weight)) * Math.max(...fm.map(weight))),
      evidence: distinct([...never.slice(0, PER_SIDE), ...fm.slice(0, PER_SIDE)], ctx),
    });
  }
  return issues;
}

/** Titles a person known only by one may have ("the King", "the High Priest"), by sex. */
const MALE_TITLES = new Set(
  'king prince priest chief duke emperor sultan squire rector vicar bishop earl baron count lord governor'.split(
    ' ',
  ),
);
const FEMALE_TITLES = new Set('queen princess duchess countess lady empress abbess'.split(' '));
/** The sex a parent's kin word or a name's title gives, if any. */
function sexOf(s: { a: string; b: string; fact: Fact }, ctx: Context): 'male' | 'female' | null {
  // The fact says "<b> is <a>'s father" only when it is stated of <a> (not as "<a> is <b>'s son").
  if (s.fact.entityKey === s.a) {
    if (/^(?:father|step-?father|grandfather)$/i.test(s.fact.detail ?? '')) return 'male';
    if (/^(?:mother|step-?mother|grandmother)$/i.test(s.fact.detail ?? '')) return 'female';
  }
  const name = ctx.name(s.b);
  // "the King", "the High Priest": a title's last word (of a title-keyed person or a name).
  const title = /(?:^|\s)(\p{L}+)$/u.exec(name)?.[1]?.toLowerCase();
  if (title !== undefined && MALE_TITLES.has(title)) return 'male';
  if (title !== undefined && FEMALE_TITLES.has(title)) return 'female';
  return titleSex(name);
}

/**
 * Kin of whom one has only one at a time: two different fathers (or mothers) of one person, and
 * one person engaged to two others (unless the text marks the change). Each pair of such kin is one
 * issue.
 */
function oneOnlyIssues(
  stated: ReadonlyArray<{ a: string; b: string; role: string; fact: Fact }>,
  ctx: Context,
): ContinuityIssue[] {
  const issues: ContinuityIssue[] = [];
  const roles = stated.filter((s) => (s.role === 'parent' || s.role === 'engaged') && !s.fact.change);
  for (const group of groupBy(roles, (s) => `${s.a}|${s.role}`).values()) {
    const first = group[0] as (typeof group)[number];
    const byOther = [...groupBy(group, (s) => s.b).values()];
    for (let i = 0; i < byOther.length; i++) {
      for (let j = i + 1; j < byOther.length; j++) {
        const x = mustAt(byOther, i);
        const y = mustAt(byOther, j);
        const bx = (x[0] as (typeof group)[number]).b;
        const by = (y[0] as (typeof group)[number]).b;
        let label = '';
        if (first.role === 'parent') {
          const sx = x.map((s) => sexOf(s, ctx)).find((g) => g !== null) ?? null;
          const sy = y.map((s) => sexOf(s, ctx)).find((g) => g !== null) ?? null;
          if (sx === null || sx !== sy) continue;
          label = sx === 'male' ? 'the father of' : 'the mother of';
        }
        const fx = x.map((s) => s.fact);
        const fy = y.map((s) => s.fact);
        if (spokenOnly(fx, fy)) continue;
        const summary =
          first.role === 'parent'
            ? `${ctx.name(first.a)} has two ${label === 'the father of' ? 'fathers' : 'mothers'}: ${ctx.name(bx)} ${where(ctx, fx)} and ${ctx.name(by)} ${where(ctx, fy)}.`
            : `${ctx.name(first.a)} is engaged to ${ctx.name(bx)} ${where(ctx, fx)} and to ${ctx.name(by)} ${where(ctx, fy)}.`;
        issues.push({
          key: `relation|${first.a}|${first.role}|${[bx, by].sort().join('|')}`,
          kind: 'relation',
          entityKey: first.a,
          summary,
          confidence: round(
            BASE.relation *
              (first.role === 'engaged' ? ENGAGED_TWICE_WEIGHT : 1) *
              Math.max(...fx.map(weight)) *
              Math.max(...fy.map(weight)),
          ),
          evidence: distinct([...fx.slice(0, PER_SIDE), ...fy.slice(0, PER_SIDE)], ctx),
        });
      }
    }
  }
  return issues;
}
/** An engagement may be broken off and another made without the text saying so in those words. */
const ENGAGED_TWICE_WEIGHT = 0.8;
