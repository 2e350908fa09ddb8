import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import type { GraphView, Project } from '../../lib/api/types.ts';
import { useProjectFiles } from '../../lib/files.ts';
import { keys } from '../../lib/query.ts';
import { Async, Empty } from '../../ui/common.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';

type RelationType = GraphView['edges'][number]['type'];

/** The typed relations an author can pick, in the words the graph's links use. */
const RELATION_LABEL: Record<Exclude<RelationType, 'co_occurs'>, string> = {
  family: 'Family',
  parent_of: 'Parent',
  sibling: 'Sibling',
  spouse: 'Spouse',
  friend: 'Friend',
  works_for: 'Works for',
  member_of: 'Member of',
  located_in: 'Place',
  title_of: 'Title',
};
const TYPED = Object.keys(RELATION_LABEL).filter(
  (t): t is keyof typeof RELATION_LABEL => t in RELATION_LABEL,
);
const IMPORTANCE = [1, 3, 10, 30, 100];

export function GraphPanel({ project }: { project: Project }) {
  const projectId = project.id;
  const [types, setTypes] = useState<string[]>(TYPED);
  const [appearsWith, setAppearsWith] = useState(false);
  const [minMentions, setMinMentions] = useState(3);
  const [fileId, setFileId] = useState('');
  const [fromChapter, setFrom] = useState('');
  const [toChapter, setTo] = useState('');
  const books = useProjectFiles(projectId);
  const manuscripts = (books.data?.files ?? []).filter((f) => f.kind === 'manuscript' || f.kind === 'import');
  const chapter = (value: string) => (/^[1-9]\d{0,4}$/.test(value) ? Number(value) : undefined);
  const query = {
    limit: 60,
    minMentions,
    appearsWith,
    ...(types.length > 0 && types.length < TYPED.length ? { types: types.join(',') } : {}),
    ...(fileId ? { fileId } : {}),
    ...(fileId && chapter(fromChapter) ? { fromChapter: chapter(fromChapter) } : {}),
    ...(fileId && chapter(toChapter) ? { toChapter: chapter(toChapter) } : {}),
  };
  const graph = useQuery({
    queryKey: [...keys.graph(projectId), query, types.length === 0],
    queryFn: ({ signal }) =>
      types.length === 0 && !appearsWith
        ? Promise.resolve({ nodes: [], edges: [] })
        : unwrap(
            api.GET('/v1/api/projects/{projectId}/graph', {
              params: {
                path: { projectId },
                // No typed relation ticked: only the "appears with" links.
                query: types.length === 0 ? { ...query, types: 'co_occurs' } : query,
              },
              signal,
            }),
          ),
  });
  const toggle = (t: string) =>
    setTypes((list) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t]));
  return (
    <section aria-labelledby="graph-title">
      <h3 id="graph-title">Relationship graph</h3>
      <form className="graph-filters" onSubmit={(ev) => ev.preventDefault()}>
        <fieldset>
          <legend>Relations</legend>
          {TYPED.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" checked={types.includes(t)} onChange={() => toggle(t)} />{' '}
              {RELATION_LABEL[t]}
            </label>
          ))}
          <label className="check">
            <input
              type="checkbox"
              role="switch"
              aria-checked={appearsWith}
              checked={appearsWith}
              onChange={(ev) => setAppearsWith(ev.target.checked)}
            />{' '}
            "Appears with" links
          </label>
        </fieldset>
        <fieldset>
          <legend>Who and where</legend>
          <label>
            Mentioned at least
            <select value={minMentions} onChange={(ev) => setMinMentions(Number(ev.target.value))}>
              {IMPORTANCE.map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? 'once' : `${n} times`}
                </option>
              ))}
            </select>
          </label>
          <label>
            Book
            <select value={fileId} onChange={(ev) => setFileId(ev.target.value)}>
              <option value="">All books</option>
              {manuscripts.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            From chapter
            <input
              className="narrow"
              inputMode="numeric"
              value={fromChapter}
              disabled={!fileId}
              onChange={(ev) => setFrom(ev.target.value)}
            />
          </label>
          <label>
            to
            <input
              className="narrow"
              inputMode="numeric"
              value={toChapter}
              disabled={!fileId}
              onChange={(ev) => setTo(ev.target.value)}
            />
          </label>
        </fieldset>
      </form>
      <Async state={graph} label="Drawing the graph">
        {(g) =>
          g.nodes.length === 0 ? (
            <Empty title="No one to show">
              Nobody matches these filters yet, or no manuscript has been read.
            </Empty>
          ) : (
            <GraphCanvas project={project} graph={g} />
          )
        }
      </Async>
    </section>
  );
}
