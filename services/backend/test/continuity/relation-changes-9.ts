/**
 * Short manuscripts of my own on relations, the ninth set, for the fortieth session's relation
 * helper, written before any rule and before any output on them was read
 * (`relation-changes-9.test.ts` says which are found and flagged). Wordings the earlier sets leave
 * out: kin by a trade ("the miller's son") against kin by name, kin told in speech ("is my aunt")
 * or by a first-person teller ("my cousin", "I married"), two engagements to sisters, a husband who
 * is later a brother-in-law, a master and servant the other way round, "had no brothers or
 * sisters" against a sister, "X's own son" against a nephew, a nephew and an uncle reversed,
 * "were twins" against a mother, "gave birth to" against a sister, and "was the widower of" against a
 * brother. Real contradictions, which must be found, and near cases (in-laws, step-kin, a betrothal
 * that becomes a marriage, a figurative brother, a speaker corrected, two people of one surname,
 * an adopted child), which must get no issue.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** A first chapter's opening that makes a first-person narrator of the book. */
const teller = 'I was born in the low cottage under the downs, and I remember the smell of the lime kiln.';

export const RELATION_CHANGES_9_REAL: readonly Contradiction[] = [
  {
    name: "the miller's son by a trade, then a nephew by name",
    text: chapters(
      `${more('John Benson', 'George Crane')} John Benson was the miller at Wyke, and his wheel turned day and night.`,
      "George Crane, the miller's son, carried the sacks down to the boats.",
      "George Crane, John Benson's nephew, went to sea in the autumn.",
    ),
    cites: ["the miller's son", "John Benson's nephew"],
  },
  {
    name: 'an aunt in speech, then a mother in narration',
    text: chapters(
      '“Ann Lacey is my aunt, and she has kept me since I was small,” said Mary Benson.',
      'The fair came and went.',
      "Ann Lacey, Mary Benson's mother, sold her eggs at the market cross.",
    ),
    cites: ['Ann Lacey is my aunt', "Mary Benson's mother"],
  },
  {
    name: "a teller's cousin, then the teller's brother",
    text: chapters(
      `${more('Walter Grey')} ${teller} My cousin Walter Grey taught me to snare rabbits on the common.`,
      'Walter Grey, my brother, enlisted the week the war began.',
    ),
    cites: ['My cousin Walter Grey', 'Walter Grey, my brother'],
  },
  {
    name: 'engaged to one sister and to the other, no break between',
    text: chapters(
      `${more('Jane Lacey')} Ann Lacey and Jane Lacey were sisters, and they lived with their aunt at Ashby.`,
      'Edward Crane asked Ann Lacey to marry him, and she said yes; they were to be married at Whitsun.',
      "Jane Lacey, Edward Crane's betrothed, was sewing her wedding gown.",
    ),
    cites: ['asked Ann Lacey to marry him', "Edward Crane's betrothed"],
  },
  {
    name: 'her husband, then her brother-in-law',
    text: chapters(
      `${more('Walter Grey')} Walter Grey, Mary Benson's husband, kept the forge at the end of the lane.`,
      'The snow came early.',
      "Walter Grey, Mary Benson's brother-in-law, came over to help with the lambing.",
    ),
    cites: ["Mary Benson's husband", "Mary Benson's brother-in-law"],
  },
  {
    name: 'master and servant the other way round',
    text: chapters(
      `${more('Walter Grey')} Walter Grey was Thomas Hale's servant, and he blacked his boots each morning.`,
      "Thomas Hale, Walter Grey's servant, waited at table when the squire dined.",
    ),
    cites: ["Thomas Hale's servant", "Walter Grey's servant"],
  },
  {
    name: 'no brothers or sisters, then a sister',
    text: chapters(
      `${more('Ellen Grey', 'Jane Grey')} Ellen Grey had no brothers or sisters, and she played alone in the orchard.`,
      'The years went slowly at the farm.',
      "Jane Grey, Ellen Grey's sister, married the schoolmaster.",
    ),
    cites: ['had no brothers or sisters', "Ellen Grey's sister"],
  },
  {
    name: 'an own son, then his nephew',
    text: chapters(
      `${more('George Crane')} George Crane was Edward Crane's own son, and he had his father's red hair.`,
      "George Crane, Edward Crane's nephew, took over the shop.",
    ),
    cites: ["Edward Crane's own son", "Edward Crane's nephew"],
  },
  {
    name: 'nephew and uncle the other way round',
    text: chapters(
      `${more('George Crane')} George Crane was Edward Crane's nephew, and he came to him for advice.`,
      'The mill burned down in the spring.',
      "Edward Crane was George Crane's nephew, and he lent him the money to build it again.",
    ),
    cites: ["Edward Crane's nephew", "George Crane's nephew"],
  },
  {
    name: '"were twins", then her mother',
    text: chapters(
      `${more('Jane Hale', 'Ann Hale')} Jane Hale and Ann Hale were twins, born an hour apart.`,
      "Jane Hale, Ann Hale's mother, scolded her for coming home late.",
    ),
    cites: ['were twins', "Ann Hale's mother"],
  },
  {
    name: '"gave birth to", then his sister',
    text: chapters(
      `${more('Walter Grey')} In the hard winter Ann Lacey gave birth to Walter Grey.`,
      'The boy grew tall.',
      "Ann Lacey, Walter Grey's sister, taught him his letters.",
    ),
    cites: ['Ann Lacey gave birth to Walter Grey', "Walter Grey's sister"],
  },
  {
    name: '"the widower of", then her brother',
    text: chapters(
      `${more('Ellen Grey')} Edward Crane was the widower of Ellen Grey, and he wore black for a year.`,
      "Edward Crane, Ellen Grey's brother, had carved her name on the stone.",
    ),
    cites: ['the widower of Ellen Grey', "Ellen Grey's brother"],
  },
  {
    name: 'a grandfather by name, then a father',
    text: chapters(
      `${more('John Benson')} John Benson, Mary Benson's grandfather, was ninety and still walked to church.`,
      "John Benson, Mary Benson's father, gave her away at the altar.",
    ),
    cites: ["Mary Benson's grandfather", "Mary Benson's father"],
  },
  {
    name: 'a teller who married her, then calls her a sister',
    text: chapters(
      `${more('Ellen Grey')} ${teller} I married Ellen Grey in the little church at Wyke.`,
      'Ellen Grey, my sister, came to the door with the lamp.',
    ),
    cites: ['I married Ellen Grey', 'Ellen Grey, my sister'],
  },
  {
    name: 'his daughter in speech, then his niece in narration',
    text: chapters(
      `${more('Jane Benson')} “This is my daughter, Jane Benson,” said Edward Crane to the vicar.`,
      "Jane Benson, Edward Crane's niece, curtseyed and went out.",
    ),
    cites: ['my daughter, Jane Benson', "Edward Crane's niece"],
  },
  {
    name: 'her son, then her husband, by "whose"',
    text: chapters(
      `${more('George Crane')} George Crane was Ann Lacey's son, and he was the tallest man in the parish.`,
      'Ann Lacey, whose husband George Crane was away at the fair, minded the shop alone.',
    ),
    cites: ["Ann Lacey's son", 'whose husband George Crane'],
  },
];

