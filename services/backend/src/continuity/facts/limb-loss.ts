/**
 * A limb lost and a later use of it: "had lost his left arm at Waterloo", "cut off Edward Crane's
 * right hand", "the stump of his left arm", "a one-armed man", each a loss of its side (or of one
 * side, unsaid); "caught the rope with his left hand", "raised both arms", "ran up the hill on both
 * legs", a use of its side. Detection (`detect.ts` `usedAfterLoss`) meets a loss with a use of the
 * same limb told after it.
 */

import { mustAt } from '@george/runtime/collections';
import { INJURY_WORDS } from '../lexicon.js';
import type { Anchor } from '../text.js';
import { lookSubject } from './looks.js';
import type { FactDraft, SentenceReader } from './reader.js';

type Add = (draft: FactDraft) => void;

/** The side of a loss the text does not give ("lost a leg", "one-armed"): either, so "both" meets it. */
export const ONE_SIDE = 'one';

/** The limbs a loss takes: an arm takes its hand, a leg its foot. */
export const LOST_WITH: Readonly<Record<string, readonly string[]>> = {
  arm: ['arm', 'hand'],
  hand: ['hand'],
  leg: ['leg', 'foot'],
  foot: ['foot'],
};

const LIMB = '(arm|hand|leg|foot)';
const SIDE = '(?:(left|right)\\s+)?';
const OWNER = "((?:his|her)|[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*)*['’]s)";
const SEVERED =
  '(?:amputated|cut\\s+off|taken\\s+off|sawn\\s+off|sawed\\s+off|shot\\s+away|shot\\s+off|struck\\s+off|chopped\\s+off|blown\\s+off|torn\\s+off)';

/**
 * "had lost his left arm", "lost a leg", "lost her right foot": the subject's; not a hand of cards
 * ("lost a hand of whist", "lost a hand at cards").
 */
const LOST = new RegExp(
  `\\blost\\s+(?:his|her|a|an|one)\\s+${SIDE}${LIMB}\\b(?!\\s+(?:of|at)\\s+(?:cards|whist|piquet|poker|bridge|loo|brag|cribbage|écarté|ecarte)\\b)`,
  'giu',
);
/** "amputated Thomas Hale's left arm", "cut off his right hand": the possessive's. */
const SEVERED_OF = new RegExp(`\\b${SEVERED}\\s+${OWNER}\\s+${SIDE}${LIMB}\\b`, 'giu');
/** "Edward Crane's right leg was shot away", "his left hand had been cut off": the possessive's. */
const OF_SEVERED = new RegExp(
  `${OWNER}\\s+${SIDE}${LIMB}\\s+(?:was|had\\s+been)\\s+(?:\\w+\\s+)?${SEVERED}`,
  'giu',
);
/** "the stump of his left arm": the possessive's. */
const STUMP = new RegExp(`\\b(?:the\\s+)?stump\\s+of\\s+${OWNER}\\s+${SIDE}${LIMB}\\b`, 'giu');
/**
 * "his empty sleeve", "Thomas Hale's empty left sleeve", "her right sleeve hung empty": an arm lost,
 * the possessive's (of one side unsaid when no side is given).
 */
const EMPTY_SLEEVE = new RegExp(
  `${OWNER}\\s+(?:empty\\s+${SIDE}(?:coat[\\s-])?sleeve\\b|${SIDE}(?:coat[\\s-])?sleeve\\s+(?:was|hung|dangled|flapped)\\s+(?:\\w+\\s+)?empty\\b)`,
  'giu',
);
/** "a one-armed man", "was one-legged": the subject's, of one side unsaid ("one-handed" is often a manner). */
const ONE_LIMBED = /\bone[\s-](arm|leg)(?:ed|ged)\b/giu;

