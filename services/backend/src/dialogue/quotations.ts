/**
 * Finds the speech of a text: quotations in double and single marks, curly and straight, and
 * paragraphs of dash-introduced dialogue. Hand-written because no maintained JavaScript library
 * does this for fiction (BookNLP and the sieve of Muzny et al. are Python and Java with models).
 *
 * - A quotation interrupted by narration in the same paragraph ("Yes," said she, "but...") is one
 *   utterance in parts; a speech over several paragraphs, each reopened with a quotation mark and
 *   the earlier ones left open, is one utterance with a part per paragraph.
 * - Marks of the other kind inside a quotation are nested quotations and stay inside it.
 * - Apostrophes are not quotation marks: inside words (o'clock, Ma'am), elisions ('tis, 'em) and
 *   plural possessives (the Bennets' house) where a better closing mark follows.
 * - Short quotations inside a sentence with no speech verb beside them ("a 'stove-pipe' hat") are
 *   terms, titles or scare quotes, not speech, and are left out.
 */
import { mustAt } from '@george/runtime/collections';
import { countWords as countTextWords, words } from '@george/text';
import { SPEECH_VERBS } from '../bible/lexicons.js';
import { paragraphRanges } from '../bible/tokenize.js';

export type QuoteStyle = 'double' | 'single' | 'dash';

export interface TextRange {
  start: number;
  end: number;
}

export interface Quotation {
  /** From the first part's opening mark to the last part's closing mark. */
  start: number;
  end: number;
  /** The quoted stretches with their marks, in order; narration between them is not part of it. */
  parts: TextRange[];
  style: QuoteStyle;
  /** Indexes into the scan's paragraphs of the first and the last part. */
  paragraph: number;
  lastParagraph: number;
}

export interface QuotationScan {
  paragraphs: TextRange[];
  quotations: Quotation[];
}

/** Words an apostrophe opens ('tis, 'em): never an opening quotation mark. */
const ELISIONS = new Set(
  'tis twas twere twill twould twon em cause bout til nuff neath gainst ow ere ave eard n un ee ud'.split(
    ' ',
  ),
);
/** Narration between two parts of one utterance is at most this many words (a speech tag or a beat). */
const MAX_TAG_WORDS = 25;
/** A quotation this short inside a sentence, with no speech verb beside it, is a term or a title. */
const MAX_TERM_WORDS = 5;

/** Verbs that tag speech only with their particle: "went on", "put in", "broke in", "wound up". */
const PHRASAL_SPEECH_VERBS: Record<string, string> = {
  went: 'on',
  put: 'in',
  broke: 'in',
  chimed: 'in',
  cut: 'in',
  wound: 'up',
  spoke: 'up',
};

/** A speech verb; `next` (the following word) completes the phrasal ones ("went on"). */
export function isSpeechVerb(lower: string, next?: string): boolean {
  if (SPEECH_VERBS.has(lower)) return true;
  const particle = PHRASAL_SPEECH_VERBS[lower];
  return particle !== undefined && next?.toLowerCase() === particle;
}

type MarkRole = 'open' | 'close' | 'either' | 'apostrophe';

