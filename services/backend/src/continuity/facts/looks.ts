/** Looks: eye and hair colours, height and build, a limb and its side, each with its owner. */

import { mustAt } from '@george/runtime/collections';
import { parseNumber } from '@george/text';
import { NOUNS } from '../descriptions.js';
import {
  ACTION_VERBS,
  ADULT_NOUNS,
  BEAUTY_WORDS,
  BODY_NOUNS,
  BODY_PARTS,
  BUILD_WORDS,
  BUILT_ADVERBS,
  COLOUR_LIKENESSES,
  COMPLEXIONS,
  EYE_COLOURS,
  FIGURE_LIKENESSES,
  FRAME_WORDS,
  HAIR_COLOURS,
  HAIR_SHAPES,
  HAIR_WORDS,
  HANDEDNESS_WORDS,
  HEIGHT_WORDS,
  INJURY_WORDS,
  PERSON_NOUNS,
  SCAR_WORDS,
  STATURE_WORDS,
} from '../lexicon.js';
import type { Anchor } from '../text.js';
import { BEARD_DETAIL } from '../types.js';
import { KIN } from './kinship.js';
import { LEDGER_OCCUPATIONS } from './occupation.js';
import {
  type Add,
  AGE_HEDGE,
  ASIDE,
  afterPreposition,
  changeAt,
  NUMBER_WORD,
  type SentenceReader,
  subjectLike,
} from './reader.js';

const COLOUR = `(${Object.keys({ ...EYE_COLOURS, ...HAIR_COLOURS }).join('|')})`;

/** A colour phrase that ends on its noun: the colour is written before it ("Kit's blue eyes"). */
const COLOUR_BEFORE_NOUN =
  /\b(?:eyes?|hair|curls|locks|ringlets|tresses|beard|whiskers?|moustaches?|mustaches?)$/i;
const ANY_COLOUR = new RegExp(`\\b${COLOUR}\\b`, 'i');
/** A verb of becoming right before a colour: "turning grey", "had gone quite white". */
const BECOMING_COLOUR = new RegExp(
  `\\b(?:turn(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|go(?:es|ne|ing)?|went|fad(?:e|es|ed|ing))\\s+(?:[a-z]+ly\\s+|quite\\s+|all\\s+)?${COLOUR}\\b`,
  'i',
);
/** The clause goes on past a coordinating comma or a break ("..., and Thomas said"). */
const CLAUSE_BREAK = /[;:]|--|,\s+(?:and|but|or|while|though)\s/;

/**
 * Whether the clause marks a change of the colour stated at `start`..`end`. A colour written before
 * its noun leaves the rest of the clause to the eyes' or hair's state ("Kit's blue eyes were wet
 * now", "her grey hair had grown thin"): a change word there is the colour's only when that rest
 * gives a colour too ("Mary's grey hair was now white") or the phrase itself marks it.
 */
function colourChange(r: SentenceReader, start: number, end: number): boolean {
  const rest = r.file.text.slice(end, r.span.end).split(CLAUSE_BREAK)[0] ?? '';
  // "whose golden hair had begun to turn grey": the rest says what the colour is becoming.
  if (BECOMING_COLOUR.test(rest)) return true;
  if (!changeAt(r, start)) return false;
  const phrase = r.file.text.slice(start, end);
  if (!COLOUR_BEFORE_NOUN.test(phrase)) return true;
  if (/\b(?:now|lately|newly|no longer)\b/i.test(phrase)) return true;
  return ANY_COLOUR.test(rest);
}

/** A word joined before a colour that only shades it: "coal-black", "sky-blue", "light-blue". */
const SHADE =
  '(?:(?:coal|jet|pitch|raven|ink|inky|sky|sea|snow|milk|steel|slate|ash|pale|light|deep|dark|bright)-)?';

const EYES_AFTER = new RegExp(
  `\\b${SHADE}${COLOUR}(?:[- ](blue|grey|gray|green|brown|black))?\\s+eyes\\b`,
  'gi',
);

/**
 * After "eyes were" / "hair was" / "eyes of": a comparison ("as black as"), "of a" / "the", and up to three
 * words, participles only after an article ("of a watery blue", "the brightest living gold"; not
 * "fixed on the green"), joined by commas or "and" ("large and blue", "a clear, cold grey"); never
 * a word of another clause ("bright and her hair black"). A word may be joined by hyphens ("a pale,
 * washed-out blue").
 */
const LEAD_STOP =
  '(?!(?:on|at|to|in|upon|with|from|by|and|or|but|not|never|his|her|its|their|he|she|was|were|is|are|eyes|hair)\\s)';

const LEAD_GAP = ',?\\s+(?:and\\s+)?';

const PREDICATE_LEAD = `(?:as\\s+)?(?:(?:of\\s+)?(?:a|an|the)\\s+(?:${LEAD_STOP}[a-z]+(?:-[a-z]+)*${LEAD_GAP}){0,3}?|(?:(?![a-z]+(?:ed|ing)[,\\s])${LEAD_STOP}[a-z]+${LEAD_GAP}){0,3}?)`;

/**
 * "<noun> were ...", "<noun>, which was ...", "<noun> of ...", "<noun>, of a grey so pale that", an aside that closes after the
 * colour ("her hair, long and black, fell") or goes on to a comparison ("his hair, fair as flax,"),
 * and a comparison right after the noun ("eyes as blue as the sea", "his hair fair as flax").
 */
const predicate = (noun: string): RegExp =>
  new RegExp(
    `\\b${noun}(?:(?:(?:\\s*,\\s*which)?\\s+(?:were|was|are|is)|,?\\s+of)\\s+${PREDICATE_LEAD}${SHADE}${COLOUR}\\b|\\s*,\\s*${PREDICATE_LEAD}${SHADE}${COLOUR}(?=\\s*[,;.)]|\\s+as\\s)|\\s+(?:as\\s+)?${COLOUR}\\s+as\\b)`,
    'gi',
  );

const EYES_PREDICATE = predicate('eyes');

const EYED = new RegExp(`\\b${COLOUR}-eyed\\b`, 'gi');

/**
 * An article after a verb that is no copula: the compound after it describes the verb's object
 * ("married a fair-haired girl", "met the grey-eyed stranger"), not the subject ("was a grey-eyed
 * man" is the subject's).
 */
const OBJECT_ARTICLE =
  /\b(?!(?:was|is|were|are|be|been|being|seemed|seems|looked|looks|became|become|remained)\s)[a-z]+\s+(?:a|an|the)\s+$/i;

/**
 * "red-haired", and "red-headed" before a person noun ("a red-headed man", "this grey-headed,
 * ungodly old man", not "the Red-headed League").
 */
const HAIRED = new RegExp(
  `\\b${COLOUR}-(?:haired\\b|headed(?=(?:,?\\s+[a-z-]+){0,2}?,?\\s+(?:${[...PERSON_NOUNS].join('|')})\\b))`,
  'gi',
);

const COLOUR_OF = new RegExp(`\\bthe\\s+(?:[a-z]+\\s+){0,2}?${COLOUR}\\s+of`, 'gi');

const HAIR = `(?:${[...HAIR_WORDS].join('|')})`;

const HAIR_AFTER = new RegExp(
  `\\b${SHADE}${COLOUR}(?:[- ](?:red|brown|gold|golden|grey|gray))?\\s+${HAIR}\\b`,
  'gi',
);

const HAIR_PREDICATE = predicate(HAIR);

/** Things a colour compared after the hair's place may be of instead: "fell over a face as white as". */
const COLOURED_THINGS =
  'face|cheeks?|skin|complexion|lips|hands?|dress|gown|coat|cloak|shawl|bonnet|cap|hat|sheet|pillow|linen';

/**
 * A colour compared after a verb of the hair or eyes and the place it hangs or looks: "his hair hung
 * about his ears as yellow as old straw", "whose hair fell to her waist as black as ink", "her eyes
 * shone as green as glass". The place is one preposition's phrase, not of a thing the colour could be
 * of ("hair fell over a face as white as chalk").
 */
const HANGING_LIKENED = new RegExp(
  `\\b(eyes|${HAIR})\\s+(?:hung|hangs|fell|falls|lay|lies|curled|streamed|flowed|tumbled|shone|gleamed|glittered|looked|seemed)(?:\\s+(?:loose|long|down|low))?(?:\\s+(?:about|over|down|to|round|around|on|upon|past|across|below|behind)\\s+(?:(?:his|her|their|its|the)\\s+)?(?:[a-z]+\\s+)?(?!(?:${COLOURED_THINGS})\\b)[a-z]+)?,?\\s+as\\s+${SHADE}${COLOUR}\\s+as\\b`,
  'gi',
);

/**
 * Hair dyed a colour: "dyed her hair red", "had her hair dyed gold" (by another's hand), and "dyed
 * it black" after the hair in its sentence ("cut her hair short and dyed it black"). The subject's
 * hair, changed here (`colourChange` reads "dyed").
 */
const DYED = new RegExp(
  `\\b(?:dyed\\s+(?:(?:his|her|their)\\s+${HAIR}|(it))|(?:had|got)\\s+(?:his|her|their)\\s+${HAIR}\\s+dyed)\\s+${SHADE}${COLOUR}\\b`,
  'gi',
);
const HAIR_WORD = new RegExp(`\\b${HAIR}\\b`, 'i');

/**
 * A beard's colour: "a flowing golden beard", "his beard was grey", "red-bearded". Read as hair
 * with the detail "<colour>-bearded", and compared with the same person's beards only: a beard may
 * differ from the hair of the head ("a red beard and dark hair").
 */
const BEARD = '(?:beard|whiskers|moustache|mustache)';

const BEARD_AFTER = new RegExp(`\\b${SHADE}${COLOUR}\\s+${BEARD}\\b`, 'gi');

const BEARD_PREDICATE = predicate(BEARD);

const LIKENESS = `(${Object.keys(COLOUR_LIKENESSES).join('|')})(?:e?s)?`;
const LOOKS_NOUN = `(eyes|${HAIR}|${BEARD})`;

/**
 * A colour named by a thing it is like: "eyes the colour of wet slate", "her hair, the colour of
 * ripe corn,", "his eyes were of the colour of the sky", and "flax-coloured hair".
 */
const LIKENESS_AFTER = new RegExp(
  `\\b${LOOKS_NOUN}(?:\\s*,\\s*|\\s+(?:(?:were|was|are|is)\\s+)?(?:of\\s+)?)the\\s+colou?r\\s+of\\s+(?:(?:a|an|the)\\s+)?(?:[a-z]+\\s+){0,2}?${LIKENESS}\\b`,
  'gi',
);

