/**
 * Short manuscripts of my own on relations, the fifth set, for the twenty-ninth session's relation
 * helper, written before any rule and before any output on them was read
 * (`relation-changes-5.test.ts` says which are found and flagged). Two classes the tuned misses
 * share: a speaker's own kin named in their words ("“My cousin Walter Grey will come,” said Ann
 * Lacey"), and kin that cannot hold between two children of one parent (two children of one father
 * called cousins, or man and wife). Real contradictions, which must be found, and changes or
 * agreements close to them, which must get no issue.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const RELATION_CHANGES_5_REAL: readonly Contradiction[] = [
  {
    name: "a speaker's brother, then her husband",
    text: chapters(
      `${more('Walter Grey', 'Walter')} “My brother Walter Grey will be here by noon,” said Ann Lacey, and she set another cup on the tray.`,
      "Walter Grey, Ann Lacey's husband, came in from the fields at dusk.",
    ),
    cites: ['My brother Walter Grey', "Ann Lacey's husband"],
  },
  {
    name: "a speaker's cousin, then her sister",
    text: chapters(
      `${more('Jane Benson', 'Jane')} Mary Benson looked up from her sewing. “I have asked my cousin, Jane Benson, to stay the summer,” she said to the vicar.`,
      'Mary Benson and her sister Jane Benson walked to the mill before breakfast.',
    ),
    cites: ['my cousin, Jane Benson', 'her sister Jane Benson'],
  },
  {
    name: "a speaker's uncle, then his father",
    text: chapters(
      `${more('George Crane', 'George')} “You will find my uncle George Crane at the forge,” Thomas Hale told the stranger.`,
      "George Crane, Thomas Hale's father, shod the grey mare himself.",
    ),
    cites: ['my uncle George Crane', "Thomas Hale's father"],
  },
  {
    name: 'two children of one father, then cousins',
    text: chapters(
      `${more('Ellen Grey', 'Walter Grey')} Walter Grey was the son of Robert Grey. Ellen Grey was the daughter of Robert Grey.`,
      "Ellen Grey, Walter Grey's cousin, kept the accounts of the farm.",
    ),
    cites: ['Ellen Grey, Walter Grey', "Walter Grey's cousin"],
  },
  {
    name: 'two children of one mother, then man and wife',
    text: chapters(
      `${more('Thomas Hale', 'Ann Hale')} Sarah Hale's son, Thomas Hale, went to sea at fourteen. Sarah Hale's daughter, Ann Hale, stayed at home.`,
      'Thomas Hale and his wife Ann Hale kept the inn by the harbour.',
    ),
    cites: ["Sarah Hale's daughter, Ann Hale", 'his wife Ann Hale'],
  },
];

export const RELATION_CHANGES_5_LEGITIMATE: readonly Manuscript[] = [
  {
    name: "a speaker's sister, as the narration has her",
    text: chapters(
      `${more('Jane Benson', 'Jane')} “My sister Jane Benson is ill,” said Mary Benson.`,
      "Jane Benson, Mary Benson's sister, kept to her bed for a week.",
    ),
  },
  {
    name: "an untagged line's brother, not the other speaker's",
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} “Where is everyone?” asked Mary Benson.\n\n“My brother Thomas Hale has gone to the fair.”\n\n“Then we shall go too.”`,
      "Thomas Hale, Mary Benson's husband, came home from the fair at dusk.",
    ),
  },
  {
    name: 'two children of one father, then half-brother and sister',
    text: chapters(
      `${more('Mary Benson', 'Thomas Benson')} Thomas Benson was the son of George Benson. Mary Benson was the daughter of George Benson.`,
      "Thomas Benson, Mary Benson's half-brother, rode over on Sunday.",
    ),
  },
  {
    name: 'children of two fathers of one name, then cousins married',
    text: chapters(
      `${more('Walter Grey', 'Ellen Grey')} Walter Grey was the son of Robert Grey. Ellen Grey was the daughter of George Grey.`,
      'Walter Grey and his wife Ellen Grey, his cousin, kept the farm.',
    ),
  },
  {
    name: 'two children of one father, then brother and sister',
    text: chapters(
      `${more('Ann Crane', 'Walter Crane')} Edward Crane's son, Walter Crane, was a cooper. Edward Crane's daughter, Ann Crane, kept house.`,
      "Walter Crane, Ann Crane's brother, carried her basket to market.",
    ),
  },
];
