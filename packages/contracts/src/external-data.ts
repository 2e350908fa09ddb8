/**
 * The External Data Server's contract (port 6006): route schemas shared by the service and its client.
 */
import type { InternalClient } from '@george/runtime';
import { type Static, Type } from '@sinclair/typebox';
import { type ClientSettings, internalClient } from './clients.js';

export const ExternalLookupQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type ExternalLookupQuery = Static<typeof ExternalLookupQuery>;

export const ExternalEncyclopedia = Type.Object({
  title: Type.String(),
  summary: Type.String(),
  source: Type.String(),
  sourceUrl: Type.String(),
});
export type ExternalEncyclopedia = Static<typeof ExternalEncyclopedia>;

export const ExternalDictionarySense = Type.Object({
  partOfSpeech: Type.String(),
  definitions: Type.Array(Type.String()),
});
export const ExternalDictionary = Type.Object({
  term: Type.String(),
  senses: Type.Array(ExternalDictionarySense),
  source: Type.String(),
  sourceUrl: Type.String(),
});
export type ExternalDictionary = Static<typeof ExternalDictionary>;

export const ExternalLookupReply = Type.Object({
  query: Type.String(),
  encyclopedia: Type.Union([ExternalEncyclopedia, Type.Null()]),
  dictionary: Type.Union([ExternalDictionary, Type.Null()]),
  /** Upstreams that could not answer this time, with the reason code; their part is null. */
  unavailable: Type.Record(Type.String(), Type.String()),
});
export type ExternalLookupReply = Static<typeof ExternalLookupReply>;

export const ExternalThesaurusRelation = Type.Union([Type.Literal('means-like'), Type.Literal('rhymes')]);
export const ExternalThesaurusQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    rel: Type.Optional(ExternalThesaurusRelation),
    max: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type ExternalThesaurusQuery = Static<typeof ExternalThesaurusQuery>;

export const ExternalThesaurusReply = Type.Object({
  query: Type.String(),
  rel: ExternalThesaurusRelation,
  words: Type.Array(Type.Object({ word: Type.String(), score: Type.Union([Type.Number(), Type.Null()]) })),
  source: Type.String(),
  sourceUrl: Type.String(),
});
export type ExternalThesaurusReply = Static<typeof ExternalThesaurusReply>;

export const ExternalImportBody = Type.Object(
  { url: Type.String({ minLength: 1, maxLength: 2048 }) },
  { additionalProperties: false },
);
export type ExternalImportBody = Static<typeof ExternalImportBody>;

export const ExternalImportReply = Type.Object({
  url: Type.String(),
  finalUrl: Type.String(),
  title: Type.String(),
  text: Type.String(),
  byline: Type.Union([Type.String(), Type.Null()]),
  contentType: Type.String(),
  length: Type.Integer(),
});
export type ExternalImportReply = Static<typeof ExternalImportReply>;

interface ExternalCallContext {
  requestId?: string;
  userId?: string;
}

/** Typed client of the External Data Server for the backend. */
export class ExternalDataClient {
  constructor(readonly http: InternalClient) {}

  static fromEnv(settings: ClientSettings): ExternalDataClient {
    return new ExternalDataClient(internalClient('external-data', settings));
  }

  private ctx(ctx: ExternalCallContext) {
    return {
      ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
      ...(ctx.userId ? { userId: ctx.userId } : {}),
    };
  }

  async lookup(q: string, ctx: ExternalCallContext = {}): Promise<ExternalLookupReply> {
    return (await this.http.call<ExternalLookupReply>({ path: '/lookup', query: { q }, ...this.ctx(ctx) }))
      .body;
  }

  async thesaurus(
    q: string,
    rel: 'means-like' | 'rhymes' = 'means-like',
    ctx: ExternalCallContext = {},
  ): Promise<ExternalThesaurusReply> {
    return (
      await this.http.call<ExternalThesaurusReply>({
        path: '/thesaurus',
        query: { q, rel },
        ...this.ctx(ctx),
      })
    ).body;
  }

  async importPage(url: string, ctx: ExternalCallContext = {}): Promise<ExternalImportReply> {
    return (
      await this.http.call<ExternalImportReply>({
        method: 'POST',
        path: '/import',
        body: { url },
        idempotent: true,
        timeoutMs: 20_000,
        ...this.ctx(ctx),
      })
    ).body;
  }
}
