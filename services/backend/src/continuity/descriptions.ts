/**
 * People the narration describes before, or without, naming them: "The man who entered was a
 * sturdy fellow ... with grey eyes", "This man interested me at once ... He stood full six feet",
 * "A lady dressed in black and heavily veiled ... rose as we entered", "found him in deep
 * conversation with a stout, elderly gentleman with fiery red hair". Fiction introduces a newcomer
 * this way and names them in the lines around: the waiter announces them, someone greets them,
 * they give their name (sometimes pages later, after the talk they came for begins). The
 * description is a character of its gender named around it who is not already in the scene (named
 * in the narration just before): the one who gives their name, else the one named nearest; the
 * narration's pronouns of its gender that follow it, in its paragraph and in the next lines until
 * another character of that gender is named, are that character's too.
 */
import { mustAt } from '@george/runtime/collections';
import type { Span } from '@george/text';
import { type Gender, pronounForm } from '../pronouns/index.js';

/** A name mention of a character: where, whose, and whether it is inside speech. */
export interface NameMention extends Span {
  key: string;
  inSpeech: boolean;
}

/** A third-person singular pronoun, with the resolver's answer (null: none). */
export interface PronounMention extends Span {
  gender: Gender;
  key: string | null;
}

export interface Description extends Span {
  /** The character the description is. */
  key: string;
  gender: Gender;
  /** The description is the subject of its clause ("The man who entered was ..."). */
  subject: boolean;
  /** Pronouns of its paragraph that refer to it: indexes into the pronouns given. */
  pronouns: number[];
}

/** The nouns a description of a person is headed by, with the gender each says. */
export const NOUNS: Readonly<Record<string, Gender>> = {
  man: 'male',
  gentleman: 'male',
  fellow: 'male',
  boy: 'male',
  lad: 'male',
  youth: 'male',
  woman: 'female',
  lady: 'female',
  girl: 'female',
  child: 'unknown',
  stranger: 'unknown',
  visitor: 'unknown',
  newcomer: 'unknown',
  'new-comer': 'unknown',
  person: 'unknown',
};
const NOUN = `(${Object.keys(NOUNS).join('|')})`;
/** Words before a description's noun: adjectives, never a determiner or a conjunction ("that if a man"). */
const ADJECTIVES = (most: number, commas: boolean) =>
  `(?:(?!(?:a|an|the|this|that|if|of|to|and|or|but|is|was|as|when|who|which|so|such|one|no|some|any|every)\\s)[a-z-]+${commas ? ',?' : ''}\\s+){0,${most}}?`;
/**
 * A subject at a clause's start: "This man", "our visitor", "The stranger", "The man who entered"
 * ("The man" alone is most often someone already named, "that man" someone spoken of).
 */
const SUBJECT = new RegExp(
  `(?:^|[.!?;:]\\s+|\\n\\s*)((?:(?:This|Our|this|our)\\s+${ADJECTIVES(2, false)}${NOUN})|(?:(?:The|the)\\s+${ADJECTIVES(2, false)}(?:${NOUN}\\s+who\\s+(?:had\\s+)?(?:just\\s+)?(?:entered|came\\s+in|come\\s+in|appeared|came\\s+forward|was\\s+shown\\s+in|was\\s+ushered\\s+in)|(stranger|visitor|newcomer|new-comer))))\\b`,
  'g',
);
/**
 * Someone who is there when the narrator arrives, opening a sentence: "A lady dressed in black and
 * heavily veiled, who had been sitting in the window, rose as we entered."
 */
const FOUND_THERE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*)((?:A|An)\\s+${ADJECTIVES(3, true)}${NOUN})(?=,?\\s+(?:dressed|clad|in\\s+(?:a|an|black|white|grey|deep)|who\\s+had\\s+been|was\\s+(?:sitting|standing|waiting|seated)|sat|stood|rose|entered|came\\s+in))`,
  'g',
);
/**
 * Someone who comes in as the sentence tells it, anywhere in it: "our door had been suddenly dashed
 * open, and that a huge man had framed himself in the aperture", "when a tall woman appeared", "a
 * man of about fifty entered", "a tall young woman was shown in".
 */
const ARRIVED = new RegExp(
  `\\b((?:a|an|A|An)\\s+${ADJECTIVES(3, true)}${NOUN})(?:\\s+of\\s+(?:about\\s+|some\\s+)?[a-z-]+)?\\s+(?:had\\s+)?(?:suddenly\\s+)?(?=(?:entered|appeared|framed\\s+(?:himself|herself)|(?:strode|burst|rushed|walked|stepped|came|hurried)\\s+in(?:to)?\\b|was\\s+(?:shown|shewn|ushered)\\s+in\\b|stood\\s+in\\s+the\\s+door))`,
  'g',
);

/**
 * Someone whose looks the sentence is about, opening it, after an inverted verb or after "there
 * was": "A man of singular appearance came into the parlour", "Pulling an oar in the boat, was a
 * man of a singular appearance". Not a predicate of someone named ("Thomas Hale was a man of
 * striking appearance"): the noun must open the sentence or follow the comma of an inversion.
 */
const OF_APPEARANCE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*|,\\s*(?:was|sat|stood)\\s+|\\b[Tt]here\\s+(?:was|sat|stood|came)\\s+)((?:a|an|A|An)\\s+${ADJECTIVES(3, true)}${NOUN})(?=\\s+of\\s+(?:a\\s+|an\\s+)?(?:[a-z-]+\\s+){0,2}(?:appearance|aspect|countenance|mien|presence|figure)\\b)`,
  'g',
);

