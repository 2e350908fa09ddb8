/** Occupations and titles: the calling a character holds, steps into or is addressed by. */

import { mustAt } from '@george/runtime/collections';
import { OCCUPATIONS } from '../../bible/lexicons.js';
import { MILITARY_RANKS } from '../lexicon.js';
import type { FileText } from '../text.js';
import {
  type Add,
  ASIDE,
  afterPreposition,
  changeAt,
  type SentenceReader,
  SUBJECT_VERB,
  subjectLike,
} from './reader.js';

/**
 * The callings the ledger reads: the story bible's, an officer (of a regiment or a ship), which the
 * prose gives as often by "in the militia" or "and another officer" as by the word after a name, and
 * a few trades the bible does not name characters by.
 */
export const LEDGER_OCCUPATIONS: Readonly<Record<string, string>> = {
  ...OCCUPATIONS,
  officer: 'officer',
  // Callings the story bible does not name characters by, which the prose states of them: "Mr.
  // Hardy, the foreman", "Mr. Angel--was a cashier in an office".
  foreman: 'foreman',
  cashier: 'cashier',
  gardener: 'gardener',
  executioner: 'executioner',
  cabman: 'cabman',
  waiter: 'waiter',
  commissionaire: 'commissionaire',
  // The needle's trade, which the prose gives as often as any ("earned her bread as a
  // seamstress"): one calling, whichever of its names.
  seamstress: 'seamstress',
  needlewoman: 'seamstress',
  dressmaker: 'seamstress',
  // Village and town trades a new author gives a character as often as the bible's ("By trade he
  // was a saddler"); a shop's trade is also a tradesman's (`lexicon.ts` COMPATIBLE_OCCUPATIONS).
  saddler: 'saddler',
  cobbler: 'shoemaker',
  shoemaker: 'shoemaker',
  tailor: 'tailor',
  weaver: 'weaver',
  tanner: 'tanner',
  wheelwright: 'wheelwright',
  thatcher: 'thatcher',
  grocer: 'grocer',
  bookseller: 'bookseller',
  watchmaker: 'watchmaker',
};

const OCCUPATION = `(${Object.keys(LEDGER_OCCUPATIONS)
  .sort((a, b) => b.length - a.length)
  .map((o) => o.replace('-', '[- ]'))
  .join('|')})`;

/** "was only a clergyman", "had been formerly a steward": a word between the verb and the article. */
const OCC_ADVERB = '(?:(?:only|but|merely|also|then|once|formerly|still|himself|herself)\\s+)?';

/**
 * Up to three words before the calling, commas between ("the begrimed, blistered old blacksmith"),
 * none a preposition, article or relative: "a friend to the clergyman" is no clergyman.
 */
const OCC_EPITHETS =
  '(?:(?!(?:of|to|for|with|from|by|on|in|at|or|but|the|a|an|his|her|their|its|whose|who|which|that)\\b)[a-z]+,?\\s+){0,3}?';

