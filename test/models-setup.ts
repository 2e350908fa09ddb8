/**
 * Vitest global set-up: the embedding models the tests run (the chroma service's default and the
 * mean-pooled MiniLM) are installed by tools/models/install.sh when missing, as .ci/run does.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function installModels(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    execFileSync('bash', ['tools/models/install.sh', 'bge-small-en-v1.5-q', 'all-minilm-l6-v2'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (err) {
    const stderr = err instanceof Error && 'stderr' in err ? String(err.stderr) : '';
    throw new Error(`the embedding models could not be installed:\n${stderr}`);
  }
}
