import { useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import type { Project, SearchResult } from '../../lib/api/types.ts';
import { ErrorNote, Link, useAction } from '../../ui/common.tsx';

/** Passages that answer a query (semantic search over the manuscripts and notes), each opening the reader. */
export function PassageSearch({ project, names }: { project: Project; names: Map<string, string> }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const search = useAction(async () => {
    const r = await unwrap(
      api.POST('/v1/api/projects/{projectId}/search', {
        params: { path: { projectId: project.id } },
        body: { query: query.trim(), limit: 8 },
      }),
    );
    setResults(r.results);
  });
  return (
    <section className="card" aria-labelledby="search-title">
      <h3 id="search-title">Search the manuscripts</h3>
      <form
        className="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) void search.run();
        }}
      >
        <label className="grow">
          Find passages about
          <input type="search" value={query} maxLength={1000} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit" className="btn" disabled={search.busy || !query.trim()}>
          {search.busy ? 'Searching…' : 'Search'}
        </button>
      </form>
      {search.error ? <ErrorNote error={search.error} /> : null}
      {results === null ? null : results.length === 0 ? (
        <p className="muted">No passage matches.</p>
      ) : (
        <ol className="plain-list search-results" aria-label="Passages found">
          {results.map((r) => (
            <li key={`${r.fileId}-${r.start}`}>
              <Link
                className="citation"
                to={`/projects/${project.id}/manuscripts/${r.fileId}?start=${r.start}&end=${r.end}`}
              >
                “{r.quote.length > 280 ? `${r.quote.slice(0, 280)}…` : r.quote}”
                <span className="small muted">
                  {' '}
                  — {names.get(r.fileId) ?? 'file'}
                  {r.chapter !== null ? `, ${r.chapterTitle || `chapter ${r.chapter}`}` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
