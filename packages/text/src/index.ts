/**
 * George's one text pipeline: words, sentences, folding, stemming, stop words and index terms,
 * the same in every service, so that a word count, a search term and a chat question's terms
 * agree everywhere.
 *
 * Words and sentences come from `Intl.Segmenter` (ICU's Unicode word and sentence boundaries,
 * UAX #29) with the repairs prose needs: a hyphenated word ("well-known") is one word while a
 * double hyphen ("matter--and") separates; a single line break inside a paragraph (hard-wrapped
 * text) does not end a sentence while a blank line always does; a sentence does not end after a
 * title or an initial ("Mr. Darcy", "J. Smith") or before a lower-case continuation ("Stop!" he
 * cried.). Stemming is Porter2 (Snowball English) from the maintained `wink-porter2-stemmer`.
 * Offsets are UTF-16 indices into the string given (what `String.prototype.slice` uses).
 */
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';

const require = createRequire(import.meta.url);
const porter2: (word: string) => string = require('wink-porter2-stemmer');

export interface Span {
  start: number;
  end: number;
}

/** A word and its place: `text === input.slice(start, end)`. */
export interface Word extends Span {
  text: string;
}

const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });
const SENTENCE_SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Hyphen-minus and the Unicode hyphen join the words on either side when nothing else is between. */
const HYPHENS = new Set(['-', '\u2010']);
/** Characters segmented at a time (see `pieces`). */
const PIECE = 500;

/**
 * Cuts a text into pieces of about `size` characters at the first place `cut` allows at or after
 * it. V8's segment iterator gets slower the further it is into a string (a whole novel takes
 * minutes), so long texts are segmented piece by piece (sentences: words go run by run, see
 * `words`): linear, and the same boundaries where a piece ends at a paragraph break (no sentence
 * spans it).
 */