const BEARD_NOUN = new RegExp(`^${BEARD}$`, 'i');

const LIKENESS_BEFORE = new RegExp(`\\b${LIKENESS}-colou?red\\s+${LOOKS_NOUN}\\b`, 'gi');

const BEARDED = new RegExp(`\\b${COLOUR}-bearded\\b`, 'gi');

/**
 * A colour given as a tint later in the predicate, after other words of it: "my hair is somewhat
 * luxuriant, and of a rather peculiar tint of chestnut", "her eyes were of a curious shade of green".
 */
const HUE_PREDICATE = new RegExp(
  `\\b(eyes|${HAIR})(?:\\s*,\\s*which)?\\s+(?:were|was|are|is)\\s+[^.;:!?"“”]{0,60}?\\b(?:tint|shade|hue|tinge)\\s+of\\s+(?:a\\s+|an\\s+)?${SHADE}${COLOUR}\\b`,
  'gi',
);

/** "a pair of" eyes, "a mass of" hair: a quantity before the colour. */
const QUANTITY_OF =
  /\b(?:a\s+)?(?:(?!(?:his|her|its|their|my|your|our)\s)[a-z]+\s+)?(?:pair|mass|head|shock|crop|mop|profusion|wealth|abundance|tangle|thatch|cloud)\s+of\s+$/i;

/** Words that end a walk back over adjectives ("had grey eyes", "with the blue eyes"). */
const NOT_ADJECTIVES = new Set(
  'had has have having with the a an of his her its their my your our and or but in on at to by for from was were is are be been whose'.split(
    ' ',
  ),
);

/**
 * The possessive before up to three adjectives ending at `at` ("her large dark eyes", "his lame
 * right leg"), and where the walk back stopped when there is none.
 */
function possessorOverAdjectives(r: SentenceReader, at: number): { owner: Anchor | null; from: number } {
  let from = at;
  for (let walked = 0; walked < 3; walked++) {
    const owner = r.possessor(from);
    if (owner) return { owner, from };
    const word = /([a-z]+(?:-[a-z]+)*)([,\s]+(?:and\s+)?)$/.exec(
      r.file.text.slice(Math.max(r.start, from - 40), from),
    );
    if (!word || NOT_ADJECTIVES.has(mustAt(word, 1).toLowerCase())) break;
    from -= word[0].length;
  }
  return { owner: r.possessor(from), from };
}

/**
 * The owner of "<adjectives> blue eyes" / "her eyes were blue": a possessive before the
 * adjectives ("her large dark eyes", "Elizabeth's blue eyes"), the name a "whose" follows
 * ("Mary, whose eyes were blue"), else, after "with" or "had", the subject of the clause ("Mary
 * had grey eyes").
 */
function attributeOwner(r: SentenceReader, at: number): Anchor | null {
  const { owner, from } = possessorOverAdjectives(r, at);
  if (owner) return owner;
  const lead = r.file.text.slice(Math.max(r.start, from - 30), from);
  // "a pair of blue eyes looked up", "a mass of red hair": no one's; "had a pair of grey eyes",
  // "with a bland manner, and a pair of grey eyes": the subject's, when a "with" or "had" of the
  // same clause comes before; "her mass of red hair": the possessive's.
  const pair = QUANTITY_OF.exec(lead);
  if (pair) {
    const at = from - pair[0].length;
    const own = r.possessor(at);
    if (own) return own;
    return /\b(?:with|had|has|having)\s[^;:]*$/i.test(r.file.text.slice(r.start, at))
      ? describedSubject(r, at)
      : null;
  }
  // "with a head like a Roman, and a flowing golden beard": a later item of a list a "with" or "had"
  // of the same clause opens is the subject's, as the first item is.
  if (
    /(?:,|\band)\s+(?:a|an)\s+$/i.test(lead) &&
    /\b(?:with|had|has|having)\s[^;:]*$/i.test(r.file.text.slice(r.start, from))
  )
    return describedSubject(r, from);
  // "a stout, elderly gentleman with fiery red hair": the person the "with" follows.
  const met = /\s+with\s+(?:a\s+|an\s+|the\s+)?$/i.exec(lead);
  if (met) {
    const person = r.file.anchorEndingAt(from - met[0].length, 0);
    if (person?.named && !person.possessive && person.type === 'character') return person;
  }
  // "Windibank, whose eyes were ...": the name the relative clause follows.
  const whose = /\bwhose\s+$/i.exec(lead);
  if (whose) return r.appositive(from - whose[0].length);
  if (/\b(?:with|had|has|having)\s+(?:a\s+|an\s+|the\s+)?$/i.test(lead)) return describedSubject(r, from);
  return null;
}

/**
 * The character named right after `end` and the words `lead` matches there: "of" in "the blue eyes
 * of Thomas Hale", nothing but a space in "flaxen-haired Flask".
 */
function namedAfter(r: SentenceReader, end: number, lead: RegExp): Anchor | null {
  const gap = lead.exec(r.file.text.slice(end, end + 8));
  if (!gap) return null;
  const at = end + gap[0].length;
  const a = r.file.anchorsIn(at, at + 40)[0];
  return a?.named && !a.possessive && a.type === 'character' && a.start === at ? a : null;
}

const OF_GAP = /^\s+of\s+/;

/**
 * "those large brown eyes of hers", "that red hair of his": a possessive pronoun after "of" owns
 * what comes before it, as "her" before it would; the pronoun's character is the resolver's.
 */
function ownerOfTheirs(r: SentenceReader, end: number): Anchor | null {
  const gap = /^\s+of\s+(?=(?:his|hers)\b)/i.exec(r.file.text.slice(end, end + 10));
  if (!gap) return null;
  const at = end + gap[0].length;
  const a = r.file.anchorsIn(at, at + 4)[0];
  return a !== undefined && !a.named && a.type === 'character' && a.start === at ? a : null;
}

const SPACE_GAP = /^\s+/;

const LIST_VERBS = /\b(?:was|were|is|are|had|has|have|fell|hung|came|stood|sat|looked|seemed)\b/i;

/** How sure an item of a description list is the person the sentence before names. */
const LISTED_WEIGHT = 0.7;

/**
 * "... a gentleman named Hosmer Angel. About five ft. seven in. in height; strongly built, sallow
 * complexion, black hair, a little bald": a description given as a list, in a sentence that names
 * no one and has no verb of its own, is of the character the sentence before (in its paragraph)
 * names last. The item must
 * stand between list marks (a comma or semicolon before it, one or the sentence's end after it) in
 * a sentence of at least three items.
 */
function listedOwner(r: SentenceReader, start: number, end: number): Anchor | null {
  if (r.anchors.some((a) => a.type === 'character')) return null;
  // A list has no verb of its own ("The room was dark, and black hair ... were all about").
  if ((r.text.match(/[,;]/g) ?? []).length < 2 || LIST_VERBS.test(r.text)) return null;
  const before = r.file.text.slice(Math.max(r.start, start - 60), start);
  const item = /(?:^|[,;])\s*(?:[a-z]+(?:-[a-z]+)*\s+){0,2}$/.exec(before);
  if (!item || (start - item[0].length > r.start && !/[,;]/.test(item[0]))) return null;
  if (!/^\s*(?:[,;.]|$)/.test(r.file.text.slice(end, Math.min(r.span.end, end + 3)))) return null;
  return namedBefore(r);
}

/**
 * The owner of "with ... grey eyes": the subject of the clause within 12 words, or further back
 * the subject a description runs from ("He was a sturdy, middle-sized fellow, some thirty years of
 * age, ..., with a bland manner, and ..."); not the subject of another verb ("found him talking
 * with a stout gentleman with red hair": the gentleman's).
 */
function describedSubject(r: SentenceReader, at: number): Anchor | null {
  // "a short, stout woman with red hair, who was introduced to me as Mary Benson": hers.
  const named = namedPeople(r).find((p) => p.at < at && at < p.owner.start);
  if (named) return named.owner;
  // The near subject's, unless the "with" is an unnamed person's after it or in an apposition
  // telling of its verb's object.
  if (r.subject(at)) return lookSubject(r, at);
  // The far subject's unless, as near, an unnamed person after it owns the "with" ("I was called
  // from these reflections by the sight of a freckled woman with yellow hair").
  const far = r.subject(at, 30);
  if (far)
    return /^\s+(?:was|is|looked|seemed|appeared)\s/i.test(r.file.text.slice(far.end, far.end + 12)) &&
      !ofPersonAfterSubject(r.file.text.slice(far.end, at))
      ? far
      : null;
  // "A tall man with a red beard came up the path. It was Thomas Hale.": the "with" of the
  // described person the text then names.
  const revealed = revealedPerson(r);
  return revealed && /^\s+with\s[^,;.]*$/i.test(r.file.text.slice(revealed.end, at)) ? revealed.owner : null;
}

/**
 * A described person opening the sentence as its subject, perhaps after one word ("Presently a
 * short woman"): the figure words, and where the person noun ends.
 */
const DESCRIBED_SUBJECT = new RegExp(
  `^\\s*(?:[A-Za-z]+,?\\s+)?(?:[Aa]n?)\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,4}?)(?:${[...PERSON_NOUNS].join('|')})\\b`,
);

/** A described person's figure words, where the description starts and ends, and who they are. */
interface DescribedPerson {
  words: string;
  at: number;
  end: number;
  owner: Anchor;
}

