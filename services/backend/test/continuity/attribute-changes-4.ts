/**
 * Eighteen short manuscripts of my own on eye and hair colour given by a comparison or a compound,
 * after a verb between the hair and its colour, in another's speech, of a subject named only the
 * sentence before, and on height and build in an apposition, in phrasings the earlier checks
 * (`attribute-changes-3.ts` and those it names) do not use. Eleven hold a real contradiction (which
 * must be found: an issue citing both sides) and seven a legitimate change close to one of them
 * (which must get no issue): hair darkened by the years, a comparison of another thing, a compound
 * of another person, a boy grown to a man, a speaker who says she is guessing, hair grey from a
 * fright told, a slight figure beside a tall one. Written for the continuity twenty-ninth session
 * before any rule of it and before any output on them was read (`attribute-changes-4.test.ts` says
 * which are found and flagged). The people are those of `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const ATTRIBUTE_CHANGES_4_REAL: readonly Contradiction[] = [
  {
    name: 'hair hung as yellow as straw, then black hair',
    text: chapters(
      'Thomas Hale came in from the field, and his hair hung about his ears as yellow as old straw.',
      'Thomas Hale ran a hand through his thick black hair and sat down to his supper.',
    ),
    cites: ['as yellow as', 'black hair'],
  },
  {
    name: 'hair as black as a crow’s wing, then golden hair',
    text: chapters(
      'Mary Benson’s hair, as black as a crow’s wing, was pinned up under her cap.',
      'Mary Benson let down her golden hair before the glass.',
    ),
    cites: ['hair, as black', 'golden hair'],
  },
  {
    name: 'a dark-eyed girl in an apposition, then blue-eyed',
    text: chapters(
      'Ann Lacey, a dark-eyed girl from the mill, carried the basket up the hill.',
      'Ann Lacey looked up from her sewing, and her eyes were as blue as cornflowers.',
    ),
    cites: ['dark-eyed', 'as blue'],
  },
  {
    name: 'was grey-eyed like his mother, then brown eyes',
    text: chapters(
      'Edward Crane was grey-eyed like his mother, and quiet like her too.',
      'Edward Crane narrowed his brown eyes against the sun.',
    ),
    cites: ['grey-eyed', 'brown eyes'],
  },
  {
    name: 'fair-haired after “the”, then red hair',
    text: chapters(
      'The fair-haired Thomas Hale was the first to reach the gate.',
      'Thomas Hale pulled his cap down over his red hair.',
    ),
    cites: ['fair-haired', 'red hair'],
  },
  {
    name: 'green eyes in another’s speech to her, then brown eyes',
    text: chapters(
      '“You have your father’s green eyes, Mary,” said Ann Lacey, holding the candle close.',
      'Mary Benson turned her brown eyes to the window.',
    ),
    cites: ['green eyes', 'brown eyes'],
  },
  {
    name: 'black hair said by another of him, then fair hair',
    text: chapters(
      '“Edward Crane has the blackest hair in the county,” said Thomas Hale.',
      'Edward Crane took off his hat, and his fair hair shone in the lamplight.',
    ),
    cites: ['blackest hair', 'fair hair'],
  },
  {
    name: 'the pronoun of the sentence before, then another colour',
    text: chapters(
      'Ann Lacey stood at the door of the dairy. She had grey eyes, set wide apart.',
      'Ann Lacey’s dark brown eyes filled with tears.',
    ),
    cites: ['grey eyes', 'brown eyes'],
  },
  {
    name: 'a slight little man in an apposition, then tall and heavy',
    text: chapters(
      'Edward Crane, a slight little man, opened the door to them.',
      'Edward Crane was a tall, heavy man, and he filled the doorway.',
    ),
    cites: ['slight little man', 'tall, heavy man'],
  },
  {
    name: 'a head shorter than his wife, then the tallest man',
    text: chapters(
      'Thomas Hale was a short man, a head shorter than his wife.',
      'Thomas Hale, the tallest man in the parish, had to stoop under the beam.',
    ),
    cites: ['short man', 'tallest man'],
  },
  {
    name: 'stout and broad, then thin as a rake',
    text: chapters(
      'Mary Benson was a stout, broad woman who could carry two pails at once.',
      'Mary Benson, thin as a rake, slipped between the bars of the gate.',
    ),
    cites: ['stout, broad woman', 'thin as a rake'],
  },
];

export const ATTRIBUTE_CHANGES_4_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'golden hair that darkened over the years to brown',
    text: chapters(
      'As a child Mary Benson had golden hair that the sun bleached paler every summer.',
      'Over the years Mary Benson’s hair had darkened to a quiet brown.',
    ),
  },
  {
    name: 'a comparison with her hair of another thing',
    text: chapters(
      'Ann Lacey had brown hair, and she wore it in a plait.',
      'Ann Lacey put on a shawl as black as a crow’s wing and went out.',
    ),
  },
  {
    name: 'a fair-haired girl he married, not his hair',
    text: chapters(
      'Thomas Hale had black hair like all the Hales.',
      'Thomas Hale married a fair-haired girl from the next village.',
    ),
  },
  {
    name: 'a slight little boy who grew into a tall man',
    text: chapters(
      'Edward Crane was then a slight little boy of eight, always at his mother’s skirts.',
      'Twenty years later Edward Crane had grown into a tall, heavy man.',
    ),
  },
  {
    name: 'a speaker who says she is only guessing',
    text: chapters(
      'Thomas Hale had brown eyes.',
      '“I think his eyes were blue, but I never looked closely,” said Mary Benson.',
    ),
  },
  {
    name: 'hair turned white by a fright the text tells',
    text: chapters(
      'Ann Lacey had red hair that all the village knew.',
      'After the night of the fire, Ann Lacey’s hair turned white, and she never spoke of it.',
    ),
  },
  {
    name: 'a slight figure beside a tall one',
    text: chapters(
      'Mary Benson was a tall woman.',
      'Mary Benson walked beside Edward Crane, a slight little man, to the church.',
    ),
  },
];
