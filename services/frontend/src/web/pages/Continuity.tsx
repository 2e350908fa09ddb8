/**
 * Continuity: the places where the text disagrees with itself, most confident first, each with
 * every passage involved side by side (each opening the reader at it). Writers dismiss an issue or
 * mark it fixed (it stays so after re-ingestion), or open it again. With a model configured, a
 * writer may ask it for a second opinion on an issue (charged in credits); the opinion is shown
 * apart from the check's own finding, with the model's name and its cost.
 */
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import { type AnswerOf, type BodyOf, canEdit, type Project } from '../lib/api/types.ts';
import { useNameAmongSeveralFiles } from '../lib/files.ts';
import { keys } from '../lib/query.ts';
import { Empty, ErrorNote, Link, Spinner, useAction } from '../ui/common.tsx';

type IssueList = AnswerOf<'/v1/api/projects/{projectId}/continuity', 'get'>;
type Issue = IssueList['issues'][number];
type IssueStatus = BodyOf<'/v1/api/projects/{projectId}/continuity/{issueId}', 'patch'>['status'];
type Filter = IssueStatus | 'all';
type Opinion = NonNullable<Issue['opinion']>;

const FILTERS: ReadonlyArray<readonly [Filter, string]> = [
  ['open', 'Open'],
  ['dismissed', 'Dismissed'],
  ['fixed', 'Fixed'],
  ['all', 'All'],
];
const KIND_LABEL: Record<Issue['kind'], string> = {
  attribute: 'Description',
  count: 'Count',
  after_death: 'After death',
  misspelling: 'Spelling',
  relation: 'Relation',
};
const VERDICT_LABEL: Record<Opinion['verdict'], string> = {
  contradiction: 'A contradiction',
  no_contradiction: 'Not a contradiction',
  unsure: 'Unsure',
};
const PAGE = 20;
/** While the check runs, the list is read again this often. */
const RUNNING_POLL_MS = 3000;

const continuityKey = (projectId: string, filter: Filter) =>
  ['projects', projectId, 'continuity', filter] as const;

/** Where a passage is: its chapter, after its file's name when the project has several files. */
function where(e: Issue['evidence'][number], fileName: string | undefined): string {
  const place = e.chapter === null ? 'the text' : `chapter ${e.chapter}`;
  return fileName === undefined ? place : `${fileName}, ${place}`;
}

/** The model's verdict and reasons, set apart from the check's finding, with what it cost. */
function OpinionNote({ opinion, headingId }: { opinion: Opinion; headingId: string }) {
  return (
    <aside className="continuity-opinion" aria-labelledby={headingId}>
      <h4 id={headingId}>Model's second opinion: {VERDICT_LABEL[opinion.verdict]}</h4>
      {opinion.reasoning ? <p>{opinion.reasoning}</p> : null}
      <p className="small muted">
        {opinion.model} · {opinion.cost} {opinion.cost === 1 ? 'credit' : 'credits'} · a model's reading, not
        part of the check
      </p>
    </aside>
  );
}

