/**
 * Eight short manuscripts of my own on complexion, beauty, the shape of the hair, a lost limb, birth
 * order, a parent's death told in the first person and a family's plural name with a count: six
 * holding a real contradiction (which must be found: an issue citing both sides) and two holding a
 * legitimate change close to one of them (which must get no issue). Written for the continuity
 * twenty-fifth session before any rule of it and before any output on them was read: the
 * generality check of those kinds (`new-kinds-changes.test.ts` says which are found and flagged).
 * The people are those of `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const NEW_KINDS_REAL: readonly Contradiction[] = [
  {
    name: 'a dark complexion, then fair skin',
    text: chapters(
      'Mary Benson had a dark complexion and quick black eyes, and she laughed at everything.',
      'Mary Benson sat by the window, her fair skin pale in the winter light.',
    ),
    cites: ['dark complexion', 'fair skin'],
  },
  {
    name: 'my mother dead when I was six, then writing to me',
    text: chapters(
      'My mother died when I was six, and I was sent to live with my aunt at the mill.',
      'At school a letter came from my mother, full of news of the village, and I read it twice.',
    ),
    cites: ['My mother died', 'a letter came from my mother'],
  },
  {
    name: 'straight hair, then curls',
    text: chapters(
      'Ann Lacey wore her straight black hair pulled back from her face.',
      'The next morning Ann Lacey shook her black curls and laughed at the rain.',
    ),
    cites: ['straight black hair', 'black curls'],
  },
  {
    name: 'an arm lost at Waterloo, then both arms raised',
    text: chapters(
      'Thomas Hale had lost his left arm at Waterloo, and the empty sleeve was pinned to his coat.',
      'When the news came, Thomas Hale raised both arms above his head and cheered.',
    ),
    cites: ['lost his left arm', 'raised both arms'],
  },
  {
    name: 'the eldest, then the youngest',
    text: chapters(
      'Mary Benson was the eldest of the Benson girls, and kept house for her father.',
      'Mary Benson, the youngest of the family, had always been spoiled by her sisters.',
    ),
    cites: ['the eldest of the Benson girls', 'the youngest of the family'],
  },
  {
    name: 'three Miss Bensons, then four sisters',
    text: chapters(
      'The three Miss Bensons lived with their father at the mill.',
      'Mary Benson and her three sisters walked to church together, the four sisters arm in arm.',
    ),
    cites: ['three Miss Bensons', 'four sisters'],
  },
];

export const NEW_KINDS_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a plain child grown into a beauty',
    text: chapters(
      'Ann Lacey was a plain child, thin and freckled, with a sharp little face.',
      'Ten years passed, and the child grew up.',
      'Ann Lacey had become the beauty of the county, and half the young men were in love with her.',
    ),
  },
  {
    name: 'a skin browned by a voyage',
    text: chapters(
      'Edward Crane had the fair skin of a clerk who never left his office.',
      'Edward Crane sailed for India and spent three years in the sun.',
      'When he came home, Edward Crane was burnt brown by the sun, and his sisters hardly knew him.',
    ),
  },
];
