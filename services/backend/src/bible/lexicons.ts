/**
 * Small hand-written lexicons for the offline extractor. compromise's own lexicon (names, places,
 * parts of speech) is consulted too, see `lookup.ts`; these lists add what fiction needs: titles,
 * nicknames, place and organisation words, cue verbs, and words that are capitalised only by position.
 */

import { FEAST_WORDS } from '../story/time.js';

export type Gender = 'male' | 'female' | 'unknown';

/** Person titles, canonical form and gender. Keys are lower case, without the trailing dot. */
export const PERSON_TITLES: Record<string, { canonical: string; gender: Gender }> = {};
function titles(gender: Gender, list: string): void {
  for (const entry of list.split(' ')) {
    const [key, canonical] = entry.split('=') as [string, string | undefined];
    PERSON_TITLES[key] = { canonical: canonical ?? key[0]?.toUpperCase() + key.slice(1), gender };
  }
}
titles(
  'male',
  'mr=Mr. messrs=Messrs. sir lord master monsieur=Monsieur m=M. herr signor signore señor senor don mynheer king prince duke earl baron marquis marquess count emperor father=Father brother=Brother uncle=Uncle squire abbé abbe friar',
);
titles(
  'female',
  'mrs=Mrs. miss ms=Ms. lady madam madame mme=Madame mlle=Mademoiselle mademoiselle dame queen princess duchess countess baroness marchioness empress mother=Mother sister=Sister aunt=Aunt mistress frau fräulein signora signorina señora senora doña widow',
);
// "Doctor" written whole is the title "Dr." abbreviates: "the Doctor" is the one "Dr. Hallam".
titles(
  'unknown',
  'dr=Dr. doctor=Dr. captain capt=Captain colonel col=Colonel general gen=General major lieutenant lt=Lieutenant sergeant sgt=Sergeant corporal admiral commodore commander professor prof=Professor reverend rev=Rev. judge cousin=Cousin governor president bishop cardinal pope inspector constable detective chief',
);

/**
 * Ranks held mostly by men in the fiction George reads (keys of PERSON_TITLES). Not a gender of
 * their own: only a tie-breaker when the pronouns after a name lean the same way but not clearly
 * ("Captain Hale ... he said", "his" against one "her" of someone else's).
 */
export const USUALLY_MALE_RANKS: ReadonlySet<string> = new Set(
  'captain capt colonel col general gen major lieutenant lt sergeant sgt corporal admiral commodore commander bishop cardinal pope'.split(
    ' ',
  ),
);

/** Titles a woman takes by marriage (or holds as a married woman): "Mrs. Weston", "Lady Lucas". */
export const FEMALE_MARRIED: ReadonlySet<string> = new Set([
  'Mrs.',
  'Lady',
  'Madame',
  'Dame',
  'Duchess',
  'Countess',
  'Baroness',
  'Queen',
  'Princess',
]);

/**
 * Callings a school or a household writes as a name, capitalised and without the article ("said
 * Matron", "Nurse put the light out"): the one person the text brings in with the calling.
 */
export const CALLINGS_AS_NAMES: ReadonlySet<string> = new Set(['matron', 'nurse', 'nanny']);

/**
 * Ranks that name someone on their own after "the" ("said the Queen", "the Count replied"): not the
 * honorifics of any name (Mr., Madame, Sir), kinship (Father) or "Lord" (God).
 */
export const RANKS_ALONE: ReadonlySet<string> = new Set(
  (
    'king queen prince princess duke duchess earl baron baroness marquis marquess count countess emperor widow ' +
    'empress squire doctor captain colonel general major lieutenant sergeant corporal admiral commodore ' +
    'commander professor judge governor president bishop cardinal pope inspector constable detective chief'
  ).split(' '),
);

/** Titles that are also ordinary words at the start of a sentence; they count as titles only before a name. */
export const KINSHIP_TITLES = new Set(['father', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin']);

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'messrs',
  'mme',
  'mlle',
  'capt',
  'col',
  'gen',
  'lt',
  'sgt',
  'rev',
  'prof',
  'sr',
  'jr',
  'esq',
  'hon',
  'mt',
  'vs',
  'no',
  'co',
]);

