import type { FileSummary } from '@george/contracts';
import type { BackendContext } from '../context.js';
import type { GraphStore } from '../graph/store.js';
import { ContinuityRepository } from '../repositories/continuity.js';
import { holdCredits } from '../services/billing.js';
import { chapterView, projectTimeline } from '../services/story.js';
import { chapterTitles } from '../story/numbering.js';
import {
  ANSWERING_KINDS,
  describedCharacter,
  type LedgerContext,
  ledgerEvidence,
  unstatedNote,
} from './ledger.js';
import { type ChatModel, createChatModel, loadModelConfig } from './models.js';
import { namingEvidence } from './naming.js';
import { narrationEvidence } from './narration.js';
import { answerMessage } from './pipeline.js';
import { resolveEntities, type Search, type StoryEntity, storyRetrieve } from './retrieval.js';
import type { SpeechQuestion } from './speech.js';
import { speechEvidence, talkEvidence } from './spoken.js';
import { type TimeAspect, timeEvidence } from './story-dates.js';
import type { BibleFact, ChatAnswer, ExternalSource, Passage, Turn } from './types.js';

/** The story bible's entities as retrieval resolves names against them, most mentioned first. */
export async function storyEntities(graph: GraphStore, projectId: string): Promise<StoryEntity[]> {
  const entities = await graph.listEntities(projectId, { sort: 'mentions', limit: 500 });
  return entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentionCount: e.mentionCount,
  }));
}

/** The entities of the story bible named in a question (by name or alias, whole words). */
export async function bibleFactsFor(
  graph: GraphStore,
  projectId: string,
  question: string,
  titleOf: (fileId: string, chapter: number | null) => Promise<string | null> = async () => null,
  known?: Promise<StoryEntity[]>,
): Promise<BibleFact[]> {
  const entities = await (known ?? storyEntities(graph, projectId));
  const named = resolveEntities(question, entities, 3);
  const facts: BibleFact[] = [];
  for (const e of named) {
    const detail = await graph.getEntity(projectId, e.id);
    if (!detail) continue;
    facts.push({
      entityId: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentionCount: e.mentionCount,
      firstChapter: detail.firstAppearance?.chapter ?? null,
      firstChapterTitle: detail.firstAppearance
        ? await titleOf(detail.firstAppearance.fileId, detail.firstAppearance.chapter)
        : null,
      relations: [...detail.relations]
        .filter((r) => r.type !== 'co_occurs')
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 5)
        .map((r) => ({ type: r.type, label: r.labels[0], other: r.other.name, weight: r.weight })),
    });
  }
  return facts;
}

