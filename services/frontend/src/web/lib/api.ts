/** The web app's only door to George: `/v1/api`, the session cookie, and the CSRF header. */
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

/** Turns any failed response into an ApiError with a message a person can act on. */
export async function errorFrom(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const err = (body as { error?: { code?: string; message?: string; details?: Record<string, unknown> } })
    ?.error;
  const requestId =
    (body as { requestId?: string })?.requestId ?? res.headers.get('x-request-id') ?? undefined;
  if (err?.code && err.message) {
    return new ApiError(res.status, err.code, err.message, requestId, err.details);
  }
  if (res.status >= 502 && res.status <= 504) {
    return new ApiError(
      res.status,
      'service_unavailable',
      'George is not answering right now. Your work is safe; try again in a moment.',
      requestId,
    );
  }
  return new ApiError(res.status, 'request_failed', `The request failed (HTTP ${res.status}).`, requestId);
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** The page's cookies (document.cookie in the browser). */
  cookies?: () => string;
  /** The session is gone (refresh failed): show the sign-in page. */
  onSignedOut?: () => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Return the Response itself (streams); errors are still thrown. */
  raw?: boolean;
  /** Do not try to refresh the session on 401 (the auth routes themselves). */
  noRefresh?: boolean;
}

export class ApiClient {
  private readonly fetchImpl: typeof fetch;
  private readonly cookies: () => string;
  private refreshing: Promise<boolean> | undefined;

  constructor(private readonly options: ApiClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.cookies = options.cookies ?? (() => (typeof document === 'undefined' ? '' : document.cookie));
  }

  csrfToken(): string | undefined {
    return readCookie(this.cookies(), CSRF_COOKIE);
  }

  headers(method: string, json: boolean): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (json) headers['content-type'] = 'application/json';
    const csrf = this.csrfToken();
    if (UNSAFE.has(method) && csrf) headers[CSRF_HEADER] = csrf;
    return headers;
  }

  private async send(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: this.headers(method, body !== undefined),
      credentials: 'same-origin',
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (options.signal) init.signal = options.signal;
    try {
      return await this.fetchImpl(`${API}${path}`, init);
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiError(0, 'network_error', 'Cannot reach George. Check the connection and try again.');
    }
  }

  /** One refresh at a time, however many requests found the access token expired. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.send('POST', '/auth/refresh', undefined, {})
      .then((res) => res.ok)
      .catch(() => false)
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  async request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    let res = await this.send(method, path, body, options);
    if (res.status === 401 && !options.noRefresh && (!path.startsWith('/auth/') || path === '/auth/me')) {
      if (await this.refresh()) res = await this.send(method, path, body, options);
      if (res.status === 401) this.options.onSignedOut?.();
    }
    if (!res.ok) throw await errorFrom(res);
    if (options.raw) return res as unknown as T;
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, undefined, options);
  }
  post<T>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, body ?? {}, options);
  }
  patch<T>(path: string, body: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, body, options);
  }
  put<T>(path: string, body: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, body, options);
  }
  delete<T>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, undefined, options);
  }

  /**
   * A multipart upload through XMLHttpRequest, whose upload events give a real progress bar
   * (fetch has none). Resolves with the parsed 2xx body.
   */
  upload<T>(
    path: string,
    file: File,
    onProgress: (fraction: number) => void,
    signal?: AbortSignal,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${API}${path}`);
      xhr.withCredentials = true;
      xhr.setRequestHeader('accept', 'application/json');
      const csrf = this.csrfToken();
      if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        const res = new Response(xhr.status === 204 ? null : xhr.responseText, {
          status: xhr.status,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
        });
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress(1);
          resolve(JSON.parse(xhr.responseText) as T);
        } else void errorFrom(res).then(reject);
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
}

export const api = new ApiClient({
  onSignedOut: () => window.dispatchEvent(new CustomEvent('george:signed-out')),
});

/** A short, human message for any error. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}
