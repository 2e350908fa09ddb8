#!/usr/bin/env node
// `node tools/bin/together.mjs 'cmd one' 'cmd two' ...`: runs the shell commands at the same time
// and fails when any of them fails. `npm test` runs its checks after the build this way: each is
// single-threaded or short (typecheck:tests, lint, api:check, deps:check, the web app's bundle),
// so on two cores they take about as long together as the longest alone. Each command's output is
// held and printed whole when it ends, so the outputs never interleave. Plain Node, no dependencies.
import { spawn } from 'node:child_process';

/** Runs one shell command; resolves with its exit code and everything it printed. */
function run(command) {
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (err) => output.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const status = code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`;
      process.stdout.write(`> ${command}: ${status} in ${seconds} s\n${Buffer.concat(output).toString()}`);
      resolveRun(code ?? 1);
    });
  });
}

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error("usage: node tools/bin/together.mjs 'command' ['command' ...]");
  process.exit(2);
}
const codes = await Promise.all(commands.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
