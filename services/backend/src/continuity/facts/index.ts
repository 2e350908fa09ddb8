/**
 * Facts the text states about its entities, each with its exact passage: appearance (eyes, hair,
 * height, build, a lost or wounded limb and its side, scars), age and birth, origin and residence,
 * occupation and title, relations, status (dead, married, widowed, engaged) and counts.
 *
 * Patterns over sentences, anchored on the story bible's name mentions and on the pronouns the
 * resolver ties to characters ("her dark eyes" is Elizabeth's when "her" is). Relations come from
 * the story bible's own typed relations. A fact in dialogue is kept with its speaker ("I" and "my"
 * are the speaker's) and never outweighs the narration; a long quotation (a letter, a story told over paragraphs) is that
 * character's account, weighed like narration.
 */

import { LOOK_FACT_KINDS } from '@george/contracts/api';
import type { Extraction, SourceText } from '../../bible/types.js';
import type { DialogueAnalysis, NarratorSpan } from '../../dialogue/index.js';
import type { TimeExpression } from '../../story/time.js';
import { ELDER_SUFFIX, FileText, isLate } from '../text.js';
import type { Fact, FactKind } from '../types.js';
import { acts, keepFewActs } from './acts.js';
import { age } from './age.js';
import { notBeforeDeath } from './before-death.js';
import { birthOrderCounts } from './birth-order.js';
import { concessiveSingle } from './concessive-single.js';
import { counts } from './counts.js';
import { describedKin } from './described-kin.js';
import { distances } from './distances.js';
import { engagements } from './engagements.js';
import { familyCounts, markCountChanges } from './families.js';
import { kinOfSubject } from './kin-of.js';
import { kinship, relations, UNNAMED_NARRATOR } from './kinship.js';
import { limbLosses, limbUses } from './limb-loss.js';
import { appearance, beauty, figure, hairShapeAndComplexion, limbs, stature } from './looks.js';
import { occupation, statedCallings, titles } from './occupation.js';
import { onlyKin } from './only-kin.js';
import { origin } from './origin.js';
import { type FactDraft, SentenceReader } from './reader.js';
import { singleNow } from './single.js';
import { status, unions } from './status.js';
import { isTellerKey } from './teller-relations.js';
import { unnamedKin } from './unnamed-kin.js';

/**
 * Everything `extractFacts` needs beside the text: the story bible's extraction of it, the file's
 * quotations when the caller has them already (`analyseDialogue`), and the first-person narrators
 * the story analysis found (`narratorSpans`), whose "my" a few rules read, and the text's time
 * expressions (`storyTimes`), by which acts told after a death may be dated before it.
 */
export function extractFacts(
  source: SourceText,
  extraction: Extraction,
  dialogue?: DialogueAnalysis,
  narrators: readonly NarratorSpan[] = [],
  times?: readonly TimeExpression[],
): Fact[] {
  const file = new FileText(source, extraction, dialogue, narrators);
  const facts: Fact[] = [];
  const add = (draft: FactDraft): void => {
    const voice = file.voiceAt(draft.start);
    if (
      /^(?:I|my)$/.test(file.text.slice(draft.anchor.start, draft.anchor.end)) &&
      !SAID_OF_ONESELF.has(draft.kind) &&
      // An unnamed narrator's own kin ("My mother, Sarah Hale"). A named narrator's kin is left to
      // the story bible (`story/narrator-kin.ts`), which reads "my" as the narrator's by name.
      !(draft.kind === 'relation' && voice === null && draft.anchor.key === UNNAMED_NARRATOR) &&
      // A speaker's own kin, named, in a quotation whose tag names the speaker ("“My brother
      // Walter will come,” said Ann"): the attribution is as sure as the tag.
      !(draft.kind === 'relation' && voice?.explicit === true) &&
      // Any other quotation's "my" before a named kin is its teller's (`facts/teller-relations.ts`).
      !(draft.kind === 'relation' && isTellerKey(draft.anchor.key))
    )
      return;
    const lead = file.text.slice(file.sentenceAt(draft.start).start, draft.start);
    // "I hear Hale has three sons", "It was said in the village that he was born in France": who
    // passes on a rumour says nothing they know, and a rumour is often wrong by design.
    if ((voice?.voice === 'speech' ? SPOKEN_HEARSAY : HEARSAY).test(lead)) return;
    if (
      LOOKS.has(draft.kind) &&
      isUnrealOrChildhoodLook(file.text.slice(file.sentenceAt(draft.start).start, draft.end))
    )
      return;
    const start = Math.min(
      draft.start,
      draft.anchor.start >= draft.start - 160 ? draft.anchor.start : draft.start,
    );
    const end = Math.max(draft.end, draft.anchor.end);
    facts.push({
      ...file.passage(start, end),
      entityKey: draft.anchor.key === '' ? null : draft.anchor.key,
      kind: draft.kind,
      value: draft.value,
      detail: draft.detail ?? null,
      objectKey: draft.objectKey ?? null,
      low: draft.low ?? null,
      high: draft.high ?? null,
      voice: voice?.voice ?? 'narration',
      speakerKey: voice?.speakerKey ?? null,
      hedged: draft.hedged ?? false,
      change: draft.change ?? false,
      confidence: Math.round(draft.anchor.confidence * (draft.weight ?? 1) * 100) / 100,
    });
  };
  for (const sentence of file.sentences) {
    const reader = new SentenceReader(file, sentence);
    appearance(reader, add);
    hairShapeAndComplexion(reader, add);
    beauty(reader, add);
    figure(reader, add);
    stature(reader, add);
    limbs(reader, add);
    limbLosses(reader, add);
    limbUses(reader, add);
    age(reader, add);
    origin(reader, add);
    occupation(reader, add);
    statedCallings(reader, add);
    status(reader, add);
    onlyKin(reader, add);
    singleNow(reader, add);
    concessiveSingle(reader, add);
    unions(reader, add);
    engagements(reader, add);
    counts(reader, add);
    distances(reader, add);
    birthOrderCounts(reader, add);
    kinship(reader, add);
  }
  titles(file, add);
  familyCounts(file, add);
  // "the late Mr. Darcy": the elder namesake is dead by then.
  for (const anchor of file.anchors) {
    if (!anchor.key.endsWith(ELDER_SUFFIX) || !isLate(file.text, anchor)) continue;
    const the = /\bthe\s+(?:late\s+)?$/i.exec(file.text.slice(Math.max(0, anchor.start - 12), anchor.start));
    add({
      anchor,
      kind: 'status',
      value: 'dead',
      detail: 'late',
      start: anchor.start - (the?.[0].length ?? 0),
      end: anchor.end,
    });
  }
  // Kin of a description ("the saddler's nephew"): by the callings and deaths read above.
  describedKin(file, facts, add);
  // "The father of Safie had been": a subject's kin, by a name after it or the scene after.
  kinOfSubject(file, add);
  relations(file, extraction, facts);
  // "his sister" with no name near: the kin named by then, read once every named relation is in.
  unnamedKin(file, facts, add);
  markCountChanges(file, facts);
  // "Justine died, she rested": an act in the sentence that tells its actor's death is part of the telling.
  const sentenceOf = (entityKey: string | null, offset: number): string =>
    `${entityKey}|${file.sentenceAt(offset).start}`;
  const deathSentences = new Set(
    facts
      .filter((f) => f.kind === 'status' && f.value === 'dead')
      .map((f) => sentenceOf(f.entityKey, f.start)),
  );
  // Acts the text sets before their actor's death, though told after it, are left out too.
  const told = acts(file).filter((a) => !deathSentences.has(sentenceOf(a.entityKey, a.start)));
  facts.push(...keepFewActs(notBeforeDeath(file, facts, told, times)));
  facts.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  return dedupe(facts);
}

