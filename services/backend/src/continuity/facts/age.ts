/**
 * Ages as the text states them ("about fifty", "in her nineteenth year", "a woman of thirty") and the
 * range each allows.
 */

import { mustAt } from '@george/runtime/collections';
import { parseNumber } from '@george/text';
import { PAST_FRAME, PERSON_NOUNS, TIMES_OF_YEAR } from '../lexicon.js';
import type { Anchor } from '../text.js';
import { SPEECH_TAG_AFTER } from './looks.js';
import {
  type Add,
  AGE_HEDGE,
  AGE_SIDE,
  ASIDE,
  afterPreposition,
  NUMBER_WORD,
  type SentenceReader,
  SUBJECT_VERB,
  subjectLike,
} from './reader.js';

/**
 * After an age: "years old", "summers" (a poetic year), or the phrase's end; bare "years" only
 * before a stop ("had been twenty years at sea" is a duration).
 */
const AGE_END = '(?=\\s*(?:[,.;:!?)]|or\\s+thereabouts|at\\s+the\\s+time|at\\s+the\\s+(?:outside|most)))';

// "old" ends a word: "two years older" is a difference of ages, not an age.
// "Nell was twelve now": an age the text marks as reached ("now" makes it a change).
// "who was thirty that spring", "twenty-two that April": an age in the season or year the story is at.
const AGE_SEASON = `\\s+(?:that|this)\\s+(?:year|${TIMES_OF_YEAR.join('|')})(?=\\s*[,.;:!?])`;
// "I was thirty last birthday", "sixteen at her last birthday": the age the person has reached.
const AGE_LAST_BIRTHDAY =
  '\\s+(?:(?:at|on)\\s+)?(?:(?:my|his|her|their)\\s+)?last\\s+birthday(?=\\s*[,.;:!?])';
const AGE_TAIL = `(?:\\s+(?:years?|summers|winters)(?:\\s+old\\b|\\s+of\\s+age|${AGE_END})|\\s+now(?=\\s*[,.;:!?])|${AGE_SEASON}|${AGE_LAST_BIRTHDAY}|${AGE_END})`;

/**
 * The nouns an age is given with ("a man of fifty", "a widower of sixty", "a spinster of forty"):
 * a person, or a state of life prose gives an age with as often, but not with years, which are
 * how long the state has lasted ("a widow of two years").
 */
const AGE_NOUNS = `(?:${[...PERSON_NOUNS].join('|')}|(?:widow|widower|spinster|bachelor|matron)(?=\\s+of\\s+${AGE_HEDGE}${NUMBER_WORD}(?![\\w-]|\\s+(?:years?|months?|weeks?)\\b)))`;

/**
 * After "a girl of seventeen" the noun has made the number an age, so the phrase may go on into a
 * clause ("a girl of seventeen when she came", "a man of fifty with a red face"); not into a noun
 * ("a man of ten thousand a year", "a man of two minds").
 */
const AGE_OF_NOUN_TAIL = `(?<=\\bof\\s+${AGE_HEDGE}${NUMBER_WORD})(?=\\s+(?:when|who|whom|whose|that|and|but|with|in|at|on|from|for|by|as)\\b)`;

/**
 * An age turned may be followed by when it was turned ("had turned fifty at Michaelmas", "turned
 * forty in the spring"); only a preposition or a word of time, not a noun ("turned two pages").
 */
const AGE_TURNED_TAIL = `(?<=\\b(?:turned|reached\\s+the\\s+age\\s+of)\\s+${AGE_HEDGE}${NUMBER_WORD})(?=\\s+(?:at|in|on|last|this|that|before|since)\\s+[A-Za-z])`;

/**
 * A bare age as the predicate of "was" or "is" may go on into a second predicate joined by "and" or
 * "but" ("Harriet, who was forty-six and had never married", "Tom was twenty-six and tall"). Not a
 * fraction or another number ("was five and a half feet", "was six and seven"), nor "one", which
 * "one and the same" or "one and all" make no age.
 */
const AGE_CLAUSE_TAIL = `(?<=\\b(?:was|is|am|been)\\s+${AGE_HEDGE}${NUMBER_WORD})(?<!(?<![\\w-])one)(?=\\s+(?:and|but)\\s+(?!(?:a\\s+(?:half|quarter)|${NUMBER_WORD})\\b)[a-z])`;

