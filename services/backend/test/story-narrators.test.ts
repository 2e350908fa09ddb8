import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quotationParts } from '../src/dialogue/quotations.js';
import { analyseText } from '../src/story/analyse.js';
import { chapterVoices } from '../src/story/narrators.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Chapters of a text whose headings are alone on their line ("Chapter 2", "Letter 1"). */
function chaptersOf(text: string) {
  const starts = [...text.matchAll(/^(?:Chapter|Letter) \w+(?:: \w+)?$/gm)].map((m) => ({
    title: m[0],
    start: m.index ?? 0,
  }));
  return starts.map((s, i) => ({
    index: i + 1,
    ...s,
    end: i + 1 < starts.length ? (starts[i + 1]?.start as number) - 2 : text.length,
  }));
}

function character(text: string, id: string, name: string, aliases: string[] = []) {
  const mentions = [name, ...aliases].flatMap((form) =>
    [...text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + form.length,
    })),
  );
  return { id, name, aliases, mentions };
}

function voices(
  text: string,
  characters: ReturnType<typeof character>[],
  overrides?: Map<number, { id: string | null; name: string } | null>,
) {
  return chapterVoices({
    text,
    chapters: chaptersOf(text),
    characters,
    references: [],
    quotations: quotationParts(text),
    ...(overrides ? { overrides } : {}),
  });
}

const tale = (sentences: string[]) => sentences.join(' ');

