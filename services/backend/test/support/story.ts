/**
 * The story routes' harness: the API in process against a real auth server (startApi), with the
 * filesystem and git services under george-serve and the external-data service in process (allowed
 * to reach this harness's page server only, as its tests allow; its dictionary, encyclopedia and
 * thesaurus are external-data's own fakes of Wiktionary, Wikipedia and Datamuse). Files are uploaded through the API
 * and ingested by the ingestion's own steps on the API's database, but the passages (no Chroma),
 * unless the chroma service is asked for (`chroma: true`: george-serve, its default embedding model).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeorgeInstance } from '@george/runtime';
import { type RunningProcess, startServe, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { expect } from 'vitest';
import { buildApp as buildExternalData, service as externalData } from '../../../external-data/src/app.js';
import { type Fake, fakeReference } from '../../../external-data/test/fakes.js';
import { loadConfig } from '../../src/app.js';
import { createContext } from '../../src/context.js';
import { EMBEDDING_STEP, ingestJob } from '../../src/jobs/ingest.js';
import { composeSteps } from '../../src/jobs/steps.js';
import { SheetFiles } from '../../src/services/sheets.js';
import { type ApiHarness, startApi, type User } from './api.js';

export type { User };

export interface StoryHarness {
  api: ApiHarness;
  /** The page server's base URL; `/article` answers an article. */
  pagesUrl: string;
  upload(
    user: User,
    projectId: string,
    name: string,
    text: string | Buffer,
  ): Promise<{ file: { id: string }; jobId: string }>;
  /**
   * Runs a queued ingest job's steps (but the passages without Chroma, unless told, and the sheets
   * when told); the job's progress messages are added to `messages` in order.
   */
  ingest(jobId: string, messages?: string[]): Promise<void>;
  close(): Promise<void>;
}

const ARTICLE = `<!doctype html><html><head><title>Mills of the Thornby valley</title></head><body><article><h1>Mills of the Thornby valley</h1><p class="byline">By Ruth Carter</p>${'<p>The water mills of the valley ground corn for the farms around them until the railway came, and the millers kept their wheels turning through every dry summer.</p>'.repeat(6)}</article></body></html>`;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * `passages`: the embedding step runs without the chroma service too (against an address that does
 * not answer).
 */
export async function startStoryApi(
  options: { sheets?: boolean; chroma?: boolean; passages?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<StoryHarness> {
  const data = tempDir('george-story-routes-');
  let filesystem: RunningProcess | undefined;
  let git: RunningProcess | undefined;
  let chroma: RunningProcess | undefined;
  let external: GeorgeInstance | undefined;
  let api: ApiHarness | undefined;
  let reference: Fake | undefined;
  const pages = createServer((req, res) => {
    if (req.url !== '/article') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(ARTICLE);
  });
  const close = async () => {
    await api?.close();
    await external?.close();
    await new Promise<void>((resolve) => pages.close(() => resolve()));
    await reference?.close();
    await Promise.all([filesystem?.stop(), git?.stop(), chroma?.stop()]);
    data.remove();
  };
  try {
    [filesystem, git, chroma] = await Promise.all([
      startServe({ app: 'services/filesystem/dist/app.js', env: { DATA_DIR: `${data.path}/filesystem` } }),
      startServe({ app: 'services/git/dist/app.js', env: { DATA_DIR: `${data.path}/git` } }),
      options.chroma
        ? startServe({ app: 'services/chroma/dist/app.js', env: { DATA_DIR: `${data.path}/chroma` } })
        : undefined,
    ]);
    const pagePort = await listen(pages);
    reference = await fakeReference({ wikipedia: 'ok', wiktionary: 'ok', datamuse: 'ok' });
    const externalEnv = {
      NODE_ENV: 'test',
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
      DATA_DIR: `${data.path}/external-data`,
      EXTERNAL_ALLOW_HOSTS: `127.0.0.1:${pagePort}`,
      RATE_LIMIT_PER_MINUTE: '100000',
      WIKIPEDIA_API_URL: `${reference.url}/wikipedia`,
      WIKTIONARY_API_URL: `${reference.url}/wiktionary`,
      DATAMUSE_API_URL: `${reference.url}/datamuse`,
    };
    await externalData.prestart?.(externalEnv);
    external = await buildExternalData(externalEnv);
    await external.listen({ host: '127.0.0.1', port: 0 });
    const externalPort = (external.server.address() as AddressInfo).port;
    const urls = {
      FILESYSTEM_SERVER_URL: filesystem.url,
      GIT_SERVER_URL: git.url,
      EXTERNAL_DATA_SERVER_URL: `http://127.0.0.1:${externalPort}`,
      CHROMA_SERVER_URL: chroma?.url ?? 'http://127.0.0.1:9',
    };
    const started = await startApi({ ...urls, ...options.env });
    api = started;
    const env: NodeJS.ProcessEnv = {
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      AUTH_SERVER_URL: 'http://127.0.0.1:9',
      ...urls,
    };
    const ctx = createContext(loadConfig(env), started.database, env, started.app.log);
    await ctx.graph.init();
    const definition = ingestJob(ctx, new SheetFiles(ctx.files, ctx.sheetFiles));
    const skipped = new Set([
      ...(chroma || options.passages === true ? [] : [EMBEDDING_STEP]),
      ...(options.sheets === false ? ['writing story-bible sheets'] : []),
    ]);
    const handler = composeSteps({
      ...definition,
      steps: definition.steps.filter((s) => !skipped.has(s.name)),
    });
    return {
      api: started,
      pagesUrl: `http://127.0.0.1:${pagePort}`,
      async upload(user, projectId, name, text) {
        const boundary = '----story-test';
        const body = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`,
          ),
          Buffer.from(text),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const res = await started.app.inject({
          method: 'POST',
          url: `/v1/api/projects/${projectId}/files`,
          headers: {
            authorization: `Bearer ${user.token}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
          payload: body,
        });
        expect(res.statusCode, res.body).toBe(202);
        return res.json() as { file: { id: string }; jobId: string };
      },
      async ingest(jobId, messages = []) {
        const job = await started.database.db
          .selectFrom('jobs')
          .selectAll()
          .where('id', '=', jobId)
          .executeTakeFirstOrThrow();
        const payload: Record<string, unknown> = JSON.parse(job.payload);
        await handler({
          job,
          payload,
          signal: new AbortController().signal,
          progress: async (_value, message) => {
            if (message !== undefined) messages.push(message);
          },
          log: started.app.log,
        });
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
