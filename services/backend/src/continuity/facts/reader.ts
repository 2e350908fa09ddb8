/**
 * What every kind of fact reads with: a sentence with its owners (names, pronouns, clause subjects)
 * and the draft a rule adds.
 */

import { mustAt } from '@george/runtime/collections';
import type { Span } from '@george/text';
import { CHANGE_WORDS } from '../lexicon.js';
import type { Anchor, FileText } from '../text.js';
import type { FactKind } from '../types.js';

export interface FactDraft {
  anchor: Anchor;
  kind: FactKind;
  value: string;
  /** The passage: from the owner (when close) to the end of what states the fact. */
  start: number;
  end: number;
  detail?: string | null;
  objectKey?: string | null;
  low?: number | null;
  high?: number | null;
  hedged?: boolean;
  change?: boolean;
  /** Lowers the confidence for a weak pattern. */
  weight?: number;
}

/** A sentence with its owners: possessives, appositives and clause subjects. */
export class SentenceReader {
  readonly text: string;
  readonly start: number;
  readonly anchors: Anchor[];

  constructor(
    readonly file: FileText,
    readonly span: Span,
  ) {
    this.start = span.start;
    this.text = file.text.slice(span.start, span.end);
    const anchors = file.anchorsIn(span.start, span.end);
    this.anchors = anchors.filter((a) => !namedLaterInClause(file, span, a, anchors));
  }

  /** Every match of `pattern` (global) with its absolute offset. */
  *matches(pattern: RegExp): Generator<{ match: RegExpExecArray; at: number }> {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      // An empty match ("^" before a number) would be found again at the same place.
      if (m[0] === '') pattern.lastIndex++;
      yield { match: m, at: this.start + m.index };
    }
  }

  /** The possessive right before `offset`: "Elizabeth's", "her", "his". */
  possessor(offset: number): Anchor | null {
    const a = this.file.anchorEndingAt(offset);
    return a?.possessive && a.type === 'character' ? a : null;
  }

  /**
   * "Name, ..." right before `offset` (the comma of an appositive, or "who was"), the name's own
   * appositions between ("Thomas Hale, the miller, who was born in Devon"); a dash opens an
   * appositive as a comma does ("Flask--a New Bedford man--").
   */
  appositive(offset: number): Anchor | null {
    const before = this.file.text.slice(Math.max(this.start, offset - 120), offset);
    const m = /(?:,|--|—)\s*(?:who\s+(?:was|is|had\s+been)\s+|then\s+|now\s+)?$/.exec(before);
    if (!m) return null;
    const named = (a: Anchor | null | undefined): a is Anchor =>
      a?.named === true && !a.possessive && a.type === 'character';
    // "Irene Adler, as I will still call her, who had been born": an aside of "as" before the comma.
    const aside = AS_ASIDE.exec(before.slice(0, -m[0].length));
    for (const end of [offset - m[0].length, ...(aside ? [offset - m[0].length - aside[0].length] : [])]) {
      const a = this.file.anchorEndingAt(end, 0);
      if (named(a)) return a;
      const apposed = this.anchors.find(
        (b) => named(b) && b.end < end && this.appositionEnds(b).includes(end),
      );
      if (apposed) return apposed;
    }
    return null;
  }

  /**
   * The subject of the clause `offset` is in: the nearest name or subject pronoun before it with
   * no clause break (; : -- or a quotation's edge) between and at most `words` words between.
   */
  subject(offset: number, words = 12): Anchor | null {
    for (let i = this.anchors.length - 1; i >= 0; i--) {
      const a = mustAt(this.anchors, i);
      if (a.start >= offset) continue;
      const gap = this.file.text.slice(a.end, offset);
      if (/[;:—“”"]|--/.test(gap)) return null;
      if (gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > words) return null;
      if (a.type !== 'character' || a.possessive) continue;
      // "looked at Jane", "to him": an object, not the subject.
      const before = this.file.text.slice(Math.max(this.start, a.start - 12), a.start);
      if (/\b(?:at|to|with|by|for|from|of|on|upon|than|like|and|him|her|them)\s+$/i.test(before)) continue;
      return a;
    }
    return null;
  }

  /**
   * Where each apposition right after a name ends ("Thomas Hale, the apothecary," "Mary Benson, our
   * landlady, a widow,"): what follows one is said of the name as if it followed it ("Thomas Hale,
   * the apothecary, now in his seventieth year"). The offsets of the commas after them, in order.
   */
  appositionEnds(anchor: Anchor): number[] {
    const ends: number[] = [];
    for (let at = anchor.end; ends.length < MAX_APPOSITIONS; ) {
      const apposition = APPOSITION.exec(this.file.text.slice(at, Math.min(this.span.end, at + 80)));
      if (!apposition || NOT_APPOSITION.test(apposition[0])) break;
      const end = at + apposition[0].length;
      // "Thomas Hale, the friend of Mary Benson, a tall woman": what follows is the nearer name's.
      if (this.anchors.some((a) => a.named && !a.possessive && a.start >= at && a.end <= end)) break;
      at = end;
      ends.push(at);
    }
    return ends;
  }

  /** The clause around `offset` (between , ; : -- and the sentence's edges) for marker words. */
  clause(offset: number): string {
    const before = this.file.text.slice(this.start, offset);
    const after = this.file.text.slice(offset, this.span.end);
    const from = Math.max(
      before.lastIndexOf(';'),
      before.lastIndexOf(':'),
      before.lastIndexOf('--'),
      lastMatchEnd(before, COORDINATED_CLAUSE) - 1,
    );
    const to = after.search(/[;:]|--/);
    const coordinated = after.search(COORDINATED_CLAUSE);
    const end = [to, coordinated].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), after.length);
    return before.slice(from + 1) + after.slice(0, end);
  }
}

