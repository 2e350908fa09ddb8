/**
 * Kin of a description: "Walter Hale, the saddler's nephew", "the girl's uncle, Mr. Robert Grey",
 * "George Crane, nephew and heir of the dead man". The description is a person the text knows, so
 * the kin is that person's. The description is tied to one character only when the text leaves no
 * doubt which: a calling only one character holds, a death only one character named near it has
 * had, or the one character of the noun's gender named in the lines before, with no newcomer of
 * that noun ("a woman passed") between.
 */

import type { Gender } from '../../pronouns/index.js';
import { NOUNS } from '../descriptions.js';
import type { Anchor, FileText } from '../text.js';
import type { Fact } from '../types.js';
import { KIN, KIN_ADJECTIVES, kinFact } from './kinship.js';
import { LEDGER_OCCUPATIONS } from './occupation.js';
import type { Add } from './reader.js';

/** Words that say the person described is dead: "the murdered man", "the deceased". */
const DEAD_WORDS = new Set(['dead', 'murdered', 'deceased', 'drowned', 'slain', 'late']);

const HEADS = [...Object.keys(NOUNS), ...Object.keys(LEDGER_OCCUPATIONS), 'deceased']
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A description after "the": up to two lower-case words, then its head noun ("old man", "saddler"). */
const DESCRIPTION = `((?:[a-z-]+\\s+){0,2}?(?:${HEADS}))`;
/** What closes an apposition: a stop, a dash or a quotation mark. */
const CLOSE = '(?=\\s*(?:[,.;:!?)"”]|--|—))';

/** ", the saddler's nephew," after a name: group 1 the description, 2 the kin. */
const POSSESSIVE_AFTER_NAME = new RegExp(
  `^\\s*,\\s*(?:who\\s+(?:was|is|had\\s+been)\\s+)?the\\s+${DESCRIPTION}['’]s\\s+${KIN_ADJECTIVES}${KIN}${CLOSE}`,
  'd',
);
/** "the girl's uncle, " before a name: group 1 the description, 2 the kin. */
const POSSESSIVE_BEFORE_NAME = new RegExp(
  `\\b[Tt]he\\s+${DESCRIPTION}['’]s\\s+${KIN_ADJECTIVES}${KIN}\\s*,\\s*`,
  'gd',
);
/** ", nephew and heir of the dead man," after a name: group 1 the kin, 2 the description. */
const KIN_OF_AFTER_NAME = new RegExp(
  `^\\s*,\\s*(?:(?:the|a|an)\\s+)?${KIN_ADJECTIVES}${KIN}(?:\\s+and\\s+(?:[a-z]+\\s+)?[a-z]+(?<!s))?\\s+of\\s+the\\s+${DESCRIPTION}${CLOSE}`,
  'd',
);

/** How far back, in its chapter, a described man or woman is looked for among the characters named (the scene). */
const SCENE = 1500;
/** How far back a dead person described must have been named ("the murdered man"). */
const DEAD_NAMED_WITHIN = 6000;

/** A description, where it stands and what it says. */
interface Description {
  start: number;
  end: number;
  words: string[];
  head: string;
}

/**
 * The relations of kin of a description, each on the character the description is; `facts` are
 * those read so far (the callings and deaths a description is matched against).
 */
export function describedKin(file: FileText, facts: readonly Fact[], add: Add): void {
  const named = file.anchors.filter((a) => a.type === 'character' && a.named && !a.possessive);
  const relate = (owner: Description, kin: string, other: Anchor, start: number, end: number) => {
    const key = describedPerson(file, facts, owner, other.key);
    if (key === null) return;
    const anchor: Anchor = {
      start: owner.start,
      end: owner.end,
      key,
      type: 'character',
      named: true,
      possessive: true,
      confidence: 0.9,
    };
    add(kinFact(anchor, kin, other.key, start, end));
  };
  for (const name of named) {
    const after = file.text.slice(name.end, name.end + 120);
    const possessive = POSSESSIVE_AFTER_NAME.exec(after);
    if (possessive)
      relate(
        descriptionOf(possessive, 1, name.end),
        possessive[2] ?? '',
        name,
        name.start,
        name.end + possessive[0].length,
      );
    const kinOf = KIN_OF_AFTER_NAME.exec(after);
    if (kinOf)
      relate(descriptionOf(kinOf, 2, name.end), kinOf[1] ?? '', name, name.start, name.end + kinOf[0].length);
  }
  for (const m of file.text.matchAll(POSSESSIVE_BEFORE_NAME)) {
    const end = m.index + m[0].length;
    const next = named.find((a) => a.start >= end && a.start <= end + 6);
    if (next === undefined || !/^(?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?$/.test(file.text.slice(end, next.start)))
      continue;
    relate(descriptionOf(m, 1, 0), m[2] ?? '', next, m.index, next.end);
  }
}

/** The description of group `group` of a match made with the "d" flag on text from `offset`. */
function descriptionOf(m: RegExpExecArray | RegExpMatchArray, group: number, offset: number): Description {
  const [start, end] = m.indices?.[group] ?? [0, 0];
  const words = (m[group] ?? '').split(/\s+/);
  const head = words.pop() ?? '';
  return { start: offset + start, end: offset + end, words, head };
}

/**
 * The one character the description is, or null: by the calling of its head ("the saddler"), by a
 * death its words tell ("the dead man"), or by its head's gender in the scene ("the girl").
 * `other` is the kin's own key, which the description cannot be.
 */
function describedPerson(
  file: FileText,
  facts: readonly Fact[],
  description: Description,
  other: string,
): string | null {
  const { head, words, start } = description;
  const gender: Gender = NOUNS[head] ?? 'unknown';
  if (head === 'deceased' || words.some((w) => DEAD_WORDS.has(w))) {
    const dead = new Set(
      facts
        .filter((f) => f.kind === 'status' && f.value === 'dead' && f.start < start && f.entityKey !== null)
        .map((f) => f.entityKey),
    );
    const near = file.anchors.filter(
      (a) =>
        a.named &&
        a.start >= start - DEAD_NAMED_WITHIN &&
        a.start < start &&
        dead.has(a.key) &&
        (gender === 'unknown' || file.genders.get(a.key) === gender),
    );
    return onlyOther(
      near.map((a) => a.key),
      other,
    );
  }
  const calling = LEDGER_OCCUPATIONS[head];
  if (calling !== undefined) {
    const holders = facts.flatMap((f) =>
      f.kind === 'occupation' && f.value === calling && f.entityKey !== null ? [f.entityKey] : [],
    );
    return onlyOther(holders, other);
  }
  if (gender === 'unknown') return null;
  const scene = file.anchors.filter(
    (a) =>
      a.named &&
      a.type === 'character' &&
      a.start >= start - SCENE &&
      a.start < start &&
      file.chapterAt(a.start) === file.chapterAt(start) &&
      a.key !== other &&
      file.genders.get(a.key) === gender,
  );
  const last = scene.at(-1);
  // "A woman passed with a basket, and Tom, the woman's son": the newcomer is the one meant.
  if (
    last === undefined ||
    new RegExp(`\\b(?:a|an)\\s+(?:[a-z-]+\\s+){0,3}${head}\\b`, 'i').test(file.text.slice(last.end, start))
  )
    return null;
  return onlyOther(
    scene.map((a) => a.key),
    other,
  );
}

/** The one key of `keys` when there is one and it is not `other`. */
function onlyOther(keys: readonly string[], other: string): string | null {
  const distinct = new Set(keys);
  const [only] = distinct;
  return distinct.size === 1 && only !== undefined && only !== other ? only : null;
}