/** Connectors allowed inside a person name ("Catherine de Bourgh", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'des',
  'van',
  'von',
  'der',
  'le',
  'la',
]);

/** First words that may take "of" + name ("Duke of York", "Isle of Wight", "Bay of Biscay"). */
export const OF_HEADS = new Set([
  'duke',
  'duchess',
  'earl',
  'lord',
  'lady',
  'prince',
  'princess',
  'king',
  'queen',
  'bishop',
  'count',
  'countess',
  'marquis',
  'emperor',
  'bay',
  'isle',
  'island',
  'islands',
  'cape',
  'gulf',
  'tower',
  'sea',
  'straits',
  'strait',
  'lake',
  'mount',
  'city',
  'kingdom',
  'republic',
  'church',
  'house',
  'bank',
  'university',
  'college',
  'school',
  'society',
  'order',
  'court',
  'museum',
  'river',
  'vale',
  'valley',
  'port',
  'state',
  'states',
  'abbey',
  'cathedral',
  'county',
  'committee',
  'company',
  'department',
  'hospital',
]);

/** Last words that make a name a place (building, estate, street, landscape). */
export const PLACE_WORDS = new Set(
  (
    'street st road lane avenue square place terrace crescent row court gardens garden park hall house lodge manor abbey castle ' +
    'palace tower cottage cottages farm grange mill inn hotel tavern church chapel cathedral priory rectory vicarage parsonage ' +
    'bridge gate gates wharf dock docks harbour harbor port quay pier station market common green heath moor moors wood woods ' +
    'forest well hill hills mount mountain mountains valley vale dale glen river creek brook lake loch pond sea ocean bay gulf cape ' +
    'island islands isle coast strait straits channel point head desert plains falls springs canyon county shire town city ' +
    'village borough country land kingdom empire republic province state states park downs fields field place gables ' +
    'crossing junction close yard alley walk way hollow ridge rock rocks cliff cliffs point shore beach peninsula marsh ' +
    'mall drive embankment quay fen wold tor vineyard vineyards orchard orchards meadow meadows plantation acres reach'
  ).split(' '),
);

/** Words at the start of a name that make it a place ("Mount Vernon", "Lake Como", "Cape Horn"). */
export const PLACE_HEADS = new Set([
  'st',
  'mont',
  'monte',
  'mount',
  'mt',
  'lake',
  'cape',
  'isle',
  'port',
  'fort',
  'saint',
  'san',
  'santa',
  'glen',
]);

/** Last words that make a name an organisation. */
export const ORG_WORDS = new Set(
  (
    'company society association club bank regiment army navy militia parliament council committee board guild ' +
    'college university school academy institute church party office department ministry government corps brigade ' +
    'brotherhood order union league firm trust times gazette herald chronicle review admiralty senate congress ' +
    'police constabulary form'
  ).split(' '),
);

/** Places every reader knows: countries, regions, big cities, English counties (lower case). */
export const KNOWN_PLACES = new Set(
  (
    'england scotland wales ireland britain london paris rome venice florence naples milan vienna berlin madrid lisbon ' +
    'moscow petersburg amsterdam brussels geneva zurich athens constantinople cairo alexandria jerusalem bombay calcutta ' +
    'delhi madras canton peking china japan india persia arabia egypt africa america europe asia australia canada mexico ' +
    'brazil peru chile france germany italy spain portugal russia holland belgium switzerland austria prussia poland greece ' +
    'turkey sweden norway denmark iceland greenland siberia bohemia hungary sicily sardinia corsica malta jamaica cuba ' +
    'barbados virginia carolina massachusetts connecticut pennsylvania georgia kentucky ohio texas california boston ' +
    'philadelphia baltimore chicago washington nantucket hampshire york yorkshire kent surrey sussex essex devon devonshire ' +
    'cornwall dorset somerset wiltshire hertfordshire derbyshire lancashire cheshire shropshire norfolk suffolk cambridge ' +
    'oxford bath bristol brighton liverpool manchester birmingham edinburgh glasgow dublin belfast margate ramsgate ' +
    'portsmouth plymouth dover southampton windsor canterbury westminster highbury hampstead cheapside chelsea kensington ' +
    'richmond greenwich thames nile rhine danube mississippi hudson amazon alps pyrenees atlantic pacific mediterranean ' +
    'baltic arctic antarctic cheltenham epsom newcastle leeds sheffield york hertford gracechurch mars heaven hell'
  ).split(' '),
);