/** A clause that only names who was just described: "It was Thomas Hale.", "this was Mary". */
const NAMING_LEAD = /^\s*(?:it|this|that)\s+was\s+(?:none\s+other\s+than\s+)?$/i;
const NAMING_END = /^["”’]?\s*(?:[.!]|$)/;

/** The character the clause `from`..`to` does nothing but name. */
function namingClause(r: SentenceReader, from: number, to: number): Anchor | null {
  const named = r.file.anchorsIn(from, to).find((a) => a.named && !a.possessive && a.type === 'character');
  if (!named || !NAMING_LEAD.test(r.file.text.slice(from, named.start))) return null;
  return NAMING_END.test(r.file.text.slice(named.end, to)) ? named : null;
}

/**
 * The described person opening the sentence, and the character the text then says they were: in
 * the clause after a semicolon ("a short woman came into the yard; this was Mary Benson") or in
 * the next sentence of the paragraph ("A tall man came up the path. It was Thomas Hale."). Not a
 * name denied ("It was not Thomas Hale") or doing more ("It was Thomas Hale who opened the gate").
 */
function revealedPerson(r: SentenceReader): DescribedPerson | null {
  const opening = DESCRIBED_SUBJECT.exec(r.text);
  if (!opening) return null;
  const at = r.start + opening.index;
  const end = at + opening[0].length;
  if (r.anchors.some((a) => a.type === 'character' && a.start < end)) return null;
  const semicolon = r.text.indexOf(';', opening[0].length);
  const gap = /^\s*/.exec(r.file.text.slice(r.span.end))?.[0] ?? '';
  const next = /\n\s*\n/.test(gap) ? null : r.file.sentenceAt(r.span.end + gap.length);
  const owner =
    semicolon >= 0
      ? namingClause(r, r.start + semicolon + 1, r.span.end)
      : next && next.end > next.start
        ? namingClause(r, next.start, next.end)
        : null;
  return owner ? { words: mustAt(opening, 1), at, end, owner } : null;
}

/**
 * A described person the sentence names at once: "a short, stout woman named Mary Benson", "a tall
 * woman whose name was Mary Benson", "a short thick man with a chinchilla beard, who was introduced
 * to me as Mr. Ferguson", "who proved to be Thomas Hale": the figure words (a "with" between runs
 * to the naming clause), matched in the text right before the name.
 */
const NAMED_PERSON = new RegExp(
  `\\b(?:[Aa]n?)\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,4}?)(?:${[...PERSON_NOUNS].join('|')})\\b(?:\\s+(?:named|called)|(?:\\s+with\\s[^,;:.!?]*)?,?\\s+(?:whose\\s+name\\s+was|who\\s+(?:was\\s+introduced\\s+(?:to\\s+(?:me|us|him|her|them)\\s+)?as|proved\\s+to\\s+be|turned\\s+out\\s+to\\s+be|gave\\s+(?:his|her)\\s+name\\s+as)))\\s+$`,
);

/** The described people of the sentence whose name follows at once (NAMED_PERSON), with it. */
function namedPeople(r: SentenceReader): DescribedPerson[] {
  const people: DescribedPerson[] = [];
  for (const owner of r.anchors) {
    if (owner.type !== 'character' || !owner.named || owner.possessive) continue;
    const lead = r.file.text.slice(Math.max(r.start, owner.start - 200), owner.start);
    const m = NAMED_PERSON.exec(lead);
    if (!m) continue;
    const at = owner.start - lead.length + m.index;
    // No other name between the description and the name; a pronoun there is the described
    // person's own ("a chinchilla beard growing out of the creases of his double chin").
    if (r.anchors.some((a) => a.type === 'character' && a.named && a.start >= at && a.end <= owner.start))
      continue;
    people.push({ words: mustAt(m, 1), at, end: owner.end, owner });
  }
  return people;
}

export function appearance(r: SentenceReader, add: Add): void {
  if (!/eye|hair|headed|curls|locks|ringlets|tresses|beard|whisker|moustache|mustache/i.test(r.text)) return;
  const colour = (kind: 'eyes' | 'hair', word: string): string | undefined =>
    (kind === 'eyes' ? EYE_COLOURS : HAIR_COLOURS)[word.toLowerCase()];
  const emit = (
    kind: 'eyes' | 'hair',
    word: string,
    found: Anchor | null,
    start: number,
    end: number,
    beard = false,
  ) => {
    const value = colour(kind, word);
    const listed = found === null ? listedOwner(r, start, end) : null;
    const owner = found ?? listed;
    if (owner === null || value === undefined) return;
    add({
      anchor: owner,
      kind,
      value,
      detail: beard ? `${word.toLowerCase()}${BEARD_DETAIL}` : word.toLowerCase(),
      start,
      end,
      change: colourChange(r, start, end),
      weight: listed ? LISTED_WEIGHT : 1,
    });
  };
  for (const { match, at } of r.matches(EYES_AFTER)) {
    // "blue-grey eyes": a colour between two groups says neither.
    const second = match[2] === undefined ? undefined : colour('eyes', match[2]);
    if (second !== undefined && second !== colour('eyes', mustAt(match, 1))) continue;
    const end = at + match[0].length;
    const owner = attributeOwner(r, at);
    const of = owner === null ? (namedAfter(r, end, OF_GAP) ?? ownerOfTheirs(r, end)) : null;
    emit('eyes', mustAt(match, 1), owner ?? of, at, of?.end ?? end);
  }
  for (const { match, at } of r.matches(HAIR_AFTER)) {
    const end = at + match[0].length;
    const owner = attributeOwner(r, at);
    const of = owner === null ? (namedAfter(r, end, OF_GAP) ?? ownerOfTheirs(r, end)) : null;
    emit('hair', mustAt(match, 1), owner ?? of, at, of?.end ?? end);
  }
  // "her eyes were large and blue" / "blue-eyed Jane", and the same of hair.
  for (const [kind, predicate, suffixed] of [
    ['eyes', EYES_PREDICATE, EYED],
    ['hair', HAIR_PREDICATE, HAIRED],
  ] as const) {
    for (const { match, at } of r.matches(predicate)) {
      emit(kind, match[1] ?? match[2] ?? mustAt(match, 3), attributeOwner(r, at), at, at + match[0].length);
    }
    for (const { match, at } of r.matches(suffixed)) {
      const end = at + match[0].length;
      // "blue-eyed Jane": the name right after; else the name before ("Jane, blue-eyed") or the
      // subject, unless the compound describes the object of a verb ("married a fair-haired girl").
      const named = namedAfter(r, end, SPACE_GAP);
      const ofObject = OBJECT_ARTICLE.test(r.file.text.slice(Math.max(r.start, at - 30), at));
      const owner = named ?? r.appositive(at - 2) ?? (ofObject ? null : lookSubject(r, at));
      emit(kind, mustAt(match, 1), owner, at, named?.end ?? end);
    }
  }
  for (const { match, at } of r.matches(HANGING_LIKENED)) {
    const kind = mustAt(match, 1).toLowerCase() === 'eyes' ? 'eyes' : 'hair';
    emit(kind, mustAt(match, 2), attributeOwner(r, at), at, at + match[0].length);
  }
  for (const { match, at } of r.matches(DYED)) {
    if (match[1] !== undefined && !HAIR_WORD.test(r.file.text.slice(r.start, at))) continue;
    emit('hair', mustAt(match, 2), lookSubject(r, at), at, at + match[0].length);
  }
  for (const { match, at } of r.matches(BEARD_AFTER)) {
    const end = at + match[0].length;
    const owner = attributeOwner(r, at);
    const of = owner === null ? namedAfter(r, end, OF_GAP) : null;
    emit('hair', mustAt(match, 1), owner ?? of, at, of?.end ?? end, true);
  }
  for (const { match, at } of r.matches(BEARD_PREDICATE))
    emit(
      'hair',
      match[1] ?? match[2] ?? mustAt(match, 3),
      attributeOwner(r, at),
      at,
      at + match[0].length,
      true,
    );
  for (const { match, at } of r.matches(BEARDED)) {
    const end = at + match[0].length;
    const named = namedAfter(r, end, SPACE_GAP);
    // "red-bearded Thomas", "Thomas, red-bearded,": not "talked with the red-bearded miller".
    emit('hair', mustAt(match, 1), named ?? r.appositive(at - 2), at, named?.end ?? end, true);
  }
  const likeness = (noun: string, thing: string, at: number, end: number) => {
    const word = COLOUR_LIKENESSES[thing.toLowerCase()];
    if (word === undefined) return;
    const kind = noun.toLowerCase() === 'eyes' ? 'eyes' : 'hair';
    emit(kind, word, attributeOwner(r, at), at, end, BEARD_NOUN.test(noun));
  };
  for (const { match, at } of r.matches(LIKENESS_AFTER))
    likeness(mustAt(match, 1), mustAt(match, 2), at, at + match[0].length);
  for (const { match, at } of r.matches(LIKENESS_BEFORE))
    likeness(mustAt(match, 2), mustAt(match, 1), at, at + match[0].length);
  for (const { match, at } of r.matches(HUE_PREDICATE)) {
    const kind = mustAt(match, 1).toLowerCase() === 'eyes' ? 'eyes' : 'hair';
    emit(kind, mustAt(match, 2), attributeOwner(r, at), at, at + match[0].length);
  }
  // "the clear grey of his eyes", "the gold of Mary's hair": the possessive after "of" owns it.
  for (const { match, at } of r.matches(COLOUR_OF)) {
    const end = at + match[0].length;
    const owner = r.file.anchorsIn(end, end + 40).find((a) => a.possessive && a.type === 'character');
    if (!owner || !/^\s*$/.test(r.file.text.slice(end, owner.start))) continue;
    const noun = /^(?:['’]s)?\s+(eyes|hair|curls|locks|ringlets|tresses)\b/i.exec(
      r.file.text.slice(owner.end, owner.end + 20),
    );
    if (!noun) continue;
    const kind = mustAt(noun, 1).toLowerCase() === 'eyes' ? 'eyes' : 'hair';
    emit(kind, mustAt(match, 1), owner, at, owner.end + noun[0].length);
  }
}

/** Words that may stand between a shape and the hair: colours and a few of length and texture. */
const HAIR_BETWEEN = `(?:[\\s,-]+(?:and\\s+)?(?:${[...Object.keys(HAIR_COLOURS), 'long', 'thick', 'fine', 'soft', 'glossy'].join('|')})){0,2}`;
/** "straight black hair", "curly red locks": a shape word before the hair. */
const SHAPE_BEFORE_HAIR = new RegExp(
  `\\b(${Object.keys(HAIR_SHAPES).join('|')})${HAIR_BETWEEN}\\s+(?:hair|locks)\\b`,
  'gi',
);
/**
 * "her curls", "Mary's black ringlets": the hair named by its shape, right after a possessive (a
 * colour between at most), not "her lip curls".
 */
const SHAPE_NOUN = new RegExp(`(?<=\\b(?:his|her|their|['’]s)${HAIR_BETWEEN}\\s+)(curls|ringlets)\\b`, 'gi');

/** "a dark complexion", "her fair, freckled skin": a shade before the skin, a word between at most. */
const COMPLEXION_BEFORE = new RegExp(
  `\\b(${Object.keys(COMPLEXIONS).join('|')})(?:,?\\s+[a-z]+(?:-[a-z]+)?)?\\s+(?:complexion|skin)\\b`,
  'gi',
);
/** "her complexion was dark". */
const COMPLEXION_PREDICATE = new RegExp(
  `\\b(?:complexion|skin)\\s+(?:was|is)\\s+(?:very\\s+|rather\\s+)?(${Object.keys(COMPLEXIONS).join('|')})\\b`,
  'gi',
);

/**
 * The shape of the hair and the shade of the skin, the owner found as for a colour of the hair (a
 * possessive, "with", "had"). A shape is a hair fact compared with the same person's shapes only.
 */
export function hairShapeAndComplexion(r: SentenceReader, add: Add): void {
  const read = (pattern: RegExp, kind: 'hair' | 'complexion', words: Record<string, string>) => {
    for (const { match, at } of r.matches(pattern)) {
      const value = words[mustAt(match, 1).toLowerCase()];
      const owner = attributeOwner(r, at);
      if (value === undefined || owner === null) continue;
      const end = at + match[0].length;
      add({ anchor: owner, kind, value, detail: value, start: at, end, change: changeAt(r, at) });
    }
  };
  read(SHAPE_BEFORE_HAIR, 'hair', HAIR_SHAPES);
  read(SHAPE_NOUN, 'hair', HAIR_SHAPES);
  read(COMPLEXION_BEFORE, 'complexion', COMPLEXIONS);
  read(COMPLEXION_PREDICATE, 'complexion', COMPLEXIONS);
}

/**
 * "a plain girl", "an ugly old fellow", "a handsome, fine-featured woman": a beauty word before a
 * person noun, a word or two between; "the only plain one in the family": before "one".
 */
const BEAUTY_BEFORE_PERSON = new RegExp(
  `\\b(?:a|an|the\\s+only|the)\\s+(?:very\\s+)?(${Object.keys(BEAUTY_WORDS).join('|')})(?:,?\\s+[a-z]+(?:-[a-z]+)*){0,2}?\\s+(?:${[...PERSON_NOUNS].join('|')}|one(?=\\s+(?:of|in|among)\\s))\\b`,
  'gi',
);
/** "much the handsomest of the five sisters", "the most beautiful woman in": a superlative of beauty. */
const BEAUTY_SUPERLATIVE =
  /\b(?:(?:much|by\s+far|far)\s+)?the\s+(most\s+[a-z]+|[a-z]+est)(?=\s+(?:of|in|among)\s|(?:\s+[a-z]+)?\s+(?:girl|woman|man|lady|gentleman)\s+(?:of|in)\s)/gi;
/**
 * "the Duchess was very ugly", "Ann Lacey was plain,": a beauty word as the predicate after a
 * subject, the clause ending with it (not "was plain with me", "was pretty well").
 */
const BEAUTY_ADJECTIVE = new RegExp(
  `^${ASIDE}\\s+(?:was|is|looked|seemed|had\\s+been|became|had\\s+become|grew)\\s+(?:(?:very|so|quite|extremely|remarkably|uncommonly|exceedingly|rather|most|really|truly|strikingly)\\s+)*(${Object.keys(BEAUTY_WORDS).join('|')})(?:\\s+still)?(?=\\s*(?:[,.;:!?)]|--|—)|\\s+(?:and|but)\\s)`,
  'i',
);

/**
 * The beauty word of a superlative: "handsomest" is "handsome", "prettiest" "pretty", "plainest"
 * "plain", "most beautiful" "beautiful"; undefined for any other ("the tallest").
 */
function beautyOfSuperlative(word: string): string | undefined {
  const lower = word.toLowerCase();
  const most = /^most\s+([a-z]+)$/.exec(lower);
  if (most) return BEAUTY_WORDS[mustAt(most, 1)];
  const stem = lower.slice(0, -3);
  return [stem, `${stem}e`, `${stem.slice(0, -1)}y`]
    .map((base) => BEAUTY_WORDS[base])
    .find((v) => v !== undefined);
}
/** "the beauty of the county": the person a place or a family calls its beauty. */
const BEAUTY_OF = /\bthe\s+(beauty)\s+of\s+(?:the|her|his|their)\s+[a-z]+\b/gi;
/** "was a plain girl", "had become the beauty of": said of the clause's subject. */
const BEAUTY_PREDICATE =
  /\b(?:was|is|were|had\s+been|became|had\s+become|grew\s+into|seemed|looked|being)\s+(?:(?:much|by\s+far|far)\s+)?$/i;
/** "not a handsome man", "never a beauty": no beauty said. */
const BEAUTY_NEGATED = /\b(?:not|never|no|hardly|scarcely|nor)\s+(?:[a-z]+\s+)?$/i;

/**
 * Any beauty word or its superlative (each word but its last letter: "handsom", "prett"): most
 * sentences hold none, and are passed over before the patterns run.
 */
const BEAUTY_WORD = new RegExp(
  `\\b(?:${Object.keys(BEAUTY_WORDS)
    .map((w) => w.slice(0, -1))
    .join('|')})`,
  'i',
);

/**
 * Beauty and plainness of a person: "Ann Lacey was a plain girl", "Ann Lacey, the beauty of the
 * county,": the subject the predicate tells of, or the name the apposition follows.
 */
export function beauty(r: SentenceReader, add: Add): void {
  if (!BEAUTY_WORD.test(r.text)) return;
  const emit = (owner: Anchor, value: string, start: number, end: number) =>
    add({ anchor: owner, kind: 'beauty', value, detail: value, start, end, change: changeAt(r, start) });
  const beautyOfWord = (word: string): string | undefined => BEAUTY_WORDS[word.toLowerCase()];
  for (const [pattern, beautyOf] of [
    [BEAUTY_BEFORE_PERSON, beautyOfWord],
    [BEAUTY_OF, beautyOfWord],
    [BEAUTY_SUPERLATIVE, beautyOfSuperlative],
  ] as const)
    for (const { match, at } of r.matches(pattern)) {
      const value = beautyOf(mustAt(match, 1));
      const lead = r.file.text.slice(Math.max(r.start, at - 30), at);
      if (value === undefined || BEAUTY_NEGATED.test(lead)) continue;
      const owner = BEAUTY_PREDICATE.test(lead) ? r.subject(at) : r.appositive(at);
      if (owner !== null) emit(owner, value, at, at + match[0].length);
    }
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    if (afterPreposition(r, anchor)) continue;
    const predicate = BEAUTY_ADJECTIVE.exec(
      r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 120)),
    );
    const value = predicate ? BEAUTY_WORDS[mustAt(predicate, 1).toLowerCase()] : undefined;
    if (predicate && value) emit(anchor, value, anchor.start, anchor.end + predicate[0].length);
  }
}

