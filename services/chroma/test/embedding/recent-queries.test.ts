import { describe, expect, it } from 'vitest';
import { RecentQueries } from '../../src/embedding/recent-queries.js';

/** A model that counts its calls: the vector of a text is its length and its first letter's code. */
function countingModel() {
  const asked: string[] = [];
  return {
    asked,
    compute: async (text: string) => {
      asked.push(text);
      return [text.length, text.charCodeAt(0)];
    },
  };
}

describe('RecentQueries', () => {
  it('embeds a query asked again once, and each caller gets its own copy', async () => {
    const recent = new RecentQueries(10);
    const model = countingModel();
    const first = await recent.vector('Who is Lizzy?', model.compute);
    first[0] = -1;
    expect(await recent.vector('Who is Lizzy?', model.compute)).toEqual([13, 87]);
    expect(model.asked).toEqual(['Who is Lizzy?']);
  });

  it('embeds another query, and the same query asked at once only once', async () => {
    const recent = new RecentQueries(10);
    const model = countingModel();
    await Promise.all([recent.vector('Jane', model.compute), recent.vector('Jane', model.compute)]);
    expect(await recent.vector('Bingley', model.compute)).toEqual([7, 66]);
    expect(model.asked).toEqual(['Jane', 'Bingley']);
  });

  it('forgets the query used least recently beyond its limit', async () => {
    const recent = new RecentQueries(2);
    const model = countingModel();
    await recent.vector('a', model.compute);
    await recent.vector('b', model.compute);
    await recent.vector('a', model.compute);
    await recent.vector('c', model.compute);
    await recent.vector('a', model.compute);
    await recent.vector('b', model.compute);
    expect(model.asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not remember a failure: the next ask embeds again', async () => {
    const recent = new RecentQueries(10);
    let calls = 0;
    const flaky = async (text: string) => {
      calls += 1;
      if (calls === 1) throw new Error('the embedding model failed');
      return [text.length];
    };
    await expect(recent.vector('Who is Lizzy?', flaky)).rejects.toThrow('the embedding model failed');
    expect(await recent.vector('Who is Lizzy?', flaky)).toEqual([13]);
    expect(calls).toBe(2);
  });
});
