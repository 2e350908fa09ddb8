import { describe, expect, it } from 'vitest';
import { parseSpeechQuestion } from '../src/chat/speech.js';
import { speakingFigures } from '../src/dialogue/figures.js';

describe('speakingFigures', () => {
  it('counts quotations and words per chapter and in all, and whom the speaker addresses most', () => {
    const names = new Map([
      ['jane', 'Jane'],
      ['darcy', 'Mr. Darcy'],
      ['kitty', 'Kitty'],
    ]);
    const figures = speakingFigures(
      [
        { fileId: 'b', chapter: 1, words: 4, addresseeIds: ['jane'] },
        { fileId: 'a', chapter: 2, words: 10, addresseeIds: ['darcy', 'darcy'] },
        { fileId: 'a', chapter: 1, words: 3, addresseeIds: ['jane'] },
        { fileId: 'a', chapter: 2, words: 5, addresseeIds: ['darcy', 'gone'] },
        { fileId: 'a', chapter: 2, words: 1, addresseeIds: ['kitty'] },
      ],
      (id) => names.get(id),
      ['a', 'b'],
    );
    expect(figures.quotations).toBe(5);
    expect(figures.words).toBe(23);
    expect(figures.chapters).toEqual([
      { fileId: 'a', chapter: 1, quotations: 1, words: 3 },
      { fileId: 'a', chapter: 2, quotations: 3, words: 16 },
      { fileId: 'b', chapter: 1, quotations: 1, words: 4 },
    ]);
    // An addressee counted once per quotation (ties by name); one without a name (deleted) is left out.
    expect(figures.speaksTo).toEqual([
      { entityId: 'jane', name: 'Jane', quotations: 2 },
      { entityId: 'darcy', name: 'Mr. Darcy', quotations: 2 },
      { entityId: 'kitty', name: 'Kitty', quotations: 1 },
    ]);
  });

  it('is empty for a character who never speaks', () => {
    expect(speakingFigures([], () => undefined)).toEqual({
      quotations: 0,
      words: 0,
      chapters: [],
      speaksTo: [],
    });
  });
});

describe('parseSpeechQuestion', () => {
  it('reads the speaker, the topic and the addressee of questions about what a character says', () => {
    expect(parseSpeechQuestion('What does Darcy say about Wickham?')).toEqual({
      speaker: 'Darcy',
      topic: 'Wickham',
      addressee: null,
    });
    expect(parseSpeechQuestion('what did Mr. Darcy say to Elizabeth?')).toEqual({
      speaker: 'Mr. Darcy',
      topic: null,
      addressee: 'Elizabeth',
    });
    expect(parseSpeechQuestion('Does Jane ever mention Bingley?')).toMatchObject({
      speaker: 'Jane',
      topic: 'Bingley',
    });
    expect(parseSpeechQuestion("Darcy's words about Pemberley")).toMatchObject({
      speaker: 'Darcy',
      topic: 'Pemberley',
    });
    expect(parseSpeechQuestion('Quotes by Mrs. Bennet about marriage')).toMatchObject({
      speaker: 'Mrs. Bennet',
      topic: 'marriage',
    });
    expect(parseSpeechQuestion('What does Lady Catherine say?')).toEqual({
      speaker: 'Lady Catherine',
      topic: null,
      addressee: null,
    });
  });

  it('leaves other questions to the rest of chat', () => {
    for (const q of [
      'Who is Darcy?',
      'What does the text say about Wickham?',
      'What do you say about Wickham?',
    ])
      expect(parseSpeechQuestion(q)).toBeNull();
  });
});
