/**
 * Chapter narrators of Frankenstein and Moby Dick read through the API after a real upload and
 * ingestion, scored against the hand-written tables of eval/story/ as `npm run eval:story` scores
 * the analysis itself: a chapter is right when the narrators with a share of at least 0.15 are the
 * table's (by name or alias, the entity's aliases included). The API must give what the analysis
 * gives: every chapter's narrator an entity of the story bible or a name only, none lost on the way.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoryHarness, startStoryApi, type User } from '../support/story.js';

interface Table {
  text: string;
  aliases: Record<string, string[]>;
  chapters: Array<{ index: number; title: string; narrators: string[] }>;
}
interface Chapter {
  index: number;
  title: string;
  narrators: Array<{ entityId: string | null; name: string; share: number }>;
}

let harness: StoryHarness;
let author: User;
let projectId = '';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(?:the|mr\.?|mrs\.?|miss|dr\.?|captain)\s+/, '')
    .trim();

beforeAll(async () => {
  harness = await startStoryApi({ sheets: false });
  author = await harness.api.signUp('novels@example.com');
  const created = await harness.api.call('POST', '/v1/api/projects', author.token, { name: 'Novels' });
  projectId = (created.json() as { project: { id: string } }).project.id;
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

async function score(tableFile: string) {
  const table = JSON.parse(await readFile(join(REPO_ROOT, 'eval/story', tableFile), 'utf8')) as Table;
  const text = await readFile(join(REPO_ROOT, '../shared/data/novels', table.text));
  const { file, jobId } = await harness.upload(author, projectId, table.text, text);
  await harness.ingest(jobId);
  const { api } = harness;
  const res = await api.call('GET', `/v1/api/projects/${projectId}/chapters?fileId=${file.id}`, author.token);
  expect(res.statusCode).toBe(200);
  const { chapters } = res.json() as { chapters: Chapter[] };
  const entities = new Map<string, string[]>();
  for (let offset = 0; ; offset += 1000) {
    const page = (
      await api.call(
        'GET',
        `/v1/api/projects/${projectId}/entities?type=character&limit=1000&offset=${offset}`,
        author.token,
      )
    ).json() as { entities: Array<{ id: string; name: string; aliases: string[] }> };
    for (const e of page.entities) entities.set(e.id, [e.name, ...e.aliases]);
    if (page.entities.length < 1000) break;
  }
  let right = 0;
  const wrong: string[] = [];
  for (const row of table.chapters) {
    const chapter = chapters.find((c) => c.index === row.index);
    const found = (chapter?.narrators ?? []).filter((n) => n.share >= 0.15);
    for (const n of found) if (n.entityId !== null) expect(entities.has(n.entityId), n.name).toBe(true);
    const same = (n: Chapter['narrators'][number], expected: string) => {
      const names = new Set((table.aliases[expected] ?? [expected]).map(norm));
      const forms = [n.name, ...(n.entityId ? (entities.get(n.entityId) ?? []) : [])].map(norm);
      return forms.some((f) => names.has(f));
    };
    const ok =
      found.length === row.narrators.length &&
      row.narrators.every((name) => found.some((f) => same(f, name)));
    if (ok) right++;
    else wrong.push(`${row.index} ${row.title}: ${found.map((f) => f.name).join(', ') || 'none'}`);
  }
  return { chapters, right, total: table.chapters.length, wrong };
}

describe('chapter narrators through the API', () => {
  it('Frankenstein: Walton, Victor, the creature inside Victor, both in Chapter 24', async () => {
    const { chapters, right, total, wrong } = await score('frankenstein-narrators.json');
    console.log(`Frankenstein narrators through the API: ${right}/${total}; wrong: ${wrong.join('; ')}`);
    expect(chapters.map((c) => c.index)).toEqual(chapters.map((_, i) => i + 1));
    expect(chapters).toHaveLength(total);
    // The analysis scores 28/28 on this table (npm run eval:story); the API must not lose any.
    expect(right).toBe(total);
  }, 240_000);

  it('Moby Dick: Ishmael, the soliloquies, the scenes with no narrator', async () => {
    const { chapters, right, total, wrong } = await score('moby-dick-narrators.json');
    console.log(`Moby Dick narrators through the API: ${right}/${total}; wrong: ${wrong.join('; ')}`);
    expect(chapters).toHaveLength(total);
    // The analysis scores 133/136 on this table (npm run eval:story).
    expect(right).toBeGreaterThanOrEqual(133);
  }, 300_000);
});
