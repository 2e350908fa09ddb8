/**
 * Short manuscripts of my own on relations, the eighth set, for the thirty-eighth session's relation
 * helper, written before any rule and before any output on them was read
 * (`relation-changes-8.test.ts` says which are found and flagged). Constructions nineteenth-century
 * novels use often that the earlier sets leave out: kin introduced by "had a sister named", a
 * double genitive ("a cousin of Mary Benson's"), a list of kin set off after a count ("his two
 * sisters, Ann Hale and Jane Hale"), a reciprocal predicate ("were brother and sister"), "and Ann
 * Lacey, his wife", "made her his wife", a titled name ("Mrs. Hale, Thomas Hale's mother"), a
 * housekeeper or a servant against a daughter or a wife, "a spinster" against a husband, "his
 * intended", "the mother of". Real contradictions, which must be found, and near cases (a chain of
 * possessives, "like a brother", a housekeeper who marries), which must get no issue.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const RELATION_CHANGES_8_REAL: readonly Contradiction[] = [
  {
    name: '"had a sister named", then his wife',
    text: chapters(
      `${more('Ann Lacey')} Edward Crane had a sister named Ann Lacey, who lived at Ashby and kept bees.`,
      'The hay was late that year, and the river rose twice.',
      "Ann Lacey, Edward Crane's wife, baked the bread for the harvest supper.",
    ),
    cites: ['had a sister named Ann Lacey', "Edward Crane's wife"],
  },
  {
    name: 'a double genitive cousin, then her brother',
    text: chapters(
      `${more('Walter Grey', 'Mary Benson')} Walter Grey, a cousin of Mary Benson's, came to stay at the farm for the summer.`,
      "Mary Benson's brother, Walter Grey, had never been as far as London.",
    ),
    cites: ["a cousin of Mary Benson's", "Mary Benson's brother"],
  },
  {
    name: 'two sisters listed after the count, then one a cousin',
    text: chapters(
      `${more('Ann Hale', 'Jane Hale')} Thomas Hale's two sisters, Ann Hale and Jane Hale, kept house for him at the mill.`,
      "Jane Hale, Thomas Hale's cousin, walked over from Ashby on Sundays.",
    ),
    cites: ['two sisters, Ann Hale and Jane Hale', "Thomas Hale's cousin"],
  },
  {
    name: '"were brother and sister", then man and wife',
    text: chapters(
      `${more('Walter Grey', 'Ellen Grey')} Walter Grey and Ellen Grey were brother and sister, and they had never been apart a day.`,
      'The winter was long.',
      "Ellen Grey, Walter Grey's wife, sat up with the sick calf all night.",
    ),
    cites: ['were brother and sister', "Walter Grey's wife"],
  },
  {
    name: '"were cousins", then brothers',
    text: chapters(
      `${more('George Crane', 'Walter Grey')} George Crane and Walter Grey were cousins, and they went to school together.`,
      "George Crane, Walter Grey's brother, took the farm when the old man died.",
    ),
    cites: ['were cousins', "Walter Grey's brother"],
  },
  {
    name: '"and Ann Lacey, his wife", then his sister',
    text: chapters(
      `${more('Ann Lacey')} Thomas Hale and Ann Lacey, his wife, kept the inn by the harbour.`,
      "Ann Lacey, Thomas Hale's sister, sent him a cake at Christmas.",
    ),
    cites: ['Ann Lacey, his wife', "Thomas Hale's sister"],
  },
  {
    name: '"made her his wife", then his daughter',
    text: chapters(
      `${more('Ann Lacey')} In May Edward Crane made Ann Lacey his wife, and the whole village came to the church.`,
      'The summer was hot and dry.',
      "Ann Lacey, Edward Crane's daughter, carried his dinner to the field.",
    ),
    cites: ['made Ann Lacey his wife', "Edward Crane's daughter"],
  },
  {
    name: 'a titled name as his mother, then as his wife',
    text: chapters(
      `${more('Mrs. Hale')} Mrs. Hale, Thomas Hale's mother, kept the keys of every cupboard in the house.`,
      "Mrs. Hale, Thomas Hale's wife, gave the keys to the new maid.",
    ),
    cites: ["Thomas Hale's mother", "Thomas Hale's wife"],
  },
  {
    name: 'his servant, then his daughter',
    text: chapters(
      `${more('Jane Benson')} Jane Benson was Edward Crane's servant, and she scrubbed his floors every morning.`,
      "Jane Benson, Edward Crane's daughter, was sent to school at Norwich.",
    ),
    cites: ["Edward Crane's servant", "Edward Crane's daughter"],
  },
  {
    name: 'a husband, then a spinster',
    text: chapters(
      `${more('Ann Lacey')} Ann Lacey's husband, Edward Crane, was the carter at Wyke.`,
      'The road was mended in the autumn.',
      'Ann Lacey was a spinster, and no man had ever asked for her hand.',
    ),
    cites: ["Ann Lacey's husband", 'Ann Lacey was a spinster'],
  },
  {
    name: 'his intended, then his sister',
    text: chapters(
      `${more('Jane Benson')} Jane Benson, Thomas Hale's intended, was to be married to him at Easter.`,
      "Jane Benson, Thomas Hale's sister, kept his house after their mother died.",
    ),
    cites: ["Thomas Hale's intended", "Thomas Hale's sister"],
  },
  {
    name: '"the mother of", then his sister',
    text: chapters(
      `${more('George Crane')} Mary Benson was the mother of George Crane, and she was proud of him.`,
      'The harvest was good.',
      "Mary Benson, George Crane's sister, wrote to him every week.",
    ),
    cites: ['the mother of George Crane', "George Crane's sister"],
  },
  {
    name: 'an uncle in speech, then the father in narration',
    text: chapters(
      `${more('Walter Grey')} “My uncle, Walter Grey, has a farm at Ashby,” said Thomas Hale.`,
      "Walter Grey, Thomas Hale's father, came to the wedding in a new coat.",
    ),
    cites: ['My uncle, Walter Grey', "Thomas Hale's father"],
  },
  {
    name: '"the husband of", then her brother',
    text: chapters(
      `${more('Edward Crane')} Edward Crane, the husband of Ann Lacey, kept the toll-gate on the Ashby road.`,
      "Ann Lacey's brother, Edward Crane, came home from the war.",
    ),
    cites: ['the husband of Ann Lacey', "Ann Lacey's brother"],
  },
  {
    name: '"whom he had married", then his sister',
    text: chapters(
      `${more('Ann Lacey')} At dusk Thomas Hale came home to Ann Lacey, whom he had married ten years before.`,
      'The frost held till March.',
      "Ann Lacey, Thomas Hale's sister, had never left the village.",
    ),
    cites: ['whom he had married', "Thomas Hale's sister"],
  },
  {
    name: '"a niece of" with no genitive, then his daughter',
    text: chapters(
      `${more('Jane Benson')} Jane Benson, a niece of Edward Crane, came from Norwich to keep his house.`,
      "Jane Benson, Edward Crane's daughter, went back to Norwich in the spring.",
    ),
    cites: ['a niece of Edward Crane', "Edward Crane's daughter"],
  },
];

export const RELATION_CHANGES_8_LEGITIMATE: readonly Manuscript[] = [
  {
    name: "a wife's sister, then a sister-in-law",
    text: chapters(
      `${more('Ann Lacey')} Ann Lacey, Thomas Hale's wife's sister, came to stay for the lambing.`,
      "Ann Lacey, Thomas Hale's sister-in-law, went home in May.",
    ),
  },
  {
    name: 'like a brother to her, then her husband',
    text: chapters(
      `${more('Walter Grey')} Walter Grey had been like a brother to Mary Benson since they were children.`,
      "Walter Grey, Mary Benson's husband, built the new barn.",
    ),
  },
  {
    name: 'a housekeeper who marries her master',
    text: chapters(
      `${more('Ann Lacey')} Ann Lacey was Edward Crane's housekeeper, and she kept his accounts.`,
      'In June Edward Crane married Ann Lacey, and the village talked of nothing else.',
      "Ann Lacey, Edward Crane's wife, kept his accounts still.",
    ),
  },
  {
    name: 'two sisters listed after the count, one married to another man',
    text: chapters(
      `${more('Ann Hale', 'Jane Hale')} Thomas Hale's two sisters, Ann Hale and Jane Hale, kept house for him at the mill.`,
      "Jane Hale, Walter Grey's wife, walked over from Ashby on Sundays.",
    ),
  },
  {
    name: '"had a sister named", and she marries another man',
    text: chapters(
      `${more('Ann Lacey')} Edward Crane had a sister named Ann Lacey, who lived at Ashby and kept bees.`,
      "Ann Lacey, Thomas Hale's wife, baked the bread for the harvest supper.",
    ),
  },
  {
    name: '"were cousins", then married',
    text: chapters(
      `${more('Walter Grey', 'Ellen Grey')} Walter Grey and Ellen Grey were cousins, and they went to school together.`,
      "In the spring Walter Grey married Ellen Grey, and she became Walter Grey's wife.",
    ),
  },
  {
    name: 'a spinster who marries',
    text: chapters(
      `${more('Ann Lacey')} Ann Lacey was a spinster of forty, and she kept a school.`,
      "At Michaelmas Ann Lacey married Edward Crane. Ann Lacey's husband, Edward Crane, was the carter at Wyke.",
    ),
  },
];
