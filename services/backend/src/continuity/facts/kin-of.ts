/**
 * Kin stated by "the <kin> of <Name>" as the subject of a sentence: "The grandmother of Benjamin
 * Franklin was Mary Morrel", "The father of Safie had been the cause of their ruin". The subject is
 * a person the text may name right after a copula, or only later in the scene: "The Turk quickly
 * perceived the impression that his daughter had made". It is tied to a person only when the text
 * leaves no doubt which. A name in apposition ("<Name>, the son of <Name>") `kinship` reads; a name
 * in apposition to the subject ("The father of Safie, Ali,") the file's anchors take for Safie.
 */
import { kinSex } from '../lexicon.js';
import type { Anchor, FileText } from '../text.js';
import { KIN, KIN_ADJECTIVES, KIN_NOUN_AT, kinFact, kinRole } from './kinship.js';
import type { Add } from './reader.js';

/** The sentence up to the name: "The father of ", perhaps after an opening quotation mark. */
const SUBJECT_BEFORE = new RegExp(
  `^["“‘'\\s]*[Tt]he\\s+${KIN_ADJECTIVES}${KIN}\\s+of\\s+(?:(?:old|young)\\s+)?$`,
  'u',
);

/** "was" between the name and the person the subject is, whose name a stop or a dash closes. */
const COPULA = /^\s+(?:was|is)\s+$/;
const COPULA_CLOSE = /^\s*(?:[,;.:!?]|--|—|$)/;

/**
 * A verb right after the name: the subject stands alone ("The father of Safie had been"), not in a
 * list ("The father of Safie and his wife") nor before a clause of its own ("who", "that").
 */
const VERB_AFTER =
  /^\s+(?!(?:and|or|nor|but|of|in|on|at|to|with|by|for|from|who|whom|whose|which|that)\b)[a-z]+\b/;

/** How far after the subject, in its chapter, the scene may name its person (about a page). */
const SCENE = 2000;
/** How sure a person the scene names by the other side of the kin is the subject. */
const SCENE_WEIGHT = 0.9;

/** The kin the subject's kin has in turn: a father's or mother's "daughter" or "son", a brother's "sister". */
const INVERSE_ROLE: Readonly<Record<string, string>> = {
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  spouse: 'spouse',
};

const PRONOUN_SEX: Readonly<Record<string, 'male' | 'female'>> = { his: 'male', her: 'female' };

/** The relations of "the <kin> of <Name>" subjects, each on the name, to the person the subject is. */
export function kinOfSubject(file: FileText, add: Add): void {
  const characters = file.anchors.filter((a) => a.type === 'character');
  for (const [i, of] of characters.entries()) {
    if (!of.named || of.possessive) continue;
    const sentence = file.sentenceAt(of.start);
    const subject = SUBJECT_BEFORE.exec(file.text.slice(sentence.start, of.start));
    const kin = subject?.[1];
    if (subject === null || kin === undefined) continue;
    const start = sentence.start + file.text.slice(sentence.start, of.start).search(/[Tt]he\b/);
    const next = characters[i + 1];
    if (
      next?.named &&
      !next.possessive &&
      COPULA.test(file.text.slice(of.end, next.start)) &&
      COPULA_CLOSE.test(file.text.slice(next.end, next.end + 4))
    ) {
      if (next.key !== of.key) add(kinFact(of, kin, next.key, start, next.end));
      continue;
    }
    if (!VERB_AFTER.test(file.text.slice(of.end, of.end + 30))) continue;
    const person = sceneKin(file, of, kin);
    if (person !== null) add(kinFact(of, kin, person.key, start, of.end, SCENE_WEIGHT * person.confidence));
  }
}

/**
 * The one person the scene after the subject calls by the other side of the kin, with no name
 * after it: "his daughter" after "The father of Safie", owned by a man (the kin word's sex), of
 * Safie's sex. None when two people are so called, or one with another name ("his daughter
 * Agatha"): that is not the kin meant. Dialogue is left out, whose "his" is read less surely.
 */
function sceneKin(file: FileText, of: Anchor, kin: string): Anchor | null {
  const inverse = INVERSE_ROLE[kinRole(kin)];
  const sex = kinSex(kin);
  const chapter = file.chapterAt(of.start);
  if (inverse === undefined || sex === null || file.voiceAt(of.start)?.voice === 'speech') return null;
  const ofSex = file.genders.get(of.key);
  const owners = file.anchorsIn(of.end, of.end + SCENE).filter((a) => {
    if (a.type !== 'character' || !a.possessive || a.key === of.key) return false;
    if (file.chapterAt(a.start) !== chapter || file.voiceAt(a.start)?.voice === 'speech') return false;
    const owner = a.named
      ? file.genders.get(a.key)
      : PRONOUN_SEX[file.text.slice(a.start, a.end).toLowerCase()];
    if (owner !== sex) return false;
    const word = KIN_NOUN_AT.exec(file.text.slice(a.end, a.end + 60));
    const found = word?.[1];
    if (word === null || found === undefined || kinRole(found) !== inverse) return false;
    const foundSex = kinSex(found);
    if (foundSex !== null && ofSex !== undefined && ofSex !== 'unknown' && foundSex !== ofSex) return false;
    const kinEnd = a.end + word[0].length;
    const name = file.anchorsIn(kinEnd, kinEnd + 30).find((b) => b.type === 'character' && b.named);
    return (
      name === undefined || name.key === of.key || !/^\s*,?\s*$/.test(file.text.slice(kinEnd, name.start))
    );
  });
  const keys = new Set(owners.map((a) => a.key));
  return keys.size === 1 ? (owners[0] ?? null) : null;
}
