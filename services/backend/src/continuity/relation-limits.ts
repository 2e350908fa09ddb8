/**
 * Kin a person has only so many of, and the kin who breaks the limit: "Edward's only brother,
 * George" and then a brother Walter; "Mary was an only child" and then her sister; a wife of ten
 * years and then a husband at dinner, with no death, no "second husband" between. `detect.ts`
 * makes each an issue of the kind "relation".
 */
import { groupBy, mustAt } from '@george/runtime/collections';
import { LACKING_KIN } from './facts/only-kin.js';
import type { Fact } from './types.js';

export interface LimitBroken {
  /** Stable across re-ingestion: the holder, the limit and the kin who breaks it. */
  key: string;
  /** Whose kin these are. */
  holder: string;
  /** The limit, for the summary: "has only one brother", "has no brother or sister". */
  limit: string;
  limitFacts: Fact[];
  /**
   * The kin beyond the limit (null for kin the text does not name: "he has a wife", "she had two
   * sisters"), what they are to the holder ("a wife", "2 sisters" when unnamed), and where the text
   * says so.
   */
  other: string | null;
  role: string;
  breachFacts: Fact[];
}

/** How sure each side of two marriages must be: a name's own statement, not a pronoun's guess. */
const NAMED = 0.9;

/**
 * Words that tell one marriage ended or was not the first: a second husband, a former wife, the
 * late husband, a widow (her husband is dead), a divorce.
 */
const ENDED = /\b(?:second|third|first|former|late|dead|deceased|divorced|ex-|widow|widower|previous)\b/i;

/** The text's kin word as a class: "brothers" a brother, "twin" a sibling. */
function kinClass(f: Fact): string {
  const word = (f.detail ?? '').toLowerCase();
  if (/^brothers?$/.test(word)) return 'brother';
  if (/^sisters?$/.test(word)) return 'sister';
  if (/^(?:son|sons|boy|lad)$/.test(word)) return 'son';
  if (/^(?:daughter|daughters|girl|lass)$/.test(word)) return 'daughter';
  return f.value;
}

/** The kin class a count's plural noun counts ("two sisters": each a sister, "three children": any child). */
const COUNTED_KIN: Readonly<Record<string, { role: string; cls: string }>> = {
  brothers: { role: 'sibling', cls: 'brother' },
  sisters: { role: 'sibling', cls: 'sister' },
  sons: { role: 'child', cls: 'son' },
  daughters: { role: 'child', cls: 'daughter' },
  children: { role: 'child', cls: 'child' },
};

/**
 * A holder's counts of kin the narration states as they stand ("Mary had two sisters"; not a
 * speaker's, not one marked a change) that `accept` takes, one group per count as told ("2 sisters").
 */
function narratedKinCounts(
  facts: readonly Fact[],
  holder: string,
  accept: (count: Fact) => boolean,
): Map<string, Fact[]> {
  const counted = facts.filter(
    (f) => f.kind === 'count' && f.entityKey === holder && f.voice !== 'speech' && !f.change && accept(f),
  );
  return groupBy(counted, (f) => `${f.value} ${f.detail}`);
}

/** One name is the other's or a part of it ("George", "George Crane"): maybe one person split in two. */
function sameName(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[\s.]+/)
      .filter(Boolean);
  const [x, y] = [words(a), words(b)];
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/**
 * Relations the text states with "only" ("Edward's only brother, George", "Maria, the only
 * daughter of Sir William"): a second of that kin, another person, breaks the limit, and so does a
 * narrated count of two or more of them ("Edward had three brothers"). "Only child" is broken by
 * any child. Not "not only".
 */
function onlyOne(
  facts: readonly Fact[],
  relations: readonly Fact[],
  name: (key: string) => string,
): LimitBroken[] {
  const broken: LimitBroken[] = [];
  for (const f of relations) {
    const cls = kinClass(f);
    if (f.objectKey === null || f.entityKey === null || !['sibling', 'child'].includes(f.value)) continue;
    const word = (f.detail ?? '').toLowerCase();
    if (!new RegExp(`(?<!\\bnot\\s)\\bonly\\s+${word}\\b`, 'i').test(f.quote)) continue;
    const holder = f.entityKey;
    const only = f.objectKey;
    const others = relations.filter(
      (g) =>
        g.entityKey === holder &&
        g.objectKey !== null &&
        g.objectKey !== only &&
        g.value === f.value &&
        (cls === 'child' || kinClass(g) === cls) &&
        !g.change &&
        !sameName(name(g.objectKey), name(only)),
    );
    for (const [other, breach] of groupBy(others, (g) => g.objectKey ?? '')) {
      broken.push({
        key: `relation|${holder}|only ${cls}|${[only, other].sort().join('|')}`,
        holder,
        limit: `has only one ${cls === 'sibling' ? 'brother or sister' : cls}, ${name(only)},`,
        limitFacts: [f],
        other,
        role: cls,
        breachFacts: breach,
      });
    }
    const beyondOne = narratedKinCounts(facts, holder, (g) => {
      const kin = COUNTED_KIN[g.detail ?? ''];
      return (
        (g.low ?? 0) >= 2 &&
        kin?.role === f.value &&
        (cls === 'child' || cls === 'sibling' || kin.cls === cls)
      );
    });
    for (const [told, counts] of beyondOne) {
      broken.push({
        key: `relation|${holder}|only ${cls}|${only}|${told}`,
        holder,
        limit: `has only one ${cls === 'sibling' ? 'brother or sister' : cls}, ${name(only)},`,
        limitFacts: [f],
        other: null,
        role: told,
        breachFacts: counts,
      });
    }
  }
  // The same limit read twice (two patterns, or said twice) is one issue.
  return [...new Map(broken.map((b) => [b.key, b])).values()];
}