/** Nicknames and short forms to their canonical given name (lower case). */
export const NICKNAMES: Record<string, string> = {};
/**
 * Every given name a short form is short for, when it is short for more than one ("kit":
 * Christopher and Katherine): NICKNAMES keeps the last one listed.
 */
export const NICKNAME_SOURCES: Record<string, readonly string[]> = {};
function nick(canonical: string, forms: string): void {
  for (const form of forms.split(' ')) {
    const earlier = NICKNAMES[form];
    if (earlier !== undefined && earlier !== canonical)
      NICKNAME_SOURCES[form] = [...(NICKNAME_SOURCES[form] ?? [earlier]), canonical];
    NICKNAMES[form] = canonical;
  }
}
nick('elizabeth', 'lizzy lizzie liz eliza bess bessie beth betsy betty lisa libby elsie lisbeth');
nick('margaret', 'meg maggie peggy peg marge madge margery daisy greta');
nick('katherine', 'kitty kit kate katie kathy kat');
nick('catherine', 'kitty kit kate katie cathy');
nick('mary', 'polly molly mamie mae');
nick('sarah', 'sally sadie');
nick('ann', 'annie nancy nan nanny');
nick('anne', 'annie nancy nan');
nick('eleanor', 'nell nelly ellie nora');
nick('helen', 'nell nelly');
nick('dorothy', 'dolly dot dottie');
nick('harriet', 'hattie hatty');
nick('frances', 'fanny fran');
nick('susan', 'sue susie sukey');
nick('martha', 'patty mattie');
nick('caroline', 'carrie caddy');
nick('isabella', 'bella isabel');
nick('georgiana', 'georgie');
nick('josephine', 'jo josie');
nick('charlotte', 'lottie lotty');
nick('jane', 'jenny jennie janey');
nick('william', 'will willy willie bill billy');
nick('robert', 'rob bob bobby robin');
nick('richard', 'dick dickie rick');
nick('edward', 'ned ted teddy eddie');
nick('thomas', 'tom tommy');
nick('james', 'jim jimmy jem jamie');
nick('john', 'jack johnny');
nick('henry', 'harry hal hank');
nick('charles', 'charlie chuck');
nick('joseph', 'joe joey');
nick('benjamin', 'ben benny');
nick('samuel', 'sam sammy');
nick('nicholas', 'nick nicky');
nick('frederick', 'fred freddy');
nick('alexander', 'alec alex sandy');
nick('christopher', 'kit chris');
nick('matthew', 'matt');
nick('michael', 'mike mick');
nick('daniel', 'dan danny');
nick('francis', 'frank');
nick('lawrence', 'larry laurie');
nick('theodore', 'theo');
nick('philip', 'phil pip');
nick('anthony', 'tony');
nick('peter', 'pete');
nick('abraham', 'abe');
nick('edmund', 'ned');
nick('elinor', 'nelly');
// Issue 17: diminutives seen split from their full form in LitBank's tuned excerpts (Tom Sawyer's
// "Sid"/"Sidney", The Secret Agent's "Stevie"/"Stephen"), with the other common ones of these names.
nick('sidney', 'sid siddy');
nick('stephen', 'steve stevie');
nick('deborah', 'deb debby');
nick('constance', 'connie');
// Issue 17, my own manuscripts (the Blue Gull, Number Twelve): "Nat" for Nathaniel, "Robbie" for
// Robert, "Frankie" for Frances (and Francis, whose short form "Frank" is listed above).
nick('nathaniel', 'nat nate');
nick('robert', 'robbie');
nick('francis', 'frankie');
nick('frances', 'frankie franny');
// Issue 17, The Harcourt Papers: "Bertie" for Gilbert among his friends, with the other names the
// short forms are common for (the one the text writes is taken).
nick('albert', 'bert bertie');
nick('herbert', 'bert bertie herbie');
nick('gilbert', 'gil bert bertie');
// Issue 17, The Pemberton Files: "Aunt Nora" for Honoria and "Cissy" for a nephew Cecil, with the
// other names the short forms are common for (the one the text writes is taken).
nick('honoria', 'nora norah');
nick('honora', 'nora norah');
nick('cecilia', 'cissy cissie');
nick('cecily', 'cissy cissie');
nick('cecil', 'cissy cissie');

