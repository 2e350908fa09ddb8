import { mustAt } from '@george/runtime/collections';
import { ABBREVIATIONS } from './lexicons.js';

/** A word or punctuation mark with its exact range in the file's text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Whole word in capitals (headings, shouting). */
  allCaps: boolean;
  /** Capitalised because of its position: sentence start, after an opening quote, a verse line start. */
  initial: boolean;
  /** Followed directly by "'s" / "’s" (kept out of the token). */
  possessive: boolean;
  /** Only spaces (at most one line break) separate it from the next token. */
  joinedToNext: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  tokens: Token[];
  /** Sentence ranges [start, end) as token indexes. */
  sentences: Array<{ from: number; to: number }>;
  /**
   * Short lines that mostly start with a capital, one of them at least running on to the next (no
   * stop at its end): a verse or a song, not a list of one-line sentences.
   */
  verse?: boolean;
}

/** For each token, whether it stands inside quotation marks (the marks themselves included). */
export function quotedTokens(tokens: Token[]): boolean[] {
  const quoted: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
    quoted.push(open);
  }
  return quoted;
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;
const TOKEN = /[\p{L}][\p{L}\p{M}]*(?:['’-][\p{L}][\p{L}\p{M}]*)*|\d+|[^\s\p{L}\d]/gu;
const OPENING = new Set(['“', '"', '‘', '(', '[', '«']);
const CLOSING = new Set(['”', '"', '’', "'", ')', ']', '»', '_']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);

/**
 * Splits a text into paragraphs with their ranges: blank lines separate paragraphs; a block of long
 * lines (a manuscript written one paragraph per line, as .docx and .md exports are) is split at
 * every line break, while hard-wrapped prose (lines under about 100 characters) is not.
 */
export function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const push = (start: number, end: number): void => {
    if (!/\S/.test(text.slice(start, end))) return;
    if (text.slice(start, end).trim().includes('\n') && medianLineLength(text, start, end) > 100) {
      let lineStart = start;
      for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        if (/\S/.test(text.slice(lineStart, i))) ranges.push({ start: lineStart, end: i });
        lineStart = i + 1;
      }
      if (/\S/.test(text.slice(lineStart, end))) ranges.push({ start: lineStart, end });
      return;
    }
    ranges.push({ start, end });
  };
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let match = PARAGRAPH_BREAK.exec(text); match !== null; match = PARAGRAPH_BREAK.exec(text)) {
    if (match.index > start) push(start, match.index);
    start = match.index + match[0].length;
  }
  if (start < text.length) push(start, text.length);
  return ranges;
}