describe('narrators', () => {
  // Letters signed by their writer, a tale told by someone the speech calls by name, a tale told
  // inside that tale, and a heading handing the narration back.
  const nested = [
    'Letter 1',
    'St. Petersburgh, Dec. 11th, 17--',
    'To Mrs. Saville, England',
    tale([
      'I arrived here yesterday, and my first task is to assure my dear sister of my welfare.',
      'I am far north.',
    ]),
    'Your affectionate brother,\n  R. Walton',
    'Chapter 1',
    tale([
      'I am by birth a Genevese, and my family is one of the most distinguished of that republic.',
      '"My dear Victor," cried my mother, "you must rest."',
      'I did not rest; my studies held me.',
      '"Victor, come to dinner," said Elizabeth.',
      'I went, and my father told me of my duties.',
    ]),
    'Chapter 2',
    tale([
      'I walked to the glacier. "Listen to my tale," said the being, and I followed him to his hut, where he began.',
      '"Victor, you must hear me," he said. I listened.',
    ]),
    'Chapter 3',
    tale([
      '"It is with considerable difficulty that I remember the original era of my being; all the events of that period appear confused and indistinct.',
      'I felt cold. I wandered in the forest and I found a fire, and my hands were burned by it.',
      'I saw the cottagers, and I learned their words, and my heart went out to them."',
    ]),
    'Chapter 4',
    tale([
      'The being finished speaking and fixed his looks upon me. I was bewildered; my mind reeled.',
      '"Victor, answer me," he said. I could not.',
    ]),
    '               Walton, in continuation.',
    'August 26th, 17--',
    'You have read this strange tale, Margaret. I write to you again from the ice, and my men are restless.',
  ].join('\n\n');
  const cast = () => [
    character(nested, 'walton', 'Walton', ['Robert Walton']),
    character(nested, 'victor', 'Victor', ['Victor Frankenstein']),
    character(nested, 'elizabeth', 'Elizabeth'),
  ];

  it('names the "I" from a signature, from speech addressed to them, and a tale inside the tale by its teller', () => {
    const result = voices(nested, cast());
    expect(result.map((v) => [v.index, v.form, v.pov, v.narrators.map((n) => `${n.name}:${n.id}`)])).toEqual([
      [1, 'narration', 'first', ['Walton:walton']],
      [2, 'narration', 'first', ['Victor:victor']],
      [3, 'narration', 'first', ['Victor:victor']],
      [4, 'embedded', 'first', ['the being:null']],
      // Two first-person narrators, the larger share first.
      [5, 'narration', 'first', ['Walton:walton', 'Victor:victor']],
    ]);
  });

  it('splits a chapter where a heading hands the narration over, with shares by words', () => {
    const last = voices(nested, cast())[4];
    expect(last?.narrators.map((n) => n.name).sort()).toEqual(['Victor', 'Walton']);
    expect(last?.narrators.reduce((sum, n) => sum + n.share, 0)).toBeCloseTo(1, 2);
    expect(last?.sections).toMatchObject([
      {
        kind: 'narrative',
        writer: { id: 'walton', name: 'Walton' },
        date: { text: 'August 26th, 17--', date: '--08-26' },
      },
    ]);
  });

  it('reads the letter: writer, addressee and date', () => {
    const first = voices(nested, cast())[0];
    expect(first?.sections).toMatchObject([
      {
        kind: 'letter',
        quoted: false,
        writer: { id: 'walton', name: 'Walton' },
        addressee: { id: null, name: 'Mrs. Saville' },
        date: { text: 'Dec. 11th, 17--', date: '--12-11' },
      },
    ]);
  });

  it('carries a named narrator into chapters that never say "I", and gives drama its soliloquist or no one', () => {
    const text = [
      'Chapter 1',
      tale([
        'Call me Ishmael. Some years ago I thought I would sail about a little and see the watery part of the world.',
        'My purse was empty and I went to sea, as I always do when I am grim.',
      ]),
      'Chapter 2',
      tale([
        'The whale rose under the bows of the ship. The harpooneers struck, and the line ran out.',
        'Ahab watched.',
      ]),
      'Chapter 3',
      'Sunset',
      'The cabin; by the stern windows; Ahab sitting alone, and gazing out.',
      'I leave a white and turbid wake; pale waters, paler cheeks, where I sail.',
      'Chapter 4',
      'Midnight',
      'Stubb and Flask mounted on the bulwarks, passing lashings.',
      'No, Stubb; you may pound that knot there as much as you please.',
      'Chapter 5',
      tale(['We sailed on. I kept the watch, and my thoughts went home.']),
    ].join('\n\n');
    const cast = [
      character(text, 'ishmael', 'Ishmael'),
      character(text, 'ahab', 'Ahab'),
      character(text, 'stubb', 'Stubb'),
      character(text, 'flask', 'Flask'),
    ];
    expect(voices(text, cast).map((v) => [v.index, v.form, v.pov, v.narrators.map((n) => n.name)])).toEqual([
      [1, 'narration', 'first', ['Ishmael']],
      [2, 'narration', 'first', ['Ishmael']],
      [3, 'drama', 'first', ['Ahab']],
      [4, 'drama', 'third', []],
      [5, 'narration', 'first', ['Ishmael']],
    ]);
  });

  it('names the narrator who gives their name with an aside ("my name, for what it matters, is ...")', () => {
    const text = [
      'Chapter 1',
      tale([
        'I had come to the Point as the new schoolmaster, and my name, for what it matters, is Daniel Reeve.',
        'Margaret was the first person I met on the quay.',
      ]),
    ].join('\n\n');
    const cast = [character(text, 'daniel', 'Daniel Reeve'), character(text, 'margaret', 'Margaret')];
    expect(voices(text, cast).map((v) => [v.pov, v.narrators.map((n) => n.name)])).toEqual([
      ['first', ['Daniel Reeve']],
    ]);
  });

  it('names the narrator whose sentence is only their name ("I am Nathaniel Crewe.")', () => {
    const text = [
      'Chapter 1',
      tale([
        'My father kept the Gull on the quay, and the whole harbour called him old Crewe. I am Nathaniel Crewe. Nobody has called me that since I was christened.',
        'Eliza came to the back door with a basket of nets, and I let her in.',
      ]),
    ].join('\n\n');
    const cast = [character(text, 'nat', 'Nathaniel Crewe'), character(text, 'eliza', 'Eliza')];
    expect(voices(text, cast).map((v) => [v.pov, v.narrators.map((n) => n.name)])).toEqual([
      ['first', ['Nathaniel Crewe']],
    ]);
  });

  it('gives no soliloquist to a scene another character enters in capitals ("AHAB (advancing)")', () => {
    const text = [
      'Chapter 1',
      tale(['Call me Ishmael. I went to sea, as I always do when I am grim.']),
      'Chapter 2',
      '(Carpenter standing before his vice-bench, busily filing the ivory joist for the leg.)',
      'Drat the file, and drat the bone! I must call his old Mogulship. AHAB (advancing)',
      'Well, manmaker! Thou hast a good vice here, carpenter; let me feel its grip once.',
    ].join('\n\n');
    const cast = [
      character(text, 'ishmael', 'Ishmael'),
      character(text, 'ahab', 'Ahab'),
      character(text, 'carpenter', 'the carpenter', ['Carpenter', 'carpenter']),
    ];
    expect(voices(text, cast).map((v) => [v.index, v.form, v.narrators.map((n) => n.name)])).toEqual([
      [1, 'narration', ['Ishmael']],
      [2, 'drama', []],
    ]);
  });

  it('finds the focal character of third-person chapters from resolved pronouns and perception cues', () => {
    const text = [
      'Chapter 1',
      tale([
        'Anne entered the room where Tom stood. She felt the cold at once.',
        'She wondered why he had come. Tom said nothing.',
        'Anne could not help smiling; her heart was light. She knew the answer.',
      ]),
      'Chapter 2',
      tale(['Tom and Anne walked. Tom talked. Anne talked. The road was long and the day was grey.']),
    ].join('\n\n');
    const cast = [character(text, 'anne', 'Anne'), character(text, 'tom', 'Tom')];
    const references = [...text.matchAll(/\b(She|she|her|he)\b/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      characterId: m[0].toLowerCase() === 'he' ? 'tom' : 'anne',
    }));
    const result = chapterVoices({
      text,
      chapters: chaptersOf(text),
      characters: cast,
      references,
      quotations: quotationParts(text),
    });
    expect(result.map((v) => [v.pov, v.focal?.id ?? null])).toEqual([
      ['third', 'anne'],
      ['third', null],
    ]);
  });

  it("gives an undecided chapter to the book's protagonist, and not in a book of several viewpoints", () => {
    const anneLeads = tale([
      'Anne felt the cold. Anne wondered why. Anne knew the answer. Anne hoped for rain.',
      'Tom watched the road.',
    ]);
    // Anne and Tom perceive once each: the chapter alone names no one.
    const even = tale(['Anne saw the letter. Tom saw the seal. They went out together.']);
    const book = (chapters: string[]) =>
      chapters.map((body, i) => `Chapter ${i + 1}\n\n${body}`).join('\n\n');
    const cast = (text: string) => [character(text, 'anne', 'Anne'), character(text, 'tom', 'Tom')];
    const focal = (text: string) => voices(text, cast(text)).map((v) => v.focal?.id ?? null);

    const oneViewpoint = book([anneLeads, anneLeads, even]);
    expect(focal(oneViewpoint)).toEqual(['anne', 'anne', 'anne']);

    const tomLeads = anneLeads.replaceAll('Anne', 'X').replaceAll('Tom', 'Anne').replaceAll('X', 'Tom');
    const twoViewpoints = book([anneLeads, tomLeads, anneLeads, tomLeads, even]);
    expect(focal(twoViewpoints)).toEqual(['anne', 'tom', 'anne', 'tom', null]);
  });

  it('lets the author set a chapter narrator', () => {
    const result = voices(nested, cast(), new Map([[2, { id: 'elizabeth', name: 'Elizabeth' }]]));
    expect(result[1]).toMatchObject({
      overridden: true,
      pov: 'first',
      narrators: [{ id: 'elizabeth', share: 1 }],
    });
    expect(result[2]?.overridden).toBe(false);
  });

  it('gives each letter of an exchange of letters to the correspondent who signs it, never to a quoted reply', () => {
    const exchange = [
      'Chapter 1',
      'Ashby Hall, 3 May 1851',
      'My dear Agnes,',
      'The governess came on Tuesday. Her name is Eliza Thorne, and I believe we shall keep her. I miss you.',
      'Your loving sister,\nClara Fenwick',
      'Chapter 2',
      'Ashby Hall, 20 May 1851',
      'Dear Mary,',
      'Mrs. Fenwick is kind, and the house is cold. I read every night and I think of you.',
      '"Will you stay with us?" he asked me on the stair.',
      '"Yes."',
      'Yours ever,\nEliza Thorne',
      'Chapter 3',
      'Ashby Hall, 14 August 1851',
      'My dear Agnes,',
      'I can hardly hold the pen. Miss Thorne has been a rock to me. Come to me if you can.',
      'Clara',
    ].join('\n\n');
    const result = voices(exchange, [
      character(exchange, 'clara', 'Clara Fenwick', ['Clara']),
      character(exchange, 'eliza', 'Eliza Thorne', ['Eliza', 'Miss Thorne']),
    ]);
    expect(result.map((v) => [v.index, v.pov, v.narrators.map((n) => n.id)])).toEqual([
      [1, 'first', ['clara']],
      [2, 'first', ['eliza']],
      [3, 'first', ['clara']],
    ]);
  });

  it('takes the character a chapter is titled by as its teller or focal character when most chapters are', () => {
    const book = [
      'Chapter 1: Nadia',
      'Nadia runs down to the harbour. The wind is cold and the boats knock together. Sam waits on the wall.',
      'Chapter 2: Sam',
      'I wait on the harbour wall with my hands in my pockets. Nadia comes at last, and I tell her the news.',
      'Chapter 3: Nadia',
      'They find the old man at noon. Sam drives, and Nadia sits in the back with her father.',
    ].join('\n\n');
    const cast = [character(book, 'nadia', 'Nadia'), character(book, 'sam', 'Sam')];
    const result = voices(book, cast);
    expect(result.map((v) => [v.index, v.pov, v.narrators.map((n) => n.id), v.focal?.id ?? null])).toEqual([
      [1, 'third', [], 'nadia'],
      [2, 'first', ['sam'], null],
      [3, 'third', [], 'nadia'],
    ]);
    // One chapter of three titled by a name is its subject, not its point of view.
    const subject = book
      .replace('Chapter 2: Sam', 'Chapter 2: Home')
      .replace('Chapter 3: Nadia', 'Chapter 3: Noon');
    expect(voices(subject, cast)[0]?.focal?.id ?? null).not.toBe('nadia');
  });

  it("reads a name on a line of its own under a bare chapter number as the chapter's title", () => {
    const book = [
      '1',
      'Nadia',
      'Nadia runs down to the harbour. The wind is cold and the boats knock together. Sam waits on the wall.',
      '2',
      'Sam',
      'I wait on the harbour wall with my hands in my pockets. Nadia comes at last, and I tell her the news.',
      '3',
      'Nadia',
      'They find the old man at noon. Sam drives, and Nadia sits in the back with her father.',
    ].join('\n\n');
    const cast = [character(book, 'nadia', 'Nadia'), character(book, 'sam', 'Sam')];
    const chapters = [0, 1, 2].map((k) => {
      const start = book.indexOf(`${k + 1}\n\n`);
      const next = book.indexOf(`${k + 2}\n\n`);
      return { index: k + 1, title: String(k + 1), start, end: next < 0 ? book.length : next - 2 };
    });
    const result = chapterVoices({ text: book, chapters, characters: cast, references: [], quotations: [] });
    expect(result.map((v) => [v.index, v.pov, v.narrators.map((n) => n.id), v.focal?.id ?? null])).toEqual([
      [1, 'third', [], 'nadia'],
      [2, 'first', ['sam'], null],
      [3, 'third', [], 'nadia'],
    ]);
  });

  it('counts perceptions told in the present tense ("Priya notices", "she wonders") as focal cues', () => {
    const book = [
      'Chapter 1',
      'Priya parks at ten to eight. Priya notices the light on the fourth floor. Tom is late again. Priya wonders where he is, and Priya remembers the last night shift.',
    ].join('\n\n');
    const cast = [character(book, 'priya', 'Priya'), character(book, 'tom', 'Tom')];
    expect(voices(book, cast)[0]?.focal?.id).toBe('priya');
  });

  it('knows a chapter titled by a given name as the character whose full name opens with it', () => {
    const book = [
      'Chapter 1: Nell',
      'I went down to the quay. Dougie Aird was there before me, and we walked out on the ice.',
      'Chapter 2: Dougie',
      'I liked Nell Rintoul because she never did what she was told. I followed her out on the ice.',
      'Chapter 3: Nell',
      'I stood on the quay ten years later. Dougie had gone to Canada, and I had a daughter.',
    ].join('\n\n');
    const cast = [
      character(book, 'nell', 'Nell Rintoul', ['Nell']),
      character(book, 'dougie', 'Dougie Aird', []),
      // A title and the surname is no given name: "Mr. Aird" is not "Aird ...".
      character(book, 'aird', 'Mr. Aird', []),
    ];
    expect(voices(book, cast).map((v) => [v.index, v.pov, v.narrators.map((n) => n.id)])).toEqual([
      [1, 'first', ['nell']],
      [2, 'first', ['dougie']],
      [3, 'first', ['nell']],
    ]);
  });

  it('names the "I" who gives their name aloud, but not from a name the "I" calls out', () => {
    const arrival = [
      'Chapter 1',
      'The Major met me at the station in the autumn. He shook my hand with his left.',
      '"You\'ll be the new secretary," he said. "Miss Carrow, isn\'t it?"',
      '"Helen Carrow," I said. "Yes."',
      'I followed him to the car, and I did not look back.',
    ].join('\n\n');
    const helen = character(arrival, 'helen', 'Helen Carrow', ['Miss Carrow']);
    expect(voices(arrival, [helen])[0]?.narrators.map((n) => n.id)).toEqual(['helen']);
    const calling = arrival.replace('"Helen Carrow," I said. "Yes."', '"Phoebe," I said. "Come here."');
    const cast = [helen, character(calling, 'phoebe', 'Phoebe')];
    expect(voices(calling, cast)[0]?.narrators.map((n) => n.id)).not.toContain('phoebe');
  });

  it('takes no full name said alone for the "I" when the narration writes it of someone else', () => {
    const answer = [
      'Chapter 1',
      '"Who would know where the clerk dines?" said Ashgrove. We stood outside on the pavement.',
      '"Conrad Pennefather," I said.',
      '"Conrad Pennefather, who knows his aunt\'s clerk. He has planned this for some time, Lennard."',
      'The letter was from Conrad Pennefather. I read it twice.',
    ].join('\n\n');
    const cast = [
      character(answer, 'conrad', 'Conrad Pennefather'),
      character(answer, 'lennard', 'Lennard'),
      character(answer, 'ashgrove', 'Ashgrove'),
    ];
    expect(voices(answer, cast)[0]?.narrators.map((n) => n.id)).not.toContain('conrad');
  });

  it('reads a diary-form text: journals, a copied letter and a telegram with their writers and dates', () => {
    const text = readFileSync(join(root, 'eval/story/carrow-point.txt'), 'utf8').replace(/\r/g, '').trim();
    const chapters = chaptersOf(text).map(({ title, start, end }) => ({ title, start, end }));
    const cast = [
      character(text, 'anna', 'Anna Kessler', ['Anna']),
      character(text, 'thomas', 'Thomas Reed', ['Thomas']),
    ];
    const { chapters: result } = analyseText({ text, chapters, characters: cast });
    expect(result[0]?.narrators.map((n) => n.id)).toEqual(['anna']);
    expect(
      result[0]?.sections.map((s) => [
        s.kind,
        s.writer?.id ?? null,
        s.addressee?.id ?? null,
        s.date?.date,
        s.quoted,
      ]),
    ).toEqual([
      ['journal', 'anna', null, '1894-05-03', false],
      ['letter', 'thomas', 'anna', '1894-04-28', true],
    ]);
    expect(result[1]?.narrators.map((n) => n.id)).toEqual(['thomas']);
    expect(
      result[1]?.sections.map((s) => [s.kind, s.writer?.id ?? null, s.addressee?.id ?? null, s.date?.date]),
    ).toEqual([
      ['telegram', 'thomas', 'anna', '1894-05-10'],
      ['diary', 'thomas', null, '1894-05-12'],
    ]);
  });
});

describe('a heading that names the writer', () => {
  it('"From the notebook of ..." and "Extracts from the diary of ..." name the section\'s writer', () => {
    for (const heading of ['FROM THE NOTEBOOK OF EDITH MARLOW', 'Extracts from the Diary of Edith Marlow']) {
      const text = [
        'Chapter 1',
        heading,
        '17 September.--We came up from the station in the cart, and I had the kettle on before dark. Aunt Ruth met me at the gate and I was glad of it.',
      ].join('\n\n');
      const edith = character(text, 'edith', 'Edith Marlow', ['Edith']);
      const ruth = character(text, 'ruth', 'Aunt Ruth');
      const [chapter] = voices(text, [edith, ruth]);
      expect(chapter?.sections[0]?.writer).toEqual({ id: 'edith', name: 'Edith Marlow' });
      expect(chapter?.narrators.map((n) => n.name)).toEqual(['Edith Marlow']);
    }
  });
});
