import { join } from 'node:path';
import {
  freePort,
  REPO_ROOT,
  type RunningProcess,
  sleep,
  startProcess,
  tempDir,
} from '@george/runtime/testing';

export interface ChromaServer {
  url: string;
  port: number;
  path: string;
  process: RunningProcess;
  stop(): Promise<void>;
  /** Stops the server and starts a new one on the same port and data directory. */
  restart(): Promise<void>;
  remove(): Promise<void>;
}

const CHROMA_BIN = join(REPO_ROOT, 'node_modules/chromadb/dist/cli.mjs');

async function waitForHeartbeat(url: string, proc: RunningProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.proc.exitCode !== null) throw new Error(`chroma exited: ${proc.output().stderr.slice(-1000)}`);
    try {
      const res = await fetch(`${url}/api/v2/heartbeat`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error('chroma did not start');
}

/** A real Chroma server (the chromadb package's `chroma run`) on a free port in a temporary directory. */
export async function startChroma(): Promise<ChromaServer> {
  const dir = tempDir('george-chroma-');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const launch = () =>
    startProcess(
      process.execPath,
      [CHROMA_BIN, 'run', '--path', dir.path, '--host', '127.0.0.1', '--port', String(port)],
      { ...process.env },
      port,
    );
  const server: ChromaServer = {
    url,
    port,
    path: dir.path,
    process: launch(),
    async stop() {
      await server.process.stop('SIGTERM');
    },
    async restart() {
      await server.process.stop('SIGTERM');
      server.process = launch();
      await waitForHeartbeat(url, server.process);
    },
    async remove() {
      await server.process.stop('SIGTERM');
      dir.remove();
    },
  };
  await waitForHeartbeat(url, server.process);
  return server;
}
