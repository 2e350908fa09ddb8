import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fake {
  server: Server;
  url: string;
  port: number;
  hits: Record<string, number>;
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse, url: URL) => void): Promise<Fake> {
  const hits: Record<string, number> = {};
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    hits[url.pathname] = (hits[url.pathname] ?? 0) + 1;
    handler(req, res, url);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json; charset=utf-8',
) => {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(body));
};

export type Mode = 'ok' | 'fail' | 'slow';

/** Wikipedia REST, Wiktionary REST and Datamuse, answering in their real formats. */
export async function fakeReference(
  modes: Record<'wikipedia' | 'wiktionary' | 'datamuse', Mode>,
): Promise<Fake> {
  return listen((_req, res, url) => {
    const path = url.pathname;
    const upstream = path.startsWith('/wikipedia/')
      ? 'wikipedia'
      : path.startsWith('/wiktionary/')
        ? 'wiktionary'
        : path.startsWith('/datamuse/')
          ? 'datamuse'
          : undefined;
    if (!upstream) return json(res, 404, {});
    const mode = modes[upstream];
    if (mode === 'fail') return json(res, 503, { error: 'down' });
    if (mode === 'slow') {
      setTimeout(() => json(res, 200, {}), 5_000).unref();
      return;
    }
    const summary = /^\/wikipedia\/page\/summary\/(.+)$/.exec(path);
    if (summary) {
      const title = decodeURIComponent(summary[1] as string);
      if (title.toLowerCase().startsWith('nonexistent')) {
        return json(
          res,
          404,
          { type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.' },
          'application/problem+json',
        );
      }
      const name = title.replace(/_/g, ' ');
      return json(res, 200, {
        type: 'standard',
        title: name,
        displaytitle: name,
        extract: `${name} is a topic with a summary on Wikipedia.`,
        extract_html: `<p><b>${name}</b> is a topic with a summary on Wikipedia.</p>`,
        content_urls: {
          desktop: { page: `https://en.wikipedia.org/wiki/${summary[1]}` },
          mobile: { page: `https://en.m.wikipedia.org/wiki/${summary[1]}` },
        },
      });
    }
    const definition = /^\/wiktionary\/page\/definition\/(.+)$/.exec(path);
    if (definition) {
      const term = decodeURIComponent(definition[1] as string);
      if (term.toLowerCase().startsWith('nonexistent')) return json(res, 404, { title: 'Not found.' });
      return json(res, 200, {
        en: [
          {
            partOfSpeech: 'Noun',
            language: 'English',
            definitions: [
              {
                definition: `A large <a rel="mw:WikiLink" href="/wiki/marine" title="marine">marine</a> mammal &amp; the subject of <i>${term}</i>.`,
                examples: ['<b>example</b>'],
              },
            ],
          },
        ],
        fr: [{ partOfSpeech: 'Nom', language: 'French', definitions: [{ definition: 'baleine' }] }],
      });
    }
    if (path === '/datamuse/words') {
      if (url.searchParams.get('ml'))
        return json(res, 200, [
          { word: 'glad', score: 1002 },
          { word: 'cheerful', score: 990 },
        ]);
      if (url.searchParams.get('rel_rhy'))
        return json(res, 200, [
          { word: 'hat', score: 3000, numSyllables: 1 },
          { word: 'bat', score: 2900 },
        ]);
      return json(res, 200, []);
    }
    return json(res, 404, {});
  });
}

export const ARTICLE = `<!doctype html><html><head><title>The Whaleman's Chapel</title>
<script>window.secretTracker = 'tracking-code';</script><style>.x{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/menu">Site navigation menu</a></nav>
<header><div class="ad">Buy advertising space now</div></header>
<article><h1>The Whaleman's Chapel</h1>
<p class="byline">By Herman Melville</p>
<p>In this same New Bedford there stands a Whaleman's Chapel, and few are the moody fishermen, shortly bound for the Indian Ocean or Pacific, who fail to make a Sunday visit to the spot.</p>
<p>I had not been seated very long ere a man of a certain venerable robustness entered; immediately as the storm-pelted door flew back upon admitting him, a quick regardful eyeing of him by all the congregation sufficiently attested that this fine old man was the chaplain.</p>
<p>Yes, it was the famous Father Mapple, so called by the whalemen, among whom he was a very great favourite. He had been a sailor and a harpooneer in his youth, but for many years past had dedicated his life to the ministry.</p>
<script>document.write('injected by script');</script>
</article>
<footer>Copyright footer text</footer></body></html>`;

/** Pages for imports: articles, text, redirects, oversize, slow and binary answers. */
export async function fakePages(): Promise<Fake> {
  return listen((_req, res, url) => {
    const path = url.pathname;
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(ARTICLE);
    }
    if (path === '/plain') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Notes on chapter one\n\nIshmael goes to sea.\n');
    }
    if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      return res.end(Buffer.from('Caf\xe9 notes\n', 'latin1'));
    }
    if (path === '/meta-charset') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const html =
        '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>Cr\xe8me br\xfbl\xe9e for dessert.</p></body></html>';
      return res.end(Buffer.from(html, 'latin1'));
    }
    if (path === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/article' });
      return res.end();
    }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const n = Number(chain[1]);
      res.writeHead(
        n === 0 ? 200 : 301,
        n === 0 ? { 'content-type': 'text/html' } : { location: `/chain/${n - 1}` },
      );
      return res.end(n === 0 ? ARTICLE : undefined);
    }
    if (path === '/big') {
      const body = Buffer.alloc(6 * 1024 * 1024, 'a');
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(body.length) });
      return res.end(body);
    }
    if (path === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const piece = Buffer.alloc(256 * 1024, 'b');
      let sent = 0;
      const pump = () => {
        while (sent < 24 && res.write(piece)) sent++;
        if (sent >= 24) return res.end();
        sent++;
        res.once('drain', pump);
      };
      res.on('error', () => undefined);
      return pump();
    }
    if (path === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 200);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/slow-headers') {
      // Never answers; the client must give up.
      return;
    }
    if (path === '/binary') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(Buffer.from([0, 1, 2, 3]));
    }
    if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    }
    if (path === '/no-type') {
      res.writeHead(200);
      return res.end('<p>no content type</p>');
    }
    if (path === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<p>missing</p>');
    }
    res.writeHead(404);
    res.end();
  });
}
