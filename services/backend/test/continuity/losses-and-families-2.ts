/**
 * Thirteen short manuscripts of my own on a limb lost and a family's count, in phrasings the earlier
 * checks (`losses-and-families.ts`, `appearance-changes.ts`, `new-kinds-changes.ts`) do not use: a
 * hand cut off, a one-armed man, "the stump of his arm", a foot lost to the frost, "the Crale boys"
 * counted, "one of five sisters", a family's possessive plural, and a birth or a death told between
 * two counts. Seven hold a real contradiction (which must be found: an issue citing both sides) and
 * six a legitimate change close to one of them (which must get no issue). Written for the continuity
 * twenty-sixth session before any rule of it and before any output on them was read: the generality
 * check of those two kinds (`losses-and-families-2.test.ts` says which are found and flagged). The
 * people are those of `facts/common-phrasings.ts`; the Crales are a family none of them belongs to.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const LOSSES_AND_FAMILIES_2_REAL: readonly Contradiction[] = [
  {
    name: 'a hand cut off, then it signs a letter',
    text: chapters(
      "The pirates cut off Edward Crane's right hand and threw it into the sea.",
      'Back in England, Edward Crane signed the letter with his right hand and sealed it.',
    ),
    cites: ["cut off Edward Crane's right hand", 'signed the letter with his right hand'],
  },
  {
    name: 'a one-armed man, then both arms',
    text: chapters(
      'Thomas Hale had been a one-armed man since the mine fell in on him.',
      'Thomas Hale lifted the sleeping child in both arms and carried her up the stairs.',
    ),
    cites: ['a one-armed man', 'in both arms'],
  },
  {
    name: 'the stump of his arm, then its hand',
    text: chapters(
      'Edward Crane rested the stump of his left arm on the table and stared at the fire.',
      'At dawn Edward Crane drew his sword with his left hand and went out to meet them.',
    ),
    cites: ['the stump of his left arm', 'with his left hand'],
  },
  {
    name: 'a foot lost to the frost, then kicking with it',
    text: chapters(
      'Ann Lacey lost her right foot to the frost on the long march home.',
      'Ann Lacey kicked the door shut with her right foot and sat down by the stove.',
    ),
    cites: ['lost her right foot', 'with her right foot'],
  },
  {
    name: 'the Crale boys counted two ways',
    text: chapters(
      'The Crale boys, all three of them, worked at the forge by the bridge.',
      'The four Crale boys came to the wedding in their best coats.',
    ),
    cites: ['all three of them', 'four Crale boys'],
  },
  {
    name: 'one of five sisters, then three daughters',
    text: chapters(
      'Mary Benson was one of five sisters, and the quietest of them all.',
      'The Bensons had three daughters, and Mary was the youngest of them.',
    ),
    cites: ['one of five sisters', 'three daughters'],
  },
  {
    name: "a family's daughters, then its possessive plural",
    text: chapters(
      'The Hale family had three daughters, all of them fair.',
      "The Hales' two daughters were married on the same day in June.",
    ),
    cites: ['three daughters', 'two daughters'],
  },
];

export const LOSSES_AND_FAMILIES_2_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a hand cut off, then the other hand used',
    text: chapters(
      "The pirates cut off Edward Crane's right hand and threw it into the sea.",
      'Edward Crane learned to write with his left hand, slowly and badly.',
    ),
  },
  {
    name: 'the stump of his arm, then both arms in a dream',
    text: chapters(
      'Thomas Hale rested the stump of his left arm on the table and stared at the fire.',
      'That night Thomas Hale dreamed that he swam with both arms through a warm blue sea.',
    ),
  },
  {
    name: 'a leg lost, then a memory of running on it',
    text: chapters(
      'Edward Crane lost his right leg at the siege and came home on crutches.',
      'Edward Crane remembered how he had once run up the hill on both legs to ring the bell.',
    ),
  },
  {
    name: 'a death between two counts of the Crale boys',
    text: chapters(
      'The Crale boys, all four of them, worked at the forge by the bridge.',
      'That winter the youngest Crale boy died of a fever.',
      'The three Crale boys carried his coffin to the churchyard.',
    ),
  },
  {
    name: 'a birth between two counts of sisters',
    text: chapters(
      'Mary Benson was one of four sisters, and the quietest of them all.',
      'In the spring Mrs. Benson gave birth to another daughter.',
      'The Bensons had five daughters now, and the house was full of ribbons.',
    ),
  },
  {
    name: "a family's boys and its children",
    text: chapters(
      'The Crale boys, all three of them, worked at the forge by the bridge.',
      'The Crales had five children in all, three boys and two girls.',
    ),
  },
];