function pieces(text: string, size: number, cut: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (text.length - start > size) {
    cut.lastIndex = start + size;
    const m = cut.exec(text);
    if (!m) break;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * A run of text between white space: no word spans white space, so a text's words are its runs'
 * words. The zero-width no-break space counts as part of a run (it is a format character, which
 * ICU's rules read inside a word, not a separator).
 */
const RUN = /[\S\uFEFF]+/g;
/** Runs up to this length are memoised: words and their punctuation ("Elizabeth," "said"). */
const MEMO_RUN_CHARS = 40;
/** Runs memoised before the memo starts again (a novel has tens of thousands). */
const MEMO_RUNS = 50_000;

/** The words of one run of text, offsets from its start (see `words`). */
function segmentRun(run: string): Word[] {
  const out: Word[] = [];
  let last: Word | undefined;
  let hyphenAt = -1;
  for (const { segment, index, isWordLike } of WORD_SEGMENTER.segment(run)) {
    if (isWordLike) {
      if (last && hyphenAt === index - 1) {
        last.end = index + segment.length;
        last.text = run.slice(last.start, last.end);
      } else {
        last = { text: segment, start: index, end: index + segment.length };
        out.push(last);
      }
      hyphenAt = -1;
    } else {
      hyphenAt = HYPHENS.has(segment) && last?.end === index && hyphenAt === -1 ? index : -1;
    }
  }
  return out;
}

/**
 * A run that is one plain word: ASCII letters and digits, with only quotation marks, brackets and
 * sentence punctuation around them, where UAX #29 always breaks (it joins such marks only between
 * two letters or digits, as in "don't" or "1,000"). Most of a novel's runs are such, and need no
 * segmenter: its setting up for each run cost more than the run's words.
 */
const PLAIN_RUN = /^([("'[\u2018\u201c]*)([A-Za-z0-9]+)[)"'\].,;:!?\u2019\u201d]*$/;

function plainRunWords(run: string): Word[] | null {
  const m = PLAIN_RUN.exec(run);
  const [, opening, word] = m ?? [];
  if (opening === undefined || word === undefined) return null;
  return [{ text: word, start: opening.length, end: opening.length + word.length }];
}

/**
 * A run's words: a plain one's at once, another's memoised when short (a novel repeats the same
 * few thousand such runs, and the analysis counts words in thousands of overlapping ranges of it).
 * A plain map emptied when full, not a least-recently-used cache, whose bookkeeping on each of a
 * novel's runs took most of `countWords`' time in a profile of the analysis. Read only (`words`
 * copies).
 */
const runWordsMemo = new Map<string, readonly Word[]>();

function runWords(run: string): readonly Word[] {
  const plain = plainRunWords(run);
  if (plain) return plain;
  if (run.length > MEMO_RUN_CHARS) return segmentRun(run);
  let known = runWordsMemo.get(run);
  if (known === undefined) {
    known = segmentRun(run);
    if (runWordsMemo.size >= MEMO_RUNS) runWordsMemo.clear();
    runWordsMemo.set(run, known);
  }
  return known;
}

/** Each run of `text` with the offset it starts at. */
function* runsOf(text: string): Generator<{ run: string; at: number }> {
  const found = new RegExp(RUN);
  for (let m = found.exec(text); m; m = found.exec(text)) yield { run: m[0], at: m.index };
}

/** The words of a text in order: "well-known", "don't", "Holmes's" and "1,000" are one word each. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const { run, at } of runsOf(text))
    for (const w of runWords(run)) out.push({ text: w.text, start: at + w.start, end: at + w.end });
  return out;
}

export function countWords(text: string): number {
  let count = 0;
  for (const { run } of runsOf(text)) count += runWords(run).length;
  return count;
}

/** Lower case, accents removed, curly apostrophes straight: the form words are compared in. */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Porter2 (Snowball English) stem of a folded word. */
export function stem(word: string): string {
  return porter2(word);
}

/** The words that open a noun phrase and name no one: articles, possessive and demonstrative determiners. */
export const DETERMINERS: readonly string[] = [
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'this',
  'that',
];

/**
 * A pattern matching any of `words` with either case of its first letter, for words that may open
 * a sentence in a pattern that cannot take the `i` flag (names need case).
 */
export function eitherCase(words: readonly string[]): string {
  return `(?:${words.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
}

/** English function words (folded), left out of index and query terms. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other ought our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up upon very was we were what when where which while who whom why will
  with would you your yours yourself yourselves shall may might must also yet thus whose ye thee thou
  thy s t d ll m o re ve y`
    .split(/\s+/)
    .filter(Boolean),
);

/** Longest index term kept (a longer one is cut): column sizes stay bounded. */
const MAX_TERM = 40;

/**
 * The content words of a text with their index terms, in order: folded, possessive "'s" dropped,
 * hyphenated words taken part by part ("sperm-whale" matches "sperm whale"), stop words and single
 * characters left out, stemmed.
 */
export function contentWords(text: string): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  for (const w of words(text)) {
    const folded = fold(w.text)
      .replace(/'s$/, '')
      .replace(/^'+|'+$/g, '');
    for (const part of folded.split(/[-\u2010]/)) {
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      out.push({ word: part, term: stem(part).slice(0, MAX_TERM) });
    }
  }
  return out;
}

/** Texts up to this length are memoised: a stored passage (about 1,200 characters) and its sentences. */
const MEMO_CHARS = 4_000;
/** Texts memoised per function, the least recently used dropped beyond (a few megabytes at most). */
const MEMO_ENTRIES = 20_000;

/**
 * `compute` memoised for short texts: a chat answer splits and stems the same stored passages
 * (retrieved again question after question, and read again by the quote, the ledger and the
 * naming) that the last answers did. Keyed by the text itself, so an edited passage is computed
 * anew; each call answers a copy (`copy` of each item), so a caller may change what it is given.
 */
function memoisedByText<T>(compute: (text: string) => T[], copy: (item: T) => T): (text: string) => T[] {
  const memo = new LRUCache<string, readonly T[]>({ max: MEMO_ENTRIES });
  return (text) => {
    if (text.length > MEMO_CHARS) return compute(text);
    let known = memo.get(text);
    if (known === undefined) {
      known = compute(text);
      memo.set(text, known);
    }
    return known.map(copy);
  };
}

const termsOf = memoisedByText(
  (text) => contentWords(text).map((c) => c.term),
  (term) => term,
);

/** Index terms of a text (see `contentWords`), in order: what search indexes and queries use. */
export function terms(text: string): string[] {
  return termsOf(text);
}

/** Titles and abbreviations after which a full stop does not end a sentence (folded, no stop). */
const ABBREVIATIONS = new Set(
  `mr mrs ms messrs mme mlle dr st mt capt col gen lt sgt maj adm rev prof hon sr jr esq no nos vol
  vols ch chap fig pp viz cf vs etc ibid i.e e.g`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Positions of the line breaks that end a paragraph: those next to a blank line, and every line
 * break of a block of long lines (a manuscript written one paragraph per line, as .docx and .md
 * exports are), whereas hard-wrapped prose (lines under about 100 characters) flows on.
 */
function paragraphBreaks(text: string): Set<number> {
  const hard = new Set<number>();
  const blank = /\n[ \t]*\n/g;
  let blockStart = 0;
  const block = (start: number, end: number) => {
    const breaks: number[] = [];
    const lengths: number[] = [];
    let lineStart = start;
    for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
      breaks.push(i);
      lengths.push(i - lineStart);
      lineStart = i + 1;
    }
    lengths.push(end - lineStart);
    const sorted = lengths.sort((a, b) => a - b);
    if (breaks.length > 0 && (sorted[Math.floor(sorted.length / 2)] ?? 0) > 100)
      for (const b of breaks) hard.add(b);
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    block(blockStart, m.index);
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === '\n') hard.add(i);
    blockStart = m.index + m[0].length;
  }
  block(blockStart, text.length);
  return hard;
}

/** The word before a final full stop of `sentence` (folded), e.g. "mr" for "... said Mr." */
function lastWordBeforeStop(sentence: string): string | null {
  const m = /([\p{L}.]+)\.["'\u2019\u201d)\]]*\s*$/u.exec(sentence);
  return m?.[1] ? fold(m[1]) : null;
}

const sentencesOf = memoisedByText(splitSentences, (span) => ({ ...span }));

/**
 * Sentences as spans of `text`, in order, trimmed of white space. A closing quotation mark stays
 * with its sentence. Headings and other lines standing alone between blank lines are sentences.
 */
export function sentences(text: string): Span[] {
  return sentencesOf(text);
}

function splitSentences(text: string): Span[] {
  const hard = paragraphBreaks(text);
  // One character for one: offsets into `flat` are offsets into `text`.
  const flat = text.replace(/[\n\r]/g, (c: string, at: number) => (c === '\n' && hard.has(at) ? c : ' '));
  // Pieces end at a paragraph break, or in a very long paragraph after a full stop and a space
  // (a false cut there is joined again like ICU's own false boundaries, below).
  const raw: Span[] = [];
  for (const piece of pieces(flat, PIECE, /\n|[.!?]["'\u2019\u201d)]*[ \t]+/g)) {
    for (const { index, segment } of SENTENCE_SEGMENTER.segment(flat.slice(piece.start, piece.end)))
      raw.push({ start: piece.start + index, end: piece.start + index + segment.length });
  }

  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous && continues(text, previous, span, hard)) previous.end = span.end;
    else merged.push({ ...span });
  }
  const out: Span[] = [];
  for (const { start, end } of merged) {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text.charAt(a))) a++;
    while (b > a && /\s/.test(text.charAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** Whether a boundary ICU found between two spans is a false one. */
function continues(text: string, previous: Span, next: Span, hard: Set<number>): boolean {
  // Never across a paragraph break.
  for (let i = previous.start; i < next.start; i++) if (hard.has(i)) return false;
  const before = text.slice(previous.start, previous.end);
  if (!/\S/.test(before)) return true;
  const word = lastWordBeforeStop(before);
  if (word !== null) {
    if (ABBREVIATIONS.has(word)) return true;
    // An initial ("J. Smith", a quoted "S. H."), but not the pronoun ("... said I.").
    if (/^[a-z]$/.test(word) && word !== 'i' && /(^|[\s("'\u2018\u201c])\p{Lu}\.\s*$/u.test(before))
      return true;
  }
  // "Stop!" he cried. / ... at 3 p.m. on Monday: a lower-case word goes on the sentence.
  const after = text.slice(next.start, next.end);
  return /^[\s"'\u2018\u201c(]*\p{Ll}/u.test(after);
}

export { numberWord, ordinalWord, parseNumber, romanNumeral } from './numbers.js';
