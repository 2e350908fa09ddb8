/** "Who tells chapter 2?": the story's shape as an answer, each chapter's voice cited by a sentence. */
import type { ChapterView } from '@george/contracts/api';
import { describe, expect, it } from 'vitest';
import {
  narrationAnswer,
  narrationEvidence,
  parseNarrationQuestion,
  voiceLine,
} from '../../src/chat/narration.js';
import { answerMessage } from '../../src/chat/pipeline.js';

describe('narration questions', () => {
  it.each([
    ['Who tells chapter 2?', { chapter: 2 }],
    ['Who narrates chapter three?', { chapter: 3 }],
    ['Who is the narrator of chapter 12?', { chapter: 12 }],
    ['From whose point of view is chapter 5 told?', { chapter: 5 }],
    ['Whose point of view is this chapter in?', { chapter: 'current' }],
    ['Who narrates the book?', { chapter: null }],
    ['Who tells the story?', { chapter: null }],
    ['Who is the narrator?', { chapter: null }],
    ['Who writes the letters in chapter 2?', { chapter: 2 }],
    ['Who is the focal character of chapter 2?', { chapter: 2 }],
    ['Who is the point-of-view character in chapter 7?', { chapter: 7 }],
    ['Who is the POV character?', { chapter: null }],
    ['Who wrote the diary entries of chapter four?', { chapter: 4 }],
    ['Who wrote chapter 3?', { chapter: 3 }],
    ['Whose letter is chapter 1?', { chapter: 1 }],
    ['Who is the letter in chapter 2 from?', { chapter: 2 }],
    ['Who writes the letters of the book?', { chapter: null }],
  ])('%s', (message, asked) => {
    expect(parseNarrationQuestion(message)).toEqual(asked);
  });

  it.each([
    'Who tells Elizabeth about the engagement?',
    'Who narrates his own death in chapter 3 of the ballad?',
    'Who talks most in chapter 2?',
    'Who wrote the book?',
    'Who is the main character?',
    'Who wrote the letter?',
    'Who is the letter from?',
    'Who writes to Agnes in chapter 3?',
  ])('leaves "%s" to the other answers', (message) => {
    expect(parseNarrationQuestion(message)).toBeNull();
  });
});

const TEXT = [
  '## Chapter 1',
  'Margaret Holloway kept the lighthouse. "I will keep the lamp lit," she said. Margaret watched the sea.',
  '## Chapter 2',
  '"You will be the teacher," she said. I had come as the new schoolmaster, and my name, for what it matters, is Daniel Reeve. I liked the place.',
  '## Chapter 3',
  'The winter was hard. I stood beside her at the funeral.',
].join('\n\n');

function chapter(index: number, fields: Partial<ChapterView>): ChapterView {
  const heading = `## Chapter ${index}`;
  const start = TEXT.indexOf(heading);
  const next = TEXT.indexOf(`## Chapter ${index + 1}`);
  return {
    fileId: 'f',
    index,
    title: `Chapter ${index}`,
    start,
    end: next < 0 ? TEXT.length : next - 2,
    words: 20,
    scenes: 1,
    dialogueShare: 0,
    pov: 'third',
    narrators: [],
    focal: null,
    characters: [],
    introduced: [],
    readingMinutes: 1,
    form: 'narration',
    sections: [],
    overridden: false,
    ...fields,
  };
}

const DANIEL = { entityId: 'daniel', name: 'Daniel Reeve', share: 1 };
const CHAPTERS = [
  chapter(1, { focal: { entityId: 'margaret', name: 'Margaret' } }),
  chapter(2, { pov: 'first', narrators: [DANIEL] }),
  chapter(3, { pov: 'first', narrators: [DANIEL] }),
];
const namesOf = (id: string | null, name: string) =>
  id === 'margaret' ? ['Margaret', 'Margaret Holloway'] : [name];
const sources = { chapters: async () => CHAPTERS, text: async () => TEXT, namesOf };

