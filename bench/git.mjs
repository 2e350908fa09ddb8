// Git Server figures: commit time for a one-paragraph edit of Pride and Prejudice, concurrent
// commit throughput on one project, and history listing for a project with 1,000 commits.
// Bounded loops, 127.0.0.1 only. Needs `npm run build` first (uses dist/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, serve, TOKEN, table } from './lib.mjs';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);
const EDITS = Number(process.env.BENCH_EDITS ?? 30);
const PRIDE = resolve(ROOT, '../shared/data/novels/1342_pride_and_prejudice.txt');
const author = { name: 'Bench', email: 'bench@example.com' };
const headers = { 'x-internal-token': TOKEN, 'content-type': 'application/json' };

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return {
    median: +s[Math.floor(s.length / 2)].toFixed(1),
    min: +s[0].toFixed(1),
    max: +s[s.length - 1].toFixed(1),
  };
};

async function api(path, body) {
  const res = await fetch(`${server.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function timed(n, fn) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

const dataDir = mkdtempSync(join(tmpdir(), 'george-bench-git-'));
const server = await serve('services/git/dist/app.js', WORKERS, { DATA_DIR: dataDir });
const rows = [];
try {
  const text = readFileSync(PRIDE, 'utf8');
  const paragraphs = text.split('\n\n');
  await api('/projects/novel/commits', {
    message: 'import',
    author,
    files: [{ path: 'pride.md', content: text }],
  });
  rows.push({
    what: `commit a one-paragraph edit of Pride and Prejudice (${(text.length / 1024).toFixed(0)} KiB file)`,
    ...(await timed(EDITS, async (i) => {
      const edited = [...paragraphs];
      const k = 100 + i * 37;
      edited[k] = `${edited[k]} (revised ${i})`;
      await api('/projects/novel/commits', {
        message: `edit ${i}`,
        author,
        files: [{ path: 'pride.md', content: edited.join('\n\n') }],
      });
    })),
  });
  rows.push({
    what: 'diff of that edit (unified + word counts)',
    ...(await timed(10, () => api('/projects/novel/diff'))),
  });

  // Concurrent commits: 8 clients, 10 commits each, to one project.
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let n = 0; n < 10; n++) {
        await api('/projects/busy/commits', {
          message: `w${w} n${n}`,
          author,
          files: [{ path: `w${w}.md`, content: `${n}\n` }],
        });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  rows.push({
    what: `80 concurrent commits to one project: ${(80 / seconds).toFixed(1)} commits/s`,
    median: '',
    min: '',
    max: '',
  });

  // A project with 1,000 commits: the first through the API, the rest appended with git fast-import.
  await api('/projects/long/commits', {
    message: 'start',
    author,
    files: [{ path: 'chapter-0.md', content: 'start\n' }],
  });
  const repo = join(dataDir, 'git', 'repos', 'long.git');
  let stream = '';
  for (let i = 1; i < 1000; i++) {
    const msg = `revision ${i}`;
    const content = `${paragraphs[i % paragraphs.length]}\n`;
    stream += `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_700_000_000 + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    if (i === 1) stream += 'from refs/heads/main^0\n';
    stream += `M 100644 inline chapter-${i % 10}.md\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], {
    input: stream,
    env: { PATH: process.env.PATH, GIT_DIR: repo },
  });
  const count = execFileSync('git', ['rev-list', '--count', 'main'], {
    env: { PATH: process.env.PATH, GIT_DIR: repo },
  });
  if (Number(count) !== 1000) throw new Error(`expected 1000 commits, got ${count}`);
  rows.push({
    what: 'history, 1,000 commits: first page (50)',
    ...(await timed(20, () => api('/projects/long/commits?limit=50'))),
  });
  rows.push({
    what: 'history, 1,000 commits: page at 950 (50)',
    ...(await timed(20, () => api('/projects/long/commits?limit=50&cursor=950'))),
  });
  rows.push({
    what: 'history, 1,000 commits: all 500 of one page',
    ...(await timed(10, () => api('/projects/long/commits?limit=500'))),
  });
  rows.push({
    what: 'history, 1,000 commits: one path (50)',
    ...(await timed(20, () => api('/projects/long/commits?limit=50&path=chapter-3.md'))),
  });
  console.log(`Git Server, ${WORKERS} workers, times in ms`);
  table(rows);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
