/**
 * Short manuscripts of my own on acts after a death, in phrasings the earlier checks
 * (`death-changes.ts`, `legitimate-changes.ts`, `teller-parents.test.ts`) do not use: a death told
 * by a pronoun whose antecedent is "the former" or "the latter" of a pair, or a teller's "my
 * mother" the resolver does not see; a letter arriving under its writer's possessive ("Thomas
 * Hale's letter arrived"); a speech tag with the name before its verb; and a teller's parent in a
 * present perfect ("my father and I have lived"). The real ones must be found (an issue citing both
 * sides), the legitimate ones must get no issue. Written for the continuity twenty-ninth session
 * before any rule of it and before any output on them was read: the generality check of acts after
 * death (`after-death-changes.test.ts` says which are found and flagged). The `TOLD_*` manuscripts
 * are told in the first person by Thomas Hale (the story analysis names him the narrator).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const AFTER_DEATH_REAL: readonly Contradiction[] = [
  {
    name: 'the former of a pair dies, then acts',
    text: chapters(
      'Edward Crane and Thomas Hale came home from the war together, but the former had taken a ball in the chest. He lingered through the winter, and in March he died at his sister’s house.',
      'Edward Crane walked down to the mill and bought a sack of flour.',
    ),
    cites: ['he died', 'Edward Crane walked'],
  },
  {
    name: 'the former of two women dies, then acts',
    text: chapters(
      'Ann Lacey and Mary Benson were both taken with the fever, and the former was the worse of the two. She could not keep down even water, and on the Sunday she died.',
      'Ann Lacey opened the shop at eight and served the first customers herself.',
    ),
    cites: ['she died', 'Ann Lacey opened'],
  },
  {
    name: 'a dead man’s letter arrives under his possessive',
    text: chapters(
      'Thomas Hale died of a fever at Lisbon in the spring.',
      'Thomas Hale’s letter arrived the next morning, full of plans for the summer.',
    ),
    cites: ['Thomas Hale died', 'Thomas Hale’s letter arrived'],
  },
  {
    name: 'a drowned woman’s note comes by the post',
    text: chapters(
      'Mary Benson was drowned when the ferry went down in the storm.',
      'Mary Benson’s note came by the first post, asking after the children.',
    ),
    cites: ['Mary Benson was drowned', 'Mary Benson’s note came'],
  },
  {
    name: 'a dead man speaks, the name before the tag’s verb',
    text: chapters(
      'Edward Crane was killed at Salamanca.',
      '“We must sell the horses,” Edward Crane said quietly, and nobody argued.',
    ),
    cites: ['Edward Crane was killed', 'Edward Crane said'],
  },
  {
    name: 'a dead woman speaks, the tag’s verb not "said"',
    text: chapters(
      'Ann Lacey died in the winter of the great frost.',
      '“Bring the lamp here,” Ann Lacey told the boy, and he ran for it.',
    ),
    cites: ['Ann Lacey died', 'Ann Lacey told'],
  },
];

/**
 * Added after the first rules, before any rule of theirs and any output on them: a dead writer's
 * letters told with the word "letters" in the sentence (which marks a memory elsewhere).
 */
export const WRITING_REAL: readonly Contradiction[] = [
  {
    name: 'a dead woman writes long letters every week',
    text: chapters(
      'Ann Lacey died of the cholera in the hot summer of that year.',
      'Ann Lacey wrote to me every week that winter, long letters full of news of the farm.',
    ),
    cites: ['Ann Lacey died', 'Ann Lacey wrote'],
  },
];

export const WRITING_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'the letters a dead woman wrote, read again',
    text: chapters(
      'Ann Lacey died of the cholera in the hot summer of that year.',
      'I read again the long letters Ann Lacey wrote to me every week before the war.',
    ),
  },
];

export const AFTER_DEATH_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'the latter of a pair dies, and the former acts',
    text: chapters(
      'Edward Crane and Thomas Hale came home from the war together, but the latter had taken a ball in the chest. He lingered through the winter, and in March he died at his sister’s house.',
      'Edward Crane walked down to the mill and bought a sack of flour.',
    ),
  },
  {
    name: 'a dead man’s last letter arrives after the funeral',
    text: chapters(
      'Thomas Hale died of a fever at Lisbon in the spring.',
      'Thomas Hale’s last letter arrived a week after the funeral, and his sister wept over it.',
    ),
  },
  {
    name: 'a dead man’s letter kept on the desk',
    text: chapters(
      'Thomas Hale died of a fever at Lisbon in the spring.',
      'Thomas Hale’s letter lay on the desk where I had left it, and I could not read it again.',
    ),
  },
  {
    name: 'a dead man’s words remembered',
    text: chapters(
      'Edward Crane was killed at Salamanca.',
      '“We must sell the horses,” Edward Crane had said, the last time I ever saw him.',
    ),
  },
];

/** Told in the first person: the teller's parent and a death told by a pronoun. */
export const TOLD_REAL: readonly Contradiction[] = [
  {
    name: 'a teller’s mother dies, told by "she" after another woman named as an object',
    text: chapters(
      'My mother sickened in the autumn. She asked for the letters of Mary Benson, and I read them aloud to her. She grew weaker every day, and at the turn of the year she died.',
      'My mother wrote to me at Easter, as she always did.',
    ),
    cites: ['she died', 'My mother wrote'],
  },
  {
    name: 'a teller’s father, the former of a pair, dies',
    text: chapters(
      'My father and Edward Crane were both at the siege, but the former came home with a fever. He never rose from his bed again, and in a month he died.',
      'My father and I rode over to the fair at Norwich.',
    ),
    cites: ['he died', 'My father and I rode'],
  },
  {
    name: 'a dead father in the teller’s present perfect',
    text: chapters(
      'My father died when I was twelve, and we buried him by the church.',
      'My father and I have lived in this house for thirty years.',
    ),
    cites: ['My father died', 'My father and I have lived'],
  },
];

export const TOLD_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a named man dies after the teller’s father, he the subject named last',
    text: chapters(
      'My father sent for Edward Crane in the spring. Edward Crane came at once, though he was ill himself, and within the week he died.',
      'My father rode over to the fair at Norwich.',
    ),
  },
  {
    name: 'a teller’s mother after another woman’s death, who is the subject',
    text: chapters(
      'My mother nursed Ann Lacey through the fever. Ann Lacey grew weaker every day, and at the turn of the year she died.',
      'My mother wrote to me at Easter, as she always did.',
    ),
  },
];