/** A status of kin lacking ("an only child", "had no brothers") and a brother or sister named or counted. */
function lackingKin(facts: readonly Fact[], relations: readonly Fact[]): LimitBroken[] {
  const broken: LimitBroken[] = [];
  for (const [holder, lacks] of groupBy(
    facts.filter((f) => f.kind === 'status' && f.entityKey !== null && f.value in LACKING_KIN),
    (f) => f.entityKey ?? '',
  )) {
    for (const [value, said] of groupBy(lacks, (f) => f.value)) {
      const ruled = LACKING_KIN[value] ?? [];
      const siblings = relations.flatMap((g) => {
        if (g.value !== 'sibling' || g.change || g.objectKey === null) return [];
        // "Jane, Mary's sister": the word is what the other is to the holder.
        if (g.entityKey === holder && ruled.includes(kinClass(g))) return [{ other: g.objectKey, fact: g }];
        // "Mary, Jane's sister": the holder is the other's sister, of a sex the word does not give.
        if (g.objectKey === holder && g.entityKey !== null && ruled.includes('sibling'))
          return [{ other: g.entityKey, fact: g }];
        return [];
      });
      for (const [other, breach] of groupBy(siblings, (s) => s.other)) {
        broken.push({
          key: `relation|${holder}|${value}|${other}`,
          holder,
          limit: `has ${value}`,
          limitFacts: said,
          other,
          role: 'sibling',
          breachFacts: breach.map((s) => s.fact),
        });
      }
      // "Mary had two sisters", "his two younger brothers": a narrated count of the kin ruled out.
      for (const [told, counts] of narratedKinCounts(facts, holder, (f) => ruled.includes(kinClass(f)))) {
        broken.push({
          key: `relation|${holder}|${value}|${told}`,
          holder,
          limit: `has ${value}`,
          limitFacts: said,
          other: null,
          role: told,
          breachFacts: counts,
        });
      }
    }
  }
  return broken;
}

/**
 * Two spouses of one person at once: each stated by name, neither marriage said to have ended
 * (no death of either spouse, no widowhood, no "second husband", "late wife" or divorce).
 */
function twoSpouses(
  facts: readonly Fact[],
  relations: readonly Fact[],
  name: (key: string) => string,
): LimitBroken[] {
  const dead = new Set(
    facts.filter((f) => f.kind === 'status' && f.value === 'dead').map((f) => f.entityKey),
  );
  const widowed = new Set(
    facts.filter((f) => f.kind === 'status' && f.value === 'widowed').map((f) => f.entityKey),
  );
  const spouses = relations.flatMap((f) =>
    f.value === 'spouse' && f.entityKey !== null && f.objectKey !== null
      ? [
          { a: f.entityKey, b: f.objectKey, fact: f },
          { a: f.objectKey, b: f.entityKey, fact: f },
        ]
      : [],
  );
  const broken: LimitBroken[] = [];
  for (const [holder, stated] of groupBy(spouses, (s) => s.a)) {
    if (widowed.has(holder)) continue;
    const byPartner = [...groupBy(stated, (s) => s.b)];
    if (byPartner.some(([partner, said]) => dead.has(partner) || said.some((s) => ended(s.fact)))) continue;
    const sure = byPartner.filter(([, said]) => said.some((s) => s.fact.confidence >= NAMED));
    for (let i = 0; i < sure.length; i++) {
      for (let j = i + 1; j < sure.length; j++) {
        const [x, fx] = mustAt(sure, i);
        const [y, fy] = mustAt(sure, j);
        if (sameName(name(x), name(y))) continue;
        broken.push({
          key: `relation|${holder}|spouse|${[x, y].sort().join('|')}`,
          holder,
          limit: `is married to ${name(x)}`,
          limitFacts: fx.map((s) => s.fact),
          other: y,
          role: 'spouse',
          breachFacts: fy.map((s) => s.fact),
        });
      }
    }
  }
  return broken;
}

