/**
 * Passages for the naming patterns of The Ashgrove Casebook that the bible misread on arrival
 * (docs/quality/story-bible.md, twenty-sixth session): a false name given up, a villain's aliases
 * stated, a courtesy title explained by the family name, a name given twice in one breath, a shop
 * or firm called by a man's name, an office after a rank, a chapter heading in capitals; each
 * pattern with guards of what it must leave. Written for the purpose (no sentence of the casebook)
 * and committed before any code was run on them.
 */
import type { Extraction } from '../../src/bible/index.js';
import { extract } from '../../src/bible/index.js';
import { holding, peopleMisread, source } from '../support/bible.js';

export interface CasebookPassage {
  /** What the passage tests, in a few words. */
  readonly kind: string;
  readonly text: string;
  /** Each person's names: all in one entry, no two people in one entry. */
  readonly people: readonly (readonly string[])[];
  /** Names no character entry may hold (a shop, a firm, an office, a heading). */
  readonly notPeople?: readonly string[];
  /** [a name, a form]: the entry holding the name must not hold the form. */
  readonly notWith?: readonly (readonly [string, string])[];
}

export const casebookPassages: readonly CasebookPassage[] = [
  {
    kind: 'a false name given up and the true one told',
    text: `The card said Mr. Henry Vane, and nothing more. The young man who followed it was pale and wet. "Mr. Vane," said Holt, "sit down." He sat, and then he stood up again. "I have lied to you already. My name is not Vane. It is Arthur Pelham. I am a clerk in a bank in the City." "Well, Mr. Pelham," said Holt, "go on." Pelham told his story.`,
    people: [['Mr. Henry Vane', 'Mr. Vane', 'Arthur Pelham', 'Mr. Pelham', 'Pelham']],
  },
  {
    kind: 'guard: one man named in place of another ("It is not Vane. It is Pelham")',
    text: `"Is that Vane at the door?" asked Holt. "It is not Vane. It is Pelham, his partner," said the maid. Vane was in Paris that week. Pelham came in and sat down. "Vane sends his regards," said Pelham. Holt asked after Vane.`,
    people: [['Vane'], ['Pelham']],
  },
  {
    kind: 'a villain\'s aliases given after his name ("Alias Dacre, alias Hurst")',
    text: `Captain Dacre had won four hundred pounds from the boy at cards. A week later a Mr. Hurst took rooms in the same street. Holt watched Mr. Hurst for three days. On the fourth the inspector came up the stairs with two constables. "Joseph Crane," he said. "Alias Dacre, alias Hurst. I have wanted you for ten years." Crane did not move.`,
    people: [['Captain Dacre', 'Mr. Hurst', 'Joseph Crane', 'Crane']],
  },
  {
    kind: 'an alias set beside a name in one sentence ("Peter Gow, alias Keating")',
    text: `The police knew him as Peter Gow, alias Keating, a forger. Mr. Keating had taken a house at Putney. Gow had been in prison twice. Keating paid his rent in gold, and Gow laughed at the police.`,
    people: [['Peter Gow', 'Gow', 'Mr. Keating', 'Keating']],
  },
  {
    kind: 'one man\'s two names stated as one ("Hurst is Dacre")',
    text: `Captain Dacre had played cards with the boy all winter. Mr. Hurst had bought the letters from the maid. Holt laid the two notes side by side. "The same hand," he said. "Hurst is Dacre." The inspector whistled. "Then Dacre has the letters," he said. Hurst had taken rooms by the river.`,
    people: [['Captain Dacre', 'Mr. Hurst', 'Hurst', 'Dacre']],
  },
  {
    kind: 'guard: "is" between two names that are two people ("Dacre is Hurst\'s cousin", "Hurst is rich")',
    text: `Captain Dacre and Mr. Hurst came up the stairs together. "Dacre is Hurst's cousin," whispered Holt. "Hurst is rich; Dacre is not." Dacre sat by the door. Hurst took the chair by the fire.`,
    people: [
      ['Captain Dacre', 'Dacre'],
      ['Mr. Hurst', 'Hurst'],
    ],
  },
  {
    kind: 'a courtesy title explained by the family name',
    text: `Lord Ellerby came to us in the evening, a shy young man. "Our visitor's name is Richard Thorne," said Holt when he had gone. "Lord Ellerby is only his courtesy title; his father is the Earl." Lord Ellerby had never lived in Chelsea. Richard Thorne had, under his own name, for a year.`,
    people: [['Lord Ellerby', 'Richard Thorne']],
  },
  {
    kind: 'guard: a title and a second man\'s name in one breath ("Lord Ellerby is his cousin")',
    text: `Lord Ellerby came to us in the evening. "Our visitor is Richard Thorne," said Holt when he had gone. "Lord Ellerby is his cousin, and a rich man." Lord Ellerby went to Scotland. Richard Thorne stayed in London.`,
    people: [['Lord Ellerby'], ['Richard Thorne']],
  },
  {
    kind: 'a title and an initial ("Mr. G. Lorimer") is no one of another surname with that letter',
    text: `Mr. Gedney kept the shop at the corner. "Good morning," said Mr. Gedney. The envelope was addressed to Mr. G. Lorimer, 4 Hill Street. Geoffrey Lorimer lived there with his mother. Mr. Gedney had sold him the paper.`,
    people: [['Mr. Gedney'], ['Geoffrey Lorimer']],
    notWith: [['Mr. Gedney', 'Mr. G']],
  },
  {
    kind: 'a title and surname, then the full name given at once ("Mr. Marsh. Mr. Julian Marsh.")',
    text: `"Who keeps the books?" said Holt. "Mr. Marsh," said the clerk. "Mr. Julian Marsh. He came into the firm three years ago." Mr. Marsh kept the key of the safe. Marsh was a quiet man. They took Julian Marsh at Dover with the money.`,
    people: [['Mr. Marsh', 'Marsh', 'Mr. Julian Marsh', 'Julian Marsh']],
  },
  {
    kind: 'a title and surname completed by the full name, which the text goes on writing ("Mr. Marsh. Mr. Julian Marsh.", "A man called Julian Marsh")',
    text: `"Who keeps the books?" said Holt. "Mr. Marsh," said the clerk. "Mr. Julian Marsh. He came into the firm three years ago." Mr. Marsh kept the key of the safe. Marsh was a quiet man.

They took Julian Marsh at Dover with the money.

"A man called Julian Marsh came out of prison in May," said Holt. "Marsh has written to the clerk."`,
    people: [['Mr. Marsh', 'Marsh', 'Mr. Julian Marsh', 'Julian Marsh']],
  },
  {
    kind: 'guard: two brothers, by title and surname and by the full name, side by side again and again',
    text: `Mr. Denny kept the shop. "Mr. Denny," said the boy. "Mr. John Denny." Mr. John Denny was the younger brother.

Mr. Denny sold the tea, and Mr. John Denny kept the books.

Mr. Denny went to market; Mr. John Denny stayed at home.`,
    people: [['Mr. Denny'], ['Mr. John Denny']],
  },
  {
    kind: 'a chop-house called by a man\'s name ("at Tubb\'s")',
    text: `Mr. Marsh always dined at Tubb's, in Vine Street. We went to Tubb's that evening. The waiter at Tubb's remembered Mr. Marsh well. Marsh had eaten a chop and gone out.`,
    people: [['Mr. Marsh', 'Marsh']],
    notPeople: ['Tubb'],
  },
  {
    kind: 'guard: a man\'s own possessive ("Tubb\'s coat") and a home ("at Fanny\'s")',
    text: `Tubb came in out of the rain. Tubb's coat was wet through. "Evening," said Tubb. We dined at Fanny's that night. Fanny Price laughed at his coat. "You look drowned," said Fanny.`,
    people: [['Tubb'], ['Fanny Price', 'Fanny']],
  },
  {
    kind: 'a firm called by a man\'s name ("Bowyer and Sons")',
    text: `The money was paid to a firm at Hull called Bowyer and Sons. Holt went to Hull and found that there was no firm of Bowyer and Sons. A letter addressed to Bowyer and Sons had come back. The box was taken in the name of Bowyer.`,
    people: [],
    notPeople: ['Bowyer', 'Sons'],
  },
  {
    kind: 'guard: a man and his sons ("Mr. Bowyer and his sons")',
    text: `Mr. Bowyer and his sons farmed the valley. Mr. Bowyer rose at five. "Up," said Bowyer to the boys.`,
    people: [['Mr. Bowyer', 'Bowyer']],
  },
  {
    kind: 'an office after a rank\'s word ("the General Post Office")',
    text: `The letters went to a box at the General Post Office. Holt sent a man to the General Post Office at noon. Nobody came for them at the General Post Office.`,
    people: [],
    notPeople: ['General Post Office'],
  },
  {
    kind: 'guard: a general by rank and surname',
    text: `General Markham came to dinner. General Markham talked of India all evening. "Nonsense," said the General.`,
    people: [['General Markham']],
  },
  {
    kind: 'a chapter heading in capitals ("THE EARL\'S DAUGHTER", "THE BANKER\'S CLERK")',
    text: `II. THE EARL'S DAUGHTER

Lady Susan came to us in March. Holt heard her story and took the case.

III. THE BANKER'S CLERK

Mr. Marsh came to us in June. Marsh had lost a key.`,
    people: [['Lady Susan'], ['Mr. Marsh', 'Marsh']],
    notPeople: ["Earl's Daughter", "Banker's Clerk"],
  },
  {
    kind: 'guard: a name in a heading in capitals ("THE CASE OF JOHN RANDALL")',
    text: `IV. THE CASE OF JOHN RANDALL

John Randall came to us in July. Randall had lost his brother.`,
    people: [['John Randall', 'Randall']],
  },
];

function misreading(passage: CasebookPassage, extraction: Extraction): string | undefined {
  const people = peopleMisread(passage.people, extraction);
  if (people !== undefined) return people;
  const person = passage.notPeople?.find((name) =>
    holding(extraction, name).some((entry) => entry.type === 'character'),
  );
  if (person !== undefined) return `${person} read as a character`;
  const together = passage.notWith?.find(([name, form]) =>
    holding(extraction, name).some((entry) => entry.name === form || entry.aliases.includes(form)),
  );
  if (together !== undefined) return `${together[1]} in the entry of ${together[0]}`;
  return undefined;
}

/** Each passage read wrong, as "kind: why"; one passage at a time. */
export function misreadPassages(passages: readonly CasebookPassage[]): string[] {
  return passages.flatMap((passage) => {
    const why = misreading(passage, extract([source(passage.text)]));
    return why === undefined ? [] : [`${passage.kind}: ${why}`];
  });
}
