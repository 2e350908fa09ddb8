// Auth Server figures: access-token verifications per second from the JWKS (as the backend will
// verify: jose with a local key set and with a remote one), and logins per second with the
// production argon2id cost (the defaults: 19456 KiB, 2 passes, 1 lane). Bounded loops, 127.0.0.1 only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import { serve, TOKEN, table } from './lib.mjs';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const VERIFICATIONS = 20_000;
const LOGINS = 200;
const LOGIN_CONCURRENCY = 8;

const dataDir = mkdtempSync(join(tmpdir(), 'george-bench-auth-'));
const server = await serve('services/auth/dist/app.js', WORKERS, {
  DATA_DIR: dataDir,
  // Only the invite limit is lifted (one client signs up every account); logins succeed, and the
  // throttle counts only failures. The argon2 cost is production's.
  INVITE_CHECKS_PER_ADDRESS: '100000',
  BILLING_SERVER_URL: 'http://127.0.0.1:9',
});

async function api(method, path, body) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'x-internal-token': TOKEN, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const rows = [];
try {
  const { code } = await api('POST', '/internal/invites', { role: 'author', uses: LOGIN_CONCURRENCY });
  // One account per client: concurrent checks on one account are capped by the lock-out slots.
  const accounts = Array.from({ length: LOGIN_CONCURRENCY }, (_, i) => ({
    email: `bench-${i}@example.com`,
    password: 'bench password 1',
  }));
  let token;
  for (const credentials of accounts) {
    const session = await api('POST', '/internal/users/register', { ...credentials, inviteCode: code });
    token = session.accessToken;
  }
  const options = { algorithms: ['EdDSA'], issuer: 'george-auth', audience: 'george' };

  // 1. Verification with a local key set (the JWKS fetched once).
  const jwks = await (await fetch(`${server.url}/.well-known/jwks.json`)).json();
  const local = createLocalJWKSet(jwks);
  await jwtVerify(token, local, options);
  let start = performance.now();
  for (let i = 0; i < VERIFICATIONS; i++) await jwtVerify(token, local, options);
  let seconds = (performance.now() - start) / 1000;
  rows.push({
    measure: 'JWKS verify (createLocalJWKSet), 1 core',
    perSecond: Math.round(VERIFICATIONS / seconds),
  });

  // 2. Verification with createRemoteJWKSet (cached after the first fetch, as a long-lived backend).
  const remote = createRemoteJWKSet(new URL(`${server.url}/.well-known/jwks.json`));
  await jwtVerify(token, remote, options);
  start = performance.now();
  for (let i = 0; i < VERIFICATIONS; i++) await jwtVerify(token, remote, options);
  seconds = (performance.now() - start) / 1000;
  rows.push({
    measure: 'JWKS verify (createRemoteJWKSet), 1 core',
    perSecond: Math.round(VERIFICATIONS / seconds),
  });

  // 3. One argon2id hash with the production cost, in this process.
  const HASHES = 20;
  start = performance.now();
  for (let i = 0; i < HASHES; i++)
    await hash(`password ${i}`, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const hashMs = (performance.now() - start) / HASHES;
  rows.push({
    measure: 'argon2id hash (19456 KiB, t=2, p=1), ms each',
    perSecond: Math.round(1000 / hashMs),
    ms: Number(hashMs.toFixed(1)),
  });

  // 4. Logins over HTTP (limit checks, argon2 verify, refresh token, signing).
  let done = 0;
  let failures = 0;
  start = performance.now();
  await Promise.all(
    Array.from({ length: LOGIN_CONCURRENCY }, async (_, lane) => {
      while (done < LOGINS) {
        done += 1;
        try {
          await api('POST', '/internal/sessions/login', {
            ...accounts[lane],
            clientAddress: `10.0.0.${lane}`,
          });
        } catch (err) {
          failures += 1;
          if (failures === 1) console.error(String(err));
        }
      }
    }),
  );
  seconds = (performance.now() - start) / 1000;
  rows.push({
    measure: `logins over HTTP, george-serve -w ${WORKERS}, ${LOGIN_CONCURRENCY} clients`,
    perSecond: Math.round(LOGINS / seconds),
    ms: Number(((seconds * 1000 * LOGIN_CONCURRENCY) / LOGINS).toFixed(1)),
    failures,
  });

  // 5. The JWKS route itself.
  const FETCHES = 2000;
  start = performance.now();
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let i = 0; i < FETCHES / 10; i++)
        await (await fetch(`${server.url}/.well-known/jwks.json`)).arrayBuffer();
    }),
  );
  seconds = (performance.now() - start) / 1000;
  rows.push({ measure: `GET /.well-known/jwks.json, 10 clients`, perSecond: Math.round(FETCHES / seconds) });
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
table(rows);
