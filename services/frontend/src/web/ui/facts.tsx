/**
 * An entity's facts on its sheet: what the text states about it, each with its passage (opening the
 * reader), and canon as of a chapter (what a reader knows by then); in a series, as of a book or a
 * chapter of a book, counted through the book's files as the API counts it.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import type { AnswerOf, Project } from '../lib/api/types.ts';
import { ErrorNote, Link, Spinner } from './common.tsx';

type Facts = AnswerOf<'/v1/api/projects/{projectId}/entities/{entityId}/facts', 'get'>;
export type Fact = Facts['facts'][number];

const KIND_LABEL: Record<Fact['kind'], string> = {
  eyes: 'Eyes',
  hair: 'Hair',
  height: 'Height',
  build: 'Build',
  limb: 'Limb',
  scar: 'Scar',
  complexion: 'Complexion',
  beauty: 'Looks',
  handedness: 'Handedness',
  age: 'Age',
  birth: 'Born',
  origin: 'From',
  residence: 'Lives in',
  occupation: 'Occupation',
  title: 'Title',
  relation: 'Relation',
  status: 'Status',
  count: 'Count',
};
/** Facts shown at first; the rest on demand. */
const FIRST = 25;

/** Where the reader has got to: a chapter, optionally of a book (without a chapter: the book's end). */
interface AsOf {
  book: number | null;
  chapter: number | null;
}
const WHOLE: AsOf = { book: null, chapter: null };
const encode = (a: AsOf) =>
  a.book === null && a.chapter === null ? '' : `${a.book ?? ''}:${a.chapter ?? ''}`;
function decode(value: string): AsOf {
  const [book = '', chapter = ''] = value.split(':');
  return { book: book === '' ? null : Number(book), chapter: chapter === '' ? null : Number(chapter) };
}
function describe(a: AsOf): string {
  if (a.book === null) return `chapter ${a.chapter}`;
  return a.chapter === null ? `the end of book ${a.book}` : `book ${a.book}, chapter ${a.chapter}`;
}

/**
 * A fact's words on the sheet. A relation's label is what the other is to this entity ("Her
 * father, Thomas Adair" on Ruth's sheet: "father: Thomas Adair").
 */
export function stated(f: Fact): string {
  if (f.kind === 'relation') return `${f.detail ?? f.value}${f.object ? `: ${f.object.name}` : ''}`;
  if (f.kind === 'count') return `${f.value} ${f.detail ?? ''}`.trim();
  if (f.kind === 'limb' || f.kind === 'scar') return `${f.value} ${f.detail ?? ''}`.trim();
  return f.detail && f.detail !== f.value ? `${f.value} (${f.detail})` : f.value;
}

function whose(f: Fact): string {
  if (f.voice === 'narration') return '';
  const who = f.speaker ? f.speaker.name : 'a character';
  return f.voice === 'speech' ? ` — said by ${who}` : ` — in ${who}'s account`;
}

export function FactsSection({ project, entityId }: { project: Project; entityId: string }) {
  const [asOf, setAsOf] = useState<AsOf>(WHOLE);
  const [all, setAll] = useState(false);
  const query = (at: AsOf) => ({
    queryKey: ['projects', project.id, 'entities', entityId, 'facts', at.book, at.chapter] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/entities/{entityId}/facts', {
          params: {
            path: { projectId: project.id, entityId },
            query: {
              ...(at.book === null ? {} : { asOfBook: at.book }),
              ...(at.chapter === null ? {} : { asOfChapter: at.chapter }),
            },
          },
          signal,
        }),
      ),
  });
  const books = useQuery({
    queryKey: ['projects', project.id, 'books'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/books', {
          params: { path: { projectId: project.id } },
          signal,
        }),
      ),
  });
  const series = books.data?.books ?? [];
  // The whole ledger gives the chapters to choose from (a single text); a series offers its books' chapters.
  const whole = useQuery(query(WHOLE));
  const shown = useQuery(query(asOf));
  const chapters = [
    ...new Set(
      (whole.data?.facts ?? []).flatMap((f) => (f.evidence.chapter === null ? [] : [f.evidence.chapter])),
    ),
  ].sort((a, b) => a - b);
  const facts = shown.data?.facts ?? [];
  return (
    <section aria-labelledby="facts-title">
      <div className="section-head">
        <h3 id="facts-title">Facts</h3>
        {series.length > 0 ? (
          <label className="small">
            As of{' '}
            <select value={encode(asOf)} onChange={(e) => setAsOf(decode(e.target.value))}>
              <option value="">the whole series</option>
              {series.map((b) => (
                <optgroup key={b.number} label={`Book ${b.number}: ${b.title}`}>
                  <option value={encode({ book: b.number, chapter: null })}>
                    the end of book {b.number}
                  </option>
                  {Array.from({ length: b.chapters }, (_, i) => i + 1).map((c) => (
                    <option key={c} value={encode({ book: b.number, chapter: c })}>
                      book {b.number}, chapter {c}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        ) : chapters.length > 1 ? (
          <label className="small">
            As of{' '}
            <select value={encode(asOf)} onChange={(e) => setAsOf(decode(e.target.value))}>
              <option value="">the whole text</option>
              {chapters.map((c) => (
                <option key={c} value={encode({ book: null, chapter: c })}>
                  chapter {c}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {shown.error ? <ErrorNote error={shown.error} retry={() => void shown.refetch()} /> : null}
      {shown.data === undefined ? (
        shown.error ? null : (
          <Spinner label="Reading the facts" />
        )
      ) : facts.length === 0 ? (
        <p className="muted small">
          {asOf.book === null && asOf.chapter === null ? 'None found.' : `None by ${describe(asOf)}.`}
        </p>
      ) : (
        <ul className="plain-list" aria-label="Facts with their passages">
          {(all ? facts : facts.slice(0, FIRST)).map((f) => (
            <li key={`${f.evidence.fileId}:${f.evidence.start}:${f.kind}:${f.value}`}>
              <span className="muted small">{KIND_LABEL[f.kind]}</span> {stated(f)}
              {f.change ? <span className="muted small"> (a change the text marks)</span> : null}
              <Link
                className="citation small"
                to={`/projects/${project.id}/manuscripts/${f.evidence.fileId}?start=${f.evidence.start}&end=${f.evidence.end}`}
              >
                “{f.evidence.quote}”
                <span className="muted">
                  {' '}
                  — {f.evidence.chapter === null ? 'the text' : `chapter ${f.evidence.chapter}`}
                  {whose(f)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {!all && facts.length > FIRST ? (
        <button type="button" className="btn btn-small" onClick={() => setAll(true)}>
          Show all {facts.length} facts
        </button>
      ) : null}
    </section>
  );
}
