/**
 * Local servers that speak the real wire protocols of the paid model APIs (OpenAI chat
 * completions and Gemini generateContent), for tests through the official client libraries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeModelServer {
  url: string;
  seen: SeenRequest[];
  /** Status codes to answer with before answering normally (e.g. [429, 500]). */
  failFirst: number[];
  /** The text the model answers; a function sees the request body. */
  reply: string | ((body: Record<string, unknown>) => string);
  /** Milliseconds to wait before answering (to keep calls in flight together). */
  delayMs: number;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data ? (JSON.parse(data) as Record<string, unknown>) : {};
}

function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

async function start(
  handler: (
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
    server: FakeModelServer,
  ) => void,
): Promise<FakeModelServer> {
  const state: FakeModelServer = {
    url: '',
    seen: [],
    failFirst: [],
    reply: 'A reply.',
    delayMs: 0,
    close: async () => undefined,
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    state.seen.push({ path: req.url ?? '', headers: req.headers, body });
    if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
    const fail = state.failFirst.shift();
    if (fail) {
      res.writeHead(fail, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `simulated ${fail}`, code: fail } }));
      return;
    }
    handler(req, res, body, state);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return state;
}

function replyText(state: FakeModelServer, body: Record<string, unknown>): string {
  return typeof state.reply === 'function' ? state.reply(body) : state.reply;
}

/** POST /v1/chat/completions, with `stream: true` as server-sent events and usage counts. */
export function fakeOpenAI(): Promise<FakeModelServer> {
  return start((req, res, body, state) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const text = replyText(state, body);
    const prompt = JSON.stringify(body.messages ?? '');
    const usage = { prompt_tokens: tokens(prompt), completion_tokens: tokens(text), total_tokens: 0 };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    const model = String(body.model);
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const pieces = text.match(/.{1,12}/gs) ?? [];
      for (const piece of pieces) {
        const chunk = {
          id: 'c1',
          object: 'chat.completion.chunk',
          created: 1,
          model,
          choices: [{ index: 0, delta: { content: piece }, finish_reason: null }],
        };
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      }
      res.write(
        `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
      );
      res.write(
        `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model, choices: [], usage })}\n\n`,
      );
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'c1',
        object: 'chat.completion',
        created: 1,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage,
      }),
    );
  });
}

/** POST /v1beta/models/{model}:generateContent and :streamGenerateContent?alt=sse. */
export function fakeGemini(): Promise<FakeModelServer> {
  return start((req, res, body, state) => {
    const match = /\/models\/([^:/?]+):(generateContent|streamGenerateContent)/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    const text = replyText(state, body);
    const usageMetadata = {
      promptTokenCount: tokens(JSON.stringify(body.contents ?? '')),
      candidatesTokenCount: tokens(text),
      totalTokenCount: 0,
    };
    const response = (t: string) => ({
      candidates: [{ content: { role: 'model', parts: [{ text: t }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata,
      modelVersion: match[1],
    });
    if (match[2] === 'streamGenerateContent') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const piece of text.match(/.{1,12}/gs) ?? [])
        res.write(`data: ${JSON.stringify(response(piece))}\r\n\r\n`);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response(text)));
  });
}
