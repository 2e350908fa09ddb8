import { format } from 'node:util';

/** An error whose status, code and message are safe to show to the client in every mode. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(statusCode: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.details = details;
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new HttpError(400, code, message, details);
export const unauthorized = (message = 'authentication required', code = 'unauthorized') =>
  new HttpError(401, code, message);
export const forbidden = (message = 'forbidden', code = 'forbidden') => new HttpError(403, code, message);
export const notFound = (message = 'not found', code = 'not_found') => new HttpError(404, code, message);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new HttpError(409, code, message, details);
export const serviceUnavailable = (code: string, message: string) => new HttpError(503, code, message);

/** The JSON body every error response has. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; stack?: string };
  requestId: string;
}

/** The arguments a message template takes: one per `%s` or `%d`. */
export type TemplateArgs<M extends string> = M extends `${string}%${'s' | 'd'}${infer Rest}`
  ? [string | number, ...TemplateArgs<Rest>]
  : [];

/** One entry of a service's error catalogue: call it to make the error, `is` recognises it. */
export interface CodedError<M extends string> {
  (...args: [...TemplateArgs<M>, details?: Record<string, unknown>]): HttpError;
  readonly code: string;
  readonly statusCode: number;
  is(err: unknown): err is HttpError;
}

/**
 * An entry of a service's error catalogue, in the style of Fastify's lib/errors.js: a code the
 * client can act on, the status, and a message template whose `%s` are filled in when the error is
 * made (a trailing object becomes the error's `details`). Each service keeps its catalogue in one
 * file. Not `@fastify/error`: its errors are not HttpErrors, whose code the error handler shows.
 */
export function createError<M extends string>(code: string, message: M, statusCode: number): CodedError<M> {
  const placeholders = message.match(/%[sd]/g)?.length ?? 0;
  const make = (...args: Array<string | number | Record<string, unknown> | undefined>): HttpError => {
    const extra = args[placeholders];
    const details = typeof extra === 'object' ? extra : undefined;
    const text = placeholders ? format(message, ...args.slice(0, placeholders)) : message;
    return new HttpError(statusCode, code, text, details);
  };
  return Object.assign(make, {
    code,
    statusCode,
    is: (err: unknown): err is HttpError => err instanceof HttpError && err.code === code,
  });
}

/** The `code` of a Node.js system error (`ENOENT`, `EEXIST`...); undefined for anything without one. */
export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

/** The message of a thrown value: an Error's own, anything else as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
