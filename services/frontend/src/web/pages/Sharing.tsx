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
  const manage = canAdmin(project.access);
  const invitations = useQuery({
    queryKey: keys.projectInvitations(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/v1/api/projects/{projectId}/invitations', { params: { path: { projectId } }, signal }),
      ),
    enabled: manage,
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: keys.members(projectId) });
  const reloadInvitations = () =>
    queryClient.invalidateQueries({ queryKey: keys.projectInvitations(projectId) });
  const [email, setEmail] = useState('');
  const [level, setLevel] = useState<Exclude<Level, 'owner'>>('read');
  const [invited, setInvited] = useState('');
  const invite = useAction(async () => {
    const address = email.trim();
    await unwrap(
      api.POST('/v1/api/projects/{projectId}/invitations', {
        params: { path: { projectId } },
        body: { email: address, level },
      }),
    );
    setEmail('');
    setInvited(address);
    await reloadInvitations();
  });
  const cancel = useAction(async (invitationId: string) => {
    await done(
      api.DELETE('/v1/api/projects/{projectId}/invitations/{invitationId}', {
        params: { path: { projectId, invitationId } },
      }),
    );
    await reloadInvitations();
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
            void invite.run();
          }}
        >
          <label className="grow">
            Email of the person to invite
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
          <button type="submit" className="btn btn-primary" disabled={invite.busy}>
            Invite
          </button>
        </form>
      ) : (
        <p className="muted">Only the owner and people who manage sharing can change who has access.</p>
      )}
      {invited ? (
        <p className="muted" role="status">
          {invited} is invited: they join when they accept the invitation, from their projects page once they
          have an account.
        </p>
      ) : null}
      {invite.error || cancel.error || change.error || remove.error ? (
        <ErrorNote error={invite.error ?? cancel.error ?? change.error ?? remove.error} />
      ) : null}
      {manage ? (
        <Async state={invitations} label="Loading invitations">
          {({ invitations: open }) =>
            open.length === 0 ? null : (
              <table className="table table-spaced">
                <caption className="table-title">Invited, not yet accepted</caption>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Access</th>
                    <th scope="col">Invited</th>
                    <th scope="col">Cancel</th>
                  </tr>
                </thead>
                <tbody>
                  {open.map((i) => (
                    <tr key={i.id}>
                      <td>{i.email}</td>
                      <td>{i.level}</td>
                      <td>{formatDate(i.createdAt)}</td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-label={`Cancel the invitation of ${i.email}`}
                          onClick={() => void cancel.run(i.id)}
                        >
                          Cancel
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Async>
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
