/** The Auth Server's internal API (port 6001): the schemas its routes validate with (no runtime). */
import { type Static, Type } from '@sinclair/typebox';

// ---------------------------------------------------------------------------------------------
// Shared values
// ---------------------------------------------------------------------------------------------

/** Defaults of the access-token claims; verifiers must check both (AUTH_ISSUER, AUTH_AUDIENCE). */
export const AUTH_DEFAULT_ISSUER = 'george-auth';
export const AUTH_DEFAULT_AUDIENCE = 'george';
/** The only algorithm access tokens are signed with; verifiers must pin it. */
export const AUTH_TOKEN_ALGORITHMS = ['EdDSA'] as const;
export const JWKS_PATH = '/.well-known/jwks.json';

export const ROLES = ['operator', 'author', 'guest'] as const;
export type Role = (typeof ROLES)[number];
const KNOWN_ROLES: ReadonlySet<unknown> = new Set(ROLES);
export const isRole = (value: unknown): value is Role => KNOWN_ROLES.has(value);
/** Grant levels, weakest first. `owner` is never granted: it comes from ownership. */
export const GRANT_LEVELS = ['read', 'comment', 'edit', 'admin'] as const;
export type GrantLevel = (typeof GRANT_LEVELS)[number];
export const ACCESS_LEVELS = [...GRANT_LEVELS, 'owner'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** True when `level` is at least `needed` (read < comment < edit < admin < owner). */
export function accessAtLeast(level: AccessLevel | null | undefined, needed: AccessLevel): boolean {
  if (!level) return false;
  return ACCESS_LEVELS.indexOf(level) >= ACCESS_LEVELS.indexOf(needed);
}

/** The claims of an access token (header: alg EdDSA, typ JWT, kid). */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  email: string;
  iss: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

/** Claims every access token must carry (jose's `requiredClaims`); a token without one does not verify. */
export const ACCESS_TOKEN_REQUIRED_CLAIMS = ['sub', 'exp', 'iat', 'jti', 'role', 'email'] as const;

/**
 * The claims of a verified payload, or undefined unless every claim is there with its type and
 * the role is one George knows: a token for a role that does not exist opens nothing. Auth and
 * every service that verifies tokens use this one check.
 */
export function accessTokenClaims(payload: Record<string, unknown>): AccessTokenClaims | undefined {
  const { sub, iss, aud, iat, exp, jti, role, email } = payload;
  const audience = Array.isArray(aud) ? aud[0] : aud;
  if (
    typeof sub !== 'string' ||
    typeof iss !== 'string' ||
    typeof audience !== 'string' ||
    typeof iat !== 'number' ||
    typeof exp !== 'number' ||
    typeof jti !== 'string' ||
    typeof email !== 'string' ||
    !isRole(role)
  ) {
    return undefined;
  }
  return { sub, role, email, iss, aud: audience, iat, exp, jti };
}

const Id = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
const Email = Type.String({ minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 1, maxLength: 1024 });
const NewPassword = Type.String({ minLength: 10, maxLength: 1024 });
const ClientAddress = Type.String({ minLength: 1, maxLength: 64 });
const IsoDate = Type.String({ format: 'date-time' });

export const RoleSchema = Type.Union([
  Type.Literal('operator'),
  Type.Literal('author'),
  Type.Literal('guest'),
]);
export const GrantLevelSchema = Type.Union([
  Type.Literal('read'),
  Type.Literal('comment'),
  Type.Literal('edit'),
  Type.Literal('admin'),
]);
export const AccessLevelSchema = Type.Union([...GrantLevelSchema.anyOf, Type.Literal('owner')]);

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const UserIdParams = Type.Object({ userId: Id }, { additionalProperties: false });
export const ProjectIdParams = Type.Object({ projectId: Id }, { additionalProperties: false });
export const MemberParams = Type.Object({ projectId: Id, userId: Id }, { additionalProperties: false });

// ---------------------------------------------------------------------------------------------
// Users and sessions
// ---------------------------------------------------------------------------------------------

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    disabled: Type.Boolean(),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
export type User = Static<typeof UserSchema>;

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: NewPassword,
    inviteCode: Type.String({ minLength: 1, maxLength: 128 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    /** The end user's address as the backend saw it (for the per-address limits). */
    clientAddress: Type.Optional(ClientAddress),
  },
  { additionalProperties: false },
);
export type RegisterRequest = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  { email: Email, password: Password, clientAddress: Type.Optional(ClientAddress) },
  { additionalProperties: false },
);
export type LoginRequest = Static<typeof LoginBody>;

