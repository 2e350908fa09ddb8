/**
 * The shape of the story: each manuscript's chapters as a strip (length, dialogue share, narrator or
 * focal character as colour), who is present in which chapter (a heatmap), the timeline as the text
 * tells it and as it happened, the author's narrator of a chapter, exports and web imports.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import { type AnswerOf, canEdit, type Project } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';
import { Async, Empty, ErrorNote, useAction } from '../ui/common.tsx';

type ChapterView = AnswerOf<'/v1/api/projects/{projectId}/chapters', 'get'>['chapters'][number];
type TimelineEvent = AnswerOf<'/v1/api/projects/{projectId}/timeline', 'get'>['events'][number];
type Books = AnswerOf<'/v1/api/projects/{projectId}/books', 'get'>;
type FileSummary = AnswerOf<'/v1/api/projects/{projectId}/files', 'get'>['files'][number];

const SERIES = ['s0', 's1', 's2', 's3', 's4', 's5'];
const HEATMAP_ROWS = 12;

/** Who tells the chapter, or whose chapter it is: the colour key of the strip. */
function voiceOf(c: ChapterView): string {
  if (c.narrators.length > 0) return c.narrators.map((n) => n.name).join(' and ');
  if (c.pov !== 'third') return 'an unnamed narrator';
  return c.focal ? `${c.focal.name} (focal)` : 'no single voice';
}

