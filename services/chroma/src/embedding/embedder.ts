/**
 * What the service needs from an embedding provider. The service embeds every text itself (the
 * vector store only stores vectors), so the provider in use is known and recorded with each
 * project's vectors: a search never compares vectors of two different models.
 */
export interface EmbedOptions {
  /** The caller has gone: work not yet started is dropped and the promise rejects. */
  signal?: AbortSignal | undefined;
  /** Someone waits on these texts (the chat's candidate sentences): they go ahead of bulk passages. */
  interactive?: boolean | undefined;
  /**
   * Each text in a batch of its own: its vector then depends on that text alone (an int8 model
   * quantises a batch's activations together, so the texts beside one shift its vector a little),
   * and a vector stored for a text is the one it would get now.
   */
  separately?: boolean | undefined;
}

export interface Embedder {
  /** Stable id recorded per collection, e.g. `onnx:bge-small-en-v1.5-q` or `openai:text-embedding-3-small`. */
  readonly name: string;
  /** Vector length, or undefined until a remote provider has answered once. */
  readonly dimension: number | undefined;
  /** Passages (to store: bulk work that yields to queries; or, `interactive`, to compare now). */
  embedDocuments(texts: string[], options?: EmbedOptions): Promise<number[][]>;
  /**
   * A search query. `termWeights` (stemmed term to weight, the project's BM25 inverse document
   * frequencies) is used by the hashed embedder, which cannot know on its own that "Ahab" is
   * common in Moby Dick; models ignore it.
   */
  embedQuery(text: string, termWeights?: ReadonlyMap<string, number>): Promise<number[]>;
  /**
   * `bag-of-words` (the hashed embedder): a query needs content words and is weighted by the
   * project's IDF, and each passage's vector gets a share of its neighbours' (a bag of words cannot
   * see the scene beyond its chunk). `model`: texts are embedded as they are.
   */
  readonly kind: 'bag-of-words' | 'model';
  /** The model runs in this service: embedding more texts costs its CPU, not a provider's fees. */
  readonly local: boolean;
  /** Resolves when the provider can embed (a local model is loaded). */
  ready?(): Promise<void>;
  close?(): Promise<void>;
}
