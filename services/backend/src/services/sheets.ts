import { isUniqueViolation, UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import type { SheetFilesRepository } from '../repositories/sheet-files.js';

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

/** Where an entity's sheet lives in the project's git repository. */
export const sheetPath = (entityId: string) => `sheets/${entityId}.md`;

/** Each story-bible entity's sheet as a `sheet` file of the project (the file list, the reader, search). */
export class SheetFiles {
  constructor(
    private readonly files: BackendContext['files'],
    private readonly repository: SheetFilesRepository,
  ) {}

  /** Creates the entity's `sheet` file once (remembered per entity), then updates its text. */
  async save(projectId: string, entityId: string, name: string, sheet: string): Promise<void> {
    const known = await this.repository.fileOf(projectId, entityId);
    if (known) {
      try {
        await this.files.updateText(projectId, known, { content: sheet });
        return;
      } catch (err) {
        if (!isNotFound(err)) throw err;
        await this.repository.forget(projectId, entityId);
      }
    }
    const created = await this.files.createDocument(projectId, {
      name: `${name.replace(/[^\p{L}\p{N} .'-]/gu, '').slice(0, 80) || 'entity'}.md`,
      kind: 'sheet',
      format: 'markdown',
      content: sheet,
    });
    try {
      await this.repository.insert(projectId, entityId, created.id);
    } catch (err) {
      // Another run created the entity's sheet first: keep that one, remove ours.
      if (!isUniqueViolation(err)) throw err;
      await this.files.delete(projectId, created.id).catch(() => undefined);
    }
  }
}
