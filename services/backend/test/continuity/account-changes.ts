/**
 * Short manuscripts of my own for the thirty-first session's helper on what a long spoken account
 * tells and on a look after a verb's object, written before any rule and before any output on them
 * was read (`account-changes.test.ts` says which are found and flagged): a speaker's own kin stated
 * paragraphs into the account ("I have an only son, Walter"); a death the account tells by "he" or
 * "she"; an act after a death in a tale told inside the story; a look in an apposition after a
 * verb's object ("ran to the hearth, a little woman"); and near cases that must get no issue.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** A long account told by `speaker`, its tag in the first paragraph, then `paragraphs` in quotation. */
export const account = (speaker: string, ...paragraphs: string[]): string =>
  [
    `"I will tell you the whole of it," said ${speaker}. "I came to Esham thirty years ago, when the mill was still working and the road to the town was a cart track. I had a little money from my trade, and I bought the house by the bridge, where I have lived ever since. The people were kind to a stranger, and in time I was made a churchwarden.`,
    ...paragraphs.map((p, i) => `"${p}${i === paragraphs.length - 1 ? '"' : ''}`),
  ].join('\n\n');

export const ACCOUNT_REAL: readonly Contradiction[] = [
  {
    name: 'a nephew in the narration, then "I have an only son" in his uncle\'s account',
    text: chapters(
      `${more('Walter Crane', 'Walter')} Walter Crane, Edward Crane's nephew, lodged at the Bell and kept the accounts of the mill.`,
      account(
        'Edward Crane',
        'The mill passed to me when old Benson died, and for twenty years it did well enough. The floods of the wet spring ruined half the stones, and the wheel has never turned true since.',
        'My household is a small one. I am a widower, and I have an only son, Walter. He has been a trial to me, and I fear I have spoiled him.',
      ),
    ),
    cites: ["Edward Crane's nephew", 'only son, Walter'],
  },
  {
    name: 'a niece in the narration, then "I have a daughter" in her aunt\'s account',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Ann Lacey, Mary Lacey's niece, came to the cottage every Sunday with a basket of eggs.`,
      account(
        'Mary Lacey',
        'My husband was drowned in the winter of the great storm, and I took in sewing to keep the house. The vicar found me work, and the ladies of the Hall sent me their gowns to turn.',
        'I have a daughter, Ann, who is all the comfort I have left. She is a good girl, though she is too fond of the town.',
      ),
    ),
    cites: ["Mary Lacey's niece", 'a daughter, Ann'],
  },
  {
    name: 'a death told by "he" in an account, then the dead man acting in the narration',
    text: chapters(
      `${more('Robert Grey', 'Robert')} Robert Grey kept the ferry below the weir, and he knew every shoal of the river.`,
      account(
        'Thomas Hale',
        'On the Monday Robert Grey left his house about three and walked down to the weir. He had told his man that he had an appointment there, and he was in a great hurry.',
        'He was drowned in the mill-race that evening, and they took him out at the lower lock.',
      ),
      'The next market day Robert Grey came into the inn and ordered a pint of ale.',
    ),
    cites: ['He was drowned', 'Robert Grey came'],
  },
  {
    name: 'a death told by "she" in an account, then the dead woman acting in the narration',
    text: chapters(
      `${more('Jane Benson', 'Jane')} Jane Benson kept the school by the green, and she taught the village children their letters.`,
      account(
        'Ann Lacey',
        'Jane Benson caught a chill at the Easter fair and took to her bed. The doctor came twice a day, and her sister sat up with her through the nights.',
        'She died on the first morning of May, and the whole village followed her to the churchyard.',
      ),
      'In the summer Jane Benson walked to the school and rang the bell.',
    ),
    cites: ['She died', 'Jane Benson walked'],
  },
  {
    name: 'an act after a death in a tale told inside the story',
    text: chapters(
      `${more('George Crane', 'George')} George Crane was the mate of the brig, and the men feared him.`,
      account(
        'Thomas Hale',
        'We lowered for the whale off the Line, and George Crane stood in the bow of the first boat. The whale turned on the boat and stove it, and George Crane was killed by the blow of its flukes.',
        'We buried what was left of him at sea, and the captain read the service. Then we beat up for the islands with half our crew, and at the islands George Crane called upon the natives to help us heave the ship down.',
      ),
    ),
    cites: ['George Crane was killed', 'George Crane called'],
  },
  {
    name: 'a tall woman, then a little woman in an apposition after the object',
    text: chapters(
      `${more('Ann Grey', 'Ann')} Ann Grey was a tall woman, and she had to stoop at the cottage door.`,
      'The kettle boiled over. Ann Grey ran to the hearth, a little woman in a grey shawl.',
    ),
    cites: ['Ann Grey was a tall woman', 'a little woman'],
  },
  {
    name: 'a short man, then a tall man in an apposition after the object',
    text: chapters(
      `${more('Walter Hale', 'Walter')} Walter Hale was a short man, and he stood on a stool to reach the shelf.`,
      'The storm broke at noon. Walter Hale crossed the yard to the barn, a tall man in a wet coat.',
    ),
    cites: ['Walter Hale was a short man', 'a tall man'],
  },
];

