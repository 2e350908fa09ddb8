/**
 * Questions about what a character says ("What does Darcy say about Wickham?", "What did Elizabeth
 * say to Jane?", "Darcy's words about pride"): answered from that character's quotations, which
 * the dialogue module attributed, rather than from passages retrieved by similarity. Rules over the
 * author's own message only, like the intent classifier.
 */

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