export function limbLosses(r: SentenceReader, add: Add): void {
  if (!/\b(?:lost|stump|one[\s-](?:armed|legged)|off|away|amputated|sleeve)\b/i.test(r.text)) return;
  const emit = (owner: Anchor | null, side: string | undefined, limb: string, at: number, end: number) => {
    if (owner === null || owner.type !== 'character') return;
    // The passage runs to the clause's end: where and how the limb was lost ("in the war").
    const rest = r.file.text.slice(end, r.span.end).search(/[,;:.!?]|--/);
    add({
      anchor: owner,
      kind: 'loss',
      value: side?.toLowerCase() ?? ONE_SIDE,
      detail: limb,
      start: at,
      end: rest < 0 ? r.span.end : end + rest,
    });
  };
  for (const { match, at } of r.matches(LOST))
    emit(lookSubject(r, at), match[1], mustAt(match, 2).toLowerCase(), at, at + match[0].length);
  for (const pattern of [SEVERED_OF, STUMP])
    for (const { match, at } of r.matches(pattern)) {
      const end = at + match[0].length;
      const owner = r.file.anchorsIn(at, end).find((a) => a.possessive) ?? null;
      emit(owner, match[2], mustAt(match, 3).toLowerCase(), at, end);
    }
  for (const { match, at } of r.matches(OF_SEVERED)) {
    const end = at + match[0].length;
    const owner = r.file.anchorsIn(at, end).find((a) => a.possessive) ?? null;
    emit(owner, match[2], mustAt(match, 3).toLowerCase(), at, end);
  }
  for (const { match, at } of r.matches(EMPTY_SLEEVE)) {
    const end = at + match[0].length;
    const owner = r.file.anchorsIn(at, end).find((a) => a.possessive) ?? null;
    emit(owner, match[2] ?? match[3], 'arm', at, end);
  }
  for (const { match, at } of r.matches(ONE_LIMBED))
    emit(lookSubject(r, at), undefined, mustAt(match, 1).toLowerCase(), at, at + match[0].length);
}

/**
 * A use of a side's limb: "with his left hand", "in both arms", "on both legs", "raised both arms",
 * "flung both arms around her", "kicked ... with her right foot". `both` stands with or without a possessive.
 */
const USE =
  /\b(?:(?:with|in|on|upon|by)\s+(?:(?:his|her)\s+)?|(?:raised|lifted|waved|stretched|(?:threw|flung)(?:\s+up)?|held\s+up|held\s+out|swung|wrapped|clasped)\s+(?:(?:his|her)\s+)?)(left|right|both)\s+(arms?|hands?|legs?|feet|foot)\b/giu;

const USED_PART: Readonly<Record<string, string>> = {
  arm: 'arm',
  arms: 'arm',
  hand: 'hand',
  hands: 'hand',
  leg: 'leg',
  legs: 'leg',
  foot: 'foot',
  feet: 'foot',
};

/**
 * What makes a use no deed of the story's now: a dream, a memory, a wish or a supposition, a time
 * before ("had once run", "used to").
 */
const NOT_NOW =
  /\b(?:dream\w*|remember\w*|recall\w*|imagin\w*|fanc(?:y|ied)|once|used\s+to|if|wish\w*|would|could|might|as\s+if|as\s+though|had\s+(?:\w+\s+)?(?:been|\w+ed|run|swum|held|caught|thrown|drawn|struck)|before\s+(?:the|his|her))\b/i;

export function limbUses(r: SentenceReader, add: Add): void {
  // A wooden or hurt limb is no use of the one lost ("tapped the floor with his wooden left leg").
  if (!/\b(?:left|right|both)\b/i.test(r.text) || INJURY_WORDS.test(r.text)) return;
  for (const { match, at } of r.matches(USE)) {
    const lead = r.file.text.slice(r.start, at);
    if (NOT_NOW.test(lead)) continue;
    const part = USED_PART[mustAt(match, 2).toLowerCase()];
    if (part === undefined) continue;
    const end = at + match[0].length;
    const owner = r.subject(at, 16);
    if (owner === null) continue;
    add({ anchor: owner, kind: 'use', value: mustAt(match, 1).toLowerCase(), detail: part, start: at, end });
  }
}