/** A compact list of common English given names (lower case) with gender, besides compromise's lexicon. */
export const GIVEN_NAMES: Record<string, Gender> = {};
function given(gender: Gender, list: string): void {
  for (const name of list.split(' ')) GIVEN_NAMES[name] = gender;
}
given(
  'female',
  'elizabeth jane mary catherine kitty lydia charlotte georgiana caroline louisa anne ann emma harriet fanny frances ' +
    'marianne elinor margaret meg jo beth amy alice edith lucy agnes florence gertrude helen isabella isabel julia ' +
    'sophia sophie maria martha sarah susan dorothy eleanor emily esther hannah judith rachel rebecca ruth clara clarissa ' +
    'cecilia cecily amelia evelina pamela tess marilla anne diana jemima becky rose lily violet grace hester hetty ' +
    'nelly catharine katharine kate rosamond dora winifred maud matilda beatrice adela ada lucilla henrietta penelope ' +
    'laura louise lizzy eliza bess betsy betty polly molly sally nancy justine lucienne agathe imogen beatrix ' +
    'perdita hermione viola philippa',
);
given(
  'male',
  'fitzwilliam william john james thomas charles henry edward george richard robert arthur frederick francis philip ' +
    'edmund edgar walter hugh ralph roger peter paul matthew mark luke david daniel samuel joseph benjamin jacob isaac ' +
    'abraham michael stephen nicholas lawrence alexander andrew anthony christopher harry tom jack will dick ned bob jim ' +
    'joe sam ben fred frank charley charlie ahab ishmael queequeg tashtego daggoo stubb flask elijah gabriel jonah ' +
    'sherlock mycroft victor ernest alphonse felix basil dorian gilbert oliver heathcliff hareton hindley ' +
    'pip herbert wemmick rupert jasper septimus horace gregory simon timothy vincent etienne jules emile francois ' +
    'gaston',
);

/**
 * Verbs that tag speech, in their forms: "said X", "X cried", "she smiled" after a line. The story
 * bible reads them as a person's cue, the dialogue as a speech tag.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say saying replied replies reply returned returns cried cries asked asks ask answered ' +
    'answers exclaimed exclaims added adds continued continues observed observes remarked remarks ' +
    'whispered whispers muttered mutters murmured murmurs shouted shouts called calls began begins ' +
    'resumed resumes rejoined rejoins interrupted interrupts inquired inquires enquired enquires ' +
    'demanded demands repeated repeats thought thinks declared declares explained explains protested ' +
    'protests suggested suggests urged urges insisted insists admitted admits agreed agrees objected ' +
    'objects retorted retorts snapped snaps sighed sighs laughed laughs groaned groans growled growls ' +
    'pleaded pleads begged begs screamed screams yelled yells stammered stammers faltered falters ' +
    'ventured ventures persisted persists responded responds commented comments concluded concludes ' +
    'mused muses wondered wonders sobbed sobs gasped gasps roared roars bawled bawls hissed hisses ' +
    'grumbled grumbles chuckled chuckles sneered sneers cautioned warned warns announced announces ' +
    'assented assents acknowledged told tells soliloquised soliloquized ejaculated interposed pursued ' +
    'proceeded breathed panted shrieked drawled whimpered moaned wailed blurted stated affirmed ' +
    'corrected echoed argued reasoned pronounced smiled nodded quoth instructed proposed commanded ' +
    'ordered advised assured promised confessed conceded countered queried volunteered mumbled ' +
    'grunted bellowed thundered snorted scolded coaxed teased jeered whined giggled apologised apologized'
  ).split(' '),
);

/** Verbs after a name that show a person ("Elizabeth smiled", "Darcy looked"), speech verbs among them. */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...(
    'looked felt knew wished hoped feared loved hated married went came walked ran sat stood turned spoke heard ' +
    'saw seemed wrote read danced bowed wept shook entered left rose followed lived kept died slept worked sold ' +
    'bought met waited wanted liked decided'
  ).split(' '),
]);

/** Place words that are also common surnames ("Anna Brook", "John Hill", "Mary Field"). */
export const SURNAME_PLACE_WORDS = new Set(
  'brook brooks hill hills wood woods field fields green moor moore dale marsh hall house lake banks ford cliff rock gates orchard'.split(
    ' ',
  ),
);

