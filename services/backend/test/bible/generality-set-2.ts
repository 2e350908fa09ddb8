/**
 * A second generality set for issue 17 (docs/quality/story-bible.md, thirty-eighth session, the second
 * helper): new short manuscripts of invented characters a book names by a capitalised role or
 * creature where the first set (generality-set.ts) still misses, written and committed before any rule
 * was run on them: a capital adjective before the kind ("the Old Badger", "the Red Knight"), a
 * possessive role ("the Tinker's Goat"), a role whose one speech and one act are in one mention, and
 * a ship or an inn named like a person beside a role. Beside them, what must stay no one: a place or
 * a street with a capital adjective ("the Old Kent Road", "the Long Meadow"), an inn ("the Red Lion"),
 * a ship ("the Swallow"), the title of a book ("The Old Curiosity Shop").
 */
import { tales } from '../support/bible.js';
import type { GeneralityManuscript } from './generality-set.js';

export const secondGeneralityManuscripts: readonly GeneralityManuscript[] = [
  {
    title: 'The Old Badger (a woodland tale)',
    source: tales(
      [
        'Chapter I',
        `The Old Badger lived under the roots of the great beech at the end of the Long Meadow. Every evening the Old Badger swept his doorstep and looked at the sky. "Rain tonight," said the Old Badger, and went in.

A badger from the other wood came by, but it did not stop.`,
      ],
      [
        'Chapter II',
        `The Young Otter came up from the river with a fish. "Will you share it?" asked the Old Badger. "Half," said the Young Otter, and the two of them ate it on the doorstep while the rain came down on the Long Meadow.`,
      ],
    ),
    people: [
      ['Old Badger', 'Badger'],
      ['Young Otter', 'Otter'],
    ],
    notPeople: ['Long Meadow'],
  },
  {
    title: 'The Red Knight (a romance)',
    source: tales(
      [
        'Chapter I',
        `The Red Knight rode out of the forest at noon and stopped at the Red Lion, the only inn on the road. "Wine," said the Red Knight to the landlord, and sat down by the fire with his helmet on his knee.

The White Knight came in an hour later. The White Knight was the Red Knight's cousin, and they had not met for seven years.`,
      ],
      [
        'Chapter II',
        `"You have grown old," said the White Knight. The Red Knight laughed and called for more wine. They rode away together in the morning, and the landlord of the Red Lion was glad to see them go.`,
      ],
    ),
    people: [['Red Knight'], ['White Knight']],
    notPeople: ['Red Lion'],
  },
  {
    title: "The Tinker's Goat (a village tale)",
    source: tales(
      [
        'Chapter I',
        `The Tinker's Goat ate everything in the village: washing, hats, and once the parson's sermon. The Tinker's Goat was tied to the Tinker's cart with a long rope, and the rope was never long enough.

"Keep that beast off my cabbages," said Mrs. Amos Hale. The Tinker said that he would, and did not.`,
      ],
      [
        'Chapter II',
        `On Sunday the Goat got loose and walked into the church. "Out!" cried the parson. The Goat looked at him, ate a hymn book, and walked out again. The Tinker paid for the book.`,
      ],
    ),
    people: [["Tinker's Goat", 'Goat'], ['Tinker'], ['Mrs. Amos Hale', 'Mrs. Hale']],
  },
  {
    title: 'The Swallow (a sea tale)',
    source: tales(
      [
        'Chapter I',
        `The Swallow lay at anchor off Deal. The Captain was ashore, and the mate, Abel Fitch, had the deck. "Where is the Captain?" asked the boy, Kit Morrow. "At the Three Bells, where he always is," said Abel Fitch.`,
      ],
      [
        'Chapter II',
        `The Captain came back at dusk, not quite sober. "Up anchor," said the Captain, and the Swallow stood out to sea. Kit Morrow watched the lights of Deal go down behind the Swallow's stern.`,
      ],
    ),
    people: [['Captain'], ['Abel Fitch', 'Fitch'], ['Kit Morrow', 'Kit']],
    notPeople: ['Swallow', 'Three Bells'],
  },
  {
    title: 'The Bookseller (a London sketch)',
    source: tales(
      [
        'Chapter I',
        `Mr. Silas Crane kept a bookshop off the Old Kent Road. He had a copy of The Old Curiosity Shop in the window, and the Little Sweep came every morning to look at its pictures. "Can't read it," said the Little Sweep, and ran off to work.`,
      ],
      [
        'Chapter II',
        `One morning the Little Sweep did not come. Mr. Crane walked down the Old Kent Road to look for him, and found him asleep on a step with the book's picture torn out of a newspaper in his hand. Mr. Crane took him home.`,
      ],
    ),
    people: [
      ['Mr. Silas Crane', 'Mr. Crane'],
      ['Little Sweep', 'Sweep'],
    ],
    notPeople: ['Old Kent Road', 'Old Curiosity Shop'],
  },
];
