/**
 * The second set of first-person ties (issue 17; docs/quality/story-bible.md, twenty-sixth session):
 * kin stated in speech with a copula and a pronoun or a name ("She is my niece," said Mrs. Lowe; "I
 * am his wife"; "Tom is my brother"; "Harry, I am your father"), where the pronoun stands for one
 * person the passage makes plain; and guards ("She is like my sister", "as if he were my son", "He
 * is not my brother", "Is she your niece?", "He was my father's partner", a pronoun two people could
 * take). Written whole and committed before any code was run on them; read as the first set is
 * (first-person-ties.test.ts): the tie expected between the two names, or none.
 */
import type { FirstPersonTie } from './first-person-ties.js';

export const firstPersonTies2: FirstPersonTie[] = [
  {
    text: `Mrs. Lowe came into the shop with Rosa Kemp. Rosa Kemp was shy and stood by the door.\n\n"She is my niece," said Mrs. Lowe. "She is to help me in the shop." Rosa curtsied to the customers.`,
    between: ['Mrs. Lowe', 'Rosa Kemp'],
    type: 'family',
  },
  {
    text: `Captain Moyle lay ill at the Ship Inn. Mrs. Moyle came to the inn at night and asked for him.\n\n"I am his wife," said Mrs. Moyle. The landlord took her upstairs.`,
    between: ['Mrs. Moyle', 'Captain Moyle'],
    type: 'spouse',
  },
  {
    text: `Alice Wray pointed to the boy on the wall. Alice Wray was laughing.\n\n"Tom is my brother," said Alice Wray. "He will fall one day." Tom waved to them.`,
    between: ['Alice Wray', 'Tom'],
    type: 'sibling',
  },
  {
    text: `Jonas Fell looked long at the young man. Jonas Fell put out his hand.\n\n"Daniel, you are my son," said Jonas Fell. Daniel did not take the hand.`,
    between: ['Jonas Fell', 'Daniel'],
    type: 'parent_of',
  },
  {
    text: `Miss Ada Lusk was ill, and the doctor would let no one see her. A young man came to the door at noon.\n\n"I am her brother," said Robert Lusk. The doctor let him in.`,
    between: ['Robert Lusk', 'Miss Ada Lusk'],
    type: 'sibling',
  },
  {
    text: `Over the fireplace hung a portrait of Lady Cressing in white. Sir Hugh stood before it a long time.\n\n"She was my mother," said Sir Hugh. "She died when I was four."`,
    between: ['Sir Hugh', 'Lady Cressing'],
    type: 'parent_of',
  },
  {
    text: `Mr. Brereton was asleep in the chair by the fire. Mrs. Brereton put her finger to her lips.\n\n"He is my husband," said Mrs. Brereton softly. "He has not slept for three nights."`,
    between: ['Mrs. Brereton', 'Mr. Brereton'],
    type: 'spouse',
  },
  {
    text: `Mr. Quennell stood in the doorway. Mr. Quennell looked at the boy.\n\n"Harry, I am your father," said Mr. Quennell. Harry stared at him.`,
    between: ['Mr. Quennell', 'Harry'],
    type: 'parent_of',
  },
  {
    text: `Mr. Rolt brought a lady into the room. Mr. Rolt was very proud.\n\n"Miss Aske is my cousin," said Mr. Rolt. Miss Aske bowed to the company.`,
    between: ['Mr. Rolt', 'Miss Aske'],
    type: 'family',
  },
  {
    text: `Emily stood in the empty mill. Emily touched the old loom.\n\n"Mr. Garside was my father," said Emily. "He built this loom." Mr. Garside had been dead ten years.`,
    between: ['Emily', 'Mr. Garside'],
    type: 'parent_of',
  },
  {
    text: `Lord Wendle had died in the spring. Pratt stood by the grave with his hat in his hand.\n\n"I was his servant for twenty years," said Pratt. Nobody answered him.`,
    between: ['Pratt', 'Lord Wendle'],
    type: 'works_for',
  },
  {
    text: `Mr. Fanshawe came in with Clara on his arm. Mr. Fanshawe was smiling.\n\n"She is my wife," said Mr. Fanshawe. "We were married on Tuesday." Clara laughed.`,
    between: ['Mr. Fanshawe', 'Clara'],
    type: 'spouse',
  },
  {
    text: `Mary Dean sat by the window. Mary Dean spoke of Jack.\n\n"Jack was my brother," said Mary Dean. "He was drowned off the Lizard." Jack had been nineteen.`,
    between: ['Mary Dean', 'Jack'],
    type: 'sibling',
  },
  {
    text: `Mr. Blount came up the path with a stick. Fanny Marle ran to meet him.\n\n"He is my uncle," said Fanny Marle. "He lives at Truro."`,
    between: ['Fanny Marle', 'Mr. Blount'],
    type: 'family',
  },
  // Guards: no tie of the two.
  {
    text: `Mr. Kell showed the visitor the office. Mr. Dunstan's desk stood empty by the window.\n\n"He was my father's partner," said Mr. Kell. "Mr. Dunstan kept the books." Mr. Kell sat down.`,
    between: ['Mr. Kell', 'Mr. Dunstan'],
    type: null,
  },
  {
    text: `Mrs. Lowe came into the shop with Rosa Kemp. Mr. Pardoe looked at the girl.\n\n"Is she your niece?" asked Mr. Pardoe. Mrs. Lowe did not answer.`,
    between: ['Mrs. Lowe', 'Rosa Kemp'],
    type: null,
  },
  {
    text: `Clara Moss and Jenny Hale had grown up together. Clara Moss took Jenny's hand.\n\n"She is like my sister," said Clara Moss. Jenny Hale smiled.`,
    between: ['Clara Moss', 'Jenny Hale'],
    type: null,
  },
  {
    text: `Mr. Ruddock looked at Will Tapp across the yard. Mr. Ruddock had taught him everything.\n\n"I love him as if he were my son," said Mr. Ruddock. Will Tapp did not hear.`,
    between: ['Mr. Ruddock', 'Will Tapp'],
    type: null,
  },
  {
    text: `Jack Pole came in with the milk. Kate Ferrier turned her back on him.\n\n"He is not my brother," said Kate Ferrier. "Whatever they say in the village."`,
    between: ['Kate Ferrier', 'Jack Pole'],
    type: null,
  },
  {
    text: `Mr. Hobday and Mr. Finch stood at the gate. Mrs. Lane watched them from the porch.\n\n"He is my brother," said Mrs. Lane. Neither of them looked up.`,
    between: ['Mrs. Lane', 'Mr. Finch'],
    type: null,
  },
  {
    text: `Captain Moyle lay ill at the Ship Inn. Miss Penhale came to the inn at night and asked for him.\n\n"I am not his wife," said Miss Penhale. "But I will nurse him."`,
    between: ['Miss Penhale', 'Captain Moyle'],
    type: null,
  },
  {
    text: `Lady Ware came in with Miss Pim. Miss Pim carried the shawls.\n\n"She is my niece's governess," said Lady Ware. Miss Pim curtsied.`,
    between: ['Lady Ware', 'Miss Pim'],
    type: null,
  },
  {
    text: `Mrs. Cope and Miss Dacre sat by the window. Lady Bryce came in behind them.\n\n"She is my niece," said Lady Bryce. Mrs. Cope went on sewing.`,
    between: ['Lady Bryce', 'Miss Dacre'],
    type: null,
  },
];
