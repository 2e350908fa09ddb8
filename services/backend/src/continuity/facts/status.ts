/** Status changes: deaths, marriages, engagements and widowhood, with the chapter where each happens. */

import { mustAt } from '@george/runtime/collections';
import { NOT_YET_WORDS, PERSON_NOUNS, UNREAL_MOOD_WORDS, UNREAL_WORDS } from '../lexicon.js';
import type { Anchor, FileText } from '../text.js';
import { pronounAntecedent } from './antecedents.js';
import { KIN } from './kinship.js';
import { type Add, afterPreposition, type FactDraft, type SentenceReader } from './reader.js';
import { tellerKin } from './teller-kin.js';

/**
 * What may stand between a name and the verb of its death: an aside ("Hale, the miller, died"), or
 * "who" with an aside of its own ("John Talbot, who, at the age of eighteen, was lost overboard").
 */
const AFTER_NAME = String.raw`(?:\s*,[^,;:]{1,80},|\s*,\s*who(?:\s*,[^,;:]{1,60},)?)?`;

/**
 * A sickbed the sick never left: "never rose from her bed again", "never left his sick-bed again".
 * Not a time that ends it ("never rose from her bed again till noon", "for a month"): a long
 * illness survived; nor "never left it again" (a house, a room).
 */
const NEVER_ROSE = String.raw`never\s+(?:rose|got\s+up|left|stirred)\s+(?:from\s+)?(?:his|her)\s+(?:sick-?\s*)?bed\s+again(?!\s+(?:till|until|before|for)\b)`;

/**
 * A death verb after the name, an aside or "who" ("Hale, who had died in the spring"): "died",
 * "took his own life", "had gone to his grave", "met his end", "gave up the ghost", "broke his neck"
 * (a fall's usual end in prose; "nearly broke his neck" has an adverb the pattern does not allow),
 * and a death told by what brought it on: "drank himself to death", "had since sneezed herself to
 * death", "starved to death", "froze to death" (not "was frightened to death", a passive of fright,
 * nor "worried herself to death", "laughed himself to death": the usual figures of speech), and a
 * survival denied ("did not survive the winter", "never came back alive", "never rose from her bed
 * again": NEVER_ROSE, whose "not" and "never" are no doubt of the death), and a captain's end, "went
 * down with his ship" (not "went down with a chill", nor "with his ship's boy"). "both" before the
 * verb is a pair's ("Hale and Mary Benson both died").
 */
const DEATH_VERB = new RegExp(
  String.raw`^${AFTER_NAME}\s+(?:(?:also|at\s+last|at\s+length|soon|since|then|afterwards|had|has|himself|herself|both)\s+)*((?!(?:worried|fretted|laughed|bored|frightened|scared|teased|tickled|talked|plagued)\s)[a-z]+\s+(?:himself|herself)\s+to\s+death|(?:starved|froze|frozen|bled|choked)\s+to\s+death|died|perished|expired|drowned|breathed\s+(?:his|her)\s+last|passed\s+away|lost\s+(?:his|her)\s+life|departed\s+this\s+life|killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|succumbed\s+to|fell\s+in\s+(?:battle|action|the\s+war|a\s+duel)|(?:went|gone)\s+to\s+(?:his|her)\s+(?:grave|last\s+rest|long\s+home)|met\s+(?:his|her)\s+(?:death|end)|gave\s+up\s+the\s+ghost|went\s+down\s+with\s+(?:his|her|the)\s+(?:ship|vessel|brig|schooner|boat)(?![’'\w])|(?:broke|broken)\s+(?:his|her)\s+neck|did\s+not\s+survive|didn['’]t\s+survive|never\s+(?:came|got)\s+(?:back|home)\s+alive|never\s+returned\s+alive|${NEVER_ROSE})\b`,
  'i',
);

/**
 * A burial's time, or the end of its clause, right after "buried": "on the Tuesday", "that
 * afternoon", "in the spring of 1820", "the next morning", "at dawn", ".", ", and". The time is a
 * whole phrase, a word of its own or the clause's end after it: "buried in the morning papers" is
 * a reader's. A lookahead: the death's phrase ends at "buried".
 */
const BURIAL_TIME = String.raw`(?=\s*[.;!?]|\s*,\s+(?:and|but)\b|\s+(?:(?:(?:on\s+)?(?:the\s+)?(?:next|following|last|that|this|early\s+(?:the\s+)?(?:next\s+)?)?\s*|in\s+the\s+|at\s+)(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|day|morning|afternoon|evening|night|week|spring|summer|autumn|winter|dawn|noon|nightfall|sunset|sunrise)|yesterday|to-?day)\b(?!\s+(?!(?:and|but|at|in|on|by|with|beside|near|under|of|after|before|when|while|the|a|his|her|their)\b)[a-z]))`;

/** A sickness that takes the sick ("the fever had carried off Mary Benson"). */
const SICKNESS = 'fever|plague|cholera|consumption|smallpox|typhus|pestilence|decline';

/** The state a passive death leaves (DEATH_PASSIVE), its word the match's group 1. */
const PASSIVE_DEATH = String.raw`(carried\s+off\s+by\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:${SICKNESS})|killed|murdered|drowned|executed|hanged|hung|slain|shot|dead|no\s+more|lifeless|beheaded|strangled|(?:laid\s+|(?:(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+|a\s+twelvemonth\s+|long\s+))?in\s+(?:his|her|the)\s+grave|laid\s+to\s+rest|lost\s+at\s+sea|(?:stabbed|burned|burnt|starved|beaten|crushed)\s+to\s+death|(?:laid|buried|interred)\s+(?:in|at|under)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:[a-z]+\s+)?(?:churchyard|graveyard|cemetery|tomb|vault|sea)|(?:buried|interred)\s+(?:beside|near|with)\s+(?:his|her)\s+(?:[a-z]+\s+)?(?:father|mother|husband|wife|parents|forefathers|fathers|kin|people)|(?:(?:quietly|privately|decently)\s+)?(?:buried|interred)${BURIAL_TIME})`;

/**
 * A passive death after the name or an aside: "was killed", "had been laid to rest", "had been three
 * years in his grave", and a burial, which prose tells a death by as often as by a verb ("had been
 * laid in the churchyard", "was buried at sea", "was buried beside her mother"): a place of the dead
 * after "laid", "buried" or "interred", one word between ("Longbourn churchyard", "the family
 * vault"), or a burial's time, or the clause's end ("was buried on the Tuesday", "was buried that
 * afternoon", "was quietly buried."). Only such a place or time: "buried in thought", "buried in
 * her books", "laid in the carriage" or "was at sea" is no death. The dead lying in the present
 * ("Thomas Hale lies dead upstairs"), and one a sickness took ("was carried off by a consumption";
 * not "carried off by the constables").
 */
const DEATH_PASSIVE = new RegExp(
  String.raw`^${AFTER_NAME}\s+(?:(?:also|at\s+last|then|soon)\s+)*(?:was\s+found|was|is|had\s+been|has\s+been|lay|lies|fell|dropped)\s+(?:(?:already|at\s+last|then|now|quite|stone|cruelly|basely)\s+)*${PASSIVE_DEATH}\b`,
  'i',
);