interface Mark {
  at: number;
  style: 'double' | 'single';
  role: MarkRole;
  /** A closing mark right after punctuation or before the end of a clause: surely a quotation mark. */
  strong: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{—–\-/“‘"'«]/u;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}—–\-…”’"'»]/u;
const PUNCTUATION = /[.,;:!?—–\-…]/u;

function classify(text: string, at: number, from: number, to: number): Mark | undefined {
  const c = text.charAt(at);
  const before = at > from ? text.charAt(at - 1) : '';
  const after = at + 1 < to ? text.charAt(at + 1) : '';
  const leftOpen = before === '' || OPENING_CONTEXT.test(before);
  const rightClosed = after === '' || CLOSING_CONTEXT.test(after);
  const strong = PUNCTUATION.test(before) || (after !== '' && /[.,;:!?)\]]/.test(after));
  const directional = (): MarkRole =>
    leftOpen && !rightClosed ? 'open' : !leftOpen && rightClosed ? 'close' : 'either';
  switch (c) {
    case '“':
    case '«':
      return { at, style: 'double', role: !leftOpen && rightClosed ? 'either' : 'open', strong };
    case '”':
    case '»':
      return { at, style: 'double', role: leftOpen && !rightClosed ? 'either' : 'close', strong };
    case '"':
      return { at, style: 'double', role: directional(), strong };
    case '‘':
    case '’':
    case "'": {
      if (LETTER.test(before) && LETTER.test(after))
        return { at, style: 'single', role: 'apostrophe', strong };
      if (/\d/.test(after) && !/\d/.test(before)) return { at, style: 'single', role: 'apostrophe', strong }; // '90s
      if (leftOpen && !rightClosed) {
        const word = /^[\p{L}]+/u.exec(text.slice(at + 1, Math.min(to, at + 12)))?.[0]?.toLowerCase() ?? '';
        if (ELISIONS.has(word)) return { at, style: 'single', role: 'apostrophe', strong };
        return { at, style: 'single', role: c === '’' ? 'either' : 'open', strong };
      }
      if (!leftOpen && rightClosed)
        return { at, style: 'single', role: c === '‘' ? 'either' : 'close', strong };
      return { at, style: 'single', role: 'either', strong };
    }
    default:
      return undefined;
  }
}

const MARK_CHARS = /["“”«»'‘’]/g;

function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  MARK_CHARS.lastIndex = from;
  for (let m = MARK_CHARS.exec(text); m !== null && m.index < to; m = MARK_CHARS.exec(text)) {
    const mark = classify(text, m.index, from, to);
    if (mark !== undefined && mark.role !== 'apostrophe') marks.push(mark);
  }
  return marks;
}

