/**
 * Continuity: the issues of a project's last check (ranked, each citing its passages), the author's
 * dismissals and fixes, an entity's facts as of a chapter, and, with a model configured, a model's
 * second opinion on an issue (charged in credits). Every quote answered is checked against the
 * file's current text: a passage the text no longer has (a change whose ingestion and check are
 * still to run) is never shown.
 */
import { randomUUID } from 'node:crypto';
import {
  CONTINUITY_ISSUE_KINDS,
  CONTINUITY_VERDICTS,
  type ContinuityIssueView,
  type ContinuityListQuery,
  type ContinuityListResponse,
  type ContinuityOpinionView,
  type ContinuityStatus,
  FACT_VIEW_KINDS,
  type FactsQuery,
  type FactsResponse,
  type FactView,
} from '@george/contracts/api';
import type { BillingClient } from '@george/contracts/billing';
import { UpstreamError } from '@george/runtime';
import type { ChatModel } from '../chat/models.js';
import { estimateTokens } from '../chat/pipeline.js';
import { prompt } from '../chat/responses.js';
import type { BackendContext } from '../context.js';
import {
  evidenceKey,
  inContext,
  OPINION_MAX_TOKENS,
  opinionMessage,
  parseOpinion,
} from '../continuity/opinion.js';
import type { Passage } from '../continuity/types.js';
import {
  BOOK_NOT_FOUND,
  CONTINUITY_ISSUE_NOT_FOUND,
  ENTITY_NOT_FOUND,
  INVALID_CURSOR,
  MODEL_NOT_CONFIGURED,
} from '../errors.js';
import type { GraphStore, StoredFact } from '../graph/store.js';
import { CONTINUITY_JOB, FORGET_FILE_JOB, INGEST_JOB } from '../jobs/types.js';
import type { ContinuityRepository, StoredIssue, StoredOpinion } from '../repositories/continuity.js';
import type { StoryRepository } from '../repositories/story.js';
import { canonAt, readingOrder } from '../story/series.js';
import type { AccessCache } from './access.js';
import { holdCredits } from './billing.js';
import type { Principal } from './principal.js';

