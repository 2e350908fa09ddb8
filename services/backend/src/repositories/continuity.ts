/**
 * The continuity check's issues and the author's statuses of them. The issues are derived data:
 * each run of the check replaces a project's issues in one transaction. The statuses are the
 * author's: keyed by the issue's fingerprint, they are never touched by a run, so an issue the
 * author dismissed stays dismissed when re-ingestion finds it again.
 */
import type { ContinuityStatus } from '@george/contracts/api';
import { inTransaction, parseStoredJson } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import { type Passage, StoredPassage } from '../continuity/types.js';
import type { Db } from '../store/db.js';

/** An issue as a run of the check writes it. */
export interface IssueRecord {
  /** The issue's fingerprint (continuity/ledger.ts issueId). */
  id: string;
  kind: string;
  entityId: string | null;
  summary: string;
  confidence: number;
  evidence: Passage[];
}

/** An issue as read back: its place in the ranking and the author's status. */
export interface StoredIssue extends IssueRecord {
  rank: number;
  status: ContinuityStatus;
}

/** A model's second opinion on an issue, as stored. */
export interface StoredOpinion {
  issueId: string;
  /** Fingerprint of the passages the model was shown. */
  evidenceKey: string;
  verdict: string;
  reasoning: string;
  model: string;
  cost: number;
  askedBy: string;
  createdAt: number;
}

export interface IssueListOptions {
  status: ContinuityStatus | 'all';
  /** Issues ranked after this one (the cursor's rank). */
  afterRank?: number;
  limit: number;
}

/** An issue's evidence as a run stores it. */
const StoredEvidence = Type.Array(StoredPassage);

const INSERT_BATCH = 100;
const PENDING = ['queued', 'running'] as const;

const isStatus = (value: string | null): value is 'dismissed' | 'fixed' =>
  value === 'dismissed' || value === 'fixed';

export class ContinuityRepository {
  constructor(private readonly db: Db) {}

  /** Replaces the project's issues with a run's, in ranking order (atomically). */
  async replaceIssues(projectId: string, issues: readonly IssueRecord[], checkedAt: number): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('continuity_issues').where('project_id', '=', projectId).execute();
      const rows = issues.map((issue, rank) => ({
        project_id: projectId,
        id: issue.id,
        rank,
        kind: issue.kind,
        entity_id: issue.entityId,
        summary: issue.summary,
        confidence: issue.confidence,
        evidence: JSON.stringify(issue.evidence),
        checked_at: checkedAt,
      }));
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await trx
          .insertInto('continuity_issues')
          .values(rows.slice(i, i + INSERT_BATCH))
          .execute();
      }
    });
  }

  private select() {
    return this.db
      .selectFrom('continuity_issues as i')
      .leftJoin('continuity_statuses as s', (join) =>
        join.onRef('s.project_id', '=', 'i.project_id').onRef('s.issue_id', '=', 'i.id'),
      )
      .select([
        'i.id',
        'i.rank',
        'i.kind',
        'i.entity_id',
        'i.summary',
        'i.confidence',
        'i.evidence',
        's.status',
      ]);
  }

  /** A page of the project's issues in ranking order, filtered by status. */
  async list(projectId: string, options: IssueListOptions): Promise<StoredIssue[]> {
    let query = this.select().where('i.project_id', '=', projectId);
    if (options.afterRank !== undefined) query = query.where('i.rank', '>', options.afterRank);
    if (options.status === 'open') query = query.where('s.status', 'is', null);
    else if (options.status !== 'all') query = query.where('s.status', '=', options.status);
    const rows = await query.orderBy('i.rank').limit(options.limit).execute();
    return rows.map(toIssue);
  }

  async get(projectId: string, issueId: string): Promise<StoredIssue | null> {
    const row = await this.select()
      .where('i.project_id', '=', projectId)
      .where('i.id', '=', issueId)
      .executeTakeFirst();
    return row ? toIssue(row) : null;
  }

  /** Records the author's status of an issue; `open` forgets it. */
  async setStatus(
    projectId: string,
    issueId: string,
    status: ContinuityStatus,
    userId: string | null,
  ): Promise<void> {
    if (status === 'open') {
      await this.db
        .deleteFrom('continuity_statuses')
        .where('project_id', '=', projectId)
        .where('issue_id', '=', issueId)
        .execute();
      return;
    }
    const now = Date.now();
    await this.db
      .insertInto('continuity_statuses')
      .values({ project_id: projectId, issue_id: issueId, status, updated_by: userId, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['project_id', 'issue_id']).doUpdateSet({ status, updated_by: userId, updated_at: now }),
      )
      .execute();
  }

  /** The stored opinions on these issues of the project, by issue id. */
  async opinions(projectId: string, issueIds: readonly string[]): Promise<Map<string, StoredOpinion>> {
    if (issueIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('continuity_opinions')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('issue_id', 'in', [...issueIds])
      .execute();
    return new Map(
      rows.map((row) => [
        row.issue_id,
        {
          issueId: row.issue_id,
          evidenceKey: row.evidence_key,
          verdict: row.verdict,
          reasoning: row.reasoning,
          model: row.model,
          cost: Number(row.cost),
          askedBy: row.asked_by,
          createdAt: Number(row.created_at),
        },
      ]),
    );
  }

  /** Records an issue's opinion, replacing an older one (on other passages). */
  async saveOpinion(projectId: string, opinion: StoredOpinion): Promise<void> {
    const values = {
      evidence_key: opinion.evidenceKey,
      verdict: opinion.verdict,
      reasoning: opinion.reasoning,
      model: opinion.model,
      cost: opinion.cost,
      asked_by: opinion.askedBy,
      created_at: opinion.createdAt,
    };
    await this.db
      .insertInto('continuity_opinions')
      .values({ project_id: projectId, issue_id: opinion.issueId, ...values })
      .onConflict((oc) => oc.columns(['project_id', 'issue_id']).doUpdateSet(values))
      .execute();
  }

  /** How many jobs of these types are queued or running for the project. */
  async pendingJobs(projectId: string, types: readonly string[], status?: 'queued'): Promise<number> {
    const row = await this.db
      .selectFrom('jobs')
      .select(this.db.fn.countAll<number | string | bigint>().as('n'))
      .where('project_id', '=', projectId)
      .where('type', 'in', [...types])
      .where('status', 'in', status ? [status] : [...PENDING])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Removes the project's issues, statuses and opinions (the project was deleted). */
  async deleteProject(projectId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('continuity_issues').where('project_id', '=', projectId).execute();
      await trx.deleteFrom('continuity_statuses').where('project_id', '=', projectId).execute();
      await trx.deleteFrom('continuity_opinions').where('project_id', '=', projectId).execute();
    });
  }
}

function toIssue(row: {
  id: string;
  rank: number;
  kind: string;
  entity_id: string | null;
  summary: string;
  confidence: number;
  evidence: string;
  status: string | null;
}): StoredIssue {
  return {
    id: row.id,
    rank: Number(row.rank),
    kind: row.kind,
    entityId: row.entity_id,
    summary: row.summary,
    confidence: Number(row.confidence),
    evidence: parseStoredJson(StoredEvidence, row.evidence, `continuity_issues.evidence of issue ${row.id}`),
    status: isStatus(row.status) ? row.status : 'open',
  };
}
