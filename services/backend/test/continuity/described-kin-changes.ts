/**
 * Short manuscripts of my own for the thirtieth session's helper on descriptions tied to their
 * person, written before any rule and before any output on them was read
 * (`described-kin-changes.test.ts` says which are found and flagged): kin of a description ("the
 * saddler's nephew", "the girl's uncle", "nephew and heir of the dead man": the description is a
 * known person, so the kin is that person's) and a newcomer described before the text names them,
 * each against another statement of the same tie or look; and near cases that must get no issue
 * (two saddlers, an unnamed passer-by, two girls in the scene, a kin who agrees).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const DESCRIBED_KIN_REAL: readonly Contradiction[] = [
  {
    name: "a son, then the calling's nephew",
    text: chapters(
      `${more('Walter Hale', 'Walter')} Thomas Hale, the saddler, kept a shop in the square. Walter Hale, Thomas Hale's son, swept it every morning.`,
      "On market day Walter Hale, the saddler's nephew, sold a bridle to a farmer from Ashby.",
    ),
    cites: ["Thomas Hale's son", "the saddler's nephew"],
  },
  {
    name: "a wife, then the calling's daughter named after",
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Edward Crane was the apothecary of Esham. Ann Lacey, Edward Crane's wife, kept his books.`,
      "At church the apothecary's daughter, Ann Lacey, sang in the choir.",
    ),
    cites: ["Edward Crane's wife", "apothecary's daughter, Ann Lacey"],
  },
  {
    name: 'a sister, then the widow of the calling',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Robert Grey, the innkeeper, hired a new boy. Mary Benson, Robert Grey's sister, showed him the cellar.`,
      'That winter Mary Benson, the widow of the innkeeper, let the upper rooms to a clerk.',
    ),
    cites: ["Robert Grey's sister", 'the widow of the innkeeper'],
  },
  {
    name: "a father, then the girl's uncle in speech",
    text: chapters(
      `${more('Robert Grey', 'Robert')} Robert Grey, Ellen Grey's father, farmed the land by the river.`,
      'Ellen Grey came up the path with her basket and stopped at the gate.\n\n"This is the girl\'s uncle, Mr. Robert Grey," said the parson to the stranger.',
    ),
    cites: ["Ellen Grey's father", "the girl's uncle, Mr. Robert Grey"],
  },
  {
    name: "a wife, then the old man's daughter",
    text: chapters(
      `${more('Jane Benson', 'Jane')} Jane Benson, Tom Benson's wife, baked for the whole street.`,
      "Tom Benson sat by the fire with his pipe. The old man's daughter, Jane Benson, brought him his supper.",
    ),
    cites: ["Tom Benson's wife", "old man's daughter, Jane Benson"],
  },
  {
    name: 'a son, then nephew and heir of the dead man',
    text: chapters(
      `${more('George Crane', 'George')} George Crane, Edward Crane's son, learned the trade of a cooper.`,
      'Edward Crane died of a fever in the spring. George Crane, nephew and heir of the dead man, sold the cooperage in June.',
    ),
    cites: ["Edward Crane's son", 'nephew and heir of the dead man'],
  },
  {
    name: 'a nephew, then the only son of the deceased',
    text: chapters(
      `${more('Henry Grey', 'Henry')} Henry Grey, Walter Grey's nephew, came to live at the farm.`,
      'Walter Grey drowned in the mill-race in March. At the inquest Henry Grey, the only son of the deceased, was called first.',
    ),
    cites: ["Walter Grey's nephew", 'the only son of the deceased'],
  },
  {
    name: 'a newcomer described, then named, against his own figure',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale was a tall man, and he had to stoop under the beams of the inn.`,
      'A man of singular appearance came into the parlour that evening. He was a small, short man with a quick step. "My name is Thomas Hale," said he.',
    ),
    cites: ['Thomas Hale was a tall man', 'He was a small, short man'],
  },
];

export const DESCRIBED_KIN_LEGITIMATE: readonly Manuscript[] = [
  {
    name: "two saddlers in the story, and the saddler's nephew",
    text: chapters(
      `${more('Walter Hale', 'Walter')} Thomas Hale, the saddler, kept a shop in the square. Robert Grey, the saddler, kept one by the bridge. Walter Hale, Thomas Hale's son, swept the shop every morning.`,
      "On market day Walter Hale, the saddler's nephew, sold a bridle to a farmer from Ashby.",
    ),
  },
  {
    name: "an unnamed passer-by, and the woman's son",
    text: chapters(
      `${more('Tom Hale', 'Tom')} Tom Hale, Mary Benson's nephew, lodged with her.`,
      "Mary Benson sat at the window. A woman passed with a basket of eggs, and Tom Hale, the woman's son, ran after her.",
    ),
  },
  {
    name: "two girls in the scene, and the girl's uncle",
    text: chapters(
      `${more('Robert Grey', 'Robert')} Robert Grey, Ellen Grey's father, farmed the land by the river.`,
      'Ellen Grey and Ann Lacey came up the path with their baskets.\n\n"This is the girl\'s uncle, Mr. Robert Grey," said the parson to the stranger.',
    ),
  },
  {
    name: 'the son and heir of the dead man, as he was',
    text: chapters(
      `${more('George Crane', 'George')} George Crane, Edward Crane's son, learned the trade of a cooper.`,
      'Edward Crane died of a fever in the spring. George Crane, son and heir of the dead man, sold the cooperage in June.',
    ),
  },
];