// ", at forty,": an age as an aside ("Edward, at forty, still rode to hounds"); ", who had turned
// fifty": an age reached, in a relative clause.
const AGE_AFTER_NAME = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is)\\s+|then\\s+|now\\s+|aged\\s+|being\\s+|at\\s+)?|${ASIDE}\\s+(?:was|is|am|had\\s+been)\\s+(?:aged\\s+)?|(?:\\s*,\\s*who)?\\s+(?:had\\s+)?(?:just\\s+)?(?:turned|reached\\s+the\\s+age\\s+of)\\s+)(?:(?:young|old|elderly|middle-aged)\\s*,\\s*|the\\s+(?:elder|younger|eldest|youngest)\\s*,\\s*|(?:a|an)\\s+(?:[a-z-]+,?\\s+){0,3}?${AGE_NOUNS}(?:\\s+of|\\s*,|(?=\\s+${AGE_SIDE}))\\s+)?(${AGE_HEDGE})(${NUMBER_WORD})(?:${AGE_TAIL}|${AGE_OF_NOUN_TAIL}|${AGE_TURNED_TAIL}|${AGE_CLAUSE_TAIL})`,
  'i',
);

/**
 * "could not have been more than thirty", "must have been about fifty", "might be forty": an age
 * the narration estimates; a "not" joins the hedge ("not more than thirty").
 */
const AGE_MODAL = new RegExp(
  `^${ASIDE}\\s+(?:could|can|might|may|must|would)(\\s+not)?\\s+(?:have\\s+been|be)\\s+(${AGE_HEDGE})(${NUMBER_WORD})${AGE_TAIL}`,
  'i',
);

const AGE_APPEARED = new RegExp(
  `^\\s+(?:appeared|seemed|looked)\\s+(?:to\\s+be\\s+)?(${AGE_HEDGE})(${NUMBER_WORD})(?:\\s+years?\\s+(?:old|of\\s+age)|(?=\\s*[,.;:!?]))`,
  'i',
);

/**
 * An age told by the years a person carries, after a possessive: "John Horner, whose sixty years
 * would weigh with a jury", "his sixty years sat lightly on him", "for all her seventy years",
 * "Thomas Hale's fifty years". Not a stretch of time the years are given to ("his thirty years at
 * sea", "her twenty years of marriage", "his forty years' experience"), nor a number under fifteen,
 * which prose gives to a stretch of a life far more often than to the whole of it ("his two years in
 * London").
 */
const YEARS_CARRIED = new RegExp(
  `^\\s+(${AGE_HEDGE})(${NUMBER_WORD})\\s+years\\b(?!['’]|\\s+(?:of|at|in|on|as|among|with|since|ago|before|after|later|abroad|away|older|younger|more|less|since|service|spent|passed|between|together|hence|past)\\b)`,
  'i',
);

/** Under this, a possessive's "years" is a stretch of a life, not its length (YEARS_CARRIED). */
const YEARS_CARRIED_LEAST = 15;

/** An age set before the name as an epithet: "thirty-six-year-old Nadia", "the 40-year-old Mr. Hale". */
const AGE_EPITHET_BEFORE = new RegExp(`(?<![\\w-])(${NUMBER_WORD})[- ]years?[- ]old\\s+$`, 'i');

const UNIT_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const TENS_ORDINALS = TENS.map((t) => `${t.slice(0, -1)}ieth`);

/** "Mary, in her nineteenth year", "he was then in his fiftieth year": an age one below the ordinal. */
const AGE_IN_YEAR = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is)\\s+)?|\\s+(?:was|is|had\\s+been)\\s+)(?:(?:then|now|just|already|still|but|only)\\s+)?in\\s+(?:his|her)\\s+((?:(?:${TENS.join('|')})[- ])?(?:${UNIT_ORDINALS.join('|')})|${TENS_ORDINALS.join('|')})\\s+year\\b`,
  'i',
);

/** The number an ordinal of AGE_IN_YEAR names: "nineteenth" 19, "twenty-first" 21, "fiftieth" 50. */
function ordinalValue(ordinal: string): number {
  const [first = '', second] = ordinal.toLowerCase().split(/[- ]/);
  const tens = TENS.indexOf(first);
  if (second !== undefined) return (tens + 2) * 10 + UNIT_ORDINALS.indexOf(second) + 1;
  const round = TENS_ORDINALS.indexOf(first);
  return round >= 0 ? (round + 2) * 10 : UNIT_ORDINALS.indexOf(first) + 1;
}

/** "Her features and figure were those of a woman of thirty": an age the appearance gives. */
const AGE_LOOKS = new RegExp(
  `^\\s+(?:features|figure|face|appearance|looks|air|bearing)(?:\\s+and\\s+(?:features|figure|face|appearance|bearing))?\\s+(?:were|was)\\s+(?:those|that)\\s+of\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:${[...PERSON_NOUNS].join('|')})\\s+of\\s+(${AGE_HEDGE})(${NUMBER_WORD})${AGE_TAIL}`,
  'i',
);

/**
 * "Only some thirty arid summers had he seen", "she had seen twelve winters": an age told by the
 * summers or winters a character has seen (years would be a duration: "had lived ten years").
 */
const SEASONS_SEEN_BEFORE = new RegExp(
  `\\b(${AGE_HEDGE})(${NUMBER_WORD})\\s+(?:[a-z]+\\s+){0,2}?(?:summers|winters)\\s+(?:had|has)\\s+$`,
  'i',
);

const SEEN_AFTER = /^\s+(?:seen|known|counted|numbered)\b/i;

const SEASONS_SEEN_AFTER = new RegExp(
  `^\\s+(?:had|has)\\s+(?:seen|known|counted|numbered)\\s+(${AGE_HEDGE})(${NUMBER_WORD})\\s+(?:[a-z]+\\s+){0,2}?(?:summers|winters)\\b`,
  'i',
);

/** The range an age phrase allows: "about fifty" is 45 to 55, "not yet thirty" under 30. */
export function ageRange(
  hedge: string,
  value: number,
  hedgedBySentence: boolean,
): { low: number; high: number; hedged: boolean } {
  const h = hedge.toLowerCase();
  if (/wrong side/.test(h)) return { low: value, high: value + 10, hedged: true };
  if (/right side/.test(h)) return { low: value - 10, high: value, hedged: true };
  if (/not yet/.test(h)) return { low: value - 10, high: value - 0.5, hedged: true };
  if (/not more than|not above|no more than|under/.test(h))
    return { low: value - 10, high: value, hedged: true };
  if (/barely|scarcely|hardly|just|little (?:more than|over)/.test(h))
    return { low: value, high: value + 1, hedged: false };
  if (/past|over|above|upwards of|more than/.test(h)) return { low: value, high: value + 10, hedged: true };
  if (/nearly|almost/.test(h)) return { low: value - 2, high: value, hedged: true };
  if (/about|some|perhaps/.test(h) || hedgedBySentence)
    return { low: value - 5, high: value + 5, hedged: true };
  return { low: value, high: value + (value % 1 === 0 ? 0.99 : 0), hedged: false };
}

/**
 * "was twenty years his junior", "is five years older than Thomas": an age by another's, which
 * the sentence must state too ("Thomas was sixty, and his wife was twenty years his junior").
 */
const AGE_BESIDE = new RegExp(
  `^\\s*,?\\s+(?:was|is)\\s+(${AGE_HEDGE})(${NUMBER_WORD})\\s+years\\s+(?:(?:his|her)\\s+(junior|senior)|(younger|older)\\s+than)\\b`,
  'i',
);

/**
 * "A widower of sixty, he lived alone", "A man on the wrong side of forty, he thought": a person of
 * an age opening the sentence, an apposition of the subject right after it.
 */
const AGE_FRONTED = new RegExp(
  `^[\\s"“‘']*(?:(?:and|but)\\s+)?(?:a|an)\\s+(?:[a-z-]+,?\\s+){0,3}?${AGE_NOUNS}(?:\\s+of|(?=\\s+${AGE_SIDE}))\\s+(${AGE_HEDGE})(${NUMBER_WORD})(?:\\s+years?(?:\\s+old|\\s+of\\s+age))?\\s*,`,
  'i',
);

