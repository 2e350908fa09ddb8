/**
 * Short manuscripts of my own on relations, the sixth set, for the twenty-ninth session's relation
 * helper, written before any rule and before any output on them was read
 * (`relation-changes-6.test.ts` says which are found and flagged): a kin said after "whose" to be a
 * person the text knows by a rank ("Lord Henry, whose father was the Duke of Balmoral"), against
 * another kinship to that person; and agreements or other readings close to it, which must get no
 * issue.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const RELATION_CHANGES_6_REAL: readonly Contradiction[] = [
  {
    name: 'a father who is the Duke, then the Duke an uncle',
    text: chapters(
      `${more('Henry Grey', 'Henry')} Henry Grey, whose father was the Duke of Balmoral, had never wanted for anything.`,
      "At the ball the Duke, Henry Grey's uncle, danced with every widow in the room.",
    ),
    cites: ['whose father was the Duke', "Henry Grey's uncle"],
  },
  {
    name: 'an uncle who is the Bishop, then the Bishop a father',
    text: chapters(
      `${more('Walter Crane', 'Walter')} Walter Crane, whose uncle is the Bishop, was given the living at Esham.`,
      "The Bishop, Walter Crane's father, preached at his induction.",
    ),
    cites: ['whose uncle is the Bishop', "Walter Crane's father"],
  },
  {
    name: 'a grandfather who is the king of the island, then the King a father',
    text: chapters(
      `${more('Tom Hale', 'Tom')} Tom Hale, whose grandfather was the king of the island, never spoke of it.`,
      "The King, Tom Hale's father, had sent him to sea at twelve.",
    ),
    cites: ['whose grandfather was the king', "Tom Hale's father"],
  },
];

export const RELATION_CHANGES_6_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'an uncle who is the Bishop, and the Bishop his uncle',
    text: chapters(
      `${more('Walter Crane', 'Walter')} Walter Crane, whose uncle was the Bishop, was given the living at Esham.`,
      "The Bishop, Walter Crane's uncle, preached at his induction.",
    ),
  },
  {
    name: "a father who was the King's steward, and the King his uncle",
    text: chapters(
      `${more('Henry Grey', 'Henry')} Henry Grey, whose father was the King's steward, grew up at court.`,
      "The King, Henry Grey's uncle by marriage, gave him a horse.",
    ),
  },
  {
    name: 'a father who was a priest, and the Priest his uncle',
    text: chapters(
      `${more('Tom Hale', 'Tom')} Tom Hale, whose father was a priest, could read at four.`,
      "The Priest, Tom Hale's uncle, taught him Latin.",
    ),
  },
];
