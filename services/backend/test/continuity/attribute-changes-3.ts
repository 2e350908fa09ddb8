/**
 * Twenty short manuscripts of my own on hands, a couple's children, a lifelong calling, an age in
 * an apposition, a small figure and a fortune, in phrasings the earlier checks
 * (`attribute-changes-2.ts` and those it names) do not use. Nine hold a real contradiction (which
 * must be found: an issue citing both sides) and eleven a legitimate change close to one of them
 * (which must get no issue): a hand used because the other is hurt, another's hand, a "left-handed
 * compliment", a child born to the couple, a calling taken up after the lifelong one ended, an age
 * of years before, a figure grown in ten years, a fortune inherited. Written for the continuity
 * twenty-eighth session before any rule of it and before any output on them was read
 * (`attribute-changes-3.test.ts` says which are found and flagged). The people are those of
 * `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const ATTRIBUTE_CHANGES_3_REAL: readonly Contradiction[] = [
  {
    name: 'a left-handed man, then right-handed',
    text: chapters(
      'Thomas Hale was a left-handed man, and he cut the bread the wrong way round.',
      'Thomas Hale, who had always been right-handed, swung the axe at the log.',
    ),
    cites: ['left-handed man', 'right-handed'],
  },
  {
    name: 'right-handed, then left-handed as she was',
    text: chapters(
      'Mary Benson was right-handed, like everyone in her family.',
      'Left-handed as she was, Mary Benson held the needle awkwardly in the borrowed thimble.',
    ),
    cites: ['right-handed', 'Left-handed'],
  },
  {
    name: "Mr. and Mrs. Crane's two daughters, then the Cranes' five",
    text: chapters(
      'Edward Crane and his wife had two daughters, both of them married young.',
      "The Cranes' five daughters sat in a row in the front pew.",
    ),
    cites: ['two daughters', 'five daughters'],
  },
  {
    name: 'a blacksmith, then a miller all his life',
    text: chapters(
      'Edward Crane was the blacksmith of Ashford, and his forge stood by the ford.',
      'Edward Crane had been a miller all his life, and the flour was in the creases of his hands.',
    ),
    cites: ['blacksmith', 'a miller all his life'],
  },
  {
    name: 'a young woman about twenty-six, then only eighteen',
    text: chapters(
      'The eldest was Mary Benson, a quiet, clever young woman, about twenty-six, who kept her father’s books.',
      'Everyone wondered that Mary Benson, who was only eighteen, should keep the books at all.',
    ),
    cites: ['about twenty-six', 'only eighteen'],
  },
  {
    name: 'so thin and so small, then a tall, big-boned woman',
    text: chapters(
      'Ann Lacey was so thin and so small that the wind seemed likely to carry her off.',
      'Ann Lacey, a tall, big-boned woman, lifted the sack of meal on to the cart by herself.',
    ),
    cites: ['so thin and so small', 'a tall, big-boned woman'],
  },
  {
    name: 'a fortune of ten thousand pounds, then fifteen',
    text: chapters(
      'Thomas Hale and his brother each had a fortune of ten thousand pounds from their father.',
      'Thomas Hale, proud of his fifteen thousand pounds, bought the best horse at the fair.',
    ),
    cites: ['ten thousand pounds', 'fifteen thousand pounds'],
  },
  {
    name: 'wrote with the left hand, then right-handed',
    text: chapters(
      'Edward Crane always wrote with his left hand, for he was left-handed from birth.',
      'Edward Crane, a right-handed fellow, threw the stone across the pond.',
    ),
    cites: ['left-handed', 'right-handed'],
  },
  {
    name: 'a schoolmaster all her working life, then a governess before it',
    text: chapters(
      'Ann Lacey had been the village schoolmistress all her working life.',
      'Ann Lacey had been a governess in Bath in her youth, before she came to the village.',
    ),
    cites: ['schoolmistress all her working life', 'a governess'],
  },
];

export const ATTRIBUTE_CHANGES_3_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'right-handed, then writing with the left while the right is useless',
    text: chapters(
      'Thomas Hale was right-handed, and he wrote a fine clerk’s hand.',
      'A cart crushed his fingers, and for a month his right hand was useless.',
      'Thomas Hale wrote with his left hand, his right hand being useless, and the letter was a scrawl.',
    ),
  },
  {
    name: "left-handed, and another's right-handed blow",
    text: chapters(
      'Edward Crane was left-handed, and the other boys feared his left fist.',
      'Captain Reed struck Edward Crane a right-handed blow across the face.',
    ),
  },
  {
    name: 'right-handed, and a left-handed compliment',
    text: chapters(
      'Mary Benson was right-handed, and sewed as neatly as her mother.',
      'Mary Benson paid Ann Lacey a left-handed compliment on her bonnet.',
    ),
  },
  {
    name: 'the left hand used to hold, the right-handed man',
    text: chapters(
      'Thomas Hale, a right-handed man, took the pen from the clerk.',
      'Thomas Hale held the candle in his left hand and opened the door with his right.',
    ),
  },
  {
    name: "a couple's two daughters, then a third born and three",
    text: chapters(
      'Edward Crane and his wife had two daughters, and they longed for a son.',
      'In the spring a third daughter was born to the Cranes.',
      "The Cranes' three daughters sat in a row in the front pew.",
    ),
  },
  {
    name: 'a miller all his working life, then the parish clerk',
    text: chapters(
      'Edward Crane had been the miller all his working life, and the flour was in the creases of his hands.',
      'At sixty Edward Crane sold the mill to his nephew and became the parish clerk.',
      'Edward Crane, the parish clerk, read the banns in a cracked voice.',
    ),
  },
  {
    name: 'about twenty-six, and only eighteen years before',
    text: chapters(
      'The eldest was Mary Benson, a quiet, clever young woman, about twenty-six, who kept her father’s books.',
      'Eight years before, when she was only eighteen, Mary Benson had refused the curate.',
    ),
  },
  {
    name: 'so thin and so small as a child, tall ten years later',
    text: chapters(
      'As a child Ann Lacey was so thin and so small that the wind seemed likely to carry her off.',
      'Ten years passed, and Ann Lacey grew up at the farm.',
      'Ann Lacey was a tall, strong young woman now, and she could lift a sack of meal.',
    ),
  },
  {
    name: 'so thin and so small beside a tall brother',
    text: chapters(
      'Ann Lacey was so thin and so small that the wind seemed likely to carry her off.',
      'Ann Lacey stood beside her brother, a tall, big-boned man, and looked like a child.',
    ),
  },
  {
    name: 'ten thousand pounds, then an inheritance and fifteen',
    text: chapters(
      'Thomas Hale had a fortune of ten thousand pounds from his father.',
      'His godmother died that winter and left Thomas Hale five thousand pounds more.',
      'Thomas Hale, proud of his fifteen thousand pounds, bought the best horse at the fair.',
    ),
  },
  {
    name: "the couple's three children, and his brother's family of five",
    text: chapters(
      'Thomas Hale and his wife had three children, and the cottage was too small for them.',
      'His brother William Hale had five children of his own at the mill.',
    ),
  },
];