/** An age the sentence gives by another's (AGE_BESIDE), read once the other's is known. */
interface AgeBeside {
  anchor: Anchor;
  match: RegExpExecArray;
  end: number;
}

/** "though little more than sixteen," / "although not yet thirty,": a concessive clause of age. */
const AGE_CONCESSIVE = new RegExp(
  `\\b(?:though|although)\\s+(${AGE_HEDGE})(${NUMBER_WORD})(?:\\s+years?(?:\\s+old|\\s+of\\s+age)?)?\\s*,`,
  'gi',
);

/**
 * Whose age a concessive clause gives: the sentence's subject before it ("Miss Darcy was tall;
 * and, though little more than sixteen, ..."), else the subject right after it ("Though only
 * twenty, he ...").
 */
function concessiveOwner(r: SentenceReader, at: number, end: number): Anchor | null {
  const subjects = r.anchors.filter((a) => a.type === 'character' && !a.possessive && subjectLike(r.file, a));
  const before = subjects.find((a) => a.end <= at);
  if (before) return before;
  const after = subjects.find((a) => a.start >= end);
  return after && /^\s*$/.test(r.file.text.slice(end, after.start)) ? after : null;
}

interface StatedAge {
  value: string;
  low: number;
  high: number;
  hedged: boolean;
}

