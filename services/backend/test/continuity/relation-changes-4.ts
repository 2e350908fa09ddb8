/**
 * Short manuscripts of my own on relations, the fourth set: two holding an engagement told as "Name's
 * engagement with Name" (or "betrothal to") and a kinship that cannot stand beside it (which must be
 * found) and three where "engagement" is no betrothal or not a sure one: a promise of doing
 * something ("his engagement to Thomas Hale of dining at the inn"), an appointment ("to dine on
 * Sunday") and a rumour ("her supposed engagement"), which must get no issue. Written for the
 * twenty-eighth session's relation helper before any rule and before any output on them was read
 * (`relation-changes-4.test.ts` says which are found and flagged).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const RELATION_CHANGES_4_REAL: readonly Contradiction[] = [
  {
    name: 'an engagement, then a sister',
    text: chapters(
      `${more('Mary Benson', 'Mary')} A week after Thomas Hale's engagement with Mary Benson had been announced, the banns were read.`,
      'Thomas Hale and his sister Mary Benson walked to church together on Sunday.',
    ),
    cites: ['engagement with Mary Benson', 'his sister Mary Benson'],
  },
  {
    name: 'a betrothal, then a daughter',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Edward Crane's betrothal to Ann Lacey pleased the whole village.`,
      "Ann Lacey, Edward Crane's daughter, kept his house and his accounts.",
    ),
    cites: ['betrothal to Ann Lacey', "Edward Crane's daughter"],
  },
];

export const RELATION_CHANGES_4_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'an engagement of doing something, to a brother',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Edward Crane remembered his engagement to Thomas Hale of dining at the inn.`,
      "Thomas Hale, Edward Crane's brother, waited at the inn till nine.",
    ),
  },
  {
    name: 'an engagement to dine, with a brother',
    text: chapters(
      `${more('Walter Grey', 'Walter')} Robert Grey's engagement with Walter Grey to dine on Sunday could not be broken.`,
      "Walter Grey, Robert Grey's brother, carved the joint.",
    ),
  },
  {
    name: 'a rumoured engagement, to a brother',
    text: chapters(
      `${more('Edward Crane', 'Edward')} Mary Benson laughed at her supposed engagement with Edward Crane.`,
      "Edward Crane, Mary Benson's brother, laughed with her.",
    ),
  },
];
