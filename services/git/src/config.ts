import { type BaseConfig, env, loadBaseConfig, parseConfig, SERVICE_PORTS } from '@george/runtime';

const variables = {
  /** The git binary (found on PATH by default). */
  GIT_BINARY: env.string({ default: 'git' }),
  /** Largest JSON body of a commit, in bytes. */
  MAX_COMMIT_BYTES: env.int({ default: 64 * 1024 * 1024, min: 1024 }),
  /** Largest unified diff returned (longer output is cut, counts stay complete). */
  MAX_DIFF_BYTES: env.int({ default: 5 * 1024 * 1024, min: 1024 }),
};

export interface GitConfig extends BaseConfig {
  gitBinary: string;
  maxCommitBytes: number;
  maxDiffBytes: number;
}

/** The Git Server's variables, merged with those every service reads. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): GitConfig {
  const base = loadBaseConfig(SERVICE_PORTS.git, source);
  const own = parseConfig(variables, source);
  return {
    ...base,
    gitBinary: own.GIT_BINARY,
    maxCommitBytes: own.MAX_COMMIT_BYTES,
    maxDiffBytes: own.MAX_DIFF_BYTES,
  };
}
