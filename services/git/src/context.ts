/** What the route plugins are given when app.ts registers them: the service they call into. */
import type { VersionService } from './services/versions.js';

export type GitContext = {
  versions: VersionService;
};