export const SessionSchema = Type.Object(
  {
    user: UserSchema,
    accessToken: Type.String(),
    /** Seconds until the access token expires. */
    expiresIn: Type.Integer(),
    refreshToken: Type.String(),
    /** Seconds until the refresh token expires (it is rotated on every use). */
    refreshExpiresIn: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Session = Static<typeof SessionSchema>;

export const RefreshBody = Type.Object(
  { refreshToken: Type.String({ minLength: 1, maxLength: 512 }) },
  { additionalProperties: false },
);
export const LogoutBody = Type.Object(
  {
    refreshToken: Type.String({ minLength: 1, maxLength: 512 }),
    /** Also end every other session of the token's user. */
    everywhere: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const UserResponse = Type.Object({ user: UserSchema }, { additionalProperties: false });

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: NewPassword },
  { additionalProperties: false },
);

export const ListUsersQuery = Type.Object(
  {
    role: Type.Optional(RoleSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export const UserListSchema = Type.Object(
  { users: Type.Array(UserSchema), total: Type.Integer(), cap: Type.Integer() },
  { additionalProperties: false },
);
export type UserList = Static<typeof UserListSchema>;

export const LockoutSchema = Type.Object(
  {
    userId: Type.String(),
    locked: Type.Boolean(),
    lockedUntil: Type.Union([Type.String(), Type.Null()]),
    /** Failed logins counted in the current window. */
    failures: Type.Integer(),
  },
  { additionalProperties: false },
);
export type Lockout = Static<typeof LockoutSchema>;

/** One throttled account, address, or account at an address: failures counted and the delay running. */
export const LockoutEntrySchema = Type.Object(
  {
    scope: Type.Union([Type.Literal('account'), Type.Literal('account_address'), Type.Literal('address')]),
    /** The account, when it exists (failures for unknown emails are counted too, unnamed). */
    userId: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    failures: Type.Integer(),
    delayedUntil: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type LockoutEntry = Static<typeof LockoutEntrySchema>;
export const LockoutListSchema = Type.Object(
  { lockouts: Type.Array(LockoutEntrySchema) },
  { additionalProperties: false },
);
export const AddressParams = Type.Object(
  { address: Type.String({ minLength: 1, maxLength: 64, pattern: '^[0-9A-Fa-f.:]+$' }) },
  { additionalProperties: false },
);

export const VerifyTokenBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 4096 }) },
  { additionalProperties: false },
);
export const VerifyTokenResponse = Type.Object(
  {
    valid: Type.Boolean(),
    claims: Type.Optional(
      Type.Object({
        sub: Type.String(),
        role: RoleSchema,
        email: Type.String(),
        iss: Type.String(),
        aud: Type.String(),
        iat: Type.Integer(),
        exp: Type.Integer(),
        jti: Type.String(),
      }),
    ),
  },
  { additionalProperties: false },
);

// ---------------------------------------------------------------------------------------------
// Invites
// ---------------------------------------------------------------------------------------------

export const CreateInviteBody = Type.Object(
  {
    role: RoleSchema,
    uses: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    expiresAt: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type CreateInviteRequest = Static<typeof CreateInviteBody>;
/** Exactly `{code}`: other services and the operator tools rely on it. */
export const CreateInviteResponse = Type.Object({ code: Type.String() }, { additionalProperties: false });

export const InviteSchema = Type.Object(
  {
    id: Type.String(),
    /** The first characters of the code, to recognise it; the code itself is stored only hashed. */
    hint: Type.String(),
    role: RoleSchema,
    uses: Type.Integer(),
    usesLeft: Type.Integer(),
    expiresAt: Type.Union([Type.String(), Type.Null()]),
    revoked: Type.Boolean(),
    createdAt: Type.String(),
    createdBy: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Invite = Static<typeof InviteSchema>;
export const InviteListSchema = Type.Object(
  { invites: Type.Array(InviteSchema) },
  { additionalProperties: false },
);

export const CheckInviteBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 128 }), clientAddress: Type.Optional(ClientAddress) },
  { additionalProperties: false },
);
export const CheckInviteResponse = Type.Object(
  {
    valid: Type.Boolean(),
    role: Type.Optional(RoleSchema),
    usesLeft: Type.Optional(Type.Integer()),
    expiresAt: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: false },
);
export type InviteCheck = Static<typeof CheckInviteResponse>;

// ---------------------------------------------------------------------------------------------
// Projects and sharing
// ---------------------------------------------------------------------------------------------

export const ProjectSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    ownerId: Type.String(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    /** The acting user's level on this project. */
    access: AccessLevelSchema,
  },
  { additionalProperties: false },
);
export type Project = Static<typeof ProjectSchema>;
export const ProjectResponse = Type.Object({ project: ProjectSchema }, { additionalProperties: false });
export const ProjectListSchema = Type.Object(
  { projects: Type.Array(ProjectSchema) },
  { additionalProperties: false },
);

export const CreateProjectBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);
export const UpdateProjectBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const MemberSchema = Type.Object(
  {
    userId: Type.String(),
    email: Type.String(),
    name: Type.String(),
    level: AccessLevelSchema,
    grantedBy: Type.Union([Type.String(), Type.Null()]),
    grantedAt: Type.String(),
  },
  { additionalProperties: false },
);
export type Member = Static<typeof MemberSchema>;
export const MemberListSchema = Type.Object(
  { members: Type.Array(MemberSchema) },
  { additionalProperties: false },
);
export const MemberResponse = Type.Object({ member: MemberSchema }, { additionalProperties: false });

/** Share with a user named by id or by email (exactly one). */
export const AddMemberBody = Type.Object(
  {
    userId: Type.Optional(Id),
    email: Type.Optional(Email),
    level: GrantLevelSchema,
  },
  { additionalProperties: false },
);
export const UpdateMemberBody = Type.Object({ level: GrantLevelSchema }, { additionalProperties: false });

/** An invitation to a project: the invited user accepts it (or declines); nobody is added unasked. */
export const ProjectInvitationSchema = Type.Object(
  {
    id: Type.String(),
    projectId: Type.String(),
    projectName: Type.String(),
    email: Type.String(),
    level: GrantLevelSchema,
    invitedBy: Type.String(),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);
export type ProjectInvitation = Static<typeof ProjectInvitationSchema>;
export const InviteMemberBody = Type.Object(
  { email: Email, level: GrantLevelSchema },
  { additionalProperties: false },
);
export const ProjectInvitationResponse = Type.Object(
  { invitation: ProjectInvitationSchema },
  { additionalProperties: false },
);
export const ProjectInvitationListSchema = Type.Object(
  { invitations: Type.Array(ProjectInvitationSchema) },
  { additionalProperties: false },
);
export const InvitationParams = Type.Object({ invitationId: Id }, { additionalProperties: false });
export const ProjectInvitationParams = Type.Object(
  { projectId: Id, invitationId: Id },
  { additionalProperties: false },
);

export const AccessResponse = Type.Object(
  {
    projectId: Type.String(),
    userId: Type.String(),
    /** null: the user may not open the project. */
    level: Type.Union([AccessLevelSchema, Type.Null()]),
  },
  { additionalProperties: false },
);
export type ProjectAccess = Static<typeof AccessResponse>;

// ---------------------------------------------------------------------------------------------
// Keys and the outbox (operators)
// ---------------------------------------------------------------------------------------------

export const SigningKeySchema = Type.Object(
  {
    kid: Type.String(),
    createdAt: Type.String(),
    retiredAt: Type.Union([Type.String(), Type.Null()]),
    active: Type.Boolean(),
  },
  { additionalProperties: false },
);
export const SigningKeyListSchema = Type.Object(
  { keys: Type.Array(SigningKeySchema) },
  { additionalProperties: false },
);
export const RotateKeyResponse = Type.Object({ kid: Type.String() }, { additionalProperties: false });

export const OUTBOX_STATUSES = ['pending', 'done'] as const;
const OutboxStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('done')]);
export const OutboxItemSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    userId: Type.String(),
    status: OutboxStatusSchema,
    attempts: Type.Integer(),
    nextAttemptAt: Type.Union([Type.String(), Type.Null()]),
    lastError: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String(),
    doneAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type OutboxItem = Static<typeof OutboxItemSchema>;
export const OutboxQuery = Type.Object(
  {
    status: Type.Optional(OutboxStatusSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export const OutboxListSchema = Type.Object(
  { items: Type.Array(OutboxItemSchema), pending: Type.Integer(), done: Type.Integer() },
  { additionalProperties: false },
);