/** The same after a pair's names in the plural: "were both drowned", "were killed" (`pairDeath`). */
const PAIR_DEATH_PASSIVE = new RegExp(
  String.raw`^\s+(?:both\s+)?were\s+(?:(?:both|already|then)\s+)*${PASSIVE_DEATH}\b`,
  'i',
);

/**
 * A burial at a named place: "was buried at Lyme", "lies buried in Bath" (DEATH_PASSIVE reads the
 * churchyard and the vault). Only a name after "at" or "in": "buried in thought" is no death.
 */
const BURIED_AT_PLACE = new RegExp(
  String.raw`^${AFTER_NAME}\s+(?:was|had\s+been|has\s+been|lies|lay)\s+(buried|interred)\s+(?:at|in)\s+\p{Lu}[\p{L}'’-]*`,
  'u',
);

/**
 * The dead at rest where the dead lie, told in the present: "lies in the churchyard", "rests in
 * her grave", "sleeps beneath the chapel vault". Not the past "lay" or "slept" (the living
 * lie down in churchyards too), nor a place of the living ("lies in the parlour").
 */
const RESTS_AMONG_DEAD = new RegExp(
  String.raw`^${AFTER_NAME}\s+(?:(?:now|long\s+since)\s+)?(lies|rests|sleeps)\s+(?:(?:now|quietly|peacefully)\s+)?(?:in|under|beneath)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:[a-z]+\s+)?(?:churchyard|graveyard|cemetery|tomb|vault|grave)\b`,
  'i',
);

/**
 * A death at sea told without a death verb: the sea took them ("was washed overboard", "had been
 * swept overboard off the Cape", "was gone, swept overboard in the night", "Thomas, washed overboard
 * in the gale, was never seen again"), or the crew buried them there ("was committed to the deep",
 * "having been sewn into his hammock and committed to the deep"). Not one the sentence brings back
 * ("was washed overboard, but Queequeg dived and saved him"), nor "nearly washed overboard" (no
 * adverb but those of a sure telling).
 */
const LOST_AT_SEA = new RegExp(
  String.raw`^(?:\s*,\s*(?=(?:washed|swept|lost)\s+overboard)|${AFTER_NAME}\s+(?:was|is|had\s+been|has\s+been|having\s+been)\s+(?:(?:already|then|now|at\s+last)\s+)*(?:[a-z]+(?:\s+[a-z]+){0,3},\s+)?)((?:washed|swept|lost|carried)\s+overboard|(?:(?:sewn|stitched)\s+(?:up\s+)?in(?:to)?\s+(?:his|her|a)\s+hammock\s+and\s+)?(?:committed|consigned)\s+to\s+the\s+(?:deep|sea|waves))\b(?![^.;!?]*\b(?:picked\s+up|rescued|saved|hauled|brought\s+(?:him|her)\s+(?:up|back)))`,
  'i',
);

/**
 * Words of a death's manner before "death of" or "murder of" ("the miserable death of Justine", "the
 * sad and sudden death of"): a list, for "the attempted murder of", "the reported death of" and "the
 * near death of" tell no death.
 */
const DEATH_MANNER =
  '(?:sad|sudden|untimely|early|premature|tragic|miserable|melancholy|cruel|violent|unhappy|lamented|lamentable|horrible|dreadful|terrible|shocking|mysterious|unexpected|brutal|wretched|unfortunate|recent|fearful|awful|painful|peaceful|lingering)';

/**
 * A noun of the dead before the name: "the body of", "the funeral of", "after the death of", "the
 * sudden death of", "they buried", "the grave had closed over", and the one who killed them ("the
 * murderers of John Openshaw", "the slayer of"; not "the would-be murderer of").
 */
