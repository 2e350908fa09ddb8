/** Any server speaking OpenAI's `POST /v1/embeddings` (OpenAI, Ollama, vLLM, llama.cpp, TEI). */
import { ExponentialBackoff, handleType, retry } from 'cockatiel';
import { errors } from '../errors.js';
import type { Embedder, EmbedOptions } from './embedder.js';

/** A failure worth one more try: the provider unreachable, timed out, busy (429) or failing (5xx). */
class ProviderUnavailable extends Error {}

/** One retry after a short, jittered back-off; a request the provider refuses (4xx) is not retried. */
const providerRetry = retry(handleType(ProviderUnavailable), {
  maxAttempts: 1,
  backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 1_000 }),
});

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
  readonly kind = 'model';
  readonly local = false;
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
    try {
      return await providerRetry.execute(() => this.attempt(input, headers, body));
    } catch (err) {
      if (err instanceof ProviderUnavailable) {
        throw errors.embeddingsUnavailable(`the embeddings provider is unavailable (${err.message})`);
      }
      throw err;
    }
  }

  private async attempt(
    input: string[],
    headers: Record<string, string>,
    body: Record<string, unknown>,
  ): Promise<number[][]> {
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (err) {
      throw new ProviderUnavailable(
        typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError'
          ? 'timed out'
          : 'unreachable',
      );
    }
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      throw new ProviderUnavailable(`answered ${response.status}`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw errors.embeddingsFailed(`the embeddings provider refused the request (${response.status})`);
    }
    // The provider's answer: its shape is checked field by field below.
    const parsed = (await response.json()) as EmbeddingsResponse;
    const data = parsed.data;
    if (!Array.isArray(data) || data.length !== input.length) {
      throw errors.embeddingsFailed('the embeddings provider answered in an unexpected format');
    }
    const vectors: number[][] = new Array(input.length);
    data.forEach((item, position) => {
      const vector = item.embedding;
      if (
        !Array.isArray(vector) ||
        vector.length === 0 ||
        !vector.every((v): v is number => typeof v === 'number')
      ) {
        throw errors.embeddingsFailed('the embeddings provider answered without vectors');
      }
      vectors[typeof item.index === 'number' ? item.index : position] = vector;
    });
    const size = vectors[0]?.length;
    if (!size || vectors.some((v) => v?.length !== size)) {
      throw errors.embeddingsFailed('the embeddings provider answered vectors of mixed sizes');
    }
    this.learnt ??= size;
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.batch([text]);
    if (!vector) throw errors.embeddingsFailed('the embeddings provider answered without vectors');
    return vector;
  }

  async embedDocuments(texts: string[], { signal }: EmbedOptions = {}): Promise<number[][]> {
    const size = this.options.batchSize ?? 64;
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += size) {
      // A caller that has gone is not charged for the batches it no longer waits for.
      signal?.throwIfAborted();
      out.push(...(await this.batch(texts.slice(i, i + size))));
    }
    return out;
  }
}