/** An aside of "as" in commas: ", as I will still call her", ", as we learned". */
const AS_ASIDE = /,\s*as\s+[^,;:"“”]{1,40}$/;

/**
 * Where a coordinated clause with a subject of its own begins: "Her blue eyes shone, and Mr. Weston
 * said she had grown into a beauty" (the growing is not the eyes'); not "grey, and now white".
 */
const COORDINATED_CLAUSE =
  /,\s+(?:and|but|while|though|yet|whereas)\s+(?=(?:\p{Lu}|(?:he|she|they|we|I|it)\b))/gu;

/**
 * A noun phrase in commas after a name: a determiner or a name's possessive, then one to four
 * words ("the apothecary", "our landlady", "the Rabbit's Irish gardener"), up to the next comma.
 */
const APPOSITION =
  /^\s*,\s*(?:the|a|an|his|her|their|our|my|its|your|\p{Lu}[\p{L}.]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s*,)/u;

/** A clause, not a noun phrase: "the more he thought," "his eyes were shut,". */
const NOT_APPOSITION =
  /\b(?:who|whom|whose|which|that|was|were|is|are|had|has|have|did|does|would|could|should|more|less)\b/i;

/** Appositions read past after one name: "Thomas Hale, the miller, an old soldier,". */
const MAX_APPOSITIONS = 2;

/**
 * A subject pronoun is never the character its own clause names after it: in "he cried, grasping
 * Sherlock Holmes by the shoulders" or "she told Mary Benson" the pronoun is someone else, since
 * the same person would be "himself", "herself" or "her own". The clause runs to ; : a dash or a
 * quotation mark. Not a pronoun in a clause opened before it ("When he came in, Holmes sat down",
 * where the name may be its own), nor a name the pronoun is said to be or be called ("she was
 * Mary Benson", "he called himself Thomas Hale").
 */
function namedLaterInClause(
  file: FileText,
  span: Span,
  pronoun: Anchor,
  anchors: readonly Anchor[],
): boolean {
  if (pronoun.named || pronoun.possessive || pronoun.type !== 'character') return false;
  if (!/^(?:he|she)$/i.test(file.text.slice(pronoun.start, pronoun.end))) return false;
  const lead = file.text.slice(span.start, pronoun.start);
  if (SUBORDINATE_OPENS.test(lead.slice(lead.search(/[^,;:]*$/)))) return false;
  const rest = file.text.slice(pronoun.end, span.end);
  const stop = rest.search(/[;:—“”"]|--/);
  const clauseEnd = pronoun.end + (stop < 0 ? rest.length : stop);
  return anchors.some(
    (a) =>
      a.named &&
      a.key === pronoun.key &&
      a.start >= pronoun.end &&
      a.end <= clauseEnd &&
      !NAMED_AS_BEFORE.test(file.text.slice(pronoun.end, a.start)),
  );
}

/** A conjunction opening a clause before its subject: "When he came in", "as she spoke". */
const SUBORDINATE_OPENS =
  /\b(?:when|whenever|as|if|after|before|while|whilst|though|although|since|because|until|till|once|unless|where|that)\b/i;

/** What says a name is the subject's own: "she was Mary", "he called himself Thomas", "known as", "none other than". */
const NAMED_AS_BEFORE =
  /\b(?:was|is|be|been|became|become|becomes|remained|called|named|styled|christened|himself|herself|as|than)\s+(?:(?:the|a|an|no|none|other)\s+)*$/i;

/** The end of the last match of a global pattern in `text`, or -1. */
function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const m of text.matchAll(pattern)) end = (m.index ?? 0) + m[0].length;
  return end;
}

export type Add = (draft: FactDraft) => void;

/** A name, or "he"/"she"/"I": what can be the subject of "was a tall man" or "was fifty". */
export function subjectLike(file: FileText, a: Anchor): boolean {
  return a.named || /^(?:he|she|I)$/i.test(file.text.slice(a.start, a.end));
}

/** An aside between a subject and its verb: "Colonel Fitzwilliam, who led the way, was about thirty". */
export const ASIDE = '(?:\\s*,[^,;:"“”]{1,60},)?';

/** A subject's own "was" after a name and any aside ("Thomas, the miller, was"): what follows is the subject's. */
export const SUBJECT_VERB = new RegExp(`^${ASIDE}\\s+(?:was|is|had\\s+been)\\b`, 'i');

/** Right after a preposition a name is no subject: "the friend of Thomas was thirty". */
const PREPOSITION_BEFORE = /\b(?:of|to|with|by|for|from|at|on|upon|than|like)\s+$/i;

/** A name right after a preposition, whose "was" is another subject's ("the friend of Thomas was tall"). */
export function afterPreposition(r: SentenceReader, a: Anchor): boolean {
  const before = r.file.text.slice(Math.max(r.start, a.start - 8), a.start);
  // ", for Mr. Collins was only a clergyman": "for" opening a clause is a conjunction.
  return PREPOSITION_BEFORE.test(before) && !/[,;]\s*for\s+$/i.test(before);
}

/**
 * What joins two items of a list, at the start of a text: a comma, "and", or both ("two sons and
 * three daughters", "Ann Hale, Jane Hale and Mary Hale").
 */
export const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/i;

/** Whether the text between two items of a list is only their join (LIST_JOIN). */
export function onlyListJoin(between: string): boolean {
  return LIST_JOIN.exec(between)?.[0].length === between.length;
}

export const NUMBER_WORD =
  '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))?(?: and a half)?';

// "on the wrong side of forty" is past forty, "the right side of thirty" under thirty (`ageRange` in age.ts).
export const AGE_SIDE = '(?:on\\s+)?the\\s+(?:wrong|right)\\s+side\\s+of';

export const AGE_HEDGE = `(?:(?:${AGE_SIDE}|about|some|nearly|almost|perhaps|not more than|not above|no more than|under|not yet|barely|scarcely|hardly|just|(?:a\\s+)?little (?:more than|over)|past|over|above|upwards of|more than|full|fully|but|only|then|now|still)\\s+)*`;

/**
 * Words of a fact's own clause by which the text says the fact changed or held at another time:
 * "now", "lately", "had become", "no longer", a colour "dyed", a rank held "at the time" or "in those
 * days".
 */
const CHANGE_IN_CLAUSE =
  /\b(?:now|lately|newly|became|become|had grown|no longer|dyed|at the time|in those days)\b/i;

/**
 * A narrative "now" opening the clause before a subject and an act: "But now Gabriel started to his
 * feet", "And now Mary ran to the hearth" move the story on and say nothing changed. Not before a
 * state ("Now he was taller", "now she had grown stout", "Now he too was grey"), where "now" is
 * the time of the fact.
 */
const NARRATIVE_NOW =
  /^\s*[“"‘']?\s*(?:(?:[Bb]ut|[Aa]nd|[Jj]ust)\s+)?[Nn]ow\s*,?\s+(?:he|she|they|I|we|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?!\p{Lu}|(?:[a-z]+\s+)?(?:was|were|is|are|had|has|have|grew|became|seemed|looked|appeared|stood|wore)\b)/u;

/** The clause marks a change: "now", "lately", "had become" (only words of the fact's own clause). */
export function changeAt(r: SentenceReader, offset: number, phrase = ''): boolean {
  const clause = r.clause(offset);
  const narrative = NARRATIVE_NOW.exec(clause);
  return (
    CHANGE_WORDS.test(phrase) || CHANGE_IN_CLAUSE.test(narrative ? clause.slice(narrative[0].length) : clause)
  );
}
