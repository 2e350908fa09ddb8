/**
 * A generality set for issue 17 (docs/quality/story-bible.md, thirty-eighth session): short
 * manuscripts of invented people in the two classes the held-out novels point to, written for the
 * purpose and committed before any rule was run on them. (1) Characters a book names by a
 * capitalised role or common noun ("the Grey Hare", "the Squire", "the Colonel"), with their
 * variants, beside the common noun used of others ("a hare", "the doctor of the next village").
 * (2) One person met under many names across separate stories ("Mr. Lucius Fane", "Mr. Fane",
 * "Fane"; a client named once in full, then by title), beside two people of one surname.
 */
import { expect } from 'vitest';
import type { Extraction, ExtractOptions, SourceText } from '../../src/bible/index.js';
import { extract } from '../../src/bible/index.js';
import { holding, tales } from '../support/bible.js';

export interface GeneralityManuscript {
  readonly title: string;
  readonly source: SourceText;
  /** Each person's names: the first is the one they must be found by, all in one character entry. */
  readonly people: readonly (readonly string[])[];
  /** Names no character entry may hold (an inn, a common noun of others). */
  readonly notPeople?: readonly string[];
}

export const generalityManuscripts: readonly GeneralityManuscript[] = [
  {
    title: 'The Grey Hare (a fairy tale)',
    source: tales(
      [
        'I. THE MEADOW',
        `Once upon a time the Grey Hare lived at the edge of the King's meadow. Every morning the Grey Hare ran round the meadow three times, and every evening the Grey Hare sat under the hawthorn and counted the stars.

One day a hare from the far side of the hill came to the hawthorn, but it ran off when it saw the Grey Hare. "Nobody stays," said the Grey Hare sadly.`,
      ],
      [
        'II. THE TORTOISE',
        `The Tortoise lived by the pond. "Why do you run so fast?" asked the Tortoise. "Because I am late," said the Hare. The Hare was always late, and the Tortoise was never late.

"Come to the Queen's garden with me," said the Tortoise. The Hare laughed at the Tortoise, but the Hare went all the same.`,
      ],
      [
        'III. THE QUEEN',
        `The Queen was sitting on a green bench in her garden. "Who is this?" cried the Queen. "It is only the Hare," said the Tortoise. The Queen looked at the Hare for a long time.

"Then the Hare shall run for me," said the Queen, and the Grey Hare ran round the garden until the Queen laughed. Hares, the Tortoise said afterwards, are good for nothing else.`,
      ],
    ),
    people: [['Grey Hare', 'Hare'], ['Tortoise'], ['Queen']],
  },
  {
    title: 'The Squire of Lowick (a village)',
    source: tales(
      [
        'Chapter I',
        `The Squire came down to breakfast at nine, as he had every morning for thirty years. "Has the Vicar called?" asked the Squire. Martha Dunn, who kept his house, said that the Vicar had not.

The Squire read his letters. One was from his nephew, Harry Dunmore, who wished to borrow money. The Squire put it in the fire.`,
      ],
      [
        'Chapter II',
        `The Vicar came at eleven. He was a thin man with a cough, and the Squire did not like him. "You have had a letter from Harry," said the Vicar. "I have burned it," said the Squire.

A vicar from the next parish had preached at Lowick the Sunday before, and the village had liked him better. The Vicar knew it. "Harry is a good boy," said the Vicar, and the Squire said nothing.`,
      ],
      [
        'Chapter III',
        `Harry Dunmore came down from London on the Friday. Martha met him at the gate. "The Squire is in the library," she said. Harry went in, and the Squire looked up from his book.

"Well, Harry," said the Squire. "The Vicar says you are a good boy." Harry laughed, and for the first time in a year the Squire laughed too.`,
      ],
    ),
    people: [['Squire'], ['Vicar'], ['Martha Dunn', 'Martha'], ['Harry Dunmore', 'Harry']],
  },
  {
    title: 'The Colonel and the Doctor (a garrison town)',
    source: tales(
      [
        'Chapter I',
        `Colonel Bramwell had commanded the garrison for six years. The Colonel rode out every morning on a tall bay, and the town set its clocks by him. His daughter Clara rode beside him when the weather was fine.

The Doctor lived in the square. The Doctor and the Colonel played chess on Thursdays, and the Doctor always lost.`,
      ],
      [
        'Chapter II',
        `In March Clara fell ill. The Doctor came twice a day. "It is a fever," said the Doctor, "nothing more." The Colonel did not believe him, and sent for the doctor of the next town, who came once, looked at Clara, and went home again.

"Well?" said the Colonel. "I told you," said the Doctor. Clara was well by April, and the Colonel lost at chess for the first time.`,
      ],
    ),
    people: [['Colonel Bramwell', 'Colonel'], ['Doctor'], ['Clara']],
  },
  {
    title: 'The Governor (an island)',
    source: tales(
      [
        'Chapter I',
        `The Governor of the island was Sir Hector Lyle, a tall man with a red face. The Governor did not like the heat, and he did not like the island. Every afternoon the Governor slept for two hours, and nobody dared to wake him.

His secretary, a young man named Philip Ash, did all the work. Philip Ash wrote the letters, and the Governor signed them.`,
      ],
      [
        'Chapter II',
        `When the ship came in, the Captain went up to the house at once. "There is fever on board," said the Captain. Philip Ash woke the Governor. "Sir Hector," he said, "the Captain of the Nereid is here."

The Governor listened to the Captain with his eyes shut. "Keep them on the ship," said the Governor at last. The Captain went back to the harbour, and Sir Hector went back to sleep.`,
      ],
    ),
    people: [['Sir Hector Lyle', 'Governor', 'Sir Hector'], ['Philip Ash'], ['Captain']],
  },
  {
    title: 'The Duchess (a Victorian novel)',
    source: tales(
      [
        'Chapter I',
        `The Duchess of Alderney gave a ball every June. The Duke disliked balls, and spent them in the library; the Duchess enjoyed them, and spent them on the stairs, where she could see everyone who came in.

Miss Kitty Marlowe came in at ten, with her mother. "Who is that?" asked the Duchess. Lady Frome told her.`,
      ],
      [
        'Chapter II',
        `The next morning the Duchess sent for Kitty Marlowe. "You danced four times with my son," said the Duchess. Kitty said that she had. "Lord Sandling is to marry his cousin," said the Duchess.

The Duke came in while they were talking. "Leave the girl alone," said the Duke, and the Duchess did not speak to him for a week.`,
      ],
    ),
    people: [
      ['Duchess', 'Duchess of Alderney'],
      ['Duke'],
      ['Kitty Marlowe', 'Miss Kitty Marlowe', 'Kitty'],
      ['Lady Frome'],
    ],
  },
  {
    title: 'The Fox and the Magpie (fables)',
    source: tales(
      [
        'THE FOX AND THE MAGPIE',
        `The Magpie had found a silver spoon and sat with it in the top of the elm. The Fox came by and looked up. "What a fine bird," said the Fox, "and what a fine spoon." The Magpie said nothing.

"I have heard that you sing," said the Fox. The Magpie opened her beak to sing, and the spoon fell. The Fox took it away.`,
      ],
      [
        'THE FOX AND THE OLD DOG',
        `The Old Dog lay by the farm gate in the sun. A fox, not the one of the last story but a young one, came to the gate at night; the Old Dog barked, and it ran.

Next night the Fox himself came. "Let me in," said the Fox, "and I will bring you a spoon." "I have no use for spoons," said the Old Dog, and the Fox went hungry.`,
      ],
    ),
    people: [['Fox'], ['Magpie'], ['Old Dog']],
  },
  {
    title: 'The Fane Casebook I: The Missing Sister',
    source: tales(
      [
        'I. THE MISSING SISTER',
        `My friend Mr. Lucius Fane was at breakfast when the bell rang. "A client, Pryor," said Fane, without looking up. I am Dr. Edmund Pryor, and I had lodged with Fane for two years.

The lady who came in was Miss Agnes Thorley, a governess. "My sister has gone," said Miss Thorley. "Mr. Fane, you must find her." Fane asked her to sit down.`,
      ],
      [
        'II',
        `"When did you see her last?" asked Mr. Fane. "On Tuesday," said Miss Thorley. Fane looked at me. "What do you make of it, Dr. Pryor?" I said that I made nothing of it.

By the evening Fane had found the sister, Miss Rose Thorley, at an aunt's in Kew. Miss Agnes Thorley wept, and Miss Rose Thorley was very cross. Pryor, said Fane afterwards, you may write this one up.`,
      ],
    ),
    people: [
      ['Mr. Lucius Fane', 'Mr. Fane', 'Fane'],
      ['Dr. Edmund Pryor', 'Dr. Pryor', 'Pryor'],
      ['Miss Agnes Thorley'],
      ['Miss Rose Thorley'],
    ],
  },
  {
    title: 'The Fane Casebook II: The Corder Will',
    source: tales(
      [
        'I. THE CORDER WILL',
        `It was in the autumn that Mr. Jabez Corder, a corn merchant of Bristol, came to our rooms. Fane let him talk for an hour. "My brother Walter has the will," said Mr. Corder, "and he will not show it to me."

"Is your brother older than you?" asked Fane. "Two years," said Mr. Corder. I wrote it down; Dr. Pryor, Fane always said, writes everything down.`,
      ],
      [
        'II',
        `We went down to Bristol on the Monday. Walter Corder met us at the station, a stout man in a grey coat. "My brother is a fool," said Walter Corder. Mr. Jabez Corder was waiting at the house.

The will was in the desk. Fane read it aloud. Walter Corder went white, and Mr. Corder sat down. "It is all left to the Church," said Fane. Walter laughed, and Jabez did not.`,
      ],
    ),
    people: [
      ['Fane'],
      ['Dr. Pryor'],
      ['Mr. Jabez Corder', 'Mr. Corder', 'Jabez'],
      ['Walter Corder', 'Walter'],
    ],
  },
  {
    title: 'The Fane Casebook III: The Lodger',
    source: tales(
      [
        'I. THE LODGER',
        `Our landlady, Mrs. Bessie Crouch, came up with the tray and a card. "A Mrs. Henry Vosper," said Mrs. Crouch, "and in a state." Fane put down his pipe.

Mrs. Vosper was a small woman in black. "It is my husband," she said. "Henry Vosper has not been home for three nights." Fane asked where her husband worked. "At the bank in Lombard Street," said Mrs. Vosper.`,
      ],
      [
        'II',
        `We found Henry Vosper at the bank, at his desk, as if nothing had happened. Mr. Vosper would not say where he had slept. "Tell your wife," said Fane, "or I shall." Mr. Vosper told her.

Mrs. Crouch had the whole story from Mrs. Vosper the next week, and we had it from Mrs. Crouch. Fane said it was the dullest case of the year.`,
      ],
    ),
    people: [
      ['Fane'],
      ['Mrs. Bessie Crouch', 'Mrs. Crouch'],
      ['Mrs. Vosper', 'Mrs. Henry Vosper'],
      ['Henry Vosper', 'Mr. Vosper'],
    ],
  },
  {
    title: 'The Gale Brothers (two men of one surname)',
    source: tales(
      [
        'Chapter I',
        `Mr. Thomas Gale and Mr. Robert Gale kept a shop in the High Street. Thomas Gale was the elder, and sold the cloth; Robert Gale kept the books. Mr. Thomas Gale was kind, and Mr. Robert Gale was not.

Miss Eleanor Pym came into the shop on a wet Tuesday. "Good morning, Miss Pym," said Thomas Gale.`,
      ],
      [
        'Chapter II',
        `Robert Gale saw them talking. "She owes us four pounds," said Robert. Thomas said that it did not matter. Miss Pym paid in May, and Mr. Thomas Gale married her in June; Mr. Robert Gale did not come to the wedding.`,
      ],
    ),
    people: [
      ['Thomas Gale', 'Mr. Thomas Gale', 'Thomas'],
      ['Robert Gale', 'Mr. Robert Gale', 'Robert'],
      ['Miss Eleanor Pym', 'Miss Pym'],
    ],
  },
  {
    title: 'The Captain of the Linnet (a sea tale)',
    source: tales(
      [
        'Chapter I',
        `The Captain came aboard the Linnet at Falmouth with a sea-chest and a parrot. Nobody knew his name; the crew called him the Captain, and so did the owner, Mr. Josiah Penrose. The Captain kept to his cabin for the first week.

Young Ned Tully, the cabin boy, took him his meals. "Is the Captain ill?" asked the mate, Sam Carrick. "No," said Ned, "only cross."`,
      ],
      [
        'Chapter II',
        `Off Ushant the wind went round. The Captain came on deck in his nightshirt and took the wheel from Sam Carrick. "Get her head round," shouted the Captain. The Linnet came round.

Mr. Penrose heard the tale at Falmouth a month later. "I told you the Captain knew his business," said Mr. Penrose to Carrick, and Carrick said that he had.`,
      ],
    ),
    people: [
      ['Captain'],
      ['Mr. Josiah Penrose', 'Mr. Penrose'],
      ['Ned Tully', 'Ned'],
      ['Sam Carrick', 'Carrick'],
    ],
    notPeople: ['Linnet'],
  },
  {
    title: 'The March of the Mice (a nursery tale)',
    source: tales(
      [
        'Chapter I',
        `The Mouse King lived under the floor of the old mill. Every night the Mouse King counted the grains in the store, and every night there were fewer. "Somebody is stealing," said the Mouse King.

The Miller's Cat lay by the stove. A mouse ran past the stove, and the Miller's Cat did not move; she was too fat.`,
      ],
      [
        'Chapter II',
        `"It is the Cat," said the Mouse King's daughter, the Little Princess. "Nonsense," said the King. "Cats do not eat grain." The Princess went to see for herself.

She found the Cat asleep and a sack of grain behind the stove. "Thank you," said the King, when she told him; and the Cat, who had only been keeping the grain warm, was very much offended.`,
      ],
    ),
    people: [
      ['Mouse King', 'King'],
      ["Miller's Cat", 'Cat'],
      ['Little Princess', 'Princess'],
    ],
  },
  {
    title: 'The Lantern Fair (a dream tale)',
    source: tales(
      [
        'CHAPTER I. THE GATE',
        `Polly fell asleep in the orchard and woke by a gate she had never seen. A Spotted Toad sat on the gatepost. "Tickets," said the Spotted Toad. Polly had no ticket. "Then you must ask the Gatekeeper," said the Toad, and shut his eyes.

The Gatekeeper was a tall Heron in a blue coat. "Name?" said the Heron. "Polly," said Polly. The Heron wrote it down with his beak and let her in.`,
      ],
      [
        'CHAPTER II. THE FAIR',
        `Inside the gate there were lanterns in every tree. A Lobster in an apron was selling pies. "Two a penny," said the Lobster. Polly had no penny either, and the Lobster sniffed.

At the end of the lane sat the Duchess of Tarts, very large and very cross, with a Pig on her knee. "Who let her in?" cried the Duchess. "The Heron, ma'am," said the Lobster. "Then off with the Heron's hat!" said the Duchess.`,
      ],
      [
        'CHAPTER III. HOME',
        `Polly ran. The Toad was still on the gatepost. "Did you see the Duchess?" asked the Spotted Toad. "She is my aunt." Polly said that she had, and the Toad laughed until he fell off the post.

Then the orchard came back, and her sister was calling her in to tea.`,
      ],
    ),
    people: [
      ['Polly'],
      ['Spotted Toad', 'Toad'],
      ['Heron', 'Gatekeeper'],
      ['Lobster'],
      ['Duchess', 'Duchess of Tarts'],
    ],
  },
];

