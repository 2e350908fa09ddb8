import { isTruthy } from '../mode.js';
import { tokenProblem } from '../token.js';

const INSPECTOR_FLAG = /(^|\s)--(inspect|debug)[\w-]*(=|\s|$)/;

/**
 * The reasons george-serve refuses to start (docs/architecture.md, the runtime contract), checked in this order; the first
 * that applies is returned. The service's own config is checked by the caller once the module loads.
 */
export function refusalReason(env: NodeJS.ProcessEnv, execArgv: readonly string[]): string | undefined {
  if (env.NODE_ENV === 'development') {
    return 'NODE_ENV is "development"; george-serve is the production server (use `npm run dev` to develop)';
  }
  const inspector = execArgv.find((arg) => INSPECTOR_FLAG.test(arg));
  if (inspector) return `an inspector flag (${inspector.split('=')[0]}) is set for this process`;
  if (env.NODE_OPTIONS && INSPECTOR_FLAG.test(env.NODE_OPTIONS)) {
    return 'NODE_OPTIONS enables the inspector (--inspect/--debug)';
  }
  const devFlag = Object.keys(env)
    .filter((name) => name === 'DEV_MODE' || name.endsWith('_DEV_MODE'))
    .sort()
    .find((name) => isTruthy(env[name]));
  if (devFlag)
    return `${devFlag} is set to "${env[devFlag]}"; development flags are not allowed in production`;
  const token = tokenProblem(env.INTERNAL_SERVICE_TOKEN);
  if (token) return token;
  const level = env.LOG_LEVEL?.trim().toLowerCase();
  if (level === 'debug' || level === 'trace')
    return `LOG_LEVEL is "${level}"; production logs at info or above`;
  return undefined;
}
