/** The file repository in memory, for the file service's rule tests. */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type {
  FileRepository,
  Revision,
  Staging,
  StoredFile,
  UpdateDecision,
} from '../../src/repositories/repository.js';

class MemoryStaging implements Staging {
  data: Buffer | undefined;
  discarded = false;

  async writeOriginal(source: Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.from(chunk as Uint8Array));
    this.data = Buffer.concat(chunks);
    return { size: this.data.length, sha256: createHash('sha256').update(this.data).digest('hex') };
  }

  async readOriginal() {
    if (!this.data) throw new Error('nothing staged');
    return this.data;
  }

  async discard() {
    this.discarded = true;
  }
}

interface Stored {
  meta: StoredFile;
  revision: Revision;
  original: Buffer | undefined;
}

export class MemoryFileRepository implements FileRepository {
  readonly files = new Map<string, Stored>();
  readonly stagings: MemoryStaging[] = [];

  private key = (projectId: string, fileId: string) => `${projectId}/${fileId}`;

  private of(projectId: string) {
    return [...this.files.values()].filter((f) => f.meta.projectId === projectId);
  }

  async stage() {
    const staging = new MemoryStaging();
    this.stagings.push(staging);
    return staging;
  }

  async publish(staging: Staging, meta: StoredFile, revision: Revision, quotaBytes: number) {
    const { usedBytes } = await this.usage(meta.projectId);
    if (usedBytes + meta.storedBytes > quotaBytes) return false;
    const original = staging instanceof MemoryStaging ? staging.data : undefined;
    this.files.set(this.key(meta.projectId, meta.id), { meta: { ...meta }, revision, original });
    return true;
  }

  async usage(projectId: string) {
    const files = this.of(projectId);
    return { usedBytes: files.reduce((n, f) => n + f.meta.storedBytes, 0), fileCount: files.length };
  }

  async list(projectId: string) {
    return this.of(projectId).map((f) => ({ ...f.meta }));
  }

  async readStructure(projectId: string, fileId: string) {
    const found = this.files.get(this.key(projectId, fileId));
    return found && { meta: { ...found.meta }, structure: found.revision.structure };
  }

  async readText(projectId: string, fileId: string) {
    const found = this.files.get(this.key(projectId, fileId));
    return found && { meta: { ...found.meta }, text: found.revision.text };
  }

  async readOriginal(projectId: string, fileId: string) {
    const found = this.files.get(this.key(projectId, fileId));
    return found && { meta: { ...found.meta }, data: found.original ?? Buffer.from(found.revision.text) };
  }

  async update<Refusal>(
    projectId: string,
    fileId: string,
    decide: (current: StoredFile, otherFilesBytes: number) => UpdateDecision<Refusal>,
  ) {
    const found = this.files.get(this.key(projectId, fileId));
    if (!found) return undefined;
    const { usedBytes } = await this.usage(projectId);
    const decision = decide({ ...found.meta }, usedBytes - found.meta.storedBytes);
    if ('refuse' in decision) return { refused: decision.refuse };
    found.meta = { ...decision.write.meta };
    found.revision = decision.write.revision;
    return { updated: { ...found.meta } };
  }

  async delete(projectId: string, fileId: string) {
    const found = this.files.get(this.key(projectId, fileId));
    this.files.delete(this.key(projectId, fileId));
    return found?.meta;
  }

  async deleteProject(projectId: string) {
    const files = this.of(projectId);
    for (const f of files) this.files.delete(this.key(projectId, f.meta.id));
    return files.length;
  }
}
