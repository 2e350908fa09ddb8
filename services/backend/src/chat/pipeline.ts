import { setTimeout as delay } from 'node:timers/promises';
import { chapterLabel } from '../story/numbering.js';
import {
  extractiveAnswer,
  meaningCandidates,
  questionType,
  rankSentences,
  type ScoredSentence,
  SENTENCE_WEIGHTS,
  wholeSentences,
  withMeaning,
  withStated,
} from './extractive.js';
import { removeInventedContent } from './guard.js';
import { classifyIntent, type Intent, isOpinionRequest, usesManuscript } from './intents.js';
import type { ChatModel, ModelRequest } from './models.js';
import { type NarrationEvidence, narrationAnswer, parseNarrationQuestion } from './narration.js';
import type { FileNames } from './quoted.js';
import { prompt } from './responses.js';
import { namesNoOne } from './retrieval.js';
import { standaloneQuestion } from './rewrite.js';
import {
  chapterOfConversation,
  parseSpeechQuestion,
  parseTalkQuestion,
  type SpeechEvidence,
  type SpeechQuestion,
  speechAnswer,
  type TalkEvidence,
  talkAnswer,
} from './speech.js';
import {
  datesNote,
  parseTimeQuestion,
  type TimeAspect,
  type TimeEvidence,
  timeAnswer,
} from './story-dates.js';
import type { BibleFact, ChatAnswer, Citation, ExternalSource, Passage, Statement, Turn } from './types.js';

/** Characters of a candidate sentence compared in meaning (the model reads about 512 tokens). */
const CLOSENESS_CHARS = 2000;
/**
 * How long an answer waits for the comparison in meaning (about 100 ms when the embedder is free):
 * an embedder held up by uploads on a loaded machine leaves the lexical ranking rather than the
 * author waiting.
 */
const CLOSENESS_WAIT_MS = 2000;

export interface ChatSources {
  /** Passages from the project's collection (manuscripts and the author's notes), best first. */
  retrieve(question: string, k: number): Promise<Passage[]>;
  /** Story-bible facts on the entities named in the question. */
  bibleFacts(question: string): Promise<BibleFact[]>;
  /** The passages stating continuity-ledger facts that answer the question (chat/ledger.ts). */
  ledger?(question: string): Promise<Statement[]>;
  /**
   * A note when the question asks a look or the age of one character and the ledger states none
   * ("George found no sentence ... the colour of their eyes for Daniel"), else null.
   */
  unstated?(question: string): Promise<string | null>;
  /**
   * The name of the character a question that names no one describes by their calling or their
   * relation ("the clergyman cousin" is Mr. Collins, "the lazy brother-in-law" Mr. Hurst;
   * chat/ledger.ts), else null.
   */
  described?(question: string): Promise<string | null>;
  /** The sentences naming the thing the question asks the name of (chat/naming.ts). */
  naming?(question: string): Promise<Statement[]>;
  /**
   * How close in meaning each text is to the question (a cosine each, in order), or null when the
   * project's embedder reads no meaning (hashed words).
   */
  closeness?(question: string, texts: string[]): Promise<readonly number[] | null>;
  /** Outside references (dictionary, encyclopedia) through the external data service. */
  external?(question: string): Promise<ExternalSource[]>;
  /** "What does X say about Y": X's stored quotations that answer, or null when X is no character. */
  speech?(asked: SpeechQuestion): Promise<SpeechEvidence | null>;
  /** "Who talks most in chapter 3": the chapter's (null: the manuscript's) speakers by quotations. */
  talk?(chapter: number | null): Promise<TalkEvidence>;
  /** "Who tells chapter 3": the chapter's (null: every chapter's) voice, with the lines that show it. */
  narration?(chapter: number | null): Promise<NarrationEvidence>;
  /** "When does the story begin": the timeline's lines for a chapter (null: the manuscript). */
  storyDates?(asked: { chapter: number | null; aspect: TimeAspect }): Promise<TimeEvidence>;
  /**
   * The summaries of the open continuity issues that cite a passage inside this span of a file
   * ("Margaret is grey-eyed in Chapter 1 but blue-eyed in Chapter 3."), most confident first.
   */
  disagreements?(span: { fileId: string; start: number; end: number }): Promise<string[]>;
  /** The dated time expressions the timeline reads in this span of a file, in reading order. */
  datesIn?(span: {
    fileId: string;
    start: number;
    end: number;
  }): Promise<Array<{ text: string; date: string }>>;
  /** The manuscripts' names by file id when the answer reads more than one, else null (`FileNames`). */
  fileNames?(): Promise<FileNames>;
}

