/**
 * Twenty-four short manuscripts of my own on looks, marks, wounds, ages, origins and callings in the
 * phrasings nineteenth-century novels use most and the earlier checks (`attribute-changes-4.ts` and
 * those it names) do not: "a man of middle height", "a woman of slender figure", a relative clause
 * ("whose eyes were a clear grey", "her hair, which was of a deep red"), a possessive with several
 * adjectives ("his large, mournful grey eyes"), "with" after an apposition's noun, a scar's or a
 * wound's side, "in her nineteenth year", a year of birth, "born and bred in", an apposition's
 * calling ("the curate of the parish"), and looks and an age given in dialogue. Seventeen hold a real
 * contradiction (which must be found: an issue citing both sides) and seven a legitimate change close
 * to one of them (which must get no issue): another's height, a second scar elsewhere, another's
 * eyes, the sound leg used, an age twenty years on, a curate made rector, another's hair. Written for
 * the continuity thirty-eighth session before any rule of it and before any output on them was read
 * (`attribute-changes-5.test.ts` says which are found and flagged). The people are those of
 * `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const ATTRIBUTE_CHANGES_5_REAL: readonly Contradiction[] = [
  {
    name: 'a man of middle height, then a very tall man',
    text: chapters(
      'Thomas Hale was a man of middle height, with a short brown beard.',
      'The rain had stopped by noon.',
      'Thomas Hale, a very tall man, had to stoop under the lintel of the cottage.',
    ),
    cites: ['middle height', 'very tall man'],
  },
  {
    name: 'whose eyes were a clear grey, then brown eyes',
    text: chapters(
      'Mary Benson, whose eyes were a clear grey, said nothing at all.',
      'Mary Benson lifted her dark brown eyes from the letter.',
    ),
    cites: ['eyes were a clear grey', 'brown eyes'],
  },
  {
    name: 'a girl with golden hair, then black hair in speech',
    text: chapters(
      'Ann Lacey was a pretty girl with golden hair and a quick tongue.',
      '“Ann has black hair, like all her mother’s people,” said Thomas Hale.',
    ),
    cites: ['golden hair', 'black hair'],
  },
  {
    name: 'his large, mournful grey eyes, then dark brown eyes',
    text: chapters(
      'Edward Crane turned, and his large, mournful grey eyes rested on the boy.',
      'Edward Crane had the dark brown eyes of his mother’s people.',
    ),
    cites: ['grey eyes', 'brown eyes'],
  },
  {
    name: 'whose hair was a bright chestnut, then flaxen hair',
    text: chapters(
      'Mary Benson, whose hair was a bright chestnut, sat at the head of the table.',
      'The carriage was late.',
      'Mary Benson bent her head, and her flaxen hair fell over her face.',
    ),
    cites: ['hair was a bright chestnut', 'flaxen hair'],
  },
  {
    name: 'a scar on his left cheek, then on his right',
    text: chapters(
      'Edward Crane had a long white scar on his left cheek, from a sabre cut.',
      'Edward Crane rubbed the scar on his right cheek and said nothing.',
    ),
    cites: ['left cheek', 'right cheek'],
  },
  {
    name: 'wounded in the left leg, then limping on his lame right leg',
    text: chapters(
      'Thomas Hale had been wounded in the left leg at Salamanca, and he walked with a stick.',
      'Thomas Hale limped into the room on his lame right leg.',
    ),
    cites: ['wounded in the left leg', 'lame right leg'],
  },
  {
    name: 'in her nineteenth year, then a woman of forty',
    text: chapters(
      'Ann Lacey was then in her nineteenth year, and the prettiest girl in the parish.',
      'That same summer Ann Lacey, a woman of forty, kept the shop by the church.',
    ),
    cites: ['nineteenth year', 'woman of forty'],
  },
  {
    name: 'born in the year 1820, then born in 1832',
    text: chapters(
      'Mary Benson was born in the year 1820, at the old farm by the river.',
      'Mary Benson had been born in 1832, the winter of the great frost.',
    ),
    cites: ['1820', '1832'],
  },
  {
    name: 'born and bred in Liverpool, then his native town of Norwich',
    text: chapters(
      'Edward Crane was born and bred in Liverpool, and he never lost the speech of it.',
      'Edward Crane went back at last to his native town of Norwich.',
    ),
    cites: ['born and bred in Liverpool', 'native town of Norwich'],
  },
  {
    name: 'the curate of the parish, then a doctor these twenty years',
    text: chapters(
      'Edward Crane, the curate of the parish, read the lesson in a thin voice.',
      'Edward Crane had been a doctor in the town these twenty years, and knew every family in it.',
    ),
    cites: ['the curate', 'doctor in the town'],
  },
  {
    name: 'a little fellow in speech, then tall and broad-shouldered',
    text: chapters(
      '“Thomas Hale is a little fellow, no taller than his sister,” said Mary Benson.',
      'Thomas Hale was a tall, broad-shouldered man with a loud laugh.',
    ),
    cites: ['little fellow', 'tall, broad-shouldered'],
  },
  {
    name: 'a woman of slender figure, then stout and heavy',
    text: chapters(
      'Ann Lacey was a woman of slender figure and quiet manners.',
      'Ann Lacey, a stout, heavy woman, sat down on the bench with a sigh.',
    ),
    cites: ['slender figure', 'stout, heavy woman'],
  },
  {
    name: 'with bright black eyes after an apposition, then mild blue eyes',
    text: chapters(
      'Mary Benson, a little woman with bright black eyes, opened the door to them.',
      'Mary Benson looked at him with her mild blue eyes.',
    ),
    cites: ['black eyes', 'blue eyes'],
  },
  {
    name: 'her hair, which was of a deep red, then brown hair',
    text: chapters(
      'Ann Lacey wore her hair, which was of a deep red, in a knot at the back of her head.',
      'Ann Lacey brushed her brown hair by the fire.',
    ),
    cites: ['deep red', 'brown hair'],
  },
  {
    name: 'thirty last birthday in her own speech, then a girl of seventeen',
    text: chapters(
      '“I was thirty last birthday, and I am not ashamed of it,” said Mary Benson.',
      'Mary Benson, a girl of seventeen, ran down the lane to meet the coach.',
    ),
    cites: ['thirty last birthday', 'girl of seventeen'],
  },
  {
    name: 'grey eyes in another’s speech, then hazel eyes',
    text: chapters(
      '“Edward Crane has grey eyes, as cold as a winter sea,” said Ann Lacey.',
      'Edward Crane’s hazel eyes twinkled at the joke.',
    ),
    cites: ['grey eyes', 'hazel eyes'],
  },
];

export const ATTRIBUTE_CHANGES_5_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a man of middle height beside a very tall stranger',
    text: chapters(
      'Thomas Hale was a man of middle height, with a short brown beard.',
      'Thomas Hale looked up at a very tall man who stood in the doorway.',
    ),
  },
  {
    name: 'a scar on his left cheek, and a new scar on his right hand',
    text: chapters(
      'Edward Crane had a long white scar on his left cheek, from a sabre cut.',
      'At the forge Edward Crane burned his right hand, and it left a scar.',
    ),
  },
  {
    name: 'a child whose eyes were grey, not hers',
    text: chapters(
      'Mary Benson spoke kindly to a child whose eyes were grey.',
      'Mary Benson lifted her dark brown eyes from the letter.',
    ),
  },
  {
    name: 'wounded in the left leg, resting on the right',
    text: chapters(
      'Thomas Hale had been wounded in the left leg at Salamanca, and he walked with a stick.',
      'Thomas Hale stood with all his weight on his right leg.',
    ),
  },
  {
    name: 'in her nineteenth year, then forty twenty years later',
    text: chapters(
      'Ann Lacey was then in her nineteenth year, and the prettiest girl in the parish.',
      'Twenty years later Ann Lacey, now a woman of forty, kept the shop by the church.',
    ),
  },
  {
    name: 'the curate made rector',
    text: chapters(
      'Edward Crane, the curate of the parish, read the lesson in a thin voice.',
      'When old Mr. Grey died, Edward Crane was made rector in his place.',
    ),
  },
  {
    name: 'a girl with golden hair led by the hand',
    text: chapters(
      'Ann Lacey had black hair, like all her mother’s people.',
      'Ann Lacey came up the lane leading a little girl with golden hair by the hand.',
    ),
  },
];