function medianLineLength(text: string, start: number, end: number): number {
  const lengths = text
    .slice(start, end)
    .split('\n')
    .map((line) => line.trim().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

/** A paragraph of short lines that mostly start with a capital is verse: line starts are positional. */
function isVerse(body: string): boolean {
  const lines = body.split('\n').filter((line) => line.trim().length > 0);
  if (lines.length < 3) return false;
  const capitalStarts = lines.filter((line) => /^\s*[“"‘(]?\p{Lu}/u.test(line)).length;
  const averageLength = lines.reduce((sum, line) => sum + line.trim().length, 0) / lines.length;
  return capitalStarts / lines.length >= 0.75 && averageLength < 60;
}

/** Some line ends without a sentence's stop ("Row, little letter, row to the sea,"). */
function linesRunOn(body: string): boolean {
  return body
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .some((line) => !/[.!?]['"”’]?\s*$/u.test(line));
}

/** Prefixes after which a name goes on with a capital ("McBride", "O'Brien"), in capitals or not. */
const CAPITAL_AFTER_PREFIX = /^(Mc|O['’])(\p{L})/u;

/**
 * A word in capitals: "SALLIE", and "McBRIDE" (a signature in capitals keeps the prefix's small
 * "c"), so that "SALLIE McBRIDE" reads as one name and as the "Sallie McBride" of the prose.
 */
function inCapitals(word: string): boolean {
  if (word.length < 2) return false;
  const rest = word.replace(/^Mc(?=\p{Lu})/u, '');
  return rest.length > 1 && rest === rest.toUpperCase();
}

/** A word in capitals as a name is written in prose: "SALLIE" -> "Sallie", "McBRIDE" -> "McBride". */
export function unshouted(word: string): string {
  const lower = word.toLowerCase();
  const written = lower.charAt(0).toUpperCase() + lower.slice(1);
  return written.replace(CAPITAL_AFTER_PREFIX, (_, prefix: string, letter: string) => {
    const prefixWritten = prefix.charAt(0).toUpperCase() + prefix.slice(1);
    return prefixWritten + letter.toUpperCase();
  });
}

export function tokenizeParagraph(text: string, start: number, end: number): Paragraph {
  const body = text.slice(start, end);
  const verse = isVerse(body);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(body); match !== null; match = TOKEN.exec(body)) {
    let word = match[0];
    let possessive = false;
    if (/^[\p{L}]/u.test(word)) {
      const apostrophe = /['’][sS]$/.exec(word);
      if (apostrophe !== null && word.length > 2) {
        word = word.slice(0, -2);
        possessive = true;
      }
    }
    const isWord = /^[\p{L}]/u.test(word);
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start: start + match.index,
      end: start + match.index + word.length,
      isWord,
      capitalized: isWord && /^\p{Lu}/u.test(word),
      allCaps: isWord && inCapitals(word),
      initial: false,
      possessive,
      joinedToNext: false,
    });
  }
  // A heading ("The Pequod Meets The Virgin", "CHAPTER IV") capitalises its words by convention.
  const words = tokens.filter((t) => t.isWord);
  const long = words.filter((t) => t.text.length > 3);
  const heading =
    words.length >= 2 &&
    words.length <= 16 &&
    body.trim().split('\n').length <= 2 &&
    long.length > 0 &&
    long.filter((t) => t.capitalized).length >= 0.75 * long.length &&
    !/["“”]/.test(body) &&
    !/[.!?]\s+\p{L}/u.test(body);
  if (heading) for (const t of words) t.initial = true;
  const sentences: Array<{ from: number; to: number }> = [];
  let sentenceStart = 0;
  let expectStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = mustAt(tokens, i);
    const next = tokens[i + 1];
    if (next !== undefined) {
      const gap = text.slice(token.end, next.start);
      token.joinedToNext = /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap) && !token.possessive;
      if (verse && gap.includes('\n') && next.isWord) next.initial = true;
    }
    if (token.isWord) {
      if (expectStart) token.initial = true;
      expectStart = false;
      continue;
    }
    if (OPENING.has(token.text)) {
      // An opening quote starts a speech whose first word is capitalised by position.
      const attachedToNext = next !== undefined && next.start === token.end;
      if (token.text !== '"' || attachedToNext) expectStart = true;
    }
    if (SENTENCE_END.has(token.text)) {
      const previous = tokens[i - 1];
      const abbreviation =
        token.text === '.' &&
        previous !== undefined &&
        previous.isWord &&
        previous.end === token.start &&
        (ABBREVIATIONS.has(previous.lower) || (previous.text.length === 1 && previous.capitalized));
      if (!abbreviation) {
        expectStart = true;
        let j = i + 1;
        while (j < tokens.length && CLOSING.has(mustAt(tokens, j).text)) j++;
        sentences.push({ from: sentenceStart, to: j });
        sentenceStart = j;
      }
    } else if (token.text === ':') {
      expectStart = true;
    }
  }
  if (sentenceStart < tokens.length) sentences.push({ from: sentenceStart, to: tokens.length });
  return verse && linesRunOn(body)
    ? { start, end, tokens, sentences, verse: true }
    : { start, end, tokens, sentences };
}

/** Whether one of `phrases` (lower-case words) ends right before token `at`. */
export function phraseEndsBefore(tokens: readonly Token[], at: number, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => {
    const words = phrase.split(' ');
    return words.every((w, k) => tokens[at - words.length + k]?.lower === w);
  });
}
