/**
 * Fetches a user-supplied URL behind the SSRF guard: each hop (at most `maxRedirects` redirects,
 * followed by hand) is checked, and the connection goes to the address that was checked through a
 * pinned `lookup`, so a second DNS answer cannot redirect it. Size, time and content type are capped.
 */
import type { LookupFunction } from 'node:net';
import { HttpError } from '@george/runtime';
import { Agent, request } from 'undici';
import {
  BodyTooLarge,
  FetchFailed,
  FetchTimeout,
  RedirectInvalid,
  TooManyRedirects,
  UnsupportedContentType,
  UpstreamStatus,
} from '../../errors.js';
import { type CheckedTarget, checkUrl, type GuardOptions } from './guard.js';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
}

export interface FetchedPage {
  url: string;
  finalUrl: string;
  contentType: string;
  mediaType: 'text/html' | 'text/plain';
  charset: string | undefined;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function pinnedLookup(target: CheckedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function fetchGuarded(
  raw: string,
  guard: GuardOptions,
  limits: FetchLimits,
): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  let current = raw;
  try {
    for (let hop = 0; ; hop++) {
      // Name resolution counts against the same deadline as the transfer.
      const target = await Promise.race([
        checkUrl(current, guard),
        new Promise<never>((_, reject) => {
          if (controller.signal.aborted) reject(new Error('aborted'));
          controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
        }),
      ]);
      const agent = new Agent({
        connect: { lookup: pinnedLookup(target), timeout: limits.timeoutMs },
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
      });
      try {
        let response: Awaited<ReturnType<typeof request>>;
        try {
          response = await request(target.url, {
            dispatcher: agent,
            method: 'GET',
            signal: controller.signal,
            headers: {
              'user-agent': limits.userAgent,
              accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
              'accept-encoding': 'identity',
            },
          });
        } catch (err) {
          if (controller.signal.aborted) throw err;
          throw FetchFailed('the page could not be reached');
        }
        const { statusCode, headers, body } = response;
        // Destroying the body on a refusal emits an abort error nobody else listens to.
        body.on('error', () => undefined);
        if (REDIRECTS.has(statusCode)) {
          await body.dump().catch(() => undefined);
          const location = header(headers, 'location');
          if (!location) throw RedirectInvalid('a redirect without a location');
          if (hop >= limits.maxRedirects) {
            throw TooManyRedirects(limits.maxRedirects);
          }
          try {
            current = new URL(location, target.url).toString();
          } catch {
            throw RedirectInvalid('a redirect to an invalid URL');
          }
          continue;
        }
        if (statusCode < 200 || statusCode >= 300) {
          await body.dump().catch(() => undefined);
          throw UpstreamStatus(statusCode);
        }
        const contentType = header(headers, 'content-type') ?? '';
        const mediaType = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
        const isHtml = HTML_TYPES.has(mediaType);
        if (!isHtml && mediaType !== 'text/plain') {
          await body.dump().catch(() => undefined);
          throw UnsupportedContentType();
        }
        const declared = Number(header(headers, 'content-length') ?? Number.NaN);
        if (Number.isFinite(declared) && declared > limits.maxBytes) {
          body.destroy();
          throw BodyTooLarge(limits.maxBytes);
        }
        const parts: Buffer[] = [];
        let size = 0;
        for await (const part of body) {
          if (!Buffer.isBuffer(part))
            throw new TypeError('a response body yielded something other than bytes');
          size += part.length;
          if (size > limits.maxBytes) {
            body.destroy();
            throw BodyTooLarge(limits.maxBytes);
          }
          parts.push(part);
        }
        const charset = /charset\s*=\s*"?([A-Za-z0-9._-]+)/i.exec(contentType)?.[1];
        return {
          url: raw,
          finalUrl: target.url.toString(),
          contentType,
          mediaType: isHtml ? 'text/html' : 'text/plain',
          charset,
          body: Buffer.concat(parts),
        };
      } finally {
        agent.destroy().catch(() => undefined);
      }
    }
  } catch (err) {
    if (err instanceof HttpError) throw err;
    if (controller.signal.aborted) {
      throw FetchTimeout(limits.timeoutMs);
    }
    const code = (err as { code?: string }).code ?? '';
    if (/TIMEOUT/i.test(code)) {
      throw FetchTimeout(limits.timeoutMs);
    }
    throw FetchFailed('the page could not be fetched');
  } finally {
    clearTimeout(timer);
  }
}
