/** The continuity repository on both engines: issues replaced per run, statuses kept, pages, pending jobs. */
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContinuityRepository, type IssueRecord } from '../../src/repositories/continuity.js';
import { JobQueue } from '../../src/repositories/jobs.js';
import { migratedDatabase } from '../support/database.js';

const issue = (id: string, confidence: number, entityId: string | null = 'e1'): IssueRecord => ({
  id: id.padEnd(32, '0'),
  kind: 'attribute',
  entityId,
  summary: `Issue ${id}.`,
  confidence,
  evidence: [
    { fileId: 'f1', chapter: 1, start: 10, end: 20, quote: 'grey eyes.' },
    { fileId: 'f1', chapter: 3, start: 900, end: 911, quote: 'green eyes.' },
  ],
});
const ids = (list: Array<{ id: string }>) => list.map((i) => i.id.replace(/0+$/, ''));

describe.each(TEST_DIALECTS)('continuity repository on %s', (dialect) => {
  const database = migratedDatabase(dialect);
  let repo: ContinuityRepository;

  beforeAll(async () => {
    repo = new ContinuityRepository(database().db);
  });

  it('stores a run in ranking order and reads it back exactly', async () => {
    await repo.replaceIssues('p1', [issue('a', 0.9), issue('b', 0.7, null), issue('c', 0.5)], 1000);
    const all = await repo.list('p1', { status: 'all', limit: 10 });
    expect(ids(all)).toEqual(['a', 'b', 'c']);
    expect(all[0]).toEqual({ ...issue('a', 0.9), rank: 0, status: 'open' });
    expect(all[1]?.entityId).toBeNull();
    expect(await repo.get('p1', issue('b', 0).id)).toEqual({
      ...issue('b', 0.7, null),
      rank: 1,
      status: 'open',
    });
    expect(await repo.get('p2', issue('b', 0).id)).toBeNull();
  });

  it('pages by rank and filters by status', async () => {
    const first = await repo.list('p1', { status: 'all', limit: 2 });
    expect(ids(first)).toEqual(['a', 'b']);
    const next = await repo.list('p1', { status: 'all', limit: 2, afterRank: first[1]?.rank as number });
    expect(ids(next)).toEqual(['c']);
    await repo.setStatus('p1', issue('b', 0).id, 'dismissed', 'u1');
    await repo.setStatus('p1', issue('c', 0).id, 'fixed', 'u1');
    await repo.setStatus('p1', issue('c', 0).id, 'fixed', 'u2');
    expect(ids(await repo.list('p1', { status: 'open', limit: 10 }))).toEqual(['a']);
    expect(ids(await repo.list('p1', { status: 'dismissed', limit: 10 }))).toEqual(['b']);
    expect(ids(await repo.list('p1', { status: 'fixed', limit: 10 }))).toEqual(['c']);
    expect((await repo.list('p1', { status: 'all', limit: 10 })).map((i) => i.status)).toEqual([
      'open',
      'dismissed',
      'fixed',
    ]);
  });

  it("keeps the author's statuses when a run replaces the issues, and forgets one reopened", async () => {
    // Re-ingestion: the same disagreements (same fingerprints) in another order, one gone, one new.
    await repo.replaceIssues('p1', [issue('d', 0.95), issue('c', 0.8), issue('b', 0.6)], 2000);
    const all = await repo.list('p1', { status: 'all', limit: 10 });
    expect(all.map((i) => [i.id.replace(/0+$/, ''), i.rank, i.status])).toEqual([
      ['d', 0, 'open'],
      ['c', 1, 'fixed'],
      ['b', 2, 'dismissed'],
    ]);
    await repo.setStatus('p1', issue('b', 0).id, 'open', 'u1');
    expect(ids(await repo.list('p1', { status: 'open', limit: 10 }))).toEqual(['d', 'b']);
    // A run finding nothing empties the list; the status of an issue found again later returns.
    await repo.replaceIssues('p1', [], 3000);
    expect(await repo.list('p1', { status: 'all', limit: 10 })).toEqual([]);
    await repo.replaceIssues('p1', [issue('c', 0.8)], 4000);
    expect((await repo.list('p1', { status: 'all', limit: 10 })).map((i) => i.status)).toEqual(['fixed']);
  });

  it('keeps an opinion per issue across runs, replaces it when asked again, and keeps projects apart', async () => {
    const opinion = {
      issueId: issue('c', 0).id,
      evidenceKey: 'k'.repeat(32),
      verdict: 'contradiction',
      reasoning: 'Grey in [1], green in [2].',
      model: 'test-model',
      cost: 1234,
      askedBy: 'u1',
      createdAt: 1_700_000_000_000,
    };
    await repo.saveOpinion('p1', opinion);
    await repo.replaceIssues('p1', [issue('c', 0.5)], 2000);
    expect(await repo.opinions('p1', [opinion.issueId, issue('a', 0).id])).toEqual(
      new Map([[opinion.issueId, opinion]]),
    );
    const newer = { ...opinion, evidenceKey: 'n'.repeat(32), verdict: 'unsure', cost: 9, createdAt: 1 };
    await repo.saveOpinion('p1', newer);
    expect((await repo.opinions('p1', [opinion.issueId])).get(opinion.issueId)).toEqual(newer);
    expect((await repo.opinions('p2', [opinion.issueId])).size).toBe(0);
    expect((await repo.opinions('p1', [])).size).toBe(0);
  });

  it("keeps projects apart, and removes a deleted project's issues, statuses and opinions", async () => {
    await repo.replaceIssues('p2', [issue('c', 0.4)], 1000);
    expect((await repo.list('p2', { status: 'all', limit: 10 })).map((i) => i.status)).toEqual(['open']);
    await repo.replaceIssues('p2', [], 1000);
    expect(ids(await repo.list('p1', { status: 'all', limit: 10 }))).toEqual(['c']);
    await repo.deleteProject('p1');
    expect(await repo.list('p1', { status: 'all', limit: 10 })).toEqual([]);
    expect((await repo.opinions('p1', [issue('c', 0).id])).size).toBe(0);
    await repo.replaceIssues('p1', [issue('c', 0.8)], 5000);
    expect((await repo.list('p1', { status: 'all', limit: 10 })).map((i) => i.status)).toEqual(['open']);
  });

  it('stores a large run in batches', async () => {
    const many = Array.from({ length: 450 }, (_, i) => issue(`a${i}b`, 1 - i / 1000));
    await repo.replaceIssues('p3', many, 1000);
    const page = await repo.list('p3', { status: 'all', limit: 200, afterRank: 399 });
    expect(page).toHaveLength(50);
    expect(page[0]?.rank).toBe(400);
  });

  it('counts the pending jobs of a project by type', async () => {
    const queue = new JobQueue(database().db, {
      maxAttempts: 3,
      leaseMs: 1000,
      backoffMs: 10,
      maxBackoffMs: 100,
    });
    expect(await repo.pendingJobs('p4', ['continuity'])).toBe(0);
    await queue.enqueue({ type: 'continuity', projectId: 'p4' });
    await queue.enqueue({ type: 'ingest', projectId: 'p5' });
    expect(await repo.pendingJobs('p4', ['continuity'], 'queued')).toBe(1);
    expect(await repo.pendingJobs('p4', ['ingest'])).toBe(0);
    const run = await queue.claim(['continuity']);
    expect(await repo.pendingJobs('p4', ['continuity'], 'queued')).toBe(0);
    expect(await repo.pendingJobs('p4', ['continuity', 'ingest'])).toBe(1);
    if (run) await queue.succeed(run, {});
    expect(await repo.pendingJobs('p4', ['continuity'])).toBe(0);
  });

  it('reports an issue whose stored evidence is of another shape as a corrupt row', async () => {
    await repo.replaceIssues('p9', [issue('z', 0.9)], 1000);
    await database()
      .db.updateTable('continuity_issues')
      .set({ evidence: JSON.stringify([{ fileId: 'f1', chapter: 'one' }]) })
      .where('project_id', '=', 'p9')
      .execute();
    await expect(repo.list('p9', { status: 'all', limit: 10 })).rejects.toThrow(
      /corrupt stored value in continuity_issues\.evidence of issue z0+: \/0\//,
    );
    await expect(repo.get('p9', issue('z', 0).id)).rejects.toThrow(/continuity_issues\.evidence/);
  });
});
