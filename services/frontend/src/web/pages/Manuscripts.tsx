import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import { api, describeError, done, unwrap } from '../lib/api/client.ts';
import {
  canEdit,
  type FileSummary,
  type FileText,
  type Project,
  type SearchResult,
} from '../lib/api/types.ts';
import { followJob } from '../lib/jobs.ts';
import { keys } from '../lib/query.ts';
import { navigate, useLocation } from '../lib/router.ts';
import {
  Async,
  Empty,
  ErrorNote,
  formatBytes,
  formatDate,
  Link,
  ProgressBar,
  useAction,
} from '../ui/common.tsx';
import { SpokenText } from '../ui/spoken.tsx';

interface UploadItem {
  key: string;
  name: string;
  size: number;
  stage: 'uploading' | 'queued' | 'ingesting' | 'done' | 'failed';
  upload: number;
  ingest: number;
  message: string;
}

function UploadList({ items }: { items: UploadItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="uploads" aria-label="Uploads">
      {items.map((u) => (
        <li key={u.key} className="upload">
          <div className="upload-head">
            <strong>{u.name}</strong> <span className="muted small">{formatBytes(u.size)}</span>
            <span className={`badge badge-${u.stage}`} aria-live="polite">
              {u.stage === 'uploading'
                ? 'Uploading'
                : u.stage === 'queued'
                  ? 'Waiting to be read'
                  : u.stage === 'ingesting'
                    ? 'Reading'
                    : u.stage === 'done'
                      ? 'Ready'
                      : 'Failed'}
            </span>
          </div>
          {u.stage === 'uploading' ? <ProgressBar value={u.upload} label={`Upload of ${u.name}`} /> : null}
          {u.stage === 'queued' || u.stage === 'ingesting' ? (
            <ProgressBar value={u.ingest} label={`Ingestion of ${u.name}`} />
          ) : null}
          {u.message ? (
            <p className={u.stage === 'failed' ? 'error-text small' : 'muted small'}>{u.message}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Passages that answer a query (semantic search over the manuscripts and notes), each opening the reader. */
function PassageSearch({ project, names }: { project: Project; names: Map<string, string> }) {
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

export function ManuscriptsPage({ project }: { project: Project }) {
  const queryClient = useQueryClient();
  const projectId = project.id;
  const files = useQuery({
    queryKey: keys.files(projectId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/files', { params: { path: { projectId } }, signal })),
  });
  const reload = useCallback(
    () => queryClient.invalidateQueries({ queryKey: keys.project(projectId) }),
    [queryClient, projectId],
  );
  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const controller = useRef(new AbortController());
  useEffect(() => {
    const c = new AbortController();
    controller.current = c;
    return () => c.abort();
  }, []);
  const editable = canEdit(project.access);
  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  }, []);

  const uploadOne = useCallback(
    async (file: File) => {
      const key = `${file.name}-${Date.now()}-${Math.random()}`;
      setUploads((list) => [
        { key, name: file.name, size: file.size, stage: 'uploading', upload: 0, ingest: 0, message: '' },
        ...list,
      ]);
      const signal = controller.current.signal;
      try {
        const { jobId } = await api.upload(
          projectId,
          file,
          (fraction) => update(key, { upload: fraction }),
          signal,
        );
        update(key, { stage: 'queued', upload: 1 });
        void reload();
        const job = await followJob(
          jobId,
          (j) =>
            update(key, {
              stage: j.status === 'queued' ? 'queued' : 'ingesting',
              ingest: j.progress,
              message: j.message ?? '',
            }),
          signal,
        );
        update(key, {
          stage: job.status === 'succeeded' ? 'done' : 'failed',
          ingest: 1,
          message:
            job.status === 'succeeded'
              ? 'Read and added to the story bible.'
              : (job.error ?? 'Ingestion failed.'),
        });
        void reload();
      } catch (err) {
        if (signal.aborted) return;
        update(key, { stage: 'failed', message: describeError(err) });
      }
    },
    [projectId, reload, update],
  );

  const addFiles = (list: FileList | null) => {
    for (const f of Array.from(list ?? [])) void uploadOne(f);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (editable) addFiles(e.dataTransfer.files);
  };
  const remove = useAction(async (fileId: string) => {
    await done(
      api.DELETE('/v1/api/projects/{projectId}/files/{fileId}', { params: { path: { projectId, fileId } } }),
    );
    setDeleting(null);
    await reload();
  });

  return (
    <section aria-labelledby="manuscripts-title">
      <h2 id="manuscripts-title">Manuscripts</h2>
      {editable ? (
        <section
          className={`dropzone ${dragging ? 'dropzone-active' : ''}`}
          aria-label="Upload manuscripts"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>
            Drop manuscripts here (.txt, .md, .docx, .pdf) or{' '}
            <label className="btn btn-small file-label">
              choose files
              <input
                type="file"
                multiple
                accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                className="sr-only"
                onChange={(e) => {
                  addFiles(e.target.files);
                  e.target.value = '';
                }}
              />
            </label>
          </p>
          <UploadList items={uploads} />
        </section>
      ) : (
        <p className="muted">You can read these manuscripts; uploading needs edit access.</p>
      )}
      {remove.error ? <ErrorNote error={remove.error} /> : null}
      <Async state={files} label="Loading manuscripts">
        {({ files: all }) => (
          <>
            {all.length > 0 ? (
              <PassageSearch project={project} names={new Map(all.map((f) => [f.id, f.name]))} />
            ) : null}
            <FileTable
              project={project}
              files={all.filter((f) => f.kind === 'manuscript' || f.kind === 'import')}
              editable={editable}
              deleting={deleting}
              setDeleting={setDeleting}
              remove={(id) => void remove.run(id)}
              busy={remove.busy}
              empty={editable ? 'Drop a file above to begin.' : null}
              caption="Manuscripts in this project"
            />
            {all.some((f) => f.kind === 'note') ? (
              <section aria-labelledby="notes-title">
                <h3 id="notes-title">Notes</h3>
                <p className="muted small">Answers you bookmarked in the chat, kept as notes.</p>
                <FileTable
                  project={project}
                  files={all.filter((f) => f.kind === 'note')}
                  editable={editable}
                  deleting={deleting}
                  setDeleting={setDeleting}
                  remove={(id) => void remove.run(id)}
                  busy={remove.busy}
                  empty={null}
                  caption="Notes"
                />
              </section>
            ) : null}
          </>
        )}
      </Async>
    </section>
  );
}

function FileTable({
  project,
  files: list,
  editable,
  deleting,
  setDeleting,
  remove,
  busy,
  empty,
  caption,
}: {
  project: Project;
  files: FileSummary[];
  editable: boolean;
  deleting: string | null;
  setDeleting(id: string | null): void;
  remove(id: string): void;
  busy: boolean;
  empty: string | null;
  caption: string;
}) {
  return list.length === 0 ? (
    <Empty title="No manuscripts yet">{empty}</Empty>
  ) : (
    <table className="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Words</th>
          <th scope="col">Chapters</th>
          <th scope="col">Size</th>
          <th scope="col">Updated</th>
          {editable ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {list.map((f) => (
          <tr key={f.id}>
            <td>
              <Link to={`/projects/${project.id}/manuscripts/${f.id}`}>{f.name}</Link>
            </td>
            <td>{f.wordCount.toLocaleString()}</td>
            <td>{f.chapterCount}</td>
            <td>{formatBytes(f.size)}</td>
            <td>{formatDate(f.updatedAt)}</td>
            {editable ? (
              <td>
                {deleting === f.id ? (
                  <span className="actions">
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() => remove(f.id)}
                      disabled={busy}
                    >
                      Confirm delete
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => setDeleting(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Delete ${f.name}`}
                    onClick={() => setDeleting(f.id)}
                  >
                    Delete
                  </button>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which chapter holds an offset (the last one starting at or before it). */
export function chapterAt(chapters: { start: number; end: number }[], offset: number): number {
  let found = 0;
  chapters.forEach((c, i) => {
    if (c.start <= offset) found = i;
  });
  return found;
}

export function ReaderPage({ project, fileId }: { project: Project; fileId: string }) {
  const { query } = useLocation();
  const queryClient = useQueryClient();
  const projectId = project.id;
  const path = { projectId, fileId };
  const detail = useQuery({
    queryKey: keys.file(projectId, fileId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/files/{fileId}', { params: { path }, signal })),
  });
  const hs = query.get('start') === null ? null : Number(query.get('start'));
  const he = query.get('end') === null ? null : Number(query.get('end'));
  const chapters = detail.data?.file.chapters ?? [];
  const chapterParam = query.get('chapter');
  // `?chapter=` is the 1-based chapter number; `index` is its place in the list.
  const index =
    chapterParam !== null
      ? Number(chapterParam) - 1
      : hs !== null && chapters.length > 0
        ? chapterAt(chapters, hs)
        : 0;
  const chapter = chapters[index];
  const range = chapter ? { start: chapter.start, end: chapter.end } : { start: 0, end: 400_000 };
  const revision = detail.data?.file.revision;
  const text = useQuery({
    queryKey: [...keys.file(projectId, fileId), 'text', revision, range.start, range.end],
    queryFn: ({ signal }): Promise<FileText> =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/files/{fileId}/text', {
          params: { path, query: { start: range.start, end: range.end } },
          signal,
        }),
      ),
    enabled: revision !== undefined,
  });
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (text.data && mark.current) mark.current.scrollIntoView({ block: 'center' });
  }, [text.data]);

  const save = useAction(async () => {
    const full = await unwrap(
      api.GET('/v1/api/projects/{projectId}/files/{fileId}/text', { params: { path } }),
    );
    const content =
      full.text.slice(0, range.start) + draft + full.text.slice(Math.min(full.length, range.end));
    const r = await unwrap(
      api.PUT('/v1/api/projects/{projectId}/files/{fileId}/text', {
        params: { path },
        body: { content, baseRevision: full.revision },
      }),
    );
    setEditing(false);
    // The text is saved as a new version at once; the story bible is updated in the background.
    void followJob(r.jobId, () => {}, new AbortController().signal).catch(() => {});
    await queryClient.invalidateQueries({ queryKey: keys.project(projectId) });
  });

  const base = `/projects/${project.id}/manuscripts/${fileId}`;
  return (
    <Async state={detail} label="Opening the manuscript">
      {({ file }) => (
        <div className="reader-layout">
          <nav className="chapters" aria-label="Chapters">
            <p>
              <Link to={`/projects/${project.id}/manuscripts`}>← All manuscripts</Link>
            </p>
            <h2 className="small-title">{file.name}</h2>
            {file.chapters.length === 0 ? (
              <p className="muted small">No chapters found.</p>
            ) : (
              <ol>
                {file.chapters.map((c, i) => (
                  <li key={c.index}>
                    <Link to={`${base}?chapter=${i + 1}`} aria-current={i === index ? 'page' : undefined}>
                      {c.title || `Chapter ${i + 1}`}
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </nav>
          <article className="reader" aria-label={chapter?.title || file.name}>
            <div className="reader-bar">
              <h2>{chapter?.title || file.name}</h2>
              <div className="actions">
                {index > 0 ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => navigate(`${base}?chapter=${index}`)}
                  >
                    Previous chapter
                  </button>
                ) : null}
                {index < chapters.length - 1 ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => navigate(`${base}?chapter=${index + 2}`)}
                  >
                    Next chapter
                  </button>
                ) : null}
                {canEdit(project.access) && text.data && !editing ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => {
                      setDraft(text.data?.text ?? '');
                      setEditing(true);
                    }}
                  >
                    Edit this {chapter ? 'chapter' : 'text'}
                  </button>
                ) : null}
              </div>
            </div>
            {editing ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void save.run();
                }}
              >
                <label className="block">
                  Text of {chapter?.title || file.name}
                  <textarea className="editor" value={draft} onChange={(e) => setDraft(e.target.value)} />
                </label>
                {save.error ? <ErrorNote error={save.error} /> : null}
                <div className="actions">
                  <button type="submit" className="btn btn-primary" disabled={save.busy}>
                    {save.busy ? 'Saving…' : 'Save as a new version'}
                  </button>
                  <button type="button" className="btn" onClick={() => setEditing(false)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <Async state={text} label="Loading the text">
                {(t) => {
                  if (hs === null || he === null || he <= t.start || hs >= t.end)
                    return (
                      <SpokenText
                        projectId={projectId}
                        fileId={fileId}
                        chapter={chapter ? index + 1 : null}
                        text={t.text}
                        offset={t.start}
                      />
                    );
                  const a = Math.max(0, hs - t.start);
                  const b = Math.min(t.text.length, he - t.start);
                  return (
                    <div className="prose">
                      {t.text.slice(0, a)}
                      <mark ref={mark} className="cited">
                        {t.text.slice(a, b)}
                      </mark>
                      {t.text.slice(b)}
                    </div>
                  );
                }}
              </Async>
            )}
          </article>
        </div>
      )}
    </Async>
  );
}
