/**
 * Access to the public API, attacked through its routes: percent-encoded paths, refused deletes
 * writing nothing, paging bounds and the like. Each attack gets a clear 4xx, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KyselyChatRepository } from '../../src/repositories/chat.js';
import { type ApiHarness, errorCode, startApi, type User } from '../support/api.js';
import { chatMessage } from '../support/memory.js';

let api: ApiHarness;
let owner: User;
let member: User;
let stranger: User;
let projectId: string;

const NOT_JSON = '{"this is": not json';

beforeAll(async () => {
  api = await startApi();
  owner = await api.signUp('owner@example.com');
  member = await api.signUp('member@example.com', 'guest');
  stranger = await api.signUp('stranger@example.com');
  const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Novel' });
  projectId = (created.json() as { project: { id: string } }).project.id;
  await api.share(owner.token, projectId, member, 'read');
}, 180_000);

afterAll(async () => {
  await api?.close();
});

describe('a percent-encoded path is the route it decodes to', () => {
  const encoded = [
    '/%761/api/admin/users',
    '/v1/%61pi/admin/users',
    '/v1/api/%61dmin/users',
    '/v1/api/admin/user%73',
  ];

  it('needs a session like the plain path: 401, never the handler', async () => {
    for (const url of encoded) {
      const res = await api.call('GET', url);
      expect(res.statusCode, url).toBe(401);
      expect(errorCode(res)).toBe('unauthorized');
    }
    // A signed-in author reaches the route, and the route's own rule refuses them.
    const author = await api.call('GET', '/%761/api/admin/users', owner.token);
    expect(author.statusCode).toBe(403);
    expect(errorCode(author)).toBe('operator_only');
  });

  it('refuses an anonymous body before reading it, and checks CSRF', async () => {
    const fileId = '00000000-0000-4000-8000-000000000000';
    const res = await api.app.inject({
      method: 'PUT',
      url: `/%761/api/projects/${projectId}/files/${fileId}/text`,
      headers: { 'content-type': 'application/json' },
      // Unparseable: had the body been read, this would be a 400.
      payload: NOT_JSON,
    });
    expect(res.statusCode).toBe(401);
    const foreign = await api.app.inject({
      method: 'POST',
      url: '/%761/api/projects',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        cookie: 'george_session=x',
      },
      payload: NOT_JSON,
    });
    expect(foreign.statusCode).toBe(403);
    expect(errorCode(foreign)).toBe('csrf_origin_refused');
  });
});

describe('a path that is no route', () => {
  it('is a plain 404 before its body is read, signed in or not', async () => {
    for (const url of [
      '/v1/api/nope',
      '/%761/api/nope',
      `/v1/api/projects/${projectId}/nope`,
      '/v2/api/projects',
    ]) {
      for (const token of [undefined, owner.token]) {
        const res = await api.app.inject({
          method: 'POST',
          url,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          payload: NOT_JSON,
        });
        expect(res.statusCode, url).toBe(404);
        expect(errorCode(res)).toBe('not_found');
      }
    }
  });
});

describe('deleting a project', () => {
  const cleanupJobs = async (id: string) =>
    api.database.db.selectFrom('jobs').select('id').where('project_id', '=', id).execute();

  it('refused, or of a project that does not exist: a clear 4xx and no job row', async () => {
    const member403 = await api.call('DELETE', `/v1/api/projects/${projectId}`, member.token);
    expect(member403.statusCode).toBe(403);
    expect(errorCode(member403)).toBe('insufficient_access');
    const stranger404 = await api.call('DELETE', `/v1/api/projects/${projectId}`, stranger.token);
    expect(stranger404.statusCode).toBe(404);
    expect(errorCode(stranger404)).toBe('project_not_found');
    for (let i = 0; i < 5; i++) {
      const missing = await api.call('DELETE', `/v1/api/projects/no-such-project-${i}`, stranger.token);
      expect(missing.statusCode).toBe(404);
      expect(await cleanupJobs(`no-such-project-${i}`)).toEqual([]);
    }
    expect(await cleanupJobs(projectId)).toEqual([]);
    expect((await api.call('GET', `/v1/api/projects/${projectId}`, owner.token)).statusCode).toBe(200);
  });

  it('by its owner: gone, and its clean-up queued once', async () => {
    const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Drafts' });
    const drafts = (created.json() as { project: { id: string } }).project.id;
    expect((await api.call('DELETE', `/v1/api/projects/${drafts}`, owner.token)).statusCode).toBe(204);
    expect(await cleanupJobs(drafts)).toHaveLength(1);
    expect((await api.call('GET', `/v1/api/projects/${drafts}`, owner.token)).statusCode).toBe(404);
  });
});

describe('paging values', () => {
  const HUGE = '9223372036854775807';

  it('a huge offset, limit or date is a 400, never a 500', async () => {
    const urls = [
      `/v1/api/projects/${projectId}/entities?offset=${HUGE}`,
      `/v1/api/projects/${projectId}/entities?limit=${HUGE}`,
      `/v1/api/projects/${projectId}/entities/some-entity?mentionsOffset=${HUGE}`,
      `/v1/api/projects/${projectId}/chat?before=${HUGE}`,
      `/v1/api/projects/${projectId}/jobs?limit=${HUGE}`,
      `/v1/api/projects/${projectId}/versions?limit=${HUGE}`,
      `/v1/api/projects/${projectId}/files/00000000-0000-4000-8000-000000000000/text?start=${HUGE}`,
      `/v1/api/admin/users?offset=${HUGE}`,
      `/v1/api/admin/sagas?limit=${HUGE}`,
    ];
    for (const url of urls) {
      const res = await api.call('GET', url, url.includes('/admin/') ? api.operatorToken : owner.token);
      expect(res.statusCode, url).toBe(400);
      expect(errorCode(res)).toBe('validation_error');
    }
    const ok = await api.call('GET', `/v1/api/projects/${projectId}/entities?offset=1000000`, owner.token);
    expect(ok.statusCode).toBe(200);
  });

  it('every integer a query or path takes has an upper bound in the OpenAPI document', async () => {
    const doc = (await api.app.inject({ url: '/v1/api/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string; schema: Record<string, unknown> }[] }>
      >;
    };
    const unbounded: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const p of operation.parameters ?? []) {
          if ((p.schema.type === 'integer' || p.schema.type === 'number') && p.schema.maximum === undefined) {
            unbounded.push(`${method.toUpperCase()} ${path} ${p.in}:${p.name}`);
          }
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});

describe('sharing by invitation', () => {
  it('answers an invitation alike whether or not the address has an account, and adds nobody', async () => {
    const invite = (email: string) =>
      api.call('POST', `/v1/api/projects/${projectId}/invitations`, owner.token, { email, level: 'read' });
    const known = await invite('stranger@example.com');
    const unknown = await invite('no-account@example.com');
    expect([known.statusCode, unknown.statusCode]).toEqual([201, 201]);
    const shape = (res: typeof known) =>
      Object.keys((res.json() as { invitation: object }).invitation).sort();
    expect(shape(known)).toEqual(shape(unknown));
    // Nobody joined: the stranger still cannot open the project until they accept.
    expect((await api.call('GET', `/v1/api/projects/${projectId}`, stranger.token)).statusCode).toBe(404);
    const pending = await api.call('GET', `/v1/api/projects/${projectId}/invitations`, owner.token);
    expect((pending.json() as { invitations: { email: string }[] }).invitations.map((i) => i.email)).toEqual(
      expect.arrayContaining(['stranger@example.com', 'no-account@example.com']),
    );
  });

  it('only the invited person answers an invitation; a reader cannot invite or see invitations', async () => {
    const sent = await api.call('POST', `/v1/api/projects/${projectId}/invitations`, owner.token, {
      email: 'stranger@example.com',
      level: 'edit',
    });
    const { invitation } = sent.json() as { invitation: { id: string } };
    for (const token of [member.token, owner.token]) {
      const res = await api.call('POST', `/v1/api/invitations/${invitation.id}/accept`, token);
      expect(res.statusCode).toBe(404);
    }
    const byReader = await api.call('POST', `/v1/api/projects/${projectId}/invitations`, member.token, {
      email: 'friend@example.com',
      level: 'admin',
    });
    expect(byReader.statusCode).toBe(403);
    expect(
      (await api.call('GET', `/v1/api/projects/${projectId}/invitations`, member.token)).statusCode,
    ).toBe(403);
    const cancelled = await api.call(
      'DELETE',
      `/v1/api/projects/${projectId}/invitations/${invitation.id}`,
      stranger.token,
    );
    expect(cancelled.statusCode).toBe(404);
    const mine = await api.call('GET', '/v1/api/invitations', stranger.token);
    expect((mine.json() as { invitations: { id: string }[] }).invitations.map((i) => i.id)).toContain(
      invitation.id,
    );
    const accepted = await api.call('POST', `/v1/api/invitations/${invitation.id}/accept`, stranger.token);
    expect(accepted.statusCode).toBe(200);
    expect((await api.call('GET', `/v1/api/projects/${projectId}`, stranger.token)).statusCode).toBe(200);
    expect(
      (await api.call('DELETE', `/v1/api/projects/${projectId}/members/${stranger.userId}`, owner.token))
        .statusCode,
    ).toBe(204);
  });

  it('has no route that adds a member directly', async () => {
    const res = await api.call('POST', `/v1/api/projects/${projectId}/members`, owner.token, {
      email: 'stranger@example.com',
      level: 'read',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('chat feedback', () => {
  it('a member removed from the project can no longer rate their answers; nothing is written', async () => {
    const chat = new KyselyChatRepository(api.database.db);
    await chat.insertMessage(chatMessage('feedback-m1', projectId, member.userId, Date.now()));
    const given = await api.call('POST', '/v1/api/chat/feedback-m1/feedback', member.token, { rating: 'up' });
    expect(given.statusCode).toBe(200);
    const history = await api.call('GET', `/v1/api/projects/${projectId}/chat`, member.token);
    expect((history.json() as { messages: { feedback: unknown }[] }).messages[0]?.feedback).toEqual({
      rating: 'up',
      category: null,
      comment: null,
    });

    const removed = await api.call(
      'DELETE',
      `/v1/api/projects/${projectId}/members/${member.userId}`,
      owner.token,
    );
    expect(removed.statusCode).toBe(204);
    const refused = await api.call('POST', '/v1/api/chat/feedback-m1/feedback', member.token, {
      rating: 'down',
      comment: 'written after removal',
    });
    expect(refused.statusCode).toBe(404);
    expect(errorCode(refused)).toBe('project_not_found');
    const stored = await api.database.db
      .selectFrom('chat_feedback')
      .selectAll()
      .where('message_id', '=', 'feedback-m1')
      .execute();
    expect(stored.map((f) => [f.rating, f.comment])).toEqual([['up', null]]);
  });
});
