import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { extractFacts } from '../../../src/continuity/index.js';
import { analyseDialogue } from '../../../src/dialogue/index.js';
import { FILLER } from './helpers.js';

/** The facts of `kinds` read after the filler, as [entity name, kind, value], with the narrators given. */
function read(
  passage: string,
  kinds: readonly string[],
  narrator?: string,
): Array<[string | undefined, string, string]> {
  const text = `${FILLER}\n\n${passage}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  const extraction = extract([source]);
  const name = (key: string | null) => extraction.entities.find((e) => e.key === key)?.name;
  const narratorKey = extraction.entities.find((e) => e.name === narrator)?.key;
  const narrators = narratorKey === undefined ? [] : [{ start: 0, end: text.length, narratorKey }];
  return extractFacts(source, extraction, undefined, narrators)
    .filter((f) => f.start >= text.length - passage.length && kinds.includes(f.kind))
    .map((f) => [name(f.entityKey), f.kind, f.value]);
}

describe('the figure of a description the text names (facts/looks.ts DESCRIPTION)', () => {
  it('gives the figure words of a newcomer described before the name to the one named', () => {
    expect(
      read(
        'Mary Benson sat by the fire when the door opened, and a tall, gaunt woman entered the room. "Mrs. Toller!" cried Mary Benson.',
        ['height', 'build'],
      ),
    ).toEqual([
      ['Mrs. Toller', 'build', 'thin'],
      ['Mrs. Toller', 'height', 'tall'],
    ]);
  });

  it('gives no figure of a description no one new is named around', () => {
    expect(
      read('Mary Benson sat by the fire when a tall, gaunt woman entered the room and sat down.', [
        'height',
        'build',
      ]),
    ).toEqual([]);
  });
});

describe('who a description is when the text says at once (descriptions.ts REVEALED)', () => {
  it('takes the name the next sentence reveals over a self-introduction later', () => {
    const passage =
      'At two the back door opened and a tall man came in with a dark lantern.\n\nIt was Jasper Voke. The constables took him.\n\nIn the spring young Mr. Colley called. "My name is Matthew Colley," he said.';
    expect(read(passage, ['height'])).toEqual([['Jasper Voke', 'height', 'tall']]);
  });

  it('keeps the self-introduction when nothing says who it was', () => {
    const passage =
      'At two the back door opened and a tall man came in with a dark lantern.\n\n"My name is Matthew Colley," he said.';
    expect(read(passage, ['height'])).toEqual([['Matthew Colley', 'height', 'tall']]);
  });
});

describe('a first-person narrator is never "he" in the narration (text.ts)', () => {
  it('reads no fact of the narrator from a "he" the resolver gave them', () => {
    const passage = 'Thomas Hale came to the door. He was a man of about fifty.';
    expect(read(passage, ['age'], 'Thomas Hale')).toEqual([]);
    // Without a first-person narrator the "he" is Thomas's.
    expect(read(passage, ['age'])).toEqual([['Thomas Hale', 'age', '50']]);
  });
});

describe('the teller of a "said I" is never "he" in that chapter\'s narration (text.ts taggedByI)', () => {
  const scene = (tag: string) =>
    `"You are late, Edward," said Mary Benson, when I came down.\n\n"I overslept, Mary," ${tag}. "Here is a letter."\n\n"Thank you, Edward," said Mary Benson.\n\nI went to the window. Nobody was coming but the single gentleman whose conduct had caught my eye.\n\nHe was a tall man with a grey beard.`;

  it('reads no figure of the one the attribution makes the teller of "said I"', () => {
    expect(read(scene('said I'), ['height'])).toEqual([]);
  });

  it('keeps the pronoun of a speaker tagged by name', () => {
    expect(read(scene('said Edward'), ['height'])).toEqual([
      [expect.stringMatching(/Edward/), 'height', 'tall'],
    ]);
  });
});

describe('a first-person narrator is never a newcomer the narration describes (text.ts)', () => {
  it('reads no fact of the narrator from "Our visitor" named only by the narrator\'s name', () => {
    const passage =
      'Mr. Quill was at the window.\n\nOur visitor was a tall man. He was stout.\n\n"Sit down, and tell Edward Marsh and me about it," said Mr. Quill.';
    expect(read(passage, ['height', 'build'], 'Edward Marsh')).toEqual([]);
    // Without a first-person narrator the visitor is the one named after him.
    expect(read(passage, ['height', 'build'])).toEqual([
      ['Edward Marsh', 'height', 'tall'],
      ['Edward Marsh', 'build', 'stout'],
    ]);
  });
});

describe('who gives a name as told by a pronoun (descriptions.ts INTRODUCED)', () => {
  it('takes a newcomer as the one "he gave his name as", never the one "she gave her name as"', () => {
    const visit = (giver: string) =>
      `Mr. Quill was at the window when a tall man was shown in. ${giver} gave ${giver === 'He' ? 'his' : 'her'} name as Mary Colley.`;
    expect(read(visit('He'), ['height'])).toEqual([['Mary Colley', 'height', 'tall']]);
    expect(read(visit('She'), ['height'])).toEqual([]);
  });
});

describe("a quotation the attribution leaves to no one, tagged by a newcomer's pronoun (text.ts)", () => {
  it('is spoken by the one the description is', () => {
    const passage =
      'Mr. Quill sat by the fire.\n\nAs he spoke the door opened and a young lady entered the room.\n\n"I have been a governess for five years, and my hair is red," said she.\n\n"Pray sit down, Miss Hunter," said Mr. Quill.';
    const text = `${FILLER}\n\n${passage}`;
    const source: SourceText = { fileId: 'book', text, chapters: [] };
    const extraction = extract([source]);
    const dialogue = analyseDialogue(source, extraction);
    // The line as the attribution may leave it when the tag's "she" is an unnamed newcomer's.
    const untagged = {
      ...dialogue,
      quotes: dialogue.quotes.map((q) =>
        source.text.slice(q.start, q.start + 40).includes('governess') ? { ...q, speakerKey: null } : q,
      ),
    };
    const name = (key: string | null) => extraction.entities.find((e) => e.key === key)?.name;
    const hair = extractFacts(source, extraction, untagged).filter((f) => f.kind === 'hair');
    expect(hair.map((f) => [name(f.entityKey), f.value])).toEqual([['Miss Hunter', 'red']]);
  });
});