/** Where the paragraph's text begins (after leading spaces), for "does it open with a mark". */
function firstNonSpace(text: string, range: TextRange): number {
  let i = range.start;
  while (i < range.end && /\s/.test(text.charAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

interface Span extends TextRange {
  style: 'double' | 'single';
  paragraph: number;
  /** The span continues into the next paragraph (left open, the next reopens it). */
  continues: boolean;
  /** This span reopens a speech left open at the end of the previous paragraph. */
  continuation: boolean;
}

/** Opens a quotation at a mark: how the next paragraph must begin to continue it. */
function reopens(text: string, next: TextRange | undefined, style: 'double' | 'single'): boolean {
  if (next === undefined) return false;
  const at = firstNonSpace(text, next);
  const mark = classify(text, at, next.start, next.end);
  return mark !== undefined && mark.style === style && (mark.role === 'open' || mark.role === 'either');
}

/** The quoted spans of one paragraph (and the open speech it may continue). */
function scanParagraph(
  text: string,
  paragraphs: TextRange[],
  index: number,
  carried: 'double' | 'single' | undefined,
): Span[] {
  const range = mustAt(paragraphs, index);
  const marks = marksOf(text, range.start, range.end);
  const spans: Span[] = [];
  let open: { style: 'double' | 'single'; at: number; depth: number; continuation: boolean } | undefined;
  let i = 0;
  if (carried !== undefined) {
    const first = marks[0];
    if (first !== undefined && first.at === firstNonSpace(text, range) && first.style === carried) {
      open = { style: carried, at: first.at, depth: 1, continuation: true };
      i = 1;
    }
  }
  for (; i < marks.length; i++) {
    const mark = mustAt(marks, i);
    if (open === undefined) {
      if (mark.role === 'close') continue;
      if (mark.style === 'single' && !hasClosing(marks, i, text, paragraphs, index)) continue;
      open = { style: mark.style, at: mark.at, depth: 1, continuation: false };
      continue;
    }
    if (mark.style !== open.style) continue; // a nested quotation of the other kind
    if (open.style === 'double') {
      if (mark.role === 'open' && text.charAt(mark.at) !== '"') {
        open.depth++;
        continue;
      }
      open.depth--;
      if (open.depth > 0) continue;
      spans.push(span(open, mark.at + 1, index, false));
      open = undefined;
      continue;
    }
    // Single marks: an apostrophe-like closing mark closes only when no better one follows.
    if (mark.role === 'open') continue;
    const chosen = chooseClosing(marks, i);
    spans.push(span(open, mustAt(marks, chosen).at + 1, index, false));
    open = undefined;
    i = chosen;
  }
  if (open !== undefined) {
    const continues = reopens(text, paragraphs[index + 1], open.style);
    spans.push(span(open, trimEnd(text, open.at, range.end), index, continues));
  }
  return spans;
}

function span(
  open: { style: 'double' | 'single'; at: number; continuation: boolean },
  end: number,
  paragraph: number,
  continues: boolean,
): Span {
  return { start: open.at, end, style: open.style, paragraph, continues, continuation: open.continuation };
}

/** Among the closing candidates after an opening single mark, the strong one first, else the last. */
function chooseClosing(marks: Mark[], from: number): number {
  let last = from;
  for (let j = from; j < marks.length; j++) {
    const mark = mustAt(marks, j);
    if (mark.style !== 'single') continue;
    if (mark.role === 'open') break;
    if (mark.strong) return j;
    last = j;
  }
  return last;
}

/** An opening single mark counts only when something can close it (or the next paragraph reopens). */
function hasClosing(
  marks: Mark[],
  from: number,
  text: string,
  paragraphs: TextRange[],
  index: number,
): boolean {
  for (let j = from + 1; j < marks.length; j++) {
    const mark = mustAt(marks, j);
    if (mark.style === 'single' && mark.role !== 'open') return true;
  }
  return reopens(text, paragraphs[index + 1], 'single');
}

/** Words between `start` and `end`, counted by the one text pipeline. */
export function countWords(text: string, start: number, end: number): number {
  return countTextWords(text.slice(start, end));
}

function wordsOf(slice: string): string[] {
  return words(slice).map((w) => w.text);
}

/**
 * Speech rather than a term: opens its paragraph or sentence, follows speech closely, has a speech
 * verb beside it, follows a colon as a whole sentence, exclaims or asks, or is long.
 */
function isSpeech(
  text: string,
  paragraph: TextRange,
  s: Span,
  previousSpeechEnd: number | undefined,
): boolean {
  if (s.continuation || s.continues) return true;
  if (previousSpeechEnd !== undefined && countWords(text, previousSpeechEnd, s.start) <= MAX_TAG_WORDS)
    return true;
  const before = text.slice(paragraph.start, s.start);
  if (!/[\p{L}\p{N}]/u.test(before)) return true;
  const inner = wordsOf(text.slice(s.start, s.end));
  const after = wordsOf(text.slice(s.end, Math.min(paragraph.end, s.end + 60))).slice(0, 3);
  // "she said, 'no'" / "Then he cried: 'no'" / "He said 'no'": a speech verb just before.
  const beforeWords = wordsOf(before.slice(-60)).slice(/[,:]\s*$/.test(before) ? -3 : -1);
  if (looksLikeTag(after) || beforeWords.some((w) => isSpeechVerb(w.toLowerCase()))) return true;
  // Introduced by a colon and closed on its own sentence's end: "whispered in eager tones: 'Dreams!'".
  if (/:\s*$/.test(before) && /[.!?]["'”’]$/u.test(text.slice(s.start, s.end))) return true;
  // A term is not exclaimed or asked: "a cry of 'Fire!'".
  if (/[!?]["'”’]$/u.test(text.slice(s.start, s.end))) return true;
  if (/[.!?—–]["'”’)]?\s*$/u.test(before) && inner.length >= 2) return true;
  return inner.length > MAX_TERM_WORDS;
}

const TAG_SUBJECT = /^(?:he|she|they|I|we|\p{Lu}\p{L}*)$/u;

/** "said he", "she said", "cried Mrs. Bennet", "the man said": a speech verb next to a subject. */
function looksLikeTag(words: string[]): boolean {
  const [a, b, c] = words.map((w) => w.toLowerCase());
  const [wa, wb] = words;
  if (a === undefined) return false;
  if (isSpeechVerb(a))
    return wb !== undefined && (TAG_SUBJECT.test(wb) || b === 'the' || b === 'his' || b === 'her');
  if (b !== undefined && isSpeechVerb(b)) return wa !== undefined && TAG_SUBJECT.test(wa);
  return (
    c !== undefined &&
    isSpeechVerb(c) &&
    (a === 'the' || a === 'his' || a === 'her' || TAG_SUBJECT.test(wa ?? ''))
  );
}

/** Dash dialogue: a paragraph that opens with a dash and has no quotation marks is speech. */
function dashSpeech(text: string, range: TextRange, index: number): Span[] {
  const at = firstNonSpace(text, range);
  const c = text.charAt(at);
  if (c !== '—' && c !== '―' && !(c === '–' && text.charAt(at + 1) === ' ')) return [];
  if (/["“”«»‘]/.test(text.slice(range.start, range.end))) return [];
  // "— Yes, — said he, — but..." : dashes set off the tags; a dash between spaces ends a part.
  const spans: Span[] = [];
  const separators = /\s[—―–]\s?/g;
  separators.lastIndex = at + 1;
  let partStart = at;
  let speaking = true;
  for (let m = separators.exec(text); m !== null && m.index < range.end; m = separators.exec(text)) {
    if (speaking) {
      spans.push(dashSpan(text, partStart, m.index, index));
    } else {
      partStart = m.index + m[0].search(/[—―–]/);
    }
    speaking = !speaking;
  }
  if (speaking) spans.push(dashSpan(text, partStart, trimEnd(text, partStart, range.end), index));
  return spans;
}

function dashSpan(text: string, start: number, end: number, paragraph: number): Span {
  return {
    start,
    end: trimEnd(text, start, end),
    style: 'single',
    paragraph,
    continues: false,
    continuation: false,
  };
}

/**
 * The quotations a speaker quotes inside one part of their speech ("'Why, what does this mean,
 * John?' he stammered", told in John's account), between the part's opening mark and its end.
 */
export function innerQuotationParts(text: string, part: TextRange): TextRange[] {
  const from = part.start + 1;
  if (!/['‘’"“”]/.test(text.slice(from, part.end))) return [];
  return findQuotations(text.slice(from, part.end)).quotations.flatMap((q) =>
    q.parts.map((p) => ({ start: from + p.start, end: from + p.end })),
  );
}

/** The parts of every quotation of `text`: the speech that narration analysis and pronouns skip. */
export function quotationParts(text: string): TextRange[] {
  return findQuotations(text).quotations.flatMap((q) => q.parts);
}

/**
 * "'I'd hoped she was a witch,' observed Fergus. 'Nonsense, Fergus!'": the part after the tag
 * calls the tag's speaker ("observed Fergus", "Fergus observed") by name, so someone else speaks
 * it: two utterances, not one in parts.
 */
function callsTagSpeaker(text: string, gapStart: number, next: TextRange): boolean {
  const gap = text.slice(gapStart, next.start).match(/\p{L}+/gu) ?? [];
  const spoken = text.slice(next.start, next.end);
  return gap.some((word, i) => {
    if (!isSpeechVerb(word.toLowerCase())) return false;
    return [gap[i - 1], gap[i + 1]].some(
      (name) =>
        name !== undefined &&
        /^\p{Lu}\p{Ll}+$/u.test(name) &&
        new RegExp(`(?:^\\P{L}*|[,;!?.—–]\\s*|\\b(?:dear|my|oh)\\s+)${name}\\s*[,;!?.]`, 'iu').test(spoken),
    );
  });
}

/** The genders of "he" and "she" beside a speech verb in `narration` ("he said", "answered she"). */
function taggedGenders(narration: string): Set<'he' | 'she'> {
  const words = narration.match(/\p{L}+/gu) ?? [];
  const found = new Set<'he' | 'she'>();
  words.forEach((word, i) => {
    if (!isSpeechVerb(word.toLowerCase())) return;
    for (const near of [words[i - 1], words[i + 1]]) {
      const lower = near?.toLowerCase();
      if (lower === 'he' || lower === 'she') found.add(lower);
    }
  });
  return found;
}

/**
 * "'To-morrow?' he said. 'There is no speedier delivery?' and seemed quite disappointed when she
 * answered, 'No.'": narration between two parts tagging the next one with a pronoun of the other
 * gender than the utterance's tags so far is someone else answering: two utterances.
 */
function otherGenderTag(text: string, current: Quotation, next: TextRange): boolean {
  const gap = taggedGenders(text.slice(current.end, next.start));
  if (gap.size !== 1) return false;
  const before = new Set<'he' | 'she'>();
  current.parts.forEach((part, i) => {
    const following = current.parts[i + 1];
    if (following !== undefined)
      for (const g of taggedGenders(text.slice(part.end, following.start))) before.add(g);
  });
  const [tagged] = before;
  return before.size === 1 && tagged !== undefined && !gap.has(tagged);
}

/**
 * "'The first vacant room in the front --' 'You must have it,' said Miss Bartlett": a part broken
 * off on a dash and answered at once, with no word between, is someone cutting in.
 */
function interrupted(text: string, previousEnd: number, nextStart: number): boolean {
  return (
    /(?:—|–|--)\s*["'”’]$/u.test(text.slice(Math.max(0, previousEnd - 6), previousEnd)) &&
    !/\p{L}/u.test(text.slice(previousEnd, nextStart))
  );
}

/** All the quotations of `text`, in text order, with the paragraphs they were found in. */
export function findQuotations(text: string, paragraphs: TextRange[] = paragraphRanges(text)): QuotationScan {
  const quotations: Quotation[] = [];
  let carried: 'double' | 'single' | undefined;
  let current: Quotation | undefined;
  const flush = (): void => {
    if (current !== undefined) quotations.push(current);
    current = undefined;
  };
  paragraphs.forEach((range, index) => {
    const dash = dashSpeech(text, range, index);
    const spans = dash.length > 0 ? dash : scanParagraph(text, paragraphs, index, carried);
    const style: QuoteStyle | undefined = dash.length > 0 ? 'dash' : undefined;
    carried = undefined;
    if (current !== undefined && !(spans[0]?.continuation ?? false)) flush();
    let previousSpeechEnd: number | undefined;
    for (const s of spans) {
      if (!isSpeech(text, range, s, previousSpeechEnd)) continue;
      previousSpeechEnd = s.end;
      const joins =
        current !== undefined &&
        (s.continuation ||
          (current.lastParagraph === index &&
            countWords(text, current.end, s.start) <= MAX_TAG_WORDS &&
            !/\n\s*\n/.test(text.slice(current.end, s.start)) &&
            !callsTagSpeaker(text, current.end, s) &&
            !otherGenderTag(text, current, s) &&
            !interrupted(text, current.end, s.start)));
      if (current !== undefined && joins) {
        current.parts.push({ start: s.start, end: s.end });
        current.end = s.end;
        current.lastParagraph = index;
      } else {
        flush();
        current = {
          start: s.start,
          end: s.end,
          parts: [{ start: s.start, end: s.end }],
          style: style ?? s.style,
          paragraph: index,
          lastParagraph: index,
        };
      }
      if (s.continues) carried = s.style;
    }
    if (carried === undefined) flush();
  });
  flush();
  return { paragraphs, quotations };
}