function IssueCard({
  issue,
  project,
  fileName,
  model,
  onChanged,
}: {
  issue: Issue;
  project: Project;
  /** A file's name where passages need it to be found (a project of several files), else undefined. */
  fileName: (fileId: string) => string | undefined;
  /** The configured model, when a second opinion can be asked for. */
  model: string | undefined;
  onChanged: () => void;
}) {
  const queryClient = useQueryClient();
  const ask = useAction(async () => {
    await unwrap(
      api.POST('/v1/api/projects/{projectId}/continuity/{issueId}/opinion', {
        params: { path: { projectId: project.id, issueId: issue.id } },
      }),
    );
    void queryClient.invalidateQueries({ queryKey: keys.balance });
    onChanged();
  });
  const change = useAction(async (status: IssueStatus) => {
    await unwrap(
      api.PATCH('/v1/api/projects/{projectId}/continuity/{issueId}', {
        params: { path: { projectId: project.id, issueId: issue.id } },
        body: { status },
      }),
    );
    onChanged();
  });
  const headingId = `issue-${issue.id}`;
  return (
    <li>
      <article className="card continuity-issue" aria-labelledby={headingId}>
        <div className="section-head">
          <h3 id={headingId}>{issue.summary}</h3>
          <span className="badge">{KIND_LABEL[issue.kind]}</span>
        </div>
        <p className="small muted">
          {issue.entity ? `${issue.entity.name} · ` : ''}
          {Math.round(issue.confidence * 100)}% confident
          {issue.status !== 'open' ? ` · ${issue.status === 'fixed' ? 'marked fixed' : 'dismissed'}` : ''}
        </p>
        <ul className="plain-list continuity-passages" aria-label="Passages that disagree">
          {issue.evidence.map((e) => (
            <li key={`${e.fileId}:${e.start}`}>
              <Link
                className="citation"
                to={`/projects/${project.id}/manuscripts/${e.fileId}?start=${e.start}&end=${e.end}`}
              >
                “{e.quote}”
                <span className="small muted"> — {where(e, fileName(e.fileId))}, open in the reader</span>
              </Link>
            </li>
          ))}
        </ul>
        {issue.opinion ? <OpinionNote opinion={issue.opinion} headingId={`opinion-${issue.id}`} /> : null}
        {canEdit(project.access) ? (
          <div className="actions">
            {issue.status === 'open' ? (
              <>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={change.busy}
                  onClick={() => void change.run('dismissed')}
                >
                  Dismiss
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={change.busy}
                  onClick={() => void change.run('fixed')}
                >
                  Mark fixed
                </button>
                {model && !issue.opinion ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={ask.busy}
                    onClick={() => void ask.run()}
                  >
                    {ask.busy ? 'Asking the model…' : `Ask ${model} for a second opinion (costs credits)`}
                  </button>
                ) : null}
              </>
            ) : (
              <button
                type="button"
                className="btn btn-small"
                disabled={change.busy}
                onClick={() => void change.run('open')}
              >
                Reopen
              </button>
            )}
          </div>
        ) : null}
        {change.error ? <ErrorNote error={change.error} /> : null}
        {ask.error ? <ErrorNote error={ask.error} /> : null}
      </article>
    </li>
  );
}

export function ContinuityPage({ project }: { project: Project }) {
  const [filter, setFilter] = useState<Filter>('open');
  const queryClient = useQueryClient();
  const projectId = project.id;
  const issues = useInfiniteQuery({
    queryKey: continuityKey(projectId, filter),
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/continuity', {
          params: {
            path: { projectId },
            query: { status: filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages[0]?.status === 'running' ? RUNNING_POLL_MS : false),
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'continuity'] });
  const pages = issues.data?.pages ?? [];
  const list = pages.flatMap((p) => p.issues);
  const running = pages[0]?.status === 'running';
  const model = pages[0]?.secondOpinion?.model;
  const fileName = useNameAmongSeveralFiles(projectId);
  return (
    <section aria-labelledby="continuity-title">
      <div className="section-head">
        <h2 id="continuity-title">Continuity</h2>
        <fieldset className="segmented">
          <legend className="sr-only">Show issues</legend>
          {FILTERS.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="continuity-filter"
                checked={filter === value}
                onChange={() => setFilter(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="muted small">
        Places where the text disagrees with itself, most confident first. What characters say is not counted
        against the narration: they may be mistaken or lying.
      </p>
      {running ? (
        <p className="note" role="status">
          Checking the manuscripts… the list updates when the check is done.
        </p>
      ) : null}
      {issues.error ? <ErrorNote error={issues.error} retry={() => void issues.refetch()} /> : null}
      {issues.data === undefined ? (
        issues.error ? null : (
          <Spinner label="Reading the continuity issues" />
        )
      ) : list.length === 0 ? (
        <Empty title={filter === 'open' ? 'No open continuity issues' : 'Nothing here'}>
          {filter === 'open'
            ? 'George found no place where the text disagrees with itself, or every one was dismissed or fixed.'
            : 'No issue has this status.'}
        </Empty>
      ) : (
        <ol className="plain-list" aria-label="Continuity issues">
          {list.map((issue) => (
            <IssueCard
              key={issue.id}
              issue={issue}
              project={project}
              fileName={fileName}
              model={model}
              onChanged={refresh}
            />
          ))}
        </ol>
      )}
      {issues.hasNextPage ? (
        <button
          type="button"
          className="btn"
          disabled={issues.isFetchingNextPage}
          onClick={() => void issues.fetchNextPage()}
        >
          {issues.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      ) : null}
    </section>
  );
}