/** A word of a figure phrase and where it ends in the phrase. */
interface FigureWord {
  word: string;
  end: number;
  /** The word of "of great height" or "of slender figure" after the noun, and which it measures. */
  stature?: 'height' | 'build';
  /** The thing of "a slip of a girl", before its "of a". */
  likeness?: boolean;
  /** A word of the list after the noun's age ("a man of fifty, tall and stout"). */
  afterAge?: boolean;
}

/**
 * Words after "was a" / ", a": height and build words until a person noun or a break word, and
 * after the noun the height it is "of" ("a man of great height"). The phrase's last word may end
 * the sentence or clause ("He was tall and thin.").
 */
function figureWords(phrase: string): {
  words: FigureWord[];
  noun: string | null;
  /** The end of the person noun, or of the height it is "of". */
  nounEnd: number | null;
} {
  const out: FigureWord[] = [];
  // "was of great height": the height right after the verb.
  const of = STATURE_OF.exec(` ${phrase}`);
  if (of) {
    const end = of[0].length - 1;
    return {
      words: [{ word: mustAt(of, 1).toLowerCase(), end, stature: statureOf(of) }],
      noun: null,
      nounEnd: end,
    };
  }
  const re = /([a-z]+(?:-[a-z]+)*)([,\s]+(?:and\s+|but\s+)?|(?=[.;:!?)—]|--|$))/gi;
  let length = 0;
  for (let m = re.exec(phrase); m !== null && out.length < 8; m = re.exec(phrase)) {
    if (m.index !== length) break;
    const word = mustAt(m, 1).toLowerCase();
    // "not tall", "neither tall nor short": no figure is stated.
    if (NEGATIONS.has(word)) return { words: [], noun: null, nounEnd: null };
    if (PERSON_NOUNS.has(word)) {
      const nounEnd = m.index + word.length;
      const of = STATURE_OF.exec(phrase.slice(nounEnd));
      const aged = of ? null : LOOKS_AFTER_AGE.exec(phrase.slice(nounEnd));
      if (aged) {
        const listAt = nounEnd + aged[0].length - mustAt(aged, 1).length;
        const listed = [...mustAt(aged, 1).matchAll(/[a-z]+(?:-[a-z]+)*/gi)].map((w) => ({
          word: w[0].toLowerCase(),
          end: listAt + w.index + w[0].length,
          afterAge: true,
        }));
        return { words: [...out, ...listed], noun: word, nounEnd: listAt + mustAt(aged, 1).length };
      }
      if (!of) return { words: out, noun: word, nounEnd };
      const end = nounEnd + of[0].length;
      const stature = { word: mustAt(of, 1).toLowerCase(), end, stature: statureOf(of) };
      return { words: [...out, stature], noun: word, nounEnd: end };
    }
    // "a little slip of a woman": the likeness, then its "of a" and the person noun.
    const likeness = Object.hasOwn(FIGURE_LIKENESSES, word)
      ? LIKENESS_OF.exec(phrase.slice(m.index + word.length))
      : null;
    if (likeness && PERSON_NOUNS.has(mustAt(likeness, 1).toLowerCase())) {
      out.push({ word, end: m.index + word.length, likeness: true });
      length = m.index + word.length + likeness[0].length - mustAt(likeness, 1).length;
      re.lastIndex = length;
      continue;
    }
    if (FIGURE_BREAK.test(word)) {
      // "short of money", "thin with care": the word before is no figure ("tall of his age" is).
      const owned = /^\s+(?:his|her|its|their|stature|height|build|figure|frame)\b/i.test(
        phrase.slice(m.index + word.length),
      );
      if (/^(?:of|with)$/.test(word) && !owned && /^\s+$/.test(phrase.slice(out.at(-1)?.end ?? 0, m.index)))
        out.pop();
      break;
    }
    out.push({ word, end: m.index + word.length });
    length = m.index + m[0].length;
    if (mustAt(m, 2) === '') break;
  }
  return { words: out, noun: null, nounEnd: null };
}

/** A word of a looks list after an age, with the degree words that may come before it. */
const LISTED_LOOK =
  '(?:(?:very|rather|quite|somewhat|remarkably|unusually|exceedingly|extremely)\\s+)?[a-z]+(?:-[a-z]+)*(?:\\s+built)?';

/**
 * "a man of about fifty, tall, portly, and imposing": after a person noun's age, a list of single
 * words up to the clause's end, which describes the person; a word with more after it ("tall in
 * his youth", "short of breath") is no list, nor is a clause ("and tall men feared him").
 */
