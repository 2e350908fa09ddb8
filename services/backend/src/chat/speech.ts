/**
 * Questions about what a character says ("What does Darcy say about Wickham?", "What did Elizabeth
 * say to Jane?", "Darcy's words about pride"): answered from that character's quotations, which
 * the dialogue module attributed, rather than from passages retrieved by similarity. Rules over the
 * author's own message only, like the intent classifier.
 */
import { fold, terms } from '@george/text';
import { chapterLabel } from '../story/numbering.js';

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
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(folded)) return true;
  }
  if (topic.terms.length === 0) return false;
  const said = new Set(terms(text));
  return topic.terms.some((t) => said.has(t));
}

/** The answer from the speaker's quotations, each quoted and cited (no model: their own words). */
export function speechAnswer(evidence: SpeechEvidence): {
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
    const where = chapterLabel(line.chapter, line.chapterTitle);
    return `${i + 1}. ${line.text.replace(/\s+/g, ' ').trim()}${where ? ` (${where})` : ''} [${i + 1}]`;
  });
  return {
    answer: [head, ...items].join('\n'),
    citations: shown.map((line) => ({ ...line, quote: line.text, kind: 'manuscript' })),
  };
}
