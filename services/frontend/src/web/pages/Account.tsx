import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api/client.ts';
import { dailyTotals } from '../lib/chart.ts';
import { keys } from '../lib/query.ts';
import { BarChart } from '../ui/charts.tsx';
import { Async, Empty, formatDate } from '../ui/common.tsx';
import { useSession } from '../ui/session.tsx';

export function AccountPage() {
  const { user } = useSession();
  const balance = useQuery({
    queryKey: keys.balance,
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/billing/balance', { signal })),
  });
  const usage = useQuery({
    queryKey: keys.usage,
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/billing/usage', { signal })),
  });
  return (
    <div className="page">
      <h1>Credits and usage</h1>
      <p className="muted">
        Signed in as {user.email} ({user.role})
      </p>
      <section className="card" aria-labelledby="balance-title">
        <h2 id="balance-title">Balance</h2>
        <Async state={balance} label="Loading your balance">
          {(a) => (
            <dl className="stats">
              <div>
                <dt>Available</dt>
                <dd>{a.available.toLocaleString()}</dd>
              </div>
              <div>
                <dt>Held for running requests</dt>
                <dd>{a.held.toLocaleString()}</dd>
              </div>
              {a.plan ? (
                <div>
                  <dt>Plan</dt>
                  <dd>{a.plan}</dd>
                </div>
              ) : null}
            </dl>
          )}
        </Async>
      </section>
      <section className="card" aria-labelledby="usage-title">
        <h2 id="usage-title">Usage, last 30 days</h2>
        <Async state={usage} label="Loading your usage">
          {({ usage: records }) => (
            <>
              <BarChart
                title="Credits used per day"
                bars={dailyTotals(records, 30).map((d) => ({ label: d.day.slice(5), value: d.total }))}
              />
              {records.length === 0 ? (
                <Empty title="No usage yet">
                  Answers from a configured model cost credits and appear here; the offline answerer is free.
                </Empty>
              ) : (
                <table className="table">
                  <caption className="sr-only">Recent usage</caption>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">What</th>
                      <th scope="col">Model</th>
                      <th scope="col">Credits</th>
                    </tr>
                  </thead>
                  <tbody>
                    {records.slice(0, 50).map((r) => (
                      <tr key={r.usageId}>
                        <td>{formatDate(r.createdAt)}</td>
                        <td>{r.purpose}</td>
                        <td>{r.model}</td>
                        <td>{r.charged.toLocaleString()}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </Async>
      </section>
    </div>
  );
}