const ended = (f: Fact): boolean => f.change || ENDED.test(f.detail ?? '') || ENDED.test(f.quote);

/**
 * A person said to be unmarried now ("a bachelor of fifty", `facts/single.ts`) and a spouse of
 * theirs stated by name: before it, unless the marriage ended (a death of either, widowhood, a
 * "late wife"); after it, unless a wedding or an engagement of either is told from the status on
 * ("Edward Crane married Ann Lacey in the autumn"). A spouse held with no name ("he has a wife")
 * counts before it, the marriage not said to have ended: what that spouse did after is untold.
 */
function singleWhileMarried(facts: readonly Fact[], relations: readonly Fact[]): LimitBroken[] {
  const told = (value: string) =>
    facts.filter((f) => f.kind === 'status' && f.value === value && f.entityKey !== null);
  const deaths = told('dead');
  const dead = new Set(deaths.map((f) => f.entityKey));
  const widowed = new Set(told('widowed').map((f) => f.entityKey));
  // A marriage told as an event: the status "married" or "engaged", or a relation marked a change.
  const weddings = [...told('married'), ...told('engaged'), ...relations.filter((f) => f.change)];
  const broken: LimitBroken[] = [];
  for (const [holder, said] of groupBy(
    told('single').filter((f) => f.voice !== 'speech'),
    (f) => f.entityKey ?? '',
  )) {
    const first = Math.min(...said.map((f) => f.start));
    // A death of the holder told after the status (Ahab's at the end) leaves the status standing.
    if (widowed.has(holder) || deaths.some((f) => f.entityKey === holder && f.start < first)) continue;
    const spouses = relations.flatMap((f) => {
      const partner = f.entityKey === holder ? f.objectKey : f.objectKey === holder ? f.entityKey : null;
      return f.value === 'spouse' && partner !== null && !dead.has(partner) && !ended(f)
        ? [{ partner, fact: f }]
        : [];
    });
    const wedded = (partner: string, at: number) =>
      weddings.some(
        (w) => (w.entityKey === holder || w.entityKey === partner) && w.start >= first && w.start < at,
      );
    for (const [partner, stated] of groupBy(
      spouses.filter((s) => s.fact.start < first || !wedded(s.partner, s.fact.end)),
      (s) => s.partner,
    )) {
      broken.push({
        key: `relation|${holder}|single|${partner}`,
        holder,
        limit: limitOfSingle(said),
        limitFacts: said,
        other: partner,
        role: 'spouse',
        breachFacts: stated.map((s) => s.fact),
      });
    }
    const held = told('married').filter(
      (f) => f.entityKey === holder && f.start < first && f.voice !== 'speech' && !ended(f),
    );
    for (const [word, stated] of groupBy(held, (f) => f.detail ?? 'spouse')) {
      broken.push({
        key: `relation|${holder}|single|${word}`,
        holder,
        limit: limitOfSingle(said),
        limitFacts: said,
        other: null,
        role: `a ${word}`,
        breachFacts: stated,
      });
    }
  }
  return broken;
}

/** The limit a person said to be single states: "is a bachelor", "is unmarried". */
function limitOfSingle(said: readonly Fact[]): string {
  const word = said[0]?.detail ?? '';
  return `is ${/^(?:bachelor|spinster)$/.test(word) ? `a ${word}` : 'unmarried'}`;
}

/**
 * What two children of one parent cannot be to each other: a spouse or a betrothed, a cousin, or
 * kin of another generation. A half- or step-sibling, an in-law, a servant may still hold.
 */
const NOT_BETWEEN_SIBLINGS: ReadonlySet<string> = new Set([
  'spouse',
  'engaged',
  'cousin',
  'parent',
  'child',
  'uncle',
  'aunt',
  'niece',
  'nephew',
  'grandfather',
  'grandmother',
  'grandson',
  'granddaughter',
]);

/**
 * Two children of one parent, each stated by name ("Walter Grey was the son of Robert Grey", "Robert
 * Grey's daughter, Ellen Grey"), are brother and sister: a relation between them that siblings
 * cannot have ("Ellen Grey, Walter Grey's cousin", "Walter and his wife Ellen") breaks it. A pair
 * the text also calls siblings is left to the direct disagreement (`detect.ts`).
 */
