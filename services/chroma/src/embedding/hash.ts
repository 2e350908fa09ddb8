/**
 * The hashed embedder: no model, no download, deterministic. Only used when chosen explicitly
 * (`EMBEDDINGS_PROVIDER=hash`); the default is the installed sentence-embedding model.
 */
import { contentWords } from '@george/text';
import type { Embedder } from './embedder.js';

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
 * Hashed features. Each text becomes a bag of
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

export class HashEmbedder implements Embedder {
  readonly name = 'local-hash-v2';
  readonly kind = 'bag-of-words';
  readonly local = true;
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

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }

  async embedQuery(text: string, termWeights?: ReadonlyMap<string, number>): Promise<number[]> {
    return this.embedOne(text, termWeights);
  }
}
