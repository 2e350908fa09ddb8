import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, done, unwrap } from '../../lib/api/client.ts';
import type { Lockout } from '../../lib/api/types.ts';
import { keys } from '../../lib/query.ts';
import { Async, Empty, ErrorNote, formatDate, useAction } from '../../ui/common.tsx';

const SCOPE_LABEL: Record<Lockout['scope'], string> = {
  account: 'Account',
  account_address: 'Account at an address',
  address: 'Address',
};

/** What lifting a row does: an account's lift also clears it at every address; else the address's. */
export function liftTarget(l: Lockout): { userId: string } | { address: string } | null {
  if (l.scope !== 'address' && l.userId) return { userId: l.userId };
  if (l.scope !== 'account' && l.address) return { address: l.address };
  return null;
}

const who = (l: Lockout) => l.email ?? (l.scope === 'address' ? '—' : 'an unknown account');

/** Operators: failed sign-ins counted or delayed (login throttling), and the lift. */
export function Lockouts() {
  const queryClient = useQueryClient();
  const [lifted, setLifted] = useState('');
  const lockouts = useQuery({
    queryKey: keys.admin('lockouts'),
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/admin/lockouts', { signal })),
  });
  const lift = useAction(async (l: Lockout) => {
    const target = liftTarget(l);
    if (!target) return;
    if ('userId' in target)
      await done(
        api.DELETE('/v1/api/admin/users/{userId}/lockout', { params: { path: { userId: target.userId } } }),
      );
    else
      await done(
        api.DELETE('/v1/api/admin/addresses/{address}/lockout', {
          params: { path: { address: target.address } },
        }),
      );
    setLifted(`Lifted for ${'userId' in target ? (l.email ?? 'the account') : target.address}.`);
    await queryClient.invalidateQueries({ queryKey: keys.admin('lockouts') });
  });
  return (
    <section className="card" aria-labelledby="lockouts-title">
      <div className="section-head">
        <h2 id="lockouts-title">Sign-in lock-outs</h2>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void lockouts.refetch()}
          disabled={lockouts.isFetching}
        >
          Refresh
        </button>
      </div>
      <p className="muted small">
        Failed sign-ins are counted per account, per address and per account at an address; past a few, each
        new try waits longer. Lifting forgets the failures and the wait.
      </p>
      {lifted ? (
        <p className="note note-ok" role="status">
          {lifted}
        </p>
      ) : null}
      {lift.error ? <ErrorNote error={lift.error} /> : null}
      <Async state={lockouts} label="Loading lock-outs">
        {({ lockouts: list }) =>
          list.length === 0 ? (
            <Empty title="No failed sign-ins">Nobody is locked out.</Empty>
          ) : (
            <table className="table">
              <caption className="sr-only">Accounts and addresses with failed sign-ins</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Account</th>
                  <th scope="col">Address</th>
                  <th scope="col">Failures</th>
                  <th scope="col">Waiting until</th>
                  <th scope="col">Lift</th>
                </tr>
              </thead>
              <tbody>
                {list.map((l) => {
                  const target = liftTarget(l);
                  const name = target && 'userId' in target ? (l.email ?? 'the account') : (l.address ?? '');
                  return (
                    <tr key={`${l.scope}:${l.userId ?? l.email ?? ''}:${l.address ?? ''}`}>
                      <td>{SCOPE_LABEL[l.scope]}</td>
                      <td>{who(l)}</td>
                      <td>{l.address ?? '—'}</td>
                      <td>{l.failures}</td>
                      <td>{l.delayedUntil ? formatDate(l.delayedUntil) : 'not delayed'}</td>
                      <td>
                        {target ? (
                          <button
                            type="button"
                            className="btn btn-small"
                            aria-label={`Lift the lock-out of ${name}`}
                            disabled={lift.busy}
                            onClick={() => void lift.run(l)}
                          >
                            Lift
                          </button>
                        ) : (
                          <span className="muted small">lift its address</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </Async>
    </section>
  );
}
