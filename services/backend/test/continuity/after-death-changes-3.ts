/**
 * Short manuscripts of my own on a character who acts, speaks or writes after the text has them die
 * (issue 19), varied in how the death is told: in a letter or a speaker's words that the narration
 * then confirms, "was laid in the churchyard", "the fever carried him off", "never rose from her bed
 * again", a first-person teller's "my father" or "my mother", a drowning, an execution, "the late
 * Mr. X"; and in how the dead then act: speaking, writing a letter, nodding, walking in, sitting "at
 * the table". The near cases must get no issue: a ghost, a dream, a flashback in the past perfect, a
 * report of a death later found false, "nearly died", "would die", a son of the same name, the dead
 * remembered or spoken of, a portrait. Written for the continuity fortieth session's helper before
 * any rule of it and before any output on them was read (`after-death-changes-3.test.ts` says
 * which are found and flagged).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const AFTER_DEATH_3_REAL: readonly Contradiction[] = [
  {
    name: 'a death in a letter the narration confirms, then the dead man speaks',
    text: chapters(
      'The letter from Bristol was short. “Your uncle Edward Crane died on Thursday night,” it ran. It was true: Edward Crane had died in the inn at Bristol.',
      '“You have kept the farm well,” said Edward Crane, looking round the yard with approval.',
    ),
    cites: ['Edward Crane had died', 'said Edward Crane'],
  },
  {
    name: 'laid in the churchyard, then writes a letter',
    text: chapters(
      'Mary Benson was laid in the churchyard on a wet morning, and only the sexton and the curate stood by.',
      'In June Mary Benson wrote a long letter to her cousin about the price of wool.',
    ),
    cites: ['Mary Benson was laid in the churchyard', 'Mary Benson wrote'],
  },
  {
    name: 'the fever carried him off, then he walks in',
    text: chapters(
      'The fever carried off Thomas Hale in the second week of March.',
      'On Easter Monday Thomas Hale walked into the kitchen and asked for his breakfast.',
    ),
    cites: ['carried off Thomas Hale', 'Thomas Hale walked'],
  },
  {
    name: 'never rose from her bed again, then she nods',
    text: chapters(
      'Ann Lacey never rose from her bed again after the great frost, and the house was shut up.',
      'When the parson finished the lesson, Ann Lacey nodded and closed her prayer book.',
    ),
    cites: ['Ann Lacey never rose', 'Ann Lacey nodded'],
  },
  {
    name: 'a teller’s father dies, then he is at the table',
    text: chapters(
      'I was fourteen when my father died. He was buried beside the chapel on a grey November day.',
      'That Christmas my father sat at the head of the table and carved the goose for us all.',
    ),
    cites: ['my father died', 'my father sat'],
  },
  {
    name: 'a teller’s mother dies, then she speaks',
    text: chapters(
      'My mother died in the hard winter when the river froze, and I was sent to live with my aunt.',
      '“Eat your supper, child,” said my mother, and she pushed the bowl across to me.',
    ),
    cites: ['My mother died', 'said my mother'],
  },
  {
    name: 'drowned crossing the ford, then he rides to market',
    text: chapters(
      'Edward Crane was drowned crossing the ford when the river was in flood, and his horse came home without him.',
      'On the Saturday Edward Crane rode to market with two calves in the cart behind him.',
    ),
    cites: ['Edward Crane was drowned', 'Edward Crane rode'],
  },
  {
    name: 'an execution at dawn, then he speaks to the jailer',
    text: chapters(
      'Thomas Hale was executed at dawn in the yard of the county gaol, for the murder of the gamekeeper.',
      'The next week Thomas Hale spoke to the jailer about the damp in his cell.',
    ),
    cites: ['Thomas Hale was executed', 'Thomas Hale spoke'],
  },
  {
    name: 'the late Mr. Crane, then he answers',
    text: chapters(
      'The house in the square had belonged to the late Mr. Edward Crane, and his widow let the upper rooms.',
      '“I will not sell it,” answered Edward Crane firmly, and he shut the ledger.',
    ),
    cites: ['late Mr. Edward Crane', 'answered Edward Crane'],
  },
  {
    name: 'a death in a speaker’s words the narration confirms, then she laughs',
    text: chapters(
      '“Mary Benson is gone,” the doctor told them at the door. And so she was; Mary Benson had died an hour before.',
      'At the harvest dance Mary Benson laughed and clapped her hands to the fiddle.',
    ),
    cites: ['Mary Benson had died', 'Mary Benson laughed'],
  },
  {
    name: 'killed by a fall from the hayrick, then he whistles',
    text: chapters(
      'Thomas Hale was killed by a fall from the hayrick in the hot August of that year.',
      'Thomas Hale whistled to his dog and set off across the stubble.',
    ),
    cites: ['Thomas Hale was killed', 'Thomas Hale whistled'],
  },
  {
    name: 'a death by "passed away in her sleep", then she sends a note',
    text: chapters(
      'Old Ann Lacey passed away in her sleep on the night of the great storm.',
      'A note from Ann Lacey reached the rectory the following week, asking for the loan of a ladder.',
    ),
    cites: ['Ann Lacey passed away', 'A note from Ann Lacey'],
  },
  {
    name: 'hanged for theft, then he knocks at the door',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Silas Brand was hanged at Tyburn for the theft of a silver cup.`,
      'A month later Silas Brand knocked at the door of the inn and called for ale.',
    ),
    cites: ['Silas Brand was hanged', 'Silas Brand knocked'],
  },
  {
    name: 'dead of a chill, then she replies in dialogue',
    text: chapters(
      `${more('Hester Vane', 'Hester')} Hester Vane died of a chill she took at the sheep-washing.`,
      '“Not today,” replied Hester Vane, without looking up from her sewing.',
    ),
    cites: ['Hester Vane died', 'replied Hester Vane'],
  },
  {
    name: 'lost with all hands, then he climbs the hill',
    text: chapters(
      'Edward Crane perished with all hands when the brig struck the rocks off Lundy.',
      'The next spring Edward Crane climbed the hill behind the church to look at the sea.',
    ),
    cites: ['Edward Crane perished', 'Edward Crane climbed'],
  },
];

export const AFTER_DEATH_3_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'the dead man’s ghost walks',
    text: chapters(
      'Thomas Hale was executed at dawn in the yard of the county gaol.',
      'The turnkeys swore that the ghost of Thomas Hale walked the yard at midnight.',
    ),
  },
  {
    name: 'the dead woman speaks in a dream',
    text: chapters(
      'Mary Benson was laid in the churchyard on a wet morning.',
      'That night Ann dreamed that Mary Benson stood by the bed and spoke to her softly.',
    ),
  },
  {
    name: 'a flashback in the past perfect',
    text: chapters(
      'Edward Crane was drowned crossing the ford when the river was in flood.',
      'Years before, Edward Crane had ridden that ford a hundred times without a wetting.',
    ),
  },
  {
    name: 'a report of a death later found false',
    text: chapters(
      '“Thomas Hale is dead,” said the carter. But the carter was mistaken, for it was another man.',
      'Thomas Hale walked into the kitchen that evening and asked for his supper.',
    ),
  },
  {
    name: 'nearly died of the fever, then walks',
    text: chapters(
      'Ann Lacey nearly died of the fever that winter, and the doctor came twice a day.',
      'In April Ann Lacey walked down to the mill for the first time since her illness.',
    ),
  },
  {
    name: 'a death that would come, then acts in between',
    text: chapters(
      'Edward Crane would die at sea, many years later, far from the farm.',
      'That summer Edward Crane mended the barn roof and sold the old bull.',
    ),
  },
  {
    name: 'a namesake son acts after his father’s death',
    text: chapters(
      'The elder Thomas Hale died in the spring, and his son, young Thomas, took over the mill.',
      'Young Thomas walked down to the weir every morning to see to the sluices.',
    ),
  },
  {
    name: 'the dead man remembered and spoken of',
    text: chapters(
      'Edward Crane perished with all hands when the brig struck the rocks off Lundy.',
      'Mary often spoke of Edward Crane and remembered how he had laughed at her fears.',
    ),
  },
  {
    name: 'a portrait of the dead woman',
    text: chapters(
      'Mary Benson passed away in her sleep on the night of the great storm.',
      'Her portrait hung over the fireplace, and Mary Benson smiled down from it on the whole room.',
    ),
  },
];
