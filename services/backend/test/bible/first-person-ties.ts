/**
 * Ties a character states about himself or herself, in speech or in first-person narration ("my
 * cousin, Mr. Collins", "She is my niece"): passages written for the purpose, each with the tie
 * expected between the one who says "my" and the one named, or none (`type: null`, the guards).
 * Read through analyseText, so the dialogue's speakers and the story's narrators are used.
 */
import type { RelationType } from '../../src/bible/types.js';

export interface FirstPersonTie {
  text: string;
  /** The one who says "my" and the one named: names as the text spells them. */
  between: [string, string];
  /** The tie's type, or null where no tie of the two must be read. */
  type: RelationType | null;
}

export const firstPersonTies: FirstPersonTie[] = [
  {
    text: `Mr. Hartley sat by the fire. Mr. Hartley looked up when the door opened.\n\n"Allow me to present my cousin, Mr. Pelham," said Mr. Hartley. Mr. Pelham bowed to the company.`,
    between: ['Mr. Hartley', 'Mr. Pelham'],
    type: 'family',
  },
  {
    text: `Lady Ashby received the visitors. Lady Ashby was in black.\n\n"This is my niece, Miss Verney," said Lady Ashby. Miss Verney curtsied and sat down.`,
    between: ['Lady Ashby', 'Miss Verney'],
    type: 'family',
  },
  {
    text: `Mr. Coldwell came in with the lamp. Mr. Coldwell set it on the table.\n\n"My brother Edmund will be here by dinner," said Mr. Coldwell. Edmund came at six.`,
    between: ['Mr. Coldwell', 'Edmund'],
    type: 'sibling',
  },
  {
    text: `Mrs. Dawlish was at the window. Mrs. Dawlish turned round.\n\n"My husband, Captain Dawlish, is at sea," said Mrs. Dawlish. Captain Dawlish had sailed in March.`,
    between: ['Mrs. Dawlish', 'Captain Dawlish'],
    type: 'spouse',
  },
  {
    text: `Sir Roger Fane was tired. Sir Roger Fane sat down heavily.\n\n"My son Arthur is to go to Oxford," said Sir Roger Fane. Arthur said nothing.`,
    between: ['Sir Roger Fane', 'Arthur'],
    type: 'parent_of',
  },
  {
    text: `Miss Lydgate opened the letter. Miss Lydgate read it twice.\n\n"My sister Clara writes from Bath," said Miss Lydgate. Clara wrote every week.`,
    between: ['Miss Lydgate', 'Clara'],
    type: 'sibling',
  },
  {
    text: `Mr. Tolliver stood at the gate. Mr. Tolliver lifted his hat.\n\n"My dear brother Walter sends his love," said Mr. Tolliver. Walter had not written for a year.`,
    between: ['Mr. Tolliver', 'Walter'],
    type: 'sibling',
  },
  {
    text: `Mrs. Pryor kept the house. Mrs. Pryor was a stern woman.\n\n"My daughter, Susan, will show you up," said Mrs. Pryor. Susan took the candle.`,
    between: ['Mrs. Pryor', 'Susan'],
    type: 'parent_of',
  },
  {
    text: `Lord Aldous dined alone. Lord Aldous rang the bell.\n\n"Send my valet, Pierce, to me," said Lord Aldous. Pierce came up at once.`,
    between: ['Lord Aldous', 'Pierce'],
    type: 'works_for',
  },
  {
    text: `Mr. Quarles shook hands. Mr. Quarles was very cordial.\n\n"My friend Mr. Beale has told me much of you," said Mr. Quarles. Mr. Beale smiled.`,
    between: ['Mr. Quarles', 'Mr. Beale'],
    type: 'friend',
  },
  {
    text: `Margaret Hale looked at the stranger. Margaret Hale did not know him.\n\n"My uncle, Mr. Shaw, lives in Harley Street," Margaret Hale said. Mr. Shaw was seldom at home.`,
    between: ['Margaret Hale', 'Mr. Shaw'],
    type: 'family',
  },
  {
    text: `Mr. Ormond rose. Mr. Ormond spoke quietly.\n\n"My father, Colonel Ormond, fell at Talavera," said Mr. Ormond. Colonel Ormond was buried in Spain.`,
    between: ['Mr. Ormond', 'Colonel Ormond'],
    type: 'parent_of',
  },
  {
    text: `My name is Thomas Brandreth, and I was born at Lynmouth.\n\nMy mother, Hester Brandreth, kept a small shop by the quay. Hester Brandreth sold tea and candles. I helped her in the shop, and I was happy.`,
    between: ['Thomas Brandreth', 'Hester Brandreth'],
    type: 'parent_of',
  },
  {
    text: `My name is Anne Carrow, and I write this in the winter of my fortieth year.\n\nMy sister Lucy was the beauty of the family. Lucy married young. I did not marry, and I kept house for my father.`,
    between: ['Anne Carrow', 'Lucy'],
    type: 'sibling',
  },
  {
    text: `Lady Ashby stood by the harp. Lady Ashby beckoned to the girl.\n\n"Miss Verney is my niece," said Lady Ashby. Miss Verney blushed.`,
    between: ['Lady Ashby', 'Miss Verney'],
    type: 'family',
  },
  // Guards: no tie of the speaker to the one named.
  {
    text: `Mr. Hartley sat by the fire. Mr. Hartley looked up when Miss Verney came in.\n\n"My dear, you are late," said Mr. Hartley. Miss Verney laughed.`,
    between: ['Mr. Hartley', 'Miss Verney'],
    type: null,
  },
  {
    text: `Mr. Pelham bowed low. Mr. Pelham waited for an answer.\n\n"My lord, the carriage is ready," said Mr. Pelham. Lord Aldous went down.`,
    between: ['Mr. Pelham', 'Lord Aldous'],
    type: null,
  },
  {
    text: `Mr. Quarles was cheerful. Mr. Quarles poured the wine.\n\n"My friend, you must try this," said Mr. Quarles to the stranger. Mr. Beale came in later.`,
    between: ['Mr. Quarles', 'Mr. Beale'],
    type: null,
  },
  {
    text: `Mrs. Dawlish spoke of the neighbours. Mrs. Dawlish knew them all.\n\n"Mr. Fenwick came with his cousin, Mr. Lowther," said Mrs. Dawlish. Mr. Lowther stayed a week.`,
    between: ['Mrs. Dawlish', 'Mr. Lowther'],
    type: null,
  },
  {
    text: `Miss Lydgate watched the girl. Miss Lydgate sighed.\n\n"If Kitty were my sister, I should scold her," said Miss Lydgate. Kitty ran off into the garden.`,
    between: ['Miss Lydgate', 'Kitty'],
    type: null,
  },
  {
    text: `Mr. Coldwell and Mr. Tolliver stood in the hall. The hall was cold.\n\n"My brother Edmund is coming."\n\n"Is he indeed?"\n\nEdmund arrived at noon.`,
    between: ['Mr. Coldwell', 'Edmund'],
    type: null,
  },
  {
    text: `Mr. Tolliver met Mr. Coldwell at the inn. Mr. Tolliver was glad of it.\n\n"My brother Edmund is coming," said Mr. Tolliver. Edmund was late, and Mr. Coldwell grew impatient.`,
    between: ['Mr. Coldwell', 'Edmund'],
    type: null,
  },
  {
    text: `Lady Ashby was angry. Lady Ashby struck the table.\n\n"My niece will never marry Mr. Fenwick," said Lady Ashby. Mr. Fenwick was not told.`,
    between: ['Lady Ashby', 'Mr. Fenwick'],
    type: null,
  },
  {
    text: `My name is Thomas Brandreth, and I was born at Lynmouth.\n\nMy father was a fisherman. Captain Hale's wife, Mrs. Hale, was kind to us. Mrs. Hale gave me books, and I read them all.`,
    between: ['Thomas Brandreth', 'Mrs. Hale'],
    type: null,
  },
  {
    text: `Sir Roger Fane was tired. Sir Roger Fane looked at the boy.\n\n"My son would have been your age, Arthur," said Sir Roger Fane. Arthur looked away.`,
    between: ['Sir Roger Fane', 'Arthur'],
    type: null,
  },
];
