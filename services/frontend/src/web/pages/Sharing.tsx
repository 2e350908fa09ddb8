import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, done, unwrap } from '../lib/api/client.ts';
import { canAdmin, type Level, type Project } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';
import { Async, Empty, ErrorNote, formatDate, useAction } from '../ui/common.tsx';

const LEVELS: [Exclude<Level, 'owner'>, string][] = [
  ['read', 'Can read'],
  ['comment', 'Can comment'],
  ['edit', 'Can edit'],
  ['admin', 'Can manage sharing'],
];
const grantable = (value: string) => LEVELS.find(([level]) => level === value)?.[0];

export function SharingPage({ project }: { project: Project }) {
  const queryClient = useQueryClient();
  const projectId = project.id;
  const members = useQuery({
    queryKey: keys.members(projectId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/projects/{projectId}/members', { params: { path: { projectId } }, signal })),
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: keys.members(projectId) });
  const manage = canAdmin(project.access);
  const [email, setEmail] = useState('');
  const [level, setLevel] = useState<Exclude<Level, 'owner'>>('read');
  const add = useAction(async () => {
    await unwrap(
      api.POST('/v1/api/projects/{projectId}/members', {
        params: { path: { projectId } },
        body: { email: email.trim(), level },
      }),
    );
    setEmail('');
    await reload();
  });
  const change = useAction(async (userId: string, next: Exclude<Level, 'owner'>) => {
    await unwrap(
      api.PATCH('/v1/api/projects/{projectId}/members/{userId}', {
        params: { path: { projectId, userId } },
        body: { level: next },
      }),
    );
    await reload();
  });
  const remove = useAction(async (userId: string) => {
    await done(
      api.DELETE('/v1/api/projects/{projectId}/members/{userId}', {
        params: { path: { projectId, userId } },
      }),
    );
    await reload();
  });
  return (
    <section aria-labelledby="sharing-title">
      <h2 id="sharing-title">Sharing</h2>
      {manage ? (
        <form
          className="card row-form"
          aria-label="Share this project"
          onSubmit={(e) => {
            e.preventDefault();
            void add.run();
          }}
        >
          <label className="grow">
            Email of a George user
            <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label>
            Access
            <select value={level} onChange={(e) => setLevel(grantable(e.target.value) ?? 'read')}>
              {LEVELS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary" disabled={add.busy}>
            Share
          </button>
        </form>
      ) : (
        <p className="muted">Only the owner and people who manage sharing can change who has access.</p>
      )}
      {add.error || change.error || remove.error ? (
        <ErrorNote error={add.error ?? change.error ?? remove.error} />
      ) : null}
      <Async state={members} label="Loading members">
        {({ members: list }) =>
          list.length === 0 ? (
            <Empty title="Only you">Nobody else has access to this project yet.</Empty>
          ) : (
            <table className="table">
              <caption className="sr-only">People with access</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Access</th>
                  <th scope="col">Since</th>
                  {manage ? <th scope="col">Remove</th> : null}
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.userId}>
                    <td>
                      {m.name || m.email}
                      {m.name ? <span className="muted small"> {m.email}</span> : null}
                    </td>
                    <td>
                      {manage && m.level !== 'owner' ? (
                        <select
                          aria-label={`Access of ${m.email}`}
                          value={m.level}
                          onChange={(e) => {
                            const next = grantable(e.target.value);
                            if (next) void change.run(m.userId, next);
                          }}
                        >
                          {LEVELS.map(([v, l]) => (
                            <option key={v} value={v}>
                              {l}
                            </option>
                          ))}
                        </select>
                      ) : (
                        m.level
                      )}
                    </td>
                    <td>{formatDate(m.grantedAt)}</td>
                    {manage ? (
                      <td>
                        {m.level !== 'owner' ? (
                          <button
                            type="button"
                            className="btn btn-small btn-danger"
                            aria-label={`Remove ${m.email}`}
                            onClick={() => void remove.run(m.userId)}
                          >
                            Remove
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Async>
    </section>
  );
}
