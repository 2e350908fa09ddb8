// GET /health through george-serve with 1, 2 and 4 workers, beside bare Fastify in one process.
import { forkScript, load, serve, table } from './lib.mjs';

const APP = 'services/git/dist/app.js';
const rows = [];

const bare = await forkScript('bench/bare-fastify.mjs');
await load({ url: `${bare.url}/health`, duration: 2 });
rows.push({ server: 'bare Fastify (1 process)', ...(await load({ url: `${bare.url}/health` })) });
await bare.stop();

for (const workers of [1, 2, 4]) {
  const s = await serve(APP, workers);
  await load({ url: `${s.url}/health`, duration: 2 });
  rows.push({ server: `george-serve -w ${workers}`, ...(await load({ url: `${s.url}/health` })) });
  await s.stop();
}

table(rows);
const baseline = rows[0].rps;
const one = rows[1].rps;
console.log(
  `runtime cost at one worker: ${(100 * (1 - one / baseline)).toFixed(1)}% of bare Fastify's throughput`,
);
