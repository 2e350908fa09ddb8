/**
 * "What does X say about Y" answered from X's stored quotations: the opening chapters of Pride and
 * Prejudice ingested by the dialogue step into a real database and graph store, then asked through
 * the chat pipeline with the answerer's own speech source. Every citation is the file's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, REPO_ROOT, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyEntities } from '../../src/chat/answerer.js';
import { answerMessage, type ChatSources } from '../../src/chat/pipeline.js';
import { parseSpeechQuestion, parseTalkQuestion, speaksOf } from '../../src/chat/speech.js';
import { speechEvidence, talkEvidence } from '../../src/chat/spoken.js';
import { SqlGraphStore } from '../../src/graph/sql-store.js';
import { QuotationRepository } from '../../src/repositories/quotations.js';
import { type BackendDatabase, migrateBackendDatabase, openBackendDatabase } from '../../src/store/db.js';
import { ingestDialogue } from '../support/dialogue.js';

const NOVEL = readFileSync(join(REPO_ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt'), 'utf8');
// The opening chapters: Mr. and Mrs. Bennet on Bingley, the assembly, the sisters on Darcy.
const TEXT = NOVEL.slice(0, NOVEL.indexOf('Chapter 7') > 0 ? NOVEL.indexOf('Chapter 7') : 60_000);
// Its chapters, from each "Chapter N" heading to the next.
const HEADINGS = [...TEXT.matchAll(/^Chapter \d+$/gm)].map((m) => m.index);
const CHAPTERS = HEADINGS.map((start, i) => ({
  title: `Chapter ${i + 1}`,
  start,
  end: HEADINGS[i + 1] ?? TEXT.length,
}));
const FILE = '00000000-0000-4000-8000-0000000000c1';
const PROJECT = 'speech-project';

let testDb: TestDatabase;
let database: BackendDatabase;
let graph: SqlGraphStore;
let quotations: QuotationRepository;
let retrieved: string[];

const sources = (): ChatSources => ({
  async retrieve(question) {
    retrieved.push(question);
    return [];
  },
  bibleFacts: async () => [],
  talk: (chapter) =>
    talkEvidence({ graph, quotations }, PROJECT, chapter, async (_f, c) =>
      c === null ? null : `Chapter ${c}`,
    ),
  speech: async (asked) =>
    speechEvidence(
      { graph, quotations },
      PROJECT,
      asked,
      await storyEntities(graph, PROJECT),
      async (_f, c) => (c === null ? null : `Chapter ${c}`),
    ),
});

beforeAll(async () => {
  testDb = await createTestDatabase('sqlite');
  database = openBackendDatabase({ databaseUrl: testDb.url, dataDir: testDb.dataDir });
  await migrateBackendDatabase(database.db);
  graph = new SqlGraphStore(database.db);
  await graph.init();
  quotations = new QuotationRepository(database.db);
  await ingestDialogue(graph, quotations, {
    projectId: PROJECT,
    fileId: FILE,
    text: TEXT,
    chapters: CHAPTERS,
  });
}, 120_000);

afterAll(async () => {
  await database.close();
  await testDb.cleanup();
});

describe('what a character says, from their quotations', () => {
  it('quotes and cites what Mrs. Bennet says about Bingley, each citation the file text', async () => {
    retrieved = [];
    const result = await answerMessage('What does Mrs. Bennet say about Bingley?', [], sources());
    expect(retrieved).toEqual([]);
    expect(result.generated).toBe(false);
    expect(result.answer).toMatch(/^Mrs\. Bennet speaks about (Mr\. )?Bingley in \d+ quotations?/);
    expect(result.citations.length).toBeGreaterThan(1);
    const keys = await graph.entityKeys(PROJECT);
    const stored = await quotations.page(PROJECT, { limit: 1000 });
    for (const c of result.citations) {
      expect(c.quote).toBe(TEXT.slice(c.start, c.end));
      expect(c.quote).toMatch(/Bingley/);
      expect(result.answer).toContain(c.quote.replace(/\s+/g, ' ').trim());
      const row = stored.find((q) => q.start === c.start);
      expect(keys.get(row?.speakerKey ?? '')?.name).toBe('Mrs. Bennet');
    }
  });

  it('narrows to an addressee, and says so when nothing matches', async () => {
    const toHusband = await answerMessage('What did Mrs. Bennet say to Mr. Bennet?', [], sources());
    expect(toHusband.answer).toMatch(/^Mrs\. Bennet speaks to Mr\. Bennet in/);
    expect(toHusband.citations.length).toBeGreaterThan(0);
    const none = await answerMessage('What does Mrs. Bennet say about zeppelins?', [], sources());
    expect(none.answer).toMatch(
      /^Of the \d+ quotations attributed to Mrs\. Bennet, none is about zeppelins\.$/,
    );
    expect(none.citations).toEqual([]);
  });

  it("names each quotation's file in a project of several manuscripts, and only the chapter in a project of one", async () => {
    const question = 'What does Mrs. Bennet say about Bingley?';
    const several = new Map([
      [FILE, 'pride.txt'],
      ['other', 'other.txt'],
    ]);
    const named = await answerMessage(question, [], { ...sources(), fileNames: async () => several });
    expect(named.answer).toMatch(/^1\. .+ \(pride\.txt, Chapter \d+\) \[1\]$/m);
    const one = await answerMessage(question, [], { ...sources(), fileNames: async () => null });
    expect(one.answer).toMatch(/^1\. .+ \(Chapter \d+\) \[1\]$/m);
    expect(one.answer).not.toContain('pride.txt');
  });

  it('a speaker who is no character goes to retrieval as before', async () => {
    retrieved = [];
    await answerMessage('What does Gandalf say about rings?', [], sources());
    expect(retrieved).toHaveLength(1);
  });

  it('matches topics by whole names or word stems', () => {
    expect(speaksOf('"Is he married or single?"', { names: [], terms: ['marri'] })).toBe(true);
    expect(speaksOf('"Bingleyish"', { names: ['Bingley'], terms: [] })).toBe(false);
    expect(speaksOf('"Mr. Bingley is come"', { names: ['Mr. Bingley', 'Bingley'], terms: [] })).toBe(true);
    expect(parseSpeechQuestion('What does Mrs. Bennet say about Bingley?')).toEqual({
      speaker: 'Mrs. Bennet',
      topic: 'Bingley',
      addressee: null,
    });
  });
});

describe('who talks most, and what a character has said, from the quotations', () => {
  it("ranks the speakers of a chapter by quotations and cites the first one's lines", async () => {
    retrieved = [];
    const result = await answerMessage('Who talks most in chapter 1?', [], sources());
    expect(retrieved).toEqual([]);
    expect(result.generated).toBe(false);
    const stored = await quotations.page(PROJECT, { chapter: 1, limit: 1000 });
    const keys = await graph.entityKeys(PROJECT);
    const counts = new Map<string, number>();
    for (const q of stored) {
      const name = keys.get(q.speakerKey ?? '')?.name;
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const [top, lines] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    // Mrs. Bennet talks most in the first chapter, as the novel has it.
    expect(top).toBe('Mrs. Bennet');
    expect(result.answer.split('\n')[0]).toBe(
      `In chapter 1, Mrs. Bennet talks most: ${lines} of the ${stored.length} quotations.`,
    );
    expect(result.answer).toMatch(/\n1\. Mrs\. Bennet: \d+ quotations, \d+ words\n2\. Mr\. Bennet: /);
    expect(result.citations).toHaveLength(3);
    for (const c of result.citations) {
      expect(c.chapter).toBe(1);
      expect(c.quote).toBe(TEXT.slice(c.start, c.end));
      expect(result.answer).toContain(c.quote.replace(/\s+/g, ' ').trim());
      const row = stored.find((q) => q.start === c.start);
      expect(keys.get(row?.speakerKey ?? '')?.name).toBe('Mrs. Bennet');
    }
  });

  it('reads "this chapter" from the conversation, and asks when it names none', async () => {
    const history = [
      { role: 'user' as const, content: 'Summarise chapter 3.' },
      { role: 'assistant' as const, content: 'In chapter 3, the Bennets meet Mr. Bingley at the assembly.' },
    ];
    const inThree = await answerMessage('Who talks most in this chapter?', history, sources());
    expect(inThree.answer).toMatch(/^In chapter 3, /);
    for (const c of inThree.citations) expect(c.chapter).toBe(3);
    const unknown = await answerMessage('Who talks most in this chapter?', [], sources());
    expect(unknown.answer).toMatch(/^Which chapter do you mean\?/);
    expect(unknown.citations).toEqual([]);
    const whole = await answerMessage('Who speaks the most in the novel?', [], sources());
    expect(whole.answer).toMatch(/^In the manuscript, \S/);
  });

  it('answers "what has Darcy said about Wickham?" from Darcy\'s quotations', async () => {
    retrieved = [];
    const result = await answerMessage('What has Darcy said about Wickham?', [], sources());
    expect(retrieved).toEqual([]);
    // Wickham comes later in the novel: none of Mr. Darcy's lines here names him.
    expect(result.answer).toMatch(
      /^Of the \d+ quotations attributed to Mr\. Darcy, none is about Wickham\.$/,
    );
    const proud = await answerMessage('What has Darcy said about dancing?', [], sources());
    expect(proud.answer).toMatch(/^Mr\. Darcy speaks about dancing in \d+ quotations?/);
    expect(proud.citations.length).toBeGreaterThan(0);
    for (const c of proud.citations) expect(c.quote).toBe(TEXT.slice(c.start, c.end));
  });

  it('parses the questions of who talks most', () => {
    expect(parseTalkQuestion('Who talks most in chapter 12?')).toEqual({ chapter: 12 });
    expect(parseTalkQuestion('who has the most lines in chapter three')).toEqual({ chapter: 3 });
    expect(parseTalkQuestion('Who talks most in this chapter?')).toEqual({ chapter: 'current' });
    expect(parseTalkQuestion('Who speaks the most?')).toEqual({ chapter: null });
    expect(parseTalkQuestion('Who talks most in chapter banana?')).toBeNull();
    expect(parseTalkQuestion('Who is Darcy?')).toBeNull();
    expect(parseSpeechQuestion('What has Darcy said about Wickham?')).toEqual({
      speaker: 'Darcy',
      topic: 'Wickham',
      addressee: null,
    });
  });
});
