import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, done, unwrap } from '../lib/api/client.ts';
import { keys } from '../lib/query.ts';
import { ErrorNote, formatDate, useAction } from '../ui/common.tsx';

/** Invitations to other people's projects: nobody joins a project until they accept here. */
export function InvitationsForYou() {
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: keys.myInvitations,
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/invitations', { signal })),
  });
  const answered = async () => {
    await queryClient.invalidateQueries({ queryKey: keys.myInvitations });
    await queryClient.invalidateQueries({ queryKey: keys.projects });
  };
  const accept = useAction(async (invitationId: string) => {
    await unwrap(
      api.POST('/v1/api/invitations/{invitationId}/accept', { params: { path: { invitationId } } }),
    );
    await answered();
  });
  const decline = useAction(async (invitationId: string) => {
    await done(
      api.POST('/v1/api/invitations/{invitationId}/decline', { params: { path: { invitationId } } }),
    );
    await answered();
  });
  const open = invitations.data?.invitations ?? [];
  if (open.length === 0 && !accept.error && !decline.error) return null;
  return (
    <section className="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations for you</h2>
      {accept.error || decline.error ? <ErrorNote error={accept.error ?? decline.error} /> : null}
      <ul className="plain-list">
        {open.map((i) => (
          <li key={i.id}>
            <strong>{i.projectName}</strong>{' '}
            <span className="muted">
              ({i.level} access, invited {formatDate(i.createdAt)})
            </span>{' '}
            <button
              type="button"
              className="btn btn-small btn-primary"
              aria-label={`Accept the invitation to ${i.projectName}`}
              disabled={accept.busy}
              onClick={() => void accept.run(i.id)}
            >
              Accept
            </button>{' '}
            <button
              type="button"
              className="btn btn-small"
              aria-label={`Decline the invitation to ${i.projectName}`}
              disabled={decline.busy}
              onClick={() => void decline.run(i.id)}
            >
              Decline
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
