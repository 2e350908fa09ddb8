import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, done, unwrap } from '../../lib/api/client.ts';
import {
  canEdit,
  type EntityChange,
  type EntityDetail,
  type EntitySummary,
  type Project,
} from '../../lib/api/types.ts';
import { keys } from '../../lib/query.ts';
import { navigate } from '../../lib/router.ts';
import { Async, ErrorNote, Link, useAction } from '../../ui/common.tsx';
import { FactsSection } from '../../ui/facts.tsx';
import { SpeakingSection } from '../../ui/speaking.tsx';
import { KIND_LABEL } from './kinds.ts';
import { SheetMarkdown } from './SheetMarkdown.tsx';
import { SplitForm } from './SplitForm.tsx';

export function highlightPassage(passage: { start: number; quote: string }, start: number, end: number) {
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

export function EntitySheet({ project, entityId }: { project: Project; entityId: string }) {
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
          {e.books && e.books.length > 0 ? (
            <section aria-labelledby="books-title">
              <h3 id="books-title">In the books of the series</h3>
              <ul className="plain-list">
                {e.books.map((b) => (
                  <li key={b.number}>
                    Book {b.number}, {b.title}:{' '}
                    <span className="muted small">
                      {b.mentions} {b.mentions === 1 ? 'mention' : 'mentions'}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
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
          {editable ? <SplitForm project={project} entity={e} /> : null}
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
