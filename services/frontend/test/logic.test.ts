/** The web app's pieces with logic, without a browser: SSE, diffs, layout, chart scales, the API client. */
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, done, readCookie, unwrap } from '../src/web/lib/api/client.ts';
import { appearanceMatrix, dailyTotals, valueScale, wholeTicks } from '../src/web/lib/chart.ts';
import { parseUnifiedDiff, sideBySide, wordDiff } from '../src/web/lib/diff.ts';
import { forceLayout, zoomAt } from '../src/web/lib/layout.ts';
import { match } from '../src/web/lib/router.ts';
import { readEventStream, type SseEvent } from '../src/web/lib/sse.ts';

/** A byte stream of `text` cut every `size` bytes. */
function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
}

async function eventsOf(text: string, size: number): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  await readEventStream(chunked(text, size), (e) => events.push(e));
  return events;
}

describe('SSE parsing (eventsource-parser)', () => {
  it('assembles events split anywhere, CRLF included, and skips comments and keep-alives', async () => {
    const text =
      'retry: 2000\r\n\r\n: keep-alive\n\nevent: progress\ndata: {"progress":0.5}\n\nevent: done\r\ndata: {"a":1}\r\ndata: {"b":2}\r\n\r\n';
    for (const size of [1, 2, 3, 7, text.length]) {
      expect(await eventsOf(text, size)).toEqual([
        { event: 'progress', data: '{"progress":0.5}' },
        { event: 'done', data: '{"a":1}\n{"b":2}' },
      ]);
    }
  });

  it('names an unnamed event message and keeps its id', async () => {
    expect(await eventsOf('id: 7\ndata:x\n\ndata: y\n\n', 4)).toEqual([
      { event: 'message', data: 'x', id: '7' },
      { event: 'message', data: 'y' },
    ]);
  });

  it('reads a byte stream with multi-byte characters split between chunks, and the last event without a blank line', async () => {
    const stream = chunked('event: delta\ndata: {"text":"café — “ok”"}\n\nevent: done\ndata: {}', 5);
    const seen: string[] = [];
    await readEventStream(stream, (e) => seen.push(`${e.event}:${e.data}`));
    expect(seen).toEqual(['delta:{"text":"café — “ok”"}', 'done:{}']);
  });
});

const UNIFIED = `diff --git a/texts/f1.txt b/texts/f1.txt
index 1111111..2222222 100644
--- a/texts/f1.txt
+++ b/texts/f1.txt
@@ -1,4 +1,3 @@
 Chapter 1
-It is a truth universally acknowledged,
+It is a truth widely acknowledged,
 that a single man
-in possession
\\ No newline at end of file
@@ -10,1 +10,3 @@ Chapter 2
 A
+B
+C
diff --git a/texts/f2.txt b/texts/f2.txt
new file mode 100644
--- /dev/null
+++ b/texts/f2.txt
@@ -0,0 +1 @@
+New file.
`;

