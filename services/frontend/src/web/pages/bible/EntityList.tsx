import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import type { EntityType, Project } from '../../lib/api/types.ts';
import { keys } from '../../lib/query.ts';
import { Async, Empty, Link } from '../../ui/common.tsx';
import { KIND_LABEL, KINDS } from './kinds.ts';

type Sort = 'mentions' | 'name' | 'firstAppearance';
const SORTS: [Sort, string][] = [
  ['mentions', 'Mentions'],
  ['name', 'Name'],
  ['firstAppearance', 'First appearance'],
];

export function EntityList({ project, selected }: { project: Project; selected?: string }) {
  const [kind, setKind] = useState<EntityType | ''>('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<Sort>('mentions');
  const projectId = project.id;
  const search = q.trim();
  const entities = useQuery({
    queryKey: [...keys.entities(projectId), { kind, search, sort }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/entities', {
          params: {
            path: { projectId },
            query: { sort, limit: 300, ...(kind ? { type: kind } : {}), ...(search ? { q: search } : {}) },
          },
          signal,
        }),
      ),
  });
  return (
    <aside className="entity-list" aria-label="Entities">
      <div className="filters">
        <label>
          Search the story bible
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or alias" />
        </label>
        <div className="row-form">
          <label>
            Kind
            <select
              value={kind}
              onChange={(e) => setKind(KINDS.find(([k]) => k === e.target.value)?.[0] ?? '')}
            >
              {KINDS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label>
            Sort by
            <select
              value={sort}
              onChange={(e) => setSort(SORTS.find(([s]) => s === e.target.value)?.[0] ?? 'mentions')}
            >
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <Async state={entities} label="Loading the story bible">
        {({ entities: list }) =>
          list.length === 0 ? (
            <Empty title={q ? 'Nothing matches' : 'The story bible is empty'}>
              {q
                ? 'Try another name.'
                : 'Upload a manuscript: people, places and terms appear once it is read.'}
            </Empty>
          ) : (
            <ul className="entities">
              {list.map((e) => (
                <li key={e.id}>
                  <Link
                    to={`/projects/${project.id}/bible/entity/${e.id}`}
                    aria-current={selected === e.id ? 'page' : undefined}
                    className="entity-link"
                  >
                    <span>{e.name}</span>
                    <span className="small muted">
                      {KIND_LABEL[e.type]} · {e.mentionCount}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </aside>
  );
}