export interface GeneralityFigures {
  /** People whose first name a character entry holds. */
  readonly found: number;
  readonly people: number;
  /** Extra entries a person's names are spread over (two entries for one person is one split). */
  readonly splits: number;
  /** Pairs of people whose names one entry holds. */
  readonly merges: number;
  /** Names read as a character that are no one. */
  readonly falsePeople: number;
  /** What was read wrong, one line each. */
  readonly misses: readonly string[];
}

/**
 * The character entries holding `name`, read as eval/novels.mjs reads a table: a name shown with its
 * article ("the Old Badger", the fuller form of "Badger") holds the name without it.
 */
function characterEntries(extraction: Extraction, name: string) {
  return [...holding(extraction, name), ...holding(extraction, `the ${name}`)].filter(
    (entry) => entry.type === 'character',
  );
}

/**
 * The set's figures, each manuscript extracted on its own, as a short text or, with `options`, as a
 * whole book is read (`{ longText: 10 }`: a name mostly after "the" is a thing unless made someone).
 */
export function generalityFigures(
  manuscripts: readonly GeneralityManuscript[],
  options: ExtractOptions = {},
): GeneralityFigures {
  let found = 0;
  let people = 0;
  let splits = 0;
  let merges = 0;
  let falsePeople = 0;
  const misses: string[] = [];
  for (const manuscript of manuscripts) {
    const extraction = extract([manuscript.source], options);
    const ownerOf = new Map<string, string>();
    for (const names of manuscript.people) {
      people++;
      const [main] = names;
      if (main !== undefined && characterEntries(extraction, main).length > 0) found++;
      else misses.push(`${manuscript.title}: ${main} not found`);
      const keys = new Set(
        names.flatMap((name) => characterEntries(extraction, name).map((entry) => entry.key)),
      );
      if (keys.size > 1) {
        splits += keys.size - 1;
        misses.push(`${manuscript.title}: ${names.join(' / ')} split over ${keys.size} entries`);
      }
      for (const key of keys) {
        const owner = ownerOf.get(key);
        if (owner !== undefined && owner !== main) {
          merges++;
          misses.push(`${manuscript.title}: ${main} merged with ${owner}`);
        } else if (main !== undefined) ownerOf.set(key, main);
      }
    }
    for (const name of manuscript.notPeople ?? []) {
      if (characterEntries(extraction, name).length === 0) continue;
      falsePeople++;
      misses.push(`${manuscript.title}: ${name} read as a character`);
    }
  }
  return { found, people, splits, merges, falsePeople, misses };
}

