/**
 * Embedding providers. The service embeds every text itself (Chroma stores vectors, it never
 * embeds), so the provider in use is known and recorded in each collection's metadata.
 */
import { serviceUnavailable } from '@george/runtime';
import { contentWords } from './text.js';

export interface Embedder {
  /** Stable name recorded in a collection's metadata, e.g. `local-hash-v1` or `openai:text-embedding-3-small`. */
  readonly name: string;
  /** Vector length, or undefined until a remote provider has answered once. */
  readonly dimension: number | undefined;
  embed(texts: string[]): Promise<number[][]>;
  /**
   * Optional: embeds a query with per-term weights (stemmed term to weight). The local embedder
   * uses the project's BM25 inverse document frequencies here, so rare words of the query count more.
   */
  embedQuery?(text: string, termWeights: ReadonlyMap<string, number>): number[];
}

/** FNV-1a, 32 bits. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The default: hashed features, no model and no download. Each text becomes a bag of
 *   - stemmed content words (sub-linear in their count),
 *   - adjacent content-word pairs (weight 0.5), which keep some phrase information,
 *   - character trigrams of each word with boundary marks (0.25 shared by the word's grams), which
 *     tolerate inflections and misspellings,
 * hashed into `dimension` buckets with a hash-derived sign (so collisions cancel rather than pile
 * up), then L2-normalised so that cosine distance compares them. A query can be embedded with
 * per-term weights (`embedQuery`), which the service fills with the project's inverse document
 * frequencies: a stateless embedder cannot know that "Ahab" is common in Moby Dick.
 */
export interface LocalHashWeights {
  words: number;
  pairs: number;
  grams: number;
}
const DEFAULT_WEIGHTS: LocalHashWeights = { words: 1, pairs: 0.5, grams: 0.25 };

export class LocalHashEmbedder implements Embedder {
  readonly name = 'local-hash-v2';
  private readonly w: LocalHashWeights;
  constructor(
    readonly dimension = 1024,
    weights: Partial<LocalHashWeights> = {},
  ) {
    this.w = { ...DEFAULT_WEIGHTS, ...weights };
  }

  /**
   * `termWeights` (stemmed term to weight) replaces the uniform word weight: the query side of a
   * search passes the project's BM25 inverse document frequencies here.
   */
  embedOne(text: string, termWeights?: ReadonlyMap<string, number>): number[] {
    const counts = new Map<string, { n: number; weight: number }>();
    const add = (feature: string, weight: number) => {
      const known = counts.get(feature);
      if (known) known.n += 1;
      else counts.set(feature, { n: 1, weight });
    };
    const content = contentWords(text);
    const weights = content.map((c) => (termWeights ? (termWeights.get(c.term) ?? 0) : 1));
    content.forEach((c, i) => {
      add(`w:${c.term}`, (weights[i] ?? 1) * this.w.words);
    });
    for (let i = 1; i < content.length; i++) {
      add(
        `b:${content[i - 1]?.term} ${content[i]?.term}`,
        (((weights[i - 1] ?? 1) + (weights[i] ?? 1)) / 2) * this.w.pairs,
      );
    }
    content.forEach((c, i) => {
      if (c.word.length < 4) return;
      const marked = `<${c.word}>`;
      const grams = marked.length - 2;
      for (let g = 0; g < grams; g++)
        add(`c:${marked.slice(g, g + 3)}`, ((weights[i] ?? 1) * this.w.grams) / grams);
    });
    const vector = new Array<number>(this.dimension).fill(0);
    for (const [feature, { n, weight }] of counts) {
      const h = fnv1a(feature);
      const bucket = h % this.dimension;
      const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
      // Sub-linear term frequency: a word said ten times is not ten times as important.
      vector[bucket] = (vector[bucket] ?? 0) + sign * weight * (1 + Math.log(n));
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm === 0) {
      // An empty text (only stop words or symbols) still needs a valid unit vector.
      vector[0] = 1;
      return vector;
    }
    return vector.map((v) => v / norm);
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }

  embedQuery(text: string, termWeights: ReadonlyMap<string, number>): number[] {
    return this.embedOne(text, termWeights);
  }
}

export interface OpenAIEmbedderOptions {
  /** Base URL including the API version, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`. */
  url: string;
  model: string;
  apiKey?: string | undefined;
  /** Requested output size (sent as `dimensions`); otherwise learnt from the first answer. */
  dimensions?: number | undefined;
  timeoutMs?: number;
  batchSize?: number;
  fetch?: typeof fetch;
}

interface EmbeddingsResponse {
  data?: { index?: number; embedding?: unknown }[];
}

/** Any server speaking OpenAI's `POST /v1/embeddings` (OpenAI, Ollama, vLLM, llama.cpp, TEI). */
export class OpenAIEmbedder implements Embedder {
  readonly name: string;
  private learnt: number | undefined;
  private readonly endpoint: string;

  constructor(private readonly options: OpenAIEmbedderOptions) {
    this.name = `openai:${options.model}`;
    this.learnt = options.dimensions;
    this.endpoint = `${options.url.replace(/\/+$/, '')}/embeddings`;
  }

  get dimension(): number | undefined {
    return this.learnt;
  }

  private async batch(input: string[]): Promise<number[][]> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const body: Record<string, unknown> = { model: this.options.model, input, encoding_format: 'float' };
    if (this.options.dimensions) body.dimensions = this.options.dimensions;
    let lastProblem = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
      let response: Response;
      try {
        response = await (this.options.fetch ?? fetch)(this.endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (err) {
        lastProblem = (err as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable';
        continue;
      }
      if (response.status >= 500 || response.status === 429) {
        await response.body?.cancel();
        lastProblem = `answered ${response.status}`;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw serviceUnavailable(
          'embeddings_failed',
          `the embeddings provider refused the request (${response.status})`,
        );
      }
      const parsed = (await response.json()) as EmbeddingsResponse;
      const data = parsed.data;
      if (!Array.isArray(data) || data.length !== input.length) {
        throw serviceUnavailable(
          'embeddings_failed',
          'the embeddings provider answered in an unexpected format',
        );
      }
      const vectors: number[][] = new Array(input.length);
      data.forEach((item, position) => {
        const vector = item.embedding;
        if (!Array.isArray(vector) || vector.length === 0 || !vector.every((v) => typeof v === 'number')) {
          throw serviceUnavailable('embeddings_failed', 'the embeddings provider answered without vectors');
        }
        vectors[typeof item.index === 'number' ? item.index : position] = vector as number[];
      });
      const size = vectors[0]?.length;
      if (!size || vectors.some((v) => v?.length !== size)) {
        throw serviceUnavailable(
          'embeddings_failed',
          'the embeddings provider answered vectors of mixed sizes',
        );
      }
      this.learnt ??= size;
      return vectors;
    }
    throw serviceUnavailable(
      'embeddings_unavailable',
      `the embeddings provider is unavailable (${lastProblem})`,
    );
  }

  async embed(texts: string[]): Promise<number[][]> {
    const size = this.options.batchSize ?? 64;
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += size) out.push(...(await this.batch(texts.slice(i, i + size))));
    return out;
  }
}
