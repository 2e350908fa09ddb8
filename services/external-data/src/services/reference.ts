/**
 * Reference look-ups against configured upstreams: Wikipedia's REST summary, Wiktionary's REST
 * definitions and Datamuse. Answers are cached in the database (misses included); each upstream has
 * its own shared circuit breaker, and an unavailable upstream is a 503 with `<upstream>_unavailable`.
 */
import {
  ExternalDictionary,
  ExternalEncyclopedia,
  type ExternalLookupReply,
  type ExternalThesaurusReply,
} from '@george/contracts/external-data';
import { parseStoredJson } from '@george/runtime';
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import {
  DatamuseUnavailable,
  LookupUnavailable,
  WikipediaUnavailable,
  WiktionaryUnavailable,
} from '../errors.js';
import type { BreakerRepository, CacheRepository } from '../repositories/repositories.js';

export type UpstreamName = 'wikipedia' | 'wiktionary' | 'datamuse';

export interface ReferenceOptions {
  urls: Record<UpstreamName, string>;
  timeoutMs: number;
  cacheTtlMs: number;
  userAgent: string;
  breaker: { threshold: number; cooldownMs: number };
}

const UNAVAILABLE = {
  wikipedia: WikipediaUnavailable,
  wiktionary: WiktionaryUnavailable,
  datamuse: DatamuseUnavailable,
} satisfies Record<UpstreamName, unknown>;

interface WikipediaSummary {
  type?: string;
  title?: string;
  extract?: string;
  content_urls?: { desktop?: { page?: string } };
}

