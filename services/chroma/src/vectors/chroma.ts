/**
 * The production option: a Chroma server (`CHROMA_URL`) through the official `chromadb` client. The
 * Chroma server enforces no authentication (chroma-core/chroma issue 4965): run it only on a
 * network that nothing but this service can reach (docs/security.md). One collection per table,
 * cosine space, vectors computed by this service (`embeddingFunction: null`).
 */
import { HttpError } from '@george/runtime';
import {
  ChromaClient,
  ChromaConnectionError,
  ChromaNotFoundError,
  ChromaServerError,
  type Collection,
  type Where,
} from 'chromadb';
import { errors } from '../errors.js';
import type { VectorFilter, VectorHit, VectorRecord, VectorStore } from './store.js';

const READ_PAGE = 1000;

/** Maps client failures to the service's errors: Chroma down is a 503 with a clear code. */
async function chroma<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpError || err instanceof ChromaNotFoundError) throw err;
    if (
      err instanceof ChromaConnectionError ||
      err instanceof ChromaServerError ||
      (err instanceof TypeError && /fetch/i.test(err.message))
    ) {
      throw errors.chromaUnavailable();
    }
    throw err;
  }
}

function whereOf(filter: VectorFilter): Where | undefined {
  const { fileId, fileIds, kind } = filter;
  const parts: Where[] = [];
  if (fileId) parts.push({ fileId });
  if (fileIds) parts.push({ fileId: { $in: [...fileIds] } });
  if (kind) parts.push({ kind });
  if (parts.length > 1) return { $and: parts };
  return parts[0];
}

export class ChromaStore implements VectorStore {
  readonly kind = 'chroma';
  private readonly client: ChromaClient;

  constructor(url: string) {
    const parsed = new URL(url);
    const ssl = parsed.protocol === 'https:';
    this.client = new ChromaClient({
      host: parsed.hostname,
      port: Number(parsed.port || (ssl ? 443 : 80)),
      ssl,
    });
  }

  async heartbeat(): Promise<void> {
    await chroma(() => this.client.heartbeat());
  }

  private async collection(name: string): Promise<Collection | null> {
    try {
      return await chroma(() => this.client.getCollection({ name }));
    } catch (err) {
      if (err instanceof ChromaNotFoundError) return null;
      throw err;
    }
  }

  async ensureTable(name: string, dimension: number): Promise<void> {
    await chroma(() =>
      this.client.getOrCreateCollection({
        name,
        embeddingFunction: null,
        configuration: { hnsw: { space: 'cosine' } },
        metadata: { dimension },
      }),
    );
  }

  async upsert(name: string, records: VectorRecord[]): Promise<void> {
    const collection = await this.collection(name);
    if (!collection) throw new Error(`the vector table ${name} does not exist`);
    await chroma(() =>
      collection.upsert({
        ids: records.map((r) => r.id),
        embeddings: records.map((r) => r.vector),
        metadatas: records.map((r) => ({ fileId: r.fileId, kind: r.kind })),
      }),
    );
  }

  async search(name: string, vector: number[], k: number, filter: VectorFilter): Promise<VectorHit[]> {
    const collection = await this.collection(name);
    if (!collection) return [];
    const where = whereOf(filter);
    const result = await chroma(() =>
      collection.query({
        queryEmbeddings: [vector],
        nResults: k,
        ...(where ? { where } : {}),
        include: ['distances'],
      }),
    );
    const distances = result.distances?.[0] ?? [];
    return (result.ids[0] ?? []).map((id, rank) => ({ id, similarity: 1 - (distances[rank] ?? 1) }));
  }

  async deleteFile(name: string, fileId: string): Promise<void> {
    const collection = await this.collection(name);
    if (collection) await chroma(() => collection.delete({ where: { fileId } }));
  }

  async ids(name: string): Promise<string[]> {
    const collection = await this.collection(name);
    if (!collection) return [];
    const out: string[] = [];
    for (let offset = 0; ; offset += READ_PAGE) {
      const page = await chroma(() => collection.get({ limit: READ_PAGE, offset, include: [] }));
      out.push(...page.ids);
      if (page.ids.length < READ_PAGE) return out;
    }
  }

  async drop(name: string): Promise<void> {
    try {
      await chroma(() => this.client.deleteCollection({ name }));
    } catch (err) {
      if (!(err instanceof ChromaNotFoundError)) throw err;
    }
  }

  async tables(): Promise<string[]> {
    const collections = await chroma(() => this.client.listCollections({ limit: 100_000 }));
    return collections.map((c) => c.name);
  }

  async close(): Promise<void> {}
}
