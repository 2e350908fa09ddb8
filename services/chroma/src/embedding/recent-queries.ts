/**
 * The vectors of the latest queries, by text. An offline chat answer embeds its question twice (the
 * vector search, then the comparison of its candidate sentences in meaning, each a batch of that
 * one text, which the model always gives the same vector) and an author often asks again: the second
 * embedding would be work on the request path for nothing.
 */
export class RecentQueries {
  /** In order of last use, oldest first; a pending vector is shared by callers asking at once. */
  private readonly known = new Map<string, Promise<number[]>>();

  constructor(private readonly limit: number) {}

  /** The query's vector: remembered, or computed (a failure is not remembered). Each caller gets its own copy. */
  async vector(text: string, compute: (text: string) => Promise<number[]>): Promise<number[]> {
    let vector = this.known.get(text);
    if (vector) this.known.delete(text);
    else {
      vector = compute(text);
      const pending = vector;
      pending.catch(() => {
        if (this.known.get(text) === pending) this.known.delete(text);
      });
    }
    this.known.set(text, vector);
    const oldest = this.known.keys().next().value;
    if (this.known.size > this.limit && oldest !== undefined) this.known.delete(oldest);
    return (await vector).slice();
  }
}
