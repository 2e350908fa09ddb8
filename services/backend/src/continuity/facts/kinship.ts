/** Relations from the text: kin, household and work ties, each with its passage. */

import { mustAt } from '@george/runtime/collections';
import type { Extraction } from '../../bible/types.js';
import { kinSex, titleSex } from '../lexicon.js';
import type { Anchor, FileText } from '../text.js';
import type { Fact } from '../types.js';
import { type Add, type FactDraft, onlyListJoin, type SentenceReader } from './reader.js';
import { givenNameAfter, isTellerKey, tellerMyAnchors } from './teller-relations.js';

/** The story bible's typed relations, one fact per passage: what `objectKey` is to the entity. */
export function relations(file: FileText, extraction: Extraction, facts: Fact[]): void {
  for (const relation of extraction.relations) {
    if (!['family', 'sibling', 'spouse', 'parent_of', 'works_for'].includes(relation.type)) continue;
    for (const e of relation.evidence) {
      if (e.fileId !== file.fileId) continue;
      if (kinOfKinOnly(file.text.slice(e.start, e.end), relation.label ?? '')) continue;
      const voice = file.voiceAt(e.start);
      facts.push({
        ...file.passage(e.start, e.end),
        entityKey: relation.sourceKey,
        kind: 'relation',
        value: relationRole(relation.type, relation.label ?? ''),
        detail: relation.label ?? relation.type,
        objectKey: relation.targetKey,
        low: null,
        high: null,
        voice: voice?.voice ?? 'narration',
        speakerKey: voice?.speakerKey ?? null,
        hedged: false,
        change: false,
        confidence: 0.9,
      });
    }
  }
}

/**
 * Whether the kin word `label` stands in `passage` only as the first of a chain of possessives
 * ("Ann Lacey, Thomas Hale's wife's sister,", "her husband's brother"): the kin of a kin, which the
 * story bible reads as the first kin word.
 */
function kinOfKinOnly(passage: string, label: string): boolean {
  if (!/^[a-z-]+$/i.test(label)) return false;
  const uses = [
    ...passage.matchAll(new RegExp(`\\b${label}\\b(['’]s\\s+${KIN_ADJECTIVES}${KIN}\\b)?`, 'giu')),
  ];
  return uses.length > 0 && uses.every((m) => m[1] !== undefined);
}

/** What the other is to the entity, from the relation's type and label ("father": a parent; works_for: the employer). */
export function relationRole(type: string, label: string): string {
  const l = label.toLowerCase();
  if (/in-law/.test(l)) return 'in-law';
  if (/^step/.test(l))
    return /father|mother|parent/.test(l)
      ? 'step-parent'
      : /sister|brother/.test(l)
        ? 'step-sibling'
        : 'step-child';
  if (/^half/.test(l)) return 'half-sibling';
  if (/^(?:father|mother|papa|mamma|parent)$/.test(l)) return 'parent';
  if (/^(?:son|daughter|child)$/.test(l)) return 'child';
  if (/^(?:brother|sister)$/.test(l)) return 'sibling';
  if (/^(?:wife|husband)$/.test(l)) return 'spouse';
  if (/^(?:engaged|fianc|betrothed|intended)/.test(l)) return 'engaged';
  // A works_for relation runs from the servant to the one served: its target is the employer.
  if (type === 'works_for') return 'employer';
  if (type === 'sibling' || type === 'spouse') return type;
  return l || type;
}

/**
 * Kin words; "boy", "girl", "lad" and "lass" after a possessive are a son or daughter ("old Hale's
 * boy"); "intended" only where its phrase closes ("Thomas Hale's intended,"), not "his intended visit".
 */
export const KIN =
  '(intended(?=\\s*(?:[,.;:!?)]|--|—|$))|brother-in-law|sister-in-law|father-in-law|mother-in-law|son-in-law|daughter-in-law|step-?father|step-?mother|step-?daughter|step-?son|step-?sister|step-?brother|half-brother|half-sister|grandfather|grandmother|grandson|granddaughter|grandchild|brother|sister|father|mother|son|daughter|child|boy|girl|lad|lass|wife|husband|bride|bridegroom|twin|uncle|aunt|cousin|nephew|niece|widow|widower|fianc[ée]e?|betrothed|servant|maid|master|mistress)';

/**
 * Words before a kin noun that leave the kin as it is: order of birth, affection and pity ("his good
 * wife", "her poor mother", "Bildad's devoted sister"), and being dead or lawful ("his late father").
 */
export const KIN_ADJECTIVES =
  '(?:(?:elder|eldest|younger|youngest|only|own|dear|beloved|little|twin|favourite|favorite|first|second|third|good|poor|late|lawful|wedded|devoted|faithful|loving|fond|gentle|sweet|darling|unhappy|unfortunate|old|aged)\\s+){0,2}';

