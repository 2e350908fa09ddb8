import type { FastifyBaseLogger } from 'fastify';
import { type LoggerOptions, pino } from 'pino';
import type { LogLevel } from './config.js';
import type { Mode } from './mode.js';

/** Headers and fields that must never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-internal-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
];

/** pino options: JSON lines on stdout in production, pretty and `debug` in development. */
export function loggerOptions(service: string, mode: Mode, level: LogLevel): LoggerOptions {
  const base: LoggerOptions = {
    level,
    base: { service, pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (mode === 'development') {
    return {
      ...base,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } },
    };
  }
  return base;
}

export function createLogger(service: string, mode: Mode, level: LogLevel): FastifyBaseLogger {
  return pino(loggerOptions(service, mode, level));
}
