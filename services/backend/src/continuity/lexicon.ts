/**
 * The words the fact extractor looks for: colours, heights and builds, limbs, occupations, kinds of
 * death, markers of change and of memory, and English number words. Hand-written: these are short,
 * closed lists tied to the patterns in facts/, and no maintained package has them for fiction.
 */

/** The seasons and months: a time of the year, never a place ("born in May", "that spring"). */
export const TIMES_OF_YEAR = [
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Eye colours, each in a group; colours of one group are compatible ("dark" and "brown"). */
export const EYE_COLOURS: Record<string, string> = {
  blue: 'blue',
  azure: 'blue',
  grey: 'grey',
  gray: 'grey',
  green: 'green',
  brown: 'dark',
  hazel: 'dark',
  amber: 'dark',
  black: 'dark',
  ebony: 'dark',
  dark: 'dark',
  pink: 'pink',
  violet: 'violet',
};

/** Hair colours by group; grey and white are what hair becomes with age, never a contradiction. */
export const HAIR_COLOURS: Record<string, string> = {
  fair: 'fair',
  blonde: 'fair',
  blond: 'fair',
  golden: 'fair',
  gold: 'fair',
  yellow: 'fair',
  flaxen: 'fair',
  light: 'fair',
  sandy: 'sandy',
  red: 'red',
  auburn: 'red',
  ginger: 'red',
  orange: 'red',
  fiery: 'red',
  copper: 'red',
  carroty: 'red',
  titian: 'red',
  chestnut: 'brown',
  brown: 'brown',
  dark: 'dark',
  black: 'dark',
  raven: 'dark',
  jet: 'dark',
  ebony: 'dark',
  grey: 'grey',
  gray: 'grey',
  white: 'grey',
  silver: 'grey',
  silvery: 'grey',
  snowy: 'grey',
  grizzled: 'grey',
  hoary: 'grey',
};

/**
 * Things a colour is named by ("eyes the colour of slate", "flax-coloured hair"), each with the
 * colour word it stands for, looked up in EYE_COLOURS or HAIR_COLOURS as the noun requires.
 */
export const COLOUR_LIKENESSES: Record<string, string> = {
  slate: 'grey',
  ash: 'grey',
  steel: 'grey',
  lead: 'grey',
  pewter: 'grey',
  smoke: 'grey',
  silver: 'silver',
  snow: 'white',
  coal: 'black',
  soot: 'black',
  ink: 'black',
  pitch: 'black',
  jet: 'black',
  ebony: 'black',
  night: 'black',
  sloe: 'black',
  flax: 'fair',
  straw: 'fair',
  tow: 'fair',
  corn: 'fair',
  wheat: 'fair',
  honey: 'golden',
  gold: 'golden',
  sand: 'sandy',
  copper: 'copper',
  fire: 'red',
  flame: 'red',
  carrot: 'red',
  rust: 'red',
  chestnut: 'chestnut',
  mahogany: 'brown',
  chocolate: 'brown',
  coffee: 'brown',
  tea: 'brown',
  nut: 'brown',
  sky: 'blue',
  // "eyes the colour of the sea": blue, as a reader takes it (grey, near it, is weighed lower)
  sea: 'blue',
  ocean: 'blue',
  cornflower: 'blue',
  sapphire: 'blue',
  'forget-me-not': 'blue',
  violet: 'violet',
  emerald: 'green',
  grass: 'green',
  moss: 'green',
  amber: 'amber',
  hazel: 'hazel',
};

/** Pairs of colour groups that can describe the same hair or eyes (light, shade, age). */
export const COMPATIBLE_COLOURS = new Set(['brown|dark', 'fair|sandy', 'red|sandy']);
/**
 * Pairs of eye colours the light can make look alike ("grey eyes", then "eyes of a watery blue"):
 * a disagreement all the same, weighed lower; a colour between the two ("blue-grey") is neither.
 */
export const NEAR_COLOURS = new Set(['blue|grey']);

export const HAIR_WORDS = new Set(['hair', 'curls', 'locks', 'ringlets', 'tresses']);

/**
 * The shape of the hair by group ("her straight black hair", "her curls"): read as hair facts of
 * their own part, beside the colour. "Wavy" sits between the two and is left out.
 */
export const HAIR_SHAPES: Record<string, 'curly' | 'straight'> = {
  curly: 'curly',
  curls: 'curly',
  ringlets: 'curly',
  frizzled: 'curly',
  straight: 'straight',
  lank: 'straight',
};
const SHAPE_VALUES: ReadonlySet<string> = new Set(Object.values(HAIR_SHAPES));
/** The skin's shade by group: "a swarthy complexion" and "dark skin" are one; pallor that comes and goes ("pale") is left out. */
export const COMPLEXIONS: Record<string, 'dark' | 'fair'> = {
  dark: 'dark',
  swarthy: 'dark',
  olive: 'dark',
  dusky: 'dark',
  tawny: 'dark',
  fair: 'fair',
  white: 'fair',
  milky: 'fair',
};

/** Beauty and plainness by group, said of a person ("a plain girl", "a handsome man"). */
export const BEAUTY_WORDS: Record<string, 'beautiful' | 'plain'> = {
  beautiful: 'beautiful',
  beauty: 'beautiful',
  lovely: 'beautiful',
  handsome: 'beautiful',
  pretty: 'beautiful',
  plain: 'plain',
  ugly: 'plain',
  homely: 'plain',
};

export const isHairShape = (value: string): boolean => SHAPE_VALUES.has(value);

/**
 * The hand someone favours, read as a figure word is ("was left-handed", ", a right-handed man,",
 * "Left-handed as she was,"): only after a person, so "a right-handed blow" and "a left-handed
 * compliment" are no one's, and a hand used ("wrote with his left hand") is no handedness.
 */
export const HANDEDNESS_WORDS: Record<string, 'left' | 'right'> = {
  'left-handed': 'left',
  'right-handed': 'right',
};

/** Height and build words by group; groups of one kind exclude each other. */
export const HEIGHT_WORDS: Record<string, 'tall' | 'short'> = {
  tall: 'tall',
  lofty: 'tall',
  towering: 'tall',
  short: 'short',
  small: 'short',
  diminutive: 'short',
  tiny: 'short',
  dwarfish: 'short',
  squat: 'short',
  undersized: 'short',
  stunted: 'short',
  petite: 'short',
};
export const BUILD_WORDS: Record<string, 'stout' | 'thin'> = {
  stout: 'stout',
  fat: 'stout',
  portly: 'stout',
  plump: 'stout',
  corpulent: 'stout',
  burly: 'stout',
  squat: 'stout',
  stocky: 'stout',
  thickset: 'stout',
  'thick-set': 'stout',
  thin: 'thin',
  lean: 'thin',
  slender: 'thin',
  slight: 'thin',
  gaunt: 'thin',
  spare: 'thin',
  skinny: 'thin',
  slim: 'thin',
  meagre: 'thin',
  lanky: 'thin',
  scrawny: 'thin',
  bony: 'thin',
  emaciated: 'thin',
  wiry: 'thin',
  spindly: 'thin',
  rotund: 'stout',
  obese: 'stout',
  chubby: 'stout',
  dumpy: 'stout',
  paunchy: 'stout',
  bulky: 'stout',
  heavyset: 'stout',
  'heavy-set': 'stout',
};
/**
 * Heights a person is "of": "a man of great height", "a woman of small stature"; a middle height
 * ("of middle height", "of medium stature") is neither tall nor short.
 */
export const STATURE_WORDS: Record<string, 'tall' | 'short' | 'middle'> = {
  great: 'tall',
  unusual: 'tall',
  commanding: 'tall',
  lofty: 'tall',
  small: 'short',
  low: 'short',
  short: 'short',
  diminutive: 'short',
  middle: 'middle',
  medium: 'middle',
  middling: 'middle',
  moderate: 'middle',
  average: 'middle',
};
/**
 * Builds a person is "of" beside the build words ("a man of slender figure"): "a man of powerful
 * frame", "a woman of ample figure", "a girl of delicate build".
 */
export const FRAME_WORDS: Record<string, 'stout' | 'thin'> = {
  heavy: 'stout',
  powerful: 'stout',
  massive: 'stout',
  ample: 'stout',
  robust: 'stout',
  delicate: 'thin',
  light: 'thin',
  fragile: 'thin',
};
/**
 * A thing a person is said to be "a ... of": "a slip of a girl" is slight, "a giant of a man" tall.
 * Only before "of a" and a person noun ("a slip of paper" is none).
 */
export const FIGURE_LIKENESSES: Record<string, { kind: 'height' | 'build'; value: string }> = {
  slip: { kind: 'build', value: 'thin' },
  wisp: { kind: 'build', value: 'thin' },
  rake: { kind: 'build', value: 'thin' },
  giant: { kind: 'height', value: 'tall' },
  shrimp: { kind: 'height', value: 'short' },
};
/** How a person is built: "strongly built" is stout, "slightly built" thin. */
export const BUILT_ADVERBS: Record<string, 'stout' | 'thin'> = {
  strongly: 'stout',
  powerfully: 'stout',
  heavily: 'stout',
  stoutly: 'stout',
  solidly: 'stout',
  massively: 'stout',
  stockily: 'stout',
  slightly: 'thin',
  slenderly: 'thin',
  slimly: 'thin',
  delicately: 'thin',
  lightly: 'thin',
  sparely: 'thin',
};
/** "little" is a height only before a grown person's noun ("a little squat man", not "a little girl"). */
export const ADULT_NOUNS = new Set(['man', 'woman', 'fellow', 'gentleman', 'lady', 'person', 'figure']);
/** Nouns an appositive or a predicate uses for a person: "a tall, gaunt man", "a girl of fifteen". */
export const PERSON_NOUNS = new Set([
  ...ADULT_NOUNS,
  'girl',
  'boy',
  'lad',
  'lass',
  'child',
  'youth',
  'maiden',
  'creature',
  'being',
  'sort',
  'fellow',
  'soul',
  'infant',
  'baby',
  'professor',
]);
/** Nouns for the body as a whole: "his person was short", "her figure". */
export const BODY_NOUNS = new Set(['person', 'figure', 'frame', 'form', 'stature', 'build']);

/** Body parts that are lost, wounded or scarred on one side; the value is the part compared. */
export const BODY_PARTS: Record<string, string> = {
  arm: 'arm',
  arms: 'arm',
  sleeve: 'arm',
  shoulder: 'arm',
  elbow: 'arm',
  hand: 'hand',
  thumb: 'hand',
  wrist: 'hand',
  leg: 'leg',
  knee: 'leg',
  thigh: 'leg',
  foot: 'foot',
  eye: 'eye',
  ear: 'ear',
  cheek: 'face',
  face: 'face',
  temple: 'face',
  brow: 'face',
  side: 'side',
};
/** Words that make a side and a body part an injury, a loss or a scar. */
export const INJURY_WORDS =
  /\b(?:lost|lose|loss|missing|amputated|stump|empty|wooden|ivory|artificial|wound|wounded|injured|injury|maimed|shattered|crippled|bandaged|sling|torn|hacked|severed|broken|fractured|withered|paralysed|paralyzed|lame|limp|limped|limping|crutch|patch|cut off|taken off|bitten off|where the (?:thumb|finger|hand|arm|leg)|scar|scarred|mark|branded|seam|blind)\b/i;
export const SCAR_WORDS = /\b(?:scar|scarred|mark|branded|seam|birthmark)\b/i;

/** Occupations one person can hold at once, or that name the same work. */
export const COMPATIBLE_OCCUPATIONS = new Set([
  'captain|harpooneer',
  'captain|sailor',
  'chief mate|sailor',
  'second mate|sailor',
  'third mate|sailor',
  'harpooneer|sailor',
  'carpenter|sailor',
  'cooper|sailor',
  'cook|sailor',
  'steward|sailor',
  'professor|teacher',
  'physician|professor',
  'apothecary|physician',
  'clergyman|teacher',
  'colonel|soldier',
  'ensign|soldier',
  'lieutenant|soldier',
  'detective|inspector',
  'constable|inspector',
  'housekeeper|maid',
  'cook|maid',
  'butler|steward',
  'innkeeper|farmer',
  // A shop's trade is a tradesman's, and a grocer a merchant.
  'bookseller|tradesman',
  'grocer|tradesman',
  'saddler|tradesman',
  'shoemaker|tradesman',
  'tailor|tradesman',
  'watchmaker|tradesman',
  'grocer|merchant',
  // An officer is what a lieutenant, a colonel or a ship's captain or mate is: "Wickham and
  // another officer", "he had been in the militia" beside "a lieutenant's commission".
  'officer|soldier',
  'ensign|officer',
  'lieutenant|officer',
  'colonel|officer',
  'captain|officer',
  'chief mate|officer',
  'officer|second mate',
  'officer|third mate',
  'officer|sailor',
]);
/** Ranks of one ladder: two different rungs at the same time is a contradiction, not a promotion. */
export const RANKS = new Set(['chief mate', 'second mate', 'third mate', 'ensign', 'lieutenant', 'colonel']);

/** The military and naval ranks a name may carry as its title ("Captain Hale"): one holder has one at a time. */
export const MILITARY_RANKS: ReadonlySet<string> = new Set([
  'Corporal',
  'Sergeant',
  'Lieutenant',
  'Captain',
  'Major',
  'Colonel',
  'General',
  'Commander',
  'Commodore',
  'Admiral',
]);

/**
 * A sentence's opening that sets all of it at an earlier time than the story's present: "In those
 * days", "At that time", "Back then", "Years before", "Long ago", "In former times". What it
 * states (an age) held then, not now.
 */
export const PAST_FRAME =
  /^\W*(?:in\s+those\s+(?:days|years|times)|at\s+that\s+time|back\s+then|in\s+(?:former|earlier|bygone|other)\s+(?:days|years|times)|(?:(?:many|some|a\s+few|\w+)\s+)?years\s+(?:before|earlier|ago)|long\s+(?:before|ago))\b/i;

/** Words that mark a change at this point of the story ("now nineteen", "lately promoted"). */
export const CHANGE_WORDS =
  /\b(?:now|lately|newly|since|became|become|becomes|becoming|grown|grew|turned|made|promoted|appointed|elevated|raised|rose|risen|retired|formerly|former|once|then|had been|no longer|still|by now|at last|at length|ex)\b/i;

/**
 * Memory, dream, ghost, report, a letter written before: a dead character may appear in these
 * without contradiction ("wrote" is not among them: one who writes after dying is what is checked).
 */
export const MEMORY_WORDS =
  /\b(?:remember|remembered|remembering|recollect|recollected|recollection|recalled|recall|memory|memories|dream|dreams|dreamt|dreamed|dreaming|vision|visions|ghost|spirit|phantom|apparition|spectre|image|picture|portrait|miniature|fancied|imagined|imagine|seemed to see|as if|as though|used to|would often|had often|before (?:his|her) death|in life|when alive|while alive|(?:when|while) (?:he|she) was (?:still )?alive|years before|in former|of old|years ago|letter|letters|written|told me|had told|had said)\b/i;

const UNREAL_MOOD =
  'not|never|nearly|almost|would|should|could|might|must|shall|will|if|lest|unless|whether|wish|wished|feared|fear|expected|thought|believed|supposed|reported|rumoured|said to|likely|perhaps|seemed|appeared|as if|as though';
/**
 * "may" as a modal: in lower case, or capitalised where a sentence or a quotation opens ("May God
 * forgive him"); "In May Thomas Hale died", "the 3rd of May" name the month.
 */
const MODAL_MAY = /\bmay\b|(?:^|[.!?]\s+|["“‘]\s*)May\b/;

/** A test of words that say a thing did not happen or is only supposed, "may" read as a modal only. */
function moodTest(words: string): { test(text: string): boolean } {
  const pattern = new RegExp(`\\b(?:${words})\\b`, 'i');
  return { test: (text) => pattern.test(text) || MODAL_MAY.test(text) };
}

/** Words that, near a death verb, say it did not happen or is only supposed. */
export const UNREAL_MOOD_WORDS = moodTest(UNREAL_MOOD);
/**
 * Conjunctions of time that put a death later than the sentence's time ("before he died"), but
 * only for their own clause: "Before the winter was out, Krempe died" says he died.
 */
export const NOT_YET_WORDS = /\b(?:till|until|before)\b/i;
/** Words that, in a death's own phrase, say it did not (or not yet) happen. */
export const UNREAL_WORDS = moodTest(`${UNREAL_MOOD}|till|until|before`);

/** Past-tense verbs that show a character acting (beside every regular "-ed" verb). */
export const ACTION_VERBS = new Set(
  (
    'came went met took gave stood sat rose ran spoke told brought bought sent wrote read found felt kept left ' +
    'held led made saw heard knew thought began fell drew drove rode flew threw caught struck fought won ' +
    'sang swam slept woke awoke wept shook bore tore wore swore sought taught hung got put set let cut hid ' +
    'bade bid said cried asked answered replied called laughed smiled looked walked entered returned arrived ' +
    'embraced kissed greeted welcomed hurried laid paid sold spent lent built dug knelt leapt crept swept strode ' +
    'sprang swung flung'
  ).split(' '),
);
/** "-ed" words that are not actions of the subject ("X, tired..." or "X need"). */
export const NOT_ACTIONS = new Set(
  'red bed need seed indeed feed wed shed bled fled sled sacred naked wicked beloved aged ragged rugged crooked learned blessed cursed wretched'.split(
    ' ',
  ),
);

/** Nouns counted in the ledger's counts: a count of people or things an entity has or is. */
export const COUNT_EXCLUDED = new Set(
  (
    'year years month months week weeks day days hour hours minute minutes second seconds time times ' +
    'pound pounds shilling shillings penny pence guinea guineas dollar dollars franc francs crown crowns ' +
    'mile miles league leagues yard yards foot feet inch inches fathom fathoms degree degrees ' +
    'o clock thing things word words way ways part parts hundred hundreds thousand thousands ' +
    'more others ones kinds sorts'
  ).split(' '),
);
/** Plural nouns for people: a group of them counted twice is one company of people. */
export const PEOPLE_NOUNS = new Set(
  (
    'men women people persons children ladies gentlemen girls boys servants soldiers sailors guests ' +
    'friends strangers gardeners prisoners passengers travellers travelers labourers workmen footmen ' +
    'maids knights guards judges witnesses officers villagers peasants brothers sisters daughters sons ' +
    'courtiers executioners players dancers rowers oarsmen seamen whalemen horsemen ' +
    'boatmen fishermen policemen constables clerks lads youths companions'
  ).split(' '),
);
/** Plural agent nouns, people by their part ("jurors", "harpooneers"; not "doors"). */
export const AGENT_PLURAL = /(?:[^o]ors|eers|ists|ians)$/;

/** Words between a number and its noun, or before the number, that make it a part or an estimate. */
export const COUNT_QUALIFIERS = new Set(
  (
    'other others remaining surviving eldest youngest elder younger older oldest first last next few ' +
    'only both half some about nearly almost or and of than more less fewer least several odd ' +
    // A state that picks out a part of a group: "her four unmarried daughters" are not all of them.
    'unmarried married single widowed living dead lost missing absent sick wounded'
  ).split(' '),
);

/** The sex a kin word states ("father", "step-daughter", "widower"); none for "cousin", "child", "twin". */
export function kinSex(word: string): 'male' | 'female' | null {
  const w = word.toLowerCase().replace(/-in-law$/, '');
  if (/(?:father|brother|son|husband|uncle|nephew|widower|groom|boy|lad|master)$/.test(w)) return 'male';
  if (/(?:mother|sister|daughter|wife|aunt|niece|widow|bride|girl|lass|maid|mistress|fianc[ée]e)$/.test(w))
    return 'female';
  return null;
}

/** The sex the title opening a name gives ("Miss Bennet", "Mr. Darcy", "Lord Byron"), if any. */
export function titleSex(name: string): 'male' | 'female' | null {
  if (/^(?:Mr\.?|Mister|Sir|Dr\.?|Doctor|Captain|Colonel|Major|Lord|King|Prince|Count|Baron)\s/.test(name))
    return 'male';
  if (/^(?:Mrs\.?|Miss|Lady|Madame|Queen|Princess)\s/.test(name)) return 'female';
  return null;
}
