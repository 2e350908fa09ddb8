import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import type { Role } from '../lib/api/types.ts';
import { keys } from '../lib/query.ts';
import { Async, ErrorNote, formatDate, Link, useAction } from '../ui/common.tsx';
import { Lockouts } from './admin/Lockouts.tsx';

const ROLES: [Role, string][] = [
  ['author', 'Author'],
  ['guest', 'Guest (reads what is shared)'],
  ['operator', 'Operator'],
];

const TABS = [
  ['invites', 'Invites'],
  ['users', 'Users'],
  ['costs', 'Costs'],
  ['status', 'Service status'],
  ['lockouts', 'Lock-outs'],
] as const;

function Invites() {
  const [role, setRole] = useState<Role>('author');
  const [uses, setUses] = useState(1);
  const [codes, setCodes] = useState<{ code: string; role: Role }[]>([]);
  const create = useAction(async () => {
    const r = await unwrap(api.POST('/v1/api/admin/invites', { body: { role, uses } }));
    setCodes([{ code: r.code, role }, ...codes]);
  });
  return (
    <section className="card" aria-labelledby="invites-title">
      <h2 id="invites-title">Invite someone</h2>
      <form
        className="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
      >
        <label>
          Role
          <select
            value={role}
            onChange={(e) => setRole(ROLES.find(([r]) => r === e.target.value)?.[0] ?? 'author')}
          >
            {ROLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Uses
          <input
            type="number"
            min={1}
            max={10000}
            value={uses}
            onChange={(e) => setUses(Number(e.target.value) || 1)}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={create.busy}>
          Create invite code
        </button>
      </form>
      {create.error ? <ErrorNote error={create.error} /> : null}
      {codes.length > 0 ? (
        <ul className="plain-list" aria-label="New invite codes">
          {codes.map((c) => (
            <li key={c.code}>
              <code className="invite-code">{c.code}</code>{' '}
              <span className="muted small">({c.role}; shown once)</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">Codes are shown once, when created; George keeps only their hash.</p>
      )}
    </section>
  );
}

function Users() {
  const users = useQuery({
    queryKey: keys.admin('users'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/v1/api/admin/users', { params: { query: { limit: 500 } }, signal })),
  });
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <Async state={users} label="Loading users">
        {({ users: list, total }) => (
          <table className="table">
            <caption className="small muted">{total} users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.id}>
                  <td>{u.name || '—'}</td>
                  <td>{u.email}</td>
                  <td>{u.role}</td>
                  <td>{formatDate(u.createdAt)}</td>
                  <td>{u.disabled ? 'disabled' : 'active'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
    </section>
  );
}

function Costs() {
  const costs = useQuery({
    queryKey: keys.admin('costs'),
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/admin/costs', { signal })),
  });
  return (
    <section className="card" aria-labelledby="costs-title">
      <h2 id="costs-title">Costs</h2>
      <Async state={costs} label="Loading costs">
        {(f) => (
          <>
            <dl className="stats">
              <div>
                <dt>Accounts</dt>
                <dd>{f.accounts.total}</dd>
              </div>
              <div>
                <dt>Credits in circulation</dt>
                <dd>{f.credits.inCirculation}</dd>
              </div>
              <div>
                <dt>Held</dt>
                <dd>{f.credits.held}</dd>
              </div>
              <div>
                <dt>Available</dt>
                <dd>{f.credits.available}</dd>
              </div>
            </dl>
            <h3>Model usage</h3>
            {f.usage.length === 0 ? (
              <p className="muted">No model calls yet: the offline answerer is free.</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Model</th>
                    <th scope="col">Calls</th>
                    <th scope="col">Input tokens</th>
                    <th scope="col">Output tokens</th>
                    <th scope="col">Cost</th>
                    <th scope="col">Charged</th>
                  </tr>
                </thead>
                <tbody>
                  {f.usage.map((u) => (
                    <tr key={u.model}>
                      <th scope="row">{u.model}</th>
                      <td>{u.calls}</td>
                      <td>{u.inputTokens}</td>
                      <td>{u.outputTokens}</td>
                      <td>{u.cost}</td>
                      <td>{u.charged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Async>
    </section>
  );
}

function Status() {
  const status = useQuery({
    queryKey: keys.admin('status'),
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/status/services', { signal })),
  });
  return (
    <section className="card" aria-labelledby="status-title">
      <div className="section-head">
        <h2 id="status-title">Service status</h2>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void status.refetch()}
          disabled={status.isFetching}
        >
          Refresh
        </button>
      </div>
      <Async state={status} label="Asking every service">
        {({ ok, services }) => (
          <>
            <p className={ok ? 'badge badge-ok' : 'badge badge-warn'}>
              {ok ? 'All services ready' : 'Some services are not ready'}
            </p>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Health</th>
                  <th scope="col">Ready</th>
                  <th scope="col">Checks</th>
                  <th scope="col">Latency</th>
                </tr>
              </thead>
              <tbody>
                {services.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <span className={s.health === 'ok' ? 'dot dot-ok' : 'dot dot-bad'} aria-hidden="true" />{' '}
                      {s.health}
                    </td>
                    <td>{s.ready ? 'ready' : 'not ready'}</td>
                    <td className="small">
                      {Object.entries(s.checks)
                        .map(([k, v]) => `${k}: ${v}`)
                        .join(', ') || '—'}
                    </td>
                    <td>{s.latencyMs} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Async>
    </section>
  );
}

export function AdminPage({ tab }: { tab: string }) {
  return (
    <div className="page">
      <h1>Operators</h1>
      <nav className="tabs" aria-label="Operator sections">
        {TABS.map(([key, label]) => (
          <Link key={key} to={`/admin/${key}`} aria-current={tab === key ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      {tab === 'users' ? (
        <Users />
      ) : tab === 'costs' ? (
        <Costs />
      ) : tab === 'status' ? (
        <Status />
      ) : tab === 'lockouts' ? (
        <Lockouts />
      ) : (
        <Invites />
      )}
    </div>
  );
}