const OCC_AFTER_NAME = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is|had\\s+been|has\\s+been)\\s+|then\\s+|now\\s+|by\\s+(?:profession|trade)\\s+)?|\\s*(?:--|—)\\s*(?:was|is|had\\s+been)\\s+${OCC_ADVERB}|${ASIDE}\\s+(?:was|is|had\\s+been|became|was\\s+now)(?:\\s+by\\s+(?:profession|trade))?\\s+${OCC_ADVERB}|\\s+(?:worked|practised|practiced|served|(?:earned|earns|earning)\\s+(?:his|her|their)\\s+(?:living|bread|livelihood|keep))\\s+as\\s+)(?:the|a|an|our|their|his|her|my|your)\\s+${OCC_EPITHETS}${OCCUPATION}(?![\\p{L}'’-])(?!\\s*['’]s)`,
  'iu',
);

/**
 * "The lawyer, Thomas Hale, came in", "dined with the clergyman, Mr. Collins", "I called on the
 * pawnbroker, Mr. Wilson, at noon": an occupation in apposition before the name, at the sentence's
 * start, after a preposition or after a verb (a lower-case word that is not a comparison: "like the
 * clergyman, Thomas" likens him to one).
 */
const OCC_FRONTED = new RegExp(
  `(?:^|[;:]\\s*|\\b(?:with|to|by|from|for|and|of|upon)\\s+|(?<![\\p{L}'’-])(?!(?:like|unlike|than|as|but|besides|except|not|nor|or|if|whether)\\b)[a-z]+\\s+)(?:the|our|my|his|her|their|your)\\s+(?:[a-z]+\\s+)?${OCCUPATION},\\s*$`,
  'iu',
);

const OCC_INVERTED = new RegExp(
  `\\bthe\\s+${OCCUPATION}(?:\\s+of\\s+the\\s+[A-Z][\\p{L}]+)?\\s+was\\s+(?:the\\s+very\\s+)?$`,
  'iu',
);

/**
 * A calling made or become ("was made a judge", "sold his forge and became an innkeeper", "sold the
 * mill to his nephew and became the parish clerk"): a change.
 */
const OCC_MADE = new RegExp(
  `^(?:\\s*,\\s*)?(?:\\s*(?:who|he|she)\\s+)?(?:\\s*[a-z]+\\s+(?:his|her|their|the)\\s+[a-z]+(?:\\s+(?:to|for)\\s+(?:his|her|their|the|a|an)\\s+[a-z]+)?,?\\s+and(?=\\s+became\\b))?(?:\\s*had)?(?:\\s*(?:lately|since|then|now|just))?\\s*(?:been\\s+)?(?:made|appointed|promoted\\s+to|became|become|raised\\s+to|rose\\s+to\\s+be)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[A-Z][\\p{L}]+['’]s\\s+|[a-z]+\\s+){0,2}?${OCCUPATION}(?![\\p{L}'’-])`,
  'iu',
);

/**
 * A calling stated as a state or a step rather than a noun: "had been formerly in trade", "was in
 * business in London", "was in the ----shire Militia", "was bred to the law", "took orders",
 * "accepted a commission", "had received his commission" (not "a commission to paint"), "entered
 * the navy", a calling left for another ("gave up the law for the church", "quitted the sea for the
 * army": the second is read). One group per value (STATE_VALUES).
 */
const OCC_STATE = new RegExp(
  `^(?:${ASIDE}\\s+|\\s*,\\s*who\\s+)(?:(?:was|is|had\\s+been|has\\s+been)\\s+(?:(?:formerly|once|long|then|now|still|already)\\s+)?(?:in\\s+(trade|business)|in\\s+(?:holy\\s+)?(orders)|in\\s+the\\s+(?:[-\\p{L}]+\\s+)?(militia|regiment)(?=\\s*[,.;:!?)]|\\s+(?:and|in|at|for|when|till|until|since|under|as|but|with)\\b)|bred\\s+(?:to|for)\\s+the\\s+(?:(law)|(sea)|(church)))|(?:lived|lives)\\s+by\\s+(trade)|(?:had\\s+|has\\s+)?(?:took|taken)\\s+(?:holy\\s+)?(orders)|(?:had\\s+|has\\s+)?accepted\\s+a\\s+(commission)|(?:had\\s+|has\\s+)?(?:received|obtained|got|bought|purchased)\\s+(?:his|her|a|an)\\s+(?:(?:lieutenant|captain|ensign|cornet|major|colonel)['’]s\\s+)?(commission)(?!\\s+(?:to|for|from)\\b)|(?:had\\s+|has\\s+)?(?:entered|joined)\\s+the\\s+(?:[-\\p{L}]+\\s+)?(?:(militia|regiment)|(army)|(navy))|(?:had\\s+|has\\s+)?(?:gave|given|quitted|exchanged)\\s+(?:up\\s+)?(?:the\\s+|his\\s+|her\\s+)?[\\p{L}]+\\s+for\\s+the\\s+(?:(law)|(sea)|(church)|(army)|(navy)))(?![\\p{L}])`,
  'iu',
);

/** The value of each group of OCC_STATE, in order. */
const STATE_VALUES = [
  'merchant',
  'clergyman',
  'officer',
  'lawyer',
  'sailor',
  'clergyman',
  'merchant',
  'clergyman',
  'officer',
  'officer',
  'officer',
  'soldier',
  'sailor',
  'lawyer',
  'sailor',
  'clergyman',
  'soldier',
  'sailor',
] as const;

/**
 * A step into a calling rather than the calling held: "took orders", "joined the regiment", "gave
 * up the law for the church".
 */
const STATE_STEP =
  /\b(?:took|taken|accepted|received|obtained|got|bought|purchased|entered|joined|gave|given|quitted|exchanged)\b/i;

/**
 * "Mr. Phillips, her uncle, an attorney in Meryton": a kin apposition between the name and its
 * calling, which the calling's own apposition follows (OCC_AFTER_NAME from the second comma).
 */
const KIN_ASIDE =
  /^\s*,\s*(?:his|her|their|my|your|our)\s+(?:[a-z]+\s+)?(?:brother|sister|father|mother|uncle|aunt|cousin|son|daughter|husband|wife|nephew|niece|brother-in-law|sister-in-law|father-in-law|mother-in-law|son-in-law|stepfather|stepmother|friend|neighbour|neighbor)(?=\s*,\s*(?:the|a|an)\s)/i;

/**
 * "Thomas Hale, who kept the inn", "Hale kept a school", "Hale taught at the village school":
 * keeping an inn, a public-house or a school, or teaching at a school, is a calling (an innkeeper, a
 * schoolmaster); not "kept the inn door shut" (a stop or a preposition follows the place).
 */
const OCC_KEPT = new RegExp(
  `^(?:\\s*,\\s*who\\s+|${ASIDE}\\s+)(?:(?:kept|keeps|had\\s+kept)\\s+(?:the|an?|a\\s+(?:little|small))\\s+(?:[A-Z][\\p{L}'’-]+\\s+)?|(?:taught|teaches|had\\s+taught)\\s+(?:at|in)\\s+(?:the|an?)\\s+(?:[\\p{L}'’-]+\\s+)?(?=school))(inn|public-house|tavern|alehouse|school)(?=\\s*[,.;:!?)]|\\s+(?:at|in|on|of|near|by|for|and)\\b)`,
  'u',
);

/**
 * "Hale, who drives a four-wheeler for his living", "Hale drives a hansom": driving a cab is a
 * calling in the present tense or when it is said to be a living; "drove a cab to the station" is a
 * journey.
 */
const OCC_DRIVES = new RegExp(
  `^(?:\\s*,\\s*who\\s+|${ASIDE}\\s+)(?:(?:drove|drives|had\\s+driven|has\\s+driven)\\s+(?:a|an|his|her)\\s+(?:[a-z]+\\s+)?(cab|hansom|four-wheeler|growler)\\s+for\\s+(?:his|her|a)\\s+(?:living|livelihood|bread)|drives\\s+(?:a|an|his|her)\\s+(?:[a-z]+\\s+)?(cab|hansom|four-wheeler|growler)(?![\\p{L}-]))`,
  'u',
);

/** ", who" right after a name: a relative clause whose subject is that name. */
const RELATIVE_AFTER = /^\s*,\s*who\s/;

/** The calling of each place OCC_KEPT reads, as the ledger names it ("schoolmaster": a teacher). */
const KEPT_CALLING: Readonly<Record<string, string>> = {
  inn: 'innkeeper',
  'public-house': 'innkeeper',
  tavern: 'innkeeper',
  alehouse: 'innkeeper',
  school: 'teacher',
};

/**
 * "Hale, the late Mr. Darcy's steward", "Hale, Mary Benson's clerk,": the calling in an
 * apposition owned by another's name, the apposition closing after the calling.
 */
const OCC_OWNED = new RegExp(
  `^\\s*,\\s*(?:the\\s+late\\s+|old\\s+|young\\s+)?(?:(?:Mr|Mrs|Dr|Miss|Sir|Lady|Captain|Colonel|Lord)\\.?\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?['’]s\\s+${OCC_EPITHETS}${OCCUPATION}(?=\\s*(?:[,.;:!?)]|--|—|$))`,
  'u',
);

/** "the harpooneer Queequeg", "her maid Sarah": a lower-case calling right before the name. */
const OCC_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Oo]ld|[Yy]oung)\\s+(?:(?!prime\\b)[a-z]+\\s+)?${OCCUPATION}\\s+$`,
  'u',
);

/** "As a clergyman, I feel it my duty": the calling the subject speaks or acts in. */
const OCC_AS_FRONTED = new RegExp(
  `^\\s*[“"]?As\\s+(?:a|an)\\s+${OCCUPATION},\\s*(?:(?:moreover|too|also|however|therefore|then),\\s*)?$`,
  'iu',
);

