/**
 * A character's voice on their story-bible sheet: quotations and words spoken in all and per
 * chapter, whom they speak to most (`speaking` of `GET .../entities/{entityId}`), and what they
 * said (`GET .../quotes?speakerId=`, a page at a time), each line opening the reader on it.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api/client.ts';
import type { EntityDetail, Project } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';
import { ErrorNote, Link } from './common.tsx';

const PAGE = 25;

export function SpeakingSection({ project, entity }: { project: Project; entity: EntityDetail }) {
  const speaking = entity.speaking;
  const projectId = project.id;
  const lines = useInfiniteQuery({
    queryKey: [...keys.entity(projectId, entity.id), 'quotes'],
    // TanStack infers the page cursor's type from this value: `undefined` alone would be its only type.
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/quotes', {
          params: {
            path: { projectId },
            query: { speakerId: entity.id, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: speaking !== undefined && speaking.quotations > 0,
  });
  if (speaking === undefined) return null;
  const quotes = lines.data?.pages.flatMap((p) => p.quotes) ?? [];
  return (
    <section aria-labelledby="speech-title">
      <h3 id="speech-title">
        Speech{' '}
        <span className="muted small">
          ({speaking.quotations} quotation{speaking.quotations === 1 ? '' : 's'}, {speaking.words} word
          {speaking.words === 1 ? '' : 's'})
        </span>
      </h3>
      {speaking.quotations === 0 ? (
        <p className="muted small">No quotation is attributed to {entity.name}.</p>
      ) : (
        <>
          {speaking.speaksTo.length > 0 ? (
            <p className="small">
              Speaks most to{' '}
              {speaking.speaksTo.slice(0, 5).map((s, i) => (
                <span key={s.entityId}>
                  {i > 0 ? ', ' : ''}
                  <Link to={`/projects/${projectId}/bible/entity/${s.entityId}`}>{s.name}</Link> (
                  {s.quotations})
                </span>
              ))}
            </p>
          ) : null}
          <table className="speech-chapters small">
            <caption className="sr-only">Quotations and words spoken per chapter</caption>
            <thead>
              <tr>
                <th scope="col">Chapter</th>
                <th scope="col">Quotations</th>
                <th scope="col">Words</th>
              </tr>
            </thead>
            <tbody>
              {speaking.chapters.map((c) => (
                <tr key={`${c.fileId}-${c.chapter ?? 'all'}`}>
                  <td>
                    <Link
                      to={`/projects/${projectId}/manuscripts/${c.fileId}${c.chapter !== null ? `?chapter=${c.chapter}` : ''}`}
                    >
                      {c.chapter !== null ? `Chapter ${c.chapter}` : 'Whole text'}
                    </Link>
                  </td>
                  <td>{c.quotations}</td>
                  <td>{c.words}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>What {entity.name} says</h4>
          <ol className="mentions spoken-lines">
            {quotes.map((q) => (
              <li key={q.id}>
                <blockquote>{q.text}</blockquote>
                <Link
                  className="small"
                  to={`/projects/${projectId}/manuscripts/${q.fileId}?start=${q.start}&end=${q.end}`}
                >
                  Open in {q.chapter !== null ? `chapter ${q.chapter}` : 'the text'}
                </Link>
                {q.addressees.length > 0 ? (
                  <span className="muted small"> · to {q.addressees.map((a) => a.name).join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ol>
          {lines.error ? <ErrorNote error={lines.error} retry={() => void lines.refetch()} /> : null}
          {lines.hasNextPage ? (
            <button
              type="button"
              className="btn btn-small"
              disabled={lines.isFetchingNextPage}
              onClick={() => void lines.fetchNextPage()}
            >
              Show more of what {entity.name} says
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