/** Prepositions before a place: vote weight for "in X", "at X"... */
export const PLACE_PREPOSITIONS: Record<string, number> = {
  in: 1,
  at: 0.7,
  to: 0.4,
  from: 0.5,
  near: 1,
  into: 0.8,
  towards: 0.6,
  toward: 0.6,
  through: 0.6,
  across: 0.8,
  within: 0.6,
  around: 0.5,
  beyond: 0.8,
  // "scarce outside California": the name a place is left out of.
  outside: 0.6,
  // "went down off Ushant", "lying off Finisterre": at sea beside a coast or a cape.
  off: 0.8,
  // "You'll be sick till Finisterre", "well past Finisterre": how far a voyage has come.
  till: 0.4,
  until: 0.4,
  past: 0.4,
  reached: 0.8,
  visit: 0.4,
  leave: 0.4,
  left: 0.3,
  quit: 0.5,
};

/** Prepositions of where a thing stands, before "the" and its name ("under the Beacon Oak", "towards the Mill"). */
export const WHERE_PREPOSITIONS = new Set(
  'in at to from near into towards toward through across beyond around under beneath beside behind past'.split(
    ' ',
  ),
);

/** Prepositions whose object a name is, never the subject of the verb after it ("at Hollins Cross came"). */
export const OBJECT_PREPOSITIONS = new Set(
  'in at to from near into towards toward through across within around beyond of with by for upon on'.split(
    ' ',
  ),
);

/** Styles of address after "his", "her", "your" ("his Grace", "your Majesty"): not names. */
export const STYLES_OF_ADDRESS = new Set(
  'grace majesty majesties highness highnesses lordship lordships ladyship ladyships excellency eminence honour honor worship reverence holiness'.split(
    ' ',
  ),
);

/** Words of harbours and sailing: a name always after "the" in sentences of them names a boat. */
export const NAUTICAL_WORDS = new Set(
  'aboard harbour harbor mooring moorings moored anchor anchored anchorage quay wharf jetty pier dock docked berth berthed deck decks hull mast masts sail sailed sails crew ferry boat boats keel rigging'.split(
    ' ',
  ),
);

/** Kinds of vessel written before a ship's name ("the ship Jungfrau", "the brig Rose"). */
export const VESSEL_NOUNS = new Set(
  'ship brig barque bark schooner frigate sloop steamer steamship vessel yacht whaler whaleship cutter corvette galleon packet lugger'.split(
    ' ',
  ),
);

/** Nouns before "of" + a place: "the plains of Languedoc", "the King of France". */
export const PLACE_OF_NOUNS = new Set(
  (
    'plains plain landscapes landscape shores shore coast coasts banks city town towns village county province ' +
    'provinces kingdom country island islands isle port harbour harbor bay gulf streets capital borders border ' +
    'frontier frontiers hills mountains valley vale lord duke duchess earl king queen prince princess emperor ' +
    'empress archbishop bishop governor mayor inhabitants natives heart north south east west parts suburbs ' +
    'outskirts neighbourhood neighborhood environs forests forest woods waters sea seas state states republic ' +
    'empire duchy principality territory territories region regions district parish diocese ruins walls gates cape strait straits channel river rivers lake lakes peninsula'
  ).split(' '),
);

/** Verbs whose "at"/"to"/"from" object is a person, not a place ("looked at Jane", "said to Jane"). */
export const PERSONAL_PREP_VERBS = new Set(
  (
    'looked look looking glanced glancing smiled smiling laughed laughing stared staring gazed gazing said say saying ' +
    'spoke speak speaking talked talk talking turned turning went belonged belong wrote write writing listened listening ' +
    'nodded bowed called replied answered introduced married letter sent given gave happened'
  ).split(' '),
);

/**
 * Words that are capitalised only by position or by convention and are never names on their own:
 * function words, interjections, pronouns, days and months, headings.
 */
export const NEVER_NAMES = new Set(
  (
    "i i'm i'll i've i'd o oh ah aye ay alas yes no nay well why what who whom whose where when how which while " +
    'the a an and but or nor for yet so if then than though although because as at by in of on to up upon with without ' +
    'this that these those there here he she it we they you his her its our their your my me him us them mine ' +
    'chapter book volume part section letter contents preface introduction appendix epilogue prologue index note notes ' +
    'finis end vol ch ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december ' +
    "mr mrs miss ms sir madam ma'am dear pray please hush hark lo indeed perhaps nothing everything everybody nobody " +
    'somebody anybody good bad great poor dear old young little'
  )
    .split(' ')
    .concat([...FEAST_WORDS]),
);

