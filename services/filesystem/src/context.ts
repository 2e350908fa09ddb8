/** What the route plugins are given when app.ts registers them: the service they call into. */
import type { FileService } from './services/files.js';

export type FilesystemContext = {
  files: FileService;
};
