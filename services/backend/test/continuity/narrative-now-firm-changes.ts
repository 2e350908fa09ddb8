/**
 * Short manuscripts of my own for the thirtieth session's helper on a narrative "now" and a firm's
 * trade, written before any rule and before any output on them was read
 * (`narrative-now-firm-changes.test.ts` says which are found and flagged): a height or figure in a
 * sentence opened by a narrative "But now" / "Now" before an action, against the same person's
 * figure elsewhere; a banker or lawyer known only by the firm they belong to, whose kin of the
 * calling ("the banker's nephew") disagrees; and near cases that must get no issue (a "now" that
 * tells a change, a client of the firm).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const NOW_FIRM_REAL: readonly Contradiction[] = [
  {
    name: 'a short man, then six feet three after a narrative "But now"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale was a short man, and he stood on a box to reach the shelf.`,
      'The bell rang twice. But now Thomas Hale sprang from his chair, and stood, all six feet three of him, in the doorway.',
    ),
    cites: ['Thomas Hale was a short man', 'six feet three'],
  },
  {
    name: 'a tall woman, then a little woman after a narrative "And now"',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson was a tall woman, and she had to stoop at the cottage door.`,
      'The kettle boiled over. And now Mary Benson ran to the hearth, a little woman in a grey shawl.',
    ),
    cites: ['Mary Benson was a tall woman', 'a little woman'],
  },
  {
    name: "a son, then the banker's nephew, the banker known by his firm",
    text: chapters(
      `${more('Walter Crane', 'Walter')} "I am Edward Crane, of the banking firm of Crane & Lacey," said the visitor. Walter Crane, Edward Crane's son, waited in the cab.`,
      "On the way to the bank I thought of Walter Crane, the banker's nephew, and of the missing bonds.",
    ),
    cites: ["Edward Crane's son", "the banker's nephew"],
  },
  {
    name: "a daughter, then the lawyer's niece, the lawyer a partner in a firm",
    text: chapters(
      `${more('Ann Grey', 'Ann')} Robert Grey, a partner in the law firm of Grey & Benson, lived in Esham. Ann Grey, Robert Grey's daughter, kept his house.`,
      "At the ball Ann Grey, the lawyer's niece, danced with the curate.",
    ),
    cites: ["Robert Grey's daughter", "the lawyer's niece"],
  },
];

export const NOW_FIRM_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a thin boy, and now a stout man',
    text: chapters(
      `${more('Walter Grey', 'Walter')} Walter Grey was a thin boy, and he ran errands for the inn.`,
      'Twenty years went by. Now Walter Grey was a stout man, and he kept the inn himself.',
    ),
  },
  {
    name: 'black hair, and now grey-haired',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson had black hair, which she wore in a knot.`,
      'Thirty winters passed. Mary Benson, now grey-haired, sat by the fire with her knitting.',
    ),
  },
  {
    name: 'a short boy, and he was now tall',
    text: chapters(
      `${more('George Crane', 'George')} George Crane was a short boy of ten.`,
      'At twenty George Crane came home from the sea. He was now tall, and his mother hardly knew him.',
    ),
  },
  {
    name: "a client of the banking firm, and the banker's son",
    text: chapters(
      `${more('Walter Hale', 'Walter')} Walter Hale, Thomas Hale's nephew, lodged at the Bell.`,
      "Thomas Hale, a client of the banking firm of Grey & Lacey, waited in the hall. Walter Hale, the banker's son, came down the stairs.",
    ),
  },
  {
    name: "a visitor of the firm, and the lawyer's daughter",
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Ann Lacey, Edward Lacey's niece, came to stay in May.`,
      "Edward Lacey called at the law firm of Grey & Benson on Monday. Ann Lacey, the lawyer's daughter, wrote the letters.",
    ),
  },
];
