import { type DialectName, inTransaction } from '@george/runtime';
import type { Db } from '../store/db.js';
import { type InvitesRepository, SqlInvitesRepository } from './invites.js';
import { type OutboxRepository, SqlOutboxRepository } from './outbox.js';
import { type ProjectsRepository, SqlProjectsRepository } from './projects.js';
import { type SessionsRepository, SqlSessionsRepository } from './sessions.js';
import { type SigningKeysRepository, SqlSigningKeysRepository } from './signing-keys.js';
import { SqlUsersRepository, type UsersRepository } from './users.js';

/** Every repository of the service, and a transaction that gives all of them on one connection. */
export interface Repositories {
  users: UsersRepository;
  invites: InvitesRepository;
  sessions: SessionsRepository;
  projects: ProjectsRepository;
  outbox: OutboxRepository;
  signingKeys: SigningKeysRepository;
  /**
   * Runs `fn` in one transaction (retried on serialisation failures, so `fn` must only touch the
   * repositories). Inside a transaction it joins the one in progress.
   */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}

function bind(db: Db, dialect: DialectName, inside: boolean): Repositories {
  const repos: Repositories = {
    users: new SqlUsersRepository(db),
    invites: new SqlInvitesRepository(db),
    sessions: new SqlSessionsRepository(db, dialect),
    projects: new SqlProjectsRepository(db),
    outbox: new SqlOutboxRepository(db, dialect),
    signingKeys: new SqlSigningKeysRepository(db),
    transaction: (fn) => (inside ? fn(repos) : inTransaction(db, (trx) => fn(bind(trx, dialect, true)))),
  };
  return repos;
}

/** The repositories on SQLite or PostgreSQL (Kysely). */
export function sqlRepositories(db: Db, dialect: DialectName): Repositories {
  return bind(db, dialect, false);
}

export type { InviteRow } from './invites.js';
export type { OutboxRow } from './outbox.js';
export type { GrantRow, InvitationRow, MemberRow, ProjectRow } from './projects.js';
export type { RefreshFamilyRow, RefreshTokenRow } from './sessions.js';
export type { SigningKeyRow } from './signing-keys.js';
export type { UserRow } from './users.js';
