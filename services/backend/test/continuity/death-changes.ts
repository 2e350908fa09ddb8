/**
 * Sixteen short manuscripts of my own on a character who acts, speaks or writes after the text has
 * them die (issue 19): nine holding a real contradiction, the death told in a phrasing the tuned
 * items do not use ("breathed his last", "was laid in the churchyard", "the late", "we buried her",
 * "they hanged", the sea that took someone, "did not survive", a funeral, a fall that killed), which
 * must be found (an issue citing both sides); and seven legitimate ones close to them (a haunting, a
 * dream, a letter written before a drowning and read after it, words said years before, a death
 * believed and disproved, a namesake son, a death feigned), which must get no issue. Written for
 * the continuity forty-fifth pass before any rule of it and before any output on them was read
 * (`death-changes.test.ts` says which are found and flagged). The people are those of
 * `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const DEATH_CHANGES_REAL: readonly Contradiction[] = [
  {
    name: 'breathed his last in his chair, then walks to the mill',
    text: chapters(
      'Before the doctor could come up from the village, old Thomas Hale breathed his last in the big chair by the kitchen fire.',
      'On the Monday Thomas Hale walked down to the mill and argued with the miller over the price of flour.',
    ),
    cites: ['breathed his last', 'Thomas Hale walked'],
  },
  {
    name: 'laid in the churchyard, then opens the shop',
    text: chapters(
      'On the Tuesday Mary Benson was laid in the churchyard beside her father, and the whole street came to see it.',
      'Mary Benson opened the shop at eight the next morning and sold a pound of tea to the curate.',
    ),
    cites: ['laid in the churchyard', 'Mary Benson opened'],
  },
  {
    name: 'the late Edward Crane, then writes to his sister',
    text: chapters(
      'That summer the house of the late Edward Crane was sold at auction to a lawyer from London.',
      'In the autumn Edward Crane wrote a long letter to his sister about the harvest.',
    ),
    cites: ['the late Edward Crane', 'Edward Crane wrote'],
  },
  {
    name: 'we buried her under the yew, then she asks for the keys',
    text: chapters(
      'Ann Lacey took the fever in March. We buried her on a grey morning under the yew by the church wall.',
      'Ann Lacey came into the kitchen after supper and asked me for the keys of the cellar.',
    ),
    cites: ['buried her', 'Ann Lacey came'],
  },
  {
    name: 'hanged at the county gaol, then calls for beer',
    text: chapters(
      'They hanged Edward Crane at the county gaol on the first of May, for the robbery of the mail coach.',
      'That evening Edward Crane pushed open the door of the inn and called for a pot of beer.',
    ),
    cites: ['hanged Edward Crane', 'Edward Crane pushed'],
  },
  {
    name: 'the sea took him, then he mends the nets',
    text: chapters(
      'The sea took Thomas Hale in the great gale of that winter, and his body was never found.',
      'In the spring Thomas Hale mended his nets on the quay and whistled at the gulls.',
    ),
    cites: ['The sea took Thomas Hale', 'Thomas Hale mended'],
  },
  {
    name: 'did not survive the winter, then speaks',
    text: chapters(
      'Mary Benson had been ill since the autumn, and she did not survive the winter.',
      '"The house is cold," said Mary Benson to her maid in April, and she sent for more coal.',
    ),
    cites: ['did not survive', 'said Mary Benson'],
  },
  {
    name: "a funeral, then the dead one's letter arrives",
    text: chapters(
      "Half the parish walked behind the coffin at Edward Crane's funeral on the wet Thursday.",
      'A week later a letter from Edward Crane reached the vicar, complaining of the new curate.',
    ),
    cites: ["Edward Crane's funeral", 'a letter from Edward Crane'],
  },
  {
    name: 'thrown and killed on the spot, then rides to town',
    text: chapters(
      'Thomas Hale was thrown from his horse at the ford and killed on the spot.',
      'The next week Thomas Hale rode into town to see his banker.',
    ),
    cites: ['killed on the spot', 'Thomas Hale rode'],
  },
];

export const DEATH_CHANGES_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a haunting after a death',
    text: chapters(
      'Thomas Hale died at the mill in the great frost, and they buried him in the churchyard.',
      'For years afterwards, the village said, Thomas Hale haunted the old mill, and the boys who went there at night heard him groaning in the wheel-house.',
    ),
  },
  {
    name: 'a dream of the dead woman',
    text: chapters(
      'Mary Benson breathed her last on Christmas Eve.',
      'In her dream that night Ann saw Mary Benson at the gate, and Mary Benson called her name and waved.',
    ),
  },
  {
    name: 'a letter written before a drowning, read after it',
    text: chapters(
      'Edward Crane was drowned off the Goodwin Sands in May.',
      'In June his sister read the letter Edward Crane had written to her in April, a month before he drowned.',
    ),
  },
  {
    name: 'words said years before',
    text: chapters(
      'Thomas Hale was laid in the churchyard on the hill.',
      '"Bury me where I can see the river," Thomas Hale had said to her, years before.',
    ),
  },
  {
    name: 'a death believed and disproved',
    text: chapters(
      'Mary Benson was said to have died of the cholera in Calcutta.',
      'But the report was false. One evening in October Mary Benson walked up the drive, thin and brown, and rang the bell.',
    ),
  },
  {
    name: 'a namesake son after the father dies',
    text: chapters(
      'Old Edward Crane died in the spring and was buried beside his wife.',
      'His son, who bore the same name, took over the farm. Young Edward Crane ploughed the long field himself that autumn.',
    ),
  },
  {
    name: 'a death feigned',
    text: chapters(
      'Everyone in the village believed that Thomas Hale had drowned in the river. He had only pretended to drown, and swam to the far bank in the dark.',
      'A month later Thomas Hale walked into Bristol under another name.',
    ),
  },
];
