/**
 * An installed model's description (`model.json`, written by tools/models/install.sh). Read in the
 * HTTP worker to check the configuration; the model itself is loaded only in embedding threads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Pooling = 'cls' | 'mean';

/** `model.json`, written by tools/models/install.sh. */
export interface ModelManifest {
  name: string;
  artifact: string;
  pooling: Pooling;
  dimension: number;
  /** The model's longest input; longer texts are cut (their start is kept). */
  maxTokens: number;
  /** Prepended to queries only (bge's retrieval instruction, e5's "query: "); empty for symmetric models. */
  queryPrefix: string;
  /** Prepended to passages (e5's "passage: "); empty for the models trained on bare passages. */
  passagePrefix: string;
}

export const INSTALL_COMMAND = 'bash tools/models/install.sh';

/** Reads and checks `<dir>/model.json`; throws a message naming the install command when absent. */
export function readManifest(dir: string): ModelManifest {
  const file = join(dir, 'model.json');
  if (!existsSync(file) || !existsSync(join(dir, 'model.onnx')) || !existsSync(join(dir, 'tokenizer.json'))) {
    throw new Error(
      `the embedding model is not installed in ${dir} (run: ${INSTALL_COMMAND} ${basename(dir)})`,
    );
  }
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof raw !== 'object' || raw === null) throw new Error(`${file}: not an object`);
  const field = (key: string): unknown => (key in raw ? Reflect.get(raw, key) : undefined);
  const name = field('name');
  const artifact = field('artifact');
  const pooling = field('pooling');
  const dimension = field('dimension');
  const maxTokens = field('maxTokens');
  const queryPrefix = field('queryPrefix');
  // A model.json without the field means no passage prefix (the install step omitted it when no
  // model had one, and an installed model is not rewritten while its jar is unchanged).
  const passagePrefix = field('passagePrefix') ?? '';
  if (
    typeof name !== 'string' ||
    typeof artifact !== 'string' ||
    (pooling !== 'cls' && pooling !== 'mean') ||
    typeof dimension !== 'number' ||
    typeof maxTokens !== 'number' ||
    typeof queryPrefix !== 'string' ||
    typeof passagePrefix !== 'string'
  ) {
    throw new Error(`${file}: unexpected content (reinstall: ${INSTALL_COMMAND} ${basename(dir)})`);
  }
  return { name, artifact, pooling, dimension, maxTokens, queryPrefix, passagePrefix };
}
