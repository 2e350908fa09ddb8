/**
 * Sentence vectors made ahead of answers: the chat compares a question with its candidate answer
 * sentences (`/similarity`), each a sentence of a stored chunk or two in a row, and embedding them
 * then was most of an offline answer's time. After chunks are stored, their sentences are embedded
 * in the background (bulk work that yields to searches) and kept by the hash of their text;
 * `/similarity` embeds only the texts it finds no vector for. The chunks whose sentences are not
 * stored yet (an upload in progress, a crash, a store older than the table) are found in the
 * database, so the work resumes where it stopped.
 */
import { createHash } from 'node:crypto';
import { mustAt } from '@george/runtime/collections';
import { sentences } from '@george/text';
import type { Embedder } from './embedding/embedder.js';
import type { ChunkSentences, SentenceVectors } from './store/sentences.js';

/**
 * The chat's candidates (the backend's chat/extractive.ts `rankSentences`): a sentence, or two in
 * a row of at most 400 characters, of at least 15. Other texts are embedded when asked, so these
 * bounds decide only how many are found stored, never a score.
 */
const MIN_TEXT = 15;
const MAX_PAIR = 400;
/** Chunks embedded and stored per step (a few hundred sentences): a crash loses one step. */
const CHUNKS_PER_STEP = 8;

/** The texts of a chunk the chat may compare with a question: its sentences and pairs of them. */
export function sentenceTexts(text: string): string[] {
  const spans = sentences(text);
  const out = new Set<string>();
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    for (const end of [span.end, next && next.end - span.start <= MAX_PAIR ? next.end : null]) {
      if (end !== null && end - span.start >= MIN_TEXT) out.add(text.slice(span.start, end));
    }
  });
  return [...out];
}

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Shuffled, so that two workers filling the same chunks mostly take different ones first. */
function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const kept = mustAt(items, i);
    items[i] = mustAt(items, j);
    items[j] = kept;
  }
  return items;
}

export class SentenceIndex {
  /** Projects to fill; `null`: every project. */
  private readonly waiting = new Set<string | null>();
  private running: Promise<void> | null = null;
  private readonly stopped = new AbortController();

  constructor(
    private readonly store: SentenceVectors,
    private readonly embedder: Embedder,
    private readonly report: (err: unknown) => void,
  ) {}

  /** Sentences are stored for a model that runs here (a provider would charge for each). */
  get enabled(): boolean {
    return this.embedder.kind === 'model' && this.embedder.local;
  }

  /**
   * The stored vector of each text that the project's chunks have. Another project's are never
   * read: how fast a text is compared must not tell whether someone else's manuscript holds it.
   */
  async stored(projectId: string | undefined, texts: readonly string[]): Promise<Map<string, number[]>> {
    if (!this.enabled || projectId === undefined || texts.length === 0) return new Map();
    const byHash = await this.store.lookup(projectId, this.embedder.name, texts.map(textHash));
    const out = new Map<string, number[]>();
    for (const text of texts) {
      const vector = byHash.get(textHash(text));
      if (vector) out.set(text, vector);
    }
    return out;
  }

  async deleteFile(projectId: string, fileId: string): Promise<void> {
    await this.store.deleteFile(projectId, fileId);
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.store.deleteProject(projectId);
  }

  /** Fills the pending chunks of a project (`null`: of every project) in the background. */
  schedule(projectId: string | null): void {
    if (!this.enabled || this.stopped.signal.aborted) return;
    this.waiting.add(projectId);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when nothing is waiting (tests and benchmarks wait for the vectors). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Drops the work not started; the chunks stay pending for the next start. */
  async stop(): Promise<void> {
    this.stopped.abort();
    this.waiting.clear();
    await this.running;
  }

  private async run(): Promise<void> {
    for (let next = this.take(); next !== undefined; next = this.take()) {
      try {
        await this.fill(next);
      } catch (err) {
        if (!this.stopped.signal.aborted) this.report(err);
      }
    }
  }

  private take(): string | null | undefined {
    const [first] = this.waiting;
    if (first === undefined) return undefined;
    this.waiting.delete(first);
    return first;
  }

  private async fill(projectId: string | null): Promise<void> {
    const pending = shuffled(await this.store.pending(this.embedder.name, projectId ?? undefined));
    const byProject = new Map<string, string[]>();
    for (const p of pending) {
      const ids = byProject.get(p.projectId) ?? [];
      ids.push(p.chunkId);
      byProject.set(p.projectId, ids);
    }
    for (const [project, ids] of byProject) {
      for (let i = 0; i < ids.length && !this.stopped.signal.aborted; i += CHUNKS_PER_STEP)
        await this.embedChunks(project, ids.slice(i, i + CHUNKS_PER_STEP));
    }
  }

  /**
   * One step of a re-index: the sentences of up to `limit` of the project's pending chunks are
   * embedded and stored now; answers how many chunks were and how many are still pending.
   */
  async fillSome(projectId: string, limit: number): Promise<{ filled: number; pending: number }> {
    if (!this.enabled) return { filled: 0, pending: 0 };
    const pending = await this.store.pending(this.embedder.name, projectId);
    const ids = pending.slice(0, limit).map((p) => p.chunkId);
    let filled = 0;
    for (let i = 0; i < ids.length; i += CHUNKS_PER_STEP)
      filled += await this.embedChunks(projectId, ids.slice(i, i + CHUNKS_PER_STEP));
    return { filled, pending: pending.length - filled };
  }

  /** Embeds and stores the sentences of those of these chunks still pending; answers how many. */
  private async embedChunks(projectId: string, chunkIds: string[]): Promise<number> {
    const name = this.embedder.name;
    const chunks = await this.store.pendingChunks(name, projectId, chunkIds);
    const textsOf = chunks.map((c) => sentenceTexts(c.text));
    const vectors = await this.embedder.embedDocuments(textsOf.flat(), {
      signal: this.stopped.signal,
      separately: true,
    });
    let at = 0;
    const done: ChunkSentences[] = chunks.map((chunk, c) => ({
      chunk,
      vectors: (textsOf[c] ?? []).map((text) => ({ hash: textHash(text), vector: mustAt(vectors, at++) })),
    }));
    await this.store.store(name, done);
    return chunks.length;
  }
}