/**
 * Someone the narrator notices: "no one was coming save the single gentleman whose eccentric
 * conduct had drawn my attention", "a tall woman who had caught my eye". The one noticed is a
 * newcomer whom the narration goes on to describe ("He was a man of about fifty").
 */
const NOTICED = new RegExp(
  `\\b((?:a|an|A|An|the|The)\\s+${ADJECTIVES(2, false)}${NOUN})\\s+(?=(?:whose\\s+(?:[a-z-]+\\s+){1,3}|who\\s+)(?:had\\s+)?(?:drawn|caught|attracted|arrested)\\s+(?:my|our)\\s+(?:attention|eye|notice)\\b)`,
  'g',
);

/** Someone met: "with a very stout, florid-faced, elderly gentleman with fiery red hair". */
const MET = new RegExp(
  `\\b(?:with|to|by|upon|on)\\s+(an?\\s+${ADJECTIVES(5, true)}${NOUN})\\s+(?=with\\b|whose\\b)`,
  'g',
);

/** How far around a description its name is looked for, and the scene before it. */
const BEFORE = 1500;
const AFTER = 4000;
/** How far after a description a newcomer may give their name ("My name is Helen Stoner"). */
const INTRODUCED_AFTER = 8000;
/** "It was Jasper Voke", "this was none other than Mary": a clause naming who was described. */
const REVEALED = /(?:^|[.!?;]["”’]?\s+|;\s*)(?:it|this|that)\s+was\s+(?:none\s+other\s+than\s+)?$/i;
/** How far after a description the name that says who it was may stand (the next sentence or two). */
const REVEALED_WITHIN = 400;
/** How far after a description its gender's pronouns in the narration are still the newcomer's. */
const OWNED_AFTER = 1500;
const VOCATIVE = /\b(?:my\s+)?dear\s+$/i;
/**
 * A self-introduction right before a name: "my name is", "My name," said he, "is", "I am", "he gave
 * his name as", "He announced himself as the archangel Gabriel".
 */
const INTRODUCED =
  /\b(?:my\s+name(?:[\s,"”’]+(?:said|says|answered|replied)\s+(?:he|she))?[\s,"“‘]+is|I\s+am|(?<giver>he|she)\s+gave\s+(?:his|her)\s+name\s+as|(?:announced|declared|proclaimed|gave\s+out)\s+(?:himself|herself)\s+(?:as\s+|to\s+be\s+)?(?:the\s+[a-z]+\s+)?)\s*$/i;

/**
 * The descriptions of `text` in the narration that a named character around them is, with the
 * pronouns of their paragraph that are theirs. `names` and `pronouns` in text order.
 */
export function describedCharacters(
  text: string,
  names: readonly NameMention[],
  pronouns: readonly PronounMention[],
  genders: ReadonlyMap<string, Gender>,
  inSpeech: (offset: number) => boolean,
): Description[] {
  const out: Description[] = [];
  const found: Array<{ start: number; end: number; noun: string; subject: boolean }> = [];
  for (const m of text.matchAll(SUBJECT)) {
    const phrase = mustAt(m, 1);
    const start = (m.index ?? 0) + m[0].length - phrase.length;
    const noun = (m[2] ?? m[3] ?? mustAt(m, 4)).toLowerCase();
    found.push({ start, end: start + phrase.length, noun, subject: true });
  }
  for (const m of text.matchAll(FOUND_THERE)) {
    const phrase = mustAt(m, 1);
    const start = (m.index ?? 0) + m[0].length - phrase.length;
    found.push({ start, end: start + phrase.length, noun: mustAt(m, 2).toLowerCase(), subject: true });
  }
  for (const m of [...text.matchAll(ARRIVED), ...text.matchAll(NOTICED)]) {
    const phrase = mustAt(m, 1);
    const start = m.index ?? 0;
    if (found.some((f) => f.start === start)) continue;
    found.push({ start, end: start + phrase.length, noun: mustAt(m, 2).toLowerCase(), subject: true });
  }
  for (const m of text.matchAll(OF_APPEARANCE)) {
    const phrase = mustAt(m, 1);
    const start = (m.index ?? 0) + m[0].length - phrase.length;
    if (found.some((f) => f.start === start)) continue;
    found.push({ start, end: start + phrase.length, noun: mustAt(m, 2).toLowerCase(), subject: true });
  }
  for (const m of text.matchAll(MET)) {
    const phrase = mustAt(m, 1);
    const start = (m.index ?? 0) + m[0].indexOf(phrase);
    found.push({ start, end: start + phrase.length, noun: mustAt(m, 2).toLowerCase(), subject: false });
  }
  for (const d of found.sort((a, b) => a.start - b.start)) {
    if (inSpeech(d.start)) continue;
    const paragraphEnd = paragraphEndAt(text, d.end);
    const gender =
      NOUNS[d.noun] === 'unknown'
        ? firstPronounGender(pronouns, d.end, paragraphEnd, inSpeech)
        : NOUNS[d.noun];
    if (gender === undefined) continue;
    const key = nameOf(text, d, gender, names, pronouns, genders, inSpeech);
    if (key === null) continue;
    const own: number[] = [];
    if (d.subject) {
      for (const [i, p] of pronouns.entries()) {
        if (p.start < d.end) continue;
        if (p.start >= Math.max(paragraphEnd, d.end + OWNED_AFTER)) break;
        if (p.gender !== gender || inSpeech(p.start)) continue;
        // Another character of the gender named in the narration takes the pronouns from here.
        const other = names.some(
          (n) =>
            n.start >= d.end &&
            n.start < p.start &&
            !n.inSpeech &&
            n.key !== key &&
            genders.get(n.key) === gender,
        );
        if (other) break;
        own.push(i);
      }
    }
    out.push({ start: d.start, end: d.end, key, gender, subject: d.subject, pronouns: own });
  }
  return out;
}

/** The character a description is, or null when no one, or no one clearly, is named around it. */
function nameOf(
  text: string,
  d: Span,
  gender: Gender,
  names: readonly NameMention[],
  pronouns: readonly PronounMention[],
  genders: ReadonlyMap<string, Gender>,
  inSpeech: (offset: number) => boolean,
): string | null {
  const around = names.filter((n) => n.start >= d.start - BEFORE && n.start < d.end + INTRODUCED_AFTER);
  // In the scene: named in the narration just before, or a pronoun of it there ("said he"); a
  // name alone on its line signs a letter or heads a page, and puts no one in the scene.
  const present = new Set([
    ...around.filter((n) => n.start < d.start && !n.inSpeech && !aloneOnLine(text, n)).map((n) => n.key),
    ...pronouns
      .filter((p) => p.start >= d.start - BEFORE && p.start < d.start && p.key !== null && !inSpeech(p.start))
      .map((p) => p.key),
  ]);
  // A name called out to ("my dear Watson") is someone spoken to, in the scene already.
  const absent = around.filter(
    (n) =>
      !present.has(n.key) && !(n.inSpeech && VOCATIVE.test(text.slice(Math.max(0, n.start - 12), n.start))),
  );
  // Who gives their name ("My name," said he, "is John Openshaw") is the newcomer, however near
  // the names they speak of are, and whatever gender the name's other mentions suggested (a
  // self-introduction is surer than pronouns counted around a name); one told of ("she gave her
  // name as") is of the teller pronoun's gender.
  const introduced = absent.find((n) => {
    const self = INTRODUCED.exec(text.slice(Math.max(0, n.start - 60), n.start));
    const giver = self?.groups?.giver;
    return self !== null && (giver === undefined || pronounForm(giver)?.gender === gender);
  });
  // "a tall man came in with a dark lantern ... It was Jasper Voke.": the text says at once who
  // it was, whether or not that one was in the scene, before any later self-introduction.
  const first = names.find((n) => n.start >= d.end && !n.inSpeech);
  if (
    first &&
    first.start - d.end < REVEALED_WITHIN &&
    REVEALED.test(text.slice(Math.max(0, first.start - 30), first.start))
  )
    return first.key;
  if (introduced) return introduced.key;
  // Else the nearest other name of the gender.
  const candidates = absent.filter((n) => {
    const own = genders.get(n.key) ?? 'unknown';
    return own === gender || own === 'unknown';
  });
  const distance = (n: Span) => (n.start < d.start ? d.start - n.end : n.start - d.end);
  const nearest = candidates
    .filter((n) => n.start < d.end + AFTER)
    .sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.key ?? null;
}

/** The name at `n` is all its line holds, but for quotation marks and punctuation ("VIOLET HUNTER."). */
function aloneOnLine(text: string, n: Span): boolean {
  const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
  const lineEnd = text.indexOf('\n', n.end);
  return (
    /^[\s"“‘']*$/u.test(text.slice(lineStart, n.start)) &&
    /^[\s.,!"”’']*$/u.test(text.slice(n.end, lineEnd < 0 ? text.length : lineEnd))
  );
}

function paragraphEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n\n', offset);
  return end < 0 ? text.length : end;
}

/** The gender of the first he/she-type pronoun after `from` in the paragraph. */
function firstPronounGender(
  pronouns: readonly PronounMention[],
  from: number,
  to: number,
  inSpeech: (offset: number) => boolean,
): Gender | undefined {
  const p = pronouns.find((x) => x.start >= from && x.start < to && !inSpeech(x.start));
  return p === undefined || p.gender === 'unknown' ? undefined : p.gender;
}
