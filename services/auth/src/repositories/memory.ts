/**
 * The repositories in memory, for the services' tests: the rules run in milliseconds without a
 * database. A transaction copies the state first and puts the copy back when `fn` throws, so
 * the all-or-nothing rules (sign-up, refresh rotation) are tested as they run on SQL.
 */
import type { Role } from '@george/contracts';
import type { Repositories } from './index.js';
import type { InviteRow } from './invites.js';
import type { OutboxRow } from './outbox.js';
import type { GrantRow, InvitationRow, ProjectRow } from './projects.js';
import type { RefreshFamilyRow, RefreshTokenRow } from './sessions.js';
import type { SigningKeyRow } from './signing-keys.js';
import type { UserRow } from './users.js';

interface State {
  users: UserRow[];
  userCount: number;
  invites: InviteRow[];
  families: RefreshFamilyRow[];
  tokens: RefreshTokenRow[];
  projects: ProjectRow[];
  grants: GrantRow[];
  invitations: InvitationRow[];
  outbox: OutboxRow[];
  keys: SigningKeyRow[];
  leases: { name: string; holder: string; expires_at: number }[];
}

const byCreated = <T extends { created_at: number }>(a: T, b: T) => a.created_at - b.created_at;

export function memoryRepositories(): Repositories & { state: () => State } {
  let state: State = {
    users: [],
    userCount: 0,
    invites: [],
    families: [],
    tokens: [],
    projects: [],
    grants: [],
    invitations: [],
    outbox: [],
    keys: [],
    leases: [],
  };
  const s = () => state;
  // Transactions run one at a time, as SQLite's write lock makes them.
  let queue: Promise<unknown> = Promise.resolve();

  const repos: Repositories & { state: () => State } = {
    state: s,
    users: {
      findById: async (id) => s().users.find((u) => u.id === id),
      findByEmail: async (email) => s().users.find((u) => u.email === email),
      hasOperatorOrEmail: async (email) => s().users.some((u) => u.role === 'operator' || u.email === email),
      countOneMore: async (cap) => {
        if (s().userCount >= cap) return false;
        s().userCount += 1;
        return true;
      },
      insert: async (row) => {
        if (s().users.some((u) => u.email === row.email || u.id === row.id)) {
          throw Object.assign(new Error('unique'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
        }
        s().users.push({ ...row });
      },
      replacePasswordHash: async (id, expected, hash, now) => {
        const user = s().users.find((u) => u.id === id && u.password_hash === expected);
        if (!user) return false;
        Object.assign(user, { password_hash: hash, updated_at: now });
        return true;
      },
      setDisabled: async (id, disabled, now) => {
        const user = s().users.find((u) => u.id === id);
        if (!user) return false;
        Object.assign(user, { disabled: disabled ? 1 : 0, updated_at: now });
        return true;
      },
      list: async (query: { role?: Role | undefined; limit: number; offset: number }) => {
        const rows = s()
          .users.filter((u) => !query.role || u.role === query.role)
          .sort(byCreated);
        return { rows: rows.slice(query.offset, query.offset + query.limit), total: rows.length };
      },
      identities: async () => s().users.map((u) => ({ id: u.id, email: u.email })),
    },
    invites: {
      insert: async (row) => {
        s().invites.push({ ...row });
      },
      list: async (limit) => [...s().invites].sort((a, b) => b.created_at - a.created_at).slice(0, limit),
      findByHash: async (hash) => s().invites.find((i) => i.code_hash === hash),
      revoke: async (id, now) => {
        const invite = s().invites.find((i) => i.id === id);
        if (!invite) return 'missing';
        invite.revoked_at ??= now;
        return 'revoked';
      },
      consume: async (hash, now) => {
        const invite = s().invites.find(
          (i) =>
            i.code_hash === hash &&
            i.uses_left > 0 &&
            i.revoked_at === null &&
            (i.expires_at === null || i.expires_at > now),
        );
        if (!invite) return undefined;
        invite.uses_left -= 1;
        return { id: invite.id, role: invite.role };
      },
    },
    sessions: {
      createFamily: async (id, userId, now) => {
        s().families.push({ id, user_id: userId, created_at: now, revoked_at: null, revoke_reason: null });
      },
      insertToken: async (row) => {
        s().tokens.push({ ...row });
      },
      findTokenForUpdate: async (hash) => s().tokens.find((t) => t.token_hash === hash),
      findFamily: async (id) => s().families.find((f) => f.id === id),
      markUsed: async (id, now) => {
        const token = s().tokens.find((t) => t.id === id && t.used_at === null);
        if (!token) return false;
        token.used_at = now;
        return true;
      },
      revokeFamily: async (familyId, reason, now) => {
        for (const f of s().families) {
          if (f.id === familyId && f.revoked_at === null)
            Object.assign(f, { revoked_at: now, revoke_reason: reason });
        }
      },
      revokeUser: async (userId, reason, now) => {
        for (const f of s().families) {
          if (f.user_id === userId && f.revoked_at === null)
            Object.assign(f, { revoked_at: now, revoke_reason: reason });
        }
      },
    },
    projects: {
      insert: async (row) => {
        s().projects.push({ ...row });
      },
      findById: async (id) => s().projects.find((p) => p.id === id),
      listOwned: async (userId) =>
        s()
          .projects.filter((p) => p.owner_id === userId)
          .sort(byCreated),
      listShared: async (userId) =>
        s()
          .grants.filter((g) => g.user_id === userId)
          .flatMap((g) => {
            const project = s().projects.find((p) => p.id === g.project_id);
            return project ? [{ ...project, level: g.level }] : [];
          })
          .sort(byCreated),
      update: async (id, changes) => {
        const project = s().projects.find((p) => p.id === id);
        if (project) Object.assign(project, changes);
      },
      delete: async (id) => {
        state = {
          ...s(),
          projects: s().projects.filter((p) => p.id !== id),
          grants: s().grants.filter((g) => g.project_id !== id),
          invitations: s().invitations.filter((i) => i.project_id !== id),
        };
      },
      findGrant: async (projectId, userId) =>
        s().grants.find((g) => g.project_id === projectId && g.user_id === userId),
      putGrant: async (row) => {
        const grant = s().grants.find((g) => g.project_id === row.project_id && g.user_id === row.user_id);
        if (grant)
          Object.assign(grant, { level: row.level, granted_by: row.granted_by, updated_at: row.updated_at });
        else s().grants.push({ ...row });
      },
      deleteGrant: async (projectId, userId) => {
        state.grants = s().grants.filter((g) => !(g.project_id === projectId && g.user_id === userId));
      },
      listMembers: async (projectId) =>
        s()
          .grants.filter((g) => g.project_id === projectId)
          .sort(byCreated)
          .flatMap((g) => {
            const user = s().users.find((u) => u.id === g.user_id);
            return user
              ? [
                  {
                    userId: user.id,
                    email: user.email,
                    name: user.name,
                    level: g.level,
                    grantedBy: g.granted_by,
                    updatedAt: g.updated_at,
                  },
                ]
              : [];
          }),
      putInvitation: async (row) => {
        const found = s().invitations.find((i) => i.project_id === row.project_id && i.email === row.email);
        if (found) {
          Object.assign(found, { level: row.level, invited_by: row.invited_by, updated_at: row.updated_at });
          return { ...found };
        }
        s().invitations.push({ ...row });
        return { ...row };
      },
      findInvitation: async (id) => s().invitations.find((i) => i.id === id),
      listInvitations: async (projectId) =>
        s()
          .invitations.filter((i) => i.project_id === projectId)
          .sort(byCreated),
      listInvitationsFor: async (email) =>
        s()
          .invitations.filter((i) => i.email === email)
          .sort(byCreated)
          .flatMap((i) => {
            const project = s().projects.find((p) => p.id === i.project_id);
            return project ? [{ ...i, project_name: project.name }] : [];
          }),
      deleteInvitation: async (id) => {
        const before = s().invitations.length;
        state.invitations = s().invitations.filter((i) => i.id !== id);
        return state.invitations.length < before;
      },
    },
    outbox: {
      insert: async (row) => {
        s().outbox.push({ ...row });
      },
      due: async (now, limit) =>
        s()
          .outbox.filter((o) => o.status === 'pending' && (o.next_attempt_at ?? 0) <= now)
          .slice(0, limit),
      markDone: async (id, attempts, now) => {
        const row = s().outbox.find((o) => o.id === id);
        if (row)
          Object.assign(row, {
            status: 'done',
            attempts,
            done_at: now,
            next_attempt_at: null,
            last_error: null,
          });
      },
      markFailed: async (id, attempts, error, next) => {
        const row = s().outbox.find((o) => o.id === id && o.status === 'pending');
        if (row) Object.assign(row, { attempts, last_error: error.slice(0, 500), next_attempt_at: next });
      },
      list: async (query) =>
        s()
          .outbox.filter((o) => !query.status || o.status === query.status)
          .sort((a, b) => b.created_at - a.created_at)
          .slice(0, query.limit),
      counts: async () => ({
        pending: s().outbox.filter((o) => o.status === 'pending').length,
        done: s().outbox.filter((o) => o.status === 'done').length,
      }),
      makeDue: async (id, now) => {
        const row = s().outbox.find((o) => o.id === id && o.status === 'pending');
        if (!row) return false;
        row.next_attempt_at = now;
        return true;
      },
      acquireLease: async (name, holder, ttlMs, now) => {
        const lease = s().leases.find((l) => l.name === name);
        if (lease && lease.holder !== holder && lease.expires_at > now) return false;
        if (lease) Object.assign(lease, { holder, expires_at: now + ttlMs });
        else s().leases.push({ name, holder, expires_at: now + ttlMs });
        return true;
      },
    },
    signingKeys: {
      active: async () => [...s().keys].reverse().find((k) => k.retired_at === null),
      replaceActive: async (row, now) => {
        for (const k of s().keys) k.retired_at ??= now;
        s().keys.push({ ...row });
      },
      published: async (since) =>
        s()
          .keys.filter((k) => k.retired_at === null || k.retired_at >= since)
          .reverse(),
      deleteRetiredBefore: async (time) => {
        const before = s().keys.length;
        state.keys = s().keys.filter((k) => k.retired_at === null || k.retired_at >= time);
        return before - state.keys.length;
      },
      list: async () => [...s().keys].reverse(),
    },
    transaction(fn) {
      const joined: Repositories = { ...repos, transaction: (inner) => inner(joined) };
      const run = queue.then(async () => {
        const saved = structuredClone(state);
        try {
          return await fn(joined);
        } catch (err) {
          state = saved;
          throw err;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
  return repos;
}
