/**
 * One installed sentence-embedding model (tools/models/install.sh unpacks it): its description,
 * its tokenizer and an onnxruntime session. Runs inside an embedding worker thread; nothing here is
 * fetched from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { type ModelManifest, readManifest } from './manifest.js';

export interface ModelOptions {
  /** onnxruntime's threads inside one inference (1: each embedding worker uses one core). */
  intraOpThreads: number;
}

export class SentenceModel {
  private constructor(
    readonly manifest: ModelManifest,
    private readonly tokenizer: Tokenizer,
    private readonly session: InferenceSession,
    private readonly sepId: number,
  ) {}

  static async load(dir: string, options: ModelOptions): Promise<SentenceModel> {
    const manifest = readManifest(dir);
    const tokenizer = new Tokenizer(JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')), {});
    const session = await InferenceSession.create(join(dir, 'model.onnx'), {
      intraOpNumThreads: options.intraOpThreads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionProviders: ['cpu'],
    });
    const sepId = tokenizer.token_to_id('[SEP]');
    if (sepId === undefined) throw new Error(`${dir}: the tokenizer has no [SEP] token`);
    return new SentenceModel(manifest, tokenizer, session, sepId);
  }

  /** Token ids with [CLS] ... [SEP], cut to the model's longest input (keeping the final [SEP]). */
  private ids(text: string): number[] {
    const ids = this.tokenizer.encode(text).ids;
    if (ids.length <= this.manifest.maxTokens) return ids;
    const cut = ids.slice(0, this.manifest.maxTokens - 1);
    cut.push(this.sepId);
    return cut;
  }

  /**
   * Embeds a batch, each text after its side's prefix (query or passage, as the model was trained):
   * padded to its longest text, pooled as the model was trained (bge: the [CLS]
   * token; MiniLM: the mean of the real tokens), L2-normalised. One Float32Array per text.
   */
  async embed(texts: readonly string[], purpose: 'query' | 'document'): Promise<Float32Array<ArrayBuffer>[]> {
    const prefix = purpose === 'query' ? this.manifest.queryPrefix : this.manifest.passagePrefix;
    const encoded = texts.map((t) => this.ids(prefix + t));
    const rows = encoded.length;
    const width = Math.max(2, ...encoded.map((e) => e.length));
    const inputIds = new BigInt64Array(rows * width);
    const mask = new BigInt64Array(rows * width);
    encoded.forEach((ids, r) => {
      ids.forEach((id, c) => {
        inputIds[r * width + c] = BigInt(id);
        mask[r * width + c] = 1n;
      });
    });
    const feeds: Record<string, Tensor> = {
      input_ids: new Tensor('int64', inputIds, [rows, width]),
      attention_mask: new Tensor('int64', mask, [rows, width]),
    };
    if (this.session.inputNames.includes('token_type_ids'))
      feeds.token_type_ids = new Tensor('int64', new BigInt64Array(rows * width), [rows, width]);
    const output = (await this.session.run(feeds)).last_hidden_state;
    if (!output || !(output.data instanceof Float32Array))
      throw new Error('the model gave no last_hidden_state');
    const hidden = output.data;
    const dim = output.dims[2] ?? 0;
    return encoded.map((ids, r) => {
      const vector = new Float32Array(dim);
      const base = r * width * dim;
      if (this.manifest.pooling === 'cls') {
        vector.set(hidden.subarray(base, base + dim));
      } else {
        for (let t = 0; t < ids.length; t++) {
          const row = base + t * dim;
          for (let d = 0; d < dim; d++) vector[d] = (vector[d] ?? 0) + (hidden[row + d] ?? 0);
        }
        for (let d = 0; d < dim; d++) vector[d] = (vector[d] ?? 0) / ids.length;
      }
      let norm = 0;
      for (const v of vector) norm += v * v;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) vector[d] = (vector[d] ?? 0) / norm;
      return vector;
    });
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}
