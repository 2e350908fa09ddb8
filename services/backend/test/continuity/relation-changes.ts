/**
 * Short manuscripts of my own on relations: nine holding two relations that cannot both hold
 * (which must be found: an issue citing both sides) and six holding a legitimate change or a
 * figurative kinship close to one of them (which must get no issue). Written for the continuity
 * forty-sixth pass before any rule of it and before any output on them was read: the generality
 * check of relations in phrasings the tuned items do not use (`relation-changes.test.ts` says which
 * are found and flagged). The people are those of `facts/common-phrasings.ts`, and a few more each
 * manuscript names in its first chapter.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

/** Sentences that name more people, so that the story bible knows them before the story. */
export const more = (...names: string[]): string =>
  names.map((n) => `${n} came into the village on market day and bought a basket of apples.`).join(' ');

export const RELATION_CHANGES_REAL: readonly Contradiction[] = [
  {
    name: 'engaged to one sister, then to the other with no break',
    text: chapters(
      `${more('Jane Benson', 'Jane')} Thomas Hale was promised to Mary Benson, and the wedding was fixed for June.`,
      "Jane Benson, Mary's younger sister, was Thomas Hale's fiancée, and she wore his ring to church.",
    ),
    cites: ['promised to Mary Benson', "Thomas Hale's fiancée"],
  },
  {
    name: 'an only brother, then a second brother',
    text: chapters(
      `${more('George Crane', 'Walter Crane')} Edward Crane's only brother, George Crane, was a lawyer in London.`,
      "Walter Crane, Edward Crane's younger brother, came home from the navy with a parrot.",
    ),
    cites: ["Edward Crane's only brother", "Edward Crane's younger brother"],
  },
  {
    name: 'a father named two ways',
    text: chapters(
      `${more('John Benson', 'William Benson')} Mary Benson was the daughter of John Benson, the miller.`,
      'William Benson, the father of Mary Benson, came to fetch her home from the fair.',
    ),
    cites: ['daughter of John Benson', 'the father of Mary Benson'],
  },
  {
    name: 'married to two people at once',
    text: chapters(
      "Ann Lacey had been Edward Crane's wife for ten years, and they lived above the shop.",
      'Ann Lacey and her husband, Thomas Hale, dined with the vicar on Sunday.',
    ),
    cites: ["Edward Crane's wife", 'her husband, Thomas Hale'],
  },
  {
    name: 'an only child, then a sister',
    text: chapters(
      `${more('Jane Benson', 'Jane')} Mary Benson was an only child, and her parents spoiled her.`,
      "Jane Benson, Mary Benson's sister, came to stay for the summer.",
    ),
    cites: ['Mary Benson was an only child', "Mary Benson's sister"],
  },
  {
    name: 'son and father the other way round',
    text: chapters(
      `${more('George Crane', 'George')} George Crane was the son of Edward Crane and worked on his farm.`,
      "Edward Crane's father, George Crane, was a hard old man who never smiled.",
    ),
    cites: ['son of Edward Crane', "Edward Crane's father, George Crane"],
  },
  {
    name: 'a sister, then a wife',
    text: chapters(
      'Mary Benson, the sister of Thomas Hale, kept his house for him.',
      'Thomas Hale kissed his wife, Mary Benson, and went out to the fields.',
    ),
    cites: ['the sister of Thomas Hale', 'his wife, Mary Benson'],
  },
  {
    name: 'an uncle, then a cousin',
    text: chapters(
      "Edward Crane, Ann Lacey's uncle, had taught her to ride.",
      "Ann Lacey's cousin, Edward Crane, was only a year older than she.",
    ),
    cites: ["Ann Lacey's uncle", "Ann Lacey's cousin, Edward Crane"],
  },
  {
    name: 'a mother named two ways',
    text: chapters(
      `${more('Sarah Hale', 'Martha Hale')} Thomas Hale's mother, Sarah Hale, baked bread every morning.`,
      'Martha Hale, the mother of Thomas Hale, had never baked a loaf in her life.',
    ),
    cites: ["Thomas Hale's mother, Sarah Hale", 'the mother of Thomas Hale'],
  },
];

export const RELATION_CHANGES_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'an engagement broken off, then a new one',
    text: chapters(
      `${more('Jane Benson', 'Jane')} Thomas Hale was engaged to Mary Benson, and the wedding was fixed for June.`,
      'In May Mary Benson broke off the engagement and gave him back his ring.',
      "A year later Jane Benson, Mary's younger sister, was engaged to Thomas Hale.",
    ),
  },
  {
    name: 'a widow remarried',
    text: chapters(
      'Ann Lacey and her husband, Edward Crane, kept the shop by the quay.',
      'Edward Crane died of a fever in the spring, and Ann Lacey mourned him a full year.',
      'Her second husband, Thomas Hale, was a quiet man who kept bees.',
    ),
  },
  {
    name: 'a stepfather',
    text: chapters(
      `${more('John Benson', 'John')} Mary Benson's father, John Benson, was drowned at sea when she was two.`,
      "Her mother married again, and Edward Crane became Mary Benson's stepfather.",
      "Mary Benson's stepfather, Edward Crane, gave her away at her wedding.",
    ),
  },
  {
    name: 'a friar called brother',
    text: chapters(
      `${more('George Crane', 'George')} Edward Crane's only brother, George Crane, was a farmer in the hills.`,
      'Brother Thomas, a friar of the abbey, gave Edward Crane bread and a bed for the night.',
    ),
  },
  {
    name: 'a comrade called brother',
    text: chapters(
      'Edward Crane had no brothers or sisters, and he grew up alone.',
      'Thomas Hale, his brother in arms through four campaigns, carried Edward Crane from the field.',
    ),
  },
  {
    name: 'a brother-in-law called my brother',
    text: chapters(
      'Edward Crane had no brother, only his sister Ann Lacey, and she married Thomas Hale in May.',
      '"My brother," said Edward Crane, shaking Thomas Hale by the hand, "welcome to the family."',
    ),
  },
];