const DEATH_NOUN_BEFORE = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:lifeless\s+(?:form|body)|dead\s+body|corpse|remains|mangled\s+body|body|funeral|grave)\s+of|(?<!would-be\s)(?:murderers?|slayers?|assassins?)\s+of|(?:(?:after|since|upon)\s+)?the\s+(?:${DEATH_MANNER}\s+(?:and\s+)?){0,2}(?:death|murder)\s+of|(?:they|we|he|she|I)\s+(?:had\s+)?buried|the\s+(?:grave|tomb|earth|sod|waters|waves)\s+(?:had\s+)?(?:(?:long\s+)?since\s+|long\s+)?closed\s+(?:over|upon|on))(?:\s+the)?\s+$`,
  'i',
);

/**
 * The dead told by those left behind: mourning worn or kept for them ("Rosings was still in mourning
 * for Mrs. Jenkinson", "the household was in black for Thomas Hale", "wore deep mourning for",
 * "put on black for") and the widowhood they leave ("Lady Catherine, widow of Sir Lewis", "the relict
 * of Thomas Hale"). Not "mourned the loss of" a thing, nor "in black" alone (a colour worn).
 */
const MOURNED_BEFORE =
  /\b(?:(?:in|into|wore|wears|wearing|put\s+on|went\s+into)\s+(?:(?:deep|full|half|heavy|new)\s+)?(?:mourning|black|weeds|crape)\s+for|(?:the\s+)?(?:widow|widower|relict)\s+of)\s+(?:(?:the\s+)?late\s+|poor\s+|old\s+)?$/i;

/** What closes over the dead: "the grave had closed over", "the waters closed over". */
const CLOSER = '(?:grave|tomb|earth|sod|waters|waves)';

/**
 * The same told with the dead first: "Mary, over whom the grave had closed", "Over Mary the grave
 * had closed" (the "Over" is before the name: CLOSED_OVER_FRONTED).
 */
const CLOSED_OVER_AFTER = new RegExp(
  `^(?:\\s*,\\s*(?:over|upon)\\s+whom|\\s+)\\s*the\\s+${CLOSER}\\s+(?:had\\s+)?(?:(?:long\\s+)?since\\s+|long\\s+)?closed\\b`,
  'i',
);

const CLOSED_OVER_FRONTED = /(?:^|[.;:]\s*)\s*(?:Over|Upon)\s+$/;

/**
 * "Mary's corpse", "Hale's funeral", "by Beaufort's coffin", "walked out to Hale's tomb" (a coffin,
 * bier, hearse or tomb holds its dead; "Hale's coffins", a maker's, do not: the singular only).
 */
const DEATH_POSSESSIVE_AFTER =
  /^['’]s\s+(?:corpse|dead\s+body|lifeless\s+(?:form|body)|remains|funeral|grave|death|murder|(?:coffin|bier|hearse|tomb)(?!s)|body\s+(?:was\s+found|lay)|(?:young\s+|poor\s+)?(?:widow|widower|relict)|head\s+(?:was|had\s+been)\s+(?:(?:at\s+last|already|then)\s+)?(?:cut|struck|chopped|taken|hacked)\s+off)\b/i;

/**
 * A head taken off, however the sentence turns it: "Mary, whose head the executioner had taken off",
 * "whose head had been struck off", and "cut off Mary's head" (with DEATH_POSSESSIVE_AFTER's
 * "Mary's head was cut off"). Not "lost his head" (a temper), nor an order ("Off with her head!").
 */
const HEAD_OFF_AFTER =
  /^\s*,\s*whose\s+head\s+(?:(?:was|had\s+been)\s+(?:cut|struck|chopped|taken|hacked)\s+off|(?:the\s+)?[a-z]+\s+(?:had\s+)?(?:cut|struck|chopped|took|taken|hacked)\s+off)\b/i;
/**
 * "Jacob had his throat cut", "the Knave had his head cut off", "had his brains blown out": a killing
 * told as what was done to the subject, right after the name (so not "nearly had", "would have had",
 * nor "had his hair cut").
 */
const HAD_KILLED_AFTER =
  /^\s+had\s+(?:his|her)\s+(?:throat\s+cut|head\s+(?:cut|struck|chopped|hacked)\s+off|brains\s+blown\s+out)\b/i;
const HEAD_OFF_BEFORE = /\b(?:cut|struck|chopped|took|taken|hacked)\s+off\s+$/i;

/**
 * "dead" in an aside or a relative clause after the name: "old Hale, dead these ten years, had left
 * the mill", "Mary Benson, long dead,", "Mary Benson, who had been dead a twelvemonth,". Only "dead"
 * alone or with a time ("these ten years", "a year", "since the spring"): "dead tired", "dead drunk"
 * and "dead against it" are no deaths.
 */
const DEAD_ASIDE =
  /^\s*,\s*(?:who\s+(?:had\s+been|has\s+been|was|is)\s+)?(?:(?:long|now|since|already|lately|then|these\s+many\s+years)\s+)?dead(?:\s+(?:these|this|for|since|some|many|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d+)\b[^,;:.!?]{0,30})?\s*(?=[,;:.!?]|--|—)/i;

/**
 * The dead as the object of a relative clause after the name: "Mary Benson, whom we had followed to
 * her grave in the spring", "Thomas Hale, whom they buried beside his wife", "whom the whale had
 * killed". The clause's subject is one word or "the" and one ("the fever"); "whom we followed to the
 * door" and "whom they buried in thought" are no deaths (a grave or the sea must be named after a
 * following or a laying).
 */
const WHOM_DEATH =
  /^\s*,\s*whom\s+(?:the\s+)?[a-z]+\s+(?:had\s+|have\s+|has\s+)?(?:(?:already|since|long\s+since|at\s+last|then|lately|all)\s+)*(killed|murdered|slew|slain|strangled|poisoned|executed|hanged|beheaded|drowned|buried|interred|carried\s+off|(?:followed|carried|bore|borne|seen|saw|laid|lowered)\s+(?:[a-z]+\s+){0,2}?(?:to|into|in)\s+(?:the|his|her|their|an?)\s+(?:[a-z]+\s+)?grave(?!\s+of\b)|(?:laid|committed|consigned)\s+to\s+(?:rest|the\s+(?:deep|sea|waves)))\b/i;

/**
 * "the whale had killed Daggoo", "They hanged Thomas Hale": the object of a killing, right before
 * the name ("hanged", unlike "hung", is said of people put to death only).
 */
const KILLED_BEFORE =
  /\b(?:killed|murdered|slew|strangled|poisoned|executed|beheaded|drowned|hanged|carried\s+off)\s+$/i;

/**
 * "The sea took Thomas Hale in the gale", "the fever had carried off Mary Benson": the sea, a river
 * or a sickness as the taker, right before the name (VOYAGE_AFTER tells a passage it gave).
 */
const TAKEN_BY_BEFORE = new RegExp(
  String.raw`\b(?:the\s+)?(?:sea|river|waves|${SICKNESS})\s+(?:had\s+)?(?:took|taken)\s+$`,
  'i',
);

/** "The sea took Thomas Hale to Lisbon and back": a voyage, where the taking leads somewhere. */
const VOYAGE_AFTER =
  /^\s+(?:to|across|over|back|home|away|out|aboard|from|into|round|around|along|up|down|with|far)\b/i;

/**
 * "did not survive", "never came back alive": no doubt of the death, though "not" and "never" are
 * words of the unreal mood.
 */
const SURVIVAL_DENIED = new RegExp(
  String.raw`\b(?:(?:did\s+not|didn['’]t)\s+survive|never\s+(?:came|got)\s+(?:back|home)\s+alive|never\s+returned\s+alive|${NEVER_ROSE})\b`,
  'gi',
);

/**
 * A death verb's words that say nothing of its being real: the tense's "had", a survival denied, a
 * sickbed never left.
 */
const deathPhrase = (verb: string): string =>
  verb.replace(/\b(?:had|has)\b/gi, '').replace(SURVIVAL_DENIED, 'died');

/**
 * A clause of time that opens the sentence ("Before the doctor could come up from the village,"):
 * its modal is its own, not the death's that follows ("..., Thomas Hale breathed his last").
 */
const FRONTED_TIME_CLAUSE =
  /^\s*[“"‘']?\s*(?:before|when|while|ere|by\s+the\s+time|as\s+soon\s+as|long\s+before)\b[^,;:.!?“”"]*,\s*/i;

/**
 * "Smith shot Jones dead", "they found Thomas Hale dead in his bed": a blow or a finding before the
 * name, "dead" after it ("lying dead"), not "dead tired", "dead drunk" or "dead asleep".
 */
const STRUCK_BEFORE = /\b(?:shot|struck|stabbed|knocked|found)\s+$/i;

const DEAD_AFTER =
  /^\s+(?:lying\s+)?dead\b(?!\s+(?:tired|drunk|asleep|beat|set|against|sure|certain|still|silent|quiet)\b)/i;

/**
 * "With Vorn dead, the council sent its captain": "with", the name, then "dead" closing the phrase
 * ("with Hale dead tired" and "with Hale dead against it" are no deaths).
 */
const WITH_BEFORE = /\bwith\s+$/i;
const WITH_DEAD_AFTER = /^\s+(?:(?:now|long|already|at\s+last)\s+)?dead\s*(?=[,;:.!?]|--|—)/i;

const MARRIED =
  /^(?:\s*,[^,;:]{1,60},)?\s+(?:(?:had|was|has\s+been)\s+)?(?:married|wedded)\b|^\s+became\s+(?:his|her)\s+(?:wife|husband)\b/i;

const WIDOWED =
  /^(?:\s*,\s*(?:a|the)\s+|\s+(?:was|became)\s+(?:a|the)\s+)(?:[a-z]+\s+){0,2}?(widow|widower)\b/i;

/**
 * "Name was engaged to", "Name, who was himself betrothed to", "Name had already been engaged to",
 * "Name was promised to": after the name or its relative "who", an adverb or a reflexive may stand
 * before the word.
 */
const ENGAGED =
  /^(?:\s*,\s*who)?\s+(?:was|had\s+been|became|is)\s+(?:(?:now|already|then|secretly|long|himself|herself)\s+)?(?:engaged|betrothed|affianced|promised)\s+to\b/i;

/** "promised to" is an engagement only with a person named right after it ("was promised to return" is none). */
function promisedToNoOne(r: SentenceReader, at: number, words: string): boolean {
  if (!/promised\s+to$/i.test(words)) return false;
  const next = r.file.anchorsIn(at, at + 40).find((a) => a.named && a.type === 'character');
  return next === undefined || !/^\s+$/.test(r.file.text.slice(at, next.start));
}

/**
 * "Ahab, who had lived and would die a bachelor", "she died an old maid", "Hale never married": a
 * life without marriage, which no marriage of the character's, stated anywhere, leaves standing.
 * "Never married again" and "never married till" are not it.
 */
const LIFELONG_SINGLE =
  /^(?:\s*,\s*who)?\s+(?:(?:had\s+)?lived\s+and\s+(?:(?:would|was\s+to|should)\s+die|died)|died)\s+(?:a|an)\s+(?:old\s+)?(bachelor|maid|spinster)\b|^(?:\s*,\s*who)?\s+never\s+(?:married|wed|wedded)\b(?!\s+(?:again|till|until|before))/i;

/** "he has a wife", "Thomas had a young husband": a spouse held ("a wife in view" is one sought). */
const SPOUSE_HELD =
  /^\s+(?:(?:also|already|now|once)\s+)?(?:has|had)\s+a\s+(?:[a-z]+\s+){0,2}?(wife|husband)\b(?!['’]s|\s+in\s+(?:view|mind|prospect))/i;

/** A spouse the anchor (a name, or "he"/"she") has: the character is or was married. */
function spouseHeld(r: SentenceReader, anchor: Anchor, add: Add): void {
  if (!anchor.named && !/^(?:he|she)$/i.test(r.file.text.slice(anchor.start, anchor.end))) return;
  const held = SPOUSE_HELD.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 60)));
  if (!held || UNREAL_MOOD_WORDS.test(r.file.text.slice(Math.max(r.start, anchor.start - 40), anchor.start)))
    return;
  add({
    anchor,
    kind: 'status',
    value: 'married',
    detail: mustAt(held, 1).toLowerCase(),
    start: anchor.start,
    end: anchor.end + held[0].length,
  });
}

/** Phrases right before or after a name that tell its death, with the detail each gives. */
const DEATH_AROUND_NAME: ReadonlyArray<{ pattern: RegExp; side: 'before' | 'after'; detail: string }> = [
  // "the body of Hale", "after the death of Hale", "they buried Hale".
  { pattern: DEATH_NOUN_BEFORE, side: 'before', detail: 'body' },
  // "in mourning for Mrs. Jenkinson", "widow of Sir Lewis": the dead told by those they left.
  { pattern: MOURNED_BEFORE, side: 'before', detail: 'mourned' },
  // "old Hale, dead these ten years,".
  { pattern: DEAD_ASIDE, side: 'after', detail: 'dead' },
  // "the Duchess, whose head the executioner had taken off".
  { pattern: HEAD_OFF_AFTER, side: 'after', detail: 'beheaded' },
  // "Jacob had his throat cut by robbers".
  { pattern: HAD_KILLED_AFTER, side: 'after', detail: 'killed' },
  // "Mary Benson, whom we had followed to her grave".
  { pattern: WHOM_DEATH, side: 'after', detail: 'dead' },
];

/**
 * A sentence that opens with a death, its subject after it: "Drowned in that pool, though none of
 * them spoke of him, lay the Rabbit's gardener, Pat" (inverted after "lay", "was", "lies"), "Killed
 * at Waterloo, Thomas Hale lies in a Belgian field" (the subject behind the fronted phrase's comma).
 * The death word is a state, closed by a comma or a place's preposition: not a verb with its object
 * ("Killed more whales than I can count, Captain Peleg"), "Dead tired, Mary went up" or "Drowned in
 * tears, Mary ..." (a state, not a death).
 */
const FRONTED_DEATH =
  /^\s*[“"‘']?\s*(drowned|killed|slain|murdered|executed|hanged|beheaded|strangled|dead|lifeless|(?:washed|swept|lost)\s+overboard|lost\s+at\s+sea)(?=\s*(?:,|--|—)|\s+(?:at|in|on|by|off|near|beneath|under|among|upon|before|during|lay|lies|was)\b)(?!\s+in\s+(?:tears|sorrow|grief|thought|sleep|debt|work|wine|drink|care)\b)/i;

/** The fronted phrase closed by its comma, the subject next ("poor Thomas Hale"). */
const FRONTED_THEN_SUBJECT = /^[^,;:“”"]{0,60},\s*(?:(?:the|poor|old|young|little)\s+)*$/i;

/** An inverted subject after its verb: "lay the Rabbit's Irish gardener, Pat". */
const INVERTED_SUBJECT =
  /^[^;:“”"]{0,120}?\b(?:lay|lies|was|were|is|floated|rested|rests|sank|slept|sleeps)\s+((?:[\p{L}'’-]+,?\s+){0,5})$/u;

/** A word that opens another clause between an inverted verb and the name ("lay the dog that Mary loved"). */
const CLAUSE_WORD = /\b(?:who|whom|which|that|when|as|while|and|but|or|if|he|she|they|was|is|had)\b/i;

function frontedDeath(r: SentenceReader, add: Add): void {
  const fronted = FRONTED_DEATH.exec(r.text);
  if (!fronted) return;
  const from = r.start + fronted[0].length;
  const subject = r.anchors.find(
    (a) => a.start >= from && a.named && a.type === 'character' && !a.possessive,
  );
  if (!subject) return;
  const gap = r.file.text.slice(from, subject.start);
  const inverted = INVERTED_SUBJECT.exec(gap);
  if (!FRONTED_THEN_SUBJECT.test(gap) && !(inverted && !CLAUSE_WORD.test(mustAt(inverted, 1)))) return;
  if (UNREAL_WORDS.test(r.file.text.slice(r.start, subject.start))) return;
  add({
    anchor: subject,
    kind: 'status',
    value: 'dead',
    detail: mustAt(fronted, 1).toLowerCase(),
    start: r.start + fronted.index + (/^\s*[“"‘']?\s*/.exec(fronted[0])?.[0].length ?? 0),
    end: subject.end,
  });
}

/** A pattern's match in `text`, with the offset `at` the text starts from; null without a match. */
function phraseAt(pattern: RegExp, text: string, at: number): { phrase: string; at: number } | null {
  const m = pattern.exec(text);
  return m ? { phrase: m[0], at } : null;
}

/**
 * The narration saying, right after a quotation, that its speaker was wrong: "“Edward Crane is
 * dead,” said the boy. But the boy was wrong", "the report proved false", "it was not true". The
 * denial closes its clause: "was wrong about the hour" denies something else.
 */
const SPEAKER_DENIED =
  /\b(?:(?:was|were)\s+(?:quite\s+|entirely\s+|all\s+|much\s+)?(?:wrong|mistaken|misinformed)|(?:report|rumou?r|news|story|tidings)\s+(?:was|proved|turned\s+out)\s+(?:to\s+be\s+)?(?:false|untrue|groundless|unfounded)|(?:it|this|that)\s+was\s+not\s+(?:true|so))(?=\s*[.;:,!—]|\s+(?:and|but|for)\b)/i;

/** Whether the sentence is in a quotation the narration after it, in its paragraph, says is wrong. */
function quotationDenied(r: SentenceReader): boolean {
  const quotation = r.file.voiceAt(r.start);
  if (quotation === null) return false;
  const text = r.file.text;
  const paragraphEnd = text.indexOf('\n', quotation.end);
  const rest = text.slice(quotation.end, paragraphEnd < 0 ? text.length : paragraphEnd).slice(0, 240);
  const nextQuotation = rest.search(/[“"]/);
  return SPEAKER_DENIED.test(nextQuotation < 0 ? rest : rest.slice(0, nextQuotation));
}

export function status(r: SentenceReader, addFact: Add): void {
  // A death a speaker tells that the narration at once says is wrong is none.
  const add: Add = quotationDenied(r)
    ? (draft) => {
        if (draft.value !== 'dead') addFact(draft);
      }
    : addFact;
  frontedDeath(r, add);
  // "he died": a death told of a subject pronoun; its other facts need a name.
  for (const { match, at } of r.matches(SUBJECT_PRONOUN)) pronounDeath(r, at, at + match[0].length, add);
  // A teller's "my father" or "my wife" dies as a name does ("my poor father met his end"); only its death is read.
  const tellersKin = tellerKin(r.file, r.span.start, r.span.end);
  for (const anchor of [...r.anchors, ...tellersKin]) {
    if (anchor.type !== 'character') continue;
    if (!anchor.named) {
      const word = r.file.text.slice(anchor.start, anchor.end);
      if (anchor.confidence >= PRONOUN_DEATH_CONFIDENCE && /^(?:him|her)$/i.test(word))
        pronounBurial(r, anchor, add);
      spouseHeld(r, anchor, add);
      continue;
    }
    const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 140));
    const before = r.file.text.slice(Math.max(r.start, anchor.start - 40), anchor.start);
    const lead = r.file.text.slice(r.start, anchor.start);
    // "had Tashtego perished" (a condition), "this Leviathan was slain" (any one of a kind); before
    // "my father" a "that" is a conjunction ("It was in January that my poor father met his end").
    const kindOrCondition = tellersKin.includes(anchor)
      ? /\b(?:had|were|should)\s+$/i
      : /\b(?:had|were|should|this|that|a|an|every|each|any|some|no)\s+$/i;
    if (kindOrCondition.test(lead.slice(-10))) continue;
    const recent = lead.replace(FRONTED_TIME_CLAUSE, '').slice(-40);
    const clause = recent.slice(recent.search(/[^,;:]*$/));
    const unreal = (phrase: string) =>
      UNREAL_WORDS.test(phrase) || UNREAL_MOOD_WORDS.test(recent) || NOT_YET_WORDS.test(clause);
    const verb = anchor.possessive
      ? null
      : (DEATH_VERB.exec(after) ??
        DEATH_PASSIVE.exec(after) ??
        BURIED_AT_PLACE.exec(after) ??
        RESTS_AMONG_DEAD.exec(after) ??
        LOST_AT_SEA.exec(after) ??
        (OWNED_APPOSITION_BEFORE.test(before) ? DEATH_AFTER_APPOSITION.exec(after) : null) ??
        (firstOfClause(r, anchor) ? chainDeath(after) : null));
    if (verb && !unreal(deathPhrase(verb[0]))) add(death(anchor, verb));
    for (const pair of verb || anchor.possessive ? [] : pairDeath(r, anchor))
      if (!unreal(deathPhrase(r.file.text.slice(pair.start, pair.end)))) add(pair);
    // "had been so killed Starbuck well knew": a passive killing is not this name's.
    const passive = /\b(?:been|was|were|be|being|is|are)\s+(?:[a-z]+\s+)?[a-z]+\s+$/i.test(before);
    const killed =
      anchor.possessive || passive
        ? null
        : (KILLED_BEFORE.exec(before) ??
          (VOYAGE_AFTER.test(after) ? null : TAKEN_BY_BEFORE.exec(before)) ??
          (DEAD_AFTER.test(after) ? STRUCK_BEFORE.exec(before) : null));
    if (killed && !unreal(killed[0])) {
      const dead = DEAD_AFTER.exec(after);
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: killed[0].trim().toLowerCase(),
        start: anchor.start - killed[0].length,
        end: anchor.end + (dead?.[0].length ?? 0),
      });
    }
    // A death told by a phrase right before or after the name (none for a possessive: "the death
    // of Darcy's father" is not Darcy's); what follows the name's appositions is said of it too
    // ("Mary Benson, our landlady, whom we had followed to her grave").
    const appositionEnds = anchor.possessive ? [] : r.appositionEnds(anchor);
    for (const { pattern, side, detail } of anchor.possessive ? [] : DEATH_AROUND_NAME) {
      const found =
        side === 'before'
          ? phraseAt(pattern, before, anchor.start)
          : [anchor.end, ...appositionEnds]
              .map((from) =>
                phraseAt(pattern, r.file.text.slice(from, Math.min(r.span.end, from + 140)), from),
              )
              .find((p) => p !== null);
      if (!found || unreal(found.phrase)) continue;
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail,
        start: side === 'before' ? anchor.start - found.phrase.length : anchor.start,
        end: side === 'before' ? anchor.end : found.at + found.phrase.length,
      });
    }
    // "With Vorn dead,": the name between "with" and "dead".
    const withDead = anchor.possessive || !WITH_BEFORE.test(before) ? null : WITH_DEAD_AFTER.exec(after);
    if (withDead && !unreal(withDead[0]))
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: 'dead',
        start: anchor.start - (WITH_BEFORE.exec(before)?.[0].length ?? 0),
        end: anchor.end + withDead[0].length,
      });
    // "cut off Mary's head".
    const cutOff =
      anchor.possessive && /^['’]s\s+head\b/i.test(r.file.text.slice(anchor.end, anchor.end + 10))
        ? HEAD_OFF_BEFORE.exec(before)
        : null;
    if (cutOff && !unreal(cutOff[0]) && !passive)
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: 'beheaded',
        start: anchor.start - cutOff[0].length,
        end: anchor.end + (/^['’]s\s+head/i.exec(r.file.text.slice(anchor.end))?.[0].length ?? 0),
      });
    // "Mary, over whom the grave had closed", "Over Mary the grave had closed".
    const closed = anchor.possessive ? null : CLOSED_OVER_AFTER.exec(after);
    const relative = closed !== null && /^\s*,/.test(closed[0]);
    if (closed && (relative || CLOSED_OVER_FRONTED.test(lead)) && !unreal(closed[0]))
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: 'grave',
        start: relative ? anchor.start : anchor.start - (/\S+\s+$/.exec(lead)?.[0].length ?? 0),
        end: anchor.end + closed[0].length,
      });
    const own = anchor.possessive
      ? DEATH_POSSESSIVE_AFTER.exec(r.file.text.slice(anchor.end, anchor.end + 40))
      : null;
    if (own && !unreal(own[0]))
      add({
        anchor,
        kind: 'status',
        value: 'dead',
        detail: 'body',
        start: anchor.start,
        end: anchor.end + own[0].length,
      });
    if (anchor.possessive || tellersKin.includes(anchor)) continue;
    spouseHeld(r, anchor, add);
    const single = UNREAL_MOOD_WORDS.test(recent) ? null : LIFELONG_SINGLE.exec(after);
    if (single)
      add({
        anchor,
        kind: 'status',
        value: 'unmarried',
        detail: single[1]?.toLowerCase() ?? 'never married',
        start: anchor.start,
        end: anchor.end + single[0].length,
      });
    const married = MARRIED.exec(after);
    if (married && !unreal(married[0])) {
      add({
        anchor,
        kind: 'status',
        value: 'married',
        start: anchor.start,
        end: anchor.end + married[0].length,
        change: true,
      });
      partnerRelation(r, anchor, anchor.end + married[0].length, 'spouse', add);
    }
    const widowed = WIDOWED.exec(after);
    if (widowed) {
      add({
        anchor,
        kind: 'status',
        value: 'widowed',
        detail: mustAt(widowed, 1).toLowerCase(),
        start: anchor.start,
        end: anchor.end + widowed[0].length,
        change: true,
      });
    }
    const engaged = ENGAGED.exec(after);
    if (engaged && !unreal(engaged[0]) && !promisedToNoOne(r, anchor.end + engaged[0].length, engaged[0])) {
      const to = r.file
        .anchorsIn(anchor.end + engaged[0].length, anchor.end + engaged[0].length + 40)
        .find((a) => a.named && a.type === 'character');
      add({
        anchor,
        kind: 'status',
        value: 'engaged',
        objectKey: to?.key ?? null,
        start: anchor.start,
        end: to?.end ?? anchor.end + engaged[0].length,
        change: true,
      });
      partnerRelation(r, anchor, anchor.end + engaged[0].length, 'engaged', add);
    }
  }
}