/** `figures` in one line: found of people, splits, merges and false people. */
function figuresLine(figures: GeneralityFigures): string {
  return `${figures.found}/${figures.people} found, ${figures.splits} splits, ${figures.merges} merges, ${figures.falsePeople} false people`;
}

/**
 * A set's figures read one way (`options` as for `generalityFigures`), with a report for the test's
 * output: the total, each manuscript's figures on a line of its own, then what was read wrong.
 */
export function generalityReport(
  setName: string,
  manuscripts: readonly GeneralityManuscript[],
  reading: string,
  options: ExtractOptions = {},
): { figures: GeneralityFigures; report: string } {
  const figures = generalityFigures(manuscripts, options);
  const lines = manuscripts.map((m) => `  ${m.title}: ${figuresLine(generalityFigures([m], options))}`);
  return {
    figures,
    report: [`${setName}, ${reading}: ${figuresLine(figures)}`, ...lines, ...figures.misses].join('\n'),
  };
}

/** A floor on people found and ceilings on splits, merges and false people a reading must keep. */
export interface GeneralityBounds {
  readonly found: number;
  readonly splits: number;
  readonly merges: number;
  readonly falsePeople: number;
}

/** Expects `figures` within `bounds`. */
export function expectWithin(figures: GeneralityFigures, bounds: GeneralityBounds): void {
  expect(figures.found).toBeGreaterThanOrEqual(bounds.found);
  expect(figures.splits).toBeLessThanOrEqual(bounds.splits);
  expect(figures.merges).toBeLessThanOrEqual(bounds.merges);
  expect(figures.falsePeople).toBeLessThanOrEqual(bounds.falsePeople);
}
