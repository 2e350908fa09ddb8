import type { DialectName } from '@george/runtime';
import { TEST_DIALECTS } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Harness, registerUser, startHarness, type TestSession } from '../helpers.js';

interface ProjectBody {
  project: { id: string; name: string; ownerId: string; access: string; description: string };
}

describe.each(TEST_DIALECTS)('projects and sharing on %s', (dialect: DialectName) => {
  let h: Harness;
  let owner: TestSession;
  let reader: TestSession;
  let helper: TestSession;
  let guest: TestSession;
  let stranger: TestSession;
  let operator: TestSession;
  let projectId: string;

  beforeAll(async () => {
    h = await startHarness(dialect);
    [owner, reader, helper, stranger] = await Promise.all([
      registerUser(h.app, 'author'),
      registerUser(h.app, 'author'),
      registerUser(h.app, 'author'),
      registerUser(h.app, 'author'),
    ]);
    guest = await registerUser(h.app, 'guest');
    operator = await registerUser(h.app, 'operator');
    const created = await call<ProjectBody>(
      h.app,
      'POST',
      '/internal/projects',
      { name: '  Saga  ' },
      owner.user.id,
    );
    expect(created.status).toBe(201);
    expect(created.body.project).toMatchObject({
      name: 'Saga',
      ownerId: owner.user.id,
      access: 'owner',
      description: '',
    });
    projectId = created.body.project.id;
  });
  afterAll(() => h.close());

  const access = async (userId: string) =>
    (await call<{ level: string | null }>(h.app, 'GET', `/internal/projects/${projectId}/access/${userId}`))
      .body.level;

  it('needs an acting user; guests cannot own projects', async () => {
    expect((await call(h.app, 'POST', '/internal/projects', { name: 'x' })).status).toBe(400);
    const byGuest = await call<{ error: { code: string } }>(
      h.app,
      'POST',
      '/internal/projects',
      { name: 'x' },
      guest.user.id,
    );
    expect(byGuest.status).toBe(403);
    expect(byGuest.body.error.code).toBe('role_cannot_own');
  });

  it('gives access by ownership or grant only, never by role', async () => {
    expect(await access(owner.user.id)).toBe('owner');
    expect(await access(stranger.user.id)).toBeNull();
    expect(await access(operator.user.id)).toBeNull();
    expect(
      (await call(h.app, 'GET', `/internal/projects/${projectId}`, undefined, operator.user.id)).status,
    ).toBe(404);
    expect(
      (await call(h.app, 'GET', `/internal/projects/${projectId}`, undefined, stranger.user.id)).status,
    ).toBe(404);
    expect((await call(h.app, 'GET', '/internal/projects/no-such-project/access/x')).status).toBe(404);
    expect((await call(h.app, 'GET', '/internal/projects/..%2F..%2Fetc/access/x')).status).toBe(400);
  });

  it('grants, changes and lists members; the level decides what a member may do', async () => {
    const added = await call<{ member: { level: string; userId: string } }>(
      h.app,
      'POST',
      `/internal/projects/${projectId}/members`,
      { userId: reader.user.id, level: 'read' },
      owner.user.id,
    );
    expect(added.status).toBe(201);
    expect(await access(reader.user.id)).toBe('read');
    const asReader = await call<ProjectBody>(
      h.app,
      'GET',
      `/internal/projects/${projectId}`,
      undefined,
      reader.user.id,
    );
    expect(asReader.body.project.access).toBe('read');
    expect(
      (await call(h.app, 'PATCH', `/internal/projects/${projectId}`, { name: 'Mine' }, reader.user.id))
        .status,
    ).toBe(403);
    expect(
      (
        await call(
          h.app,
          'POST',
          `/internal/projects/${projectId}/members`,
          { userId: stranger.user.id, level: 'read' },
          reader.user.id,
        )
      ).status,
    ).toBe(403);

    // By email, case-insensitive; a guest collaborates on a shared project.
    const byEmail = await call(
      h.app,
      'POST',
      `/internal/projects/${projectId}/members`,
      { email: guest.user.email.toUpperCase(), level: 'comment' },
      owner.user.id,
    );
    expect(byEmail.status).toBe(201);
    expect(await access(guest.user.id)).toBe('comment');

    const promoted = await call(
      h.app,
      'PATCH',
      `/internal/projects/${projectId}/members/${helper.user.id}`,
      { level: 'edit' },
      owner.user.id,
    );
    expect(promoted.status).toBe(404);
    await call(
      h.app,
      'POST',
      `/internal/projects/${projectId}/members`,
      { userId: helper.user.id, level: 'admin' },
      owner.user.id,
    );
    expect(await access(helper.user.id)).toBe('admin');

    // An admin manages grants below admin, renames the project, but cannot make or unmake admins or delete.
    expect(
      (
        await call(
          h.app,
          'PATCH',
          `/internal/projects/${projectId}/members/${reader.user.id}`,
          { level: 'edit' },
          helper.user.id,
        )
      ).status,
    ).toBe(200);
    expect(await access(reader.user.id)).toBe('edit');
    expect(
      (
        await call(
          h.app,
          'PATCH',
          `/internal/projects/${projectId}/members/${reader.user.id}`,
          { level: 'admin' },
          helper.user.id,
        )
      ).status,
    ).toBe(403);
    const renamed = await call<ProjectBody>(
      h.app,
      'PATCH',
      `/internal/projects/${projectId}`,
      { name: 'Saga II' },
      helper.user.id,
    );
    expect(renamed.body.project.name).toBe('Saga II');
    expect(
      (await call(h.app, 'DELETE', `/internal/projects/${projectId}`, undefined, helper.user.id)).status,
    ).toBe(403);

    const ownerGrant = await call(
      h.app,
      'POST',
      `/internal/projects/${projectId}/members`,
      { userId: owner.user.id, level: 'read' },
      owner.user.id,
    );
    expect(ownerGrant.status).toBe(409);
    const both = await call(
      h.app,
      'POST',
      `/internal/projects/${projectId}/members`,
      { userId: reader.user.id, email: reader.user.email, level: 'read' },
      owner.user.id,
    );
    expect(both.status).toBe(400);

    const members = await call<{ members: { userId: string; level: string }[] }>(
      h.app,
      'GET',
      `/internal/projects/${projectId}/members`,
      undefined,
      guest.user.id,
    );
    expect(members.body.members.map((m) => [m.userId, m.level])).toEqual([
      [owner.user.id, 'owner'],
      [reader.user.id, 'edit'],
      [guest.user.id, 'comment'],
      [helper.user.id, 'admin'],
    ]);
  });

  it('lists the projects a user can open', async () => {
    const second = await call<ProjectBody>(
      h.app,
      'POST',
      '/internal/projects',
      { name: 'Own' },
      reader.user.id,
    );
    const list = await call<{ projects: { id: string; access: string }[] }>(
      h.app,
      'GET',
      '/internal/projects',
      undefined,
      reader.user.id,
    );
    expect(list.body.projects.map((p) => [p.id, p.access])).toEqual([
      [second.body.project.id, 'owner'],
      [projectId, 'edit'],
    ]);
    const none = await call<{ projects: unknown[] }>(
      h.app,
      'GET',
      '/internal/projects',
      undefined,
      stranger.user.id,
    );
    expect(none.body.projects).toEqual([]);
  });

  it('revokes grants: a member may leave, an admin cannot remove an admin', async () => {
    expect(
      (
        await call(
          h.app,
          'DELETE',
          `/internal/projects/${projectId}/members/${guest.user.id}`,
          undefined,
          guest.user.id,
        )
      ).status,
    ).toBe(204);
    expect(await access(guest.user.id)).toBeNull();
    expect(
      (await call(h.app, 'GET', `/internal/projects/${projectId}`, undefined, guest.user.id)).status,
    ).toBe(404);
    const second = await registerUser(h.app, 'author');
    await call(
      h.app,
      'POST',
      `/internal/projects/${projectId}/members`,
      { userId: second.user.id, level: 'admin' },
      owner.user.id,
    );
    expect(
      (
        await call(
          h.app,
          'DELETE',
          `/internal/projects/${projectId}/members/${second.user.id}`,
          undefined,
          helper.user.id,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await call(
          h.app,
          'DELETE',
          `/internal/projects/${projectId}/members/${second.user.id}`,
          undefined,
          owner.user.id,
        )
      ).status,
    ).toBe(204);
  });

  it('attack: inviting by email reveals nothing about accounts and adds nobody without their consent', async () => {
    type InvitationBody = { invitation: { id: string; email: string; level: string; projectName: string } };
    const invite = (email: string, level = 'comment', by = owner.user.id) =>
      call<InvitationBody & { error?: { code: string } }>(
        h.app,
        'POST',
        `/internal/projects/${projectId}/invitations`,
        { email, level },
        by,
      );
    const known = await invite(stranger.user.email.toUpperCase());
    const unknown = await invite('nobody-at-all@example.com');
    // The same answer whether or not an account has the address: no existence oracle.
    expect([known.status, unknown.status]).toEqual([201, 201]);
    expect(Object.keys(known.body.invitation).sort()).toEqual(Object.keys(unknown.body.invitation).sort());
    expect(known.body.invitation).toMatchObject({
      email: stranger.user.email,
      level: 'comment',
      projectName: 'Saga II',
    });
    // Nobody joined: no access until the invited user accepts.
    expect(await access(stranger.user.id)).toBeNull();
    // Only owners and admins invite; an admin cannot invite an admin.
    expect((await invite('x@example.com', 'read', stranger.user.id)).status).toBe(404);
    const listed = await call<{ invitations: { id: string; email: string }[] }>(
      h.app,
      'GET',
      `/internal/projects/${projectId}/invitations`,
      undefined,
      owner.user.id,
    );
    expect(listed.body.invitations.map((i) => i.email)).toEqual(
      expect.arrayContaining([stranger.user.email, 'nobody-at-all@example.com']),
    );
    // The invited user sees it; someone else cannot accept it.
    const mine = await call<{ invitations: { id: string; projectId: string }[] }>(
      h.app,
      'GET',
      '/internal/invitations',
      undefined,
      stranger.user.id,
    );
    const invitationId = mine.body.invitations.find((i) => i.projectId === projectId)?.id ?? '';
    expect(invitationId).toBe(known.body.invitation.id);
    const stolen = await call<{ error: { code: string } }>(
      h.app,
      'POST',
      `/internal/invitations/${invitationId}/accept`,
      undefined,
      guest.user.id,
    );
    expect(stolen.status).toBe(404);
    expect(await access(guest.user.id)).toBeNull();
    const accepted = await call<ProjectBody>(
      h.app,
      'POST',
      `/internal/invitations/${invitationId}/accept`,
      undefined,
      stranger.user.id,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.project).toMatchObject({ id: projectId, access: 'comment' });
    expect(await access(stranger.user.id)).toBe('comment');
    // Used up: accepting again is a 404; declining someone's invitation removes it.
    expect(
      (await call(h.app, 'POST', `/internal/invitations/${invitationId}/accept`, undefined, stranger.user.id))
        .status,
    ).toBe(404);
    const again = await invite(guest.user.email, 'read');
    expect(
      (
        await call(
          h.app,
          'POST',
          `/internal/invitations/${again.body.invitation.id}/decline`,
          undefined,
          guest.user.id,
        )
      ).status,
    ).toBe(204);
    expect(await access(guest.user.id)).toBeNull();
    // The owner withdraws an open invitation.
    expect(
      (
        await call(
          h.app,
          'DELETE',
          `/internal/projects/${projectId}/invitations/${unknown.body.invitation.id}`,
          undefined,
          owner.user.id,
        )
      ).status,
    ).toBe(204);
  });

  it('strips bidirectional controls from project names shown to others', async () => {
    const created = await call<ProjectBody>(
      h.app,
      'POST',
      '/internal/projects',
      { name: 'Notes\u202Etxt.exe\u2066' },
      owner.user.id,
    );
    expect(created.body.project.name).toBe('Notestxt.exe');
    await call(h.app, 'DELETE', `/internal/projects/${created.body.project.id}`, undefined, owner.user.id);
  });

  it('a disabled user loses access', async () => {
    await call(h.app, 'POST', `/internal/users/${reader.user.id}/disable`);
    expect(await access(reader.user.id)).toBeNull();
    await call(h.app, 'POST', `/internal/users/${reader.user.id}/enable`);
    expect(await access(reader.user.id)).toBe('edit');
  });

  it('the owner deletes the project and its grants', async () => {
    expect(
      (await call(h.app, 'DELETE', `/internal/projects/${projectId}`, undefined, owner.user.id)).status,
    ).toBe(204);
    expect((await call(h.app, 'GET', `/internal/projects/${projectId}/access/${owner.user.id}`)).status).toBe(
      404,
    );
    const grants = await h.handle.db
      .selectFrom('grants')
      .select('user_id')
      .where('project_id', '=', projectId)
      .execute();
    expect(grants).toEqual([]);
    expect(
      (await call(h.app, 'DELETE', `/internal/projects/${projectId}`, undefined, owner.user.id)).status,
    ).toBe(404);
  });
});
