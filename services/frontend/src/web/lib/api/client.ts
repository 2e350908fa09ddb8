/**
 * The web app's only door to George: openapi-fetch over the client types generated from the public
 * API's OpenAPI document (`schema.ts`, written by `npm run api:generate`), so every path, parameter,
 * body and answer is checked against the backend's route schemas at build time. The session rules
 * are middleware: the CSRF header on unsafe requests, one shared `POST /auth/refresh` on a 401 then
 * the request again, a network failure as an ApiError.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.ts';

export const API = '/v1/api';
export const CSRF_COOKIE = 'george_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** The service (or the network) is down: say so, do not blame the user. */
  get unavailable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** Reads the double-submit token the backend set as a readable cookie. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Turns a failed answer (its status, parsed body and headers) into an ApiError a person can act on. */
export function errorFrom(status: number, body: unknown, headers: Headers): ApiError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const bodyRequestId = isRecord(body) && typeof body.requestId === 'string' ? body.requestId : undefined;
  const requestId = bodyRequestId ?? headers.get('x-request-id') ?? undefined;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return new ApiError(
      status,
      err.code,
      err.message,
      requestId,
      isRecord(err.details) ? err.details : undefined,
    );
  }
  if (status >= 502 && status <= 504) {
    return new ApiError(
      status,
      'service_unavailable',
      'George is not answering right now. Your work is safe; try again in a moment.',
      requestId,
    );
  }
  return new ApiError(status, 'request_failed', `The request failed (HTTP ${status}).`, requestId);
}

export interface ApiClientOptions {
  fetch?: (request: Request) => Promise<Response>;
  /** The origin the app runs on; requests go to `${baseUrl}/v1/api/...` (empty: the page's own). */
  baseUrl?: string;
  /** The page's cookies (document.cookie in the browser). */
  cookies?: () => string;
  /** The session is gone (refresh failed): show the sign-in page. */
  onSignedOut?: () => void;
}

/** The auth routes answer 401 for wrong credentials: no refresh for them (but for `/auth/me`). */
const refreshable = (url: string) => {
  const path = new URL(url, 'http://george.invalid').pathname;
  return !path.startsWith(`${API}/auth/`) || path === `${API}/auth/me`;
};

export function createApiClient(options: ApiClientOptions = {}) {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const cookies = options.cookies ?? (() => (typeof document === 'undefined' ? '' : document.cookie));
  const baseUrl = options.baseUrl ?? '';
  const csrfToken = () => readCookie(cookies(), CSRF_COOKIE);
  const client = createClient<paths>({ baseUrl, fetch: fetchImpl, credentials: 'same-origin' });

  const csrf: Middleware = {
    onRequest({ request }) {
      request.headers.set('accept', 'application/json');
      const token = csrfToken();
      if (UNSAFE.has(request.method) && token) request.headers.set(CSRF_HEADER, token);
      return request;
    },
  };

  let refreshing: Promise<boolean> | undefined;
  /** One refresh at a time, however many requests found the access token expired. */
  const refresh = (): Promise<boolean> => {
    refreshing ??= (async () => {
      const headers = new Headers({ accept: 'application/json' });
      const token = csrfToken();
      if (token) headers.set(CSRF_HEADER, token);
      const request = new Request(`${baseUrl}${API}/auth/refresh`, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
      });
      try {
        return (await fetchImpl(request)).ok;
      } catch {
        return false;
      }
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  // The body of a sent request is spent: a copy is kept until its answer is known.
  const copies = new Map<string, Request>();
  const session: Middleware = {
    onRequest({ request, id }) {
      if (refreshable(request.url)) copies.set(id, request.clone());
      return undefined;
    },
    async onResponse({ response, id }) {
      const copy = copies.get(id);
      copies.delete(id);
      if (response.status !== 401 || !copy) return response;
      let answer = response;
      if (await refresh()) {
        const token = csrfToken();
        if (UNSAFE.has(copy.method) && token) copy.headers.set(CSRF_HEADER, token);
        answer = await fetchImpl(copy);
      }
      if (answer.status === 401) options.onSignedOut?.();
      return answer;
    },
    onError({ error, id }) {
      copies.delete(id);
      if (error instanceof Error && error.name === 'AbortError') return error;
      return new ApiError(0, 'network_error', 'Cannot reach George. Check the connection and try again.');
    },
  };
  client.use(csrf, session);

  /**
   * A multipart upload through XMLHttpRequest, whose upload events give a real progress bar (fetch
   * has none, so this one call cannot go through openapi-fetch). Resolves with the 202 answer.
   */
  function upload(
    projectId: string,
    file: File,
    onProgress: (fraction: number) => void,
    signal?: AbortSignal,
  ): Promise<UploadAnswer> {
    return new Promise<UploadAnswer>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${baseUrl}${API}/projects/${encodeURIComponent(projectId)}/files`);
      xhr.withCredentials = true;
      xhr.setRequestHeader('accept', 'application/json');
      const token = csrfToken();
      if (token) xhr.setRequestHeader(CSRF_HEADER, token);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = undefined;
        }
        const headers = new Headers();
        const requestId = xhr.getResponseHeader('x-request-id');
        if (requestId) headers.set('x-request-id', requestId);
        if (xhr.status >= 200 && xhr.status < 300 && isUploadAnswer(body)) {
          onProgress(1);
          resolve(body);
        } else reject(errorFrom(xhr.status, body, headers));
      };
      xhr.onerror = () =>
        reject(new ApiError(0, 'network_error', 'The upload was interrupted: the connection failed.'));
      xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.'));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
  }

  return Object.assign(client, { upload, refresh });
}

export type ApiClient = ReturnType<typeof createApiClient>;

type UploadAnswer =
  paths['/v1/api/projects/{projectId}/files']['post']['responses'][202]['content']['application/json'];
const isUploadAnswer = (body: unknown): body is UploadAnswer =>
  isRecord(body) && typeof body.jobId === 'string' && isRecord(body.file);

/** What openapi-fetch answers: the parsed body on success, the parsed error body otherwise. */
interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer; any failure (or an empty body where one was due) throws an ApiError. */
export async function unwrap<D>(pending: Promise<Answer<D>>): Promise<NonNullable<D>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw errorFrom(response.status, error, response.headers);
  if (data === undefined || data === null)
    throw new ApiError(response.status, 'empty_answer', 'George answered without a body.');
  return data;
}

/** Waits for an answer without a body (204); a failure throws an ApiError. */
export async function done(pending: Promise<Answer<unknown>>): Promise<void> {
  const { error, response } = await pending;
  if (!response.ok) throw errorFrom(response.status, error, response.headers);
}

export const api = createApiClient({
  onSignedOut: () => window.dispatchEvent(new CustomEvent('george:signed-out')),
});

/** A short, human message for any error. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}
