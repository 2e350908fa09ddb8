/** "When does the story begin?": the timeline as an answer, each date cited by its sentence. */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/chat/pipeline.js';
import {
  datesNote,
  parseTimeQuestion,
  spokenDate,
  type TimeSources,
  timeAnswer,
  timeEvidence,
} from '../../src/chat/story-dates.js';
import { buildTimeline } from '../../src/story/timeline.js';

describe('time questions', () => {
  it.each([
    ['What year does the story begin?', { chapter: null, aspect: 'begin' }],
    ['When does the novel end?', { chapter: null, aspect: 'end' }],
    ['When is the story set?', { chapter: null, aspect: 'span' }],
    ['When does it take place?', { chapter: null, aspect: 'span' }],
    ['When is chapter 3 set?', { chapter: 3, aspect: 'span' }],
    ['When does chapter four take place?', { chapter: 4, aspect: 'span' }],
    ['What year is it in chapter 2?', { chapter: 2, aspect: 'span' }],
    ['When does this chapter begin?', { chapter: 'current', aspect: 'begin' }],
  ])('%s', (message, asked) => {
    expect(parseTimeQuestion(message)).toEqual(asked);
  });

  it.each(['When does Elizabeth marry Darcy?', 'When did Tobias die?', 'What year was Nell born?'])(
    'leaves "%s" to the other answers',
    (message) => {
      expect(parseTimeQuestion(message)).toBeNull();
    },
  );
});

const TEXT = [
  'Chapter One',
  'In the spring of 1887 the new keeper came to Carrow Head.',
  'Chapter Two',
  'The boat came each month. One night the stranger came.',
  'Chapter Three',
  'In the winter of 1890 Tobias died. Captain Hale came a week later.',
  'Chapter Four',
  'Tobias remembered the summer of 1880, when he first saw the sea.',
].join('\n\n');
const chapters = ['Chapter One', 'Chapter Two', 'Chapter Three', 'Chapter Four'].map((title, i, all) => {
  const start = TEXT.indexOf(title);
  const next = all[i + 1];
  return { index: i + 1, title, start, end: next === undefined ? TEXT.length : TEXT.indexOf(next) };
});
const sources: TimeSources = {
  events: async () => buildTimeline('book', TEXT, chapters),
  text: async () => TEXT,
  chapterTitle: async (_fileId, chapter) => chapters[chapter - 1]?.title ?? null,
};
const ask = async (chapter: number | null, aspect: 'begin' | 'end' | 'span') =>
  timeAnswer(await timeEvidence(sources, { chapter, aspect }));

describe('time answers', () => {
  it('names where the manuscript opens and closes in time, and a date told out of order', async () => {
    const begin = await ask(null, 'begin');
    expect(begin.answer).toMatch(
      /^The manuscript's first date is “1887” \(Chapter One\) \[1\]\.\nIts earliest date, told later, is “1880” \(Chapter Four\) \[2\]\./,
    );
    expect(begin.citations.map((c) => c.quote)).toEqual([
      'In the spring of 1887 the new keeper came to Carrow Head.',
      'Tobias remembered the summer of 1880, when he first saw the sea.',
    ]);
    for (const c of begin.citations) expect(TEXT.slice(c.start, c.end)).toBe(c.quote);
    const span = await ask(null, 'span');
    expect(span.answer).toContain('run from “1887” (Chapter One) [1] to “1880” (Chapter Four) [2]');
    expect(span.answer).toContain(
      "In the story's order they run from “1880” (Chapter Four) [2] to “1890” (Chapter Three) [3]",
    );
  });

  it("lists a chapter's times, and for a chapter without a date the last date before it", async () => {
    const third = await ask(3, 'span');
    expect(third.answer).toMatch(/^Chapter Three: “1890” \[1\], “a week later” \[2\]\./);
    const second = await ask(2, 'span');
    expect(second.answer).toMatch(
      /^Chapter Two gives no date or time that I can read\.\nThe last date before it is “1887” \(Chapter One\) \[1\]\./,
    );
    expect(second.citations.map((c) => c.chapter)).toEqual([1]);
  });

  it('answers through the chat, the chapter of the conversation included', async () => {
    const chat = {
      retrieve: async () => [],
      bibleFacts: async () => [],
      storyDates: (asked: { chapter: number | null; aspect: 'begin' | 'end' | 'span' }) =>
        timeEvidence(sources, asked),
    };
    const told = await answerMessage('When is chapter 3 set?', [], chat);
    expect(told.generated).toBe(false);
    expect(told.citations[0]?.quote).toBe('In the winter of 1890 Tobias died.');
    const unsure = await answerMessage('When does this chapter begin?', [], chat);
    expect(unsure.answer).toContain('Which chapter do you mean?');
    const followed = await answerMessage(
      'When does this chapter begin?',
      [{ role: 'user', content: 'Who is in chapter 1?' }],
      chat,
    );
    expect(followed.answer).toContain('Chapter One: “1887”');
  });

  it("names each date's file in a project of several manuscripts, and only the chapter in a project of one", async () => {
    const chat = (fileNames: ReadonlyMap<string, string> | null) => ({
      retrieve: async () => [],
      bibleFacts: async () => [],
      storyDates: (asked: { chapter: number | null; aspect: 'begin' | 'end' | 'span' }) =>
        timeEvidence(sources, asked),
      fileNames: async () => fileNames,
    });
    const several = new Map([
      ['book', 'carrow.txt'],
      ['other', 'other.txt'],
    ]);
    const named = await answerMessage('When does the story begin?', [], chat(several));
    expect(named.answer).toContain("The manuscript's first date is “1887” (carrow.txt, Chapter One) [1].");
    expect(named.answer).toContain('[1] (carrow.txt, Chapter One): “In the spring of 1887');
    const inChapter = await answerMessage('When is chapter 2 set?', [], chat(several));
    expect(inChapter.answer).toContain('The last date before it is “1887” (carrow.txt, Chapter One) [1].');
    const one = await answerMessage('When does the story begin?', [], chat(null));
    expect(one.answer).toContain("The manuscript's first date is “1887” (Chapter One) [1].");
    expect(one.answer).toContain('[1] (Chapter One): “In the spring of 1887');
    expect(one.answer).not.toContain('carrow.txt');
  });
});

describe('dates said in full', () => {
  it('says a timeline date as an answer does, and notes only what the words do not already say', () => {
    expect(['1851-08-02', '--08-02', '1851-08', '1851', 'soon'].map(spokenDate)).toEqual([
      '2 August 1851',
      '2 August',
      'August 1851',
      '1851',
      'soon',
    ]);
    expect(
      datesNote([
        { text: '14 August 1851', date: '1851-08-14' },
        { text: 'the second of August', date: '1851-08-02' },
        { text: 'that night', date: '1851-08-02' },
      ]),
    ).toBe(
      "By the manuscript's timeline, “the second of August” is 2 August 1851; “that night” is 2 August 1851.",
    );
    expect(
      datesNote([
        { text: '1851', date: '1851' },
        { text: 'the 3rd of May, 1894', date: '1894-05-03' },
      ]),
    ).toBe('');
  });
});
