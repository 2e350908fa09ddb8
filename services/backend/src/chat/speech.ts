/**
 * Questions about what a character says ("What does Darcy say about Wickham?", "What did Elizabeth
 * say to Jane?", "Darcy's words about pride"): answered from that character's quotations, which
 * the dialogue module attributed, rather than from passages retrieved by similarity. Rules over the
 * author's own message only, like the intent classifier.
 */
import { fold, parseNumber, terms } from '@george/text';
import escapeStringRegexp from 'escape-string-regexp';
import { citedPlace, type FileNames } from './quoted.js';

export interface SpeechQuestion {
  /** The speaker as the author wrote them ("Mr. Darcy"). */
  speaker: string;
  /** What the quotations should be about ("Wickham", "the ball"), or null for everything they say. */
  topic: string | null;
  /** "...say to Jane": the character spoken to, or null. */
  addressee: string | null;
}

const NAME = String.raw`(?<speaker>(?:(?:Mr|Mrs|Ms|Dr|St)\.\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:de|van|von|d'|[\p{Lu}][\p{L}'’-]*))*)`;
const SAY =
  '(?:say|said|says|saying|tell|told|talk|talked|talks|speak|spoke|speaks|mention|mentioned|mentions)';
const REST = String.raw`(?:\s+(?<preposition>about|of|on|to|regarding|concerning)\s+(?<object>.+?))?`;

const PATTERNS: RegExp[] = [
  // What does / did / has / will X say (about Y | to Y)?
  new RegExp(
    String.raw`\b(?:[Ww]hat|[Hh]ow)\s+(?:does|did|do|has|had|will|would|could)\s+${NAME}\s+(?:ever\s+|really\s+|actually\s+)?${SAY}${REST}\s*[?.!]*\s*$`,
    'u',
  ),
  // Does X ever mention Y? (a direct object is the topic)
  new RegExp(
    String.raw`\b(?:[Dd]oes|[Dd]id|[Hh]as)\s+${NAME}\s+(?:ever\s+)?(?:mention|mentioned|mentions)\s+(?<topic>(?!about\b|of\b|to\b).+?)\s*[?.!]*\s*$`,
    'u',
  ),
  // Does X ever talk about Y?
  new RegExp(String.raw`\b(?:[Dd]oes|[Dd]id|[Hh]as)\s+${NAME}\s+(?:ever\s+)?${SAY}${REST}\s*[?.!]*\s*$`, 'u'),
  // X's words / lines / quotes / dialogue (about Y)
  new RegExp(
    String.raw`\b${NAME}['’]s?\s+(?:words|lines|quotes|quotations|dialogue|speeches|remarks)${REST}\s*[?.!]*\s*$`,
    'u',
  ),
  // Quotes / lines of X (about Y), everything X says (about Y)
  new RegExp(
    String.raw`\b(?:[Qq]uotes|[Qq]uotations|[Ll]ines|[Ww]ords|[Dd]ialogue|[Ee]verything|[Aa]nything)\s+(?:of|by|from|that)?\s*${NAME}\s*(?:${SAY})?${REST}\s*[?.!]*\s*$`,
    'u',
  ),
];

/** Words that look like names at a sentence start but are not a speaker. */
const NOT_SPEAKERS = new Set(['I', 'You', 'We', 'They', 'He', 'She', 'It', 'What', 'How', 'George', 'The']);

const clean = (s: string | undefined): string | null => {
  const t = s
    ?.trim()
    .replace(/^(?:the\s+subject\s+of\s+)/i, '')
    .replace(/[?.!]+$/, '')
    .trim();
  return t ? t : null;
};

/** The speaker, topic and addressee of a question about what a character says, or null. */
export function parseSpeechQuestion(message: string): SpeechQuestion | null {
  const text = message.trim().replace(/\s+/g, ' ');
  for (const pattern of PATTERNS) {
    const groups = pattern.exec(text)?.groups;
    if (groups === undefined) continue;
    const speaker = clean(groups.speaker);
    if (speaker === null || NOT_SPEAKERS.has(speaker)) continue;
    const preposition = groups.preposition?.toLowerCase();
    const object = clean(groups.object);
    return {
      speaker,
      topic: clean(groups.topic) ?? (preposition !== undefined && preposition !== 'to' ? object : null),
      addressee: preposition === 'to' ? object : null,
    };
  }
  return null;
}

/** One of the speaker's quotations, cited like a passage (`text` is the file's text at [start, end)). */
export interface SpokenLine {
  fileId: string;
  chapter: number | null;
  chapterTitle: string | null;
  start: number;
  end: number;
  text: string;
}

/** What the stored quotations say to a speech question. */
export interface SpeechEvidence {
  /** The speaker as the story bible names them. */
  speaker: string;
  topic: string | null;
  addressee: string | null;
  /** All the speaker's quotations (before the topic and addressee narrowed them). */
  total: number;
  /** The quotations that answer, in text order. */
  lines: SpokenLine[];
}

/** How many quotations an answer quotes. */
const QUOTED_LINES = 8;

/**
 * Does the quotation speak of the topic: one of its names (an entity's name or alias, whole words)
 * or, for a topic that is no entity, one of its content words' stems.
 */
export function speaksOf(
  text: string,
  topic: { names: readonly string[]; terms: readonly string[] },
): boolean {
  const folded = fold(text);
  for (const name of topic.names) {
    const n = fold(name).trim();
    if (n.length === 0) continue;
    const escaped = escapeStringRegexp(n);
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(folded)) return true;
  }
  if (topic.terms.length === 0) return false;
  const said = new Set(terms(text));
  return topic.terms.some((t) => said.has(t));
}

