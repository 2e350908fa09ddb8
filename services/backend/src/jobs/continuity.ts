/**
 * The continuity check of a project (the `continuity` job), queued when a file's ingestion finishes
 * or a file is deleted: it reads the facts ledger the ingestion stored (graph store), drops the
 * facts whose passage is no longer the file's text (a change whose ingestion is still to come),
 * finds the contradictions across the project's files in reading order (the books of a series in
 * their order, a chapter named with its book) and replaces the project's issues with them in one
 * transaction. The
 * author's statuses are kept apart, by issue fingerprint, so a re-run never loses them; running it
 * twice gives the same issues.
 */
import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { checkLedger, issueId } from '../continuity/ledger.js';
import { storyYearMarks, type YearMark } from '../continuity/story-years.js';
import type { Passage, SpellingCount } from '../continuity/types.js';
import type { StoredFact } from '../graph/store.js';
import { ContinuityRepository, type IssueRecord } from '../repositories/continuity.js';
import { booksByFile, readingOrder, type SeriesBook } from '../story/series.js';
import { jobProjectId } from './runner.js';
import type { JobDefinition } from './steps.js';
import { CONTINUITY_JOB } from './types.js';

const key = (p: Passage) => `${p.fileId}|${p.start}|${p.end}`;
const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

export interface ContinuityState {
  projectId: string;
  /** Filled by the first step for the second. */
  ledger?: {
    facts: StoredFact[];
    spellings: SpellingCount[];
    fileOrder: string[];
    titles: Map<string, ReadonlyArray<{ title: string }>>;
    books: SeriesBook[];
    storyYears: YearMark[];
  };
}

export function continuityJob(
  ctx: Pick<BackendContext, 'files' | 'graph' | 'database' | 'story'>,
): JobDefinition<ContinuityState> {
  const { files, graph, story } = ctx;
  const repository = new ContinuityRepository(ctx.database.db);
  return {
    type: CONTINUITY_JOB,
    load: async ({ job }) => ({ projectId: jobProjectId(job) }),
    steps: [
      {
        name: 'reading the facts ledger',
        weight: 1,
        async run(state, job) {
          const [all, spellings, books] = await Promise.all([
            graph.listFacts(state.projectId),
            graph.listSpellings(state.projectId),
            story.books(state.projectId),
          ]);
          const current = new Map<string, string>();
          const withFacts = new Set(all.map((f) => f.fileId));
          // The books' files first, in book order; only the files with facts are read.
          const fileOrder = readingOrder(books, withFacts).filter((id) => withFacts.has(id));
          const facts: StoredFact[] = [];
          const titles = new Map<string, ReadonlyArray<{ title: string }>>();
          const storyYears: YearMark[] = [];
          let stale = 0;
          for (const [i, fileId] of fileOrder.entries()) {
            const read = await Promise.all([
              files.get(state.projectId, fileId, { paragraphs: false }),
              files.text(state.projectId, fileId),
            ]).catch((err) => {
              if (isNotFound(err)) return null;
              throw err;
            });
            if (read === null) continue;
            const [meta, { text }] = read;
            titles.set(fileId, meta.chapters);
            storyYears.push(...storyYearMarks({ fileId, text, chapters: meta.chapters }));
            for (const fact of all) {
              if (fact.fileId !== fileId) continue;
              if (text.slice(fact.start, fact.end) === fact.quote) facts.push(fact);
              else stale++;
            }
            for (const s of spellings) {
              for (const p of s.passages) {
                if (p.fileId === fileId && text.slice(p.start, p.end) === p.quote)
                  current.set(key(p), p.quote);
              }
            }
            await job.progress((i + 1) / fileOrder.length, `reading ${i + 1} of ${fileOrder.length} files`);
          }
          // A spelling's passages in a file changed since its ingestion are left out of its evidence.
          const checked = spellings.map((s) => ({
            ...s,
            passages: s.passages.filter((p) => current.has(key(p))),
          }));
          state.ledger = { facts, spellings: checked, fileOrder, titles, books, storyYears };
          return { facts: facts.length, staleFacts: stale };
        },
      },
      {
        name: 'finding contradictions',
        weight: 2,
        async run(state, job) {
          const ledger = state.ledger;
          if (!ledger) throw new Error('the ledger was not read');
          const entities = await graph.listEntities(state.projectId);
          const bookOf = booksByFile(ledger.books);
          const found = checkLedger({
            facts: ledger.facts,
            spellings: ledger.spellings,
            entities,
            fileOrder: ledger.fileOrder,
            chapterTitle: (fileId, chapter) => ledger.titles.get(fileId)?.[chapter - 1]?.title,
            bookOf: (fileId) => bookOf.get(fileId),
            storyYears: ledger.storyYears,
          });
          await job.progress(0.8, 'recording the issues');
          const seen = new Set<string>();
          const issues: IssueRecord[] = [];
          for (const issue of found) {
            const id = issueId(state.projectId, issue.key);
            if (seen.has(id) || issue.evidence.length === 0) continue;
            seen.add(id);
            issues.push({
              id,
              kind: issue.kind,
              entityId: issue.entityKey,
              summary: issue.summary,
              confidence: issue.confidence,
              evidence: issue.evidence,
            });
          }
          await repository.replaceIssues(state.projectId, issues, Date.now());
          return { issues: issues.length };
        },
      },
    ],
  };
}

/**
 * Queues the project's continuity check unless one is queued already and has not started (it will
 * read the ledger as it is now). Safe to call again: at worst one more run gives the same issues.
 */
export async function queueContinuityCheck(
  ctx: Pick<BackendContext, 'queue' | 'database'>,
  projectId: string,
  createdBy: string | null = null,
): Promise<boolean> {
  const repository = new ContinuityRepository(ctx.database.db);
  if ((await repository.pendingJobs(projectId, [CONTINUITY_JOB], 'queued')) > 0) return false;
  await ctx.queue.enqueue({ type: CONTINUITY_JOB, projectId, ...(createdBy ? { createdBy } : {}) });
  return true;
}
