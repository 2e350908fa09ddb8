/**
 * Reference look-ups against configured upstreams: Wikipedia's REST summary, Wiktionary's REST
 * definitions and Datamuse. Answers are cached in the database (misses included); each upstream has
 * its own shared circuit breaker, and an unavailable upstream is a 503 with `<upstream>_unavailable`.
 */
import type {
  ExternalDictionary,
  ExternalEncyclopedia,
  ExternalLookupReply,
  ExternalThesaurusReply,
} from '@george/contracts/external-data';
import { HttpError, serviceUnavailable } from '@george/runtime';
import type { Breakers, Cache } from './store/state.js';

export type UpstreamName = 'wikipedia' | 'wiktionary' | 'datamuse';

export interface ReferenceOptions {
  urls: Record<UpstreamName, string>;
  timeoutMs: number;
  cacheTtlMs: number;
  userAgent: string;
}

class Unavailable extends HttpError {
  constructor(
    readonly upstream: UpstreamName,
    reason: string,
  ) {
    super(503, `${upstream}_unavailable`, `${upstream} is unavailable (${reason})`);
  }
}

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

const pageName = (q: string) => encodeURIComponent(q.trim().replace(/\s+/g, '_'));

export class Reference {
  constructor(
    private readonly options: ReferenceOptions,
    private readonly cache: Cache,
    private readonly breakers: Breakers,
  ) {}

  /** GET an upstream JSON document; 404 is `null`; failures count against the upstream's breaker. */
  private async getJson<T>(upstream: UpstreamName, url: string): Promise<T | null> {
    if (await this.breakers.isOpen(upstream)) throw new Unavailable(upstream, 'circuit open');
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': this.options.userAgent },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'follow',
      });
    } catch (err) {
      await this.breakers.failure(upstream);
      throw new Unavailable(upstream, (err as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable');
    }
    if (response.status === 404) {
      await response.body?.cancel();
      await this.breakers.success(upstream);
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      await this.breakers.failure(upstream);
      throw new Unavailable(upstream, `answered ${response.status}`);
    }
    try {
      const parsed = (await response.json()) as T;
      await this.breakers.success(upstream);
      return parsed;
    } catch {
      await this.breakers.failure(upstream);
      throw new Unavailable(upstream, 'answered something that is not JSON');
    }
  }

  private async cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = await this.cache.get<T>(key);
    if (hit) return hit.value;
    const value = await load();
    await this.cache.set(key, value, this.options.cacheTtlMs);
    return value;
  }

  async encyclopedia(q: string): Promise<ExternalEncyclopedia | null> {
    return this.cached(`wikipedia:summary:${q.trim().toLowerCase()}`, async () => {
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
    return this.cached(`wiktionary:definition:${q.trim().toLowerCase()}`, async () => {
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
    for (const result of [wiki, dict]) {
      if (result.status === 'rejected') {
        if (!(result.reason instanceof Unavailable)) throw result.reason;
        unavailable[result.reason.upstream] = result.reason.code;
      }
    }
    if (wiki.status === 'rejected' && dict.status === 'rejected') {
      throw serviceUnavailable('lookup_unavailable', 'Wikipedia and Wiktionary are both unavailable');
    }
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
    const words = await this.cached(`datamuse:${param}:${max}:${q.trim().toLowerCase()}`, async () => {
      const list = await this.getJson<{ word?: unknown; score?: unknown }[]>('datamuse', url);
      return (Array.isArray(list) ? list : [])
        .filter((w) => typeof w.word === 'string')
        .map((w) => ({ word: w.word as string, score: typeof w.score === 'number' ? w.score : null }));
    });
    return { query: q, rel, words, source: 'Datamuse', sourceUrl: url };
  }
}
