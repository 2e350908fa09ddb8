/**
 * Eight short passages of ages, births, deaths, residence and origin, and counts as novels commonly
 * phrase them, written for the continuity thirty-ninth pass before any rule of it and before any
 * output on them was read: the generality check of those readers (`life-phrasings.test.ts` says
 * which are read). The people are those of `common-phrasings.ts`.
 */

/** A fact a passage states: its kind, a pattern of its value and its entity. */
export interface ExpectedLifeFact {
  kind: 'age' | 'birth' | 'origin' | 'residence' | 'status' | 'count';
  value: RegExp;
  /** The entity's key; left out where the text gives the fact to no person (a ship's guns). */
  entity?: RegExp;
  /** For an age: a number of years the fact's range must allow. */
  age?: number;
  /** For a count: the counted noun. */
  detail?: RegExp;
}

export interface LifePassage {
  name: string;
  text: string;
  facts: readonly ExpectedLifeFact[];
}

const THOMAS = /thomas|hale/;
const MARY = /mary|benson/;
const EDWARD = /edward|crane/;
const ANN = /ann|lacey/;
const ANY = /./;
const DEAD = /^dead$/;

export const LIFE_PASSAGES: readonly LifePassage[] = [
  {
    name: 'ages with a noun and an ordinal',
    text: 'Ann Lacey was a girl of seventeen when she first came to the mill. Thomas Hale, a man of fifty, had known her father well. Edward Crane was then in his fortieth year, and Mary Benson was not yet thirty.',
    facts: [
      { kind: 'age', value: ANY, entity: ANN, age: 17 },
      { kind: 'age', value: ANY, entity: THOMAS, age: 50 },
      { kind: 'age', value: ANY, entity: EDWARD, age: 39 },
      { kind: 'age', value: ANY, entity: MARY, age: 28 },
    ],
  },
  {
    name: 'ages by comparison and at a number',
    text: 'Thomas Hale was a widower of sixty, and his second wife, Mary Benson, was twenty years his junior. Edward Crane, at forty, still rode to hounds.',
    facts: [
      { kind: 'age', value: ANY, entity: THOMAS, age: 60 },
      { kind: 'age', value: ANY, entity: MARY, age: 40 },
      { kind: 'age', value: ANY, entity: EDWARD, age: 40 },
    ],
  },
  {
    name: 'births',
    text: "Mary Benson was born in the spring of 1790 at Bath, where her father kept a school. Edward Crane was born at Lyme in 1785. Thomas Hale had been born at sea, on board his father's ship, in the year 1768.",
    facts: [
      { kind: 'birth', value: /^1790$/, entity: MARY },
      { kind: 'origin', value: /bath/i, entity: MARY },
      { kind: 'origin', value: /lyme/i, entity: EDWARD },
      { kind: 'birth', value: /^1785$/, entity: EDWARD },
      { kind: 'birth', value: /^1768$/, entity: THOMAS },
    ],
  },
  {
    name: 'deaths',
    text: "Thomas Hale died of a fever the winter after his daughter's wedding. Edward Crane was buried at Lyme, beside the church where he had been christened. When the doctor came, Ann Lacey lay dead upon the kitchen floor. Mary Benson had been in her grave a twelvemonth when the letter came.",
    facts: [
      { kind: 'status', value: DEAD, entity: THOMAS },
      { kind: 'status', value: DEAD, entity: EDWARD },
      { kind: 'status', value: DEAD, entity: ANN },
      { kind: 'status', value: DEAD, entity: MARY },
    ],
  },
  {
    name: 'the late',
    text: 'Mary Benson kept the house exactly as the late Thomas Hale had left it, and Ann Lacey still wore the ring the late Captain Crane had given her.',
    facts: [
      { kind: 'status', value: DEAD, entity: THOMAS },
      { kind: 'status', value: DEAD, entity: EDWARD },
    ],
  },
  {
    name: 'residence and origin',
    text: 'Edward Crane, a native of Plymouth, had lived at Fernhill these ten years. Ann Lacey took lodgings in Exeter for the winter. Thomas Hale came from Devon, and Mary Benson was Yorkshire born and bred.',
    facts: [
      { kind: 'origin', value: /plymouth/i, entity: EDWARD },
      { kind: 'residence', value: /fernhill/i, entity: EDWARD },
      { kind: 'residence', value: /exeter/i, entity: ANN },
      { kind: 'origin', value: /devon/i, entity: THOMAS },
      { kind: 'origin', value: /yorkshire/i, entity: MARY },
    ],
  },
  {
    name: 'counts without a determiner',
    text: 'Mary Benson had borne eleven children, of whom seven lived to grow up. Thomas Hale kept forty cows on the upper farm. Edward Crane owned three mills on the river.',
    facts: [
      { kind: 'count', value: /^11$/, entity: MARY, detail: /children/ },
      { kind: 'count', value: /^40$/, entity: THOMAS, detail: /cows/ },
      { kind: 'count', value: /^3$/, entity: EDWARD, detail: /mills/ },
    ],
  },
  {
    name: 'counts after a possessive',
    text: "From the quay Edward Crane could count the ship's forty guns. His three sisters stood beside him. Thomas Hale had brought his two sons, and Ann Lacey's five nieces had come down from the town.",
    facts: [
      { kind: 'count', value: /^40$/, detail: /guns/ },
      { kind: 'count', value: /^3$/, entity: EDWARD, detail: /sisters/ },
      { kind: 'count', value: /^2$/, entity: THOMAS, detail: /sons/ },
      { kind: 'count', value: /^5$/, entity: ANN, detail: /nieces/ },
    ],
  },
];
