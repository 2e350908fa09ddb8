import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import client from 'prom-client';

/**
 * Prometheus metrics. Every worker records into prom-client's global registry; `/metrics` in a
 * george-serve worker asks the supervisor, which aggregates all workers (prom-client's
 * AggregatorRegistry) and adds its own figures, so one scrape sees the whole service.
 * Services define their own gauges with `metrics.Gauge` etc. (same global registry).
 */
export const metrics = client;

const HTTP_DURATION = 'http_request_duration_seconds';
// This package can be loaded twice into one process (two installed copies, or tests importing its
// source in a worker where other tests imported its build); prom-client's one registry refuses a
// second metric of a name, so a second copy uses the first one's.
const registered = client.register.getSingleMetric(HTTP_DURATION);
export const httpDuration =
  registered instanceof client.Histogram
    ? registered
    : new client.Histogram({
        name: HTTP_DURATION,
        help: 'HTTP requests by method, route and status, with their latency',
        labelNames: ['method', 'route', 'status_code'] as const,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      });

export const METRICS_REQUEST = 'george:metrics-request';
export const METRICS_RESPONSE = 'george:metrics-response';

/** The service's metrics in the Prometheus text format. */
export function metricsText(): Promise<string> {
  if (!cluster.isWorker || !process.send) return client.register.metrics();
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the supervisor did not answer the metrics request'));
    }, 6_000);
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; id?: string; text?: string };
      if (m.type !== METRICS_RESPONSE || m.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      resolve(m.text ?? '');
    };
    process.on('message', onMessage);
    process.send?.({ type: METRICS_REQUEST, id });
  });
}