export interface ChatOptions {
  model?: ChatModel | undefined;
  onDelta?: (text: string) => void;
  /** Called once the model request is known, before it is sent: the place to hold credits. */
  beforeModelCall?: (
    request: ModelRequest,
    estimate: { inputTokens: number; outputTokens: number },
  ) => Promise<void>;
  passages?: number;
  maxOutputTokens?: number;
}

const CANNED: Partial<Record<Intent, string>> = {
  creative_request: 'decline-creative',
  emotional_support: 'emotional-support',
  app_help: 'app-help',
  account: 'account',
  conversation: 'conversation',
};

/** Continuity issues shown under one answer, at most. */
const DISAGREEMENTS_SHOWN = 2;

/**
 * A note under an offline answer whose answer sentence the continuity check cites: the author asked
 * about something the manuscript states two ways, and the answer alone would hide the other.
 */
async function disagreementNote(lead: ScoredSentence | undefined, sources: ChatSources): Promise<string> {
  if (!lead || !sources.disagreements) return '';
  const summaries = await sources.disagreements({
    fileId: lead.passage.fileId,
    start: lead.start,
    end: lead.end,
  });
  if (summaries.length === 0) return '';
  const shown = summaries.slice(0, DISAGREEMENTS_SHOWN).map((s) => `- ${s}`);
  return `\n\nThe manuscript disagrees with itself here (open continuity issues):\n${shown.join('\n')}`;
}

/** For a when-question: the dates the timeline gives the answer sentence, said in full ('' for none). */
async function timelineNote(
  question: string,
  lead: ScoredSentence | undefined,
  sources: ChatSources,
): Promise<string> {
  if (!lead || !sources.datesIn || questionType(question) !== 'when') return '';
  const note = datesNote(
    await sources.datesIn({ fileId: lead.passage.fileId, start: lead.start, end: lead.end }),
  );
  return note ? `\n\n${note}` : '';
}

/** The manuscripts' names for this answer's citations (null: one manuscript, or no listing). */
async function fileNamesOf(sources: ChatSources): Promise<FileNames> {
  return (await sources.fileNames?.()) ?? null;
}

/** A question about a chapter ("current": the conversation's) or the manuscript (null), and its answer. */
interface ChapterQuestion {
  chapter: number | 'current' | null;
  /** How to ask it of a chapter, for the answer that asks which chapter is meant. */
  example: string;
  answer(chapter: number | null): Promise<{ answer: string; citations: Citation[] }>;
}

/** The chapter-scoped question the message asks, when the sources can answer it. */
function chapterQuestion(message: string, sources: ChatSources): ChapterQuestion | null {
  const { talk, narration, storyDates } = sources;
  const talked = talk ? parseTalkQuestion(message) : null;
  if (talk && talked)
    return {
      chapter: talked.chapter,
      example: 'Who talks most in chapter 3?',
      answer: async (chapter) => talkAnswer(await talk(chapter)),
    };
  const told = narration ? parseNarrationQuestion(message) : null;
  if (narration && told)
    return {
      chapter: told.chapter,
      example: 'Who tells chapter 3?',
      answer: async (chapter) => narrationAnswer(await narration(chapter), await fileNamesOf(sources)),
    };
  const when = storyDates ? parseTimeQuestion(message) : null;
  if (storyDates && when)
    return {
      chapter: when.chapter,
      example: 'When is chapter 3 set?',
      answer: async (chapter) =>
        timeAnswer(await storyDates({ chapter, aspect: when.aspect }), await fileNamesOf(sources)),
    };
  return null;
}

