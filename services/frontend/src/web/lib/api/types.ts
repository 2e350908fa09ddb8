/**
 * The shapes the screens use, each taken from the generated client types (`schema.ts`) by route:
 * nothing here is written by hand, so a change to a route's schema shows up as a type error.
 */
import type { paths } from './schema.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body of a route's success answer (200 or 201). */
export type AnswerOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? JsonOf<R[Extract<keyof R, 200 | 201>]>
  : never;
/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type User = AnswerOf<'/v1/api/auth/me', 'get'>['user'];
export type Role = User['role'];
export type Project = AnswerOf<'/v1/api/projects', 'get'>['projects'][number];
export type Level = Project['access'];
export type Member = AnswerOf<'/v1/api/projects/{projectId}/members', 'get'>['members'][number];
export type Invitation = AnswerOf<'/v1/api/invitations', 'get'>['invitations'][number];
export type FileSummary = AnswerOf<'/v1/api/projects/{projectId}/files', 'get'>['files'][number];
export type FileDetail = AnswerOf<'/v1/api/projects/{projectId}/files/{fileId}', 'get'>;
export type Chapter = FileDetail['file']['chapters'][number];
export type FileText = AnswerOf<'/v1/api/projects/{projectId}/files/{fileId}/text', 'get'>;
export type Job = AnswerOf<'/v1/api/jobs/{jobId}', 'get'>['job'];
export type EntitySummary = AnswerOf<'/v1/api/projects/{projectId}/entities', 'get'>['entities'][number];
export type EntityType = EntitySummary['type'];
export type EntityDetail = AnswerOf<'/v1/api/projects/{projectId}/entities/{entityId}', 'get'>['entity'];
export type EntityChange = BodyOf<'/v1/api/projects/{projectId}/entities/{entityId}', 'patch'>;
export type GraphView = AnswerOf<'/v1/api/projects/{projectId}/graph', 'get'>;
export type Appearances = AnswerOf<'/v1/api/projects/{projectId}/appearances', 'get'>['appearances'][number];
/** What the appearances chart counts per chapter: mentions, or lines spoken. */
export type AppearanceMeasure = AnswerOf<'/v1/api/projects/{projectId}/appearances', 'get'>['measure'];
export type SearchResult = AnswerOf<'/v1/api/projects/{projectId}/search', 'post'>['results'][number];
export type ChatAnswer = AnswerOf<'/v1/api/projects/{projectId}/chat', 'post'>;
export type ChatMessage = AnswerOf<'/v1/api/projects/{projectId}/chat', 'get'>['messages'][number];
export type Citation = ChatAnswer['citations'][number];
export type Feedback = BodyOf<'/v1/api/chat/{messageId}/feedback', 'post'>;
export type Version = AnswerOf<'/v1/api/projects/{projectId}/versions', 'get'>['versions'][number];
export type Diff = AnswerOf<'/v1/api/projects/{projectId}/diff', 'get'>;
export type VersionFile = Diff['files'][number];
export type ServiceStatus = AnswerOf<'/v1/api/status/services', 'get'>['services'][number];
export type Balance = AnswerOf<'/v1/api/billing/balance', 'get'>;
export type UsageRecord = AnswerOf<'/v1/api/billing/usage', 'get'>['usage'][number];
export type CostFigures = AnswerOf<'/v1/api/admin/costs', 'get'>;
export type Lockout = AnswerOf<'/v1/api/admin/lockouts', 'get'>['lockouts'][number];

export const LEVEL_RANK: Record<Level, number> = { read: 1, comment: 2, edit: 3, admin: 4, owner: 5 };
export const canEdit = (level: Level | undefined) => !!level && LEVEL_RANK[level] >= LEVEL_RANK.edit;
export const canAdmin = (level: Level | undefined) => !!level && LEVEL_RANK[level] >= LEVEL_RANK.admin;
