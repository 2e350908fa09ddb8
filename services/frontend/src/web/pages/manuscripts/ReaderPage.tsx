import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../lib/api/client.ts';
import { canEdit, type FileText, type Project } from '../../lib/api/types.ts';
import { followJob } from '../../lib/jobs.ts';
import { keys } from '../../lib/query.ts';
import { navigate, useLocation } from '../../lib/router.ts';
import { Async, ErrorNote, Link, useAction } from '../../ui/common.tsx';
import { SpokenText } from '../../ui/spoken.tsx';
import { LookupArea } from './WordLookup.tsx';

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
              <LookupArea projectId={projectId}>
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
              </LookupArea>
            )}
          </article>
        </div>
      )}
    </Async>
  );
}
