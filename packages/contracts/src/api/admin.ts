/** Operators: invites, users, the saga log, dead jobs, and every service's health. */
import { type Static, Type } from '@sinclair/typebox';
import { Limit, Nullable, StringEnum } from './common.js';

export {
  AddressParams,
  CreateInviteBody,
  CreateInviteResponse,
  ListUsersQuery,
  LockoutListSchema,
  UserIdParams,
  UserListSchema,
} from '../schemas/auth.js';

export const SAGA_STATUSES = ['running', 'compensating', 'done', 'compensated'] as const;
export type SagaStatus = (typeof SAGA_STATUSES)[number];

export const SagaListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(SAGA_STATUSES)),
    limit: Type.Optional(Limit(500, 100)),
  },
  { additionalProperties: false },
);
export type SagaListQuery = Static<typeof SagaListQuery>;

export const SagaSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  projectId: Type.String(),
  fileId: Nullable(Type.String()),
  status: StringEnum(SAGA_STATUSES),
  step: Type.String(),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const SagaListResponse = Type.Object({ sagas: Type.Array(SagaSchema) });
export const JobRetryResponse = Type.Object({ jobId: Type.String() });

export const ServiceStatus = Type.Object({
  name: Type.String(),
  health: Type.Union([Type.Literal('ok'), Type.Literal('failing')]),
  ready: Type.Boolean(),
  checks: Type.Record(Type.String(), Type.String()),
  latencyMs: Type.Integer(),
});
export type ServiceStatus = Static<typeof ServiceStatus>;
export const ServicesStatusResponse = Type.Object({
  ok: Type.Boolean(),
  services: Type.Array(ServiceStatus),
});