export const RELATION_CHANGES_9_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'her brother, and his brother-in-law once she marries',
    text: chapters(
      `${more('Walter Grey')} Walter Grey, Ann Lacey's brother, kept the inn at the ford.`,
      'In May Thomas Hale married Ann Lacey.',
      "Walter Grey, Thomas Hale's brother-in-law, poured the ale at the wedding.",
    ),
  },
  {
    name: 'a dead mother, then a stepmother',
    text: chapters(
      `${more('George Crane', 'Sarah Crane')} George Crane's mother, Sarah Crane, died when he was two.`,
      'Edward Crane married again.',
      "Ann Lacey, George Crane's stepmother, was kind to him.",
    ),
  },
  {
    name: 'a betrothal, then a marriage told, then a wife',
    text: chapters(
      `${more('Jane Benson')} Jane Benson, Walter Grey's betrothed, counted the days until June.`,
      'In June Walter Grey married Jane Benson, and the bells rang all afternoon.',
      "Jane Benson, Walter Grey's wife, planted roses by the door.",
    ),
  },
  {
    name: 'a brother in all but blood, and a cousin',
    text: chapters(
      `${more('Walter Grey')} Walter Grey was a brother to Thomas Hale in all but blood.`,
      "Walter Grey, Thomas Hale's cousin, stood beside him in the rain.",
    ),
  },
  {
    name: 'a speaker mistaken, then corrected',
    text: chapters(
      `${more('Walter Grey')} “Walter Grey is your brother, I think,” said Thomas Hale.`,
      '“You are mistaken,” said Mary Benson. “He is no brother of mine; he is my cousin.”',
      "Walter Grey, Mary Benson's cousin, laughed when he heard of it.",
    ),
  },
  {
    name: 'a father and a husband of one surname',
    text: chapters(
      `${more('John Benson', 'William Benson')} John Benson, Mary Benson's father, kept the mill.`,
      "William Benson, Mary Benson's husband, kept the smithy.",
    ),
  },
  {
    name: 'an orphan adopted',
    text: chapters(
      `${more('Ellen Grey')} Ellen Grey was the orphan of a sailor drowned off the point.`,
      'Edward Crane adopted Ellen Grey, and she took his name.',
      "Ellen Grey, Edward Crane's adopted daughter, kept his books.",
    ),
  },
  {
    name: "a husband's sister as sister-in-law and as sister",
    text: chapters(
      `${more('Ellen Grey')} Ellen Grey, Mary Benson's sister-in-law, came to stay at Easter.`,
      '“My sister Ellen is here,” said Mary Benson to the vicar.',
    ),
  },
];
