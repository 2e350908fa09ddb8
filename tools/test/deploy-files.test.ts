/**
 * The container files (the one Dockerfile of the Node services, .dockerignore,
 * docker-compose.{dev,prod}.yml): no Docker engine runs here, so they are linted (dockerfile-utils,
 * dclint) and their rules are checked by parsing them, the Dockerfile as each service's build
 * arguments in docker-compose.prod.yml resolve it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_PORTS } from '@george/runtime';
import { REPO_ROOT, tempDir } from '@george/runtime/testing';
import { DCLinter } from 'dclint';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const SERVICES = Object.keys(SERVICE_PORTS) as (keyof typeof SERVICE_PORTS)[];
/** Services that keep data and so need a named volume in production (plus Chroma and Neo4j). */
const STATEFUL = ['auth', 'billing', 'backend', 'filesystem', 'git', 'external-data', 'chroma'];

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** Splits a Dockerfile into instructions (continuations joined, comments dropped), with their stage. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let stage = -1;
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (current === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    const match = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(current);
    current = '';
    if (!match) continue;
    const keyword = (match[1] as string).toUpperCase();
    if (keyword === 'FROM') stage += 1;
    out.push({ keyword, args: (match[2] as string).trim(), stage });
  }
  return out;
}

const DOCKERFILE = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');

/** The build arguments docker-compose.prod.yml gives a service's image. */
function buildArgs(name: string): Record<string, string> {
  const build = compose('docker-compose.prod.yml').services[name]?.build;
  return { APT_PACKAGES: '', ...(build?.args ?? {}) };
}

/**
 * The Dockerfile as a service's build resolves it: `${ARG}` replaced by the service's build
 * arguments (what Docker does in COPY, ENV, EXPOSE and the shells of RUN and CMD).
 */
function dockerfile(name: string): { text: string; all: Instruction[]; final: Instruction[] } {
  const args = buildArgs(name);
  const text = DOCKERFILE.replace(/\$\{([A-Z_]+)\}/g, (whole, arg: string) => args[arg] ?? whole);
  const all = instructions(text);
  const last = Math.max(...all.map((i) => i.stage));
  return { text, all, final: all.filter((i) => i.stage === last) };
}

