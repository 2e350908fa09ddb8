import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import { canEdit, type Diff, type Project, type Version } from '../lib/api/types.ts';
import { type DiffLine, parseUnifiedDiff, sideBySide, wordDiff } from '../lib/diff.ts';
import { keys } from '../lib/query.ts';
import { Async, Empty, ErrorNote, formatDate, useAction } from '../ui/common.tsx';

function Words({ line, other }: { line: DiffLine; other: DiffLine | null }) {
  if (!other || line.kind === 'context') return <>{line.text || '\u00a0'}</>;
  const parts =
    line.kind === 'del' ? wordDiff(line.text, other.text).old : wordDiff(other.text, line.text).new;
  return (
    <>
      {parts.map((p, i) =>
        p.changed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
          <span key={i} className={line.kind === 'del' ? 'word-del' : 'word-add'}>
            {p.text}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

const LINE_BUDGET = 400;

const SIGN = { add: '+', del: '−', context: ' ' } as const;

export function DiffView({
  unified,
  mode,
  names,
}: {
  unified: string;
  mode: 'inline' | 'split';
  names: Map<string, string>;
}) {
  const [all, setAll] = useState(false);
  const parsed = parseUnifiedDiff(unified);
  const total = parsed.reduce((n, f) => n + f.hunks.reduce((m, h) => m + h.lines.length, 0), 0);
  // A whole novel added in one version is thousands of lines: the first few hundred, then a button.
  let budget = all ? Number.POSITIVE_INFINITY : LINE_BUDGET;
  const files = parsed.map((f) => ({
    ...f,
    hunks: f.hunks
      .map((h) => {
        const lines = h.lines.slice(0, Math.max(0, budget));
        budget -= lines.length;
        return { ...h, lines };
      })
      .filter((h) => h.lines.length > 0),
  }));
  if (files.length === 0) return <Empty title="No differences" />;
  const label = (path: string | null) => {
    const id = /([A-Za-z0-9_-]+)\.txt$/.exec(path ?? '')?.[1];
    return (id && names.get(id)) || path || 'file';
  };
  return (
    <div className="diff">
      {files.map((f, fi) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: files are positional in the diff
        <section key={fi} className="diff-file" aria-label={`Changes in ${label(f.newPath ?? f.oldPath)}`}>
          <h4>{label(f.newPath ?? f.oldPath)}</h4>
          {f.hunks.map((h, hi) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: hunks are positional
            <div key={hi} className="hunk">
              <div className="hunk-head">
                Lines {h.lines.find((l) => l.oldNo)?.oldNo ?? '–'} →{' '}
                {h.lines.find((l) => l.newNo)?.newNo ?? '–'}
              </div>
              {mode === 'inline' ? (
                <table className="diff-table">
                  <tbody>
                    {h.lines.map((l, li) => {
                      const prev = h.lines[li - 1];
                      const next = h.lines[li + 1];
                      const pair =
                        l.kind === 'del' && next?.kind === 'add'
                          ? next
                          : l.kind === 'add' && prev?.kind === 'del'
                            ? prev
                            : null;
                      return (
                        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
                        <tr key={li} className={`line-${l.kind}`}>
                          <td className="ln">{l.oldNo ?? ''}</td>
                          <td className="ln">{l.newNo ?? ''}</td>
                          <td
                            className="sign"
                            aria-label={l.kind === 'add' ? 'added' : l.kind === 'del' ? 'removed' : undefined}
                          >
                            {SIGN[l.kind]}
                          </td>
                          <td className="code">
                            <Words line={l} other={pair} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : (
                <table className="diff-table split">
                  <tbody>
                    {sideBySide(h).map((row, ri) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                      <tr key={ri}>
                        <td className="ln">{row.left?.oldNo ?? ''}</td>
                        <td className={`code ${row.left ? `line-${row.left.kind}` : 'line-none'}`}>
                          {row.left ? (
                            <Words line={row.left} other={row.left.kind === 'del' ? row.right : null} />
                          ) : null}
                        </td>
                        <td className="ln">{row.right?.newNo ?? ''}</td>
                        <td className={`code ${row.right ? `line-${row.right.kind}` : 'line-none'}`}>
                          {row.right ? (
                            <Words line={row.right} other={row.right.kind === 'add' ? row.left : null} />
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </section>
      ))}
      {total > LINE_BUDGET && !all ? (
        <button type="button" className="btn btn-small" onClick={() => setAll(true)}>
          Show all {total.toLocaleString()} lines
        </button>
      ) : null}
    </div>
  );
}

export function VersionsPage({ project }: { project: Project }) {
  const queryClient = useQueryClient();
  const projectId = project.id;
  const path = { projectId };
  const versions = useQuery({
    queryKey: keys.versions(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/versions', { params: { path, query: { limit: 100 } }, signal }),
      ),
  });
  const files = useQuery({
    queryKey: keys.allFiles(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/files', { params: { path, query: { kind: 'all' } }, signal }),
      ),
  });
  const names = new Map((files.data?.files ?? []).map((f) => [f.id, f.name]));
  const [selected, setSelected] = useState<Version | null>(null);
  const [mode, setMode] = useState<'inline' | 'split'>('inline');
  const [done, setDone] = useState('');
  const diff = useQuery({
    queryKey: [...keys.versions(projectId), 'diff', selected?.id ?? null],
    queryFn: ({ signal }): Promise<Diff | null> => {
      if (!selected) return Promise.resolve(null);
      const from = selected.parents[0];
      return unwrap(
        api.GET('/v1/api/projects/{projectId}/diff', {
          params: { path, query: { ...(from ? { from } : {}), to: selected.id } },
          signal,
        }),
      );
    },
  });
  const restore = useAction(async (v: Version) => {
    const r = await unwrap(
      api.POST('/v1/api/projects/{projectId}/versions/{versionId}/restore', {
        params: { path: { projectId, versionId: v.id } },
        body: {},
      }),
    );
    setDone(
      r.version
        ? `Restored ${r.restored.length} file${r.restored.length === 1 ? '' : 's'} to the version of ${formatDate(v.date)}.`
        : 'Nothing to restore: the files are already like this version.',
    );
    await queryClient.invalidateQueries({ queryKey: keys.project(projectId) });
  });
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      {done ? (
        <p className="note note-ok" role="status">
          {done}
        </p>
      ) : null}
      {restore.error ? <ErrorNote error={restore.error} /> : null}
      <div className="split-layout">
        <Async state={versions} label="Loading the history">
          {({ versions: list }) =>
            list.length === 0 ? (
              <Empty title="No versions yet">Every upload and edit is kept here.</Empty>
            ) : (
              <ol className="version-list" aria-label="History, newest first">
                {list.map((v) => (
                  <li key={v.id} className={selected?.id === v.id ? 'selected' : ''}>
                    <button
                      type="button"
                      className="version-button"
                      aria-pressed={selected?.id === v.id}
                      onClick={() => setSelected(v)}
                    >
                      <span className="version-message">{v.message}</span>
                      <span className="small muted">
                        {formatDate(v.date)} · {v.author.name} · {v.id.slice(0, 8)}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            )
          }
        </Async>
        <div className="diff-pane">
          {!selected ? (
            <Empty title="Choose a version">Its changes appear here, word by word.</Empty>
          ) : (
            <>
              <div className="section-head">
                <h3>{selected.message}</h3>
                <div className="actions">
                  <fieldset className="segmented">
                    <legend className="sr-only">Diff layout</legend>
                    <label>
                      <input
                        type="radio"
                        name="mode"
                        checked={mode === 'inline'}
                        onChange={() => setMode('inline')}
                      />{' '}
                      Inline
                    </label>
                    <label>
                      <input
                        type="radio"
                        name="mode"
                        checked={mode === 'split'}
                        onChange={() => setMode('split')}
                      />{' '}
                      Side by side
                    </label>
                  </fieldset>
                  {canEdit(project.access) ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={restore.busy}
                      onClick={() => void restore.run(selected)}
                    >
                      Restore this version
                    </button>
                  ) : null}
                </div>
              </div>
              <Async state={diff} label="Comparing">
                {(d) =>
                  d ? (
                    <>
                      <p className="small muted">
                        {d.wordsAdded} words added, {d.wordsRemoved} removed
                        {d.truncated ? ' (long diff cut short)' : ''}
                      </p>
                      <DiffView unified={d.unified} mode={mode} names={names} />
                    </>
                  ) : null
                }
              </Async>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