/**
 * A word of age or pity before a possessive name: "old Elias Whitney's boy", "poor Miss Alice's own
 * mother", "dear Mary's brother".
 */
const BEFORE_OWNER = '(?:the\\s+|(?:old|young|poor|dear|little)\\s+)?';

/**
 * "Name, Bingley's elder brother" / "Name, who was the Queen's sister" / "Name was his sister" / "Name
 * had been Hale's wife for ten years" (a state that still holds unless the text ends it), and
 * "Name, old Elias Whitney's boy" (`BEFORE_OWNER`).
 */
const KIN_AFTER_NAME = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:was|is|had\\s+been)\\s+)?|\\s+(?:was|is|had\\s+been)\\s+)${BEFORE_OWNER}$`,
  'i',
);

/**
 * A first apposition after a name, set off by commas: a calling ("Edward Crane, a cooper by trade,")
 * or a kin of another ("Jane Benson, Mary's younger sister,"). Not a name alone: "Sir William, Lady
 * Lucas, her daughter" is a list.
 */
const FIRST_APPOSITION = new RegExp(
  `^\\s*,\\s*(?:(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,4}[a-z-]+|\\p{Lu}[\\p{L}.\\s]{0,30}['’]s\\s+${KIN_ADJECTIVES}${KIN})(?=\\s*,)`,
  'u',
);

/** What may stand between a first apposition and the owner of a kin noun: its comma, and "was" or "who was". */
const AFTER_APPOSITION = new RegExp(
  `^\\s*,\\s*(?:(?:who\\s+)?(?:was|is|had\\s+been)\\s+)?${BEFORE_OWNER}$`,
  'i',
);

/** Whether the words between a name and a possessive put the possessive's kin noun on the name. */
function kinFollows(between: string): boolean {
  if (KIN_AFTER_NAME.test(between)) return true;
  const apposition = FIRST_APPOSITION.exec(between);
  return apposition !== null && AFTER_APPOSITION.test(between.slice(apposition[0].length));
}

/** "her uncle's favourite" is not her uncle. */
export const KIN_NOUN_AT = new RegExp(`^(?:['’]s)?\\s+${KIN_ADJECTIVES}${KIN}(?![\\p{L}'’-])`, 'iu');

/**
 * "Name, the only sister of the merchant Beaufort", "Name--the second son of Beaufort", "Name was a
 * cousin of Beaufort", "Name, son of Beaufort", with a second calling joined to the kin noun ("Name,
 * nephew and heir of Beaufort") and an age word before the name ("the widow of old Beaufort").
 */
const KIN_OF = new RegExp(
  `^(?:\\s*(?:,|--|—)\\s*(?:(?:the|a)\\s+)?|\\s+(?:was|is)\\s+(?:the|a)\\s+)${KIN_ADJECTIVES}${KIN}(?:\\s+and\\s+(?:[a-z]+\\s+)?[a-z]+(?<!s))?\\s+of\\s+(?:the\\s+(?:[a-z]+\\s+){0,2}|old\\s+|young\\s+)?$`,
  'iu',
);

/** The close of a double genitive's possessive ("a cousin of Mary Benson's,"): its "'s" and a stop. */
const DOUBLE_GENITIVE_CLOSE = /^(['’]s)?\s*(?:[,.;:!?)]|--|—|$)/;

/** A spouse after "made <Name>" or "took <Name>": "his wife", "her husband", "to wife". */
const MADE_SPOUSE =
  /^\s+(?:(?:his|her)\s+(?:lawful\s+|wedded\s+)?|to\s+(?=wife))(wife|husband)(?![\p{L}'’-])/u;
/** Between a name and the one who married it: ", whom". */
const WHOM_MARRIED = /^\s*,\s*whom\s+$/;
/** The verb after "whom <A>": "married", "had married", "has married". */
const MARRIED_AFTER = /^\s+(?:had\s+|has\s+)?married\b/;

/** Between a mother and the child she bore: "gave birth to", "had given birth to". */
const GAVE_BIRTH_TO = /^\s+(?:had\s+)?(?:gave|given)\s+birth\s+to\s+$/;

/** Between a teller's "I" and the one the teller married: "married", "had married". */
const I_MARRIED = /^\s+(?:had\s+)?married\s+$/;

/** A pronoun that may be the subject a kin noun is said of ("He was the son of old Wickham"). */
export const SUBJECT_PRONOUN = /^(?:he|she)$/i;

/**
 * "Name, whose father was", "Name, whose elder sister is", and the kin in apposition: "Mr. Turner,
 * whose granddaughter, Miss Turner, kept house", "whose wife--Mary--": the kin named next. Without
 * the comma or dash (the third group) the name may be the clause's subject ("whose father Mary had
 * loved"), so `WHOSE_KIN_NAMED` decides.
 */
const KIN_WHOSE = new RegExp(
  `^\\s*,\\s*whose\\s+${KIN_ADJECTIVES}${KIN}(?:\\s+(?:was|is)\\s+|\\s*(,|--|—)\\s*|(\\s+))$`,
  'iu',
);

/**
 * After "whose niece Clotilde" with no comma, the name is the kin's own when the clause's verb has
 * an object of its own ("was to marry the King", "had bought the mill", "had sold him a horse"): the
 * kin cannot then be the verb's object; so too when the verb is "was" with a state of being away
 * ("whose husband George was away at the fair", "was abroad", "was at sea"), which takes no object.
 * With none ("whose father Mary had loved", "had known in London") the kin may be the object and the
 * name the subject.
 */
const WHOSE_KIN_NAMED =
  /^\s+(?:(?:(?:was|is)\s+to\s+|(?:had|has|would|will)\s+)?[a-z]+\s+(?:the|a|an|his|her|their|its|him|them|me|us)\s|(?:was|is|had\s+been)\s+(?:away|abroad|from\s+home|at\s+sea)\b)/u;

/**
 * "I have an only son, Arthur", "Hale had a brother, Walter,": a subject (a name, a speaker's or
 * narrator's "I", a resolved pronoun) who has a kin named in apposition. Not a word that may name a
 * servant or a charge ("I have a girl, Mary, to help me", "a lad, Tom"), nor a master.
 */
const HAS_KIN = new RegExp(`^\\s+(?:have|has|had)\\s+(?:an?|one)\\s+${KIN_ADJECTIVES}${KIN}\\s*,\\s*$`, 'iu');
const NOT_KIN_HELD = /^(?:boy|girl|lad|lass|servant|maid|master|mistress)$/i;

/** The counts of a list of kin, from two: "his two sisters, Ann and Jane". */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six'];

/** "'s two sisters, " or "his three sons, " before a list of names: a count and a plural kin noun. */
const KIN_LIST = new RegExp(
  `^(?:['’]s)?\\s+(${COUNT_WORDS.join('|')})\\s+${KIN_ADJECTIVES}(brothers|sisters|sons|daughters|children|cousins|nephews|nieces)\\s*,\\s*$`,
  'iu',
);

/** A plural kin noun's singular: "sisters" a sister, "children" a child. */
const singularKin = (plural: string): string => plural.toLowerCase().replace(/ren$|s$/, '');

/** "one of " or "One of the " right before a possessive whose plural kin is picked from. */
const ONE_OF_BEFORE = /\b[Oo]ne\s+of\s+(?:the\s+)?$/;

/** "'s nephews, " or "his sons, " before a name: the plural kin noun one of whom the name is. */
const ONE_OF_KIN = new RegExp(
  `^(?:['’]s)?\\s+${KIN_ADJECTIVES}(brothers|sisters|sons|daughters|children|cousins|nephews|nieces|uncles|aunts)\\s*,\\s*$`,
  'iu',
);

/**
 * The names of the list that starts with the name at `first` ("Ann Hale, Jane Hale and Mary
 * Hale"), in order: each a name itself, not a possessive.
 */
function listAfter(text: string, named: readonly Anchor[], first: number): Anchor[] {
  const list: Anchor[] = [];
  for (let j = first; j < named.length; j++) {
    const item = mustAt(named, j);
    const previous = list.at(-1);
    if (!item.named || item.possessive) break;
    if (previous !== undefined && !onlyListJoin(text.slice(previous.end, item.start))) break;
    list.push(item);
  }
  return list;
}

/** "and their cousin" between the last of a list of names and the kin named: the kin of each. */
const THEIR_KIN = new RegExp(`^\\s*,?\\s+and\\s+their\\s+${KIN_ADJECTIVES}${KIN}\\s*,?\\s*$`, 'iu');

/**
 * The names of the list that ends with the name at `last` ("Elsie, Lacie and Tillie"), in order: each
 * a name itself, not a possessive.
 */
function listBefore(text: string, named: readonly Anchor[], last: number): Anchor[] {
  const list = [mustAt(named, last)];
  for (let j = last - 1; j >= 0; j--) {
    const before = mustAt(named, j);
    const first = mustAt(list, 0);
    if (!before.named || before.possessive || !onlyListJoin(text.slice(before.end, first.start))) break;
    list.unshift(before);
  }
  return list;
}

/**
 * "and Name were brothers", "were brother and sister", "were twins", "were cousins", "were man and
 * wife": two names of one kin.
 */
const KIN_PAIR =
  /^\s+(?:were|are)\s+((?:twin\s+)?(?:brothers|sisters|brother\s+and\s+sister|sister\s+and\s+brother|cousins)|twins|(?:man|husband)\s+and\s+wife)\b/i;

/**
 * A list goes on after an item: ", and" before another item, or a comma and a capital ("her
 * daughter, Mrs. Jenkinson"). An "and" before a verb, with or without a subject pronoun, opens the
 * sentence's next clause ("Aunt Charity, Bildad's good wife, and that was freely given", "..., and
 * was handed round"): the apposition has closed.
 */
const LIST_AFTER =
  /^\s*,\s*(?:and\b(?!\s+(?:(?:he|she|it|they|we|I|that|this|there|then)\s+)?(?:was|were|is|are|had|has|have|did|does|would|could|should|will|shall|might|must)\b)|\p{Lu})/u;

/**
 * A second calling joined to a kin noun in an apposition ("Lady Anne, her aunt and guardian,", "his
 * uncle and only benefactor"): one lower-case singular noun, perhaps after one word, the apposition
 * closing right after it (APPOSITION_CLOSE). Not a pronoun ("her sister and she walked on"), a
 * plural ("her husband and daughters"), or a name ("her husband and Kitty").
 */
const JOINED_ROLE =
  /^\s+and\s+(?!(?:he|she|it|they|we|you|I|him|her|them|his|its|their|then|so|yet|the|a|an)\b)(?:[a-z]+\s+)?[a-z]+(?<!s)(?=\s*(?:[,.;:!?)]|--|—|$))/;

/** What ends an apposition: a stop, a dash, or the end of the paragraph. */
const APPOSITION_CLOSE = /^\s*(?:[,.;:!?)]|--|—|$)/;

/** A list item before a name: "Sir William, " right before it. */
const LIST_BEFORE = /\p{Lu}[\p{L}.]*\s*,\s*$/u;

/**
 * A person the text knows by a title and never names ("the King", "the High Priest"): a capitalised
 * title after "the", up to three words; its key is the title's ("title:high priest").
 */
const KNOWN_TITLE = '[Tt]he\\s+((?:\\p{Lu}\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+)';

/** "the High Priest's son" right after a name and its comma. */
const TITLED_KIN_AFTER = new RegExp(
  `^\\s*,\\s*${KNOWN_TITLE.replace('[Tt]he', 'the')}['’]s\\s+${KIN_ADJECTIVES}${KIN}(?![\\p{L}'’-])`,
  'u',
);

/** "the King, Queequeg's father": the title, its comma, then a name's kin word. */
const TITLE_BEFORE = new RegExp(`${KNOWN_TITLE}\\s*,\\s*$`, 'u');

/**
 * A rank or office that names a person by itself ("the King", "a High Priest"): the last word of a
 * title a kin noun is said to be. Not a calling ("a Colonel" goes before a name), a people ("a
 * Frenchman") or a faith ("a Quaker").
 */
const RANK =
  '(?:King|Queen|Prince|Princess|Chief|Priest|Priestess|Duke|Duchess|Earl|Countess|Baron|Baroness|Baronet|Bishop|Archbishop|Emperor|Empress|Sultan|Rajah|Pope|Cardinal)';

/**
 * "his uncle a High Priest", "her father was the Duke", "his father, a High Chief, a King": a kin
 * noun said to be a person known by a rank, with or without the verb (a list of kin, each with its
 * rank). Of titles in apposition the last is read ("a High Chief, a King": the King, whom "the King,
 * Queequeg's father" names too). Not a rank before a name ("the Duke Ferdinand").
 */
const KIN_IS_TITLE = new RegExp(
  `^(?:\\s+(?:was|is|had\\s+been)|\\s*,)?(?:\\s+(?:a|an|the)\\s+(?:\\p{Lu}\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+\\s*,)*\\s+(?:a|an|the)\\s+((?:\\p{Lu}\\p{Ll}+\\s+){0,2}${RANK})(?![\\p{L}'’-])(?!\\s+\\p{Lu})`,
  'u',
);

/**
 * "Name, whose father was the Duke of Balmoral", "whose uncle is the Bishop": the kin is a person
 * known by a rank (the rank after "the", capitalised, or lower-case with "of" after it: "the king of
 * the island"). Not "the King's steward", not "a priest" (a calling), not "the Duke Ferdinand".
 */
const WHOSE_KIN_TITLE = new RegExp(
  `^\\s*,\\s*whose\\s+${KIN_ADJECTIVES}${KIN}\\s+(?:was|is|had\\s+been)\\s+the\\s+((?:\\p{Lu}\\p{Ll}+\\s+){0,2}${RANK}|${RANK.toLowerCase()}(?=\\s+of\\s))(?![\\p{L}'’-])(?!\\s+\\p{Lu})`,
  'u',
);

/** A title-keyed anchor over [start, end). */
const titleAnchor = (title: string, start: number, end: number): Anchor => ({
  start,
  end,
  key: `title:${title.toLowerCase()}`,
  type: 'character',
  named: true,
  possessive: false,
  confidence: 0.9,
});

/**
 * The key of a first-person narrator no one names (or whom the caller's story analysis did not
 * give): no entity holds it, and the check calls the narrator by it.
 */
export const UNNAMED_NARRATOR = 'the narrator';

/**
 * "my" and "My" that no anchor holds: in the narration the unnamed narrator's ("My mother, Sarah
 * Hale, kept the inn"); in a quotation whose tag names its speaker ("“My brother Walter will come,”
 * said Ann") the speaker's, where the quotation's own "my" anchors leave out a capital one. Any other
 * quotation's "my" is its teller's (`tellerMyAnchors`). An unheld "I" is the unnamed narrator's in
 * the narration ("I married Ellen Grey"); a quotation's "I" is left to the attribution.
 */
function unheldSelfAnchors(r: SentenceReader): Anchor[] {
  return [...r.text.matchAll(/\b(?:I|[Mm]y)\b/g)].flatMap((m) => {
    const start = r.start + m.index;
    if (r.anchors.some((a) => a.start === start)) return [];
    const voice = r.file.voiceAt(start);
    const possessive = m[0] !== 'I';
    if (!possessive && voice !== null) return [];
    const key = voice === null ? UNNAMED_NARRATOR : voice.explicit ? voice.speakerKey : null;
    if (key === null) return [];
    const anchor: Anchor = {
      start,
      end: start + m[0].length,
      key,
      type: 'character',
      named: false,
      possessive,
      confidence: 0.9,
    };
    return [anchor];
  });
}

/** A "my" in a quotation: its teller's (`tellerMyAnchors`) or its named speaker's (`unheldSelfAnchors`). */
const isQuotedMy = (r: SentenceReader, a: Anchor): boolean =>
  isTellerKey(a.key) ||
  (!a.named && /^[Mm]y$/.test(r.file.text.slice(a.start, a.end)) && r.file.voiceAt(a.start) !== null);

/** Kinship stated beside a name, in the forms the story bible's relations leave out. */
export function kinship(r: SentenceReader, add: Add): void {
  // A quotation's "my" where no tag names the speaker is its teller's, not the attribution's guess.
  const told = tellerMyAnchors(r.file, r.start, r.span.end);
  const named = [
    ...r.anchors.filter((a) => !told.some((t) => t.start === a.start)),
    ...unheldSelfAnchors(r),
    ...told,
  ]
    .filter((a) => a.type === 'character')
    .sort((a, b) => a.start - b.start);
  /**
   * `other` is `anchor`'s kin by the word `kin` ("daughter"), stated over [start, end); not when the
   * title of the name said to be the kin gives the other sex ("His father, Miss Bennet, was": a
   * vocative, not an apposition), nor the title of the person a bare surname was taken for ("my
   * sister Gardiner" read as Mr. Gardiner: a sister-in-law the text calls by her husband's name).
   */
  const relate = (anchor: Anchor, kin: string, other: Anchor, start: number, end: number, weight = 0.95) => {
    const named =
      titleSex(r.file.text.slice(other.start, other.end)) ?? titleSex(r.file.names.get(other.key) ?? '');
    const stated = kinSex(kin);
    if (named !== null && stated !== null && named !== stated) return;
    add(kinFact(anchor, kin, other.key, start, end, weight));
  };
  /**
   * Where the name after "the son of" ends as the kin's owner: a name, or a possessive with no noun
   * after it, through its "'s" ("a cousin of Mary Benson's,"); null for a possessive before a noun.
   */
  const ownerEnd = (owner: Anchor): number | null => {
    if (!owner.possessive) return owner.end;
    const genitive = DOUBLE_GENITIVE_CLOSE.exec(r.file.text.slice(owner.end, owner.end + 6));
    return genitive === null ? null : owner.end + (genitive[1]?.length ?? 0);
  };
  for (let i = 0; i < named.length; i++) {
    const a = mustAt(named, i);
    // "<A> has a son, <B>" (A a name or a pronoun, a speaker's "I"): B is A's kin. A quotation's
    // pronoun only under a tag naming its speaker, as a speaker's "my" is read: the attribution's
    // guess may give a client's account to the detective it is told to.
    const heldName = named[i + 1];
    const voice = r.file.voiceAt(a.start);
    const has =
      !a.possessive &&
      (a.named || voice === null || voice.explicit) &&
      heldName?.named &&
      !heldName.possessive
        ? HAS_KIN.exec(r.file.text.slice(a.end, heldName.start))
        : null;
    const heldKin = has?.[1];
    if (heldName && heldKin && !NOT_KIN_HELD.test(heldKin))
      relate(a, heldKin, heldName, a.start, heldName.end, a.named ? 0.95 : 0.9);
    // "<A>, <P>'s <kin>" and "<A> was <P>'s <kin>": A is P's kin.
    if (a.named && !a.possessive) {
      // The owner right after the name, or after a first apposition ("Jane, Mary's sister, was Hale's fiancée").
      for (const next of named.slice(i + 1, i + 3)) {
        if (!next.possessive) continue;
        const between = r.file.text.slice(a.end, next.start);
        const kin = kinFollows(between) ? KIN_NOUN_AT.exec(r.file.text.slice(next.end, next.end + 60)) : null;
        // "Lady Anne, her aunt and guardian,": a second calling joined to the kin noun.
        const joined = kin
          ? JOINED_ROLE.exec(r.file.text.slice(next.end + kin[0].length, next.end + 80))
          : null;
        const end = next.end + (kin?.[0].length ?? 0) + (joined?.[0].length ?? 0);
        // An apposition closes after the kin noun ("Mr. Hurst, Bingley's brother, came"); "engrossed
        // by Mr. Darcy, her sister scarcely less so" starts a clause, and "Sir William, Lady
        // Catherine, her daughter, and ..." is a list.
        const apposition = /,\s*$/.test(between);
        const unlike =
          apposition &&
          (!APPOSITION_CLOSE.test(r.file.text.slice(end, end + 3)) ||
            LIST_BEFORE.test(r.file.text.slice(r.start, a.start)) ||
            LIST_AFTER.test(r.file.text.slice(end, end + 20)));
        if (kin && !unlike) relate(next, mustAt(kin, 1), a, a.start, end);
      }
      const b = named[i + 1];
      // "<A>, whose father was <B>": B is A's kin.
      const whose = b?.named && !b.possessive ? KIN_WHOSE.exec(r.file.text.slice(a.end, b.start)) : null;
      // An apposition closes right after the kin's name, as it opened.
      const closed =
        whose?.[2] === undefined ||
        (b !== undefined && /^\s*(?:,|--|—)/.test(r.file.text.slice(b.end, b.end + 4)));
      const kinNamed =
        whose?.[3] === undefined ||
        (b !== undefined && WHOSE_KIN_NAMED.test(r.file.text.slice(b.end, b.end + 60)));
      if (b && whose && closed && kinNamed) {
        relate(a, mustAt(whose, 1), b, a.start, b.end);
      }
      // "<A> and <B> and their cousin <C>": C is the kin of each.
      const shared =
        b?.named && !b.possessive ? THEIR_KIN.exec(r.file.text.slice(a.end, b.start))?.[1] : undefined;
      if (b && shared) {
        const owners = listBefore(r.file.text, named, i);
        if (owners.length > 1)
          for (const owner of owners) relate(owner, shared, b, owners[0]?.start ?? a.start, b.end, 0.9);
      }
      // "<A> and <B> were brothers": each is the other's sibling (or cousin, or spouse).
      const pair =
        b?.named && !b.possessive && /^\s+and\s+$/i.test(r.file.text.slice(a.end, b.start))
          ? KIN_PAIR.exec(r.file.text.slice(b.end, b.end + 40))
          : null;
      if (b && pair) {
        add({
          anchor: a,
          kind: 'relation',
          value: /cousin/i.test(mustAt(pair, 1))
            ? 'cousin'
            : /wife/i.test(mustAt(pair, 1))
              ? 'spouse'
              : 'sibling',
          detail: mustAt(pair, 1).toLowerCase(),
          objectKey: b.key,
          start: a.start,
          end: b.end + pair[0].length,
          weight: 0.95,
        });
      }
      // "<A>, the only sister of the merchant <B>"
      for (const b of named.slice(i + 1, i + 2)) {
        const of = KIN_OF.exec(r.file.text.slice(a.end, b.start));
        const end = ownerEnd(b);
        // "Percy Armitage--the second son of Mr. Armitage": a father the extraction took for the son.
        if (of && b.named && end !== null && b.key !== a.key) {
          relate(b, mustAt(of, 1), a, a.start, end);
        }
      }
    }
    // "<A> made <B> his wife", "<B>, whom <A> had married": a wedding told, A (a name or a
    // resolved "he" or "she") and B (a name) spouses from then on.
    const wedded = named[i + 1];
    const subject = !a.possessive && (a.named || SUBJECT_PRONOUN.test(r.file.text.slice(a.start, a.end)));
    if (subject && wedded?.named && !wedded.possessive && wedded.key !== a.key) {
      const made = /^\s+(?:had\s+)?(?:made|took)\s+$/.test(r.file.text.slice(a.end, wedded.start))
        ? MADE_SPOUSE.exec(r.file.text.slice(wedded.end, wedded.end + 40))
        : null;
      if (made)
        add({
          ...kinFact(a, mustAt(made, 1), wedded.key, a.start, wedded.end + made[0].length),
          change: true,
        });
    }
    // "<A> gave birth to <B>": B is A's child. Not a possessive's kin ("gave birth to Hale's son"),
    // nor a "he" (a god's or a thinker's birth is a figure, and a "he" is often resolved wrongly).
    const borne = named[i + 1];
    if (
      (a.named || (!a.possessive && /^she$/i.test(r.file.text.slice(a.start, a.end)))) &&
      borne?.named &&
      !borne.possessive &&
      borne.key !== a.key &&
      GAVE_BIRTH_TO.test(r.file.text.slice(a.end, borne.start))
    )
      add(kinFact(a, 'child', borne.key, a.start, borne.end, a.named ? 0.95 : 0.9));
    // "I married <B>": a teller's wedding told, B the teller's spouse from then on. Not a parson's
    // "I married <B> to <C>".
    const teller = !a.possessive && r.file.text.slice(a.start, a.end) === 'I';
    if (
      teller &&
      wedded?.named &&
      !wedded.possessive &&
      wedded.key !== a.key &&
      I_MARRIED.test(r.file.text.slice(a.end, wedded.start)) &&
      !/^\s+to\s/.test(r.file.text.slice(wedded.end, wedded.end + 4))
    )
      add({
        anchor: a,
        kind: 'relation',
        value: 'spouse',
        detail: 'married',
        objectKey: wedded.key,
        start: a.start,
        end: wedded.end,
        weight: 0.9,
        change: true,
      });
    const spouse = named[i - 1];
    const whom =
      subject &&
      spouse?.named &&
      !spouse.possessive &&
      spouse.key !== a.key &&
      WHOM_MARRIED.test(r.file.text.slice(spouse.end, a.start))
        ? MARRIED_AFTER.exec(r.file.text.slice(a.end, a.end + 30))
        : null;
    if (spouse && whom) {
      add({
        anchor: a,
        kind: 'relation',
        value: 'spouse',
        detail: 'married',
        objectKey: spouse.key,
        start: spouse.start,
        end: a.end + whom[0].length,
        weight: a.named ? 0.95 : 0.9,
        change: true,
      });
    }
    // "He was the son of <B>": a resolved pronoun, with the verb only.
    const b = named[i + 1];
    const bEnd = b?.named ? ownerEnd(b) : null;
    if (
      !a.named &&
      !a.possessive &&
      b &&
      bEnd !== null &&
      b.key !== a.key &&
      SUBJECT_PRONOUN.test(r.file.text.slice(a.start, a.end))
    ) {
      const between = r.file.text.slice(a.end, b.start);
      const of = /^\s+(?:was|is)\s/i.test(between) ? KIN_OF.exec(between) : null;
      if (of) relate(b, mustAt(of, 1), a, a.start, bEnd, 0.9);
    }
    // "<A>, whose father was the Duke": the titled person is A's kin.
    if (a.named && !a.possessive) {
      const whose = WHOSE_KIN_TITLE.exec(r.file.text.slice(a.end, Math.min(r.span.end, a.end + 100)));
      const title = whose?.[2];
      const end = a.end + (whose?.[0].length ?? 0);
      if (whose && title && !r.file.anchorsIn(a.end, end).some((b) => b.type === 'character')) {
        relate(a, mustAt(whose, 1), titleAnchor(title, end - title.length, end), a.start, end);
      }
    }
    // "<A>, the High Priest's son": A is the kin of someone the text knows by a title only.
    if (a.named && !a.possessive) {
      const titled = TITLED_KIN_AFTER.exec(r.file.text.slice(a.end, Math.min(r.span.end, a.end + 80)));
      const title = titled?.[1];
      if (
        titled &&
        title &&
        !r.file.anchorsIn(a.end, a.end + titled[0].length).some((b) => b.type === 'character')
      ) {
        const at = a.end + titled[0].indexOf(title);
        relate(
          titleAnchor(title, at, at + title.length),
          mustAt(titled, 2),
          a,
          a.start,
          a.end + titled[0].length,
        );
      }
    }
    // "the King, <P>'s father": the titled person is P's kin.
    if (a.named && a.possessive) {
      const before = TITLE_BEFORE.exec(r.file.text.slice(Math.max(r.start, a.start - 60), a.start));
      const kin = before ? KIN_NOUN_AT.exec(r.file.text.slice(a.end, a.end + 60)) : null;
      const title = before?.[1];
      const start = a.start - (before?.[0].length ?? 0);
      if (kin && title && !r.file.anchorsIn(start, a.start).some((b) => b.type === 'character')) {
        const at = start + (before?.[0].indexOf(title) ?? 0);
        add({
          anchor: a,
          kind: 'relation',
          value: kinRole(mustAt(kin, 1)),
          detail: mustAt(kin, 1).toLowerCase(),
          objectKey: titleAnchor(title, at, at + title.length).key,
          start,
          end: a.end + kin[0].length,
          weight: 0.9,
        });
      }
    }
    // "<P>'s <kin>, <A>" / "his daughter <A>": A is P's kin.
    if (a.possessive) {
      const kin = KIN_NOUN_AT.exec(r.file.text.slice(a.end, a.end + 60));
      // "his uncle a High Priest", "her father was the Duke": the titled person is P's kin.
      const kinEnd = a.end + (kin?.[0].length ?? 0);
      const titled = kin
        ? KIN_IS_TITLE.exec(r.file.text.slice(kinEnd, Math.min(r.span.end, kinEnd + 80)))
        : null;
      const title = titled?.[1];
      const titleEnd = kinEnd + (titled?.[0].length ?? 0);
      if (kin && title && !r.file.anchorsIn(kinEnd, titleEnd).some((b) => b.type === 'character')) {
        const at = titleEnd - title.length;
        relate(a, mustAt(kin, 1), titleAnchor(title, at, titleEnd), a.start, titleEnd, a.named ? 0.95 : 0.9);
      }
      const next = named[i + 1];
      if (kin && next?.named && !next.possessive) {
        const gap = r.file.text.slice(a.end + kin[0].length, next.start);
        // "his daughter, Mary", "Hale's daughter was Mary", "his mother, old Mary": an age word
        // before a name is part of how it is called. A description right after the kin word, with
        // no comma, starts the next clause ("when I went to fetch my father the stranger was").
        const described = /^\s+$/.test(gap) && /^the\s/.test(r.file.text.slice(next.start, next.end));
        if (/^\s*,?\s*(?:(?:old|young|little)\s+)?$|^\s+(?:was|is)\s+$/.test(gap) && !described) {
          relate(a, mustAt(kin, 1), next, a.start, next.end, a.named ? 0.95 : 0.9);
        }
      }
      // "Thomas Hale's two sisters, Ann Hale and Jane Hale,": each name of the list is P's kin.
      const plural = next?.named ? KIN_LIST.exec(r.file.text.slice(a.end, next.start)) : null;
      const list = plural ? listAfter(r.file.text, named, i + 1) : [];
      // A count that matches the list: without one, "my brothers, Elizabeth, and Clerval" lists whom
      // one loved, not the brothers.
      const count = COUNT_WORDS.indexOf(plural?.[1]?.toLowerCase() ?? '') + 2;
      const last = list.at(-1);
      const whole =
        last !== undefined &&
        count === list.length &&
        APPOSITION_CLOSE.test(r.file.text.slice(last.end, last.end + 3));
      if (plural && last && whole) {
        const kin = singularKin(mustAt(plural, 2));
        for (const name of list) relate(a, kin, name, a.start, name.end, a.named ? 0.95 : 0.9);
      }
      // "one of Silas Brand's nephews, Ned Tarrant,": the name set off after the plural is one of
      // P's kin. Not a list ("one of his sons, Walter and George"), whose names may be others.
      const oneOf =
        next?.named &&
        !next.possessive &&
        ONE_OF_BEFORE.test(r.file.text.slice(Math.max(r.start, a.start - 12), a.start))
          ? ONE_OF_KIN.exec(r.file.text.slice(a.end, next.start))
          : null;
      if (oneOf && next && APPOSITION_CLOSE.test(r.file.text.slice(next.end, next.end + 3)))
        relate(a, singularKin(mustAt(oneOf, 1)), next, a.start, next.end, a.named ? 0.95 : 0.9);
      // "my uncle Joseph" in a telling or a speaker's line, Joseph named too seldom to be an entity
      // of the story bible.
      const given = kin && isQuotedMy(r, a) ? givenNameAfter(r.file, kinEnd) : null;
      if (kin && given) add(kinFact(a, mustAt(kin, 1), given.key, a.start, given.end, 0.9));
    }
  }
}

export function kinRole(word: string): string {
  const w = word.toLowerCase();
  // A bride is a wife or a betrothed, which can both hold: read as a wife.
  if (/^(?:widow|widower|bride|bridegroom)$/.test(w)) return 'spouse';
  if (w === 'twin') return 'sibling';
  if (/^(?:servant|maid)$/.test(w)) return 'servant';
  if (/^(?:master|mistress)$/.test(w)) return 'employer';
  if (/^(?:stepfather|stepmother)$/.test(w)) return 'step-parent';
  if (/^(?:stepdaughter|stepson)$/.test(w)) return 'step-child';
  // Only as a kin word after a possessive: a relation the story bible labels "boy" may be a servant.
  if (/^(?:boy|girl|lad|lass)$/.test(w)) return 'child';
  return relationRole('family', w);
}

/** A kin relation read at [start, end): `anchor`'s `kin` ("sister", "Uncle") is `objectKey`. */
export function kinFact(
  anchor: Anchor,
  kin: string,
  objectKey: string,
  start: number,
  end: number,
  weight?: number,
): FactDraft {
  const fact: FactDraft = {
    anchor,
    kind: 'relation',
    value: kinRole(kin),
    detail: kin.toLowerCase(),
    objectKey,
    start,
    end,
  };
  return weight === undefined ? fact : { ...fact, weight };
}
