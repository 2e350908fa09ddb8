import { api } from '../lib/api.ts';
import { dailyTotals } from '../lib/chart.ts';
import { BarChart } from '../ui/charts.tsx';
import { Async, Empty, formatDate, useAsync } from '../ui/common.tsx';
import { useSession } from '../ui/session.tsx';

interface Account {
  balance?: number;
  held?: number;
  available?: number;
  plan?: string;
}
interface UsageRecord {
  usageId?: string;
  model: string;
  cost: number;
  charged?: number;
  purpose: string;
  createdAt: string | number;
  projectId?: string | null;
}

export function AccountPage() {
  const { user } = useSession();
  const balance = useAsync(async (signal) => {
    const b = await api.get<Account & { account?: Account }>('/billing/balance', { signal });
    return b.account ?? b;
  }, []);
  const usage = useAsync((signal) => api.get<{ usage: UsageRecord[] }>('/billing/usage', { signal }), []);
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
                <dd>{(a.available ?? a.balance ?? 0).toLocaleString()}</dd>
              </div>
              <div>
                <dt>Held for running requests</dt>
                <dd>{(a.held ?? 0).toLocaleString()}</dd>
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
                    {records.slice(0, 50).map((r, i) => (
                      <tr key={r.usageId ?? i}>
                        <td>{formatDate(String(r.createdAt))}</td>
                        <td>{r.purpose}</td>
                        <td>{r.model}</td>
                        <td>{(r.charged ?? r.cost).toLocaleString()}</td>
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
