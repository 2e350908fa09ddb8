/**
 * Short manuscripts of my own on relations, the seventh set, for the thirtieth session's relation
 * helper, written before any rule and before any output on them was read
 * (`relation-changes-7.test.ts` says which are found and flagged). One class the tuned misses
 * share: kin with no name near ("far gentler than his sister"), whose person is the possessive's
 * and whose kin is the one the text has named as such, or the one whose own unnamed kin of the other
 * sex stands in the sentence before ("She met her brother at the gate. Thomas Hale was kinder than
 * his sister"). Real contradictions, which must be found, and near cases, which must get no issue.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const RELATION_CHANGES_7_REAL: readonly Contradiction[] = [
  {
    name: 'a named sister, then "his sister" with no name, then his wife',
    text: chapters(
      `${more('Ann Lacey', 'Thomas Hale')} Ann Lacey, Thomas Hale's sister, kept house for him at the mill.\n\nAll that winter the miller worked late. Thomas Hale was a patient man, far gentler than his sister, and the men liked him for it.`,
      "Ann Lacey, Thomas Hale's wife, sat by the fire and mended his coat.",
    ),
    cites: ['far gentler than his sister', "Thomas Hale's wife"],
  },
  {
    name: 'a named brother, then "her brother" with no name, then her cousin',
    text: chapters(
      `${more('Walter Grey', 'Ellen Grey')} Walter Grey, Ellen Grey's brother, had gone to sea at twelve.\n\nThe house was quiet after the wedding. Ellen Grey wrote long letters to her brother every Sunday and kept his answers in a box.`,
      "Walter Grey, Ellen Grey's cousin, came home on the spring tide.",
    ),
    cites: ['letters to her brother', "Ellen Grey's cousin"],
  },
  {
    name: 'her brother, then a man kinder than his sister, then her cousin',
    text: chapters(
      `${more('Mary Benson', 'George Crane')} At Easter Mary Benson had the pleasure of receiving her brother and his wife. George Crane was a quiet, sensible man, much wiser than his sister in every way.`,
      "George Crane, Mary Benson's cousin, rode over from Ashby for the harvest supper.",
    ),
    cites: ['much wiser than his sister', "Mary Benson's cousin"],
  },
  {
    name: "his sister fetched home, then a woman on her brother's arm, then his wife",
    text: chapters(
      `${more('Jane Benson', 'Edward Crane')} Edward Crane rode to Ashby to fetch his sister home. Jane Benson was pale after the fever, and she kept close beside her brother all the way back.`,
      "Jane Benson, Edward Crane's wife, opened the shop again in June.",
    ),
    cites: ['fetch his sister home', "Edward Crane's wife"],
  },
];

export const RELATION_CHANGES_7_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a man with two named sisters, "his sister" with no name, and one of them married to another',
    text: chapters(
      `${more('Ann Hale', 'Jane Hale', 'Thomas Hale')} Ann Hale, Thomas Hale's elder sister, kept the house. Jane Hale, Thomas Hale's younger sister, kept the shop.\n\nThomas Hale was a patient man, far gentler than his sister.`,
      "Ann Hale, Walter Grey's wife, sat by the fire and mended his coat.",
    ),
  },
  {
    name: 'her sister awaited, then a man kinder than his sister, then her cousin',
    text: chapters(
      `${more('Mary Benson', 'George Crane')} At Easter Mary Benson had the pleasure of receiving her sister and her children. George Crane was a quiet, sensible man, much wiser than his sister in every way.`,
      "George Crane, Mary Benson's cousin, rode over from Ashby for the harvest supper.",
    ),
  },
  {
    name: 'her brother, and a man whose sister is named, then her cousin',
    text: chapters(
      `${more('Mary Benson', 'George Crane', 'Ellen Crane')} Ellen Crane, George Crane's sister, lived at Ashby. At Easter Mary Benson had the pleasure of receiving her brother and his wife. George Crane was a quiet, sensible man, much wiser than his sister in every way.`,
      "George Crane, Mary Benson's cousin, rode over from Ashby for the harvest supper.",
    ),
  },
  {
    name: 'her brother, and a man kinder than his sister paragraphs later, then her cousin',
    text: chapters(
      `${more('Mary Benson', 'George Crane')} At Easter Mary Benson had the pleasure of receiving her brother and his wife.\n\nThe weather held for a week, and the hay was got in.\n\nThe church was full on Sunday.\n\nGeorge Crane was a quiet, sensible man, much wiser than his sister in every way.`,
      "George Crane, Mary Benson's cousin, rode over from Ashby for the harvest supper.",
    ),
  },
];
