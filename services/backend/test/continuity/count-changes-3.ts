/**
 * Short manuscripts of my own for the fortieth session's helper on counts, written before any rule
 * and before any output on them was read (`count-changes-3.test.ts` says which are found and
 * flagged): a count stated two ways in wordings the earlier sets leave out: one group under two
 * nouns ("the six oarsmen", "all five of the crew"), a number in digits against one in words, a
 * count owned by a name and then by a pronoun, a stretch of years told twice, a count in a
 * character's speech against the narration, "a dozen" against a number, a child's place among its
 * siblings against their count, the children counted whole against their sons and daughters, and
 * "both" against a count; and near cases that must get no issue (a group that grows or shrinks in the
 * story, two groups of one noun, a rough count, a part of a group, years that have passed between).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const COUNT_CHANGES_3_REAL: readonly Contradiction[] = [
  {
    name: 'a boat with six oarsmen, then "all five of the crew"',
    text: chapters(
      'The lifeboat put out from the harbour with six oarsmen at the thwarts and the coxswain at the tiller.',
      'When the lifeboat came home at dawn, all five of the crew were soaked to the skin.',
    ),
    cites: ['six oarsmen', 'all five of the crew'],
  },
  {
    name: 'kept 12 hounds in digits, then nine hounds in words',
    text: chapters(
      `${more('Robert Vane', 'Robert')} Robert Vane kept 12 hounds in the kennel behind the house.`,
      'Robert Vane kept nine hounds, and he fed them himself every evening.',
    ),
    cites: ['12 hounds', 'nine hounds'],
  },
  {
    name: 'Mary Benson had four brothers, then "She had six brothers"',
    text: chapters(
      'Mary Benson had four brothers, and every one of them was a soldier.',
      'Mary Benson sat alone by the window. She had six brothers, and not one of them wrote to her.',
    ),
    cites: ['four brothers', 'six brothers'],
  },
  {
    name: 'three years at sea, then "his two years at sea"',
    text: chapters(
      'Thomas Hale came home after three years at sea, brown and thin.',
      'In his two years at sea Thomas Hale had never once seen a whale.',
    ),
    cites: ['three years at sea', 'two years at sea'],
  },
  {
    name: 'three daughters in narration, then "I have five daughters" in her speech',
    text: chapters(
      'Ann Lacey had three daughters, and she dressed them all alike.',
      '"I have five daughters," said Ann Lacey to the curate, "and not one of them can sew."',
    ),
    cites: ['three daughters', 'five daughters'],
  },
  {
    name: 'a dozen cousins, then "his ten cousins"',
    text: chapters(
      'Edward Crane had a dozen cousins in the north, and he visited none of them.',
      'At Christmas Edward Crane wrote to his ten cousins, one letter each.',
    ),
    cites: ['a dozen cousins', 'ten cousins'],
  },
  {
    name: '"her third son" against two sons',
    text: chapters(
      'Mary Benson had two sons, and both of them were clerks in the town.',
      "Mary Benson's third son went for a soldier in the spring.",
    ),
    cites: ['two sons', 'third son'],
  },
  {
    name: 'four children, then three sons and two daughters',
    text: chapters(
      'Thomas Hale had four children, and the house was never quiet.',
      'Thomas Hale had three sons and two daughters, and he loved the youngest best.',
    ),
    cites: ['four children', 'three sons and two daughters'],
  },
  {
    name: '"both his sisters", then three sisters',
    text: chapters(
      'Edward Crane walked to church with both his sisters on his arm.',
      'Edward Crane had three sisters, and the eldest kept his house.',
    ),
    cites: ['both his sisters', 'three sisters'],
  },
  {
    name: 'the eleven ships of the fleet, then "The fleet of eight ships"',
    text: chapters(
      'The eleven ships of the fleet lay at anchor in the bay all that week.',
      'The harvest was late that year, and the rain spoiled half the wheat.',
      'The fleet of eight ships sailed on the morning tide for the south.',
    ),
    cites: ['eleven ships', 'eight ships'],
  },
  {
    name: 'married for twelve years, then "In the eight years of their marriage"',
    text: chapters(
      'Ann Lacey had been married for twelve years, and she had never left the parish.',
      'In the eight years of their marriage Ann Lacey and her husband had never once quarrelled.',
    ),
    cites: ['twelve years', 'eight years'],
  },
  {
    name: 'a farm of 300 acres in digits, then "his two hundred acres"',
    text: chapters(
      `${more('Robert Vane', 'Robert')} Robert Vane farmed 300 acres on the hill above the mill.`,
      'Robert Vane walked his two hundred acres every morning before breakfast.',
    ),
    cites: ['300 acres', 'two hundred acres'],
  },
  {
    name: 'seven servants at the Grange, then "the five servants of the Grange" two chapters on',
    text: chapters(
      'There were seven servants at the Grange, and the cook ruled them all.',
      'The harvest was late that year, and the rain spoiled half the wheat.',
      'The five servants of the Grange lined up in the hall to meet the new master.',
    ),
    cites: ['seven servants', 'five servants'],
  },
  {
    name: 'Ann Lacey had two brothers, then "Her four brothers" after another person\'s sentence',
    text: chapters(
      'Ann Lacey had two brothers in the navy.',
      'Thomas Hale rode over to the farm on Monday. Ann Lacey met him at the gate. Her four brothers were all at sea, she told him.',
    ),
    cites: ['two brothers', 'four brothers'],
  },
  {
    name: 'twenty pupils at the school, then "the school\'s thirty pupils"',
    text: chapters(
      'Mary Benson kept a little school of twenty pupils in the village.',
      "Mary Benson taught the school's thirty pupils to read from the one old Bible.",
    ),
    cites: ['twenty pupils', 'thirty pupils'],
  },
  {
    name: 'six months in Paris, then "his four months in Paris"',
    text: chapters(
      'Edward Crane spent six months in Paris and came back a dandy.',
      'Of his four months in Paris Edward Crane would say nothing at all.',
    ),
    cites: ['six months in Paris', 'four months in Paris'],
  },
];

export const COUNT_CHANGES_3_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'three children, a fourth child born, then four children',
    text: chapters(
      'Ann Lacey had three children, all of them girls.',
      'In the spring a fourth child was born to Ann Lacey, a boy at last.',
      'Ann Lacey had four children now, and no money for any of them.',
    ),
  },
  {
    name: 'six oarsmen, one drowned, then "the five oarsmen"',
    text: chapters(
      'The lifeboat put out with six oarsmen at the thwarts.',
      'One of the oarsmen was drowned when the boat turned over on the bar. The five oarsmen left were brought ashore half dead.',
    ),
  },
  {
    name: 'three soldiers at the gate and five soldiers at the bridge',
    text: chapters(
      'Three soldiers stood at the gate of the town, and Thomas Hale passed them with a nod.',
      'Five soldiers stood guard at the bridge over the river.',
    ),
  },
  {
    name: 'some twenty men, then eighteen men',
    text: chapters(
      'Some twenty men worked in the quarry above the village.',
      'Eighteen men worked in the quarry, and Edward Crane paid them on Fridays.',
    ),
  },
  {
    name: 'five sons, then "two of his sons" and "his two sons at sea"',
    text: chapters(
      'Edward Crane had five sons, and he meant them all for the sea.',
      'Two of his sons went to sea that summer. Edward Crane wrote to his two sons at sea every week.',
    ),
  },
  {
    name: 'three years at sea, two more years pass, then five years at sea',
    text: chapters(
      'Thomas Hale had been three years at sea when the war began.',
      'Two more years passed, and the war went on.',
      'After five years at sea Thomas Hale came home at last.',
    ),
  },
  {
    name: 'her third son and three sons',
    text: chapters(
      'Mary Benson had three sons, and she was proud of them all.',
      "Mary Benson's third son went for a soldier in the spring.",
    ),
  },
  {
    name: 'two sons, then "both his sons"',
    text: chapters(
      'Thomas Hale had two sons, and neither of them would farm.',
      'Thomas Hale took both his sons to the fair at Michaelmas.',
    ),
  },
  {
    name: 'a dozen eggs bought, then ten eggs after two were eaten',
    text: chapters(
      'Ann Lacey bought a dozen eggs at the market on Monday.',
      'She ate two of them for her supper, and ten eggs lay in the basket.',
    ),
  },
];