/** "his authority as a clergyman", "his right as a rector": the possessor's calling. */
const OCC_AS_OWN = new RegExp(
  `^(?:['’]s)?\\s+(?:authority|right|rights|duty|duties|office|character|capacity|situation|station|calling|functions?|dignity|post)\\s+as\\s+(?:a|an|the)\\s+${OCCUPATION}(?![\\p{L}'’-])`,
  'iu',
);

/**
 * "Radney the mate", "Perth the blacksmith": the calling after the name as an epithet, without a
 * comma; not "the cook's", nor after an object when a verb follows ("told Thomas the captain was
 * coming").
 */
const OCC_EPITHET = new RegExp(
  `^\\s+the\\s+(?:(?:chief|first|second|third|old|young)\\s+)?${OCCUPATION}(?![\\p{L}'’-])(?!\\s*['’]s)`,
  'u',
);

/** A verb after the calling: after an object ("Beside Thomas the captain was"), the calling is a subject. */
const VERB_NEXT =
  /^\s+(?:was|is|were|had|has|would|will|could|should|might|must|did|does|said|says|came|went|told|asked|cried)\b/i;

/** A name opening its clause: a calling after it is its epithet, whatever follows. */
const CLAUSE_OPENS = /(?:^|[,;:—“"]|--|\b(?:and|but|then|when|while|as|for|so)\s)\s*$/i;

/** Verbs whose object a name and a calling after it may be two: "showed Thomas the cook". */
const TWO_OBJECTS_BEFORE =
  /\b(?:gave|give|gives|showed|shows|show|told|tell|sent|send|brought|bring|handed|asked|ask|offered|introduced|called)\s+$/i;

/** "his entrance into the ----shire Militia": the possessor joins a regiment or a service. */
const OCC_ENTRANCE =
  /^(?:['’]s)?\s+(?:entrance|entry)\s+into\s+the\s+(?:[-\p{L}]+\s+)?(?:(militia|regiment)|(army)|(navy))(?![\p{L}])/iu;

/** "Wickham and another officer", "Denny, one of the officers": a calling the name shares. */
const OCC_SHARED = new RegExp(
  `^(?:\\s+and\\s+(?:another|one\\s+other)\\s+${OCCUPATION}(?![\\p{L}'’-])|(?:\\s*,\\s*|${ASIDE}\\s+(?:was|is|had\\s+been)\\s+)one\\s+of\\s+(?:the|our|their|his|her)\\s+(?:[a-z]+\\s+)?${OCCUPATION}s(?![\\p{L}'’-]))`,
  'iu',
);

/**
 * "M. Krempe, professor of natural philosophy", "Owen Chace, who was chief mate of the Essex", "Mrs.
 * Younge, who was some time ago governess to Miss Darcy": a calling without its article, then "of",
 * "to", "at" or "in".
 */
const OCC_BARE = new RegExp(
  `^\\s*,\\s*(?:who\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?:(?:some\\s+time\\s+ago|formerly|once|then|now|long|still)\\s+)?)?${OCCUPATION}\\s+(?:of|to|at|in)\\s`,
  'iu',
);

/**
 * A calling held for life or up to the story's present, right after it or after its place: "had
 * been a miller all his life", "the schoolmistress all her working life", "his whole life", "man and
 * boy", "had been a doctor in the town these twenty years". Its "had been" tells no change: no other
 * calling was held before or since, unless an end follows ("all his life, till he sold the mill").
 */
const LIFELONG =
  /^(?:\s+(?:in|at|of)\s+(?:the\s+)?[a-z]+)?\s+(?:all\s+(?:his|her|their)\s+(?:working\s+)?(?:life|lives|days)|(?:his|her|their)\s+whole\s+(?:working\s+)?life|man\s+and\s+boy|these\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}years)\b(?!\s*,?\s*(?:till|until|before|when)\b)/i;

/** "if he had been in trade", "whether Thomas was a clerk": a supposition, not a statement. */
const SUPPOSED_BEFORE = /\b(?:if|unless|whether|though|supposing|suppose|wish|wished)\s+$/i;

/**
 * The firm a name belongs to or is a partner in, which gives its trade: "Alexander Holder, of the
 * banking firm of Holder & Stevenson", "Robert Grey, a partner in the law firm of Grey & Benson",
 * "Thomas Hale was the senior partner in a banking house". Not a client or a visitor of a firm ("a
 * client of the banking firm", "called at the law firm"): only "of" right after the name's comma, or
 * a partner, reads.
 */
const OCC_FIRM = new RegExp(
  `^(?:\\s*,\\s*(?:of\\s+|(?:a|the)\\s+(?:(?:senior|junior|managing)\\s+)?partner\\s+in\\s+)|${ASIDE}\\s+(?:was|is|had\\s+been)\\s+(?:a|the)\\s+(?:(?:senior|junior|managing)\\s+)?partner\\s+in\\s+)(?:the|a)\\s+(?:[a-z]+\\s+)?(banking|law|legal|shipping)\\s+(?:firm|house|concern)\\b`,
  'iu',
);

/** The calling of each kind of firm OCC_FIRM reads. */
const FIRM_CALLING: Readonly<Record<string, string>> = {
  banking: 'banker',
  law: 'lawyer',
  legal: 'lawyer',
  shipping: 'merchant',
};

/** The words occupations are made of, for a quick look before the patterns run. */
const OCCUPATION_WORDS = new Set(Object.keys(LEDGER_OCCUPATIONS).map((o) => o.split(/[\s-]/).at(-1) ?? o));

/** The words of OCC_STATE and OCC_SHARED besides the occupations, for a quick look. */
const CALLING_WORDS: ReadonlySet<string> = new Set([
  ...OCCUPATION_WORDS,
  ...'officers trade business orders militia regiment law sea church commission army navy'.split(' '),
  ...'entrance entry banking legal shipping'.split(' '),
]);

const hasWordOf = (text: string, words: ReadonlySet<string>): boolean =>
  (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => words.has(w));

export function occupation(r: SentenceReader, add: Add): void {
  if (
    !hasWordOf(r.text, OCCUPATION_WORDS) &&
    !/\b(?:kee?p[st]?|taught|teaches|drives|drove|driven)\b/i.test(r.text)
  )
    return;
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || anchor.possessive || !subjectLike(r.file, anchor)) continue;
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const made = OCC_MADE.exec(after);
    // "Mr. Phillips, her uncle, an attorney": the calling read from the kin apposition's second comma.
    const kinAside = anchor.named ? (KIN_ASIDE.exec(after)?.[0] ?? '') : '';
    const afterAside = kinAside ? OCC_AFTER_NAME.exec(after.slice(kinAside.length)) : null;
    const stated = afterAside ?? OCC_AFTER_NAME.exec(after);
    const m = made ?? (stated && SUBJECT_VERB.test(stated[0]) && afterPreposition(r, anchor) ? null : stated);
    const skip = m !== null && m === afterAside ? kinAside.length : 0;
    const appositive = m !== null && /^\s*,/.test(m[0]);
    // "There were Sherlock Holmes, the hydraulic engineer, Inspector Bradstreet...": a list.
    const listed = appositive && /^\s*,\s*(?:and\s+)?\p{Lu}/u.test(after.slice(skip + m[0].length));
    if (m && !listed && (anchor.named || !appositive)) {
      const word = mustAt(m, 1).toLowerCase().replace(/\s+/, ' ');
      const value = LEDGER_OCCUPATIONS[word] ?? LEDGER_OCCUPATIONS[word.replace(' ', '-')];
      if (value && !/\bnot\b|\blike\b/i.test(m[0])) {
        const calledEnd = anchor.end + skip + m[0].length;
        // The passage holds the lifelong span, which is what tells the calling no change.
        const lifelong = LIFELONG.exec(r.file.text.slice(calledEnd, r.span.end));
        const end = calledEnd + (lifelong?.[0].length ?? 0);
        const change =
          made !== null ||
          /\bbecame\b/i.test(m[0]) ||
          (lifelong === null && changeAt(r, anchor.end + skip, m[0]));
        add({ anchor, kind: 'occupation', value, detail: word, start: anchor.start, end, change });
      }
    }
    // A name after a preposition is no subject ("the friend of Hale kept the inn"), but a relative
    // clause right after it is still the name's ("the approach of Peterson, who drives a cab").
    const governed = afterPreposition(r, anchor) && !RELATIVE_AFTER.test(after);
    const kept = governed ? null : OCC_KEPT.exec(after);
    const place = kept?.[1];
    if (
      kept &&
      place &&
      !SUPPOSED_BEFORE.test(r.file.text.slice(Math.max(r.start, anchor.start - 30), anchor.start))
    ) {
      const value = KEPT_CALLING[place.toLowerCase()];
      if (value)
        add({
          anchor,
          kind: 'occupation',
          value,
          detail: place.toLowerCase(),
          start: anchor.start,
          end: anchor.end + kept[0].length,
        });
    }
    const drives = governed ? null : OCC_DRIVES.exec(after);
    if (drives)
      add({
        anchor,
        kind: 'occupation',
        value: 'cabman',
        detail: (drives[1] ?? drives[2] ?? 'cab').toLowerCase(),
        start: anchor.start,
        end: anchor.end + drives[0].length,
      });
    if (!anchor.named) continue;
    const before = r.file.text.slice(Math.max(r.start, anchor.start - 60), anchor.start);
    const fronted = /^\s*,/.test(r.file.text.slice(anchor.end, anchor.end + 3))
      ? OCC_FRONTED.exec(r.file.text.slice(r.start, anchor.start))
      : null;
    const inverted = OCC_INVERTED.exec(before) ?? fronted;
    if (inverted) {
      const word = mustAt(inverted, 1).toLowerCase().replace(/\s+/, ' ');
      const value = LEDGER_OCCUPATIONS[word] ?? LEDGER_OCCUPATIONS[word.replace(' ', '-')];
      if (value)
        add({
          anchor,
          kind: 'occupation',
          value,
          detail: word,
          // From the determiner: not the preposition or verb before "the clergyman, Mr. Collins".
          start: anchor.start - inverted[0].length + determinerAt(inverted[0], inverted === fronted),
          end: anchor.end,
        });
    }
  }
}

/**
 * Where the calling's phrase starts in a match of OCC_INVERTED (its first "the") or OCC_FRONTED (its
 * last determiner: "told her the pawnbroker, Mr. Wilson" from "the").
 */
function determinerAt(match: string, fronted: boolean): number {
  const at = [...match.matchAll(/\b(?:the|our|my|his|her|their|your)\b/gi)].map((m) => m.index);
  return Math.max(0, (fronted ? at.at(-1) : match.search(/\bthe\b/i)) ?? 0);
}

/**
 * The resolver's confidence a pronoun needs for these patterns: "his authority as a clergyman" and
 * "since he had been in the militia" are the wrong man's at 0.77 and 0.65 in Pride and Prejudice.
 */
const SURE_PRONOUN = 0.8;

/** The value of an occupation word of the ledger's, if it is one. */
function callingOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\s+/, ' ');
  return LEDGER_OCCUPATIONS[w] ?? LEDGER_OCCUPATIONS[w.replace(' ', '-')];
}