/** About four characters a token for English text: enough for a hold that is then settled exactly. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function contextBlock(passages: Passage[], facts: BibleFact[]): string {
  const numbered = passages.map(
    (p, i) =>
      `[${i + 1}] (${p.kind === 'note' ? "the author's note" : chapterLabel(p.chapter, p.chapterTitle) || 'manuscript'})\n${p.text}`,
  );
  const bible = facts.map(
    (f) =>
      `- ${f.name} (${f.type}; aliases: ${f.aliases.join(', ') || 'none'}; ${f.mentionCount} mentions; relations: ${
        f.relations.map((r) => `${r.label ?? r.type} ${r.other}`).join(', ') || 'none'
      })`,
  );
  return `<manuscript_passages>\n${numbered.join('\n\n')}\n</manuscript_passages>\n<story_bible>\n${bible.join('\n')}\n</story_bible>`;
}

/** Citations for the passage numbers the model wrote, in order of first use. */
function citedPassages(text: string, passages: Passage[]): Citation[] {
  const seen = new Set<number>();
  const citations: Citation[] = [];
  for (const m of text.matchAll(/\[(\d{1,2})\]/g)) {
    const n = Number(m[1]) - 1;
    const p = passages[n];
    if (!p || seen.has(n)) continue;
    seen.add(n);
    // Quoted in whole sentences, as the offline answer quotes (verbatim at its offsets).
    const quote = wholeSentences(p);
    citations.push({
      fileId: p.fileId,
      chapter: p.chapter,
      chapterTitle: p.chapterTitle ?? null,
      start: quote.start,
      end: quote.end,
      quote: quote.text,
      kind: p.kind,
    });
  }
  return citations;
}

/**
 * The candidate answer sentences of the offline answer, the best ones re-ranked by their closeness
 * in meaning to the question. Without it (no source, an embedder of hashed words, or the embedding
 * service failing) the lexical ranking stands: the answer is still quoted, only ranked less well.
 */
async function candidateSentences(
  question: string,
  retrieved: Passage[],
  facts: BibleFact[],
  stated: readonly Statement[],
  sources: ChatSources,
): Promise<ScoredSentence[]> {
  const ranked = rankSentences(question, retrieved, facts, SENTENCE_WEIGHTS, stated);
  const head = meaningCandidates(ranked, SENTENCE_WEIGHTS.meaningCandidates);
  if (!sources.closeness || head.length < 2) return ranked;
  const waited = new AbortController();
  const closeness = await Promise.race([
    sources
      .closeness(
        question,
        head.map((s) => s.text.slice(0, CLOSENESS_CHARS)),
      )
      .catch(() => null),
    delay(CLOSENESS_WAIT_MS, null, { signal: waited.signal }).catch(() => null),
  ]);
  waited.abort();
  // A question that names no one is judged by meaning rather than by its common words.
  const unnamed = namesNoOne(question, facts, false);
  return closeness
    ? withMeaning(
        ranked,
        head,
        closeness,
        unnamed ? SENTENCE_WEIGHTS.meaningUnnamed : SENTENCE_WEIGHTS.meaning,
      )
    : ranked;
}

/**
 * One chat turn: classify the author's message, answer canned intents from the team's texts,
 * retrieve passages and story-bible facts for questions about the story, and answer them with the
 * extractive answerer (offline) or the configured model, checked for invented content.
 */