/** "union with", "speedy marriage to my": the words between an owner's possessive and the partner's name. */
const UNION_BEFORE =
  /(?<![\p{L}'’])((?:(?!(?:my|his|her)\s)\p{Ll}+\s+)?(?:union|marriage)\s+(?:with|to)\s+(?:my\s+|his\s+|her\s+)?)$/iu;

/** A union still to come: "should take place", "my immediate marriage", "the day fixed for". */
const UNION_TO_COME =
  /\b(?:should|would|shall|will|was\s+to|were\s+to|is\s+to|take\s+place|approaching|immediate|speedy|intended|projected|future|fixed|delay(?:ed)?|defer(?:red)?)\b/i;

/** How sure a first-person narrator's "my" is the narrator the story analysis found. */
const NARRATOR_CONFIDENCE = 0.9;

/**
 * "my union with Elizabeth should take place", "his marriage to Mary Benson": the possessor (a
 * name's "'s", "his" or "her", or a first-person narrator's "my" in the narration) and the one
 * named are engaged when the clause puts the union to come, else married.
 */
export function unions(r: SentenceReader, add: Add): void {
  for (const partner of r.anchors) {
    if (!partner.named || partner.possessive || partner.type !== 'character') continue;
    const union = UNION_BEFORE.exec(r.file.text.slice(Math.max(r.start, partner.start - 50), partner.start));
    if (!union) continue;
    const at = partner.start - mustAt(union, 1).length;
    const my = /\bmy\s+$/i.exec(r.file.text.slice(Math.max(r.start, at - 4), at));
    const narrator = my ? r.file.narratorAt(at) : null;
    const owner: Anchor | null =
      my && narrator !== null
        ? {
            start: at - my[0].length,
            // The anchor spans "my union with": the fact is a relation, not what "my" alone may give.
            end: at,
            key: narrator,
            type: 'character',
            named: false,
            possessive: true,
            confidence: NARRATOR_CONFIDENCE,
          }
        : my
          ? null
          : r.possessor(at);
    if (owner === null || owner.key === partner.key) continue;
    add({
      anchor: owner,
      kind: 'relation',
      value: UNION_TO_COME.test(r.clause(partner.start)) ? 'engaged' : 'spouse',
      detail: 'union',
      objectKey: partner.key,
      start: owner.start,
      end: partner.end,
    });
  }
}

/** How sure the resolver must be of a pronoun for a death told of it ("he died"). */
const PRONOUN_DEATH_CONFIDENCE = 0.7;

/** One predicate of a chain: a verb and its words, up to the next comma or "and" the chain reads. */
const PREDICATE = '(?!(?:who|which|that|and|or|but)\\b)[a-z][^,;:.!?"“”()]{1,60}?';

/**
 * The death a chain of the subject's own predicates ends in, after "and": "died", "perished",
 * "drowned", "was drowned (killed, lost)", the passive's "killed on the spot" (or "outright",
 * "instantly": with no object it is the subject's death), "breathed his last", "gave up the ghost". Nothing may stand
 * between "and" and the verb but "then", "soon", "so", "at last": "and was nearly drowned" is no death.
 */
const CHAIN_DEATH =
  '(?:(?:then|soon|so|at\\s+last|at\\s+length)\\s+)?(died|perished|expired|drowned|(?:was|were)\\s+(?:drowned|killed|lost)|killed\\s+(?:on\\s+the\\s+spot|outright|instantly)|breathed\\s+(?:his|her|its)\\s+last|gave\\s+up\\s+the\\s+ghost)\\b';

/**
 * A death the subject's own predicates lead to, however the author joins them: "the carpenter was
 * taken with a fever, and died", "sank within a yard of the bank and drowned", "fell from the
 * rigging, struck the rail, and was drowned", after an aside ("Thomas, the miller, fell ill and
 * died"), or in the subject's relative clause ("Mary, who caught the fever and died, was buried";
 * "the Mouse, who had spent its strength in quarrelling, and who sank ... and drowned").
 */
const AND_DIED = new RegExp(
  `^(?:\\s*,\\s*who\\s+${PREDICATE}(?:,\\s*and\\s+who\\s+${PREDICATE})?|(?:\\s*,[^,;:]{1,80},)?\\s+${PREDICATE}(?:,\\s+${PREDICATE})?),?\\s+and\\s+${CHAIN_DEATH}`,
  'i',
);

/**
 * Words that open another subject's clause inside a chain ("watched as Mary sank and drowned",
 * "wept, and she died"): the death is not the anchor's.
 */
const OTHER_SUBJECT =
  /\b(?:as|while|whilst|when|after|before|until|till|because|though|although|if|unless|where|since|that|he|she|they|we|I|you)\b/i;

/** The death a chain of the anchor's own predicates ends in (AND_DIED), when no other subject opens in it. */
function chainDeath(after: string): RegExpExecArray | null {
  const m = AND_DIED.exec(after);
  return m && !OTHER_SUBJECT.test(m[0].replace(/^\s*,\s*who\b|,\s*and\s+who\b/gi, '')) ? m : null;
}

/** No character is named before `anchor` in its clause: the anchor is the clause's subject, not an object. */
function firstOfClause(r: SentenceReader, anchor: Anchor): boolean {
  return !r.anchors.some(
    (a) =>
      a.type === 'character' &&
      a.start < anchor.start &&
      !/[,;:]/.test(r.file.text.slice(a.end, anchor.start)),
  );
}

const SUBJECT_PRONOUN = /\b(?:he|she)\b/gi;

/**
 * "He died that night", "she was drowned", "he sickened and died": a death verb (or a chain of
 * predicates ending in one) right after the subject pronoun at [start, end), in narration. The dead is
 * the one the text points to ("the former", a teller's parent: `pronounAntecedent`), else the one
 * the resolver is sure of.
 */
function pronounDeath(r: SentenceReader, start: number, end: number, add: Add): void {
  const voice = r.file.voiceAt(start);
  // Dialogue is left out; an account tells its story as narration does, its pronoun read only
  // where the account names whom it stands for beyond doubt (`accountSubject`).
  const told =
    voice === null
      ? undefined
      : voice.voice === 'account'
        ? (accountSubject(r.file, start, end) ?? namedJustBefore(r.file, start, end))
        : null;
  if (told === null) return;
  const lead = r.file.text.slice(r.start, start);
  if (UNREAL_MOOD_WORDS.test(lead.slice(-40)) || NOT_YET_WORDS.test(lead.slice(-40).replace(/^.*[,;:]/, '')))
    return;
  const after = r.file.text.slice(end, Math.min(r.span.end, end + 140));
  const verb =
    DEATH_VERB.exec(after) ?? DEATH_PASSIVE.exec(after) ?? LOST_AT_SEA.exec(after) ?? chainDeath(after);
  if (!verb || UNREAL_WORDS.test(deathPhrase(verb[0]))) return;
  const resolved = r.anchors.find(
    (a) => a.start === start && a.type === 'character' && a.confidence >= PRONOUN_DEATH_CONFIDENCE,
  );
  const key = told ?? pronounAntecedent(r.file, start, end) ?? resolved?.key;
  if (key === undefined) return;
  const confidence =
    told === undefined ? (resolved?.confidence ?? PRONOUN_DEATH_CONFIDENCE) : ACCOUNT_CONFIDENCE;
  add(death({ start, end, key, type: 'character', named: false, possessive: false, confidence }, verb));
}

/** How sure a pronoun's death in an account is when the account names its subject beyond doubt. */
const ACCOUNT_CONFIDENCE = 0.8;

/**
 * Someone an account speaks of without a name, whom a later "he" or "she" may stand for: "the
 * child", "a stranger's boy", "my sister", "this old man". Not a possessive's ("his man", "her
 * sister"), who is seldom the one the story follows.
 */
const UNNAMED_PERSON = new RegExp(
  `\\b(?:the|a|an|this|that|my|our|your)\\s+(?:[a-z]+\\s+)?(?:${[...PERSON_NOUNS].join('|')}|stranger|${KIN})\\b`,
  'i',
);

/** Before a name: a preposition or a verb it is the object or complement of ("he is M. Hale", "saw Hale"). */
const NOT_SUBJECT_BEFORE =
  /\b(?:of|to|for|with|by|from|at|on|upon|in|into|about|after|towards?|than|like|is|was|were|are|be|been|saw|met|told|called|asked|married|loved)\s+$/i;

/** A paragraph that opens a quotation inside the account ("'Let me go,' he cried"): its names are another's words. */
const NESTED_QUOTATION = /^\s*["“]?\s*['‘]/;

/**
 * Whom a subject "he" or "she" at [start, end) inside a long account stands for, when the account
 * names it beyond doubt: the one person of the pronoun's sex the pronoun's paragraph names before
 * it (or, when it names none, the account's paragraph before), as the subject of a clause outside
 * any quotation within the account, with no name of another of that sex or of unknown sex, and no
 * one unnamed ("the child", "my sister") between that name and the pronoun. An account told by a
 * stranger follows one person, as the narration does, but the resolver reads each of its
 * paragraphs apart; where it may be the child or the sister, null.
 */
function accountSubject(file: FileText, start: number, end: number): string | null {
  const voice = file.voiceAt(start);
  if (voice === null) return null;
  const sex = /^he$/i.test(file.text.slice(start, end)) ? 'male' : 'female';
  const parts = file.voices.filter((v) => v.utterance === voice.utterance && v.start <= voice.start);
  for (const part of [{ start: voice.start, end: start }, parts.at(-2)]) {
    if (part === undefined) return null;
    const paragraph = file.text.slice(part.start, part.end);
    const named = file
      .anchorsIn(part.start, part.end)
      .filter((a) => a.named && a.type === 'character' && file.genders.get(a.key) !== oppositeOf(sex));
    if (named.length === 0) continue;
    const keys = new Set(named.map((a) => a.key));
    const last = mustAt(named, named.length - 1);
    if (keys.size !== 1 || file.genders.get(last.key) !== sex || NESTED_QUOTATION.test(paragraph))
      return null;
    const subject = named.some(
      (a) =>
        !a.possessive &&
        !NOT_SUBJECT_BEFORE.test(file.text.slice(Math.max(part.start, a.start - 12), a.start)),
    );
    return subject && !UNNAMED_PERSON.test(file.text.slice(last.end, start)) ? last.key : null;
  }
  return null;
}

const oppositeOf = (sex: 'male' | 'female'): 'male' | 'female' => (sex === 'male' ? 'female' : 'male');

/**
 * Whom a "he" or "she" opening a sentence of an account stands for when the account names several
 * of that sex (`accountSubject` gives none): the one person the sentence just before names who is
 * not of the other sex, when that person is of the pronoun's sex and no one unnamed comes between
 * ("Perpetual fretting at length threw Madame Moritz into a decline, ... but she is now at peace for
 * ever. She died on the first approach of cold weather"). A teller goes on with whom they have just
 * named.
 */
function namedJustBefore(file: FileText, start: number, end: number): string | null {
  const sentence = file.sentenceAt(start);
  if (!/^[\s"“‘']*$/.test(file.text.slice(sentence.start, start))) return null;
  let last = sentence.start - 1;
  while (last > 0 && /\s/.test(file.text.charAt(last))) last--;
  const previous = file.sentenceAt(last);
  const voice = file.voiceAt(start);
  if (voice === null || file.voiceAt(previous.start)?.utterance !== voice.utterance) return null;
  const sex = /^he$/i.test(file.text.slice(start, end)) ? 'male' : 'female';
  const named = file
    .anchorsIn(previous.start, previous.end)
    .filter((a) => a.named && a.type === 'character' && file.genders.get(a.key) !== oppositeOf(sex));
  const only = named[0];
  if (only === undefined || named.some((a) => a.key !== only.key) || file.genders.get(only.key) !== sex)
    return null;
  const lastNamed = mustAt(named, named.length - 1);
  return UNNAMED_PERSON.test(file.text.slice(lastNamed.end, start)) ? null : only.key;
}

/**
 * "They buried him beside his wife", "we laid her in the churchyard", "they committed him to the
 * deep": the buried one, in narration.
 */
const BURIED_BEFORE = /\b(?:buried|interred|laid|committed|consigned)\s+$/i;
const BURIED_AFTER =
  /^\s+(?:(?:beside|near|by|next\s+to|with|in|at|under)\s+(?:(?:the|his|her|their|a)\s+)?(?:[a-z]+\s+)?(?:churchyard|graveyard|cemetery|tomb|vault|grave|father|mother|husband|wife|parents|forefathers|fathers|kin|people)|to\s+the\s+(?:deep|sea|waves))\b/i;

/**
 * "We buried her on a grey morning under the yew", "they buried him that night": the burial of one
 * we or they buried, with a time, a place or the sentence's end after the pronoun, where
 * BURIED_AFTER names no place of the dead. Not "buried her letters" (her things), nor "buried her
 * in books" (a figure).
 */
const BURIED_BY_US_BEFORE = /\b(?:we|they|I)\s+(?:had\s+)?buried\s+$/i;
const BURIED_OBJECT_ENDS =
  /^(?=\s*(?:[,.;!?]|(?:on|at|in|under|beneath|beside|by|near|among|that|this|the\s+next|early|late|quietly|there)\b))(?!\s+in\s+(?:books|work|thought|papers|sand|business)\b)/i;

/** "We followed him to the grave", "they carried her to her grave": a funeral the dead is taken to. */
const FOLLOWED_BEFORE = /\b(?:followed|carried|bore)\s+$/i;
const TO_GRAVE_AFTER = /^\s+to\s+(?:the|his|her|their)\s+(?:[a-z]+\s+)?grave\b(?!\s+of\b)/i;

function pronounBurial(r: SentenceReader, anchor: Anchor, add: Add): void {
  if (r.file.voiceAt(anchor.start) !== null) return;
  const before = r.file.text.slice(Math.max(r.start, anchor.start - 20), anchor.start);
  const after = r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 80));
  const buried = BURIED_BEFORE.exec(before);
  const followed = buried ? null : FOLLOWED_BEFORE.exec(before);
  const verb = buried ?? followed;
  const place = buried
    ? (BURIED_AFTER.exec(after) ?? (BURIED_BY_US_BEFORE.test(before) ? BURIED_OBJECT_ENDS.exec(after) : null))
    : followed
      ? TO_GRAVE_AFTER.exec(after)
      : null;
  if (!verb || !place) return;
  // "Krempe died of a fever, and I followed him to the grave": the buried one is the one the
  // sentence has die (read there), whomever the resolver gives the pronoun to.
  const toldDeath = r.anchors.some(
    (a) =>
      a.named &&
      a.type === 'character' &&
      a.end <= anchor.start &&
      DEATH_VERB.test(r.file.text.slice(a.end, Math.min(r.span.end, a.end + 140))),
  );
  if (toldDeath) return;
  const lead = r.file.text.slice(r.start, anchor.start);
  if (UNREAL_MOOD_WORDS.test(lead.slice(-40)) || NOT_YET_WORDS.test(lead.slice(-40))) return;
  add({
    anchor,
    kind: 'status',
    value: 'dead',
    detail: 'buried',
    start: anchor.start - verb[0].length,
    end: anchor.end + place[0].length,
  });
}

/**
 * "Thomas Hale's wife, Mary Benson, died of the fever", "My husband, Henry Penrose, died in
 * January", "his uncle, Jonas Tolley, had died": a name set off after a noun that a possessive (a
 * name's "'s" or "my", "his", "her", "our", "their", "your") owns (OWNED_APPOSITION_BEFORE) is the
 * subject, and the verb after its closing comma is its own.
 */
const OWNED_APPOSITION_BEFORE =
  /(?:['’]s|\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our))\s+(?:[a-z]+\s+)?[a-z]+\s*,\s*$/;
const DEATH_AFTER_APPOSITION = /^\s*,\s+(?:(?:had|has)\s+)?(died|perished|expired|drowned)\b/i;

/** A pair's "and" between two names ("Thomas Hale and Mary Benson"). */
const PAIR_AND = /^\s+and\s+$/i;

/**
 * "Thomas Hale and Mary Benson both died of the fever", "Edward Crane and Ann Lacey were drowned
 * together": a death after a pair of names that opens its clause is both names' (the second's is
 * read after its own name already, but for a plural passive, "were drowned", read only here). Not a
 * pair after a preposition ("the children of Hale and Mary were drowned"), nor a death in the
 * second name's own aside or relative clause ("Hale and Mary Benson, who died young,").
 */
function pairDeath(r: SentenceReader, anchor: Anchor): FactDraft[] {
  if (!firstOfClause(r, anchor) || afterPreposition(r, anchor)) return [];
  const partner = r.anchors.find((a) => a.start >= anchor.end && a.type === 'character');
  if (!partner?.named || partner.possessive) return [];
  if (!PAIR_AND.test(r.file.text.slice(anchor.end, partner.start))) return [];
  const after = r.file.text.slice(partner.end, Math.min(r.span.end, partner.end + 140));
  if (/^\s*,/.test(after)) return [];
  const plural = PAIR_DEATH_PASSIVE.exec(after);
  const verb = plural ?? DEATH_VERB.exec(after) ?? DEATH_PASSIVE.exec(after);
  if (verb === null) return [];
  const first = { ...death(anchor, verb), end: partner.end + verb[0].length };
  return plural ? [first, death(partner, plural)] : [first];
}

/** The character at `anchor` is dead, by the death verb matched right after it ("died", "was killed"). */
function death(anchor: Anchor, verb: RegExpExecArray): FactDraft {
  return {
    anchor,
    kind: 'status',
    value: 'dead',
    detail: mustAt(verb, 1).toLowerCase(),
    start: anchor.start,
    end: anchor.end + verb[0].length,
  };
}

/**
 * "Mary married Thomas Hale", "was engaged to Thomas Hale": the partner named right after the verb
 * is the entity's spouse or betrothed, a relation that another cannot share ("her brother").
 */
function partnerRelation(
  r: SentenceReader,
  anchor: Anchor,
  at: number,
  role: 'spouse' | 'engaged',
  add: Add,
): void {
  const partner = r.file
    .anchorsIn(at, at + 40)
    .find((a) => a.named && !a.possessive && a.type === 'character');
  if (
    !partner ||
    partner.key === anchor.key ||
    !/^\s+(?:to\s+)?$/i.test(r.file.text.slice(at, partner.start))
  )
    return;
  add({
    anchor,
    kind: 'relation',
    value: role,
    detail: role === 'spouse' ? 'married' : 'engaged',
    objectKey: partner.key,
    start: anchor.start,
    end: partner.end,
    weight: 0.9,
  });
}
