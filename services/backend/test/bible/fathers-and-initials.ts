/**
 * Fathers and sons of one surname, and names signed with an initial (issue 17; docs/quality/
 * story-bible.md, twenty-eighth session): The Vellacott Chronicles gave an old man's "Mr. X" and
 * bare "X" to his son, joined a major's signature "E. Thursby" to his niece Eleanor by the initial,
 * and kept "the Major" apart from "Edgar". Short passages of my own, none of the manuscript's
 * sentences: a father called "old" before his given name and "Mr. X", beside a son called by his
 * given name; a father of a given name no list knows, known by title and bare surname; a letter
 * signed with an initial and a rank beside a niece of that initial; a signature's initial and the
 * given name a brother calls him by; and guards (an initial of no known sex and the one whole name
 * of its letter; a signed rank's initial beside a given name written with another surname; a son
 * named in full just before a bare surname). Added after the first rules (a second data commit,
 * measured before its code): "the younger X" and "the elder X". Written whole and committed before
 * any code was run on them; read with the merge traps' rule (misreadTraps): each person's names sit in one entry,
 * and no other person's names in it.
 */
import type { MergeTrap } from './merge-traps.js';

export const fathersAndInitials: readonly MergeTrap[] = [
  {
    kind: 'a father called "old" before his given name and "Mr. X", his son by his given name',
    text: `Old Mr. Cobbledick kept the tannery at Polruan. Jabez Cobbledick had built it himself fifty years before, and his son Reuben Cobbledick did the buying now. Old Jabez sat by the stove all day. Reuben rode to Fowey on Saturdays and came back late. The carters said that Mr. Cobbledick could tell a hide by its smell.`,
    people: [
      ['Jabez Cobbledick', 'Mr. Cobbledick', 'Jabez'],
      ['Reuben Cobbledick', 'Reuben'],
    ],
  },
  {
    kind: 'a father of a given name no list knows, by title and bare surname; his son by given name',
    text: `Tamsin Marrack came to us in the rain. Her father was Ezekiel Marrack, the cooper of Quay Street, and her brother Jory helped him.\n\nMarrack's yard was full of staves. Mr. Marrack did not get up from his bench. Jory Marrack stood by the door and said nothing.`,
    people: [['Ezekiel Marrack', 'Mr. Marrack', 'Marrack'], ['Jory Marrack', 'Jory'], ['Tamsin Marrack']],
  },
  {
    kind: 'a letter signed with an initial and a rank, beside a niece of that initial',
    text: `The letter was signed "H. Penwarden, Colonel (retired)." Colonel Penwarden came himself at noon, a stiff grey man with a stick. His niece, Miss Hester Penwarden, kept his house. Hester poured the tea, and the Colonel drank it standing.`,
    people: [
      ['H. Penwarden', 'Colonel Penwarden'],
      ['Miss Hester Penwarden', 'Hester'],
    ],
  },
  {
    kind: "a signature's initial and the given name his brother calls him by",
    text: `A note came up signed "R. Vosper, Captain (retired)." Captain Vosper followed it within the hour and would not sit down. His brother, Mr. Miles Vosper, came after him. "You must forgive Rupert," said Miles Vosper. "Rupert has never waited for anything in his life."`,
    people: [
      ['R. Vosper', 'Captain Vosper', 'Rupert'],
      ['Mr. Miles Vosper', 'Miles Vosper'],
    ],
  },
  {
    kind: 'guard: an initial of no known sex joins the one whole name of its letter',
    text: `The parcel was addressed to J. Polglase, Trevarno Farm. Jenifer Polglase opened it in the dairy. Her husband, Amos Polglase, watched her.`,
    people: [['J. Polglase', 'Jenifer Polglase'], ['Amos Polglase']],
  },
  {
    kind: "guard: a signed rank's initial joins no given name written with another surname",
    text: `The report was signed "T. Keast, Major." Major Keast himself never came to the mine. Thomas Rowe, the captain of the shaft, read it aloud, and the men listened to Thomas.`,
    people: [
      ['T. Keast', 'Major Keast'],
      ['Thomas Rowe', 'Thomas'],
    ],
  },
  {
    kind: 'guard: a son named in full just before a bare surname keeps it',
    text: `Mr. Henry Nance kept the chandlery on the quay, and his son Arthur Nance ran his errands. Mr. Nance was at the counter. Mr. Nance nodded to us.\n\nArthur came to the door of the loft. Arthur Nance was a big fair lad. Nance wiped his hands on his apron and came down the ladder.`,
    people: [
      ['Mr. Henry Nance', 'Mr. Nance'],
      ['Arthur Nance', 'Arthur', 'Nance'],
    ],
  },
  {
    kind: '"the younger X" for a son called by his given name, beside a father known by title',
    text: `Mr. Josiah Tregenza owned the brewery at Penryn, and his son Martin Tregenza kept its books. Martin was the clever one. The younger Tregenza had been to Oxford, and the draymen said so behind his back.`,
    people: [['Mr. Josiah Tregenza'], ['Martin Tregenza', 'Martin', 'Tregenza']],
  },
  {
    kind: '"the elder X" for the father, just after the son is named by his given name',
    text: `Mr. Josiah Tregenza owned the brewery at Penryn, and his son Martin Tregenza kept its books. Martin came to the door to meet us. The elder Tregenza stayed in the counting-house and did not look up.`,
    people: [
      ['Mr. Josiah Tregenza', 'Tregenza'],
      ['Martin Tregenza', 'Martin'],
    ],
  },
];
