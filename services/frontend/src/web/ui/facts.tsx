/**
 * An entity's facts on its sheet: what the text states about it, each with its passage (opening the
 * reader), and canon as of a chapter (what a reader knows by then).
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import type { AnswerOf, Project } from '../lib/api/types.ts';
import { ErrorNote, Link, Spinner } from './common.tsx';

type Facts = AnswerOf<'/v1/api/projects/{projectId}/entities/{entityId}/facts', 'get'>;
type Fact = Facts['facts'][number];

const KIND_LABEL: Record<Fact['kind'], string> = {
  eyes: 'Eyes',
  hair: 'Hair',
  height: 'Height',
  build: 'Build',
  limb: 'Limb',
  scar: 'Scar',
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

function stated(f: Fact): string {
  if (f.kind === 'relation') return `${f.detail ?? f.value}${f.object ? ` of ${f.object.name}` : ''}`;
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
  const [asOf, setAsOf] = useState<number | null>(null);
  const [all, setAll] = useState(false);
  const query = (asOfChapter: number | null) => ({
    queryKey: ['projects', project.id, 'entities', entityId, 'facts', asOfChapter] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/entities/{entityId}/facts', {
          params: {
            path: { projectId: project.id, entityId },
            query: asOfChapter === null ? {} : { asOfChapter },
          },
          signal,
        }),
      ),
  });
  // The whole ledger gives the chapters to choose from; the selection gives what is shown.
  const whole = useQuery(query(null));
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
        {chapters.length > 1 ? (
          <label className="small">
            As of{' '}
            <select
              value={asOf === null ? '' : String(asOf)}
              onChange={(e) => setAsOf(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">the whole text</option>
              {chapters.map((c) => (
                <option key={c} value={c}>
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
        <p className="muted small">{asOf === null ? 'None found.' : `None by chapter ${asOf}.`}</p>
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
