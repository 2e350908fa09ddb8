/**
 * Twenty-four short manuscripts of my own on looks, ages, callings, origins, hands and counts, in
 * phrasings the earlier checks (`appearance-changes.ts`, `legitimate-changes.ts`,
 * `legit-changes-2.ts`, `new-kinds-changes.ts`, `losses-and-families-2.ts`) do not use: eyes "the
 * colour of the sea", "a man of sixty" against "not yet forty", the left hand against the right, a
 * member's children against the family's, an empty sleeve, hair "the colour of ripe corn", a height
 * in feet, servants counted, a birthplace and a trade. Ten hold a real contradiction (which must be
 * found: an issue citing both sides) and fourteen a legitimate change close to one of them (which
 * must get no issue). Written for the continuity twenty-seventh session before any rule of it and
 * before any output on them was read: the generality check of those kinds
 * (`attribute-changes-2.test.ts` says which are found and flagged). The people are those of
 * `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const ATTRIBUTE_CHANGES_2_REAL: readonly Contradiction[] = [
  {
    name: 'eyes the colour of the sea, then brown',
    text: chapters(
      "Ann Lacey's eyes were the colour of the sea on a winter morning, and the sailors said she brought them luck.",
      'Ann Lacey turned her brown eyes on the stranger and asked him his business.',
    ),
    cites: ['the colour of the sea', 'brown eyes'],
  },
  {
    name: 'a man of sixty, then not yet forty',
    text: chapters(
      'Thomas Hale was a man of sixty, stiff in the knees, who kept the toll-gate on the bridge.',
      'That same summer Thomas Hale, not yet forty, ran the whole way to the church to ring the bell.',
    ),
    cites: ['a man of sixty', 'not yet forty'],
  },
  {
    name: 'left-handed, then right-handed',
    text: chapters(
      'Edward Crane was left-handed, and the schoolmaster had beaten him for it as a boy.',
      'Edward Crane, a right-handed man, took up the pen and signed the lease.',
    ),
    cites: ['left-handed', 'right-handed'],
  },
  {
    name: "a couple's three children, then the family's four",
    text: chapters(
      'Thomas Hale and his wife had three children, and the cottage was too small for them.',
      "The Hales' four children ran down to the river to see the boats.",
    ),
    cites: ['three children', 'four children'],
  },
  {
    name: 'an empty sleeve, then both arms',
    text: chapters(
      "Thomas Hale's empty left sleeve was pinned across his chest, for the cannon had taken the arm at Salamanca.",
      'When his mother came to the door, Thomas Hale flung both arms around her and wept.',
    ),
    cites: ['empty left sleeve', 'both arms'],
  },
  {
    name: 'hair the colour of ripe corn, then jet-black',
    text: chapters(
      "Mary Benson's hair was the colour of ripe corn, and she wore it in two plaits.",
      'Mary Benson pushed back her jet-black hair and bent over the washtub.',
    ),
    cites: ['the colour of ripe corn', 'jet-black hair'],
  },
  {
    name: 'barely five feet, then six feet four',
    text: chapters(
      'Edward Crane stood barely five feet in his boots, and he had to climb on a chair to reach the shelf.',
      'Edward Crane, who stood six feet four in his stockings, ducked under the beam of the barn.',
    ),
    cites: ['barely five feet', 'six feet four'],
  },
  {
    name: 'two servants, then five',
    text: chapters(
      'Mary Benson kept two servants, a cook and a little maid from the workhouse.',
      "All five of Mary Benson's servants stood in the hall to meet the doctor.",
    ),
    cites: ['two servants', 'five of Mary'],
  },
  {
    name: 'a native of Edinburgh, then born in Dublin',
    text: chapters(
      'Ann Lacey was a native of Edinburgh, and she spoke of its grey streets with love.',
      'Ann Lacey had been born in Dublin, in a narrow house near the river.',
    ),
    cites: ['a native of Edinburgh', 'born in Dublin'],
  },
  {
    name: 'a saddler by trade, then a schoolmaster all his life',
    text: chapters(
      'By trade Thomas Hale was a saddler, and his shop smelled of leather and oil.',
      'Thomas Hale had been the village schoolmaster all his working life, and had never made anything with his hands.',
    ),
    cites: ['a saddler', 'schoolmaster'],
  },
];

export const ATTRIBUTE_CHANGES_2_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'eyes the colour of the sea, then red from weeping',
    text: chapters(
      "Ann Lacey's eyes were the colour of the sea on a winter morning, and the sailors said she brought them luck.",
      'When the letter came, Ann Lacey sat by the window until her eyes were red from weeping.',
    ),
  },
  {
    name: 'blue eyes, then black with rage',
    text: chapters(
      'Thomas Hale had mild blue eyes, and children and dogs followed him everywhere.',
      'When he saw the boy beating the horse, Thomas Hale strode across the yard, his eyes black with rage.',
    ),
  },
  {
    name: 'a man of sixty, and not yet forty in those days',
    text: chapters(
      'Thomas Hale was a man of sixty, stiff in the knees, who kept the toll-gate on the bridge.',
      'He thought of the year of the flood. In those days Thomas Hale, not yet forty, had run the whole way to the church to ring the bell.',
    ),
  },
  {
    name: 'left-handed, then the right hand after a wound',
    text: chapters(
      'Edward Crane was left-handed, and the schoolmaster had beaten him for it as a boy.',
      'A musket ball shattered his left hand at the siege, and the surgeons could not save the fingers.',
      'Edward Crane learned to write with his right hand, and his letters were as clumsy as a child’s.',
    ),
  },
  {
    name: 'black hair gone white over thirty years',
    text: chapters(
      "Edward Crane's hair was as black as a crow's wing when he first came to the town.",
      'Thirty years went by, and Edward Crane grew old in the house by the quay.',
      "Edward Crane's hair was white as snow now, and he walked with a stick.",
    ),
  },
  {
    name: 'mousy hair dyed gold in Paris',
    text: chapters(
      'Ann Lacey had mousy brown hair, and she hated it.',
      'In Paris Ann Lacey had her hair dyed gold by a woman in the Rue de la Paix.',
      'Ann Lacey came home with golden hair, and her mother did not know her.',
    ),
  },
  {
    name: 'clean-shaven, then a beard grown at sea',
    text: chapters(
      'Thomas Hale was clean-shaven, like his father before him.',
      'On the long voyage Thomas Hale let his beard grow.',
      'Thomas Hale stroked his thick red beard and looked out at the harbour.',
    ),
  },
  {
    name: 'an unmarked face, then a scar from a duel',
    text: chapters(
      'Edward Crane had a smooth, unmarked face, and the ladies of the town admired it.',
      "In the duel Captain Reed's sword laid open Edward Crane's cheek.",
      'The scar on his cheek never faded, and Edward Crane grew a beard to hide it.',
    ),
  },
  {
    name: 'an under-housemaid raised to housekeeper',
    text: chapters(
      'Mary Benson was the under-housemaid at the Grange, and she scrubbed the steps every morning.',
      'When old Mrs. Gray retired, the squire made Mary Benson housekeeper in her place.',
      'Mary Benson, the housekeeper, carried the keys of the Grange at her belt.',
    ),
  },
  {
    name: 'a cottage left for a house in the town',
    text: chapters(
      'Thomas Hale lived in a cottage at Ashford, with roses round the door.',
      'In the spring Thomas Hale left Ashford and took a tall house in Norwich.',
      'Thomas Hale lived in Norwich for the rest of his days.',
    ),
  },
  {
    name: 'a third son born',
    text: chapters(
      'Ann Lacey had two little sons, and they followed her about the garden.',
      'In March Ann Lacey gave birth to a third son, a red-faced, roaring baby.',
      'Ann Lacey had three sons now, and no peace at all.',
    ),
  },
  {
    name: 'a brother killed, and one fewer',
    text: chapters(
      'Mary Benson had three brothers, all of them sailors.',
      'That winter her eldest brother was drowned off the Goodwin Sands.',
      'Mary Benson had two brothers left, and she prayed for them every night.',
    ),
  },
  {
    name: 'a mistake about eyes in speech',
    text: chapters(
      'Mary Benson had clear grey eyes and a quiet voice.',
      '"Mary has blue eyes, I think," said the old blind fiddler, who had never seen her.',
    ),
  },
  {
    name: 'a face stained brown to pass as a gypsy',
    text: chapters(
      'Edward Crane had the fair skin of a clerk who never left his office.',
      'To pass the soldiers Edward Crane stained his face and hands brown with walnut juice and put on a gypsy’s rags.',
      'With his brown face and his black shawl, Edward Crane walked through the camp unchallenged.',
    ),
  },
];
