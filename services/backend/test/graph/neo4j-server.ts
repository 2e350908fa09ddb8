/**
 * A real Neo4j 5 (Community, from Maven Central) for the graph tests: builds tools/neo4j when
 * needed, starts its launcher on a free port with a new data directory and a random password,
 * waits for the ready line, and stops it (SIGTERM, clean shutdown) when asked.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort, REPO_ROOT, runToExit, tempDir } from '@george/runtime/testing';

export const NEO4J_TOOL_DIR = join(REPO_ROOT, 'tools/neo4j');

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  /** Milliseconds from spawn to the ready line. */
  startupMs: number;
  output(): string;
  /** SIGTERM, then waits for the exit; resolves with the exit code or signal. */
  stop(): Promise<number | string>;
  /** Closes Neo4j's standard input, as the death of this process would. */
  endInput(): void;
  /** Resolves with the exit code or signal once the process ends. */
  exited: Promise<number | string>;
}

/** Runs tools/neo4j/build.sh (a no-op when already built; the first run downloads from Maven Central). */
export async function buildNeo4j(): Promise<void> {
  const result = await runToExit('bash', [join(NEO4J_TOOL_DIR, 'build.sh')], { timeoutMs: 600_000 });
  if (result.code !== 0) {
    throw new Error(`tools/neo4j/build.sh failed (${result.code}): ${result.stderr.slice(-2000)}`);
  }
}

export interface StartNeo4jOptions {
  timeoutMs?: number;
  /** An existing data directory, kept on stop (default: a new temporary one, removed on stop). */
  dataDir?: string;
  /** Default: a random one. Only applied when the data directory is new. */
  password?: string;
}

export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  await buildNeo4j();
  const port = await freePort();
  const data = options.dataDir ? { path: options.dataDir, remove: () => {} } : tempDir('george-neo4j-');
  const password = options.password ?? `pw-${randomBytes(12).toString('hex')}`;
  const started = Date.now();
  // run.sh execs the JVM, so the SIGTERM of stop() reaches Neo4j itself. A small heap and a quick
  // JIT: these are short runs on a shared two-core machine.
  const proc: ChildProcess = spawn(
    'bash',
    [join(NEO4J_TOOL_DIR, 'run.sh'), '--port', String(port), '--data', data.path, '--exit-with-stdin'],
    {
      env: {
        ...process.env,
        NEO4J_PASSWORD: password,
        NEO4J_JAVA_OPTS: '-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1',
        NEO4J_PAGECACHE: '64m',
      },
      // stdin stays open while this process lives: if it dies, Neo4j sees the end and stops.
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    proc.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Neo4j did not start in time: ${output.slice(-2000)}`)),
      options.timeoutMs ?? 180_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('neo4j ready bolt://')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (${code}) before it was ready: ${output.slice(-2000)}`));
    });
  });
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
    const killer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    const result = await exited;
    clearTimeout(killer);
    data.remove();
    return result;
  };
  try {
    await ready;
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    startupMs: Date.now() - started,
    output: () => output,
    stop,
    endInput: () => {
      proc.stdin?.end();
    },
    exited,
  };
}