export async function answerMessage(
  message: string,
  history: Turn[],
  sources: ChatSources,
  options: ChatOptions = {},
): Promise<ChatAnswer> {
  const intent = classifyIntent(message);
  const canned = CANNED[intent];
  if (canned) {
    const answer = prompt(canned);
    options.onDelta?.(answer);
    return { answer, citations: [], intent, generated: false, removed: [] };
  }

  if (intent === 'external_lookup') {
    const found = (await sources.external?.(message)) ?? [];
    const answer =
      found.length === 0
        ? 'I found nothing in the outside references for that.'
        : [
            'From outside references (not from your manuscript):',
            ...found.map((s) => `- ${s.title}: ${s.text} (source: ${s.url})`),
          ].join('\n');
    options.onDelta?.(answer);
    return { answer, citations: [], intent, generated: false, removed: [], external: found };
  }

  if (!usesManuscript(intent)) throw new Error(`unhandled intent ${intent}`);
  const standalone = standaloneQuestion(message, history);
  // Questions about a chapter or the whole manuscript answered from what ingestion stored: who
  // talks most (the quotations), who tells it (the story's shape), when it happens (the timeline).
  const scoped = chapterQuestion(message, sources);
  if (scoped) {
    const chapter = scoped.chapter === 'current' ? chapterOfConversation(history) : scoped.chapter;
    const { answer, citations } =
      chapter === null && scoped.chapter === 'current'
        ? { answer: `Which chapter do you mean? Ask, for example, "${scoped.example}"`, citations: [] }
        : await scoped.answer(chapter);
    options.onDelta?.(answer);
    return { answer, citations, intent, generated: false, removed: [] };
  }
  // What a character says is answered from their own quotations, each cited.
  const asked = parseSpeechQuestion(message) ?? parseSpeechQuestion(standalone);
  const spoken = asked && sources.speech ? await sources.speech(asked) : null;
  if (spoken && (!options.model || spoken.lines.length === 0)) {
    const { answer, citations } = speechAnswer(spoken, await fileNamesOf(sources));
    options.onDelta?.(answer);
    return { answer, citations, intent, generated: false, removed: [] };
  }
  // The name of a character the question describes by calling is searched and matched like a name it says.
  const described = !spoken && sources.described ? await sources.described(standalone) : null;
  const question = described ? `${standalone} (${described})` : standalone;
  const [retrieved, facts, ledgered, named, unstated] = await Promise.all([
    spoken
      ? spoken.lines
          .slice(0, options.passages ?? 8)
          .map((line, i): Passage => ({ ...line, id: `quote-${i}`, kind: 'manuscript', score: 1 }))
      : sources.retrieve(question, options.passages ?? 8),
    sources.bibleFacts(question),
    !spoken && sources.ledger ? sources.ledger(question) : Promise.resolve([]),
    !spoken && sources.naming ? sources.naming(question) : Promise.resolve([]),
    !spoken && !options.model && sources.unstated ? sources.unstated(question) : Promise.resolve(null),
  ]);
  const stated = [...ledgered, ...named];
  const opinion = isOpinionRequest(message);

  if (!options.model) {
    const ranked = await candidateSentences(question, retrieved, facts, stated, sources);
    const fileNames = await fileNamesOf(sources);
    const { answer, citations } = extractiveAnswer(question, retrieved, facts, { stated, ranked, fileNames });
    const checked = `${answer}${await timelineNote(question, ranked[0], sources)}${unstated ? `\n\n${unstated}` : ''}${await disagreementNote(ranked[0], sources)}`;
    const text = opinion
      ? `Rather than an opinion, here is what the text itself shows.\n\n${checked}`
      : checked;
    options.onDelta?.(text);
    return { answer: text, citations, intent, generated: false, removed: [] };
  }

  // The model reads the passages stating the ledger's answering facts too.
  const passages = withStated(retrieved, stated);
  const context = contextBlock(passages, facts);
  const instruction = spoken
    ? `The passages are ${spoken.speaker}'s own words. Answer from them what ${spoken.speaker} says, citing passage numbers.`
    : opinion
      ? 'The author asks for an opinion. Give a diagnostic summary of what the text does instead, citing passages.'
      : 'Answer the question from the passages and facts above, citing passage numbers.';
  const request: ModelRequest = {
    system: prompt('system'),
    messages: [
      ...history.slice(-6),
      { role: 'user', content: `${context}\n\n${instruction}\nQuestion: ${question}` },
    ],
    maxOutputTokens: options.maxOutputTokens ?? 600,
  };
  await options.beforeModelCall?.(request, {
    inputTokens: estimateTokens(request.system + request.messages.map((m) => m.content).join('\n')),
    outputTokens: request.maxOutputTokens,
  });
  // Streaming sends text before the check can run, so the streamed text is the raw draft and the
  // final message (sent last) is the checked one.
  const reply = options.onDelta
    ? await options.model.stream(request, options.onDelta)
    : await options.model.generate(request);
  const names = facts.flatMap((f) => [f.name, ...f.aliases, ...f.relations.map((r) => r.other)]);
  const checked = removeInventedContent(reply.text, `${context}\n${question}`, names);
  const usage = { model: reply.model, inputTokens: reply.inputTokens, outputTokens: reply.outputTokens };
  if (checked.text.trim() === '') {
    const ranked = await candidateSentences(question, retrieved, facts, stated, sources);
    const fileNames = await fileNamesOf(sources);
    const fallback = extractiveAnswer(question, retrieved, facts, { stated, ranked, fileNames });
    const answer = `${fallback.answer}${await disagreementNote(ranked[0], sources)}`;
    return { ...fallback, answer, intent, generated: false, removed: checked.removed, usage };
  }
  // The note is the check's, not the model's: it rests on the sentence the offline answerer would
  // lead with (its lexical ranking, no comparison in meaning, so the model's answer waits for nothing).
  const lead = rankSentences(question, retrieved, facts, SENTENCE_WEIGHTS, stated)[0];
  return {
    answer: `${checked.text}${await disagreementNote(lead, sources)}`,
    citations: citedPassages(checked.text, passages),
    intent,
    generated: true,
    removed: checked.removed,
    usage,
  };
}