export const ACCOUNT_LEGITIMATE: readonly Manuscript[] = [
  {
    name: "an only son in his father's account, as the narration has him",
    text: chapters(
      `${more('Walter Crane', 'Walter')} Walter Crane, Edward Crane's son, lodged at the Bell and kept the accounts of the mill.`,
      account(
        'Edward Crane',
        'The mill passed to me when old Benson died, and for twenty years it did well enough. The floods of the wet spring ruined half the stones, and the wheel has never turned true since.',
        'My household is a small one. I am a widower, and I have an only son, Walter. He has been a trial to me, and I fear I have spoiled him.',
      ),
    ),
  },
  {
    name: 'a son and a nephew named in one account, the nephew as the narration has him',
    text: chapters(
      `${more('George Crane', 'George')} George Crane, Edward Crane's nephew, kept the accounts of the mill.`,
      account(
        'Edward Crane',
        'The mill passed to me when old Benson died, and for twenty years it did well enough. The floods of the wet spring ruined half the stones, and the wheel has never turned true since.',
        'I have an only son, who is at sea, and a nephew, George, who does my writing for me.',
      ),
    ),
  },
  {
    name: 'a man in an account who would have drowned, and acts later',
    text: chapters(
      `${more('Robert Grey', 'Robert')} Robert Grey kept the ferry below the weir, and he knew every shoal of the river.`,
      account(
        'Thomas Hale',
        'On the Monday Robert Grey left his house about three and walked down to the weir. He had told his man that he had an appointment there, and he was in a great hurry.',
        'He would have drowned in the mill-race that evening, had not the miller pulled him out at the lower lock.',
      ),
      'The next market day Robert Grey came into the inn and ordered a pint of ale.',
    ),
  },
  {
    name: 'a death in a tale told inside the story, and the dead man remembered after',
    text: chapters(
      `${more('George Crane', 'George')} George Crane was the mate of the brig, and the men feared him.`,
      account(
        'Thomas Hale',
        'We lowered for the whale off the Line, and George Crane stood in the bow of the first boat. The whale turned on the boat and stove it, and George Crane was killed by the blow of its flukes.',
        'We buried what was left of him at sea, and the captain read the service. Many a night after, at the islands, I thought of the way George Crane had laughed at the whale.',
      ),
    ),
  },
  {
    name: 'a tall woman, and a little woman after the object who is someone else',
    text: chapters(
      `${more('Ann Grey', 'Ann')} Ann Grey was a tall woman, and she had to stoop at the cottage door.`,
      `${more('Mary Benson', 'Mary')} The kettle boiled over. Ann Grey ran to Mary Benson, a little woman in a grey shawl.`,
    ),
  },
  {
    name: 'a short man, and a tall man after the object who is a stranger',
    text: chapters(
      `${more('Walter Hale', 'Walter')} Walter Hale was a short man, and he stood on a stool to reach the shelf.`,
      'The storm broke at noon. Walter Hale crossed the yard to the stranger, a tall man in a wet coat.',
    ),
  },
];