function chapterName(c: ChapterView): string {
  return c.title || `Chapter ${c.index}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function ChapterStrip({ chapters }: { chapters: ChapterView[] }) {
  const voices = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of chapters) counts.set(voiceOf(c), (counts.get(voiceOf(c)) ?? 0) + c.words);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
  }, [chapters]);
  const seriesOf = (voice: string) => {
    const i = voices.indexOf(voice);
    return SERIES[i] ?? 'other';
  };
  const total = Math.max(
    1,
    chapters.reduce((s, c) => s + c.words, 0),
  );
  const width = 800;
  const height = 70;
  let x = 0;
  return (
    <figure className="chart story-strip">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${chapters.length} chapters, ${total} words; width is length, the darker part is dialogue`}
      >
        {chapters.map((c) => {
          const w = Math.max(1, (c.words / total) * width);
          const at = x;
          x += w;
          const label = `${chapterName(c)}: ${c.words} words, ${percent(c.dialogueShare)} dialogue, ${voiceOf(c)}`;
          return (
            <g key={`${c.fileId}:${c.index}`} className={seriesOf(voiceOf(c))}>
              <rect className="voice" x={at} y={0} width={Math.max(0.5, w - 1)} height={height}>
                <title>{label}</title>
              </rect>
              <rect
                className="dialogue"
                x={at}
                y={height * (1 - c.dialogueShare)}
                width={Math.max(0.5, w - 1)}
                height={height * c.dialogueShare}
              >
                <title>{label}</title>
              </rect>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {voices.slice(0, SERIES.length).map((v) => (
          <span key={v} className={`legend-item ${seriesOf(v)}`}>
            <span className="swatch" aria-hidden="true" /> {v}
          </span>
        ))}
        {voices.length > SERIES.length ? <span className="legend-item other">others in grey</span> : null}
      </figcaption>
    </figure>
  );
}

function PresenceHeatmap({ chapters }: { chapters: ChapterView[] }) {
  const rows = useMemo(() => {
    const totals = new Map<string, { name: string; total: number }>();
    for (const c of chapters)
      for (const ch of c.characters) {
        const entry = totals.get(ch.entityId) ?? { name: ch.name, total: 0 };
        entry.total += ch.named + ch.referred;
        totals.set(ch.entityId, entry);
      }
    return [...totals.entries()]
      .sort((a, b) => b[1].total - a[1].total)
      .slice(0, HEATMAP_ROWS)
      .map(([id, e]) => ({ id, name: e.name }));
  }, [chapters]);
  const max = Math.max(1, ...chapters.flatMap((c) => c.characters.map((ch) => ch.named + ch.referred)));
  if (rows.length === 0) return <Empty title="No characters found in these chapters yet." />;
  return (
    <div className="story-heatmap">
      <table className="table">
        <caption className="sr-only">Mentions of each character (by name or pronoun) per chapter</caption>
        <thead>
          <tr>
            <th scope="col">Character</th>
            {chapters.map((c) => (
              <th key={`${c.fileId}:${c.index}`} scope="col" title={chapterName(c)}>
                {c.index}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              {chapters.map((c) => {
                const ch = c.characters.find((x) => x.entityId === r.id);
                const n = ch ? ch.named + ch.referred : 0;
                const level = n === 0 ? 0 : Math.min(4, 1 + Math.floor((n / max) * 4));
                return (
                  <td
                    key={`${c.fileId}:${c.index}`}
                    className={`heat h${level}`}
                    title={`${r.name} in ${chapterName(c)}: ${n}`}
                  >
                    <span className="sr-only">{n}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Book = Books['books'][number];

function Timeline({
  events,
  chapters,
  bookOf,
}: {
  events: TimelineEvent[];
  chapters: ChapterView[];
  /** A series: the book each event's file is in, named before its chapter. */
  bookOf?: (fileId: string) => Book | undefined;
}) {
  const [order, setOrder] = useState<'narrative' | 'story'>('narrative');
  const group = useId();
  const sorted = [...events].sort((a, b) =>
    order === 'narrative' ? a.narrativeOrder - b.narrativeOrder : a.storyOrder - b.storyOrder,
  );
  const titleOf = (e: TimelineEvent) => {
    const c = chapters.find((x) => x.fileId === e.fileId && x.index === e.chapter);
    const chapter = c ? chapterName(c) : e.chapter === null ? '' : `Chapter ${e.chapter}`;
    const book = bookOf?.(e.fileId);
    if (!book) return chapter;
    return `Book ${book.number}, ${book.title}${chapter ? ` · ${chapter}` : ''}`;
  };
  const moved = events.filter((e) => e.narrativeOrder !== e.storyOrder).length;
  if (events.length === 0) return <Empty title="No dates or times found in the text yet." />;
  return (
    <>
      <fieldset className="row-form">
        <legend>Order</legend>
        <label>
          <input
            type="radio"
            name={group}
            checked={order === 'narrative'}
            onChange={() => setOrder('narrative')}
          />{' '}
          As the text tells it
        </label>
        <label>
          <input type="radio" name={group} checked={order === 'story'} onChange={() => setOrder('story')} />{' '}
          As it happened
        </label>
      </fieldset>
      <p className="small muted">
        {events.length} time expressions; {moved} told out of order (a flashback, a letter read later).
      </p>
      <ol className="story-timeline">
        {sorted.slice(0, 300).map((e) => (
          <li key={e.id}>
            <strong>{e.when.date ?? e.when.text}</strong>{' '}
            <span className="muted small">
              {titleOf(e)}
              {e.narrativeOrder !== e.storyOrder
                ? ` · told ${e.narrativeOrder}, happens ${e.storyOrder}`
                : ''}
            </span>
            <blockquote>{e.quote}</blockquote>
          </li>
        ))}
      </ol>
    </>
  );
}

function NarratorChoice({
  project,
  chapter,
  characters,
  changed,
}: {
  project: Project;
  chapter: ChapterView;
  characters: Array<{ entityId: string; name: string }>;
  changed: () => void;
}) {
  const params = { path: { projectId: project.id, fileId: chapter.fileId, chapter: chapter.index } };
  const url = '/v1/api/projects/{projectId}/files/{fileId}/chapters/{chapter}/narrator';
  const save = useAction(async (value: string) => {
    if (value === 'text') await unwrap(api.DELETE(url, { params }));
    else await unwrap(api.PUT(url, { params, body: { entityId: value === 'none' ? null : value } }));
    changed();
  });
  const current = !chapter.overridden
    ? 'text'
    : (chapter.narrators[0]?.entityId ?? (chapter.narrators.length === 0 ? 'none' : 'text'));
  return (
    <>
      <label className="sr-only" htmlFor={`narrator-${chapter.fileId}-${chapter.index}`}>
        Narrator of {chapterName(chapter)}
      </label>
      <select
        id={`narrator-${chapter.fileId}-${chapter.index}`}
        value={current}
        disabled={save.busy}
        onChange={(e) => save.run(e.target.value)}
      >
        <option value="text">As the text tells it</option>
        <option value="none">No narrator (third person)</option>
        {characters.map((c) => (
          <option key={c.entityId} value={c.entityId}>
            {c.name}
          </option>
        ))}
      </select>
      {save.error ? <ErrorNote error={save.error} /> : null}
    </>
  );
}

function ChapterTable({
  project,
  chapters,
  changed,
}: {
  project: Project;
  chapters: ChapterView[];
  changed: () => void;
}) {
  const characters = useMemo(() => {
    const byId = new Map<string, string>();
    for (const c of chapters) for (const ch of c.characters) byId.set(ch.entityId, ch.name);
    return [...byId.entries()]
      .map(([entityId, name]) => ({ entityId, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [chapters]);
  const editable = canEdit(project.access);
  return (
    <table className="table">
      <caption className="sr-only">Chapters with their length, scenes, dialogue and voice</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Chapter</th>
          <th scope="col">Words</th>
          <th scope="col">Scenes</th>
          <th scope="col">Dialogue</th>
          <th scope="col">Point of view</th>
          <th scope="col">Narrator or focal character</th>
          {editable ? <th scope="col">Set the narrator</th> : null}
        </tr>
      </thead>
      <tbody>
        {chapters.map((c) => (
          <tr key={`${c.fileId}:${c.index}`}>
            <td>{c.index}</td>
            <td>{chapterName(c)}</td>
            <td>{c.words.toLocaleString()}</td>
            <td>{c.scenes}</td>
            <td>{percent(c.dialogueShare)}</td>
            <td>{c.pov === 'first' ? 'first person' : c.pov === 'third' ? 'third person' : 'mixed'}</td>
            <td>
              {voiceOf(c)}
              {c.overridden ? <span className="badge">set by the author</span> : null}
            </td>
            {editable ? (
              <td>
                <NarratorChoice project={project} chapter={c} characters={characters} changed={changed} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WebImport({ project }: { project: Project }) {
  const [url, setUrl] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const submit = useAction(async (e: FormEvent) => {
    e.preventDefault();
    const reply = await unwrap(
      api.POST('/v1/api/projects/{projectId}/imports', {
        params: { path: { projectId: project.id } },
        body: { url },
      }),
    );
    setSaved(reply.source.title);
    setUrl('');
  });
  return (
    <form className="row-form" onSubmit={submit.run}>
      <label>
        Save a web page as a research note
        <input
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
        />
      </label>
      <button type="submit" className="btn" disabled={submit.busy}>
        Import
      </button>
      {saved ? <output className="small">Saved “{saved}” as a note.</output> : null}
      {submit.error ? <ErrorNote error={submit.error} /> : null}
    </form>
  );
}

/** The series: each book with its files, chapters, words and main characters; the author arranges them. */
function Series({ project, files }: { project: Project; files: FileSummary[] }) {
  const projectId = project.id;
  const books = useQuery({
    queryKey: ['projects', projectId, 'books'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/books', { params: { path: { projectId } }, signal })),
  });
  const nameOf = (id: string) => files.find((f) => f.id === id)?.name ?? id;
  return (
    <Async state={books} label="Reading the series">
      {(series) => (
        <>
          {series.books.length === 0 ? (
            <p className="muted">No books yet: put the manuscripts of a series into books below.</p>
          ) : (
            <table className="table">
              <caption className="sr-only">The books of the series</caption>
              <thead>
                <tr>
                  <th scope="col">Book</th>
                  <th scope="col">Title</th>
                  <th scope="col">Manuscripts</th>
                  <th scope="col">Chapters</th>
                  <th scope="col">Words</th>
                  <th scope="col">Main characters</th>
                </tr>
              </thead>
              <tbody>
                {series.books.map((b) => (
                  <tr key={b.number}>
                    <td>{b.number}</td>
                    <td>{b.title}</td>
                    <td>{b.fileIds.map(nameOf).join(', ')}</td>
                    <td>{b.chapters}</td>
                    <td>{b.words.toLocaleString()}</td>
                    <td>
                      {b.characters
                        .slice(0, 5)
                        .map((c) => c.name)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {series.books.length > 0 ? <SeriesTimeline project={project} books={series.books} /> : null}
          {canEdit(project.access) ? (
            <ArrangeBooks
              key={JSON.stringify(series.books.map((b) => [b.number, b.title, b.fileIds]))}
              project={project}
              files={files}
              series={series}
              saved={() => void books.refetch()}
            />
          ) : null}
        </>
      )}
    </Async>
  );
}

/** The timeline of the whole series: book 1's events before book 2's, dated events in date order across books. */
function SeriesTimeline({ project, books }: { project: Project; books: Book[] }) {
  const projectId = project.id;
  const story = useQuery({
    queryKey: ['projects', projectId, 'story', 'series', books.map((b) => b.fileIds)],
    queryFn: async ({ signal }) => {
      const params = { path: { projectId } };
      const [c, t] = await Promise.all([
        unwrap(api.GET('/v1/api/projects/{projectId}/chapters', { params, signal })),
        unwrap(api.GET('/v1/api/projects/{projectId}/timeline', { params, signal })),
      ]);
      return { chapters: c.chapters, events: t.events };
    },
  });
  const bookOf = (fileId: string) => books.find((b) => b.fileIds.includes(fileId));
  return (
    <section aria-labelledby="series-timeline-title" className="series-timeline">
      <h4 id="series-timeline-title">Timeline of the series</h4>
      <Async state={story} label="Reading the series' timeline">
        {({ chapters, events }) => (
          <Timeline events={events.filter((e) => bookOf(e.fileId))} chapters={chapters} bookOf={bookOf} />
        )}
      </Async>
    </section>
  );
}

function ArrangeBooks({
  project,
  files,
  series,
  saved,
}: {
  project: Project;
  files: FileSummary[];
  series: Books;
  saved: () => void;
}) {
  const slots = series.books.length + 1;
  const [titles, setTitles] = useState<Array<{ number: number; title: string }>>(() =>
    Array.from({ length: slots }, (_, i) => ({ number: i + 1, title: series.books[i]?.title ?? '' })),
  );
  const [placement, setPlacement] = useState<Record<string, number>>(() => {
    const at: Record<string, number> = {};
    for (const b of series.books) for (const id of b.fileIds) at[id] = b.number;
    return at;
  });
  const save = useAction(async (e: FormEvent) => {
    e.preventDefault();
    const books = titles
      .map((t) => ({
        title: t.title.trim() || `Book ${t.number}`,
        fileIds: files.filter((f) => placement[f.id] === t.number).map((f) => f.id),
      }))
      .filter((b) => b.fileIds.length > 0);
    await unwrap(
      api.PUT('/v1/api/projects/{projectId}/books', {
        params: { path: { projectId: project.id } },
        body: { books },
      }),
    );
    saved();
  });
  return (
    <form onSubmit={save.run} aria-label="Arrange the books">
      <fieldset>
        <legend>Book titles</legend>
        {titles.map((t) => (
          <label key={t.number}>
            Title of book {t.number}
            <input
              value={t.title}
              maxLength={200}
              onChange={(e) =>
                setTitles(titles.map((x) => (x.number === t.number ? { ...x, title: e.target.value } : x)))
              }
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Which book each manuscript belongs to</legend>
        {files.map((f) => (
          <label key={f.id}>
            Book of {f.name}
            <select
              value={placement[f.id] ?? 0}
              onChange={(e) => setPlacement({ ...placement, [f.id]: Number(e.target.value) })}
            >
              <option value={0}>In no book</option>
              {titles.map((t) => (
                <option key={t.number} value={t.number}>
                  {t.title.trim() || `Book ${t.number}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={save.busy}>
        Save the books
      </button>
      {save.error ? <ErrorNote error={save.error} /> : null}
    </form>
  );
}

export function StoryPage({ project }: { project: Project }) {
  const projectId = project.id;
  const files = useQuery({
    queryKey: [...keys.files(projectId), 'manuscript'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/files', {
          params: { path: { projectId }, query: { kind: 'manuscript' } },
          signal,
        }),
      ),
  });
  const [chosen, setChosen] = useState<string>('');
  const fileId = chosen || files.data?.files[0]?.id || '';
  const story = useQuery({
    queryKey: ['projects', projectId, 'story', fileId],
    queryFn: async ({ signal }) => {
      if (!fileId) return { chapters: [], events: [] };
      const params = { path: { projectId }, query: { fileId } };
      const [c, t] = await Promise.all([
        unwrap(api.GET('/v1/api/projects/{projectId}/chapters', { params, signal })),
        unwrap(api.GET('/v1/api/projects/{projectId}/timeline', { params, signal })),
      ]);
      return { chapters: c.chapters, events: t.events };
    },
  });
  const base = `/v1/api/projects/${project.id}`;
  return (
    <section className="story" aria-labelledby="story-title">
      <h2 id="story-title">The shape of the story</h2>
      <Async state={files} label="Finding the manuscripts">
        {({ files: list }) =>
          list.length === 0 ? (
            <Empty title="No manuscript yet.">Upload one under Manuscripts to see its chapters here.</Empty>
          ) : (
            <>
              <div className="row-form">
                <label>
                  Manuscript
                  <select value={fileId} onChange={(e) => setChosen(e.target.value)}>
                    {list.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.name}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="small">
                  Download: <a href={`${base}/files/${fileId}/export?format=docx`}>.docx</a> ·{' '}
                  <a href={`${base}/files/${fileId}/export?format=epub`}>.epub</a> ·{' '}
                  <a href={`${base}/files/${fileId}/export?format=md`}>Markdown</a> · story bible as{' '}
                  <a href={`${base}/export?format=markdown`}>Markdown</a> or{' '}
                  <a href={`${base}/export?format=json`}>JSON</a>
                </span>
              </div>
              <Async state={story} label="Reading the chapters">
                {({ chapters, events }) =>
                  chapters.length === 0 ? (
                    <Empty title="This manuscript has not been read yet.">
                      Its chapters appear here once its reading has finished.
                    </Empty>
                  ) : (
                    <>
                      <h3>Chapters</h3>
                      <ChapterStrip chapters={chapters} />
                      <ChapterTable
                        project={project}
                        chapters={chapters}
                        changed={() => void story.refetch()}
                      />
                      <h3>Who is where</h3>
                      <PresenceHeatmap chapters={chapters} />
                      <h3>Timeline</h3>
                      <Timeline events={events} chapters={chapters} />
                    </>
                  )
                }
              </Async>
            </>
          )
        }
      </Async>
      {files.data && files.data.files.length > 0 ? (
        <>
          <h3>Series</h3>
          <Series project={project} files={files.data.files} />
        </>
      ) : null}
      {canEdit(project.access) ? (
        <>
          <h3>Research</h3>
          <WebImport project={project} />
        </>
      ) : null}
    </section>
  );
}
