/**
 * Short manuscripts of my own on relations, the second set: nine holding two relations that cannot
 * both hold (which must be found: an issue citing both sides) and seven holding a legitimate change
 * or a figurative kinship close to one of them (which must get no issue). Written for the continuity
 * forty-eighth pass before any rule of it and before any output on them was read, in phrasings the
 * earlier sets do not use: a first-person narrator's kin ("My mother, Sarah Hale"), kin owned by a
 * pronoun ("Her husband, Edward Crane"), "was promised to", a kin noun after a first apposition, and
 * "a bachelor" or "unmarried" against a stated spouse (`relation-changes-2.test.ts` says which are
 * found and flagged).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** A first chapter's opening that makes a first-person narrator of the book. */
const narrator = 'I was born in the grey house by the mill, and I remember it still.';

export const RELATION_CHANGES_2_REAL: readonly Contradiction[] = [
  {
    name: "a narrator's mother named two ways",
    text: chapters(
      `${more('Sarah Hale', 'Martha Hale')} ${narrator} My mother, Sarah Hale, kept the inn at the crossroads.`,
      'My mother, Martha Hale, had never set foot in an inn, and I loved her for it.',
    ),
    cites: ['My mother, Sarah Hale', 'My mother, Martha Hale'],
  },
  {
    name: "a narrator's sister, then the narrator's wife",
    text: chapters(
      `${narrator} My sister, Ann Lacey, kept house for me after the war.`,
      'My wife, Ann Lacey, sat by the fire and mended my coat.',
    ),
    cites: ['My sister, Ann Lacey', 'My wife, Ann Lacey'],
  },
  {
    name: "a narrator's father, then the narrator's uncle",
    text: chapters(
      `${more('George Crane', 'George')} ${narrator} My father, George Crane, was the miller, and a hard man.`,
      'George Crane, my uncle, came up from the coast with a cart of salt fish.',
    ),
    cites: ['My father, George Crane', 'George Crane, my uncle'],
  },
  {
    name: 'a sister owned by a pronoun, then a wife',
    text: chapters(
      'Thomas Hale came home late from the market. His sister, Mary Benson, had waited up for him.',
      "Mary Benson, Thomas Hale's wife, sold the eggs at the church door.",
    ),
    cites: ['His sister, Mary Benson', "Thomas Hale's wife"],
  },
  {
    name: 'a husband owned by a pronoun, then a brother',
    text: chapters(
      'Ann Lacey walked to church in the rain. Her husband, Edward Crane, carried the prayer-books.',
      "Edward Crane, Ann Lacey's brother, had never married and never meant to.",
    ),
    cites: ['Her husband, Edward Crane', "Ann Lacey's brother"],
  },
  {
    name: 'promised to a man who is her brother',
    text: chapters(
      'Mary Benson was promised to Thomas Hale, and the banns were read in March.',
      "Thomas Hale, Mary Benson's brother, taught her to read and to row a boat.",
    ),
    cites: ['promised to Thomas Hale', "Mary Benson's brother"],
  },
  {
    name: 'a father after a first apposition, then a husband',
    text: chapters(
      "Edward Crane, a cooper by trade, Ann Lacey's father, mended barrels in the yard.",
      "Ann Lacey's husband, Edward Crane, mended barrels in the yard.",
    ),
    cites: ["Ann Lacey's father", "Ann Lacey's husband"],
  },
  {
    name: 'a wife, then a bachelor',
    text: chapters(
      "Thomas Hale's wife, Mary Benson, kept the accounts of the forge.",
      'Thomas Hale, a bachelor of fifty, lived alone above the forge and cooked for himself.',
    ),
    cites: ["Thomas Hale's wife", 'a bachelor'],
  },
  {
    name: 'a husband, then unmarried',
    text: chapters(
      'Ann Lacey and her husband, George Crane, farmed the low fields by the river.',
      'Ann Lacey was unmarried, and she farmed the low fields by the river alone.',
    ),
    cites: ['her husband, George Crane', 'Ann Lacey was unmarried'],
  },
];

export const RELATION_CHANGES_2_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a remarriage after the wife is buried',
    text: chapters(
      "Thomas Hale's wife, Mary Benson, died of the fever in the hard winter.",
      'Thomas Hale buried Mary Benson in the churchyard and wore black for a year.',
      'Two years on, Thomas Hale took Ann Lacey for his wife, and his wife, Ann Lacey, kept the forge.',
    ),
  },
  {
    name: 'promised to one man, the match broken off, then married to another',
    text: chapters(
      'Mary Benson was promised to Edward Crane, and the banns were read in March.',
      'The match was broken off when Edward Crane ran away to sea.',
      'Mary Benson married Thomas Hale at Michaelmas, and her husband, Thomas Hale, built her a house.',
    ),
  },
  {
    name: "a narrator's stepfather after the father's death",
    text: chapters(
      `${more('John Benson', 'John')} ${narrator} My father, John Benson, died of a fall when I was five.`,
      'My mother married Edward Crane the next spring. My stepfather, Edward Crane, taught me to fish.',
    ),
  },
  {
    name: 'a sister-in-law called sister',
    text: chapters(
      'Ann Lacey married Thomas Hale in May, and the whole village came to the wedding.',
      'Mary Benson, Thomas Hale\'s sister, took Ann Lacey\'s hands. "Now you are my sister," said Mary Benson.',
    ),
  },
  {
    name: 'a narrator who calls an old nurse mother',
    text: chapters(
      `${more('Sarah Hale', 'Martha Crane')} ${narrator} My mother, Sarah Hale, died on the night I was born.`,
      'Old Martha Crane, my nurse, whom I called mother all my childhood, sang to me by the fire.',
    ),
  },
  {
    name: 'a cousin later married',
    text: chapters(
      "Thomas Hale, Ann Lacey's cousin, came every summer to help with the hay.",
      'In June Ann Lacey married her cousin Thomas Hale in the chapel on the hill.',
      'Thomas Hale and his wife, Ann Lacey, had a son before the year was out.',
    ),
  },
  {
    name: 'a bachelor who marries',
    text: chapters(
      'Edward Crane was a bachelor of forty, and the village thought he would die one.',
      'Edward Crane married Ann Lacey in the autumn, to the wonder of all.',
      "Edward Crane's wife, Ann Lacey, made him buy a new hat.",
    ),
  },
];