/**
 * What a family calls its own, written as names: "Mum said", "Dad laughed", "Gran was asleep". A
 * character when the narration uses it, a sentence's start included; only in speech ("Mamma, may I
 * go?") it is a way of addressing someone the story names otherwise. ("Mother" and "Father" are left
 * out, a priest's title and God's too.)
 */
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  'mum mom mam ma mummy mommy momma mama mamma dad da pa daddy papa gran granny grandma grandpa grandad granddad gramps nan nana nanna auntie aunty'.split(
    ' ',
  ),
);

/** Name parts written with a dot that does not end the name ("St. Helena", "Mt. Vernon"). */
export const DOTTED_NAME_PARTS = new Set(['st', 'mt', 'ft']);

/** Deities and the like: characters in LitBank's sense, though never given a title. */
export const DEITIES = new Set([
  'god',
  'christ',
  'jesus',
  'jove',
  'jupiter',
  'allah',
  'satan',
  'lucifer',
  'providence',
]);

/** Languages: capitalised words that are neither people nor places ("Sanskrit", "Latin"). */
export const LANGUAGES = new Set([
  'sanskrit',
  'latin',
  'hebrew',
  'arabic',
  'syriac',
  'chaldee',
  'chaldean',
  'esperanto',
  'gaelic',
  'hindustani',
]);

/** Subjects a school teaches, capitalised as such: "taught the Fourth Form Scripture". */
export const SCHOOL_SUBJECTS = new Set([
  'scripture',
  'divinity',
  'arithmetic',
  'geography',
  'algebra',
  'geometry',
  'trigonometry',
  'chemistry',
  'botany',
]);

/** Word endings typical of place names (weak cue): "Transylvania", "Hammersmith", "Gravesend". */
export const PLACE_SUFFIXES =
  /(?:ia|shire|burg|burgh|bury|borough|ton|ham|ford|chester|caster|mouth|wick|worth|field|stead|wich|thorpe|land|ville|polis|grad|end|smith|pool|port|minster|dale|holm|wood)$/;

/** Nationality and religion words: capitalised but not characters or places on their own. */
export const DEMONYMS = new Set(
  (
    'english british french german italian spanish dutch irish scotch scottish welsh american indian chinese japanese ' +
    'russian roman greek turkish persian arabian egyptian african european asian christian christians jewish jew jews ' +
    'catholic protestant englishman englishmen frenchman frenchmen englishwoman yankee yankees negro ' +
    'canadian canadians australian australians breton bretons portuguese swedish norwegian danish polish austrian ' +
    'prussian bavarian hungarian belgian swiss'
  ).split(' '),
);

/** Kinship and social nouns that type a relation ("her sister Jane", "Mr. Bennet's wife"). */
export const KIN_NOUNS: Record<
  string,
  { type: 'sibling' | 'spouse' | 'parent' | 'child' | 'family' | 'friend' | 'works_for'; label: string }
> = {
  sister: { type: 'sibling', label: 'sister' },
  sisters: { type: 'sibling', label: 'sister' },
  brother: { type: 'sibling', label: 'brother' },
  brothers: { type: 'sibling', label: 'brother' },
  wife: { type: 'spouse', label: 'wife' },
  husband: { type: 'spouse', label: 'husband' },
  father: { type: 'parent', label: 'father' },
  mother: { type: 'parent', label: 'mother' },
  papa: { type: 'parent', label: 'father' },
  mamma: { type: 'parent', label: 'mother' },
  son: { type: 'child', label: 'son' },
  sons: { type: 'child', label: 'son' },
  children: { type: 'child', label: 'child' },
  daughter: { type: 'child', label: 'daughter' },
  daughters: { type: 'child', label: 'daughter' },
  cousin: { type: 'family', label: 'cousin' },
  aunt: { type: 'family', label: 'aunt' },
  uncle: { type: 'family', label: 'uncle' },
  niece: { type: 'family', label: 'niece' },
  nephew: { type: 'family', label: 'nephew' },
  grandfather: { type: 'family', label: 'grandfather' },
  grandmother: { type: 'family', label: 'grandmother' },
  grandson: { type: 'family', label: 'grandson' },
  granddaughter: { type: 'family', label: 'granddaughter' },
  grandchild: { type: 'family', label: 'grandchild' },
  friend: { type: 'friend', label: 'friend' },
  servant: { type: 'works_for', label: 'servant' },
  maid: { type: 'works_for', label: 'maid' },
  housekeeper: { type: 'works_for', label: 'housekeeper' },
  steward: { type: 'works_for', label: 'steward' },
  butler: { type: 'works_for', label: 'butler' },
  valet: { type: 'works_for', label: 'valet' },
  coachman: { type: 'works_for', label: 'coachman' },
  clerk: { type: 'works_for', label: 'clerk' },
  mate: { type: 'works_for', label: 'mate' },
};

