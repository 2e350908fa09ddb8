/**
 * Eleven short manuscripts of my own on looks, a person named after their description, titles,
 * limbs lost and a family's count: six holding a real contradiction (which must be found: an issue
 * citing both sides) and five holding a legitimate change close to one of them (which must get no
 * issue). Written for the continuity forty-second pass before any rule of it and before any output
 * on them was read: the generality check of those kinds (`appearance-changes.test.ts` says which
 * are found and flagged). The people are those of `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const APPEARANCE_REAL: readonly Contradiction[] = [
  {
    name: 'a leg taken off, then used',
    text: chapters(
      "Edward Crane's right leg had been taken off below the knee after the wreck, and he went on crutches.",
      'The next morning Edward Crane kicked the stable door open with his right leg and strode across the yard.',
    ),
    cites: ['right leg had been taken off', 'kicked the stable door open with his right leg'],
  },
  {
    name: 'a rank changed the same evening with no promotion told',
    text: chapters(
      'Captain Thomas Hale commanded the little fort on the river, and his men loved him.',
      'That same evening Major Thomas Hale walked round the walls and looked at the guns.',
    ),
    cites: ['Captain Thomas Hale', 'Major Thomas Hale'],
  },
  {
    name: 'stout, then thin as ever',
    text: chapters(
      'Mary Benson was a stout, red-faced woman who laughed a great deal.',
      'Mary Benson, thin and pale as ever, came into the kitchen and sat down.',
    ),
    cites: ['stout', 'thin and pale'],
  },
  {
    name: 'a man named after his description, then described otherwise',
    text: chapters(
      'A tall man with a red beard stood at the door. It was Edward Crane.',
      'Edward Crane, a short man, sat down by the fire and warmed his hands.',
    ),
    cites: ['A tall man', 'a short man'],
  },
  {
    name: "a family's children counted two ways",
    text: chapters(
      'The Cranes had three children, and the house was never quiet.',
      "Edward Crane's four children ran out across the lawn to meet him.",
    ),
    cites: ['three children', 'four children'],
  },
  {
    name: 'a woman named after her description, then her eyes otherwise',
    text: chapters(
      'A young woman with grey eyes came into the shop; this was Ann Lacey.',
      "Ann Lacey's brown eyes filled with tears as she read the letter.",
    ),
    cites: ['grey eyes', 'brown eyes'],
  },
];

export const APPEARANCE_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a knighthood told',
    text: chapters(
      'Mr. Thomas Hale kept the bank in the High Street and was trusted by everyone.',
      'In June the King knighted Thomas Hale for his services to the town.',
      'Sir Thomas Hale drove to church in a new carriage.',
    ),
  },
  {
    name: 'a thin man grown stout over years',
    text: chapters(
      'Thomas Hale was a thin young clerk who ate his dinner standing up.',
      'Twenty years went by, and the firm prospered.',
      'Thomas Hale had grown stout and prosperous, and wore a gold chain across his waistcoat.',
    ),
  },
  {
    name: 'a leg lost, the other leg used',
    text: chapters(
      'Edward Crane lost his right leg at sea when the mast came down.',
      'Edward Crane stood on his left leg and leaned on his crutch to watch the ships.',
    ),
  },
  {
    name: 'a family grown by a birth',
    text: chapters(
      'The Bensons had two children, and Mary Benson thought that enough.',
      'A year later a third child was born to Mary Benson.',
      "The Bensons' three children played on the lawn all summer.",
    ),
  },
  {
    name: 'a description that proves to be someone else',
    text: chapters(
      'A tall man came up the path. It was not Edward Crane, as Ann Lacey had hoped, but the postman.',
      'Edward Crane, a short man, came at last in the evening.',
    ),
  },
];
