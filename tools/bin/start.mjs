#!/usr/bin/env node
// `npm start` (and `npm run dev`) on any clone: installs what is missing, builds with progress, then
// runs `george up` (which installs the embedding model on its first run). Plain Node without dependencies, because it runs before node_modules exists.
//   npm start                the stack in production mode
//   npm start -- --neo4j     also builds the Neo4j launcher (tools/neo4j) when it is missing
//   npm run dev              the stack in development mode (hot reload)
import { spawn } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installMismatches } from './dependencies.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const neo4j = args.includes('--neo4j') || process.env.GEORGE_NEO4J === '1';
const say = (line) => console.log(`george: ${line}`);

/**
 * Runs a command in the repository; `onLine` sees each output line (else the output is shown as
 * it comes). A line every 15 s tells that a long step is still working.
 */
function run(label, command, commandArgs, onLine) {
  const started = Date.now();
  say(`${label}...`);
  const ticker = setInterval(() => say(`  ${label}: ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: onLine ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const lines = [];
    if (onLine) {
      let rest = '';
      const take = (chunk) => {
        const text = rest + chunk.toString();
        const parts = text.split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          onLine(line);
        }
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
    }
    child.on('error', rejectRun);
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) {
        say(`${label}: done in ${Math.round((Date.now() - started) / 1000)} s`);
        resolveRun();
      } else {
        // What the step printed explains the failure; show it whole.
        if (onLine) console.error(lines.join('\n'));
        rejectRun(new Error(`${label} failed (exit ${code})`));
      }
    });
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function main() {
  const mismatches = installMismatches(root);
  if (mismatches.length > 0) {
    say(
      `node_modules differs from package-lock.json (${mismatches.length} packages, first ${mismatches[0]})`,
    );
    await run('installing npm dependencies (npm ci, a few minutes the first time)', npm, [
      'ci',
      '--no-audit',
      '--no-fund',
    ]);
  }
  // Idempotent: nothing to do when the launcher is built already.
  if (neo4j) {
    await run('building the Neo4j launcher (Maven)', 'bash', ['tools/neo4j/build.sh']);
  }
  await run(
    'compiling TypeScript',
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json', '--verbose'],
    (line) => {
      const building = /Building project '([^']+)'/.exec(line);
      if (building?.[1]) say(`  ${relative(root, dirname(building[1])) || '.'}`);
    },
  );
  await run('bundling the web app', npm, ['run', 'build', '--silent', '-w', '@george/frontend'], () => {});
  const child = spawn(
    process.execPath,
    [join(root, 'tools/bin/george.js'), 'up', ...(dev ? ['--dev'] : [])],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  // Ctrl-C reaches both processes; SIGTERM from a supervisor is passed on.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err) => {
  console.error(`george: ${err.message}`);
  process.exit(1);
});