/**
 * Nouns of a person: ranks, kin and words of age, sex and station. Singular; they end a group's name
 * in the plural ("the Drowned Kings") and describe one person before a name ("a red-faced man named
 * Josiah Crump").
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  ...RANKS_ALONE,
  ...Object.keys(KIN_NOUNS),
  ...'lord lady knight man woman boy girl child lad lass youth fellow gentleman maiden widow widower rider warden guard watcher keeper hunter walker priest'.split(
    ' ',
  ),
]);

/** Pronouns that point back to a person of a gender ("her sister"). */
export const POSSESSIVE_PRONOUNS: Record<string, Gender> = {
  his: 'male',
  her: 'female',
  their: 'unknown',
  my: 'unknown',
  your: 'unknown',
};

/**
 * Occupations and ranks; the value is the normalised occupation, synonyms share it ("the
 * clergyman" and "Parson Tringham" are one calling).
 */
export const OCCUPATIONS: Record<string, string> = {
  clergyman: 'clergyman',
  rector: 'clergyman',
  vicar: 'clergyman',
  parson: 'clergyman',
  curate: 'clergyman',
  priest: 'clergyman',
  minister: 'clergyman',
  chaplain: 'clergyman',
  padre: 'clergyman',
  reverend: 'clergyman',
  rev: 'clergyman',
  lawyer: 'lawyer',
  attorney: 'lawyer',
  solicitor: 'lawyer',
  barrister: 'lawyer',
  doctor: 'physician',
  dr: 'physician',
  physician: 'physician',
  surgeon: 'physician',
  apothecary: 'apothecary',
  merchant: 'merchant',
  tradesman: 'merchant',
  banker: 'banker',
  clerk: 'clerk',
  governess: 'governess',
  schoolmaster: 'teacher',
  schoolmistress: 'teacher',
  teacher: 'teacher',
  tutor: 'teacher',
  professor: 'professor',
  footman: 'footman',
  butler: 'butler',
  coachman: 'coachman',
  groom: 'groom',
  housekeeper: 'housekeeper',
  maid: 'maid',
  cook: 'cook',
  steward: 'steward',
  purser: 'purser',
  bosun: 'boatswain',
  boatswain: 'boatswain',
  valet: 'valet',
  herald: 'herald',
  harpooneer: 'harpooneer',
  harpooner: 'harpooneer',
  carpenter: 'carpenter',
  blacksmith: 'blacksmith',
  smith: 'blacksmith',
  cooper: 'cooper',
  sailor: 'sailor',
  seaman: 'sailor',
  mariner: 'sailor',
  engineer: 'engineer',
  soldier: 'soldier',
  ensign: 'ensign',
  lieutenant: 'lieutenant',
  colonel: 'colonel',
  inspector: 'inspector',
  detective: 'detective',
  constable: 'constable',
  magistrate: 'magistrate',
  judge: 'judge',
  farmer: 'farmer',
  miller: 'miller',
  shepherd: 'shepherd',
  innkeeper: 'innkeeper',
  pedlar: 'pedlar',
  peddler: 'pedlar',
  landlord: 'innkeeper',
  pawnbroker: 'pawnbroker',
  artist: 'painter',
  painter: 'painter',
  sculptor: 'sculptor',
  poet: 'poet',
  musician: 'musician',
  actor: 'actor',
  actress: 'actor',
  'chief mate': 'chief mate',
  'chief-mate': 'chief mate',
  'first mate': 'chief mate',
  'second mate': 'second mate',
  'third mate': 'third mate',
  captain: 'captain',
};

/** The words before a false name, after the pronoun and a few verbs ("is lodging", "had been living"). */
export const FALSE_NAME_LEADS = [
  'under the name of',
  'by the name of',
  'passed as',
  'passes as',
  'passing as',
  'passed himself off as',
  'passed herself off as',
  'called himself',
  'calls himself',
  'calling himself',
  'called herself',
  'calls herself',
  'calling herself',
];