describe('the sentence that shows who tells a chapter', () => {
  it("quotes a first-person chapter's narrator naming themself, outside speech, at its offsets", () => {
    const line = voiceLine(TEXT, mustChapter(2), namesOf);
    expect(line?.quote).toBe(
      'I had come as the new schoolmaster, and my name, for what it matters, is Daniel Reeve.',
    );
    expect(TEXT.slice(line?.start, line?.end)).toBe(line?.quote);
    // Without a naming, the first "I" of the narration; never the "I" of someone's speech.
    expect(voiceLine(TEXT, mustChapter(3), namesOf)?.quote).toBe('I stood beside her at the funeral.');
  });

  it("quotes a third-person chapter's focal character named in the narration, never the heading", () => {
    expect(voiceLine(TEXT, mustChapter(1), namesOf)?.quote).toBe('Margaret Holloway kept the lighthouse.');
  });
});

function mustChapter(index: number): ChapterView {
  const found = CHAPTERS.find((c) => c.index === index);
  if (!found) throw new Error(`no chapter ${index}`);
  return found;
}

describe('the answer', () => {
  it("names a chapter by its heading without the heading's own full stop", async () => {
    const headed = CHAPTERS.map((c) => ({ ...c, title: `CHAPTER ${'I'.repeat(c.index)}.` }));
    const { answer } = narrationAnswer(
      await narrationEvidence({ ...sources, chapters: async () => headed }, 2),
    );
    expect(answer).toContain('CHAPTER II: told in the first person by Daniel Reeve. [1]');
  });

  it('says who tells one chapter and cites the line', async () => {
    const { answer, citations } = narrationAnswer(await narrationEvidence(sources, 2));
    expect(answer).toContain('Chapter 2: told in the first person by Daniel Reeve. [1]');
    expect(citations.map((c) => c.quote)).toEqual([
      'I had come as the new schoolmaster, and my name, for what it matters, is Daniel Reeve.',
    ]);
  });

  it('joins the chapters of one voice for the whole manuscript, and says what the author set', async () => {
    const set = [...CHAPTERS.slice(0, 2), { ...mustChapter(3), overridden: true }];
    const { answer, citations } = narrationAnswer(
      await narrationEvidence({ ...sources, chapters: async () => set }, null),
    );
    expect(answer).toContain('Chapter 1: told in the third person, following Margaret. [1]');
    expect(answer).toContain('Chapter 2: told in the first person by Daniel Reeve. [2]');
    expect(answer).toContain('Chapter 3: told in the first person by Daniel Reeve (as you set it). [3]');
    expect(citations).toHaveLength(3);
    const joined = narrationAnswer(await narrationEvidence(sources, null));
    expect(joined.answer).toContain('Chapters 2 and 3: told in the first person by Daniel Reeve. [2]');
  });

  it('is the chat turn\'s answer, and asks which chapter when "this chapter" has no chapter yet', async () => {
    const chat = {
      retrieve: async () => [],
      bibleFacts: async () => [],
      narration: (asked: number | null) => narrationEvidence(sources, asked),
    };
    const told = await answerMessage('Who tells chapter 2?', [], chat);
    expect(told.generated).toBe(false);
    expect(told.citations[0]?.quote).toContain('is Daniel Reeve');
    const unsure = await answerMessage('Whose point of view is this chapter in?', [], chat);
    expect(unsure.answer).toContain('Which chapter do you mean?');
    const followed = await answerMessage(
      'Whose point of view is this chapter in?',
      [{ role: 'user', content: 'What happens in chapter 1?' }],
      chat,
    );
    expect(followed.answer).toContain('following Margaret');
  });

  it("names each cited line's file in a project of several manuscripts, and only the chapter in a project of one", async () => {
    const chat = (fileNames: ReadonlyMap<string, string> | null) => ({
      retrieve: async () => [],
      bibleFacts: async () => [],
      narration: (asked: number | null) => narrationEvidence(sources, asked),
      fileNames: async () => fileNames,
    });
    const several = new Map([
      ['f', 'school.txt'],
      ['g', 'other.txt'],
    ]);
    const named = await answerMessage('Who tells chapter 2?', [], chat(several));
    expect(named.answer).toContain('[1] (school.txt, Chapter 2): “I had come as the new schoolmaster');
    const one = await answerMessage('Who tells chapter 2?', [], chat(null));
    expect(one.answer).toContain('[1] (Chapter 2): “I had come as the new schoolmaster');
    expect(one.answer).not.toContain('school.txt');
  });
});
