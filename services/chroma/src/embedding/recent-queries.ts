import { LRUCache } from 'lru-cache';

type Embed = (text: string) => Promise<number[]>;

/**
 * The vectors of the latest queries, by text. An offline chat answer embeds its question twice (the
 * vector search, then the comparison of its candidate sentences in meaning, each a batch of that
 * one text, which the model always gives the same vector) and an author often asks again: the second
 * embedding would be work on the request path for nothing.
 */
export class RecentQueries {
  // lru-cache's fetch shares a pending vector among callers asking at once and keeps no failure.
  private readonly known: LRUCache<string, number[], Embed>;

  constructor(limit: number) {
    this.known = new LRUCache<string, number[], Embed>({
      max: limit,
      fetchMethod: (text, _stale, { context }) => context(text),
    });
  }

  /** The query's vector: remembered, or computed by `compute`. Each caller gets its own copy. */
  async vector(text: string, compute: Embed): Promise<number[]> {
    return (await this.known.forceFetch(text, { context: compute })).slice();
  }
}
