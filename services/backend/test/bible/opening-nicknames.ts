/**
 * Nicknames set before the name at the opening of a sentence or a speech ("Bishop, as they call Jem
 * Haskett on this coast," in The Vellacott Chronicles; issue 17, docs/quality/story-bible.md,
 * twenty-seventh session, the second helper): short passages of my own, none of the manuscript's
 * sentences, where the nickname is a word the text never writes as a name elsewhere before the
 * sentence ("Sprat"), or a rank ("Judge", "Sergeant"); and guards where an adverb opens the
 * sentence before "as ... called" and a name ("Later, as the sergeant called Sam Bray forward").
 * Written whole and committed before any code was run on them; read with the merge traps' rule
 * (misreadTraps): each person's names sit in one entry, and no other person's names in it.
 */
import type { MergeTrap } from './merge-traps.js';

export const openingNicknames: readonly MergeTrap[] = [
  {
    kind: '"X, as the bargemen called Full Name," opening the narration',
    text: `Sprat, as the bargemen called Billy Nance, was the smallest man on the river. Billy Nance could swim like an eel, and the lock-keeper, Mr. Hendy, trusted Sprat with the tiller.`,
    people: [['Billy Nance', 'Sprat'], ['Mr. Hendy']],
  },
  {
    kind: '"Rank, as the market calls Full Name," opening a speech',
    text: `"Judge, as the market calls Caleb Rowe, will weigh it for you," said the carter. Judge weighed the wool at noon, and Mrs. Rowe wrote the figure down for Judge.`,
    people: [['Caleb Rowe', 'Judge'], ['Mrs. Rowe']],
  },
  {
    kind: '"Rank, as the whole street called Full Name," opening the narration',
    text: `Sergeant, as the whole street called Nat Polglase, had never served a day in any army. He drilled the boys on the green, and Dr. Vian laughed at the Sergeant.`,
    people: [['Nat Polglase', 'Sergeant'], ['Dr. Vian']],
  },
  {
    kind: 'guard: an adverb opening the sentence before "as ... called" a name',
    text: `Later, as the sergeant called Sam Bray forward, the crowd went quiet. Sam Bray stood up. Mrs. Kitto watched Sam Bray all the while.`,
    people: [['Sam Bray'], ['Mrs. Kitto']],
  },
  {
    kind: 'guard: a conjunction opening the sentence before "as ... called" a name',
    text: `Then, as the clerk called Ruth Angove to the desk, the door banged. Ruth Angove signed the book, and Peter Angove signed after her.`,
    people: [['Ruth Angove'], ['Peter Angove']],
  },
];