function childrenOfOneParent(relations: readonly Fact[], name: (key: string) => string): LimitBroken[] {
  const parentage = relations.flatMap((f) =>
    f.confidence < NAMED || f.entityKey === null || f.objectKey === null
      ? []
      : f.value === 'child'
        ? [{ parent: f.entityKey, child: f.objectKey, fact: f }]
        : f.value === 'parent'
          ? [{ parent: f.objectKey, child: f.entityKey, fact: f }]
          : [],
  );
  const children = groupBy(parentage, (p) => `${p.parent}|${p.child}`);
  const pair = (a: string, b: string) => [a, b].sort().join('|');
  const siblings = new Set(
    relations.flatMap((f) =>
      f.value === 'sibling' && f.entityKey !== null && f.objectKey !== null
        ? [pair(f.entityKey, f.objectKey)]
        : [],
    ),
  );
  const broken: LimitBroken[] = [];
  for (const g of relations) {
    const [holder, other] = [g.entityKey, g.objectKey];
    if (!NOT_BETWEEN_SIBLINGS.has(g.value) || g.change || holder === null || other === null) continue;
    if (siblings.has(pair(holder, other)) || sameName(name(holder), name(other))) continue;
    const parents = new Set(parentage.filter((p) => p.child === holder).map((p) => p.parent));
    for (const parent of parentage
      .filter((p) => p.child === other && parents.has(p.parent))
      .map((p) => p.parent)) {
      if (parent === holder || parent === other) continue;
      const key = `relation|${parent}|children|${pair(holder, other)}`;
      const known = broken.find((b) => b.key === key);
      if (known !== undefined) {
        known.breachFacts.push(g);
        continue;
      }
      broken.push({
        key,
        holder,
        limit: `is a child of ${name(parent)}, as is ${name(other)},`,
        limitFacts: [
          ...(children.get(`${parent}|${holder}`) ?? []),
          ...(children.get(`${parent}|${other}`) ?? []),
        ].map((p) => p.fact),
        other,
        role: g.value,
        breachFacts: [g],
      });
    }
  }
  return broken;
}

/**
 * An exact count of a person's kin ("Mary had two sisters", "his three sons") and more kin of that
 * class the text names, each a different person: the count leaves one of them out. A count the text
 * marks a change (`facts/families.ts`) ends the ones before it; names one may be of another
 * ("George", "George Crane") count once.
 */
function namedBeyondCount(
  facts: readonly Fact[],
  relations: readonly Fact[],
  name: (key: string) => string,
): LimitBroken[] {
  const broken: LimitBroken[] = [];
  const exact = facts.filter(
    (f) =>
      f.kind === 'count' &&
      f.entityKey !== null &&
      f.voice !== 'speech' &&
      f.high !== null &&
      f.low === f.high &&
      (f.detail ?? '') in COUNTED_KIN,
  );
  for (const [holderNoun, counts] of groupBy(exact, (f) => `${f.entityKey}|${f.detail}`)) {
    const first = mustAt(counts, 0);
    const holder = first.entityKey ?? '';
    const noun = first.detail ?? '';
    const counted = COUNTED_KIN[noun];
    if (counted === undefined) continue;
    // A count the text marks a change (a birth or a death told) ends the ones before it.
    const since = counts.slice(counts.reduce((at, f, i) => (f.change ? i : at), 0));
    const named = relations.filter(
      (g) =>
        g.entityKey === holder &&
        g.objectKey !== null &&
        g.objectKey !== holder &&
        g.confidence >= NAMED &&
        !g.change &&
        g.value === counted.role &&
        (counted.cls === 'child' || kinClass(g) === counted.cls),
    );
    const people: string[] = [];
    for (const g of named) {
      const other = g.objectKey ?? '';
      if (!people.some((p) => p === other || sameName(name(p), name(other)))) people.push(other);
    }
    for (const [value, said] of groupBy(since, (f) => f.value)) {
      const most = Number(value);
      // One ("his only daughter") is the limit `onlyOne` and `lackingKin` weigh.
      if (most < 2 || people.length <= most) continue;
      broken.push({
        key: `relation|${holderNoun}|${value}|named ${people.length}`,
        holder,
        limit: `has ${value} ${noun}`,
        limitFacts: said,
        other: mustAt(people, most),
        role: counted.cls,
        breachFacts: named.filter((g) => people.slice(most).includes(g.objectKey ?? '')),
      });
    }
  }
  return broken;
}

/** Every limit of kin the facts state, with the kin who breaks it. */
export function limitsBroken(facts: readonly Fact[], name: (key: string) => string): LimitBroken[] {
  const relations = facts.filter(
    (f) => f.kind === 'relation' && f.entityKey !== f.objectKey && f.voice !== 'speech',
  );
  return [
    ...onlyOne(facts, relations, name),
    ...lackingKin(facts, relations),
    ...twoSpouses(facts, relations, name),
    ...singleWhileMarried(facts, relations),
    ...childrenOfOneParent(relations, name),
    ...namedBeyondCount(facts, relations, name),
  ];
}