const LOOKS_AFTER_AGE = new RegExp(
  `^\\s+of\\s+${AGE_HEDGE}${NUMBER_WORD}(?:\\s+years?(?:\\s+old|\\s+of\\s+age)?)?\\s*,\\s*(?!(?:and|but|or)\\b)(${LISTED_LOOK}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${LISTED_LOOK})*)(?=\\s*(?:[,.;:!?)]|--|—|$))`,
  'i',
);

/** "of a" after a likeness's thing, and the person noun it is of. */
const LIKENESS_OF = /^\s+of\s+an?\s+([a-z]+)\b/i;

const NEGATIONS = new Set(['not', 'never', 'neither', 'nor', 'no', 'hardly', 'scarcely', 'less']);

/** Words that end a figure phrase: prepositions, conjunctions, pronouns ("looked at his hair"). */
const FIGURE_BREAK =
  /^(?:than|as|in|on|of|with|to|for|when|who|that|which|but|yet|though|although|from|at|by|into|upon|about|like|up|down|out|his|her|its|their|him|them|me|us)$/;

/**
 * "a man of great height", "a woman of small stature", "a man of middle height": the height a person
 * noun is "of"; "a woman of slender figure", "an old man, of heavy build": the build.
 */
const STATURE_OF =
  /^(?:\s*,)?\s+of\s+(?:(?:very|rather|quite|unusually|uncommonly|remarkably)\s+)?([a-z]+)\s+(height|stature|figure|build|frame)\b/i;

/** Whether a `STATURE_OF` match measures the height or the build. */
const statureOf = (of: RegExpExecArray): 'height' | 'build' =>
  /^(?:height|stature)$/i.test(mustAt(of, 2)) ? 'height' : 'build';

/**
 * The heights and builds a figure phrase's word gives: "tall", "stout", "squat" (both), "strongly
 * built", "little" before a grown person's noun.
 */
interface FigureValue {
  kind: 'height' | 'build' | 'handedness';
  value: string;
  /** The words it is read from: "tall", "strongly built". */
  detail: string;
}

function figureValues(words: readonly FigureWord[], i: number, noun: string | null): FigureValue[] {
  const { word, stature, likeness, afterAge } = mustAt(words, i);
  const thing = likeness ? FIGURE_LIKENESSES[word] : undefined;
  if (thing) return [{ ...thing, detail: `${word} of a` }];
  if (stature === 'height') {
    const height = STATURE_WORDS[word];
    return height ? [{ kind: 'height', value: height, detail: `of ${word} height` }] : [];
  }
  if (stature === 'build') {
    const build = BUILD_WORDS[word] ?? FRAME_WORDS[word];
    return build ? [{ kind: 'build', value: build, detail: `of ${word} build` }] : [];
  }
  if (words[i + 1]?.word === 'built') {
    const built = BUILT_ADVERBS[word];
    return built ? [{ kind: 'build', value: built, detail: `${word} built` }] : [];
  }
  // "little" is a height only before the noun: "a man of fifty, little given to talk" is not.
  if (word === 'little')
    return noun !== null && ADULT_NOUNS.has(noun) && !afterAge
      ? [{ kind: 'height', value: 'short', detail: word }]
      : [];
  const base = figureBase(word);
  const height = HEIGHT_WORDS[base];
  const build = BUILD_WORDS[base];
  const handedness = HANDEDNESS_WORDS[word];
  return [
    ...(height ? [{ kind: 'height' as const, value: height, detail: word }] : []),
    ...(build ? [{ kind: 'build' as const, value: build, detail: word }] : []),
    ...(handedness ? [{ kind: 'handedness' as const, value: handedness, detail: word }] : []),
  ];
}

/**
 * The plain word of a figure superlative ("the tallest man in the parish" is tall, "the thinnest"
 * thin, "the tiniest" tiny); any other word as it is. A comparative ("taller than his wife") is
 * left alone: it says nothing of the person alone.
 */
function figureBase(word: string): string {
  if (Object.hasOwn(HEIGHT_WORDS, word) || Object.hasOwn(BUILD_WORDS, word) || !word.endsWith('est'))
    return word;
  const stem = word.slice(0, -3);
  // "tallest" is "tall", "thinnest" "thin", "tiniest" "tiny".
  const bases = [stem, stem.slice(0, -1), `${stem.slice(0, -1)}y`];
  return bases.find((b) => Object.hasOwn(HEIGHT_WORDS, b) || Object.hasOwn(BUILD_WORDS, b)) ?? word;
}

/** "the" before a superlative, which says a figure as "a" before a plain word does. */
const THE_SUPERLATIVE = 'the(?=\\s+[a-z]+est\\b)';

const FIGURE_PREDICATE = new RegExp(
  `^${ASIDE}\\s+(?:was|is|looked|seemed|appeared|being)\\s+(?:(?:a|an|${THE_SUPERLATIVE}|very|rather|quite|remarkably|tolerably|uncommonly|exceedingly|extremely|so|but)\\s+)*`,
  'i',
);

/** A clause of time before the subject, in which "small" or "little" is an age: "when she was small". */
const TIME_OF_LIFE = /\b(?:when|since|while|till|until|before)\s+$/i;

/**
 * An age opening a predicate, with a comma after it: "nineteen that year, ", "forty years old, ",
 * "about two and twenty, " (a hedge is the age's).
 */
const AGE_FIRST = new RegExp(
  `^${AGE_HEDGE}(?:${NUMBER_WORD})(?:\\s+years?\\s+old|\\s+(?:that|this)\\s+(?:year|spring|summer|autumn|winter))?\\s*,\\s*`,
  'i',
);

/**
 * ", a tall man", ", the tallest man in the parish", ", who was tall and thin", ", who had always been
 * tall": a description right after a name.
 */
const FIGURE_APPOSITIVE = new RegExp(
  `^\\s*,\\s*(?:(?:a|an|${THE_SUPERLATIVE})\\s+|who\\s+(?:was|is|had\\s+(?:always\\s+)?been)\\s+(?:(?:a|an|${THE_SUPERLATIVE}|very|rather|quite|remarkably|tolerably|uncommonly|exceedingly|extremely|so)\\s+)*)`,
  'i',
);

const BODY_PREDICATE = new RegExp(
  `^\\s*(?:${[...BODY_NOUNS].join('|')})\\s+(?:was|is)\\s+(?:(?:very|rather|quite|remarkably|tolerably|uncommonly)\\s+)*`,
  'i',
);

/** "his fine, tall person", "her slight figure": up to three words before a body noun. */
const BODY_DESCRIBED = new RegExp(
  `^\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...BODY_NOUNS].join('|')})\\b`,
  'i',
);

/**
 * "his great bulk", "her ample girth", "his paunch": nouns English uses of a stout body only, after a
 * possessive, with size words before them ("great", "vast"); "the bulk of his fortune" has no
 * possessive before "bulk".
 */
const BULK =
  /^\s+(?:(?:great|huge|vast|enormous|immense|massive|ample|considerable|mighty|ponderous|heavy|unwieldy)[,\s]+(?:and\s+)?)*(?:bulk|girth|paunch)\b/i;

/** "Mary had a tall, slender figure": the same after a subject's "had a". */
const HAD_BODY = new RegExp(
  `^\\s+(?:had|has|with)\\s+(?:a|an)\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...BODY_NOUNS].join('|')})\\b`,
  'i',
);

/**
 * "Mary--a tall girl, taller than her sister--came in", "Mary (a short, stout woman)": an apposition
 * a dash or a bracket opens; read only up to a person noun, which it must have (a comma's may not:
 * ", a tall man in a grey coat" and ", who was tall" are read as before).
 */
