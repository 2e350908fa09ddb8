/**
 * Short manuscripts of my own for the thirty-eighth session's helper on counts, written before any
 * rule and before any output on them was read (`count-changes-2.test.ts` says which are found and
 * flagged): a count stated two ways in constructions 19th-century novels use often and the earlier
 * sets leave out: a group named after its count with "of" and its owner ("the four daughters of
 * Thomas Hale"), the second count of a coordination ("two sons and three daughters"), a fortune
 * had or a worth ("had twenty thousand pounds", "was worth four thousand a year"), a count after
 * "no fewer than", what a family consisted of, "a dozen", hundreds of a thing, a house's rooms and
 * the years of a marriage; and near cases that must get no issue (the same count twice, a part
 * picked out by age, a sum paid, another person's income, the other noun of a coordination).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const COUNT_CHANGES_2_REAL: readonly Contradiction[] = [
  {
    name: 'five daughters, then "the four daughters of Thomas Hale" in the next chapter',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale had five daughters, and not one of them was married.`,
      'At the ball the four daughters of Thomas Hale stood together by the door.',
    ),
    cites: ['five daughters', 'four daughters of Thomas Hale'],
  },
  {
    name: '"The three sons of Ann Lacey" opening, then two sons two chapters on',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} The three sons of Ann Lacey worked on the farm from dawn till dark.`,
      'The harvest was late that year, and the rain spoiled half the wheat.',
      'Ann Lacey had two sons, and she was proud of them both.',
    ),
    cites: ['three sons of Ann Lacey', 'two sons'],
  },
  {
    name: 'two sons and three daughters, then "his four daughters"',
    text: chapters(
      `${more('Edward Crane', 'Edward')} Edward Crane had two sons and three daughters, all of them still at home.`,
      'On Sunday Edward Crane took his four daughters to church in the new carriage.',
    ),
    cites: ['three daughters', 'four daughters'],
  },
  {
    name: 'four horses and two grooms, then "his three grooms" in the same chapter',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale kept four horses and two grooms at the farm. The stable was new, and the roof was slate. In the evening Thomas Hale paid his three grooms their wages.`,
    ),
    cites: ['two grooms', 'three grooms'],
  },
  {
    name: 'had twenty thousand pounds, then "Her fifteen thousand pounds"',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Ann Lacey had twenty thousand pounds, and every young man in the county knew it.`,
      'Her fifteen thousand pounds were the talk of the town all that winter.',
    ),
    cites: ['twenty thousand pounds', 'fifteen thousand pounds'],
  },
  {
    name: 'possessed forty thousand pounds, then a fortune of thirty thousand pounds',
    text: chapters(
      `${more('Edward Crane', 'Edward')} Edward Crane possessed forty thousand pounds and a house in town.`,
      'Everyone at the assembly knew that Edward Crane had a fortune of thirty thousand pounds.',
    ),
    cites: ['forty thousand pounds', 'thirty thousand pounds'],
  },
  {
    name: 'was worth four thousand a year, then "His income was two thousand a year"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale was worth four thousand a year, they said at the assembly.`,
      'His income was two thousand a year, and he spent every penny of it.',
    ),
    cites: ['four thousand a year', 'two thousand a year'],
  },
  {
    name: '"who was worth five thousand a year", then had three thousand a year',
    text: chapters(
      `${more('Edward Crane', 'Edward')} The new tenant was Edward Crane, who was worth five thousand a year and kept a pack of hounds.`,
      'Edward Crane had three thousand a year from his estate in Kent.',
    ),
    cites: ['five thousand a year', 'three thousand a year'],
  },
  {
    name: 'no fewer than seven sisters, then "Her five sisters"',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson had no fewer than seven sisters, and she was the plainest.`,
      'Her five sisters were all married before she was twenty.',
    ),
    cites: ['seven sisters', 'five sisters'],
  },
  {
    name: 'a family that consisted of four sons, then three sons',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson's family consisted of four sons, the eldest a sailor.`,
      'Mary Benson had three sons, and she wrote to each of them on Sundays.',
    ),
    cites: ['four sons', 'three sons'],
  },
  {
    name: 'a dozen horses, then "His eight horses"',
    text: chapters(
      `${more('Edward Crane', 'Edward')} Edward Crane kept a dozen horses at the Grange.`,
      'His eight horses were the finest in the county.',
    ),
    cites: ['a dozen horses', 'eight horses'],
  },
  {
    name: 'three hundred acres, then "His two hundred acres"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale owned three hundred acres of good land by the river.`,
      'His two hundred acres lay along the river, and the best of them was in wheat.',
    ),
    cites: ['three hundred acres', 'two hundred acres'],
  },
  {
    name: 'a cottage of two rooms, then "the four rooms of the cottage"',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} The cottage had but two rooms, and Ann Lacey slept in the smaller.`,
      'She swept the four rooms of the cottage every morning.',
    ),
    cites: ['two rooms', 'four rooms'],
  },
  {
    name: 'married ten years, then "the six years of his marriage"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale had been married ten years, and his wife was still pretty.`,
      'In the six years of his marriage Thomas Hale had never once quarrelled with his wife.',
    ),
    cites: ['ten years', 'six years'],
  },
];

export const COUNT_CHANGES_2_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'five daughters, then "the two eldest daughters of Thomas Hale"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale had five daughters, and not one of them was married.`,
      'The two eldest daughters of Thomas Hale went to Bath with their aunt.',
    ),
  },
  {
    name: 'three sons and two daughters, then "his two daughters"',
    text: chapters(
      `${more('Edward Crane', 'Edward')} Edward Crane had three sons and two daughters.`,
      'Edward Crane took his two daughters to the ball at the Grange.',
    ),
  },
  {
    name: 'had twenty thousand pounds, then paid ten thousand pounds for a house',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Ann Lacey had twenty thousand pounds from her uncle.`,
      'Ann Lacey paid ten thousand pounds for the house in Bath.',
    ),
  },
  {
    name: 'worth four thousand a year, and his sister two thousand a year of her own',
    text: chapters(
      `${more('Thomas Hale', 'Thomas', 'Mary Benson', 'Mary')} Thomas Hale was worth four thousand a year.`,
      'Mary Benson had two thousand a year of her own, and she wanted no husband.',
    ),
  },
  {
    name: 'no fewer than seven sisters, then "her seven sisters"',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson had no fewer than seven sisters.`,
      'Her seven sisters came to the wedding in three carriages.',
    ),
  },
  {
    name: 'the three sons of Ann Lacey, then "Ann Lacey had three sons"',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} The three sons of Ann Lacey worked on the farm.`,
      'Ann Lacey had three sons and no daughter.',
    ),
  },
  {
    name: 'two daughters and four daughters of two parents, then each parent\'s counted with "of"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas', 'Mary Benson', 'Mary')} Thomas Hale had two daughters. Mary Benson had four daughters.`,
      'The two daughters of Thomas Hale walked with the four daughters of Mary Benson.',
    ),
  },
];
