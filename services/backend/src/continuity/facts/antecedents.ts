/**
 * Whom a subject pronoun of a death stands for when the text says it and the resolver cannot see
 * it: "the former" or "the latter" of a pair ("My father and Ernest yet lived, but the former sunk
 * under the tidings. ... he died in my arms"), and a teller's "my father" or "my mother", which the
 * resolver does not know as a person ("my mother sickened ... She joined the hands of Elizabeth and
 * myself ... She died calmly"). The death must go to that one, not to the last name before it.
 */
import type { Anchor, FileText } from '../text.js';
import { tellerKin } from './teller-kin.js';

/** How far back a pronoun's antecedent is looked for (a paragraph or two). */
const LOOK_BACK = 1500;
/** How far the pair may stand before "the former" that picks from it. */
const PAIR_REACH = 400;

/**
 * "the former" or "the latter" as a subject: punctuation, a verb or an adverb after it, not a noun
 * it modifies ("the former Miss Taylor", "the former owner of the mill").
 */
const FORMER_OR_LATTER =
  /\b[Tt]he\s+(former|latter)(?=\s*(?:[,;:.!?]|—|--)|\s+(?:was|were|had|is|has|could|would|should|might|must|did|never|still|also|then|now|soon|only|at\s+once|came|went|took|grew|fell|sank|sunk|lay|kept|seemed|became|[a-z]+ed)\b)/g;

/** Words before a name that make it an object or a complement, not the subject of its clause. */
const OBJECT_BEFORE =
  /\b(?:of|to|for|with|by|from|at|on|upon|in|into|about|after|towards?|beside|near|like|than|sent\s+for|asked\s+for|nursed|visited|met|saw|called|told|wrote\s+to)\s+$/i;

/** A character mention of the narration (dialogue left out: a vocative is no subject of the story). */
function inNarration(file: FileText, a: Anchor): boolean {
  return a.type === 'character' && file.voiceAt(a.start)?.voice !== 'speech';
}

/** The name at `a` is an object or owned (OBJECT_BEFORE), looking back no further than `from`. */
const asObject = (file: FileText, a: Anchor, from: number): boolean =>
  OBJECT_BEFORE.test(file.text.slice(Math.max(from, a.start - 20), a.start));

/** Before a name: the start of its clause, where a new subject stands ("Edward Crane nursed him"). */
const CLAUSE_START = /(?:^|[.;:!?]["”’]?|,|—|--|\b(?:and|but|then|when|while|so))\s*$/i;

/** The name at `a` opens its clause: a new subject the story may go on with. */
function opensClause(file: FileText, a: Anchor): boolean {
  const sentence = file.sentenceAt(a.start);
  return CLAUSE_START.test(file.text.slice(Math.max(sentence.start, a.start - 20), a.start));
}

/**
 * "A and B ..., but the former ...": the key of the one "the former" or "the latter" picks, when
 * it stands in the paragraph of `at`, no name opening a clause comes between (an object's, an
 * owned one's or one after "cursed be" may), and the pair stands just before it.
 */
function pairPick(file: FileText, from: number, at: number, people: readonly Anchor[]): string | null {
  // "the former" in the pronoun's own paragraph: the story goes on with the one it picks.
  const lead =
    file.text
      .slice(from, at)
      .split(/\n[ \t]*\n/)
      .at(-1) ?? '';
  const picks = [...lead.matchAll(FORMER_OR_LATTER)];
  const pick = picks.at(-1);
  if (pick === undefined) return null;
  const pickAt = at - lead.length + pick.index;
  if (people.some((a) => a.named && a.start > pickAt && a.start < at && opensClause(file, a))) return null;
  // The last two people joined by "and" before the pick, in its sentence or the one before.
  const before = people.filter((a) => a.named && !a.possessive && a.end <= pickAt);
  for (let i = before.length - 1; i > 0; i--) {
    const first = before[i - 1];
    const second = before[i];
    if (first === undefined || second === undefined) break;
    if (pickAt - first.start > PAIR_REACH) break;
    if (!/^\s+and\s+$/.test(file.text.slice(first.end, second.start))) continue;
    if (first.key === second.key) return null;
    return pick[1] === 'former' ? first.key : second.key;
  }
  return null;
}

/**
 * A teller's parent of the pronoun's sex ("my father" for "he") named before it, when every name
 * after that parent is an object ("asked for the letters of Mary Benson"), so the parent is still
 * the one the story follows.
 */
function tellerParentPick(file: FileText, from: number, at: number, word: string): string | null {
  const kin = /^he$/i.test(word) ? 'father' : 'mother';
  const parent = tellerKin(file, from, at)
    .filter((a) => !a.possessive && file.text.slice(a.start, a.end).toLowerCase().endsWith(kin))
    .at(-1);
  if (parent === undefined) return null;
  const after = file.anchorsIn(parent.end, at).filter((a) => a.named && inNarration(file, a));
  const objects = after.every((a) => asObject(file, a, parent.end));
  return objects ? parent.key : null;
}

/**
 * The key of the one a subject "he" or "she" at [start, end) stands for by the text's own
 * pointers ("the former", a teller's parent followed only as the subject), or null to keep the
 * resolver's choice.
 */
export function pronounAntecedent(file: FileText, start: number, end: number): string | null {
  const chapter = file.chapterStarts.filter((s) => s <= start).at(-1) ?? 0;
  const from = Math.max(chapter, start - LOOK_BACK);
  const people = [...file.anchorsIn(from, start), ...tellerKin(file, from, start)]
    .filter((a) => inNarration(file, a))
    .sort((a, b) => a.start - b.start);
  return (
    pairPick(file, from, start, people) ?? tellerParentPick(file, from, start, file.text.slice(start, end))
  );
}