describe('diff rendering', () => {
  it('parses files, hunks and line numbers on both sides', () => {
    const files = parseUnifiedDiff(UNIFIED);
    expect(files.map((f) => [f.oldPath, f.newPath])).toEqual([
      ['texts/f1.txt', 'texts/f1.txt'],
      [null, 'texts/f2.txt'],
    ]);
    const [first, second] = files[0]?.hunks ?? [];
    expect(first?.lines.map((l) => [l.kind, l.oldNo, l.newNo])).toEqual([
      ['context', 1, 1],
      ['del', 2, null],
      ['add', null, 2],
      ['context', 3, 3],
      ['del', 4, null],
    ]);
    expect(second?.lines.map((l) => [l.kind, l.oldNo, l.newNo, l.text])).toEqual([
      ['context', 10, 10, 'A'],
      ['add', null, 11, 'B'],
      ['add', null, 12, 'C'],
    ]);
    expect(files[1]?.hunks[0]?.lines).toEqual([{ kind: 'add', text: 'New file.', oldNo: null, newNo: 1 }]);
  });

  it('leaves out the unfinished last hunk of a diff cut at the output limit', () => {
    const cut = UNIFIED.slice(0, UNIFIED.indexOf('+B'));
    const files = parseUnifiedDiff(cut);
    expect(files).toHaveLength(1);
    expect(files[0]?.hunks).toHaveLength(1);
    expect(files[0]?.hunks[0]?.lines).toHaveLength(5);
    expect(parseUnifiedDiff('')).toEqual([]);
  });

  it('pairs deletions with the additions after them for the side-by-side view', () => {
    const hunk = parseUnifiedDiff(UNIFIED)[0]?.hunks[0];
    const rows = sideBySide(hunk as NonNullable<typeof hunk>);
    expect(rows.map((r) => [r.left?.text ?? null, r.right?.text ?? null])).toEqual([
      ['Chapter 1', 'Chapter 1'],
      ['It is a truth universally acknowledged,', 'It is a truth widely acknowledged,'],
      ['that a single man', 'that a single man'],
      ['in possession', null],
    ]);
  });

  it('marks only the changed words of a changed line', () => {
    const { old, new: next } = wordDiff(
      'It is a truth universally acknowledged, that',
      'It is a truth widely acknowledged, that',
    );
    expect(old.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(['universally']);
    expect(next.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(['widely']);
    expect(old.map((p) => p.text).join('')).toBe('It is a truth universally acknowledged, that');
    expect(next.map((p) => p.text).join('')).toBe('It is a truth widely acknowledged, that');
  });
});

describe('graph layout', () => {
  const nodes = ['alice', 'rabbit', 'queen', 'king', 'hatter', 'island'].map((id) => ({ id }));
  const edges = [
    { source: 'alice', target: 'rabbit', weight: 5 },
    { source: 'alice', target: 'queen', weight: 3 },
    { source: 'queen', target: 'king', weight: 4 },
    { source: 'alice', target: 'hatter', weight: 2 },
  ];
  const box = { width: 800, height: 600 };

  it('places every node inside the box, apart from each other, the same way every time', () => {
    const a = forceLayout(nodes, edges, { ...box, seed: 3 });
    const b = forceLayout(nodes, edges, { ...box, seed: 3 });
    expect([...a.entries()]).toEqual([...b.entries()]);
    const points = [...a.values()];
    expect(points).toHaveLength(6);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(800);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(600);
    }
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const d = Math.hypot(
          (points[i]?.x ?? 0) - (points[j]?.x ?? 0),
          (points[i]?.y ?? 0) - (points[j]?.y ?? 0),
        );
        expect(d).toBeGreaterThan(20);
      }
  });

  it('keeps linked nodes closer than unlinked ones', () => {
    const p = forceLayout(nodes, edges, box);
    const dist = (x: string, y: string) =>
      Math.hypot((p.get(x)?.x ?? 0) - (p.get(y)?.x ?? 0), (p.get(x)?.y ?? 0) - (p.get(y)?.y ?? 0));
    expect(dist('queen', 'king')).toBeLessThan(dist('king', 'island'));
    expect(dist('alice', 'rabbit')).toBeLessThan(dist('rabbit', 'king'));
    expect(dist('alice', 'hatter')).toBeLessThan(dist('hatter', 'king'));
  });

  it('puts unlinked nodes in a row along the bottom, the linked ones above', () => {
    const p = forceLayout(nodes, edges, box);
    const island = p.get('island') as { x: number; y: number };
    expect(island.y).toBeGreaterThan(
      Math.max(...['alice', 'rabbit', 'queen', 'king', 'hatter'].map((id) => p.get(id)?.y ?? 0)),
    );
    expect(island.y).toBeLessThanOrEqual(600);
  });

  it('handles no node, one node and edges to unknown nodes', () => {
    expect(forceLayout([], [], box).size).toBe(0);
    expect(forceLayout([{ id: 'a' }], [{ source: 'a', target: 'zz' }], box).get('a')).toEqual({
      x: 400,
      y: 300,
    });
  });

  it('zooms around the pointer: the point under it stays put, within the limits', () => {
    const v = zoomAt({ x: 10, y: 20, scale: 1 }, 2, 110, 70);
    // The content point under the pointer before: ((110-10)/1, (70-20)/1) = (100, 50); after: same.
    expect((110 - v.x) / v.scale).toBeCloseTo(100);
    expect((70 - v.y) / v.scale).toBeCloseTo(50);
    expect(zoomAt({ x: 0, y: 0, scale: 4 }, 10, 0, 0).scale).toBe(5);
    expect(zoomAt({ x: 0, y: 0, scale: 0.3 }, 0.1, 0, 0).scale).toBe(0.2);
  });
});

