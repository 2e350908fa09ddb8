/**
 * `george reindex`: moves every project whose vectors were made by another embedder (or another
 * vector store's model) to the embedder the chroma service is configured with, step by step with
 * progress. Each step is a call of the service's re-index route, which continues where the last
 * one stopped: the command can be stopped and run again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ChromaServiceClient } from '@george/contracts/chroma';
import { isUsageMistake, UsageError } from './targets.js';

export const REINDEX_USAGE = `usage: george reindex [--project ID]... [--step N] [--url URL] [--token TOKEN]
  Re-embeds the projects whose vectors were made by another embedder than the one the chroma
  service runs (every such project, or the ones named), N chunks per step (default 256), printing
  progress. URL: the chroma service (default CHROMA_SERVER_URL or http://127.0.0.1:6003). TOKEN:
  INTERNAL_SERVICE_TOKEN, else the local stack's (GEORGE_DATA_DIR/secrets/internal-token).`;

export interface ReindexOptions {
  url: string;
  token: string;
  projects?: string[];
  step: number;
  /** One line per step and project. */
  log: (line: string) => void;
}

export interface ReindexSummary {
  moved: { projectId: string; chunks: number }[];
  current: string[];
}

export async function reindexProjects(options: ReindexOptions): Promise<ReindexSummary> {
  const client = ChromaServiceClient.fromEnv({
    token: options.token,
    env: { CHROMA_SERVER_URL: options.url },
    timeoutMs: 600_000,
  });
  const listing = await client.projects();
  const wanted = options.projects ? new Set(options.projects) : null;
  const known = new Set(listing.projects.map((p) => p.projectId));
  for (const id of wanted ?? []) {
    if (!known.has(id)) throw new UsageError(`project "${id}" has no vectors in the chroma service`);
  }
  const summary: ReindexSummary = { moved: [], current: [] };
  const chosen = listing.projects.filter((p) => !wanted || wanted.has(p.projectId));
  const stale = chosen.filter((p) => p.embedder !== listing.embedder || p.dimension !== listing.dimension);
  summary.current = chosen.filter((p) => !stale.includes(p)).map((p) => p.projectId);
  options.log(
    `embedder ${listing.embedder}: ${stale.length} of ${chosen.length} project(s) to re-index (${stale.reduce((s, p) => s + p.count, 0).toLocaleString('en')} chunks)`,
  );
  for (const [i, project] of stale.entries()) {
    const label = `[${i + 1}/${stale.length}] ${project.projectId} (${project.embedder ?? 'unknown'} -> ${listing.embedder})`;
    for (;;) {
      const step = await client.reindex(project.projectId, { limit: options.step });
      const share = step.total === 0 ? 100 : Math.floor((step.done / step.total) * 100);
      options.log(
        `${label}: ${step.done.toLocaleString('en')}/${step.total.toLocaleString('en')} chunks (${share}%)`,
      );
      if (step.finished) {
        summary.moved.push({ projectId: project.projectId, chunks: step.total });
        break;
      }
    }
  }
  return summary;
}

function localToken(source: NodeJS.ProcessEnv, root: string): string {
  if (source.INTERNAL_SERVICE_TOKEN) return source.INTERNAL_SERVICE_TOKEN;
  const file = join(resolve(root, source.GEORGE_DATA_DIR ?? '.george'), 'secrets/internal-token');
  if (!existsSync(file))
    throw new UsageError(
      'no token: set INTERNAL_SERVICE_TOKEN or pass --token (no local stack secret found)',
    );
  return readFileSync(file, 'utf8').trim();
}

export async function reindexCommand(
  argv: string[],
  root: string,
  source: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        project: { type: 'string', multiple: true },
        step: { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(REINDEX_USAGE);
      return 0;
    }
    const step = values.step === undefined ? 256 : Number(values.step);
    if (!Number.isInteger(step) || step < 1 || step > 5000)
      throw new UsageError('--step must be a whole number from 1 to 5000');
    const summary = await reindexProjects({
      url: values.url ?? source.CHROMA_SERVER_URL ?? 'http://127.0.0.1:6003',
      token: values.token ?? localToken(source, root),
      step,
      ...(values.project ? { projects: values.project } : {}),
      log: (line) => console.log(line),
    });
    console.log(
      `re-indexed ${summary.moved.length} project(s); ${summary.current.length} already on the configured embedder`,
    );
    return 0;
  } catch (err) {
    if (isUsageMistake(err)) {
      console.error(`george reindex: ${err.message}\n${REINDEX_USAGE}`);
      return 2;
    }
    throw err;
  }
}
