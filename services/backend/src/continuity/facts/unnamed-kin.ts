/**
 * Kin with no name near: "Mr. Gardiner was a sensible man, greatly superior to his sister". The
 * possessive pronoun's person is the resolver's; which sister is meant is read from what the text
 * has said by then:
 * - the one kin of that kind and sex the person is known to have by name ("Ann Lacey, Thomas Hale's
 *   sister, kept house. ... far gentler than his sister"); with two such kin, or none, nothing;
 * - a parent or a spouse, the one the text names anywhere;
 * - or, in the sentence just before in the paragraph, another's unnamed kin of the other side
 *   ("Mary Benson had the pleasure of receiving her brother and his wife. George Crane was ... much
 *   wiser than his sister"): each is the other's brother or sister, when the second sentence names
 *   its person and neither has another sibling of that sex by name;
 * - and the kin's own kin, "her brother and his wife", once the kin is read.
 * The passage is the kin's clause ("greatly superior to his sister"), which an issue quotes.
 */
import { kinSex, titleSex } from '../lexicon.js';
import type { Anchor, FileText } from '../text.js';
import type { Fact } from '../types.js';
import { KIN, KIN_ADJECTIVES, kinFact, kinRole } from './kinship.js';
import type { Add } from './reader.js';

type Sex = 'male' | 'female';

/** "his sister": a pronoun's unnamed kin, in the narration or an account. */
interface UnnamedKin {
  owner: Anchor;
  /**
   * Where the pronoun of the kin just named stands, when the owner is that kin ("her brother and
   * his wife": the brother's wife), else null.
   */
  ofKinAt: number | null;
  sex: Sex;
  word: string;
  role: string;
  /** The kin word's sex ("sister": female), which the role ("sibling") does not give. */
  kinSex: Sex | null;
  /** The clause the kin stands in: the passage. */
  start: number;
  end: number;
}

const PRONOUN_SEX: Readonly<Record<string, Sex>> = { his: 'male', her: 'female' };

/** Kin one has one of at a time (of each sex): read from a name anywhere in the text. */
const ONE_AT_A_TIME: ReadonlySet<string> = new Set(['parent', 'spouse']);

/** Words for a brother or sister and the sex each gives. */
const SIBLING_SEX: Readonly<Record<string, Sex>> = { brother: 'male', sister: 'female' };

/**
 * The kin word after the pronoun, owning something or not: "his mother's ill-breeding" tells his
 * mother as "his mother" does (no name follows to be the kin instead, as in "her uncle's favourite,
 * Tom").
 */
const UNNAMED_KIN_AT = new RegExp(`^\\s+${KIN_ADJECTIVES}${KIN}(?=['’]s\\b|(?![\\p{L}'’-]))`, 'iu');

/** A name right after the kin word ("his sister Jane", "his sister, old Jane"): kin the other rules read. */
const NAME_NEXT = /^\s*,?\s*(?:(?:old|young|little)\s+)?$/;

/**
 * "her brother and his wife": a kin word of one sex, owned by a pronoun of the other, then "and" and
 * the pronoun of the kin's sex. That pronoun is the kin's, whom the resolver, reading pronouns one
 * by one, gives to some other man or woman named before; the kin's own kin is read once the kin is.
 */
const KIN_AND_BEFORE = new RegExp(`\\b(his|her)\\s+${KIN_ADJECTIVES}${KIN}\\s+and\\s+$`, 'i');

/** Where a clause breaks: the kin's passage runs between two of these. */
const CLAUSE_BREAK = /[,;:!?.]|--|—/g;

export function unnamedKin(file: FileText, facts: readonly Fact[], add: Add): void {
  const found = file.anchors.flatMap((a) => {
    const kin = readUnnamedKin(file, a);
    return kin === null ? [] : [kin];
  });
  const kins = found.filter((k) => k.ofKinAt === null);
  // Whom each kin read is, by where its pronoun stands.
  const read = new Map<number, string>();
  const relate = (kin: UnnamedKin, key: string): void => {
    read.set(kin.owner.start, key);
    addKin(add, kin, key);
  };
  const names = new Map(
    file.anchors.filter((a) => a.named).map((a) => [a.key, file.text.slice(a.start, a.end)]),
  );
  const sexOf = (key: string): Sex | null => titleSex(names.get(key) ?? '');
  for (const [i, kin] of kins.entries()) {
    // "Mary Benson, his cousin and only friend": kin an apposition names, read by `kinship`.
    if (facts.some((f) => f.kind === 'relation' && f.start <= kin.owner.start && f.end >= kin.owner.end))
      continue;
    const known = knownKin(facts, kin, sexOf);
    if (known.size === 1) {
      relate(kin, [...known][0] ?? '');
      continue;
    }
    if (known.size > 0) continue;
    const others = kins.slice(0, i).filter((k) => reciprocal(file, k, kin));
    const before = others.length === 1 ? others[0] : undefined;
    if (before === undefined || knownKin(facts, before, sexOf).size > 0) continue;
    relate(kin, before.owner.key);
    relate(before, kin.owner.key);
  }
  // "her brother and his wife": the kin's own kin, once the kin is read.
  for (const kin of found) {
    const owner = kin.ofKinAt === null ? undefined : read.get(kin.ofKinAt);
    if (owner === undefined) continue;
    const ofKin = { ...kin, owner: { ...kin.owner, key: owner } };
    const known = knownKin(facts, ofKin, sexOf);
    const [only] = known;
    if (known.size === 1 && only !== undefined && only !== owner) addKin(add, ofKin, only);
  }
}

