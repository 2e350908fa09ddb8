/** The saga log on both engines: leases, one recoverer at a time, deferral, hidden uploads; stats upsert. */
import { inTransaction } from '@george/runtime';
import { TEST_DIALECTS } from '@george/runtime/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/repositories/jobs.js';
import { SagaLog } from '../../src/repositories/sagas.js';
import { migrateBackendDatabase } from '../../src/store/db.js';
import { twoConnections } from '../support/database.js';

describe.each(TEST_DIALECTS)('saga log on %s', (dialect) => {
  const { one, two } = twoConnections(dialect);
  let clock = 5_000_000;
  const now = () => clock;

  beforeAll(async () => {
    // Migrations are idempotent: a second start applies nothing.
    expect(await migrateBackendDatabase(two().db)).toEqual([]);
  });

  it('a saga is recovered only once its lease expired, and by one process only', async () => {
    const log = new SagaLog(one().db, 1000, now);
    const other = new SagaLog(two().db, 1000, now);
    const saga = await log.begin('upload', 'p1', 'u1', 'store', { name: 'a.txt', startedAt: clock });
    expect(await other.claimExpired()).toBeUndefined();
    await log.update(saga, { step: 'commit', fileId: 'f1', data: { name: 'a.txt', fileId: 'f1' } });
    expect(await log.unfinishedUploadFileIds('p1')).toEqual(new Set(['f1']));
    clock += 1001; // the process working on it died
    const claims = await Promise.all([log.claimExpired(), other.claimExpired()]);
    const won = claims.filter((c) => c !== undefined);
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ id: saga.id, step: 'commit', file_id: 'f1', attempts: 1 });
    expect(await log.claimExpired()).toBeUndefined();
    await log.update(saga, { status: 'compensated', step: 'undone' });
    expect(await log.unfinishedUploadFileIds('p1')).toEqual(new Set());
  });

  it('a deferred saga waits for its back-off; a finished one is no longer open', async () => {
    const log = new SagaLog(one().db, 1000, now);
    const saga = await log.begin('text', 'p2', 'u1', 'update', { files: [] });
    await log.deferToRecovery(saga, 'git is down', 5000);
    expect(await log.claimExpired()).toBeUndefined();
    clock += 5001;
    const claimed = await log.claimExpired();
    expect(claimed?.id).toBe(saga.id);
    const queue = new JobQueue(
      one().db,
      { maxAttempts: 3, leaseMs: 1000, backoffMs: 10, maxBackoffMs: 100 },
      now,
    );
    // The last step and the saga's end are one transaction: both or neither.
    await inTransaction(one().db, async (trx) => {
      await queue.enqueue({ type: 'ingest', projectId: 'p2', dedupeKey: `saga:${saga.id}` }, trx);
      await log.update(saga, { step: 'done', status: 'done' }, trx);
    });
    clock += 5000;
    expect(await log.claimExpired()).toBeUndefined();
    expect((await log.list({ status: 'done' })).map((s) => s.id)).toContain(saga.id);
    expect(await queue.listByProject('p2')).toHaveLength(1);
  });

  it('file statistics are upserted', async () => {
    for (const words of [10, 20]) {
      await one()
        .db.insertInto('file_stats')
        .values({
          project_id: 'p1',
          file_id: 'f1',
          revision: words,
          stats: `{"words":${words}}`,
          updated_at: clock,
        })
        .onConflict((oc) =>
          oc.columns(['project_id', 'file_id']).doUpdateSet({ revision: words, stats: `{"words":${words}}` }),
        )
        .execute();
    }
    const rows = await one().db.selectFrom('file_stats').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ revision: 20, stats: '{"words":20}' })]);
  });
});