export interface ContinuityServiceDeps {
  repository: ContinuityRepository;
  graph: GraphStore;
  files: BackendContext['files'];
  access: AccessCache;
  /** The configured model (the chat's), or undefined: then no second opinions, and nothing else changes. */
  model: ChatModel | undefined;
  billing: Pick<BillingClient, 'quote' | 'placeHold' | 'recordUsage' | 'releaseHold'>;
  /** The series' books: reading order across books, canon as of a book's chapter. */
  story: Pick<StoryRepository, 'books'>;
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
    const { model } = this.deps;
    return {
      status: pending > 0 ? 'running' : 'ready',
      issues,
      nextCursor: rows.length > limit && last ? encodeCursor(last.rank) : null,
      ...(model ? { secondOpinion: { model: model.model } } : {}),
    };
  }

  /**
   * Asks the configured model whether an issue's passages really disagree (writers only). Credits
   * are held for the estimate before the call, the actual cost captured after it, and the hold
   * released when the call fails; the verdict and its reasons are stored beside the issue. An
   * opinion already given on the same passages is answered again without a new call or charge.
   */
  async secondOpinion(
    principal: Principal,
    projectId: string,
    issueId: string,
  ): Promise<{ issue: ContinuityIssueView }> {
    await this.deps.access.require(projectId, principal, 'edit');
    const { model, billing, repository } = this.deps;
    if (!model) throw MODEL_NOT_CONFIGURED();
    const issue = await repository.get(projectId, issueId);
    if (!issue) throw CONTINUITY_ISSUE_NOT_FOUND();
    const [texts, names, known] = await Promise.all([
      this.texts(projectId, issue.evidence),
      this.names(projectId),
      repository.opinions(projectId, [issueId]),
    ]);
    const key = evidenceKey(issue.evidence);
    const answer = async () => {
      const [view] = await this.views(projectId, [issue]);
      if (!view) throw CONTINUITY_ISSUE_NOT_FOUND();
      return { issue: view };
    };
    if (known.get(issueId)?.evidenceKey === key) return answer();
    const passages = issue.evidence.map((passage) => {
      const text = texts.get(passage.fileId);
      // A passage the text no longer has: the issue is not shown, so it is not asked about either.
      if (typeof text !== 'string' || !current(texts, passage)) throw CONTINUITY_ISSUE_NOT_FOUND();
      return { passage, context: inContext(text, passage) };
    });
    const entityName = issue.entityId === null ? null : (names.get(issue.entityId) ?? null);
    const system = prompt('continuity-opinion');
    const content = opinionMessage({ summary: issue.summary, entityName }, passages);
    const request = {
      system,
      messages: [{ role: 'user' as const, content }],
      maxOutputTokens: OPINION_MAX_TOKENS,
    };
    const call = { requestId: principal.requestId, userId: principal.userId };
    // Never free, never charged twice: one hold and one usage record per attempt.
    const attempt = randomUUID();
    const quote = await billing.quote(
      {
        model: model.model,
        inputTokens: estimateTokens(`${system}\n${content}`),
        outputTokens: OPINION_MAX_TOKENS,
      },
      call,
    );
    const hold = await holdCredits(
      billing,
      {
        userId: principal.userId,
        amount: Math.max(1, quote.cost),
        idempotencyKey: `continuity-hold:${attempt}`,
        ttlSeconds: 600,
      },
      call,
    );
    let charged: number;
    let reply: Awaited<ReturnType<ChatModel['generate']>>;
    try {
      reply = await model.generate(request);
      const usage = await billing.recordUsage(
        {
          userId: principal.userId,
          idempotencyKey: `continuity-usage:${attempt}`,
          model: reply.model,
          inputTokens: reply.inputTokens,
          outputTokens: reply.outputTokens,
          projectId,
          purpose: 'continuity',
          holdId: hold.holdId,
        },
        call,
      );
      charged = usage.usage.charged;
    } catch (err) {
      await billing.releaseHold(hold.holdId, call).catch(() => undefined);
      throw err;
    }
    await repository.saveOpinion(projectId, {
      issueId,
      evidenceKey: key,
      ...parseOpinion(reply.text),
      model: reply.model,
      cost: charged,
      askedBy: principal.userId,
      createdAt: Date.now(),
    });
    return answer();
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

  /**
   * An entity's facts in reading order (the books of a series in their order): all of them, or what
   * a reader knows by `asOfChapter`, or by a chapter of a book (`asOfBook`: every earlier book, and
   * that book up to the chapter).
   */
  async facts(
    principal: Principal,
    projectId: string,
    entityId: string,
    query: FactsQuery,
  ): Promise<FactsResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const { asOfChapter, asOfBook } = query;
    const [names, books] = await Promise.all([this.names(projectId), this.deps.story.books(projectId)]);
    const name = names.get(entityId);
    if (name === undefined || !ENTITY_ID.test(entityId)) throw ENTITY_NOT_FOUND();
    if (asOfBook !== undefined && !books.some((b) => b.number === asOfBook)) throw BOOK_NOT_FOUND(asOfBook);
    const stored = await this.deps.graph.listFacts(projectId, {
      entityId,
      ...(asOfChapter === undefined || asOfBook !== undefined ? {} : { asOfChapter }),
    });
    let known = stored;
    if (asOfBook !== undefined) {
      const files = await this.deps.files.list(projectId, { requestId: principal.requestId });
      const inCanon = canonAt(books, new Map(files.map((f) => [f.id, f.chapterCount] as const)), {
        book: asOfBook,
        chapter: asOfChapter,
      });
      known = stored.filter((f) => inCanon(f.fileId, f.chapter));
    }
    // The store's order within each file, the files in the series' reading order.
    const rank = new Map(
      readingOrder(
        books,
        known.map((f) => f.fileId),
      ).map((id, i) => [id, i] as const),
    );
    const ordered = known
      .map((f, i) => ({ f, i }))
      .sort((a, b) => (rank.get(a.f.fileId) ?? 0) - (rank.get(b.f.fileId) ?? 0) || a.i - b.i)
      .map(({ f }) => f);
    // Acts, limb losses and uses are for the check only: the ledger shows the API's kinds.
    const shown = ordered.filter((f): f is StoredFact & { kind: FactView['kind'] } =>
      FACT_VIEW_KINDS.some((k) => k === f.kind),
    );
    const texts = await this.texts(projectId, shown);
    const ref = (id: string | null) => {
      const other = id === null ? undefined : names.get(id);
      return id === null || other === undefined ? null : { entityId: id, name: other };
    };
    return {
      entity: { entityId, name },
      asOfChapter: asOfChapter ?? null,
      asOfBook: asOfBook ?? null,
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
    const [texts, names, opinions] = await Promise.all([
      this.texts(
        projectId,
        issues.flatMap((i) => i.evidence),
      ),
      this.names(projectId),
      this.deps.repository.opinions(
        projectId,
        issues.map((i) => i.id),
      ),
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
        ...opinionOf(opinions.get(issue.id), issue.evidence),
      });
    }
    return views;
  }
}

/** The stored opinion, when it was given on these very passages. */
function opinionOf(
  stored: StoredOpinion | undefined,
  evidence: readonly Passage[],
): { opinion?: ContinuityOpinionView } {
  if (!stored || stored.evidenceKey !== evidenceKey(evidence)) return {};
  const verdict = CONTINUITY_VERDICTS.find((v) => v === stored.verdict) ?? 'unsure';
  const { reasoning, model, cost, createdAt } = stored;
  return { opinion: { verdict, reasoning, model, cost, createdAt } };
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