/** A pronoun's kin word with no name after it, outside speech. */
function readUnnamedKin(file: FileText, a: Anchor): UnnamedKin | null {
  if (a.type !== 'character' || a.named || !a.possessive) return null;
  const sex = PRONOUN_SEX[file.text.slice(a.start, a.end).toLowerCase()];
  if (sex === undefined || file.voiceAt(a.start)?.voice === 'speech') return null;
  const ofKinAt = kinBefore(file, a, sex);
  const kin = UNNAMED_KIN_AT.exec(file.text.slice(a.end, a.end + 60));
  const word = kin?.[1]?.toLowerCase();
  if (kin === null || word === undefined) return null;
  const kinEnd = a.end + kin[0].length;
  const next = file.anchorsIn(kinEnd, kinEnd + 30).find((b) => b.type === 'character');
  if (next?.named && NAME_NEXT.test(file.text.slice(kinEnd, next.start))) return null;
  const sentence = file.sentenceAt(a.start);
  const breaks = [...file.text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)].map(
    (m) => sentence.start + m.index,
  );
  const start = Math.max(sentence.start, ...breaks.filter((b) => b < a.start).map((b) => b + 1));
  const end = Math.min(sentence.end, ...breaks.filter((b) => b >= kinEnd));
  const first = file.text.slice(start, end).search(/\S/);
  return {
    owner: a,
    ofKinAt,
    sex,
    word,
    role: kinRole(word),
    kinSex: SIBLING_SEX[word] ?? null,
    start: start + Math.max(0, first),
    end,
  };
}

/**
 * Where the pronoun of a kin just named by a pronoun of the other sex stands, when the pronoun `a`
 * is that kin's ("her brother and his wife"), else null.
 */
function kinBefore(file: FileText, a: Anchor, sex: Sex): number | null {
  const from = Math.max(0, a.start - 60);
  const before = KIN_AND_BEFORE.exec(file.text.slice(from, a.start));
  const owner = before?.[1]?.toLowerCase();
  const kin = before?.[2];
  if (before === null || owner === undefined || kin === undefined) return null;
  return PRONOUN_SEX[owner] !== sex && kinSex(kin) === sex ? from + before.index : null;
}

/**
 * The keys of the owner's kin of the role named by then, of the kin's sex where the passage or the
 * name's title gives it (a kin of no known sex counts, so that two kin leave the passage alone). A
 * father, a mother and a spouse are one at a time: the one the text names anywhere ("her brother
 * and his wife" before "Mr. and Mrs. Gardiner"); two named leave it alone.
 */
function knownKin(facts: readonly Fact[], kin: UnnamedKin, sexOf: (key: string) => Sex | null): Set<string> {
  // Any kin word's sex, not a sibling's only: "her mother" is not the father read before.
  const wanted = kinSex(kin.word);
  const keys = new Set<string>();
  for (const f of facts) {
    if (f.kind !== 'relation' || f.voice === 'speech') continue;
    if (f.start >= kin.owner.start && !ONE_AT_A_TIME.has(kin.role)) continue;
    if (f.entityKey !== kin.owner.key || f.objectKey === null || f.value !== kin.role) continue;
    // A relation of the person to themselves (a resolver's slip elsewhere) names no kin.
    if (f.objectKey === kin.owner.key) continue;
    const sex = kinSex(f.detail ?? '') ?? sexOf(f.objectKey);
    if (wanted === null || sex === null || sex === wanted) keys.add(f.objectKey);
  }
  return keys;
}

/**
 * "her brother" then, in the next sentence of the paragraph, a named person's "his sister": two
 * siblings' words each of the other's sex, of two people.
 */
function reciprocal(file: FileText, first: UnnamedKin, second: UnnamedKin): boolean {
  if (first.kinSex === null || second.kinSex === null) return false;
  if (first.kinSex !== second.sex || second.kinSex !== first.sex) return false;
  if (first.owner.key === second.owner.key) return false;
  const one = file.sentenceAt(first.owner.start);
  const two = file.sentenceAt(second.owner.start);
  if (one.start === two.start || !onlySpacing(file.text, one.end, two.start)) return false;
  if (/\n[ \t]*\n/.test(file.text.slice(one.end, two.start))) return false;
  const nextAfter = file.sentences.find((s) => s.start >= one.end);
  if (nextAfter?.start !== two.start) return false;
  return file.anchorsIn(two.start, second.owner.start).some((b) => b.named && b.key === second.owner.key);
}

/**
 * Whether text[from, to) holds only white space and closing quotation marks: read character by
 * character, stopping at the first other, since every earlier kin of a novel is tried against each
 * (a slice of the text between them would copy most of the novel).
 */
function onlySpacing(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/[\s"”’]/.test(text.charAt(i))) return false;
  return true;
}

function addKin(add: Add, kin: UnnamedKin, objectKey: string): void {
  add(kinFact(kin.owner, kin.word, objectKey, kin.start, kin.end, 0.9));
}