/** An age phrase's number: its hedge and its words ("not more than", "thirty"), when it is a human age. */
function statedAge(hedge: string, number: string, hedgedBySentence: boolean): StatedAge | null {
  const parsed = parseNumber(number);
  if (!parsed || parsed.value < 1 || parsed.value > 120) return null;
  return { value: String(parsed.value), ...ageRange(hedge, parsed.value, hedgedBySentence) };
}

export function age(r: SentenceReader, add: Add): void {
  if (
    !/\d|teen\b|ty\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\s+year\b/i.test(
      r.text,
    ) ||
    // "In those days Thomas Hale, not yet forty, had run": an age of an earlier time.
    PAST_FRAME.test(r.text)
  )
    return;
  // The ages this sentence states, by entity, for the ages it gives by them (AGE_BESIDE).
  const statedHere = new Map<string, StatedAge>();
  const besides: AgeBeside[] = [];
  const addAge = (anchor: Anchor, stated: StatedAge, start: number, end: number, change: boolean) => {
    statedHere.set(anchor.key, stated);
    add({ anchor, kind: 'age', start, end, change, ...stated });
  };
  for (const { match, at } of r.matches(AGE_CONCESSIVE)) {
    const stated = statedAge(mustAt(match, 1), mustAt(match, 2), false);
    const end = at + match[0].length;
    const anchor = concessiveOwner(r, at, end);
    if (anchor && stated) addAge(anchor, stated, at, end - 1, /\bnow\b/i.test(match[0]));
  }
  const fronted = AGE_FRONTED.exec(r.text);
  if (fronted) {
    const end = r.start + fronted[0].length;
    const subject = r.anchors.find((a) => a.start >= end);
    const stated = statedAge(mustAt(fronted, 1), mustAt(fronted, 2), false);
    // Not a speaker's tag after it ("A man of forty, he said, had called": someone else), which a
    // stop ends; "he thought too well of himself" is the subject's clause.
    const after = subject ? r.file.text.slice(subject.end, subject.end + 20) : '';
    const tag = SPEECH_TAG_AFTER.exec(after);
    if (
      subject &&
      stated &&
      subject.type === 'character' &&
      !subject.possessive &&
      subjectLike(r.file, subject) &&
      /^\s*$/.test(r.file.text.slice(end, subject.start)) &&
      !(tag && /^\s*[,.;!?]/.test(after.slice(tag[0].length)))
    )
      addAge(subject, stated, r.start + fronted.index, subject.end, false);
  }
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || !anchor.possessive) continue;
    const looks = AGE_LOOKS.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 160)));
    // An appearance tells an age only roughly, as "he appeared about fifty" does.
    const stated = looks ? statedAge(mustAt(looks, 1), mustAt(looks, 2), true) : null;
    if (looks && stated) addAge(anchor, stated, anchor.start, anchor.end + looks[0].length, false);
  }
  // "his sixty years", "Thomas Hale's fifty years", "John Horner, whose sixty years".
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || !(anchor.possessive || anchor.named)) continue;
    const whose = anchor.possessive
      ? null
      : /^\s*,\s*whose\b/i.exec(r.file.text.slice(anchor.end, anchor.end + 12));
    if (!anchor.possessive && whose === null) continue;
    const from = anchor.end + (whose?.[0].length ?? 0);
    const carried = YEARS_CARRIED.exec(r.file.text.slice(from, Math.min(r.span.end, from + 80)));
    const stated = carried ? statedAge(mustAt(carried, 1), mustAt(carried, 2), false) : null;
    if (carried && stated && Number(stated.value) >= YEARS_CARRIED_LEAST)
      addAge(anchor, stated, anchor.start, from + carried[0].length, false);
  }
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || !anchor.named) continue;
    const lead = r.file.text.slice(Math.max(r.start, anchor.start - 40), anchor.start);
    const epithet = AGE_EPITHET_BEFORE.exec(lead);
    const stated = epithet ? statedAge('', mustAt(epithet, 1), false) : null;
    if (epithet && stated) {
      addAge(anchor, stated, anchor.start - lead.length + epithet.index, anchor.end, false);
    }
  }
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    // "since Jane was sixteen", "when he was ten": an age at another time; "as though he had been a
    // man of fifty": an age supposed, not his.
    if (
      /\b(?:since|when|until|till|before|after|while|as(?:\s+(?:though|if))?|whenever|once)\s+$/i.test(
        r.file.text.slice(Math.max(r.start, anchor.start - 12), anchor.start),
      )
    ) {
      continue;
    }
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 160));
    const lead = r.file.text.slice(Math.max(r.start, anchor.start - 80), anchor.start);
    const seen = SEEN_AFTER.exec(after);
    const seasonsBefore = seen ? SEASONS_SEEN_BEFORE.exec(lead) : null;
    const seasons = seasonsBefore ?? SEASONS_SEEN_AFTER.exec(after);
    if (seasons) {
      const stated = statedAge(mustAt(seasons, 1), mustAt(seasons, 2), false);
      const [start, end] =
        seen && seasonsBefore
          ? [anchor.start - lead.length + seasonsBefore.index, anchor.end + seen[0].length]
          : [anchor.start, anchor.end + seasons[0].length];
      if (stated) addAge(anchor, stated, start, end, false);
      continue;
    }
    // An age after the name's appositions is the name's: "Thomas Hale, the apothecary, now in his seventieth year".
    const afterAppositions = (pattern: RegExp): { match: RegExpExecArray; end: number } | null => {
      for (const from of [anchor.end, ...r.appositionEnds(anchor)]) {
        const match = pattern.exec(r.file.text.slice(from, Math.min(r.span.end, from + 160)));
        if (match) return { match, end: from + match[0].length };
      }
      return null;
    };
    const year = afterAppositions(AGE_IN_YEAR);
    if (year) {
      const stated = statedAge('', String(ordinalValue(mustAt(year.match, 1)) - 1), false);
      if (stated) addAge(anchor, stated, anchor.start, year.end, /\bnow\b/i.test(year.match[0]));
      continue;
    }
    const modal = AGE_MODAL.exec(after);
    if (modal && afterPreposition(r, anchor)) continue;
    if (modal) {
      const hedge = `${modal[1] === undefined ? '' : 'not '}${modal[2]}`;
      const stated = statedAge(hedge, mustAt(modal, 3), true);
      if (stated) addAge(anchor, stated, anchor.start, anchor.end + modal[0].length, false);
      continue;
    }
    const beside = afterAppositions(AGE_BESIDE);
    if (beside) {
      besides.push({ anchor, ...beside });
      continue;
    }
    const named = afterAppositions(AGE_AFTER_NAME);
    const appeared = named ? null : AGE_APPEARED.exec(after);
    const m = named?.match ?? appeared;
    if (!m) continue;
    if (SUBJECT_VERB.test(m[0]) && afterPreposition(r, anchor)) continue;
    const end = named?.end ?? anchor.end + m[0].length;
    const tail = r.file.text.slice(end, end + 30);
    // "he had been a child of ten when I left": a pluperfect age at the time a clause names is an age
    // then, not at the story's present ("Hale was fifty when he came" is the narration's own time).
    if (/\bhad\s+been\b/i.test(m[0]) && /^\s+(?:when|before|till|until|while)\b/i.test(tail)) continue;
    const hedgedBySentence =
      appeared !== null || /^\s*(?:,\s*)?(?:or\s+thereabouts|or\s+so|I\s+should\s+say)/i.test(tail);
    const stated = statedAge(mustAt(m, 1), mustAt(m, 2), hedgedBySentence);
    if (stated) addAge(anchor, stated, anchor.start, end, /\bnow\b/i.test(m[0]));
  }
  for (const { anchor, match, end } of besides) {
    // The other is the "his" of "his junior", or the name after "older than".
    const yearsAt = end - match[0].length + match[0].search(/\byears\b/i);
    const other = r.anchors.find(
      (a) => a.type === 'character' && a.key !== anchor.key && a.start > yearsAt && a.start <= end + 2,
    );
    const otherAge = other ? statedHere.get(other.key) : undefined;
    const difference = parseNumber(mustAt(match, 2));
    if (!other || !otherAge || !difference) continue;
    // An unhedged difference is exact: "twenty years his junior" is twenty, not twenty to twenty-one.
    const hedge = mustAt(match, 1);
    const gap =
      hedge.trim() === ''
        ? { low: difference.value, high: difference.value, hedged: false }
        : ageRange(hedge, difference.value, false);
    const younger = /junior|younger/i.test(match[3] ?? match[4] ?? '');
    const [low, high] = younger
      ? [otherAge.low - gap.high, otherAge.high - gap.low]
      : [otherAge.low + gap.low, otherAge.high + gap.high];
    const value = Number(otherAge.value) + (younger ? -difference.value : difference.value);
    if (value < 1) continue;
    addAge(
      anchor,
      { value: String(value), low, high, hedged: otherAge.hedged || gap.hedged },
      anchor.start,
      Math.max(end, other.end),
      false,
    );
  }
}
