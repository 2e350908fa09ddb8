/**
 * Every area of the public API and its prefix (under `/v1/api`), in the context it belongs to. A
 * new area adds its routes file here; the authenticated context checks every route in it.
 */
import type { RouteArea } from '../http/contexts.js';
import { adminRoutes, statusRoutes } from './admin.js';
import { bibleRoutes } from './bible.js';
import { billingRoutes } from './billing.js';
import { messageRoutes, projectChatRoutes } from './chat.js';
import { continuityRoutes } from './continuity.js';
import { fileRoutes } from './files.js';
import { jobRoutes } from './jobs.js';
import { openApiRoutes } from './openapi.js';
import { invitationRoutes, projectRoutes } from './projects.js';
import { quoteRoutes } from './quotes.js';
import { accountRoutes, sessionRoutes } from './session.js';
import { storyRoutes } from './story.js';
import { versionRoutes } from './versions.js';

/** Reachable without a session: sign-up, sign-in, refresh, sign-out, the OpenAPI document. */
export const publicAreas: RouteArea[] = [
  ['/auth', sessionRoutes],
  ['', openApiRoutes],
];

export const authenticatedAreas: RouteArea[] = [
  ['/auth', accountRoutes],
  ['/projects', projectRoutes],
  ['/invitations', invitationRoutes],
  ['/projects/:projectId/files', fileRoutes],
  ['/projects/:projectId', versionRoutes],
  ['', jobRoutes],
  ['/projects/:projectId', bibleRoutes],
  ['/projects/:projectId', storyRoutes],
  ['/projects/:projectId', quoteRoutes],
  ['/projects/:projectId', continuityRoutes],
  ['/projects/:projectId/chat', projectChatRoutes],
  ['/chat/:messageId', messageRoutes],
  ['/billing', billingRoutes],
  ['/admin', adminRoutes],
  ['/status', statusRoutes],
];
