/**
 * Names stated inside a client's account in quotation marks (issue 17; docs/quality/story-bible.md,
 * twenty-seventh session, the third helper): in casebook stories much of a story is a long account
 * in speech ("My name is ... my stepfather, Dr. ... my sister ..."), and The Vellacott Chronicles
 * split a lady over her maiden and married names given in speech, and gave a father's bare surname
 * to his son. Short passages of my own, none of the manuscripts' sentences: a client's own name, her
 * maiden and married names, a stepfather by title and full name then by bare surname, a sister by
 * first name, a father and son of one surname later called "Mr. X" and "young X"; and guards (two
 * brothers both called "Mr. X" by others; a name quoted as a false one). Written whole and
 * committed before any code was run on them; read with the merge traps' rule (misreadTraps): each
 * person's names sit in one entry, and no other person's names in it.
 */
import type { MergeTrap } from './merge-traps.js';

export const toldInSpeech: readonly MergeTrap[] = [
  {
    kind: 'a client states her own full name in speech, then is called "Miss X" in narration',
    text: `"My name is Harriet Quayle," said our visitor, "and I have come up from Dorking this morning." Holmes bowed. "Pray go on, Miss Quayle." Miss Quayle drew off her gloves, and Dr. Watson fetched her a chair.`,
    people: [['Harriet Quayle', 'Miss Quayle'], ['Dr. Watson']],
  },
  {
    kind: 'maiden and married names stated together in speech',
    text: `"I was Miss Ada Farrant before I married Mr. Colville," said the lady. "Mr. Colville died last spring, and since then I have lived alone." Mrs. Colville looked at the fire. Ada had not slept for a week, and Inspector Dawe believed her.`,
    people: [['Miss Ada Farrant', 'Mrs. Colville', 'Ada'], ['Mr. Colville'], ['Inspector Dawe']],
  },
  {
    kind: 'a stepfather by title and full name in speech, then by bare surname; a sister by first name',
    text: `"I live with my stepfather, Dr. Grimsby Tolland, at the old house," she said. "My sister Lucy lived there too, until she died. Tolland has a violent temper, and Lucy feared him." Dr. Tolland called that evening. Tolland was a huge man, and Lucy's name made him scowl.`,
    people: [['Dr. Grimsby Tolland', 'Tolland', 'Dr. Tolland'], ['Lucy']],
  },
  {
    kind: 'a father and son of one surname in speech, later "Mr. X" and "young X"',
    text: `"There were two of them at the mill," she said, "my father, old Mr. Jonas Pennick, and my brother Walter. Mr. Pennick kept the books, and young Pennick drove the carts. Walter was the quicker of the two." Mr. Pennick came to the door that night. Young Pennick stayed with the carts, and Walter Pennick never spoke of it.`,
    people: [
      ['Mr. Jonas Pennick', 'Mr. Pennick'],
      ['Walter', 'Walter Pennick', 'Pennick'],
    ],
  },
  {
    kind: 'guard: two brothers both called "Mr. X" by others, told apart by given names',
    text: `"Mr. Ambrose Kerslake owns the farm," said the constable, "and Mr. Luke Kerslake, his brother, rents the lower field." Ambrose Kerslake was a hard man. Luke Kerslake was gentle, and the dairymaid, Bessie Hoar, liked Luke Kerslake best.`,
    people: [['Ambrose Kerslake'], ['Luke Kerslake'], ['Bessie Hoar']],
  },
  {
    kind: 'guard: a name quoted as a false one joins neither the speaker nor the man in the room',
    text: `"He called himself Mr. Hosmer Angell," said Miss Sutherland, "but that was never his real name." Miss Sutherland wept. James Windibank sat in the corner and said nothing, and Holmes watched James Windibank.`,
    people: [['Miss Sutherland'], ['James Windibank'], ['Mr. Hosmer Angell']],
  },
];