describe('chart scaling', () => {
  it('rounds the value axis up to a nice tick and keeps whole-number ticks (d3-scale)', () => {
    expect(valueScale(93, [200, 0]).domain()).toEqual([0, 100]);
    expect(valueScale(0, [200, 0]).domain()).toEqual([0, 1]);
    expect(valueScale(1234, [200, 0]).domain()).toEqual([0, 1500]);
    const y = valueScale(100, [200, 0]);
    expect([y(0), y(100), y(25)]).toEqual([200, 0, 150]);
    expect(wholeTicks(y, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(wholeTicks(valueScale(1, [10, 0]))).toEqual([0, 1]);
  });

  it('aligns several characters on the union of chapters in reading order', () => {
    const m = appearanceMatrix([
      {
        entityId: 'a',
        name: 'Alice',
        total: 9,
        chapters: [
          { fileId: 'f1', chapter: 0, count: 5 },
          { fileId: 'f1', chapter: 2, count: 4 },
        ],
      },
      {
        entityId: 'r',
        name: 'Rabbit',
        total: 3,
        chapters: [
          { fileId: 'f1', chapter: 1, count: 1 },
          { fileId: 'f1', chapter: 0, count: 2 },
          { fileId: 'f2', chapter: null, count: 7 },
        ],
      },
    ]);
    expect(m.columns.map((c) => c.key)).toEqual(['f1:0', 'f1:1', 'f1:2', 'f2:null']);
    expect(m.series).toEqual([
      { entityId: 'a', name: 'Alice', values: [5, 0, 4, 0] },
      { entityId: 'r', name: 'Rabbit', values: [2, 1, 0, 7] },
    ]);
    expect(m.max).toBe(7);
  });

  it('sums usage per day, zero-filled, ignoring records outside the window', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    const days = dailyTotals(
      [
        { createdAt: '2026-11-26T01:00:00Z', cost: 3 },
        { createdAt: '2026-11-26T23:00:00Z', cost: 2 },
        { createdAt: Date.parse('2026-11-24T05:00:00Z'), cost: 4 },
        { createdAt: '2026-10-01T00:00:00Z', cost: 100 },
      ],
      3,
      now,
    );
    expect(days).toEqual([
      { day: '2026-11-24', total: 4 },
      { day: '2026-11-25', total: 0 },
      { day: '2026-11-26', total: 5 },
    ]);
  });
});

describe('API client (openapi-fetch with the session middleware)', () => {
  const BASE = 'http://george.test';
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const client = (fetch: (request: Request) => Promise<Response>, more: { onSignedOut?: () => void } = {}) =>
    createApiClient({
      baseUrl: BASE,
      cookies: () => 'other=1; george_csrf=tok%2Dvalue; x=y',
      fetch,
      ...more,
    });

  it('sends the CSRF cookie back as X-CSRF-Token on unsafe methods only, and the typed body as JSON', async () => {
    const calls: { method: string; url: string; headers: Headers; body: string }[] = [];
    const api = client(async (request) => {
      calls.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.text(),
      });
      return request.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { projects: [] });
    });
    await unwrap(api.GET('/v1/api/projects'));
    await api.POST('/v1/api/projects', { body: { name: 'A' } });
    await done(api.DELETE('/v1/api/projects/{projectId}', { params: { path: { projectId: 'p 1' } } }));
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${BASE}/v1/api/projects`,
      `POST ${BASE}/v1/api/projects`,
      `DELETE ${BASE}/v1/api/projects/p%201`,
    ]);
    expect(calls[0]?.headers.get('x-csrf-token')).toBeNull();
    expect(calls[1]?.headers.get('x-csrf-token')).toBe('tok-value');
    expect(calls[1]?.headers.get('content-type')).toBe('application/json');
    expect(calls[1]?.body).toBe('{"name":"A"}');
    expect(calls[2]?.headers.get('x-csrf-token')).toBe('tok-value');
    expect(readCookie('a=1', 'george_csrf')).toBeUndefined();
  });

  it('serialises query parameters from the typed params', async () => {
    const urls: string[] = [];
    const api = client(async (request) => {
      urls.push(request.url);
      return json(200, { entities: [] });
    });
    await unwrap(
      api.GET('/v1/api/projects/{projectId}/entities', {
        params: { path: { projectId: 'p1' }, query: { type: 'character', q: 'White Rabbit', limit: 12 } },
      }),
    );
    const url = new URL(urls[0] ?? '');
    expect(url.pathname).toBe('/v1/api/projects/p1/entities');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: 'character',
      q: 'White Rabbit',
      limit: '12',
    });
  });

  it("turns the API's error body into an ApiError with its code, message and request id", async () => {
    const api = client(async () =>
      json(409, { error: { code: 'revision_conflict', message: 'changed since' }, requestId: 'r-1' }),
    );
    const err = await unwrap(
      api.PUT('/v1/api/projects/{projectId}/files/{fileId}/text', {
        params: { path: { projectId: 'p', fileId: 'f' } },
        body: { content: 'x' },
      }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    if (!(err instanceof ApiError)) return;
    expect([err.status, err.code, err.message, err.requestId, err.unavailable]).toEqual([
      409,
      'revision_conflict',
      'changed since',
      'r-1',
      false,
    ]);
  });

  it('says a service is down for a network failure or a 502 without a JSON body', async () => {
    const down = client(async () => {
      throw new TypeError('fetch failed');
    });
    const e1 = await unwrap(down.GET('/v1/api/projects')).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ApiError);
    if (!(e1 instanceof ApiError)) return;
    expect([e1.status, e1.code, e1.unavailable]).toEqual([0, 'network_error', true]);
    const gateway = client(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const e2 = await unwrap(gateway.GET('/v1/api/projects')).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(ApiError);
    if (!(e2 instanceof ApiError)) return;
    expect([e2.status, e2.code, e2.unavailable]).toEqual([502, 'service_unavailable', true]);
    expect(e2.message).toMatch(/not answering/);
  });

  it('passes an abort through as an AbortError, not as a down service', async () => {
    const api = client(async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    const err = await unwrap(api.GET('/v1/api/projects')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err instanceof Error && err.name).toBe('AbortError');
  });

  it('refreshes an expired session once for concurrent requests and retries them, bodies included', async () => {
    let session = 'old';
    let refreshes = 0;
    const seen: string[] = [];
    const api = client(async (request) => {
      if (request.url.endsWith('/auth/refresh')) {
        refreshes++;
        await new Promise((r) => setTimeout(r, 10));
        session = 'new';
        return json(200, {});
      }
      const body = await request.text();
      if (session !== 'new') return json(401, { error: { code: 'token_expired', message: 'expired' } });
      seen.push(`${request.method} ${new URL(request.url).pathname} ${body}`);
      return json(200, { project: { id: 'p' } });
    });
    await Promise.all([
      api.GET('/v1/api/projects/{projectId}', { params: { path: { projectId: 'a' } } }),
      api.POST('/v1/api/projects', { body: { name: 'B' } }),
    ]);
    expect(seen.sort()).toEqual(['GET /v1/api/projects/a ', 'POST /v1/api/projects {"name":"B"}']);
    expect(refreshes).toBe(1);
  });

  it('signs out when the refresh fails too, and never refreshes for a wrong password', async () => {
    const onSignedOut = vi.fn();
    let refreshes = 0;
    const api = client(
      async (request) => {
        if (request.url.endsWith('/auth/refresh')) refreshes++;
        return json(401, { error: { code: 'unauthorized', message: 'sign in first' } });
      },
      { onSignedOut },
    );
    const err = await unwrap(api.GET('/v1/api/projects')).catch((e: unknown) => e);
    expect(err instanceof ApiError && err.status).toBe(401);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(refreshes).toBe(1);
    await api.POST('/v1/api/auth/login', { body: { email: 'a@b.c', password: 'wrong-password' } });
    expect(refreshes).toBe(1);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('answers nothing for 204, and a stream when asked for one', async () => {
    const empty = client(async () => new Response(null, { status: 204 }));
    await expect(
      done(empty.DELETE('/v1/api/projects/{projectId}', { params: { path: { projectId: 'x' } } })),
    ).resolves.toBeUndefined();
    const streaming = client(async () => new Response('event: done\ndata: {}\n\n', { status: 200 }));
    const body = await unwrap(
      streaming.GET('/v1/api/jobs/{jobId}/events', { params: { path: { jobId: 'j' } }, parseAs: 'stream' }),
    );
    expect(await new Response(body).text()).toBe('event: done\ndata: {}\n\n');
  });
});

describe('routes', () => {
  it('matches patterns with parameters, optional parts and the rest', () => {
    expect(match('/projects/:projectId/*', '/projects/p1/bible/entity/e2')).toEqual({
      projectId: 'p1',
      '*': 'bible/entity/e2',
    });
    expect(match('/admin/:tab?', '/admin')).toEqual({});
    expect(match('/admin/:tab?', '/admin/users')).toEqual({ tab: 'users' });
    expect(match('/admin/:tab?', '/admin/users/x')).toBeNull();
    expect(match('/projects/:projectId/*', '/account')).toBeNull();
  });
});