/**
 * What a speaker's "I" and "my" are kept for: their own person. "My cousin" and "I had two
 * daughters" are as often given to the wrong speaker (Mr. Bennet's words to Mr. Bingley) as
 * right, and would put kin and counts in the ledger under the wrong name.
 */
const SAID_OF_ONESELF: ReadonlySet<FactKind> = new Set([
  'age',
  'birth',
  'origin',
  'occupation',
  ...LOOK_FACT_KINDS,
]);

/**
 * The narration passing on what people heard ("by hearing, that instead of twelve he brought only
 * six with him from London--his five sisters and a cousin"): a rumour, often wrong by design. Who
 * passed it on or where may stand before the "that" ("It was said in the village that", "It was
 * whispered among the servants that").
 */
const HEARSAY =
  /\b(?:hearing|heard|reports?|reported|rumou?rs?|rumou?red|it\s+was\s+(?:said|whispered|rumou?red))(?:\s+(?:in|at|among|amongst|about|through|round|around|by|all\s+over)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)?\s*,?\s+that\b/iu;

const LOOKS: ReadonlySet<FactKind> = new Set(LOOK_FACT_KINDS);

/**
 * Looks that are not the character's now: a clause of a wish or a supposition ("If Mary Benson had
 * had blue eyes,", "wished she had blue eyes"), with no clause break between it and the look, or a
 * sentence told of a childhood ("As a boy Thomas Hale had had fair curls", "In his youth", "He
 * remembered himself as a small boy with fair curls"), whose looks may differ from the grown
 * person's; not "To pass as a boy", a disguise. `stem` runs from the sentence's start to the end
 * of the look.
 */
function isUnrealOrChildhoodLook(stem: string): boolean {
  return UNREAL_CLAUSE.test(stem) || CHILDHOOD.test(stem);
}

const UNREAL_CLAUSE = /\b(?:if|wish|wished|wishes|wishing|as\s+if|as\s+though)\b[^,;:]*$/i;

const CHILDHOOD =
  /(?:(?:^|[,;:]|\b(?:remembered|recalled|pictured)\s+(?:himself|herself|him|her|themselves))\s*as\s+an?\s+(?:(?:small|little|young)\s+)?(?:boy|girl|child|lad|lass|infant|baby)|\bin\s+(?:his|her|their|my|our)\s+(?:youth|boyhood|girlhood|childhood|young\s+days)|\bwhen\s+(?:he|she|I|they)\s+(?:was|were)\s+(?:an?\s+)?(?:(?:small|little)\s+)?(?:boy|girl|child|lad|lass|baby|young))\b/i;

/** A speaker passing on what they heard: "I hear", "I am told", "they say", "people say". */
const SPOKEN_HEARSAY =
  /\b(?:I\s+(?:hear|heard|am\s+told|'m\s+told|was\s+told)|(?:they|people|folks)\s+say)\b/i;

/**
 * One statement found twice by overlapping patterns is kept once; kin of one owner listed in one
 * passage ("his two sisters, Ann and Jane") are as many statements as they name.
 */
function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.entityKey}|${f.kind}|${f.value}|${f.detail}|${f.objectKey}|${f.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
