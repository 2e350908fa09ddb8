/**
 * The evidence for a speech question ("what does X say about Y"): the speaker's stored quotations
 * (dialogue ingestion), read through the graph store's entity keys like the quotes route, narrowed
 * to those spoken to the addressee and those speaking of the topic.
 */
import { terms } from '@george/text';
import type { GraphStore } from '../graph/store.js';
import type { QuotationRepository } from '../repositories/quotations.js';
import { namesOf, resolveEntities, type StoryEntity } from './retrieval.js';
import {
  QUOTED_TOP_LINES,
  type SpeechEvidence,
  type SpeechQuestion,
  speaksOf,
  type TalkEvidence,
} from './speech.js';

export interface SpokenSources {
  graph: Pick<GraphStore, 'entityKeys'>;
  quotations: Pick<QuotationRepository, 'bySpeakers' | 'page'>;
}

/** Quotations a "who talks most" answer reads (far above a chapter's, or a novel's). */
const MAX_COUNTED = 20_000;

/**
 * The speaker's quotations that answer the question (in the given files only, when some are), or
 * null when the speaker is no character of the story bible (the question is then answered from
 * retrieved passages).
 */
export async function speechEvidence(
  sources: SpokenSources,
  projectId: string,
  asked: SpeechQuestion,
  entities: readonly StoryEntity[],
  titleOf: (fileId: string, chapter: number | null) => Promise<string | null>,
  files?: ReadonlySet<string>,
): Promise<SpeechEvidence | null> {
  const characters = entities.filter((e) => e.type === 'character');
  const speaker = resolveEntities(asked.speaker, characters, 1)[0];
  if (!speaker) return null;
  const keys = await sources.graph.entityKeys(projectId);
  const speakerKeys = [...keys].filter(([, ref]) => ref.id === speaker.id).map(([key]) => key);
  const spoken = (await sources.quotations.bySpeakers(projectId, speakerKeys)).filter(
    (q) => !files || files.has(q.fileId),
  );

  const addressee = asked.addressee ? resolveEntities(asked.addressee, characters, 1)[0] : undefined;
  const topicEntity = asked.topic ? resolveEntities(asked.topic, [...entities], 1)[0] : undefined;
  const topic =
    asked.topic === null
      ? null
      : topicEntity
        ? { names: namesOf(topicEntity), terms: [] }
        : { names: [], terms: terms(asked.topic) };
  const answering = spoken.filter(
    (q) =>
      (asked.addressee === null ||
        (addressee !== undefined && q.addresseeKeys.some((key) => keys.get(key)?.id === addressee.id))) &&
      (topic === null || speaksOf(q.text, topic)),
  );
  return {
    speaker: speaker.name,
    topic: topicEntity?.name ?? asked.topic,
    addressee: addressee?.name ?? asked.addressee,
    total: spoken.length,
    lines: await Promise.all(
      answering.map(async (q) => ({
        fileId: q.fileId,
        chapter: q.chapter,
        chapterTitle: await titleOf(q.fileId, q.chapter).catch(() => null),
        start: q.start,
        end: q.end,
        text: q.text,
      })),
    ),
  };
}

/**
 * Who speaks in the chapter (the chapter of that number in each manuscript; in the given files only,
 * when some are) or, for null, in the whole manuscript: the stored quotations counted per speaker through the entity keys (merges
 * count; a deleted entity's lines are no one's), most quotations first (ties by words, then name).
 */
export async function talkEvidence(
  sources: SpokenSources,
  projectId: string,
  chapter: number | null,
  titleOf: (fileId: string, chapter: number | null) => Promise<string | null>,
  files?: ReadonlySet<string>,
): Promise<TalkEvidence> {
  const keys = await sources.graph.entityKeys(projectId);
  const quotes = (
    await sources.quotations.page(projectId, {
      ...(chapter !== null ? { chapter } : {}),
      limit: MAX_COUNTED,
    })
  ).filter((q) => !files || files.has(q.fileId));
  const bySpeaker = new Map<string, TalkEvidence['speakers'][number]>();
  for (const q of quotes) {
    const ref = q.speakerKey === null ? undefined : keys.get(q.speakerKey);
    if (ref === undefined) continue;
    const entry = bySpeaker.get(ref.id) ?? { name: ref.name, quotations: 0, words: 0, lines: [] };
    entry.quotations++;
    entry.words += q.words;
    entry.lines.push({
      fileId: q.fileId,
      chapter: q.chapter,
      chapterTitle: null,
      start: q.start,
      end: q.end,
      text: q.text,
    });
    bySpeaker.set(ref.id, entry);
  }
  const speakers = [...bySpeaker.values()].sort(
    (a, b) => b.quotations - a.quotations || b.words - a.words || a.name.localeCompare(b.name),
  );
  // Only the lines an answer cites need their chapter's title.
  for (const line of speakers[0]?.lines.slice(0, QUOTED_TOP_LINES) ?? [])
    line.chapterTitle = await titleOf(line.fileId, line.chapter).catch(() => null);
  return { chapter, total: quotes.length, speakers };
}
