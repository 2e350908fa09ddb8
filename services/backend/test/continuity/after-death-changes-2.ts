/**
 * Short manuscripts of my own on a character who acts, speaks or writes after the text has them die
 * (issue 19), in constructions nineteenth-century novels use often that the earlier sets
 * (`death-changes.ts`, `after-death-changes.ts`, `after-death-shapes.test.ts`) do not: two people
 * dying together under one verb ("Thomas Hale and his wife both died", "were drowned together"), a
 * death told by a speaker in dialogue ("“Edward Crane is dead,” said the doctor"), the dead lying
 * in the present ("lies dead upstairs"), "dead" before the name ("poor dead Mary Benson"), the tomb
 * or burial of a possessive, "went down with his ship", "was carried off by a fever"; and acts in
 * shapes the earlier sets do not use (a name in a pair that acts, "was seen at", a question's tag,
 * a nod, a knock at the door), near or far from the death, in narration and in speech. The
 * legitimate ones close to them (a ghost, a memory, a flashback's past perfect, a report that
 * proves false, the one of a pair who survives, a death feared) must get no issue. Written for the
 * continuity thirty-eighth session before any rule of it and before any output on them was read
 * (`after-death-changes-2.test.ts` says which are found and flagged).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const AFTER_DEATH_2_REAL: readonly Contradiction[] = [
  {
    name: 'a pair die of one fever, the first named then walks',
    text: chapters(
      'Thomas Hale and Mary Benson both died of the fever that autumn, within a week of each other.',
      'In the spring Thomas Hale walked over the hill to the fair and bought a grey mare.',
    ),
    cites: ['Thomas Hale and Mary Benson both died', 'Thomas Hale walked'],
  },
  {
    name: 'a pair drowned together, the second named then sings',
    text: chapters(
      'Edward Crane and Ann Lacey were drowned together when the ferry overturned below the weir.',
      'At the harvest supper Ann Lacey sang three songs, and the farmers stamped for more.',
    ),
    cites: ['Ann Lacey were drowned', 'Ann Lacey sang'],
  },
  {
    name: 'a death told by a speaker in dialogue, then the dead man rides',
    text: chapters(
      '“Edward Crane is dead,” said the doctor, closing the door softly behind him. “He went in his sleep.”',
      'Two days later Edward Crane rode into the yard on his bay horse and shouted for the groom.',
    ),
    cites: ['Edward Crane is dead', 'Edward Crane rode'],
  },
  {
    name: 'a death told in dialogue by "has died", then the dead woman answers',
    text: chapters(
      '“I am sorry to tell you that Mary Benson has died,” said the curate gravely.',
      'Mary Benson answered the letter herself on the Monday, in her small neat hand.',
    ),
    cites: ['Mary Benson has died', 'Mary Benson answered'],
  },
  {
    name: 'lies dead in the present, then enters',
    text: chapters(
      'The house was very still. Thomas Hale lies dead in the room over the shop, and the blinds are drawn.',
      'Thomas Hale entered the parlour with his hat in his hand and sat down by the fire.',
    ),
    cites: ['Thomas Hale lies dead', 'Thomas Hale entered'],
  },
  {
    name: 'poor dead Mary Benson, then she laughs',
    text: chapters(
      'They put the flowers on the grave of the child, and spoke a long while of poor dead Mary Benson.',
      'Mary Benson laughed at the curate’s joke and poured out the tea.',
    ),
    cites: ['poor dead Mary Benson', 'Mary Benson laughed'],
  },
  {
    name: 'a visit to the possessive’s tomb, then he knocks',
    text: chapters(
      'Every Sunday the widow walked out to Edward Crane’s tomb with a basket of flowers.',
      'Late that night Edward Crane knocked at the door of the vicarage and asked for the vicar.',
    ),
    cites: ['Edward Crane’s tomb', 'Edward Crane knocked'],
  },
  {
    name: 'went down with his ship, then steps ashore',
    text: chapters(
      'Captain Thomas Hale went down with his ship off the Lizard in the great gale of November.',
      'In the new year Thomas Hale stepped ashore at Falmouth and walked up to the harbour office.',
    ),
    cites: ['Thomas Hale went down with his ship', 'Thomas Hale stepped'],
  },
  {
    name: 'carried off by a consumption, then she nods',
    text: chapters(
      'Ann Lacey was carried off by a consumption in her twentieth year, and her mother never smiled again.',
      'At the end of the sermon Ann Lacey nodded to the vicar and left the church.',
    ),
    cites: ['Ann Lacey was carried off', 'Ann Lacey nodded'],
  },
  {
    name: 'had been dead these ten years, then is seen at the window',
    text: chapters(
      'Mary Benson had been dead these ten years, and the house had stood empty since.',
      'That evening Mary Benson was seen at the window of the house, drawing the curtains.',
    ),
    cites: ['Mary Benson had been dead', 'Mary Benson was seen'],
  },
  {
    name: 'killed in a duel, then asks in a question tag',
    text: chapters(
      'Edward Crane was killed in a duel on the sands at dawn, by a captain of the Guards.',
      'The summer after, a letter came for his sister. “Is it from the bank?” asked Edward Crane, and he took it from her hand.',
    ),
    cites: ['Edward Crane was killed', 'asked Edward Crane'],
  },
  {
    name: 'perished in the fire, then smiles at her',
    text: chapters(
      'Thomas Hale perished in the fire that burned the mill to the ground.',
      'When Ann Lacey came in, Thomas Hale smiled at her and held out his hand.',
    ),
    cites: ['Thomas Hale perished', 'Thomas Hale smiled'],
  },
  {
    name: 'the death of a pair in an "and" before one verb, a passive',
    text: chapters(
      'Thomas Hale and Edward Crane were both killed at the battle of Talavera.',
      'Edward Crane came home in the autumn and took a farm near Bath.',
    ),
    cites: ['Edward Crane were both killed', 'Edward Crane came'],
  },
];

export const AFTER_DEATH_2_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a pair in danger, the one who drowned not the one who acts',
    text: chapters(
      'Thomas Hale and Mary Benson were caught by the tide on the sands, and Mary Benson was drowned.',
      'Thomas Hale walked alone along the shore every evening after that.',
    ),
  },
  {
    name: 'a death feared in dialogue, then the man rides',
    text: chapters(
      '“I fear Edward Crane will die before morning,” said the doctor, and he went out into the rain.',
      'But in a week Edward Crane rode into the yard on his bay horse.',
    ),
  },
  {
    name: 'a dead woman remembered laughing',
    text: chapters(
      'Mary Benson died in the spring of that year.',
      'Ann remembered how Mary Benson laughed at the curate’s jokes over the tea things.',
    ),
  },
  {
    name: 'a flashback in the past perfect after the death',
    text: chapters(
      'Thomas Hale perished in the fire that burned the mill to the ground.',
      'As a boy Thomas Hale had walked every day to the mill with his father’s dinner.',
    ),
  },
  {
    name: 'a ghost seen at the window',
    text: chapters(
      'Mary Benson had been dead these ten years, and the house had stood empty since.',
      'The children said that the ghost of Mary Benson was seen at the window on winter nights.',
    ),
  },
  {
    name: 'a report of a death that proves false',
    text: chapters(
      '“Edward Crane is dead,” said the boy from the inn. But the boy was wrong: it was his cousin who had died.',
      'Edward Crane rode into the yard on his bay horse the next morning.',
    ),
  },
];
