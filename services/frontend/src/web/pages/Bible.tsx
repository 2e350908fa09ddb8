import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type PointerEvent, useMemo, useRef, useState, type WheelEvent } from 'react';
import { api, done, unwrap } from '../lib/api/client.ts';
import {
  type Appearances,
  canEdit,
  type EntityChange,
  type EntityDetail,
  type EntitySummary,
  type EntityType,
  type GraphView,
  type Project,
} from '../lib/api/types.ts';
import { appearanceMatrix } from '../lib/chart.ts';
import { forceLayout, type View, zoomAt } from '../lib/layout.ts';
import { keys } from '../lib/query.ts';
import { navigate } from '../lib/router.ts';
import { AppearancesChart } from '../ui/charts.tsx';
import { Async, Empty, ErrorNote, Link, useAction } from '../ui/common.tsx';
import { FactsSection } from '../ui/facts.tsx';
import { SpeakingSection } from '../ui/speaking.tsx';
import { SheetMarkdown } from './bible/SheetMarkdown.tsx';

const KINDS: [EntityType | '', string][] = [
  ['', 'All'],
  ['character', 'Characters'],
  ['location', 'Places'],
  ['organization', 'Organisations'],
  ['group', 'Groups'],
  ['term', 'Terms'],
];
const KIND_LABEL: Record<EntityType, string> = {
  character: 'Character',
  location: 'Place',
  organization: 'Organisation',
  group: 'Group',
  term: 'Term',
};

