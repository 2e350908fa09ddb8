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
