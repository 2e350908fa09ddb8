import type { RawMention } from './candidates.js';
import type { RelationCue } from './relations.js';
import type { Paragraph, Token } from './tokenize.js';

/** Who is named by her maiden name: the speaker, "she", or a name before "was" or "had been". */
const SUBJECTS = new Set(['i', 'she']);

/** Between the maiden name and the marriage: "until I married", "before she was married to". */
const UNTIL = new Set(['until', 'till', 'before']);

/** An apposition after the maiden name is at most this many tokens: ", a parson's daughter from Kent,". */
const APPOSITION_TOKENS = 12;

/**
 * A woman's maiden name stated with the man she married, in speech or narration: "I was Miss Ada
 * Farrant until I married Mr. Colville", "She was Miss Constance Dearlove, a parson's daughter, until
 * she married Sir Roger Ferrier", "Lady Julia Marsh had been Miss Julia Pender until she married Sir
 * Edwin Marsh", "Before I married Mr. Penwarden I was Miss Lucy Trelease": a spouse cue from the
 * maiden name to the husband, so that the merge joins her married names ("Mrs. Colville", "Lady
 * Ferrier") as it does for "Miss Taylor married Mr. Weston". Not "I knew Miss X before I married"
 * (another woman), nor "was Miss Prowse's governess" (a possessive names someone else).
 */
export function findMaidenNameMarriages(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
): RelationCue[] {
  const { tokens } = paragraph;
  const startingAt = new Map(mentions.map((m) => [m.tokenFrom, m]));
  const cues: RelationCue[] = [];
  const married = (maiden: RawMention, husband: RawMention | undefined): void => {
    if (
      husband === undefined ||
      husband.sentenceStart !== maiden.sentenceStart ||
      possessive(tokens, husband)
    )
      return;
    cues.push({
      type: 'spouse',
      label: 'married',
      source: maiden,
      target: husband,
      fileIndex: maiden.fileIndex,
      evidenceStart: maiden.sentenceStart,
      evidenceEnd: maiden.sentenceEnd,
    });
  };
  for (const maiden of mentions) {
    if (possessive(tokens, maiden)) continue;
    const subjectEnd = afterBeing(tokens, maiden.tokenFrom);
    if (subjectEnd === undefined) continue;
    // "I was Miss Ada Farrant until I married Mr. Colville": the subject, the maiden name, then the marriage.
    const subject = tokens[subjectEnd - 1];
    const subjectNamed = mentions.some((m) => m.tokenTo === subjectEnd);
    if (subjectNamed || (subject !== undefined && SUBJECTS.has(subject.lower))) {
      const husbandAt = afterMarrying(tokens, pastApposition(tokens, maiden.tokenTo));
      married(maiden, husbandAt === undefined ? undefined : startingAt.get(husbandAt));
    }
    // "Before I married Mr. Penwarden I was Miss Lucy Trelease": the marriage first.
    if (subject !== undefined && SUBJECTS.has(subject.lower)) {
      let k = subjectEnd - 2;
      if (tokens[k]?.text === ',') k--;
      const husband = mentions.find((m) => m.tokenTo === k + 1);
      if (husband !== undefined && afterMarrying(tokens, husband.tokenFrom - 3) === husband.tokenFrom)
        married(maiden, husband);
    }
  }
  return cues;
}

function possessive(tokens: readonly Token[], mention: RawMention): boolean {
  return tokens[mention.tokenTo - 1]?.possessive === true;
}

/** Where the subject before "was" or "had been" at `at` ends (exclusive), or undefined. */
function afterBeing(tokens: readonly Token[], at: number): number | undefined {
  const word = (k: number): string => tokens[k]?.lower ?? '';
  if (word(at - 1) === 'was') return at - 1;
  if (word(at - 1) === 'been' && word(at - 2) === 'had') return at - 2;
  return undefined;
}

/** Past ", a parson's daughter from Kent," after the name ending at `at`: where the sentence goes on. */
function pastApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let k = at + 1; k <= at + APPOSITION_TOKENS; k++) {
    const token = tokens[k];
    if (token === undefined || (!token.isWord && token.text !== ',' && token.text !== '-')) return at;
    if (token.text === ',') return k + 1;
  }
  return at;
}

/**
 * Where the husband's name starts after "until I married", "before she was married to" at `at`
 * ("I" or "she" and the verb), or undefined when the words there read otherwise.
 */
function afterMarrying(tokens: readonly Token[], at: number): number | undefined {
  const word = (k: number): string => tokens[k]?.lower ?? '';
  if (!UNTIL.has(word(at)) || !SUBJECTS.has(word(at + 1))) return undefined;
  if (word(at + 2) === 'married') return at + 3;
  if (word(at + 2) === 'was' && word(at + 3) === 'married' && word(at + 4) === 'to') return at + 5;
  return undefined;
}