/**
 * The other ways prose states a calling: as a state or a step ("was in trade", "took orders"), a
 * calling before the name ("the harpooneer Queequeg"), "as a clergyman", and one shared with
 * others ("Wickham and another officer"). Never after "if" or "whether", nor with "not" or "like".
 */
export function statedCallings(r: SentenceReader, add: Add): void {
  if (!hasWordOf(r.text, CALLING_WORDS)) return;
  const text = r.file.text;
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || (!anchor.named && anchor.confidence < SURE_PRONOUN)) continue;
    const before = text.slice(Math.max(r.start, anchor.start - 60), anchor.start);
    if (SUPPOSED_BEFORE.test(before)) continue;
    const after = text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const emit = (value: string | undefined, word: string, start: number, end: number, change = false) => {
      if (value) add({ anchor, kind: 'occupation', value, detail: word.toLowerCase(), start, end, change });
    };
    if (anchor.possessive) {
      const own = OCC_AS_OWN.exec(after);
      if (own) emit(callingOf(mustAt(own, 1)), mustAt(own, 1), anchor.start, anchor.end + own[0].length);
      const entrance = OCC_ENTRANCE.exec(after);
      if (entrance) {
        const [, regiment, army] = entrance;
        const value = regiment ? 'officer' : army ? 'soldier' : 'sailor';
        emit(
          value,
          regiment ?? army ?? mustAt(entrance, 3),
          anchor.start,
          anchor.end + entrance[0].length,
          true,
        );
      }
      continue;
    }
    if (subjectLike(r.file, anchor) && !afterPreposition(r, anchor)) {
      const state = OCC_STATE.exec(after);
      const group = state ? state.findIndex((g, i) => i > 0 && g !== undefined) : -1;
      if (state && group > 0) {
        const end = anchor.end + state[0].length;
        const change = STATE_STEP.test(state[0]) || changeAt(r, anchor.end, state[0]);
        emit(STATE_VALUES[group - 1], mustAt(state, group), anchor.start, end, change);
      }
      const fronted = OCC_AS_FRONTED.exec(text.slice(r.start, anchor.start));
      if (fronted)
        emit(callingOf(mustAt(fronted, 1)), mustAt(fronted, 1), anchor.start - fronted[0].length, anchor.end);
    }
    if (!anchor.named) continue;
    const shared = OCC_SHARED.exec(after);
    const sharedWord = shared?.[1] ?? shared?.[2];
    if (shared && sharedWord)
      emit(callingOf(sharedWord), sharedWord, anchor.start, anchor.end + shared[0].length);
    const epithet = TWO_OBJECTS_BEFORE.test(before) ? null : OCC_EPITHET.exec(after);
    if (epithet && (CLAUSE_OPENS.test(before) || !VERB_NEXT.test(after.slice(epithet[0].length)))) {
      const word = mustAt(epithet, 1);
      emit(callingOf(word), word, anchor.start, anchor.end + epithet[0].length);
    }
    // "Hale, the late Mr. Darcy's steward": the owner is no character of this calling. Not after
    // "old" ("the son of old Wickham, the late Mr. Darcy's steward"): an elder namesake the
    // resolver may take for the son.
    const owned = /\b(?:old|elder)\s+$/i.test(before) ? null : OCC_OWNED.exec(after);
    if (owned) {
      const word = mustAt(owned, 1);
      emit(callingOf(word), word, anchor.start, anchor.end + owned[0].length);
    }
    const firm = OCC_FIRM.exec(after);
    if (firm) {
      const kind = mustAt(firm, 1).toLowerCase();
      emit(FIRM_CALLING[kind], kind, anchor.start, anchor.end + firm[0].length);
    }
    const bare = OCC_BARE.exec(after);
    if (bare) {
      const word = mustAt(bare, 1);
      emit(callingOf(word), word, anchor.start, anchor.end + bare[0].indexOf(word) + word.length);
    }
    const noun = OCC_BEFORE.exec(before);
    if (noun) {
      const at = anchor.start - noun[0].length + (/^[^\p{L}]/u.test(noun[0]) ? 1 : 0);
      emit(callingOf(mustAt(noun, 1)), mustAt(noun, 1), at, anchor.end);
    }
  }
}

