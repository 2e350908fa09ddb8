import type { Answerer } from '../chat/answerer.js';
import type { BackendContext } from '../context.js';
import { ContinuityRepository } from '../repositories/continuity.js';
import { AdminService } from './admin.js';
import { BibleService } from './bible.js';
import { BillingService } from './billing.js';
import { ChatService } from './chat.js';
import { ContinuityService } from './continuity.js';
import { FileOperations } from './file-operations.js';
import { FileService } from './files.js';
import { JobService } from './jobs.js';
import { ProjectArchives } from './project-archive.js';
import { ProjectService } from './projects.js';
import { QuoteService } from './quotes.js';
import { SessionService } from './session.js';
import { SheetFiles } from './sheets.js';
import { StoryService } from './story.js';
import { VersionService } from './versions.js';

/** Every service of the backend: the routes call these, one call per handler. */
export interface BackendServices {
  session: SessionService;
  projects: ProjectService;
  files: FileService;
  versions: VersionService;
  jobs: JobService;
  admin: AdminService;
  bible: BibleService;
  quotes: QuoteService;
  chat: ChatService;
  continuity: ContinuityService;
  billing: BillingService;
  story: StoryService;
  archives: ProjectArchives;
}

export function createServices(
  ctx: BackendContext,
  parts: { operations: FileOperations; sheets: SheetFiles; answerer: Answerer },
): BackendServices {
  const { operations, sheets, answerer } = parts;
  const story = new StoryService({ ...ctx, operations, maxUploadBytes: ctx.config.maxUploadBytes });
  return {
    session: new SessionService(ctx.auth),
    projects: new ProjectService(ctx),
    files: new FileService({ ...ctx, operations }),
    versions: new VersionService({ ...ctx, operations }),
    jobs: new JobService(ctx),
    admin: new AdminService({ ...ctx, urls: ctx.config.urls }),
    bible: new BibleService({ ...ctx, sheets, quotes: new QuoteService(ctx) }),
    quotes: new QuoteService(ctx),
    chat: new ChatService({ ...ctx, answerer }),
    continuity: new ContinuityService({
      ...ctx,
      repository: new ContinuityRepository(ctx.database.db),
      model: answerer.model,
    }),
    billing: new BillingService(ctx.billing),
    story,
    archives: new ProjectArchives({ ctx, access: ctx.access, story }),
  };
}

export { FileOperations, SheetFiles };
