/** `NODE_ENV=development` is development; anything else, unset included, is production. */
export function isDevelopment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'development';
}

export type Mode = 'development' | 'production';

export function currentMode(env: NodeJS.ProcessEnv = process.env): Mode {
  return isDevelopment(env) ? 'development' : 'production';
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on', 'y', 't']);

export function isTruthy(value: string | undefined): boolean {
  return value !== undefined && TRUE_WORDS.has(value.trim().toLowerCase());
}
