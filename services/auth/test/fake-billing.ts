import { createServer, type Server } from 'node:http';

/**
 * Plays billing's `POST /accounts {userId, plan}` on 127.0.0.1: 201 for a new account, 200 for a
 * repeat, 403 without the internal token. `failWith` makes it answer that status instead.
 */
export class FakeBilling {
  readonly accounts = new Map<string, { plan: string; posts: number }>();
  posts = 0;
  failWith: number | undefined;
  private server: Server | undefined;

  constructor(private readonly token: string) {}

  listen(port = 0): Promise<number> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
      });
      req.on('end', () => {
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        if (req.method !== 'POST' || req.url !== '/accounts')
          return send(404, { error: { code: 'not_found' } });
        if (req.headers['x-internal-token'] !== this.token)
          return send(403, { error: { code: 'invalid_internal_token' } });
        this.posts += 1;
        if (this.failWith)
          return send(this.failWith, { error: { code: 'boom', message: 'failing on purpose' } });
        const { userId, plan } = JSON.parse(raw) as { userId: string; plan: string };
        const existing = this.accounts.get(userId);
        if (existing) {
          existing.posts += 1;
          return send(200, { account: { userId, plan: existing.plan } });
        }
        this.accounts.set(userId, { plan, posts: 1 });
        return send(201, { account: { userId, plan } });
      });
    });
    return new Promise((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', () => {
        const address = this.server?.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
