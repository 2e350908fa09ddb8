import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the app's reads (react-query). No automatic retries or refetch on focus: a failed
 * read shows its error with a "Try again" button, and screens invalidate what their own changes touch.
 * Cached answers show at once when a screen opens again and are refetched behind them.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** Query keys, by what they hold; a change invalidates the key of what it changed. */
export const keys = {
  me: ['me'] as const,
  balance: ['billing', 'balance'] as const,
  usage: ['billing', 'usage'] as const,
  projects: ['projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  members: (projectId: string) => ['projects', projectId, 'members'] as const,
  projectInvitations: (projectId: string) => ['projects', projectId, 'invitations'] as const,
  myInvitations: ['invitations'] as const,
  files: (projectId: string) => ['projects', projectId, 'files'] as const,
  /** Every file, the generated sheets included (under `files`, so a change to the files refreshes it). */
  allFiles: (projectId: string) => ['projects', projectId, 'files', { kind: 'all' }] as const,
  file: (projectId: string, fileId: string) => ['projects', projectId, 'files', fileId] as const,
  /** The lists of entities (a change to one entity invalidates them, not the sheet it answered). */
  entities: (projectId: string) => ['projects', projectId, 'entities'] as const,
  entity: (projectId: string, entityId: string) => ['projects', projectId, 'entity', entityId] as const,
  graph: (projectId: string) => ['projects', projectId, 'graph'] as const,
  appearances: (projectId: string) => ['projects', projectId, 'appearances'] as const,
  chat: (projectId: string) => ['projects', projectId, 'chat'] as const,
  versions: (projectId: string) => ['projects', projectId, 'versions'] as const,
  admin: (area: string) => ['admin', area] as const,
};
