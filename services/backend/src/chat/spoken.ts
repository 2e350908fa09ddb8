/**
 * The evidence for a speech question ("what does X say about Y"): the speaker's stored quotations
 * (dialogue ingestion), read through the graph store's entity keys like the quotes route, narrowed
 * to those spoken to the addressee and those speaking of the topic.
 */
import { terms } from '@george/text';
import type { GraphStore } from '../graph/store.js';
import type { QuotationRepository } from '../repositories/quotations.js';
import { namesOf, resolveEntities, type StoryEntity } from './retrieval.js';
import { type SpeechEvidence, type SpeechQuestion, speaksOf } from './speech.js';

export interface SpokenSources {
  graph: Pick<GraphStore, 'entityKeys'>;
  quotations: Pick<QuotationRepository, 'bySpeakers'>;
}

/**
 * The speaker's quotations that answer the question, or null when the speaker is no character of
 * the story bible (the question is then answered from retrieved passages).
 */
export async function speechEvidence(
  sources: SpokenSources,
  projectId: string,
  asked: SpeechQuestion,
  entities: readonly StoryEntity[],
  titleOf: (fileId: string, chapter: number | null) => Promise<string | null>,
): Promise<SpeechEvidence | null> {
  const characters = entities.filter((e) => e.type === 'character');
  const speaker = resolveEntities(asked.speaker, characters, 1)[0];
  if (!speaker) return null;
  const keys = await sources.graph.entityKeys(projectId);
  const speakerKeys = [...keys].filter(([, ref]) => ref.id === speaker.id).map(([key]) => key);
  const spoken = await sources.quotations.bySpeakers(projectId, speakerKeys);

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
