import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from './config.js';

export const MIN_TOKEN_LENGTH = 32;

/** Values that must never be accepted as a secret: the `.env.example` value and common placeholders. */
export const PLACEHOLDER_TOKENS: ReadonlySet<string> = new Set([
  'replace-with-a-long-random-token-of-at-least-32-chars',
  'changeme',
  'change-me',
  'change_me',
  'secret',
  'password',
  'token',
  'internal-token',
  'your-token-here',
  'dev',
  'development',
  'test',
  'default',
]);

/** Why a token is unusable, or undefined when it is acceptable. */
/** The internal token of a service whose startup (`createService`) has already checked it. */
export function internalToken(config: { internalToken: string | undefined }): string {
  if (config.internalToken === undefined)
    throw new ConfigError('INTERNAL_SERVICE_TOKEN', 'INTERNAL_SERVICE_TOKEN is not set');
  return config.internalToken;
}

export function tokenProblem(token: string | undefined): string | undefined {
  if (token === undefined || token.trim() === '') return 'INTERNAL_SERVICE_TOKEN is not set';
  const lowered = token.trim().toLowerCase();
  if (PLACEHOLDER_TOKENS.has(lowered) || /^(changeme|replace|example|placeholder|x+$|0+$)/.test(lowered)) {
    return 'INTERNAL_SERVICE_TOKEN is a placeholder value';
  }
  if (token.length < MIN_TOKEN_LENGTH) {
    return `INTERNAL_SERVICE_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters`;
  }
  if (new Set(token).size < 8) return 'INTERNAL_SERVICE_TOKEN has too little variety to be a secret';
  return undefined;
}

/**
 * Compares two secrets in constant time. Both sides are hashed first so that neither the
 * comparison nor an early length check reveals how long the expected value is.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