const FIGURE_MARKED_APPOSITIVE = /^\s*(?:--|—|\()\s*(?:a|an)\s+/i;

/**
 * A pronoun's one verb before an apposition: "he cried, a small man", "she said, a tall woman"; read
 * only up to a person noun, as a marked apposition is ("she smiled, a little sadly" has none).
 */
const VERB_BEFORE_APPOSITION = /^\s+(?:said|[a-z]+ed)(?=\s*,\s*(?:a|an)\s)/i;

/** Prepositions before a place or a thing ("ran to the hearth", "stood by the fire"). */
const PLACE_PREPOSITIONS =
  'to|into|across|through|over|towards?|along|past|round|around|up|down|from|onto|out\\s+of|at|by|on|in';
/** The first word of such a preposition. */
const LEADS_PLACE = new RegExp(`^(?:${PLACE_PREPOSITIONS}|out)$`);

/**
 * A subject's verb and a place or thing after it, then an apposition: "ran to the hearth, a little
 * woman", "crossed the yard to the barn, a tall man". The apposition tells of the subject, since the
 * object is no person (`namesPerson`). Lower-case words only: not across a name, an owner ("his
 * father's side") or "of" ("the daughter of the miller, a tall man").
 */
const OBJECT_BEFORE_APPOSITION = new RegExp(
  `^\\s+[a-z]+(?:\\s+(?:(?:${PLACE_PREPOSITIONS})\\s+)?(?:the|a|an|his|her|their|its)(?:\\s+[a-z]+(?:-[a-z]+)*){1,3}){1,2}(?=\\s*,\\s*(?:a|an)\\s)`,
);

/**
 * A verb's object right after it is a place only after a verb of crossing or entering one ("crossed
 * the yard", "entered the hall"); after any other ("saw the organist in his pew, a tall man") it
 * may be a person the lexicon does not know, whom the apposition tells of. After a preposition
 * ("ran to the hearth", "stood by the fire") the phrase is a place or a thing.
 */
const PLACE_OBJECT_VERBS = new Set([
  'crossed',
  'entered',
  'left',
  'quitted',
  'reached',
  'climbed',
  'mounted',
  'descended',
  'ascended',
  'paced',
  'searched',
  'swept',
]);
/** The opening of a clause before its subject: nothing, or "And now", "Then", "But". */
const SUBJECT_OPENS = /^[\s"“‘']*(?:(?:and|but|then|now|so|just)[\s,]+)*$/i;

/** Words that name people, in the singular or plural: a person noun, a calling, a kin word, a group. */
const PEOPLE_WORDS = new Set([
  ...PERSON_NOUNS,
  ...Object.keys(NOUNS),
  ...Object.keys(LEDGER_OCCUPATIONS),
  'people',
  'folk',
  'crowd',
  'company',
  'party',
  'men',
  'women',
  'children',
  'others',
  'family',
  'household',
]);
const KIN_WORD = new RegExp(`^${KIN}$`, 'i');

/** Whether a word names a person or people ("the stranger", "the miller", "his sons"). */
function namesPerson(word: string): boolean {
  const w = word.toLowerCase();
  const singular = w.replace(/s$/, '');
  return PEOPLE_WORDS.has(w) || PEOPLE_WORDS.has(singular) || KIN_WORD.test(w) || KIN_WORD.test(singular);
}

/**
 * Verbs whose "object" is the subject itself ("he was a sailor, a tall man"): no object stands
 * between the subject and the apposition.
 */
const LINKING_VERBS = new Set([
  'was',
  'is',
  'were',
  'are',
  'seemed',
  'looked',
  'appeared',
  'became',
  'remained',
]);

/**
 * The verb and object after a subject at the head of its clause when an apposition follows them
 * (a name, capitalised, is no object the pattern reads), and whether the apposition tells of the
 * object: it does unless the object is a place or a thing (`PLACE_OBJECT_VERBS`, a preposition)
 * naming no person. The one test for every look an apposition gives: the figure's (`figure`) and
 * those of a "with" or a compound in it (`lookSubject`).
 */
function verbAndObject(
  r: SentenceReader,
  anchor: Anchor,
  after: string,
): { object: RegExpExecArray; ofObject: boolean } | null {
  if (!SUBJECT_OPENS.test(r.file.text.slice(r.start, anchor.start))) return null;
  const object = OBJECT_BEFORE_APPOSITION.exec(after);
  if (object === null) return null;
  const [verb = '', next = ''] = object[0].trim().split(/\s+/);
  if (LINKING_VERBS.has(verb)) return null;
  const place = LEADS_PLACE.test(next) || PLACE_OBJECT_VERBS.has(verb);
  return { object, ofObject: !place || object[0].split(/[\s-]+/).some(namesPerson) };
}

/**
 * The verb and object after a subject at the head of its clause, when an apposition of a person
 * follows them and tells of the subject.
 */
function objectBeforeApposition(r: SentenceReader, anchor: Anchor, after: string): RegExpExecArray | null {
  const read = verbAndObject(r, anchor, after);
  return read && !read.ofObject ? read.object : null;
}

/**
 * An unnamed person closing the words between a subject and its look, with a "with" running to the
 * look: "by the sight of a freckled woman with yellow hair", "met a tall man with a beard". The
 * article is the one nearest the person ("the sight of a ... woman": the woman).
 */
const PERSON_WITH =
  /\b(?:an?|the|some)\s+(?:(?!(?:an?|the)\s)[a-z]+(?:-[a-z]+)*,?\s+(?:and\s+)?){0,4}?([a-z]+)\s+with\s[^,;:.!?]*$/i;

/**
 * Whether the look belongs to an unnamed person the clause names after its subject (PERSON_WITH)
 * rather than to the subject. A person right after the subject, after a comma (an apposition, which
 * `verbAndObject` reads) or after a linking verb ("was a tall man with a beard") is the subject.
 */
function ofPersonAfterSubject(between: string): boolean {
  const person = PERSON_WITH.exec(between);
  if (person === null || !namesPerson(mustAt(person, 1))) return false;
  const before = /(,|[a-z]+)\s*$/i.exec(between.slice(0, person.index))?.[1]?.toLowerCase();
  return (
    before !== undefined &&
    before !== ',' &&
    !LINKING_VERBS.has(before) &&
    !/^(?:be|been|being)$/.test(before)
  );
}

/**
 * The subject a look at `at` is said of (`SentenceReader.subject`), unless the look is an unnamed
 * person's after it ("I was called away by the sight of a freckled woman with yellow hair"), or in
 * an apposition after the subject's verb and an object it tells of: "I saw the organist in his pew,
 * a tall stooping man with white hair" gives the narrator no hair, "Ann ran to the hearth, a little
 * woman with grey eyes" gives Ann her eyes.
 */
export function lookSubject(r: SentenceReader, at: number): Anchor | null {
  const subject = r.subject(at);
  if (subject === null) return null;
  if (ofPersonAfterSubject(r.file.text.slice(subject.end, at))) return null;
  const read = verbAndObject(r, subject, r.file.text.slice(subject.end, at));
  const apposed =
    read?.ofObject === true &&
    /^\s*,\s*(?:a|an)\s/i.test(r.file.text.slice(subject.end + read.object[0].length, at));
  return apposed ? null : subject;
}

/**
 * "A tall girl, Mary came in", "A stout, red-faced woman, Mrs. Hale kept the inn": a described person
 * opening the sentence before the name, as an apposition.
 */
const FRONTED_PERSON = new RegExp(
  `^\\s*(?:A|An)\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...PERSON_NOUNS].join('|')}),\\s*$`,
);

/** A verb of saying or thinking right after a name: the name tags what comes before it. */
export const SPEECH_TAG_AFTER =
  /^\s+(?:said|says|thought|replied|answered|cried|told|added|asked|observed|remarked|whispered|murmured|declared|exclaimed|supposed|guessed)\b/i;

/**
 * A figure granted in passing, after its words: "short and slight as he was", "tall though she
 * was", "small as he looked". What it grants is the subject's, as an aside of figure words is.
 */
const CONCEDED = '(?:\\s+(?:as|though|although)\\s+(?:he|she)\\s+(?:was|is|looked|seemed))?';

/**
 * The figure words of a phrase that may end in a concession ("short and slight as he was") or say
 * the figure lasts ("thin and pale as ever").
 */
const unconceded = (phrase: string): string =>
  phrase.replace(
    /\s+(?:(?:as|though|although)\s+(?:he|she)\s+(?:was|is|looked|seemed)|as\s+(?:ever|always|usual))$/i,
    '',
  );

/** "Tall and thin, Thomas Hale", "Short as she was, Mary": up to four words opening the sentence, then a comma. */
const FRONTED = new RegExp(
  `^\\s*((?:[A-Za-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){0,3}[A-Za-z]+(?:-[a-z]+)*)${CONCEDED},\\s*$`,
);

/** "So tall was he", "so thin and so small was Mary": figure words, "so", then the verb before the subject. */
const SO_INVERTED =
  /\b[Ss]o\s+([a-z]+(?:-[a-z]+)*(?:,?\s+(?:and\s+)?(?:so\s+)?[a-z]+(?:-[a-z]+)*)?)\s+(?:was|were|is)\s+$/;

/**
 * A comparison closing an aside of figure words: "lean as a rake", "slight and pale as a reed"; or
 * the figure said to last, "thin and pale as ever", "stout as always".
 */
const LIKENED = '(?:\\s+as\\s+(?:(?:a|an)\\s+[a-z]+(?:-[a-z]+)*|ever|always|usual))?';

/**
 * "Thomas Hale, tall and thin, came in", "Thomas Hale, short as he was,", "Mr. Hale, spare and lean
 * as a heron,": words between two commas after a name, perhaps likened to something. No word of
 * them is "as", which opens the likeness: "thin as a rake" is "thin" likened, not four words.
 */
const FIGURE_ASIDE = new RegExp(
  `^\\s*,\\s*((?:(?!as\\s)[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){0,3}(?!as\\s)[a-z]+(?:-[a-z]+)*)${LIKENED}${CONCEDED},`,
);

/** "the lean figure of Colonel Stark": up to three words before a body noun, then "of". */
const BODY_OF = new RegExp(
  `\\bthe\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?)(?:${[...BODY_NOUNS].join('|')})(?=\\s+of\\s)`,
  'gi',
);

/**
 * "The third mate was Flask, a native of Tisbury. A short, stout, ruddy young fellow, very
 * pugnacious ...": a sentence that opens with a described person and no verb, right after one
 * that names the character.
 */
const DESCRIBED_OPENING = new RegExp(
  `^\\s*an?\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,4}?)(?:${[...PERSON_NOUNS].join('|')})(?=\\s*[,;.])`,
  'i',
);

export function figure(r: SentenceReader, add: Add): void {
  const emit = (anchor: Anchor, values: FigureValue[], end: number, change: boolean) => {
    for (const { kind, value, detail } of values)
      add({ anchor, kind, value, detail, start: anchor.start, end, change });
  };
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || (!anchor.possessive && !subjectLike(r.file, anchor))) continue;
    // A name's "'s" belongs to the possessive: "Mary's figure was tall".
    const ownerEnd =
      anchor.end +
      (anchor.named && anchor.possessive
        ? (/^['’]s/.exec(r.file.text.slice(anchor.end))?.[0].length ?? 0)
        : 0);
    const after = r.file.text.slice(ownerEnd, Math.min(r.span.end, ownerEnd + 160));
    // "heaved his great bulk", "Mary's ample girth": a noun that is a stout build by itself.
    const bulk = anchor.possessive ? BULK.exec(after) : null;
    if (bulk) {
      emit(
        anchor,
        [{ kind: 'build', value: 'stout', detail: 'bulky' }],
        ownerEnd + bulk[0].length,
        changeAt(r, anchor.end),
      );
      continue;
    }
    const described = (anchor.possessive ? BODY_DESCRIBED : HAD_BODY).exec(after);
    if (described) {
      const values = figureOnly(mustAt(described, 1), true);
      if (values) emit(anchor, values, ownerEnd + described[0].length, changeAt(r, anchor.end));
      continue;
    }
    // "So tall was he that his hat brushed the door": a figure put first, the subject after its verb.
    const inverted = anchor.possessive
      ? null
      : SO_INVERTED.exec(r.file.text.slice(Math.max(r.start, anchor.start - 60), anchor.start));
    const invertedValues =
      inverted && /^\s+(?:that|as)\b/i.test(after) ? figureOnly(mustAt(inverted, 1)) : null;
    if (inverted && invertedValues) {
      const at = anchor.start - inverted[0].length;
      for (const { kind, value, detail } of invertedValues)
        add({ anchor, kind, value, detail, start: at, end: anchor.end, change: changeAt(r, anchor.end) });
      continue;
    }
    if (anchor.named && !anchor.possessive) {
      // "Tall and thin, Thomas Hale came in": a figure fronted before the subject.
      const fronted = FRONTED.exec(r.file.text.slice(r.start, anchor.start));
      const values = fronted ? figureOnly(unconceded(mustAt(fronted, 1))) : null;
      if (fronted && values) {
        const at = r.start + fronted.index;
        for (const { kind, value, detail } of values)
          add({ anchor, kind, value, detail, start: at, end: anchor.end, change: changeAt(r, anchor.end) });
      }
      // "A tall girl, Mary came in": a described person fronted before the subject.
      // Not a speaker's tag after a description ("A tall woman, Thomas said": someone else).
      const person = SPEECH_TAG_AFTER.test(after)
        ? null
        : FRONTED_PERSON.exec(r.file.text.slice(r.start, anchor.start));
      const personValues = person ? figureOnly(mustAt(person, 1), true) : null;
      if (person && personValues) {
        const at = r.start + person.index;
        for (const { kind, value, detail } of personValues)
          add({ anchor, kind, value, detail, start: at, end: anchor.end, change: changeAt(r, anchor.end) });
      }
      // "Thomas Hale, tall and thin, came in": an aside of figure words only.
      const aside = FIGURE_ASIDE.exec(after);
      const asideValues = aside ? figureOnly(unconceded(mustAt(aside, 1))) : null;
      if (aside && asideValues) {
        emit(anchor, asideValues, ownerEnd + aside[0].length - 1, changeAt(r, anchor.end));
        continue;
      }
    }
    // "when she was small", "ever since he was little": a time of life, not a figure.
    const predicate =
      anchor.possessive ||
      afterPreposition(r, anchor) ||
      TIME_OF_LIFE.test(r.file.text.slice(r.start, anchor.start))
        ? null
        : FIGURE_PREDICATE.exec(after);
    const marked = anchor.named && !anchor.possessive ? FIGURE_MARKED_APPOSITIVE.exec(after) : null;
    // "he cried, a small, spare man of five feet four": a pronoun's apposition after its one verb;
    // "Ann ran to the hearth, a little woman": a subject's after its verb and a place or thing.
    const verb = anchor.possessive
      ? null
      : ((anchor.named ? null : VERB_BEFORE_APPOSITION.exec(after)) ??
        objectBeforeApposition(r, anchor, after));
    const tagged = verb ? FIGURE_APPOSITIVE.exec(after.slice(verb[0].length)) : null;
    const direct = anchor.possessive
      ? BODY_PREDICATE.exec(after)
      : (predicate ?? (anchor.named ? (FIGURE_APPOSITIVE.exec(after) ?? marked ?? tagged) : tagged));
    // ", a tall man" after the name's appositions is the name's too ("Thomas Hale, the miller, a tall man").
    const apposed =
      direct === null && anchor.named && !anchor.possessive
        ? r
            .appositionEnds(anchor)
            .map((end) => ({
              end,
              m: FIGURE_APPOSITIVE.exec(r.file.text.slice(end, Math.min(r.span.end, end + 160))),
            }))
            .find((x) => x.m !== null)
        : undefined;
    const lead = direct ?? apposed?.m ?? null;
    if (!lead) continue;
    // "She was nineteen that year, tall for a girl": the figure after an age in the same predicate.
    const phraseAt =
      (direct ? ownerEnd + (lead === tagged ? (verb?.[0].length ?? 0) : 0) : (apposed?.end ?? ownerEnd)) +
      lead[0].length +
      (predicate ? (AGE_FIRST.exec(after.slice(lead[0].length))?.[0].length ?? 0) : 0);
    const { words, noun, nounEnd } = figureWords(r.file.text.slice(phraseAt, r.span.end));
    if ((lead === marked || lead === tagged) && noun === null) continue;
    const found = words.flatMap((_, i) => figureValues(words, i, noun).map((v) => ({ ...v, at: i })));
    if (found.length === 0) continue;
    // The passage runs to the person noun, else to the last word that describes ("strongly built").
    const lastAt = Math.max(...found.map((f) => f.at));
    const last = mustAt(words, words[lastAt + 1]?.word === 'built' ? lastAt + 1 : lastAt);
    emit(anchor, found, phraseAt + (nounEnd ?? last.end), changeAt(r, phraseAt));
  }
  for (const { match, at } of r.matches(BODY_OF)) {
    const owner = namedAfter(r, at + match[0].length, OF_GAP);
    const values = owner ? figureOnly(mustAt(match, 1), true) : null;
    if (owner && values)
      for (const { kind, value, detail } of values)
        add({ anchor: owner, kind, value, detail, start: at, end: owner.end });
  }
  for (const named of namedPeople(r)) {
    for (const { kind, value, detail } of figureOnly(named.words, true) ?? [])
      add({ anchor: named.owner, kind, value, detail, start: named.at, end: named.end });
  }
  const revealed = revealedPerson(r);
  const revealedValues = revealed ? figureOnly(revealed.words, true) : null;
  if (revealed && revealedValues)
    for (const { kind, value, detail } of revealedValues)
      add({ anchor: revealed.owner, kind, value, detail, start: revealed.at, end: revealed.end });
  // "a tall, gaunt woman entered the room" where the text names her around it: the description
  // is an anchor of that character (descriptions.ts), and its figure words are hers.
  for (const anchor of r.anchors) {
    const described = anchor.named ? DESCRIPTION.exec(r.file.text.slice(anchor.start, anchor.end)) : null;
    for (const { kind, value, detail } of described ? (figureOnly(mustAt(described, 1), true) ?? []) : [])
      add({
        anchor,
        kind,
        value,
        detail,
        start: anchor.start,
        end: anchor.end,
        change: changeAt(r, anchor.start),
      });
  }
  const opening = DESCRIBED_OPENING.exec(r.text);
  // A name in or right after the description may be the one described ("A tall man, Mary said"),
  // and a verb of its own makes a newcomer ("A tall man, in a long coat, stood at the door").
  const near = opening ? r.file.anchorsIn(r.start, r.start + opening.index + opening[0].length + 40) : [];
  const verbless = opening !== null && !hasMainVerb(r.text.slice(opening.index + opening[0].length));
  const values = verbless && !near.some((a) => a.named) ? figureOnly(opening?.[1] ?? '', true) : null;
  const named = values ? namedBefore(r) : null;
  if (opening && values && named) {
    const at = r.start + opening.index;
    for (const { kind, value, detail } of values)
      add({
        anchor: named,
        kind,
        value,
        detail,
        start: at,
        end: at + opening[0].length,
        weight: LISTED_WEIGHT,
      });
  }
}

/** A description standing for a character: "a tall, gaunt woman", "A short, stout man". */
const DESCRIPTION = new RegExp(
  `^(?:an?|An?)\\s+((?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,4}?)(?:${[...PERSON_NOUNS].join('|')})$`,
);

/**
 * Whether the rest of a clause (to its ";" or ":") has a verb of its own: one of the comma-parted
 * pieces that is no relative clause ("who seemed to think ...") holds a past verb.
 */
function hasMainVerb(rest: string): boolean {
  return (rest.split(/[;:]/)[0] ?? '')
    .split(',')
    .some(
      (piece) =>
        !/^\s*(?:and\s+)?(?:who|whom|whose|which|that)\b/i.test(piece) &&
        (LIST_VERBS.test(piece) ||
          (piece.match(/[a-z]+/gi) ?? []).some((w) => ACTION_VERBS.has(w.toLowerCase()))),
    );
}

/** The character the sentence before names last, when it is in the same paragraph. */
function namedBefore(r: SentenceReader): Anchor | null {
  const previous = r.file.sentenceAt(Math.max(0, r.start - 2));
  if (previous.end > r.start || /\n\s*\n/.test(r.file.text.slice(previous.end, r.start))) return null;
  const named = r.file
    .anchorsIn(previous.start, previous.end)
    .filter((a) => a.named && !a.possessive && a.type === 'character');
  return named.at(-1) ?? null;
}

/** Words that may stand beside figure words without being one ("very tall and thin"). */
const FIGURE_FILLER = new Set([
  'and',
  'very',
  'rather',
  'quite',
  'remarkably',
  'unusually',
  'exceedingly',
  'extremely',
  'somewhat',
  'so',
]);

/**
 * Words of complexion and age that go with figure words in a description of a person ("stout and
 * red-faced", "slight and pale", "short, dark and elderly"), and leave it one.
 */
const FIGURE_COMPANION =
  /^(?:pale|pallid|wan|ruddy|florid|sallow|swarthy|freckled|sunburnt|sunburned|fair|dark|young|old|elderly|youngish|middle-aged|[a-z]+-(?:faced|cheeked|haired|complexioned|skinned))$/;

/**
 * The heights and builds of a phrase made only of figure words ("tall and thin"), perhaps with words
 * of complexion or age ("stout and red-faced"); null when another word is in it ("tall and
 * handsome" is no aside of figure), or, with `some`, when none describes.
 */
function figureOnly(phrase: string, some = false): FigureValue[] | null {
  const words = (phrase.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).map((word) => ({ word, end: 0 }));
  const values = words.flatMap((_, i) => figureValues(words, i, null));
  if (values.length === 0) return null;
  if (some) return values;
  const figureWord = (w: string, i: number) =>
    FIGURE_FILLER.has(w) ||
    FIGURE_COMPANION.test(w) ||
    figureValues(words, i, null).length > 0 ||
    (w === 'built' && i > 0);
  return words.every(({ word }, i) => figureWord(word, i)) ? values : null;
}

const PART = `(${Object.keys(BODY_PARTS).join('|')})`;

const SIDE_PART = new RegExp(`\\b(left|right)(?:[\\s-]+[a-z]+){0,2}?\\s+${PART}\\b`, 'gi');

const SIDE_OF =
  /\b(left|right)\s+side\s+of\s+(his|her|its|the)\s+(?:[a-z-]+\s+){0,2}?(face|head|neck|body|cheek)\b/gi;

export function limbs(r: SentenceReader, add: Add): void {
  if (!/\b(?:left|right)\b/i.test(r.text)) return;
  const paragraphEnd = r.file.text.indexOf('\n\n', r.span.end);
  const following = r.file.text.slice(
    r.span.end,
    Math.min(paragraphEnd < 0 ? r.file.text.length : paragraphEnd, r.span.end + 400),
  );
  const injuredHere = INJURY_WORDS.test(r.text);
  // "stood on his left leg and leaned on his crutch": the hurt another clause tells is no side's.
  const injuredInClause = (at: number): boolean => INJURY_WORDS.test(clauseAt(r, at));
  const scar = SCAR_WORDS.test(r.text) || SCAR_WORDS.test(following);
  const emit = (
    side: string,
    part: string,
    owner: Anchor | null,
    at: number,
    end: number,
    weight: number,
  ) => {
    const group = BODY_PARTS[part.toLowerCase()];
    if (!owner || !group) return;
    add({
      anchor: owner,
      kind: scar ? 'scar' : 'limb',
      value: side.toLowerCase(),
      detail: group,
      start: at,
      end,
      weight,
    });
  };
  for (const { match, at } of r.matches(SIDE_OF)) {
    if (!injuredInClause(at) && !SCAR_WORDS.test(following)) continue;
    emit(
      mustAt(match, 1),
      mustAt(match, 3),
      sideOwner(r, at, at + match[0].length),
      at,
      at + match[0].length,
      1,
    );
  }
  for (const { match, at } of r.matches(SIDE_PART)) {
    const part = mustAt(match, 2).toLowerCase();
    if (part === 'side' && /^\s+of\b/.test(r.file.text.slice(at + match[0].length))) continue;
    // The injury may be told in the next sentences ("held out his right hand. ... the thumb").
    const hurtHere = injuredHere && injuredInClause(at);
    if (!hurtHere && !INJURY_WORDS.test(following)) continue;
    emit(
      mustAt(match, 1),
      part,
      sideOwner(r, at, at + match[0].length),
      at,
      at + match[0].length,
      hurtHere ? 1 : 0.8,
    );
  }
}

/** Where one clause of a sentence ends and another with a verb of its own begins. */
const CLAUSE_BOUNDARY =
  /[;:]|--|,\s+(?:and|but|or|while|though)\s|\s+and\s+(?=(?:(?:he|she|then)\s+)?[a-z]+ed\b)/gi;

/** The clause of the sentence that holds `at`. */
function clauseAt(r: SentenceReader, at: number): string {
  let from = r.start;
  let to = r.span.end;
  for (const { match, at: boundary } of r.matches(CLAUSE_BOUNDARY)) {
    if (boundary + match[0].length <= at) from = boundary + match[0].length;
    else if (boundary >= at) {
      to = boundary;
      break;
    }
  }
  return r.file.text.slice(from, to);
}

/** "his left arm" (the possessive), "down its right side" (the named possessor of the sentence). */
function sideOwner(r: SentenceReader, at: number, end: number): Anchor | null {
  const inside = r.file.anchorsIn(at, end).find((a) => a.possessive && a.type === 'character');
  if (inside) return inside;
  // "his left arm", "his lame right leg": the possessive, over the words describing the part.
  const own = possessorOverAdjectives(r, at).owner;
  if (own) return own;
  // "Hale was lame in the left leg", "wounded through the right shoulder": the clause's subject.
  const lead = r.file.text.slice(Math.max(r.start, at - 30), at);
  if (/\b(?:in|on|through|across)\s+the\s+$/i.test(lead)) {
    const subject = lookSubject(r, at);
    if (subject) return subject;
  }
  const its = /\b(?:its|the)\s+(?:[a-z-]+\s+){0,2}$/i.exec(r.file.text.slice(Math.max(r.start, at - 40), at));
  if (its || /\bits\b/i.test(r.file.text.slice(at, end))) {
    for (let i = r.anchors.length - 1; i >= 0; i--) {
      const a = mustAt(r.anchors, i);
      if (a.start < at && a.named && a.possessive && a.type === 'character') return a;
    }
  }
  return null;
}

/**
 * A height in feet: the words before the number, which say whether it is the height or a bound of
 * it (`HEIGHT_BOUND`), the feet, the inches, and "in height", "high" or "tall".
 */
const HEIGHT_PHRASE = `((?:(?:full|fully|quite|a\\s+good|some|about|(?:well\\s+|a\\s+little\\s+|just\\s+)?over|above|upwards\\s+of|nearly|almost|under|below|less\\s+than|not\\s+(?:above|over|more\\s+than)|no\\s+more\\s+than|barely|hardly|scarcely)\\s+)*)(${NUMBER_WORD})\\s+(?:feet|foot)(?:\\s+(${NUMBER_WORD})(?:\\s+inch(?:es)?)?)?(\\s+(?:in\\s+height|high|tall))?`;

/**
 * A height after its subject or its subject's "who": "He stood full six feet in height", "was five
 * feet two", "Mary, who was not above five feet in height".
 */
const STATURE = new RegExp(
  `^(?:,\\s+who)?\\s+(?:stood|was|measured)(?:\\s*,[^,;:"“”]{1,40},)?\\s+${HEIGHT_PHRASE}`,
  'i',
);

/**
 * A height a person noun is "of", the person being the subject: "was a man of six feet", "Thomas
 * Hale, a small man of five feet two,", and after a pronoun's one verb, "he cried, a small, spare
 * man of barely five feet four".
 */
const PERSON_OF_HEIGHT = (lead: string): RegExp =>
  new RegExp(
    `^${lead}(?:a|an)\\s+(?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){0,3}?(?:${[...PERSON_NOUNS].join('|')})\\s+of\\s+${HEIGHT_PHRASE}`,
    'i',
  );
/** After a name: its "was", or the comma of an apposition. */
const NAMED_PERSON_OF_HEIGHT = PERSON_OF_HEIGHT(`(?:${ASIDE}\\s+(?:was|is)\\s+|\\s*,\\s*)`);
/** After a pronoun: its "was", or its one verb and a comma. */
const PRONOUN_PERSON_OF_HEIGHT = PERSON_OF_HEIGHT('\\s+(?:was|is|(?:said|[a-z]+ed)\\s*,)\\s+');

/**
 * A height after a described person the subject is said to be: "was a big, heavy man, well over
 * six feet tall". Only with "tall", "high" or "in height" after it (a number alone may be a
 * distance: "a quiet man, six feet from the door").
 */
const DESCRIBED_STATURE = new RegExp(
  `^(?:,\\s+who)?\\s+(?:was|is)\\s+(?:a|an)\\s+(?:[a-z]+(?:-[a-z]+)*,?\\s+(?:and\\s+)?){1,3}?(?:${[...PERSON_NOUNS].join('|')})\\s*,\\s+${HEIGHT_PHRASE}`,
  'i',
);

/**
 * Words before a number of feet that make it a bound: "not above five feet" is at most five feet,
 * "over six feet" at least six. A bound is a height only on its own side of the middle band: "under
 * five feet" is short, "under six feet" says nothing.
 */
const HEIGHT_BOUND: ReadonlyArray<[RegExp, HeightBound]> = [
  [
    /\b(?:not\s+(?:above|over|more\s+than)|no\s+more\s+than|under|below|less\s+than|barely|hardly|scarcely)\b/i,
    'at most',
  ],
  [/\b(?:full|fully|a\s+good|over|above|upwards\s+of)\b/i, 'at least'],
];

type HeightBound = 'at most' | 'at least';

/**
 * What follows a bare "was six feet" that is no unit of height: a distance ("was six feet from the
 * door", "stood six feet behind her"). A height with no inches and no "in height", "high" or "tall"
 * must end its clause, or say what the person stood in ("in his stockings", "in her boots").
 */
const BARE_HEIGHT_END =
  /^\s*(?:[,.;:!?)]|--|—|$|and\b|in\s+(?:his|her)\s+(?:stockings|stocking[\s-]feet|bare\s+feet|boots|shoes)\b)/i;

/**
 * A height told as all of a person, after the name in its sentence: "Gabriel rose, and stood, all six
 * feet four of him, above the oarsmen". "of him" or "of her" is the nearest character named before it.
 */
const ALL_OF_HIM = new RegExp(
  `\\ball\\s+(${NUMBER_WORD})\\s+(?:feet|foot)(?:\\s+(${NUMBER_WORD})(?:\\s+inch(?:es)?)?)?\\s+of\\s+(?:him|her)\\b`,
  'i',
);

/**
 * Taller by a head than a whole company: "stood a full head above the rest", "was half a head taller
 * than any of them", "towered head and shoulders over the crowd". Said against one other person
 * ("a head taller than his wife") it tells nothing of the subject's own height.
 */
const HEAD_ABOVE = new RegExp(
  `^${ASIDE}\\s+(?:stood|was|towered|rose)\\s+(?:(?:by\\s+)?a\\s+(?:full\\s+|whole\\s+|good\\s+|clear\\s+)?head|half\\s+a\\s+head|head\\s+and\\s+shoulders)\\s+(?:taller\\s+than|above|over)\\s+(?:all|everyone|everybody|any|most|either|both|those|the\\s+(?:rest|others|crowd|throng|company|other\\s+[a-z]+))\\b`,
  'i',
);

export function stature(r: SentenceReader, add: Add): void {
  if (!/\b(?:feet|foot|head)\b/i.test(r.text)) return;
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 160));
    const above = HEAD_ABOVE.exec(after);
    if (above) {
      add({
        anchor,
        kind: 'height',
        value: 'tall',
        detail: 'a head above the rest',
        start: anchor.start,
        end: anchor.end + above[0].length,
        change: changeAt(r, anchor.end),
      });
      continue;
    }
    const all = ALL_OF_HIM.exec(after);
    if (
      all &&
      !r.anchors.some(
        (a) => a.type === 'character' && a.named && a.start >= anchor.end && a.start < anchor.end + all.index,
      ) &&
      addHeight(r, add, anchor, mustAt(all, 1), all[2], anchor.end + all.index + all[0].length, false)
    )
      continue;
    const rest = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const described = DESCRIBED_STATURE.exec(rest);
    const m =
      STATURE.exec(rest) ??
      (described?.[4] === undefined ? null : described) ??
      (anchor.named ? NAMED_PERSON_OF_HEIGHT : PRONOUN_PERSON_OF_HEIGHT).exec(rest);
    if (!m) continue;
    const end = anchor.end + m[0].length;
    if (m[3] === undefined && m[4] === undefined && !BARE_HEIGHT_END.test(r.file.text.slice(end, end + 20)))
      continue;
    const words = mustAt(m, 1);
    const bound = HEIGHT_BOUND.find(([pattern]) => pattern.test(words))?.[1] ?? null;
    const hedged = /about|some|nearly|almost/i.test(words);
    addHeight(r, add, anchor, mustAt(m, 2), m[3], end, hedged, bound);
  }
}

