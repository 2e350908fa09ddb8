/** What the route plugins are given when app.ts registers them: the services they call into. */
import type { ImportService } from './services/imports.js';
import type { RateLimitService } from './services/limits.js';
import type { ReferenceService } from './services/reference.js';

export type ExternalDataContext = {
  reference: ReferenceService;
  imports: ImportService;
  limits: RateLimitService;
};
