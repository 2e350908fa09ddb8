/** The OpenAI-compatible embedder's retry policy, against a scripted fetch: what is retried, how often. */
import { describe, expect, it } from 'vitest';
import { OpenAIEmbedder } from '../src/embedding/openai.js';

type Step = number | 'unreachable';

/** A fetch answering the scripted steps in order (a status, or a network failure), counting calls. */
function scripted(steps: Step[]) {
  const calls: string[] = [];
  const fetchStub: typeof fetch = async (_url, init) => {
    const step = steps[calls.length] ?? 200;
    calls.push(String(init?.method));
    if (step === 'unreachable') throw new TypeError('fetch failed');
    if (step !== 200) return new Response('{"error":"no"}', { status: step });
    const input = JSON.parse(String(init?.body)) as { input: string[] };
    return Response.json({ data: input.input.map((_, index) => ({ index, embedding: [1, 0, 0] })) });
  };
  return { calls, fetchStub };
}

const embedder = (fetchStub: typeof fetch) =>
  new OpenAIEmbedder({ url: 'http://provider.invalid/v1', model: 'm', fetch: fetchStub });

describe('OpenAI-compatible embedder retries', () => {
  it.each<[string, Step]>([
    ['a 503', 503],
    ['a 429', 429],
    ['an unreachable provider', 'unreachable'],
  ])('tries once more after %s and answers', async (_name, first) => {
    const { calls, fetchStub } = scripted([first, 200]);
    expect(await embedder(fetchStub).embedQuery('whale')).toEqual([1, 0, 0]);
    expect(calls).toHaveLength(2);
  });

  it('gives up after the second failure with embeddings_unavailable, naming the last problem', async () => {
    const { calls, fetchStub } = scripted([500, 502, 200]);
    await expect(embedder(fetchStub).embedQuery('whale')).rejects.toMatchObject({
      code: 'embeddings_unavailable',
      message: expect.stringContaining('answered 502'),
    });
    expect(calls).toHaveLength(2);
  });

  it('does not retry a request the provider refuses', async () => {
    const { calls, fetchStub } = scripted([400, 200]);
    await expect(embedder(fetchStub).embedQuery('whale')).rejects.toMatchObject({
      code: 'embeddings_failed',
    });
    expect(calls).toHaveLength(1);
  });

  it('sends no further batch of passages once the caller has gone', async () => {
    const gone = new AbortController();
    const calls: number[] = [];
    const fetchStub: typeof fetch = async (_url, init) => {
      const input = JSON.parse(String(init?.body)) as { input: string[] };
      calls.push(input.input.length);
      gone.abort();
      return Response.json({ data: input.input.map((_, index) => ({ index, embedding: [1, 0, 0] })) });
    };
    const provider = new OpenAIEmbedder({
      url: 'http://provider.invalid/v1',
      model: 'm',
      batchSize: 2,
      fetch: fetchStub,
    });
    await expect(
      provider.embedDocuments(['a', 'b', 'c', 'd', 'e'], { signal: gone.signal }),
    ).rejects.toThrow();
    expect(calls).toEqual([2]);
  });
});