/**
 * A height in feet and inches (words or digits) as a fact: six feet or more is tall, five feet
 * three or less short, anything between no fact, so that two heights of one person disagree only
 * when they lie on either side of that band. A bound is a fact only when all it allows is on one
 * side. False when it states none.
 */
function addHeight(
  r: SentenceReader,
  add: Add,
  anchor: Anchor,
  feetWord: string,
  inchesWord: string | undefined,
  end: number,
  hedged: boolean,
  bound: HeightBound | null = null,
): boolean {
  const feet = parseNumber(feetWord)?.value;
  const inches = inchesWord === undefined ? 0 : (parseNumber(inchesWord)?.value ?? 0);
  if (feet === undefined || feet < 3 || feet > 8 || inches >= 12) return false;
  const total = feet * 12 + inches;
  const value =
    total >= 72 && bound !== 'at most' ? 'tall' : total <= 63 && bound !== 'at least' ? 'short' : null;
  if (value === null) return false;
  add({
    anchor,
    kind: 'height',
    value,
    detail: `${feetWord.toLowerCase()} feet${inchesWord === undefined ? '' : ` ${inchesWord.toLowerCase()}`} tall`,
    start: anchor.start,
    end,
    hedged,
    change: changeAt(r, anchor.end),
  });
  return true;
}
