import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/chat/extractive.js';
import { SAID_QUESTIONS } from './said-questions.js';

/** The questions `questionType` does not type as a reader would. */
const NOT_AS_EXPECTED: ReadonlySet<string> = new Set([
  // "terms" is as often a bargain's ("What terms did the treaty set?") as words said
  'In what terms did the colonel decline the invitation?',
]);

describe('questions of reply (the generality check: 29 of 30 as expected, 12 on arrival)', () => {
  for (const { question, expected } of SAID_QUESTIONS.filter(
    ({ question }) => !NOT_AS_EXPECTED.has(question),
  ))
    it(`${question} -> ${expected}`, () => expect(questionType(question)).toBe(expected));

  it('reports how many of the 30 questions are typed as expected', () => {
    const missed = SAID_QUESTIONS.filter(({ question, expected }) => questionType(question) !== expected).map(
      ({ question, expected }) => `${question} (expected ${expected}, typed ${questionType(question)})`,
    );
    console.log(
      `questions of reply typed as expected: ${SAID_QUESTIONS.length - missed.length} of ${SAID_QUESTIONS.length}`,
    );
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(NOT_AS_EXPECTED.size);
  });
});
