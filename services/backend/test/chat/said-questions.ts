/**
 * Thirty questions of reply as readers ask them of a novel ("How did she answer ...?", "In what words
 * did he refuse ...?"), with the type a reader would expect, written for the chat twenty-fourth
 * session (issue 16) before any rule of it and before any output on them was read: the generality
 * check of `questionType` for questions of what was said (`said-questions.test.ts` says how many are
 * typed as expected). The guards ask how someone acted, not the words, and are not 'said'.
 */
import type { QuestionType } from '../../src/chat/extractive.js';

export interface SaidQuestion {
  question: string;
  expected: QuestionType;
}

export const SAID_QUESTIONS: readonly SaidQuestion[] = [
  { question: 'How did Margaret answer her aunt when asked about the letter?', expected: 'said' },
  { question: 'How did the captain reply when the mate urged him to turn back?', expected: 'said' },
  { question: 'In what words did Mr. Ferrars refuse the living?', expected: 'said' },
  { question: 'How does the old woman respond to the traveller’s request?', expected: 'said' },
  { question: 'How did Tom answer?', expected: 'said' },
  { question: 'How did the doctor respond when he was told of the fever?', expected: 'said' },
  { question: 'How did she reply to his proposal?', expected: 'said' },
  { question: 'In what words did the king announce the war?', expected: 'said' },
  { question: 'With what words did Harriet greet her sister?', expected: 'said' },
  { question: 'How did the innkeeper answer the stranger’s question about the road?', expected: 'said' },
  { question: 'After the trial, how did the judge answer the prisoner’s plea?', expected: 'said' },
  { question: 'How did Lady Ashby retort when her son mocked the vicar?', expected: 'said' },
  { question: 'How did the boy respond to the schoolmaster’s accusation?', expected: 'said' },
  { question: 'In what terms did the colonel decline the invitation?', expected: 'said' },
  { question: 'How did Anne reply to Captain Wentworth’s letter?', expected: 'said' },
  { question: 'How does the hermit answer the knight?', expected: 'said' },
  { question: 'How did the sailor answer when the girl asked where the ship was bound?', expected: 'said' },
  { question: 'When the squire demanded the rent, how did the widow reply?', expected: 'said' },
  { question: 'How did the governess respond to the child’s question about her mother?', expected: 'said' },
  { question: 'In what words did Edmund confess his love?', expected: 'said' },
  { question: 'How had the steward answered the master’s charge?', expected: 'said' },
  { question: 'How did Jane respond when her father forbade the match?', expected: 'said' },
  // guards: how someone acted, travelled or looked, not the words
  { question: 'How did he answer the door?', expected: 'other' },
  { question: 'How did she travel to Bath?', expected: 'other' },
  { question: 'How did the captain respond to the storm?', expected: 'other' },
  { question: 'How did Margaret answer the summons to the hall?', expected: 'other' },
  { question: 'How did the doctor treat the fever?', expected: 'other' },
  { question: 'What did the widow do when the squire demanded the rent?', expected: 'what_happens' },
  { question: 'How did the boy escape from the school?', expected: 'other' },
  { question: 'How long did the colonel wait for a reply?', expected: 'how_many' },
];