/** The answer from the speaker's quotations, each quoted and cited (no model: their own words), its file named among several. */
export function speechAnswer(
  evidence: SpeechEvidence,
  fileNames: FileNames = null,
): {
  answer: string;
  citations: Array<SpokenLine & { quote: string; kind: string }>;
} {
  const about = [
    evidence.topic ? ` about ${evidence.topic}` : '',
    evidence.addressee ? ` to ${evidence.addressee}` : '',
  ].join('');
  if (evidence.lines.length === 0) {
    const answer =
      evidence.total === 0
        ? `I found no quotation attributed to ${evidence.speaker} in the manuscript.`
        : `Of the ${evidence.total} quotation${evidence.total === 1 ? '' : 's'} attributed to ${evidence.speaker}, none is${about}.`;
    return { answer, citations: [] };
  }
  const shown = evidence.lines.slice(0, QUOTED_LINES);
  const count = evidence.lines.length;
  const head =
    `${evidence.speaker} speaks${about} in ${count} quotation${count === 1 ? '' : 's'}` +
    (count > shown.length ? ` (the first ${shown.length} here)` : '') +
    ':';
  const items = shown.map((line, i) => {
    const where = citedPlace(line, fileNames);
    return `${i + 1}. ${line.text.replace(/\s+/g, ' ').trim()}${where ? ` (${where})` : ''} [${i + 1}]`;
  });
  return {
    answer: [head, ...items].join('\n'),
    citations: shown.map((line) => ({ ...line, quote: line.text, kind: 'manuscript' })),
  };
}

/** "Who talks most in chapter 3?": the chapter asked about, `current` for "this chapter", or null for the whole manuscript. */
export interface TalkQuestion {
  chapter: number | 'current' | null;
}

const TALK =
  /\bwho\s+(?:talks|speaks|says|has|gets|does)\s+(?:the\s+)?most(?:\s+(?:lines|dialogue|words|quotations|speech|of\s+the\s+(?:talking|dialogue|lines)))?(?:\s+(?:in|of|during|throughout)\s+(?<where>this\s+chapter|the\s+chapter|chapter\s+(?<n>\d{1,5}|[a-z]+)|the\s+(?:book|novel|manuscript|story)))?\s*[?.!]*\s*$/i;

/** A question about who speaks most, or null. */
export function parseTalkQuestion(message: string): TalkQuestion | null {
  const groups = TALK.exec(message.trim().replace(/\s+/g, ' '))?.groups;
  if (groups === undefined) return null;
  const where = groups.where?.toLowerCase();
  if (where === undefined || /^the\s+(?:book|novel|manuscript|story)$/.test(where)) return { chapter: null };
  if (groups.n === undefined) return { chapter: 'current' };
  const n = parseNumber(groups.n);
  return n !== null && n.length === groups.n.length && n.value > 0 ? { chapter: n.value } : null;
}

/** The chapter a conversation is about: the last "chapter N" in its turns, newest first. */
export function chapterOfConversation(turns: ReadonlyArray<{ content: string }>): number | null {
  for (let i = turns.length - 1; i >= 0; i--) {
    const found = [...(turns[i]?.content ?? '').matchAll(/\bchapter\s+(\d{1,5})\b/gi)].at(-1);
    if (found?.[1] !== undefined) return Number(found[1]);
  }
  return null;
}

/** Who speaks in a chapter (or the whole manuscript), from the stored quotations. */
export interface TalkEvidence {
  chapter: number | null;
  /** Quotations in the chapter, attributed or not. */
  total: number;
  /** Speakers, most quotations first, each with their lines in text order. */
  speakers: Array<{ name: string; quotations: number; words: number; lines: SpokenLine[] }>;
}

/** How many speakers a "who talks most" answer ranks, and how many lines of the first it quotes. */
const RANKED_SPEAKERS = 5;
export const QUOTED_TOP_LINES = 3;

/** The answer to "who talks most": the ranking by quotations, the first speaker's lines quoted and cited. */
export function talkAnswer(evidence: TalkEvidence): {
  answer: string;
  citations: Array<SpokenLine & { quote: string; kind: string }>;
} {
  const where = evidence.chapter === null ? 'In the manuscript' : `In chapter ${evidence.chapter}`;
  const top = evidence.speakers[0];
  if (top === undefined)
    return {
      answer:
        evidence.total === 0
          ? `${where} I found no quotations.`
          : `${where} I found ${evidence.total} quotations, but none attributed to a character.`,
      citations: [],
    };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const ranking = evidence.speakers
    .slice(0, RANKED_SPEAKERS)
    .map((s, i) => `${i + 1}. ${s.name}: ${plural(s.quotations, 'quotation')}, ${plural(s.words, 'word')}`);
  const shown = top.lines.slice(0, QUOTED_TOP_LINES);
  const quoted = shown.map((line, i) => `${i + 1}. ${line.text.replace(/\s+/g, ' ').trim()} [${i + 1}]`);
  return {
    answer: [
      `${where}, ${top.name} talks most: ${top.quotations} of the ${plural(evidence.total, 'quotation')}.`,
      ...ranking,
      `${top.name}'s first lines there:`,
      ...quoted,
    ].join('\n'),
    citations: shown.map((line) => ({ ...line, quote: line.text, kind: 'manuscript' })),
  };
}
