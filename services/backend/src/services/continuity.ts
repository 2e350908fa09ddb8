/**
 * Continuity: the issues of a project's last check (ranked, each citing its passages), the author's
 * dismissals and fixes, and an entity's facts as of a chapter. Every quote answered is checked
 * against the file's current text: a passage the text no longer has (a change whose ingestion and
 * check are still to run) is never shown.
 */
import {
  CONTINUITY_ISSUE_KINDS,
  type ContinuityIssueView,
  type ContinuityListQuery,
  type ContinuityListResponse,
  type ContinuityStatus,
  type FactsResponse,
  type FactView,
} from '@george/contracts/api';
import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import type { Passage } from '../continuity/types.js';
import { CONTINUITY_ISSUE_NOT_FOUND, ENTITY_NOT_FOUND, INVALID_CURSOR } from '../errors.js';
import type { GraphStore, StoredFact } from '../graph/store.js';
import { CONTINUITY_JOB, FORGET_FILE_JOB, INGEST_JOB } from '../jobs/types.js';
import type { ContinuityRepository, StoredIssue } from '../repositories/continuity.js';
import type { AccessCache } from './access.js';
import type { Principal } from './principal.js';

export interface ContinuityServiceDeps {
  repository: ContinuityRepository;
  graph: GraphStore;
  files: BackendContext['files'];
  access: AccessCache;
}

/** While any of these runs for a project, its issues are about to change. */
const CHECK_INPUTS = [INGEST_JOB, FORGET_FILE_JOB, CONTINUITY_JOB] as const;
const ENTITY_ID = /^[A-Za-z0-9_-]{1,64}$/;

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

/** A cursor is the rank of the last issue of a page, opaque to clients. */
export function encodeCursor(rank: number): string {
  return Buffer.from(`r${rank}`).toString('base64url');
}
export function decodeCursor(cursor: string): number {
  const match = /^r(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || encodeCursor(Number(match[1])) !== cursor) throw INVALID_CURSOR();
  return Number(match[1]);
}

export class ContinuityService {
  constructor(private readonly deps: ContinuityServiceDeps) {}

  async list(
    principal: Principal,
    projectId: string,
    query: ContinuityListQuery,
  ): Promise<ContinuityListResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const afterRank = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const limit = query.limit ?? 50;
    const rows = await this.deps.repository.list(projectId, {
      status: query.status ?? 'open',
      limit: limit + 1,
      ...(afterRank === undefined ? {} : { afterRank }),
    });
    const page = rows.slice(0, limit);
    const [issues, pending] = await Promise.all([
      this.views(projectId, page),
      this.deps.repository.pendingJobs(projectId, CHECK_INPUTS),
    ]);
    const last = page[page.length - 1];
    return {
      status: pending > 0 ? 'running' : 'ready',
      issues,
      nextCursor: rows.length > limit && last ? encodeCursor(last.rank) : null,
    };
  }

  /** Dismisses an issue, marks it fixed, or opens it again (writers only). */
  async setStatus(
    principal: Principal,
    projectId: string,
    issueId: string,
    status: ContinuityStatus,
  ): Promise<{ issue: ContinuityIssueView }> {
    await this.deps.access.require(projectId, principal, 'edit');
    const issue = await this.deps.repository.get(projectId, issueId);
    if (!issue) throw CONTINUITY_ISSUE_NOT_FOUND();
    await this.deps.repository.setStatus(projectId, issueId, status, principal.userId);
    const [view] = await this.views(projectId, [{ ...issue, status }]);
    if (!view) throw CONTINUITY_ISSUE_NOT_FOUND();
    return { issue: view };
  }

  /** An entity's facts in reading order: all of them, or what a reader knows by `asOfChapter`. */
  async facts(
    principal: Principal,
    projectId: string,
    entityId: string,
    asOfChapter: number | undefined,
  ): Promise<FactsResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const names = await this.names(projectId);
    const name = names.get(entityId);
    if (name === undefined || !ENTITY_ID.test(entityId)) throw ENTITY_NOT_FOUND();
    const stored = await this.deps.graph.listFacts(projectId, {
      entityId,
      ...(asOfChapter === undefined ? {} : { asOfChapter }),
    });
    const shown = stored.filter((f): f is StoredFact & { kind: FactView['kind'] } => f.kind !== 'act');
    const texts = await this.texts(projectId, shown);
    const ref = (id: string | null) => {
      const other = id === null ? undefined : names.get(id);
      return id === null || other === undefined ? null : { entityId: id, name: other };
    };
    return {
      entity: { entityId, name },
      asOfChapter: asOfChapter ?? null,
      facts: shown
        .filter((f) => current(texts, f))
        .map((f) => ({
          kind: f.kind,
          value: f.value,
          detail: f.detail,
          object: ref(f.objectId),
          voice: f.voice,
          speaker: ref(f.speakerId),
          low: f.low,
          high: f.high,
          hedged: f.hedged,
          change: f.change,
          confidence: f.confidence,
          evidence: passage(f),
        })),
    };
  }

  private async names(projectId: string): Promise<Map<string, string>> {
    const entities = await this.deps.graph.listEntities(projectId);
    return new Map(entities.map((e) => [e.id, e.name] as const));
  }

  /** The current text of every file the passages cite (null for a file that is gone). */
  private async texts(projectId: string, passages: readonly Passage[]): Promise<Map<string, string | null>> {
    const texts = new Map<string, string | null>();
    for (const fileId of new Set(passages.map((p) => p.fileId))) {
      const text = await this.deps.files
        .text(projectId, fileId)
        .then((t) => t.text)
        .catch((err) => {
          if (isNotFound(err)) return null;
          throw err;
        });
      texts.set(fileId, text);
    }
    return texts;
  }

  /** Issues as answered; one citing a passage the text no longer has is left out. */
  private async views(projectId: string, issues: readonly StoredIssue[]): Promise<ContinuityIssueView[]> {
    if (issues.length === 0) return [];
    const [texts, names] = await Promise.all([
      this.texts(
        projectId,
        issues.flatMap((i) => i.evidence),
      ),
      this.names(projectId),
    ]);
    const views: ContinuityIssueView[] = [];
    for (const issue of issues) {
      if (!issue.evidence.every((p) => current(texts, p))) continue;
      const name = issue.entityId === null ? undefined : names.get(issue.entityId);
      views.push({
        id: issue.id,
        kind: toKind(issue.kind),
        summary: issue.summary,
        confidence: issue.confidence,
        entity: issue.entityId === null || name === undefined ? null : { entityId: issue.entityId, name },
        evidence: issue.evidence.map(passage),
        status: issue.status,
      });
    }
    return views;
  }
}

function toKind(kind: string): ContinuityIssueView['kind'] {
  const known = CONTINUITY_ISSUE_KINDS.find((k) => k === kind);
  if (!known) throw new Error(`stored continuity issue of kind ${kind}`);
  return known;
}

function current(texts: ReadonlyMap<string, string | null>, p: Passage): boolean {
  const text = texts.get(p.fileId);
  return typeof text === 'string' && text.slice(p.start, p.end) === p.quote;
}

const passage = (p: Passage) => ({
  fileId: p.fileId,
  chapter: p.chapter,
  start: p.start,
  end: p.end,
  quote: p.quote,
});