interface WiktionaryDefinitions {
  [language: string]: { partOfSpeech?: string; language?: string; definitions?: { definition?: string }[] }[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: ' ',
};

/** Wiktionary definitions are HTML fragments: tags dropped, common entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

// What each look-up caches (JSON in cache_entries.value), misses as null; the shapes have not
// changed since the cache exists.
const CachedEncyclopedia = Type.Union([ExternalEncyclopedia, Type.Null()]);
const CachedDictionary = Type.Union([ExternalDictionary, Type.Null()]);
const CachedWords = Type.Array(
  Type.Object({ word: Type.String(), score: Type.Union([Type.Number(), Type.Null()]) }),
);

const pageName = (q: string) => encodeURIComponent(q.trim().replace(/\s+/g, '_'));

export class ReferenceService {
  constructor(
    private readonly options: ReferenceOptions,
    private readonly cache: CacheRepository,
    private readonly breakers: BreakerRepository,
    private readonly now: () => number = Date.now,
    private readonly sweepChance = 0.02,
  ) {}

  private async failure(upstream: UpstreamName): Promise<void> {
    const { threshold, cooldownMs } = this.options.breaker;
    await this.breakers.failed(upstream, threshold, this.now() + cooldownMs);
  }

  /**
   * GET an upstream JSON document; 404 is `null`. A consecutive-failure circuit breaker per
   * upstream, shared by the workers: after `threshold` failures in a row the upstream is skipped
   * for the cool-down; then one call is let through (half open) and its result closes or re-opens it.
   */
  private async getJson<T>(upstream: UpstreamName, url: string): Promise<T | null> {
    const unavailable = UNAVAILABLE[upstream];
    if ((await this.breakers.openUntil(upstream)) > this.now()) throw unavailable('circuit open');
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': this.options.userAgent },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'follow',
      });
    } catch (err) {
      await this.failure(upstream);
      throw unavailable(err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'unreachable');
    }
    if (response.status === 404) {
      await response.body?.cancel();
      await this.breakers.succeeded(upstream);
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      await this.failure(upstream);
      throw unavailable(`answered ${response.status}`);
    }
    try {
      const parsed = (await response.json()) as T;
      await this.breakers.succeeded(upstream);
      return parsed;
    } catch {
      await this.failure(upstream);
      throw unavailable('answered something that is not JSON');
    }
  }

  /** Answers from the database cache (misses included) for every worker, loading them once per time to live. */
  private async cached<S extends TSchema>(
    key: string,
    schema: S,
    load: () => Promise<Static<S>>,
  ): Promise<Static<S>> {
    const hit = await this.cache.get(key, this.now());
    if (hit !== undefined) return parseStoredJson(schema, hit, `cache_entries.value of ${key}`);
    const value = await load();
    if (this.options.cacheTtlMs > 0) {
      await this.cache.put(key, JSON.stringify(value), this.now() + this.options.cacheTtlMs);
      // Expired entries are swept now and then, by whichever worker happens to write.
      if (Math.random() < this.sweepChance) await this.cache.sweep(this.now());
    }
    return value;
  }

  async encyclopedia(q: string): Promise<ExternalEncyclopedia | null> {
    return this.cached(`wikipedia:summary:${q.trim().toLowerCase()}`, CachedEncyclopedia, async () => {
      const url = `${this.options.urls.wikipedia}/page/summary/${pageName(q)}?redirect=true`;
      const summary = await this.getJson<WikipediaSummary>('wikipedia', url);
      if (!summary?.extract) return null;
      const title = summary.title ?? q;
      const page = summary.content_urls?.desktop?.page;
      return {
        title,
        summary: summary.extract,
        source: 'Wikipedia',
        sourceUrl:
          page && /^https?:\/\//.test(page) ? page : `https://en.wikipedia.org/wiki/${pageName(title)}`,
      };
    });
  }

  async dictionary(q: string): Promise<ExternalDictionary | null> {
    return this.cached(`wiktionary:definition:${q.trim().toLowerCase()}`, CachedDictionary, async () => {
      const url = `${this.options.urls.wiktionary}/page/definition/${pageName(q)}`;
      const doc = await this.getJson<WiktionaryDefinitions>('wiktionary', url);
      const english = doc?.en ?? [];
      const senses = english
        .map((entry) => ({
          partOfSpeech: entry.partOfSpeech ?? '',
          definitions: (entry.definitions ?? [])
            .map((d) => stripHtml(d.definition ?? ''))
            .filter(Boolean)
            .slice(0, 8),
        }))
        .filter((s) => s.definitions.length > 0);
      if (senses.length === 0) return null;
      return {
        term: q.trim(),
        senses,
        source: 'Wiktionary',
        sourceUrl: `https://en.wiktionary.org/wiki/${pageName(q)}`,
      };
    });
  }

  /** Both look-ups at once: one unavailable upstream leaves its part null; both unavailable is a 503. */
  async lookup(q: string): Promise<ExternalLookupReply> {
    const [wiki, dict] = await Promise.allSettled([this.encyclopedia(q), this.dictionary(q)]);
    const unavailable: Record<string, string> = {};
    for (const [upstream, result] of [
      ['wikipedia', wiki],
      ['wiktionary', dict],
    ] as const) {
      if (result.status === 'fulfilled') continue;
      if (!UNAVAILABLE[upstream].is(result.reason)) throw result.reason;
      unavailable[upstream] = UNAVAILABLE[upstream].code;
    }
    if (wiki.status === 'rejected' && dict.status === 'rejected') throw LookupUnavailable();
    return {
      query: q,
      encyclopedia: wiki.status === 'fulfilled' ? wiki.value : null,
      dictionary: dict.status === 'fulfilled' ? dict.value : null,
      unavailable,
    };
  }

  async thesaurus(q: string, rel: 'means-like' | 'rhymes', max: number): Promise<ExternalThesaurusReply> {
    const param = rel === 'rhymes' ? 'rel_rhy' : 'ml';
    const url = `${this.options.urls.datamuse}/words?${param}=${encodeURIComponent(q.trim())}&max=${max}`;
    const words = await this.cached(
      `datamuse:${param}:${max}:${q.trim().toLowerCase()}`,
      CachedWords,
      async () => {
        const list = await this.getJson<{ word?: unknown; score?: unknown }[]>('datamuse', url);
        return (Array.isArray(list) ? list : []).flatMap((w) =>
          typeof w.word === 'string'
            ? [{ word: w.word, score: typeof w.score === 'number' ? w.score : null }]
            : [],
        );
      },
    );
    return { query: q, rel, words, source: 'Datamuse', sourceUrl: url };
  }
}
