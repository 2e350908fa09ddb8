// GET /health through george-serve with 1, 2 and 4 workers, beside bare Fastify in one process.
import { forkScript, load, loadWithCpu, serve, TOKEN, table } from './lib.mjs';

const APP = 'services/git/dist/app.js';
const rows = [];

const bare = await forkScript('bench/bare-fastify.mjs');
await load({ url: `${bare.url}/health`, duration: 2 });
rows.push({
  server: 'bare Fastify (1 process)',
  ...(await loadWithCpu(bare.pid, { url: `${bare.url}/health` })),
});
await bare.stop();

const single = await forkScript('bench/runtime-app.mjs', {
  INTERNAL_SERVICE_TOKEN: TOKEN,
  LOG_LEVEL: 'info',
  NODE_ENV: 'production',
});
await load({ url: `${single.url}/health`, duration: 2 });
rows.push({
  server: 'runtime service, one process',
  ...(await loadWithCpu(single.pid, { url: `${single.url}/health` })),
});
await single.stop();

for (const workers of [1, 2, 4]) {
  const s = await serve(APP, workers);
  await load({ url: `${s.url}/health`, duration: 2 });
  rows.push({ server: `george-serve -w ${workers}`, ...(await load({ url: `${s.url}/health` })) });
  await s.stop();
}

table(rows);
const [bareRps, features, oneWorker] = rows.map((r) => r.rps);
const cost = (rps) => `${(100 * (1 - rps / bareRps)).toFixed(1)}%`;
console.log(`runtime features, one process: ${cost(features)} below bare Fastify's throughput`);
console.log(`george-serve -w 1 (supervisor added): ${cost(oneWorker)} below`);
const [bareCpu, featuresCpu] = rows.map((r) => r.cpuUsPerRequest);
console.log(
  `CPU per request, one process: bare ${bareCpu} µs, runtime ${featuresCpu} µs (+${featuresCpu - bareCpu} µs for the features)`,
);
