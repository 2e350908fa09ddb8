/** Row types of the auth database. Times are epoch milliseconds (BIGINT), booleans 0/1. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  disabled: number;
  invite_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface CountersTable {
  name: string;
  value: number;
}

export interface InvitesTable {
  id: string;
  code_hash: string;
  hint: string;
  role: string;
  uses: number;
  uses_left: number;
  expires_at: number | null;
  revoked_at: number | null;
  created_at: number;
  created_by: string | null;
}

export interface RefreshFamiliesTable {
  id: string;
  user_id: string;
  created_at: number;
  revoked_at: number | null;
  revoke_reason: string | null;
}

export interface RefreshTokensTable {
  id: string;
  family_id: string;
  user_id: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface SigningKeysTable {
  kid: string;
  private_jwk: string;
  public_jwk: string;
  created_at: number;
  retired_at: number | null;
}

/** rate-limiter-flexible's rows: a counter (`points`) per key until `expire` (epoch ms). */
export interface ThrottleTable {
  key: string;
  points: number;
  expire: number | null;
}

export interface ProjectInvitationsTable {
  id: string;
  project_id: string;
  /** Normalised, as accounts store it. */
  email: string;
  level: string;
  invited_by: string;
  created_at: number;
  updated_at: number;
}

export interface OutboxTable {
  id: string;
  kind: string;
  user_id: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  created_at: number;
  done_at: number | null;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: number;
}

export interface ProjectsTable {
  id: string;
  owner_id: string;
  name: string;
  description: string;
  created_at: number;
  updated_at: number;
}

export interface GrantsTable {
  project_id: string;
  user_id: string;
  level: string;
  granted_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface AuthDB {
  users: UsersTable;
  counters: CountersTable;
  invites: InvitesTable;
  refresh_families: RefreshFamiliesTable;
  refresh_tokens: RefreshTokensTable;
  signing_keys: SigningKeysTable;
  throttle: ThrottleTable;
  project_invitations: ProjectInvitationsTable;
  outbox: OutboxTable;
  leases: LeasesTable;
  projects: ProjectsTable;
  grants: GrantsTable;
}