/** The word or phrase an outside look-up is about ("define X", "what does X mean", "synonyms for X"). */
export function lookupTerm(message: string): string {
  const quoted = /["“']([^"”']{1,60})["”']/.exec(message);
  if (quoted?.[1]) return quoted[1];
  const patterns = [
    /\b(?:define|definition of|meaning of(?: the word)?|synonyms? (?:for|of)|antonyms? (?:for|of)|rhymes? with|look up|about)\s+(?:the word\s+)?([\p{L}' -]{1,60})/iu,
    /\bwhat does (?:the word )?([\p{L}'-]{1,40}) mean/iu,
  ];
  for (const p of patterns) {
    const m = p.exec(message);
    if (m?.[1]) return m[1].replace(/[?.!]+$/, '').trim();
  }
  return message
    .replace(/[?.!]+$/, '')
    .trim()
    .slice(0, 60);
}

/** Answers one message: retrieval, the story bible, outside look-ups, the model (charged) or extracts. */
export interface Answerer {
  model: ChatModel | undefined;
  answer(input: {
    projectId: string;
    userId: string;
    messageId: string;
    message: string;
    history: Turn[];
    requestId: string;
    /** Only these files are sources (a book of a series). */
    fileIds?: readonly string[];
    onDelta?: (text: string) => void;
  }): Promise<ChatAnswer & { cost: number }>;
}

/** Open continuity issues an answer may note, read per answer (a project has tens of them). */
const OPEN_ISSUES_READ = 500;

export function createAnswerer(
  deps: Pick<
    BackendContext,
    'chroma' | 'graph' | 'billing' | 'external' | 'files' | 'quotations' | 'database' | 'story'
  >,
  env: NodeJS.ProcessEnv,
): Answerer {
  const { chroma, graph, billing, external, files, quotations, story } = deps;
  const continuity = new ContinuityRepository(deps.database.db);
  const model = createChatModel(loadModelConfig(env));
  return {
    model,
    async answer({ projectId, userId, messageId, message, history, requestId, fileIds, onDelta }) {
      const call = { requestId, userId };
      const scope = fileIds ? new Set(fileIds) : undefined;
      const titleOf = chapterTitles(
        async (fileId) => (await files.get(projectId, fileId, { paragraphs: false })).chapters,
      );
      // The story bible's names, read once per answer (retrieval and the facts share them).
      const entities = storyEntities(graph, projectId).catch(() => []);
      const search: Search = async ({ text, k, mode, chapters }) => {
        // A book without files has no passages to search.
        if (fileIds?.length === 0) return [];
        const filter = {
          ...(chapters ? { chapterFrom: chapters.from, chapterTo: chapters.to } : {}),
          ...(fileIds ? { fileIds: [...fileIds] } : {}),
        };
        const reply = await chroma.query(
          projectId,
          { text, k, mode, ...(Object.keys(filter).length > 0 ? { filter } : {}) },
          call,
        );
        // Only manuscripts, imports and the author's own notes are sources; sheets are not.
        return Promise.all(
          reply.results
            .filter((r) => r.metadata.kind !== 'sheet')
            .map(async (r) => ({
              id: r.id,
              fileId: r.metadata.fileId,
              kind: r.metadata.kind,
              chapter: r.metadata.chapter ?? null,
              chapterTitle: await titleOf(r.metadata.fileId, r.metadata.chapter ?? null),
              start: r.metadata.start,
              end: r.metadata.end,
              text: r.text,
              score: r.score,
            })),
        );
      };
      // One read of the ledger's answering kinds per answer (the store reads the project's facts
      // whole), shared by the ledger's evidence and the note on a look it does not state.
      let projectFacts: ReturnType<typeof graph.listFacts> | undefined;
      const ledgerContext = async (): Promise<LedgerContext> => ({
        entities: await entities,
        search,
        async facts(entityIds) {
          const asked = entityIds === null ? null : new Set(entityIds);
          projectFacts ??= graph.listFacts(projectId, { kinds: ANSWERING_KINDS });
          return (await projectFacts).filter(
            (f) =>
              (!scope || scope.has(f.fileId)) &&
              (asked === null || (f.entityId !== null && asked.has(f.entityId))),
          );
        },
      });
      // The manuscripts this answer reads, listed once per answer.
      let listed: Promise<FileSummary[]> | undefined;
      const manuscripts = async () => {
        listed ??= files.list(projectId, { kind: 'manuscript', ...call });
        return (await listed).filter((f) => !scope || scope.has(f.id));
      };
      const sources = {
        async retrieve(question: string, k: number): Promise<Passage[]> {
          const found = await storyRetrieve(question, k, {
            search,
            entities: await entities,
            async chapterCount() {
              return Math.max(0, ...(await manuscripts()).map((f) => f.chapterCount)) || null;
            },
          });
          return found.passages;
        },
        // Names are a help to the reader, not the answer: without the listing, chapters alone.
        fileNames: () =>
          manuscripts().then(
            (read) => (read.length > 1 ? new Map(read.map((f) => [f.id, f.name])) : null),
            () => null,
          ),
        bibleFacts: (question: string) => bibleFactsFor(graph, projectId, question, titleOf, entities),
        ledger: async (question: string) => ledgerEvidence(question, await ledgerContext()),
        unstated: async (question: string) => unstatedNote(question, await ledgerContext()),
        described: async (question: string) =>
          (await describedCharacter(question, await ledgerContext()))?.name ?? null,
        naming: (question: string) => namingEvidence(question, search),
        async closeness(question: string, texts: string[]) {
          const reply = await chroma.similarity({ query: question, texts, projectId }, call);
          return reply.kind === 'model' ? reply.scores : null;
        },
        speech: async (asked: SpeechQuestion) =>
          speechEvidence({ graph, quotations }, projectId, asked, await entities, titleOf, scope),
        talk: (chapter: number | null) =>
          talkEvidence({ graph, quotations }, projectId, chapter, titleOf, scope),
        async narration(chapter: number | null) {
          const known = await entities;
          return narrationEvidence(
            {
              async chapters() {
                const [rows, overrides, keys] = await Promise.all([
                  story.chapters(projectId),
                  story.narrators(projectId),
                  graph.entityKeys(projectId),
                ]);
                const byChapter = new Map(overrides.map((o) => [`${o.fileId}:${o.chapter}`, o]));
                return rows.map((row) => chapterView(row, keys, byChapter.get(`${row.fileId}:${row.index}`)));
              },
              text: async (fileId) => (await files.text(projectId, fileId, {}, call)).text,
              namesOf(entityId, name) {
                const entity = known.find((e) => e.id === entityId);
                return entity ? [entity.name, ...entity.aliases] : [name];
              },
            },
            chapter,
            scope,
          );
        },
        storyDates: (asked: { chapter: number | null; aspect: TimeAspect }) =>
          timeEvidence(
            {
              events: () => projectTimeline(story, projectId),
              text: async (fileId) => (await files.text(projectId, fileId, {}, call)).text,
              chapterTitle: titleOf,
            },
            asked,
            scope,
          ),
        async datesIn(span: { fileId: string; start: number; end: number }) {
          const events = await projectTimeline(story, projectId);
          return events.flatMap((e) =>
            e.fileId === span.fileId && e.start < span.end && e.end > span.start && e.when.date !== null
              ? [{ text: e.when.text, date: e.when.date }]
              : [],
          );
        },
        async disagreements(span: { fileId: string; start: number; end: number }) {
          const open = await continuity.list(projectId, { status: 'open', limit: OPEN_ISSUES_READ });
          return open
            .filter((issue) =>
              issue.evidence.some(
                (e) => e.fileId === span.fileId && e.start < span.end && e.end > span.start,
              ),
            )
            .map((issue) => issue.summary);
        },
        async external(question: string): Promise<ExternalSource[]> {
          const term = lookupTerm(question);
          const found: ExternalSource[] = [];
          if (/\b(synonyms?|means like|similar words?|rhymes?)\b/i.test(question)) {
            const rel = /rhyme/i.test(question) ? 'rhymes' : 'means-like';
            const words = await external.thesaurus(term, rel, call);
            found.push({
              title: `${rel === 'rhymes' ? 'Rhymes' : 'Words meaning like'} "${term}"`,
              text: words.words
                .slice(0, 12)
                .map((w) => w.word)
                .join(', '),
              url: words.sourceUrl,
            });
            return found;
          }
          const look = await external.lookup(term, call);
          if (look.dictionary) {
            const senses = look.dictionary.senses
              .slice(0, 2)
              .map((s) => `(${s.partOfSpeech}) ${s.definitions.slice(0, 2).join('; ')}`);
            found.push({
              title: `Dictionary: ${look.dictionary.term}`,
              text: senses.join(' '),
              url: look.dictionary.sourceUrl,
            });
          }
          if (look.encyclopedia) {
            found.push({
              title: `Encyclopedia: ${look.encyclopedia.title}`,
              text: look.encyclopedia.summary,
              url: look.encyclopedia.sourceUrl,
            });
          }
          return found;
        },
      };

      let holdId: string | undefined;
      try {
        const result = await answerMessage(message, history, sources, {
          model,
          ...(onDelta ? { onDelta } : {}),
          async beforeModelCall(_request, estimate) {
            // Never free, never charged twice: the hold is keyed by the message id.
            const quote = await billing.quote({ model: model?.model ?? 'unknown', ...estimate }, call);
            const hold = await holdCredits(
              billing,
              {
                userId,
                amount: Math.max(1, quote.cost),
                idempotencyKey: `chat-hold:${messageId}`,
                ttlSeconds: 600,
              },
              call,
            );
            holdId = hold.holdId;
          },
        });
        let cost = 0;
        if (result.usage && holdId) {
          const usage = await billing.recordUsage(
            {
              userId,
              idempotencyKey: `chat-usage:${messageId}`,
              model: result.usage.model,
              inputTokens: result.usage.inputTokens,
              outputTokens: result.usage.outputTokens,
              projectId,
              purpose: 'chat',
              holdId,
            },
            call,
          );
          cost = usage.usage.charged;
          holdId = undefined;
        }
        return { ...result, cost };
      } catch (err) {
        if (holdId) await billing.releaseHold(holdId, call).catch(() => undefined);
        throw err;
      }
    },
  };
}
