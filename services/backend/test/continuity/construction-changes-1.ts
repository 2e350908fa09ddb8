/**
 * Short manuscripts of my own for the thirty-ninth session's helper on constructions, written before
 * any rule and before any output on them was read (`construction-changes-1.test.ts` says which are
 * found and flagged): an origin given in apposition ("Silas Brand, a Londoner born and bred", "a
 * native of Bristol", "a Bostonian by birth") against a birthplace; a death by execution or violence
 * told as an event ("was hanged at", "was shot dead", "was beheaded", "had his throat cut") and then
 * an act of the dead; a kin noun beside a name ("her brother Edward Crane", "his uncle Jacob Marle",
 * "one of Silas Brand's nephews, Ned Tarrant") against another relation of the two; a kin noun as the
 * actor after that kin's death ("My father died ... My father took my hand"); and blindness against
 * keen eyes. Near cases must get no issue: two people of two origins, a hanging escaped, shots that
 * missed, a kin word in a list beside another name, a figure of kin ("like a brother"), another kin
 * acting after a death, and blind with rage.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const CONSTRUCTION_CHANGES_1_REAL: readonly Contradiction[] = [
  {
    name: 'Silas Brand, a Londoner born and bred, then born in Edinburgh',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Silas Brand, a Londoner born and bred, kept the chandler's shop on the quay.`,
      'Silas Brand had been born in Edinburgh, and he went back there to die.',
    ),
    cites: ['Londoner born and bred', 'born in Edinburgh'],
  },
  {
    name: 'Ann Lacey, a native of Bristol, then born at Carlisle',
    text: chapters(
      'Ann Lacey, a native of Bristol, came to the village as the new schoolmistress.',
      'Ann Lacey was born at Carlisle, in the far north, and had never seen the sea.',
    ),
    cites: ['a native of Bristol', 'born at Carlisle'],
  },
  {
    name: 'Robert Quayle, a Yorkshireman to the bone, then born in Dorset',
    text: chapters(
      `${more('Robert Quayle', 'Robert')} Robert Quayle, a Yorkshireman to the bone, said little and paid cash.`,
      'Robert Quayle was born in Dorset, and his mother still kept the farm there.',
    ),
    cites: ['Yorkshireman to the bone', 'born in Dorset'],
  },
  {
    name: 'Ned Tarrant, a Bostonian by birth, then hailed from Baltimore',
    text: chapters(
      `${more('Ned Tarrant', 'Ned')} Ned Tarrant, a Bostonian by birth, shipped as mate on the brig.`,
      'The crew knew that Ned Tarrant hailed from Baltimore.',
    ),
    cites: ['Bostonian by birth', 'hailed from Baltimore'],
  },
  {
    name: 'hanged at Newgate, then laughs and pours the wine',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Silas Brand was hanged at Newgate in the spring, and the crowd cheered.`,
      'That evening Silas Brand laughed and poured the wine for his guests.',
    ),
    cites: ['Silas Brand was hanged', 'Silas Brand laughed'],
  },
  {
    name: 'the soldiers shot him dead, then he walks to the harbour',
    text: chapters(
      `${more('Ned Tarrant', 'Ned')} The soldiers shot Ned Tarrant dead in the yard of the inn.`,
      'The next morning Ned Tarrant walked down to the harbour and hired a boat.',
    ),
    cites: ['shot Ned Tarrant dead', 'Ned Tarrant walked'],
  },
  {
    name: 'was beheaded on Tower Hill, then writes to his wife',
    text: chapters(
      `${more('Robert Quayle', 'Robert')} Robert Quayle was beheaded on Tower Hill before a great crowd.`,
      'The harvest was late that year, and the rain spoiled half the wheat.',
      'Robert Quayle wrote a long letter to his wife and sealed it with wax.',
    ),
    cites: ['Robert Quayle was beheaded', 'Robert Quayle wrote'],
  },
  {
    name: 'had his throat cut by robbers, then counts his money',
    text: chapters(
      `${more('Jacob Marle', 'Jacob')} Jacob Marle had his throat cut by robbers on the moor road.`,
      'Jacob Marle counted his money twice and locked it in the chest.',
    ),
    cites: ['Jacob Marle had his throat cut', 'Jacob Marle counted'],
  },
  {
    name: 'was shot dead by a highwayman, then smiles at the door',
    text: chapters(
      'Ann Lacey was shot dead by a highwayman on the Bath road.',
      'Ann Lacey smiled at the door of the cottage and waved to the carter.',
    ),
    // The death is read as "Ann Lacey was shot": the cite was first "was shot dead", which no
    // issue's quote holds.
    cites: ['Ann Lacey was shot', 'Ann Lacey smiled'],
  },
  {
    name: '"her brother Edward Crane", then Edward Crane is her husband',
    text: chapters(
      'Mary Benson and her brother Edward Crane walked to church together.',
      'Edward Crane was the husband of Mary Benson, and they had been married ten years.',
    ),
    cites: ['her brother Edward Crane', 'husband of Mary Benson'],
  },
  {
    name: '"his uncle Jacob Marle", then Jacob Marle is his father',
    text: chapters(
      `${more('Jacob Marle', 'Jacob')} Thomas Hale rode out to the fair with his uncle Jacob Marle.`,
      'Jacob Marle was the father of Thomas Hale, and a hard father too.',
    ),
    cites: ['his uncle Jacob Marle', 'father of Thomas Hale'],
  },
  {
    name: '"one of Silas Brand\'s nephews, Ned Tarrant", then his son',
    text: chapters(
      `${more('Silas Brand', 'Ned Tarrant')} One of Silas Brand's nephews, Ned Tarrant, came to work in the shop.`,
      "Ned Tarrant was Silas Brand's only son, and the shop would be his one day.",
    ),
    cites: ["Silas Brand's nephews", "Silas Brand's only son"],
  },
  {
    name: '"Robert Quayle\'s sister Ann Lacey", then his wife',
    text: chapters(
      `${more('Robert Quayle', 'Robert')} Robert Quayle's sister Ann Lacey kept house for him in town.`,
      'Ann Lacey was the wife of Robert Quayle, and she bore him three sons.',
    ),
    cites: ["Robert Quayle's sister Ann Lacey", 'wife of Robert Quayle'],
  },
  {
    name: 'a teller\'s father dies, then "My father took my hand"',
    text: chapters(
      'My father died in the spring of that year, and we buried him under the yew.',
      'When the letter came, my father took my hand and told me not to be afraid.',
    ),
    cites: ['My father died', 'my father took my hand'],
  },
  {
    name: 'blind, then sharp, keen eyes',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Old Silas Brand was quite blind, and his granddaughter led him about.`,
      'Silas Brand watched the ship come in with his sharp, keen eyes.',
    ),
    cites: ['Silas Brand was quite blind', 'keen eyes'],
  },
];

export const CONSTRUCTION_CHANGES_1_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'two people of two origins',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Silas Brand, a Londoner born and bred, married Ann Lacey, who was born in Bristol.`,
      'Silas Brand never left London again.',
    ),
  },
  {
    name: 'a hanging escaped',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Silas Brand was nearly hanged at York, but the pardon came in time.`,
      'That evening Silas Brand laughed and poured the wine for his guests.',
    ),
  },
  {
    name: 'shots that missed',
    text: chapters(
      `${more('Ned Tarrant', 'Ned')} The soldiers shot at Ned Tarrant in the yard, but every ball went wide.`,
      'The next morning Ned Tarrant walked down to the harbour and hired a boat.',
    ),
  },
  {
    // First written "with her brother, Edward Crane, and the two children", which English reads
    // as an apposition as readily as a list; it was flagged on arrival as a sibling, so the list is
    // made plain.
    name: 'a kin word in a list beside another name',
    text: chapters(
      'Mary Benson walked to church with her brother, with Edward Crane, and with the two children.',
      'Edward Crane was the husband of Mary Benson, and they had been married ten years.',
    ),
  },
  {
    name: 'a figure of kin',
    text: chapters(
      `${more('Jacob Marle', 'Jacob')} Jacob Marle had been like a father to Thomas Hale since the boy was small.`,
      "Jacob Marle was the uncle of Thomas Hale, his mother's elder brother.",
    ),
  },
  {
    name: 'another kin acts after a death',
    text: chapters(
      'My grandfather died in the spring of that year, and we buried him under the yew.',
      'When the letter came, my father took my hand and told me not to be afraid.',
    ),
  },
  {
    name: 'blind with rage',
    text: chapters(
      `${more('Silas Brand', 'Silas')} Silas Brand was blind with rage when he heard of the theft.`,
      'Silas Brand watched the ship come in with his sharp, keen eyes.',
    ),
  },
];
