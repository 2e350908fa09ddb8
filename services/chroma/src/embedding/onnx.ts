/**
 * The default embedder: an installed sentence-embedding model (bge-small-en-v1.5 int8 unless
 * configured otherwise) run by onnxruntime-node in the pool's threads.
 */
import { errors } from '../errors.js';
import type { Embedder, EmbedOptions } from './embedder.js';
import { type ModelManifest, readManifest } from './manifest.js';
import { EmbeddingPool } from './pool.js';
import { RecentQueries } from './recent-queries.js';

/** Query vectors remembered (384 numbers each: about 1.5 MB). */
const RECENT_QUERIES = 500;

export interface OnnxEmbedderOptions {
  /** The model's folder (`models/<name>`, written by tools/models/install.sh). */
  modelDir: string;
  threads: number;
  batchSize: number;
}

export class OnnxEmbedder implements Embedder {
  readonly name: string;
  readonly dimension: number;
  readonly kind = 'model';
  readonly local = true;
  readonly manifest: ModelManifest;
  private readonly pool: EmbeddingPool;
  private readonly recentQueries = new RecentQueries(RECENT_QUERIES);

  constructor(options: OnnxEmbedderOptions) {
    this.manifest = readManifest(options.modelDir);
    this.name = `onnx:${this.manifest.name}`;
    this.dimension = this.manifest.dimension;
    this.pool = new EmbeddingPool({
      modelDir: options.modelDir,
      threads: options.threads,
      batchSize: options.batchSize,
    });
  }

  private async run(
    texts: string[],
    purpose: 'query' | 'document',
    options: EmbedOptions = {},
  ): Promise<number[][]> {
    try {
      const vectors = await this.pool.embed(texts, purpose, options);
      return vectors.map((v) => Array.from(v));
    } catch {
      // The reason (a thread that died, a model that did not load) is in ready()'s rejection and
      // the service's log; the answer names no path.
      throw errors.embeddingsFailed('the embedding model failed');
    }
  }

  embedDocuments(texts: string[], options?: EmbedOptions): Promise<number[][]> {
    return this.run(texts, 'document', options);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.recentQueries.vector(text, async (query) => {
      const [vector] = await this.run([query], 'query');
      if (!vector) throw errors.embeddingsFailed('the embedding model returned no vector');
      return vector;
    });
  }

  get queued(): { queries: number; documents: number } {
    return this.pool.queued;
  }

  ready(): Promise<void> {
    return this.pool.ready();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
