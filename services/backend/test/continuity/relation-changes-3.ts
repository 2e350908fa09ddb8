/**
 * Short manuscripts of my own on relations, the third set: four holding two relations that cannot
 * both hold (which must be found: an issue citing both sides) and four holding a relative clause
 * close to them that must get no issue. Written for the twenty-eighth session's relation helper
 * before any rule and before any output on them was read, in the phrasing "Name, whose niece
 * Clotilde was to marry", the kin's name after the kin noun with no comma, where the name is the
 * clause's subject; beside it the same words where the name is not ("whose father Mary had loved",
 * the father being the object). `relation-changes-3.test.ts` says which are found and flagged.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const RELATION_CHANGES_3_REAL: readonly Contradiction[] = [
  {
    name: 'a daughter, then "whose niece" with no comma',
    text: chapters(
      `${more('Ellen Marsh', 'Ellen')} Ellen Marsh, Henry Marsh's daughter, kept the accounts of the farm.`,
      'Henry Marsh, whose niece Ellen was to marry the curate, rode into town to see the lawyer.',
    ),
    cites: ["Henry Marsh's daughter", 'whose niece Ellen'],
  },
  {
    name: 'a son, then "whose nephew" with no comma',
    text: chapters(
      `${more('John Crane', 'John')} Edward Crane's only son, John Crane, went to sea at fourteen.`,
      'Edward Crane, whose nephew John had bought the mill, walked up the lane with his dog.',
    ),
    cites: ["Edward Crane's only son", 'whose nephew John'],
  },
  {
    name: 'a wife, then "whose sister" with no comma',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Thomas Hale's wife, Ann Lacey, kept the forge when he was away.`,
      'Thomas Hale, whose sister Ann kept his house, came home late from the fair.',
    ),
    cites: ["Thomas Hale's wife", 'whose sister Ann'],
  },
  {
    name: 'a brother, then "whose cousin" with no comma',
    text: chapters(
      `${more('Walter Grey', 'Walter')} Walter Grey, Robert Grey's brother, farmed the land by the river.`,
      'Robert Grey, whose cousin Walter had sold him a horse, laughed at the price.',
    ),
    cites: ["Robert Grey's brother", 'whose cousin Walter'],
  },
];

export const RELATION_CHANGES_3_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'the name is the subject and the kin its object',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson was the daughter of the schoolmaster, Thomas Benson.`,
      'Edward Crane, whose father Mary had loved as a girl, came to the school to ask for her.',
    ),
  },
  {
    name: 'the name is the subject and the kin its object, the verb last',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Ann Lacey was Thomas Hale's wife, and she kept the forge.`,
      'It was George Crane, whose sister Ann had never met.',
    ),
  },
  {
    name: 'the name is the subject of a verb with a place after it',
    text: chapters(
      `${more('John Crane', 'John')} John Crane was Edward Crane's only son, and went to sea at fourteen.`,
      'There was old Walter Grey, whose daughter John had known in London, asleep by the fire.',
    ),
  },
  {
    name: 'the kin named with a comma agrees with the first relation',
    text: chapters(
      `${more('Ellen Marsh', 'Ellen')} Ellen Marsh, Henry Marsh's daughter, kept the accounts of the farm.`,
      'Henry Marsh, whose daughter Ellen was to marry the curate, rode into town to see the lawyer.',
    ),
  },
];
