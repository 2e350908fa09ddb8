/**
 * The ingestion's order: the story bible is written before the passages are embedded, so it is
 * ready and searchable while the slowest step runs. Here the embedding cannot finish (the Chroma
 * service does not answer): the job fails in its last step, and the story bible is there already.
 * A novel's analysis runs in a thread of its own, not on the event loop that renews the lease.
 */
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EMBEDDING_STEP, THREAD_MIN_CHARS } from '../../src/jobs/ingest.js';
import { type StoryHarness, startStoryApi, type User } from '../support/story.js';

const TEXT = [
  'Chapter 1',
  'Anna Greville came to Thornby with her father, and Martha Hale met them at the gate. Martha said, "You are welcome, Anna."',
  'Chapter 2',
  'Anna went to the mill with Martha. Thomas Reed, the miller, showed them the wheel, and Anna thanked Thomas Reed.',
].join('\n\n');

/** How many worker threads start while `work` runs. */
async function threadsDuring(work: () => Promise<unknown>): Promise<number> {
  const threads: Worker[] = [];
  const started = (worker: Worker) => threads.push(worker);
  process.on('worker', started);
  try {
    await work();
  } finally {
    process.off('worker', started);
  }
  return threads.length;
}

let harness: StoryHarness;
let author: User;

beforeAll(async () => {
  harness = await startStoryApi({ sheets: false, passages: true });
  author = await harness.api.signUp('ingest-order@example.com');
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

it('writes the story bible, then embeds the passages, saying the bible is ready while it does', async () => {
  const { api } = harness;
  const created = await api.call('POST', '/v1/api/projects', author.token, { name: 'Thornby' });
  const projectId = (created.json() as { project: { id: string } }).project.id;
  const { jobId } = await harness.upload(author, projectId, 'thornby.txt', TEXT);
  const messages: string[] = [];
  // A short text is analysed in place: no thread (its start would cost more than the analysis).
  expect(await threadsDuring(() => expect(harness.ingest(jobId, messages)).rejects.toThrow())).toBe(0);

  // The embedding step began last, after every story-bible step.
  expect(messages.at(-1)).toBe(EMBEDDING_STEP);
  expect(messages).toContain('finding characters, places and terms');
  expect(messages).toContain('recording continuity facts');
  expect(messages.indexOf('recording continuity facts')).toBeLessThan(messages.indexOf(EMBEDDING_STEP));

  // The story bible is searchable although no passage was embedded.
  const res = await api.call(
    'GET',
    `/v1/api/projects/${projectId}/entities?type=character&q=Martha`,
    author.token,
  );
  expect(res.statusCode, res.body).toBe(200);
  const { entities } = res.json() as { entities: Array<{ name: string }> };
  expect(entities.map((e) => e.name)).toContain('Martha');
  const chapters = await api.call('GET', `/v1/api/projects/${projectId}/chapters`, author.token);
  expect((chapters.json() as { chapters: unknown[] }).chapters).toHaveLength(2);
}, 120_000);

it('analyses a novel-length text in one thread of its own, for every story-bible step', async () => {
  const { api } = harness;
  const created = await api.call('POST', '/v1/api/projects', author.token, { name: 'Thornby, long' });
  const projectId = (created.json() as { project: { id: string } }).project.id;
  const chapters = Math.ceil(THREAD_MIN_CHARS / TEXT.length) + 1;
  const long = Array.from({ length: chapters }, (_, i) =>
    TEXT.replaceAll('Chapter 2', `Chapter ${i + 2}`),
  ).join('\n\n');
  expect(long.length).toBeGreaterThanOrEqual(THREAD_MIN_CHARS);
  const { jobId } = await harness.upload(author, projectId, 'thornby-long.txt', long);
  const messages: string[] = [];
  expect(await threadsDuring(() => expect(harness.ingest(jobId, messages)).rejects.toThrow())).toBe(1);
  expect(messages).toContain('recording continuity facts');

  const res = await api.call(
    'GET',
    `/v1/api/projects/${projectId}/entities?type=character&q=Martha`,
    author.token,
  );
  const { entities } = res.json() as { entities: Array<{ name: string; mentionCount: number }> };
  expect(entities.find((e) => e.name === 'Martha')?.mentionCount).toBeGreaterThan(chapters);
}, 120_000);