/** The command the image runs: CMD's `sh -c "exec ..."` resolved and split into its words. */
function command(final: Instruction[]): string[] {
  const cmds = final.filter((i) => i.keyword === 'CMD');
  expect(cmds).toHaveLength(1);
  const [shell, flag, script] = JSON.parse(cmds[0]?.args ?? '[]') as string[];
  expect([shell, flag]).toEqual(['sh', '-c']);
  const words = (script ?? '').replace(/"/g, '').split(/\s+/);
  expect(words[0]).toBe('exec');
  return words.slice(1);
}

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string | string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  restart?: string;
  healthcheck?: { test: string[] };
  logging?: { driver: string; options: Record<string, string> };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function compose(file: string): ComposeFile {
  return parse(readFileSync(join(REPO_ROOT, file), 'utf8'), { merge: true }) as ComposeFile;
}

/**
 * dclint with its default rules, except that quoted ports use double quotes: Biome formats the
 * YAML files of the repository and writes double quotes. The same file serves the command line:
 * `npx dclint -c tools/test/dclint.json docker-compose.dev.yml docker-compose.prod.yml`.
 */
/**
 * dclint's declarations import their own modules without extensions, which NodeNext resolution does
 * not follow (its messages come out untyped): the fields read here, as dclint documents them.
 */
interface ComposeLintResult {
  filePath: string;
  messages: { rule: string; message: string; line: number }[];
  errorCount: number;
  warningCount: number;
}

function lintCompose(paths: string[]): ComposeLintResult[] {
  const config = JSON.parse(readFileSync(join(REPO_ROOT, 'tools/test/dclint.json'), 'utf8'));
  const linter = new DCLinter(config);
  return linter.lintFiles(paths, false);
}

describe('Dockerfiles', () => {
  it('the Dockerfile passes dockerfile-utils lint with every check at error level', () => {
    const problems = validateDockerfile(DOCKERFILE, {
      deprecatedMaintainer: 2,
      directiveCasing: 2,
      emptyContinuationLine: 2,
      instructionCasing: 2,
      instructionCmdMultiple: 2,
      instructionEntrypointMultiple: 2,
      instructionHealthcheckMultiple: 2,
      instructionJSONInSingleQuotes: 2,
      instructionWorkdirRelative: 2,
    });
    expect(problems.map((p) => `${p.range.start.line + 1}: ${p.message}`)).toEqual([]);
  });

  it('the linter does catch a broken Dockerfile', () => {
    const problems = validateDockerfile(
      'FROM node:20\nCOPY --bogus a b\nHEALTHCHECK --interval=abc CMD true\n',
    );
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it.each(SERVICES)(
    '%s: multi-stage from node:20-bookworm-slim, npm ci then build, npm ci --omit=dev last',
    (name) => {
      const { all, final } = dockerfile(name);
      const froms = all.filter((i) => i.keyword === 'FROM');
      expect(froms.length).toBeGreaterThanOrEqual(2);
      for (const from of froms) expect(from.args.split(/\s+/)[0]).toBe('node:20-bookworm-slim');
      const buildRuns = all.filter((i) => i.keyword === 'RUN' && i.stage < (final[0]?.stage ?? 0));
      const ci = buildRuns.findIndex((i) => /\bnpm ci\b/.test(i.args) && !i.args.includes('--omit=dev'));
      const build = buildRuns.findIndex((i) => /tsc -b|npm run build/.test(i.args));
      expect(ci).toBeGreaterThanOrEqual(0);
      expect(build).toBeGreaterThan(ci);
      const finalCi = final.filter((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
      expect(finalCi).toHaveLength(1);
      expect(finalCi[0]?.args).toContain('--omit=dev');
      // Workspace-aware: only this workspace's production dependencies.
      expect(finalCi[0]?.args).toContain(`-w @george/${name}`);
      // The compiled service reaches the final stage from the build stage.
      expect(
        final.some(
          (i) =>
            i.keyword === 'COPY' &&
            i.args.includes('--from=build') &&
            i.args.includes(`services/${name}/dist`),
        ),
      ).toBe(true);
    },
  );

  it.each(SERVICES)(
    '%s: manifests stage copies root and workspace package files (npm ci needs them)',
    (name) => {
      const { all } = dockerfile(name);
      const manifests = all.filter((i) => i.stage === 0);
      expect(manifests[0]?.args).toMatch(/AS manifests$/);
      const collect = manifests.find((i) => i.keyword === 'RUN')?.args ?? '';
      expect(collect).toContain('cp package.json package-lock.json /manifests/');
      for (const glob of ['packages/*/package.json', 'services/*/package.json', 'tools/package.json']) {
        expect(collect).toContain(glob);
      }
      expect(
        all.filter((i) => i.keyword === 'COPY' && i.args.startsWith('--from=manifests /manifests/')).length,
      ).toBe(2);
    },
  );

  it.each(SERVICES)('%s: runs george-serve -w 4 on its port as a non-root user, no NODE_ENV', (name) => {
    const port = SERVICE_PORTS[name];
    const { all, final } = dockerfile(name);
    expect(command(final)).toEqual([
      'node_modules/.bin/george-serve',
      '-w',
      '4',
      '-b',
      `0.0.0.0:${port}`,
      `services/${name}/dist/app.js`,
    ]);
    expect(final.some((i) => i.keyword === 'ENTRYPOINT')).toBe(false);
    const users = final.filter((i) => i.keyword === 'USER');
    expect(users.length).toBeGreaterThanOrEqual(1);
    const user = users.at(-1)?.args ?? '';
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(final.filter((i) => i.keyword === 'EXPOSE').map((i) => i.args)).toEqual([String(port)]);
    expect(final.some((i) => i.keyword === 'ENV' && i.args.includes(`PORT=${port}`))).toBe(true);
    // Production is the default: NODE_ENV is set nowhere in the image, in no stage.
    for (const i of all) {
      if (i.keyword === 'ENV' || i.keyword === 'ARG') expect(i.args).not.toMatch(/NODE_ENV/);
    }
    expect(all.some((i) => /NODE_ENV/.test(i.args))).toBe(false);
  });

  it.each(SERVICES)('%s: HEALTHCHECK on /health of its port, with node (no curl in the image)', (name) => {
    const port = SERVICE_PORTS[name];
    const { final, text } = dockerfile(name);
    const checks = final.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(checks).toHaveLength(1);
    const args = checks[0]?.args ?? '';
    const json = args.slice(args.indexOf('CMD') + 3).trim();
    const test = JSON.parse(json) as string[];
    expect(test[0]).toBe('node');
    // The port from the image's environment (ENV PORT, checked above), as the server binds it.
    expect(test.join(' ')).toContain("'http://127.0.0.1:'+process.env.PORT+'/health'");
    expect(final.some((i) => i.keyword === 'ENV' && i.args.includes(`PORT=${port}`))).toBe(true);
    expect(text).not.toMatch(/\bcurl\b|\bwget\b/);
  });

  it('the git image installs git, and only it; stateful images keep data under /data owned by the runtime user', () => {
    const installsGit = (name: string) =>
      dockerfile(name).final.some((i) => i.keyword === 'RUN' && /apt-get install[^&]*\bgit\b/.test(i.args));
    expect(installsGit('git')).toBe(true);
    for (const name of SERVICES.filter((s) => s !== 'git')) expect(installsGit(name), name).toBe(false);
    for (const name of STATEFUL) {
      const { final } = dockerfile(name);
      expect(final.some((i) => i.keyword === 'ENV' && /(^| )DATA_DIR=\/data( |$)/.test(i.args))).toBe(true);
      expect(final.some((i) => i.keyword === 'RUN' && i.args.includes('chown node:node /data'))).toBe(true);
    }
  });

  it('one Dockerfile for every Node service, no other', () => {
    for (const name of SERVICES)
      expect(existsSync(join(REPO_ROOT, 'services', name, 'Dockerfile')), name).toBe(false);
    expect(DOCKERFILE).toMatch(/^ARG SERVICE$/m);
    expect(DOCKERFILE).toMatch(/^ARG PORT$/m);
  });

  it('the frontend image builds with npm run build -w @george/frontend', () => {
    const { all } = dockerfile('frontend');
    expect(all.some((i) => i.keyword === 'RUN' && i.args.includes('npm run build -w @george/frontend'))).toBe(
      true,
    );
  });
});

describe('.dockerignore', () => {
  const lines = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps data, secrets, dependencies, build output and test artifacts out of the context', () => {
    for (const pattern of [
      '.git',
      '**/node_modules',
      '**/dist',
      '.george',
      '**/.george',
      '**/*.sqlite',
      '.env',
      '.env.*',
      '**/*.pem',
      'secrets',
      '**/secrets',
      '**/coverage',
      '**/test-artifacts',
    ]) {
      expect(lines).toContain(pattern);
    }
  });

  it('still sends what the images build from', () => {
    for (const needed of [
      'package.json',
      'package-lock.json',
      'packages',
      'services',
      'tsconfig.base.json',
    ]) {
      expect(lines).not.toContain(needed);
      expect(existsSync(join(REPO_ROOT, needed))).toBe(true);
    }
  });
});

describe('docker-compose files', () => {
  it('pass dclint with no error or warning', () => {
    const results = lintCompose([
      join(REPO_ROOT, 'docker-compose.dev.yml'),
      join(REPO_ROOT, 'docker-compose.prod.yml'),
    ]);
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.messages.map((m) => `${r.filePath}:${m.line} ${m.rule}: ${m.message}`)).toEqual([]);
    }
  });

  it('dclint does catch an unbound published port', () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'docker-compose.yml');
      writeFileSync(file, 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n');
      const [result] = lintCompose([file]);
      expect(result?.errorCount).toBeGreaterThan(0);
    } finally {
      dir.remove();
    }
  });

  describe('development', () => {
    const dev = compose('docker-compose.dev.yml');

    it.each(SERVICES)(
      '%s: source mounted, npm run dev on 0.0.0.0, NODE_ENV=development, port published',
      (name) => {
        const s = dev.services[name] as ComposeService;
        expect(s).toBeDefined();
        expect(s.volumes).toContain('.:/app');
        expect(String(s.command)).toContain(`npm run dev -w @george/${name}`);
        expect(s.environment?.NODE_ENV).toBe('development');
        expect(s.environment?.HOST).toBe('0.0.0.0');
        expect(String(s.environment?.PORT)).toBe(String(SERVICE_PORTS[name]));
        expect(s.ports).toContain(`127.0.0.1:${SERVICE_PORTS[name]}:${SERVICE_PORTS[name]}`);
      },
    );

    it('has Chroma and Neo4j containers', () => {
      expect(dev.services['chroma-db']?.image).toMatch(/^chromadb\/chroma:/);
      expect(dev.services.neo4j?.image).toMatch(/^neo4j:5/);
      expect(dev.services.chroma?.environment?.CHROMA_URL).toBe('http://chroma-db:8000');
      expect(dev.services.backend?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    });
  });

  describe('production', () => {
    const prod = compose('docker-compose.prod.yml');
    const urlVars = [
      'AUTH_SERVER_URL',
      'FILESYSTEM_SERVER_URL',
      'CHROMA_SERVER_URL',
      'BILLING_SERVER_URL',
      'GIT_SERVER_URL',
      'EXTERNAL_DATA_SERVER_URL',
    ];

    it('has every service of both files, and the same services as development', () => {
      const dev = compose('docker-compose.dev.yml');
      for (const name of [...SERVICES, 'chroma-db', 'neo4j']) {
        expect(prod.services[name], name).toBeDefined();
      }
      expect(Object.keys(prod.services).sort()).toEqual(Object.keys(dev.services).sort());
    });

    it.each(SERVICES)('%s: an image, production env, required token, no command override', (name) => {
      const s = prod.services[name] as ComposeService;
      expect(s.image).toMatch(new RegExp(`/${name}:`));
      // Built from the one Dockerfile at the root, named by its build arguments.
      expect(s.build?.context).toBe('.');
      expect(s.build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(s.build?.args?.SERVICE).toBe(name);
      expect(s.build?.args?.PORT).toBe(String(SERVICE_PORTS[name]));
      expect(s.command).toBeUndefined();
      const env = s.environment ?? {};
      expect(env.NODE_ENV).toBe('production');
      expect(env.INTERNAL_SERVICE_TOKEN).toMatch(/^\$\{INTERNAL_SERVICE_TOKEN:\?.+\}$/);
      expect(env.LOG_LEVEL ?? 'info').not.toMatch(/debug|trace/);
      for (const key of Object.keys(env)) expect(key).not.toMatch(/(^|_)DEV_MODE$/);
      for (const variable of urlVars) expect(env[variable]).toMatch(/^http:\/\/[a-z-]+:60\d\d$/);
    });

    it.each(SERVICES)('%s: health check on /ready, restart policy, rotated json-file logs', (name) => {
      const s = prod.services[name] as ComposeService;
      const test = s.healthcheck?.test ?? [];
      expect(test[0]).toBe('CMD');
      expect(test.join(' ')).toContain(`http://127.0.0.1:${SERVICE_PORTS[name]}/ready`);
      expect(test.join(' ')).not.toMatch(/\bcurl\b/);
      expect(s.restart).toMatch(/^(always|unless-stopped|on-failure)/);
      expect(s.logging?.driver).toBe('json-file');
      expect(s.logging?.options['max-size']).toMatch(/^\d+[kmg]$/);
      expect(Number(s.logging?.options['max-file'])).toBeGreaterThanOrEqual(2);
    });

    it("writes the services' addresses and the log rotation once (YAML anchors), merged into each service", () => {
      const text = readFileSync(join(REPO_ROOT, 'docker-compose.prod.yml'), 'utf8');
      for (const variable of [...urlVars, 'INTERNAL_SERVICE_TOKEN']) {
        expect(text.match(new RegExp(`^\\s+${variable}:`, 'gm')), variable).toHaveLength(1);
      }
      expect(text.match(/max-file:/g)).toHaveLength(1);
      for (const name of SERVICES) {
        expect(prod.services[name]?.environment?.AUTH_SERVER_URL, name).toBe('http://auth:6001');
      }
      expect(prod.services.neo4j?.logging?.driver).toBe('json-file');
    });

    it('publishes only the frontend (5173) and the backend (5000)', () => {
      const published = Object.entries(prod.services).flatMap(([name, s]) =>
        (s.ports ?? []).map((p) => `${name} ${p}`),
      );
      expect(published.sort()).toEqual(['backend 0.0.0.0:5000:5000', 'frontend 0.0.0.0:5173:5173']);
    });

    it('a named volume for every service that keeps data, Chroma and Neo4j included', () => {
      const declared = Object.keys(prod.volumes ?? {});
      for (const name of [...STATEFUL, 'chroma-db', 'neo4j']) {
        const mounts = prod.services[name]?.volumes ?? [];
        expect(mounts.length, name).toBe(1);
        const [volume, target] = (mounts[0] as string).split(':');
        expect(declared, name).toContain(volume);
        expect(target).toBe('/data');
      }
      expect(prod.services.frontend?.volumes).toBeUndefined();
    });

    it('Neo4j requires authentication, publishes nothing, and the backend uses the same password', () => {
      const neo4j = prod.services.neo4j as ComposeService;
      expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?.+\}$/);
      expect(neo4j.environment?.NEO4J_AUTH).not.toMatch(/none/i);
      expect(neo4j.ports).toBeUndefined();
      expect(neo4j.restart).toBe('unless-stopped');
      expect(prod.services.backend?.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
      expect(prod.services['chroma-db']?.ports).toBeUndefined();
    });
  });
});