const TITLE =
  /^(Sir|Lord|Lady|Captain|Colonel|Major|General|Admiral|Commodore|Commander|Lieutenant|Sergeant|Corporal|Dr\.|Doctor|Professor|Inspector|Reverend|Rev\.|King|Queen|Prince|Princess|Duke|Duchess|Count|Countess|Baron|Baroness)\s/;

/**
 * What tells a rank changed between two ranks of one name: a promotion, a commission, a brevet, or
 * time passing over years, months or a war.
 */
const RANK_CHANGE_TOLD =
  /\b(?:promot\w*|commission\w*|brevet\w*|gazetted|rank|made\s+(?:a|an|him|her)\b|raised\s+to|years?|months?|war|campaigns?)\b/i;

/**
 * Titles the names carry ("Sir William", "Lord St. Simon"), once per entity and title, where first
 * seen. A military rank after another of the same name is marked a change when the text between
 * tells one ("was promoted", "Many years went by").
 */
export function titles(file: FileText, add: Add): void {
  const seen = new Set<string>();
  const lastRankEnd = new Map<string, number>();
  for (const anchor of file.anchors) {
    if (!anchor.named || anchor.type !== 'character') continue;
    const m = TITLE.exec(file.text.slice(anchor.start, anchor.end));
    if (!m) continue;
    const title = mustAt(m, 1).replace(/\.$/, '');
    const rankBefore = MILITARY_RANKS.has(title) ? lastRankEnd.get(anchor.key) : undefined;
    if (MILITARY_RANKS.has(title)) lastRankEnd.set(anchor.key, anchor.end);
    const key = `${anchor.key}|${title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const change =
      rankBefore !== undefined && RANK_CHANGE_TOLD.test(file.text.slice(rankBefore, anchor.start));
    add({ anchor, kind: 'title', value: title, start: anchor.start, end: anchor.end, change });
  }
}
