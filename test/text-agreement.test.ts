/**
 * The services count and match words alike (one text pipeline, `@george/text`): the filesystem's
 * word count, the git service's words added, the story and dialogue analyses' counts, the chroma
 * service's index terms (through its query route) and the chat's question terms, on one text with
 * hyphenated words, contractions, possessives, accents, numbers and a double hyphen.
 */

import type { GeorgeInstance } from '@george/runtime';
import { createTestDatabase, TEST_TOKEN, type TestDatabase, tempDir } from '@george/runtime/testing';
import { countWords, terms } from '@george/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyTerms } from '../services/backend/src/chat/text.js';
import { countWords as dialogueWords } from '../services/backend/src/dialogue/quotations.js';
import { countWords as storyWords } from '../services/backend/src/story/text.js';
import { buildApp, service } from '../services/chroma/src/app.js';
import {
  blocksFromPlainText,
  buildStructure,
  normaliseText,
} from '../services/filesystem/src/services/text.js';
import { GitRepository } from '../services/git/src/repositories/git.js';
import { VersionService } from '../services/git/src/services/versions.js';

const TEXT =
  '“Well-known,” said Mr. Holmes’s client, “the sperm-whale’s café--naïve, isn’t it?” He paid 1,000 pounds for it.';
/** Well-known said Mr Holmes’s client the sperm-whale’s café naïve isn’t it He paid 1,000 pounds for it */
const WORDS = 17;

describe('one text pipeline across the services', () => {
  let db: TestDatabase;
  let chroma: GeorgeInstance;
  const git = tempDir('george-text-git-');

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const env = {
      ...db.env,
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
      EMBEDDINGS_PROVIDER: 'hash',
    };
    await service.prestart?.(env);
    chroma = await buildApp(env);
  });
  afterAll(async () => {
    await chroma?.close();
    await db?.cleanup();
    git.remove();
  });

  it('counts the same words in the filesystem, git, story and dialogue services', async () => {
    expect(countWords(TEXT)).toBe(WORDS);
    expect(buildStructure(blocksFromPlainText(normaliseText(TEXT))).wordCount).toBe(WORDS);
    expect(storyWords(TEXT)).toBe(WORDS);
    expect(dialogueWords(TEXT, 0, TEXT.length)).toBe(WORDS);

    const repos = new GitRepository(git.path);
    await repos.init();
    const versions = new VersionService(repos, 1_000_000);
    const author = { name: 'Test', email: 'test@example.com' };
    await versions.commit('words', { message: 'empty', author, files: [{ path: 'book.txt', content: '' }] });
    await versions.commit('words', { message: 'text', author, files: [{ path: 'book.txt', content: TEXT }] });
    const diff = await versions.diff('words', {});
    expect(diff.files).toEqual([
      { path: 'book.txt', status: 'modified', wordsAdded: WORDS, wordsRemoved: 0 },
    ]);
  });

  it("finds a passage in the chroma index by the chat question's terms, hyphenated or not", async () => {
    const headers = { 'x-internal-token': TEST_TOKEN };
    const chunks = [
      { id: 'c1', text: TEXT },
      { id: 'c2', text: 'The ship sailed north for many days without a sight of land.' },
    ].map((c, i) => ({
      ...c,
      metadata: { fileId: 'book', kind: 'manuscript', start: i * 200, end: i * 200 + c.text.length },
    }));
    const up = await chroma.inject({
      method: 'POST',
      url: '/projects/words/chunks',
      headers,
      payload: { chunks },
    });
    expect(up.statusCode).toBe(200);
    for (const question of [
      'What was well known?',
      'What did the sperm whale do?',
      'Which cafés were naive?',
      "What was Holmes' client paid?",
    ]) {
      // The chat's question terms are the index's terms.
      for (const term of keyTerms(question)) expect(terms(TEXT)).toContain(term);
      const res = await chroma.inject({
        method: 'POST',
        url: '/projects/words/query',
        headers,
        payload: { text: question, k: 1, mode: 'lexical' },
      });
      expect(res.json().results.map((r: { id: string }) => r.id)).toEqual(['c1']);
    }
  });
});