function EntityList({ project, selected }: { project: Project; selected?: string }) {
  const [kind, setKind] = useState<EntityType | ''>('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<'mentions' | 'name' | 'firstAppearance'>('mentions');
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
            <select value={kind} onChange={(e) => setKind(e.target.value as EntityType | '')}>
              {KINDS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label>
            Sort by
            <select value={sort} onChange={(e) => setSort(e.target.value as typeof sort)}>
              <option value="mentions">Mentions</option>
              <option value="name">Name</option>
              <option value="firstAppearance">First appearance</option>
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

function highlightPassage(passage: { start: number; quote: string }, start: number, end: number) {
  const a = Math.max(0, start - passage.start);
  const b = Math.min(passage.quote.length, end - passage.start);
  return (
    <>
      …{passage.quote.slice(0, a)}
      <mark>{passage.quote.slice(a, b)}</mark>
      {passage.quote.slice(b)}…
    </>
  );
}

function EntitySheet({ project, entityId }: { project: Project; entityId: string }) {
  const queryClient = useQueryClient();
  const projectId = project.id;
  const path = { projectId, entityId };
  const key = keys.entity(projectId, entityId);
  const entity = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/entities/{entityId}', { params: { path }, signal })),
  });
  /** The sheet as a change answered it; the lists that show the entity are read again. */
  const changed = (answer: { entity: EntityDetail }) => {
    queryClient.setQueryData(key, answer);
    void queryClient.invalidateQueries({ queryKey: keys.entities(projectId) });
  };
  const editable = canEdit(project.access);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [sheet, setSheet] = useState('');
  const [alias, setAlias] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  const [candidates, setCandidates] = useState<EntitySummary[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const more = useAction(async (offset: number) => {
    const r = await unwrap(
      api.GET('/v1/api/projects/{projectId}/entities/{entityId}', {
        params: { path, query: { mentionsOffset: offset, mentionsLimit: 50 } },
      }),
    );
    const current = entity.data?.entity;
    if (current)
      queryClient.setQueryData(key, {
        entity: { ...current, mentions: [...current.mentions, ...r.entity.mentions] },
      });
  });
  const remove = useAction(async () => {
    await done(api.DELETE('/v1/api/projects/{projectId}/entities/{entityId}', { params: { path } }));
    void queryClient.invalidateQueries({ queryKey: keys.entities(projectId) });
    navigate(`/projects/${project.id}/bible`, true);
  });
  const save = useAction(async () => {
    const r = await unwrap(
      api.PATCH('/v1/api/projects/{projectId}/entities/{entityId}', {
        params: { path },
        body: { name, sheet },
      }),
    );
    changed(r);
    setEditing(false);
  });
  const aliases = useAction(async (change: Pick<EntityChange, 'addAliases' | 'removeAliases'>) => {
    const r = await unwrap(
      api.PATCH('/v1/api/projects/{projectId}/entities/{entityId}', { params: { path }, body: change }),
    );
    changed(r);
    setAlias('');
  });
  const merge = useAction(async () => {
    const other = candidates.find((c) => c.name === mergeWith || c.id === mergeWith);
    if (!other) throw new Error('Choose an entity from the list to merge.');
    const r = await unwrap(
      api.POST('/v1/api/projects/{projectId}/entities/{entityId}/merge', {
        params: { path },
        body: { otherId: other.id },
      }),
    );
    changed(r);
    setMergeWith('');
    if (r.entity.id !== entityId) navigate(`/projects/${project.id}/bible/entity/${r.entity.id}`, true);
  });
  const findCandidates = async (text: string) => {
    setMergeWith(text);
    if (text.trim().length < 2) return;
    const r = await unwrap(
      api.GET('/v1/api/projects/{projectId}/entities', {
        params: { path: { projectId }, query: { q: text.trim(), limit: 20 } },
      }),
    ).catch((): { entities: EntitySummary[] } => ({ entities: [] }));
    setCandidates(r.entities.filter((e) => e.id !== entityId));
  };
  return (
    <Async state={entity} label="Opening the sheet">
      {({ entity: e }) => (
        <article className="sheet" aria-labelledby="entity-name">
          <div className="section-head">
            <div>
              <h2 id="entity-name">{e.name}</h2>
              <p className="muted small">
                {KIND_LABEL[e.type]} · {e.mentionCount} mentions
                {e.sheetEdited ? ' · sheet edited by you' : ''}
              </p>
            </div>
            <div className="actions">
              <Link className="btn btn-small" to={`/projects/${project.id}/bible/appearances?ids=${e.id}`}>
                Appearances
              </Link>
              {editable && !editing ? (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    setName(e.name);
                    setSheet(e.sheet);
                    setEditing(true);
                  }}
                >
                  Edit sheet
                </button>
              ) : null}
            </div>
          </div>
          <section aria-labelledby="aliases-title">
            <h3 id="aliases-title">Also called</h3>
            {e.aliases.length === 0 ? <p className="muted small">No other names.</p> : null}
            <ul className="chips">
              {e.aliases.map((a) => (
                <li key={a} className="chip">
                  {a}
                  {editable ? (
                    <button
                      type="button"
                      className="chip-x"
                      aria-label={`Remove alias ${a}`}
                      onClick={() => void aliases.run({ removeAliases: [a] })}
                    >
                      ×
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
            {editable ? (
              <form
                className="row-form"
                onSubmit={(ev) => {
                  ev.preventDefault();
                  if (alias.trim()) void aliases.run({ addAliases: [alias.trim()] });
                }}
              >
                <label>
                  New alias
                  <input value={alias} maxLength={200} onChange={(ev) => setAlias(ev.target.value)} />
                </label>
                <button type="submit" className="btn btn-small">
                  Add alias
                </button>
              </form>
            ) : null}
            {aliases.error ? <ErrorNote error={aliases.error} /> : null}
          </section>
          <section aria-labelledby="sheet-title">
            <h3 id="sheet-title">Sheet</h3>
            {editing ? (
              <form
                onSubmit={(ev) => {
                  ev.preventDefault();
                  void save.run();
                }}
              >
                <label>
                  Name
                  <input required maxLength={200} value={name} onChange={(ev) => setName(ev.target.value)} />
                </label>
                <label className="block">
                  Sheet (Markdown)
                  <textarea
                    className="editor short"
                    value={sheet}
                    onChange={(ev) => setSheet(ev.target.value)}
                  />
                </label>
                {save.error ? <ErrorNote error={save.error} /> : null}
                <div className="actions">
                  <button type="submit" className="btn btn-primary" disabled={save.busy}>
                    Save sheet
                  </button>
                  <button type="button" className="btn" onClick={() => setEditing(false)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : e.sheet ? (
              <SheetMarkdown text={e.sheet} projectId={project.id} />
            ) : (
              <p className="muted">No sheet yet.</p>
            )}
          </section>
          <section aria-labelledby="relations-title">
            <h3 id="relations-title">Relationships</h3>
            {e.relations.length === 0 ? (
              <p className="muted small">None found.</p>
            ) : (
              <ul className="plain-list">
                {e.relations.slice(0, 30).map((r) => (
                  <li key={`${r.type}-${r.other.id}-${r.direction}`}>
                    <span className="muted small">{(r.labels[0] ?? r.type).replace(/_/g, ' ')}</span>{' '}
                    <Link to={`/projects/${project.id}/bible/entity/${r.other.id}`}>{r.other.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <SpeakingSection project={project} entity={e} />
          <FactsSection project={project} entityId={e.id} />
          <section aria-labelledby="mentions-title">
            <h3 id="mentions-title">
              Mentions <span className="muted small">({e.mentionsTotal})</span>
            </h3>
            <ol className="mentions">
              {e.mentions.map((m) => (
                <li key={`${m.fileId}-${m.start}`}>
                  <blockquote>{m.passage ? highlightPassage(m.passage, m.start, m.end) : m.text}</blockquote>
                  <Link
                    className="small"
                    to={`/projects/${project.id}/manuscripts/${m.fileId}?start=${m.start}&end=${m.end}`}
                  >
                    Open in{' '}
                    {m.chapter !== null ? m.passage?.chapterTitle || `chapter ${m.chapter}` : 'the text'}
                  </Link>
                </li>
              ))}
            </ol>
            {e.mentions.length < e.mentionsTotal ? (
              <button
                type="button"
                className="btn btn-small"
                disabled={more.busy}
                onClick={() => void more.run(e.mentions.length)}
              >
                Show more mentions ({e.mentionsTotal - e.mentions.length} more)
              </button>
            ) : null}
            {more.error ? <ErrorNote error={more.error} /> : null}
          </section>
          {editable ? (
            <section aria-labelledby="merge-title">
              <h3 id="merge-title">Merge</h3>
              <p className="muted small">
                The same person or place under two names? Merge the other into this one.
              </p>
              <form
                className="row-form"
                onSubmit={(ev) => {
                  ev.preventDefault();
                  void merge.run();
                }}
              >
                <label>
                  Merge with
                  <input
                    list="merge-candidates"
                    value={mergeWith}
                    onChange={(ev) => void findCandidates(ev.target.value)}
                  />
                  <datalist id="merge-candidates">
                    {candidates.map((c) => (
                      <option key={c.id} value={c.name} />
                    ))}
                  </datalist>
                </label>
                <button type="submit" className="btn btn-small" disabled={merge.busy}>
                  Merge into {e.name}
                </button>
              </form>
              {merge.error ? <ErrorNote error={merge.error} /> : null}
              <h3>Remove</h3>
              {confirmDelete ? (
                <div className="actions">
                  <span>Remove {e.name} from the story bible? The manuscript is not changed.</span>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    onClick={() => void remove.run()}
                  >
                    Remove for good
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => setConfirmDelete(false)}>
                    Keep
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  onClick={() => setConfirmDelete(true)}
                >
                  Remove {e.name}
                </button>
              )}
              {remove.error ? <ErrorNote error={remove.error} /> : null}
            </section>
          ) : null}
        </article>
      )}
    </Async>
  );
}

const NODE_CLASS: Record<EntityType, string> = {
  character: 'n-character',
  location: 'n-location',
  organization: 'n-organization',
  group: 'n-organization',
  term: 'n-term',
};

function GraphCanvas({ project, graph }: { project: Project; graph: GraphView }) {
  const width = 900;
  const height = 600;
  const positions = useMemo(
    () =>
      forceLayout(
        graph.nodes.map((n) => ({ id: n.id, weight: n.mentionCount })),
        graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
        { width, height, iterations: 250, seed: 7 },
      ),
    [graph],
  );
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const [focus, setFocus] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; vx: number; vy: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentionCount));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const toSvg = (clientX: number, clientY: number) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return {
      x: ((clientX - rect.left) / rect.width) * width,
      y: ((clientY - rect.top) / rect.height) * height,
    };
  };
  const onWheel = (e: WheelEvent) => {
    const p = toSvg(e.clientX, e.clientY);
    setView((v) => zoomAt(v, e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y));
  };
  const onDown = (e: PointerEvent) => {
    if ((e.target as Element).closest('.node')) return;
    drag.current = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    const d = drag.current;
    const rect = svg.current?.getBoundingClientRect();
    if (!d || !rect) return;
    setView((v) => ({
      ...v,
      x: d.vx + ((e.clientX - d.x) / rect.width) * width,
      y: d.vy + ((e.clientY - d.y) / rect.height) * height,
    }));
  };
  const neighbours = new Set<string>();
  if (focus) {
    for (const e of graph.edges) {
      if (e.source === focus) neighbours.add(e.target);
      if (e.target === focus) neighbours.add(e.source);
    }
  }
  const open = (id: string) => navigate(`/projects/${project.id}/bible/entity/${id}`);
  const radius = (mentions: number) => 5 + 14 * Math.sqrt(mentions / maxMentions);
  // The most mentioned names are always shown; the others when they or a neighbour have focus.
  const labelled = new Set(
    [...graph.nodes]
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .slice(0, 14)
      .map((n) => n.id),
  );
  return (
    <div className="graph">
      <div className="graph-tools">
        <button
          type="button"
          className="btn btn-small"
          aria-label="Zoom in"
          onClick={() => setView((v) => zoomAt(v, 1.3, width / 2, height / 2))}
        >
          +
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-label="Zoom out"
          onClick={() => setView((v) => zoomAt(v, 1 / 1.3, width / 2, height / 2))}
        >
          −
        </button>
        <button type="button" className="btn btn-small" onClick={() => setView({ x: 0, y: 0, scale: 1 })}>
          Reset view
        </button>
        <span className="small muted">Drag to pan, scroll to zoom, click a name to open it.</span>
      </div>
      <svg
        ref={svg}
        className="graph-svg"
        viewBox={`0 0 ${width} ${height}`}
        aria-label={`Relationship graph: ${graph.nodes.length} entities, ${graph.edges.length} links`}
        onWheel={onWheel}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
          {graph.edges.map((e) => {
            const a = positions.get(e.source);
            const b = positions.get(e.target);
            if (!a || !b) return null;
            const lit = focus && (e.source === focus || e.target === focus);
            return (
              <line
                key={`${e.source}-${e.target}-${e.type}`}
                className={`edge ${lit ? 'edge-lit' : ''} ${focus && !lit ? 'dim' : ''}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={1 + (3 * e.weight) / maxWeight}
              >
                <title>{`${e.labels[0] ?? e.type.replace(/_/g, ' ')}`}</title>
              </line>
            );
          })}
          {graph.nodes.map((n) => {
            const p = positions.get(n.id);
            if (!p) return null;
            const r = radius(n.mentionCount);
            const dim = focus && focus !== n.id && !neighbours.has(n.id);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be a <button>
              <g
                key={n.id}
                className={`node ${NODE_CLASS[n.type]} ${dim ? 'dim' : ''}`}
                transform={`translate(${p.x} ${p.y})`}
                role="button"
                tabIndex={0}
                aria-label={`${n.name}, ${KIND_LABEL[n.type]}, ${n.mentionCount} mentions`}
                onClick={() => open(n.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(n.id);
                  }
                }}
                onMouseEnter={() => setFocus(n.id)}
                onMouseLeave={() => setFocus(null)}
                onFocus={() => setFocus(n.id)}
                onBlur={() => setFocus(null)}
              >
                <circle r={r} />
              </g>
            );
          })}
          {/* Names above every circle, on a plate of the page colour so they stay readable. */}
          {graph.nodes.map((n) => {
            const p = positions.get(n.id);
            if (!p || !(labelled.has(n.id) || n.id === focus || neighbours.has(n.id))) return null;
            const r = radius(n.mentionCount);
            const w = n.name.length * 7 + 8;
            return (
              <g key={`label-${n.id}`} className="label" transform={`translate(${p.x} ${p.y + r + 4})`}>
                <rect x={-w / 2} y={0} width={w} height={16} rx={3} />
                <text y={12} textAnchor="middle">
                  {n.name}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <p className="legend small">
        {(['character', 'location', 'organization', 'term'] as EntityType[]).map((t) => (
          <span key={t} className={`legend-item ${NODE_CLASS[t]}`}>
            <span className="swatch" aria-hidden="true" /> {KIND_LABEL[t]}
          </span>
        ))}
      </p>
    </div>
  );
}

function GraphPanel({ project }: { project: Project }) {
  const projectId = project.id;
  const graph = useQuery({
    queryKey: keys.graph(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/graph', {
          params: { path: { projectId }, query: { limit: 60 } },
          signal,
        }),
      ),
  });
  return (
    <section aria-labelledby="graph-title">
      <h3 id="graph-title">Relationship graph</h3>
      <Async state={graph} label="Drawing the graph">
        {(g) =>
          g.nodes.length === 0 ? (
            <Empty title="No relationships yet">They appear once a manuscript has been read.</Empty>
          ) : (
            <GraphCanvas project={project} graph={g} />
          )
        }
      </Async>
    </section>
  );
}

function AppearancesPanel({ project, initial }: { project: Project; initial: string[] }) {
  const projectId = project.id;
  const characters = useQuery({
    queryKey: [...keys.entities(projectId), 'characters'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/entities', {
          params: { path: { projectId }, query: { type: 'character', sort: 'mentions', limit: 12 } },
          signal,
        }),
      ),
  });
  const [chosen, setChosen] = useState<string[]>(initial);
  const ids = chosen.length > 0 ? chosen : (characters.data?.entities.slice(0, 3).map((e) => e.id) ?? []);
  const entityIds = ids.join(',');
  const appearances = useQuery({
    queryKey: [...keys.appearances(projectId), entityIds],
    queryFn: ({ signal }): Promise<{ appearances: Appearances[] }> =>
      entityIds === ''
        ? Promise.resolve({ appearances: [] })
        : unwrap(
            api.GET('/v1/api/projects/{projectId}/appearances', {
              params: { path: { projectId }, query: { entityIds } },
              signal,
            }),
          ),
  });
  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-6)));
  return (
    <section aria-labelledby="appearances-title">
      <h3 id="appearances-title">Appearances across chapters</h3>
      <Async state={characters} label="Loading characters">
        {({ entities }) => (
          <fieldset className="checks">
            <legend>Characters to compare</legend>
            {entities.map((e) => (
              <label key={e.id} className="check">
                <input type="checkbox" checked={ids.includes(e.id)} onChange={() => toggle(e.id)} /> {e.name}
              </label>
            ))}
          </fieldset>
        )}
      </Async>
      <Async state={appearances} label="Counting appearances">
        {({ appearances: list }) => {
          if (list.length === 0) return <Empty title="Nothing to chart yet" />;
          const matrix = appearanceMatrix(list);
          const fileIndex = new Map<string, number>();
          for (const c of matrix.columns)
            if (!fileIndex.has(c.fileId)) fileIndex.set(c.fileId, fileIndex.size + 1);
          return (
            <AppearancesChart
              matrix={matrix}
              chapterLabel={(c) =>
                `${fileIndex.size > 1 ? `${fileIndex.get(c.fileId)}.` : ''}${c.chapter === null ? '–' : c.chapter}`
              }
            />
          );
        }}
      </Async>
    </section>
  );
}

export function BiblePage({ project, sub }: { project: Project; sub: string[] }) {
  const [view, id] = sub;
  const base = `/projects/${project.id}/bible`;
  const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
  return (
    <section aria-labelledby="bible-title">
      <div className="section-head">
        <h2 id="bible-title">Story bible</h2>
        <nav className="subtabs" aria-label="Story bible views">
          <Link to={base} aria-current={!view || view === 'entity' ? 'page' : undefined}>
            Entities
          </Link>
          <Link to={`${base}/graph`} aria-current={view === 'graph' ? 'page' : undefined}>
            Graph
          </Link>
          <Link to={`${base}/appearances`} aria-current={view === 'appearances' ? 'page' : undefined}>
            Appearances
          </Link>
        </nav>
      </div>
      {view === 'graph' ? (
        <GraphPanel project={project} />
      ) : view === 'appearances' ? (
        <AppearancesPanel project={project} initial={(params.get('ids') ?? '').split(',').filter(Boolean)} />
      ) : (
        <div className="bible-layout">
          <EntityList project={project} {...(id ? { selected: id } : {})} />
          {view === 'entity' && id ? (
            <EntitySheet project={project} entityId={id} />
          ) : (
            <Empty title="Choose an entity">
              Its sheet, other names, relationships and every mention appear here.
            </Empty>
          )}
        </div>
      )}
    </section>
  );
}
