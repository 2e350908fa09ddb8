/**
 * A paragraph-aware chunker with chapter, paragraph and character offsets, used by the evaluation
 * and the benchmark (the backend's ingestion owns production chunking and follows the same rules:
 * about 500 characters, 50 of overlap, cuts at word boundaries).
 */
export interface TextChunk {
  text: string;
  chapter: number;
  paragraph: number;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

export interface ChunkOptions {
  target?: number;
  overlap?: number;
  /** Consecutive paragraphs shorter than this are merged (dialogue lines, headings). */
  minimum?: number;
}

const CHAPTER = /^\s*(chapter|book|volume|letter)\s+([0-9]+|[ivxlcdm]+)\b/i;

/** Offsets of the book between Project Gutenberg's start and end marks (the whole text otherwise). */
function body(text: string): { from: number; to: number } {
  const start = /^\*\*\* ?START OF.*$/m.exec(text);
  const end = /^\*\*\* ?END OF.*$/m.exec(text);
  const from = start ? start.index + start[0].length : 0;
  const to = end && end.index > from ? end.index : text.length;
  return { from, to };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function chunkText(text: string, options: ChunkOptions = {}): TextChunk[] {
  const target = options.target ?? 500;
  const overlap = options.overlap ?? 50;
  const minimum = options.minimum ?? 200;
  const { from, to } = body(text);
  const paragraphs: { start: number; end: number }[] = [];
  const separator = /\r?\n[ \t]*\r?\n/g;
  let cursor = from;
  separator.lastIndex = from;
  for (let m = separator.exec(text); m && m.index < to; m = separator.exec(text)) {
    paragraphs.push({ start: cursor, end: m.index });
    cursor = m.index + m[0].length;
  }
  paragraphs.push({ start: cursor, end: to });

  const out: TextChunk[] = [];
  let chapter = 0;
  let paragraph = 0;
  let pending: { start: number; end: number; paragraph: number } | undefined;
  const flush = () => {
    if (pending) {
      const t = squash(text.slice(pending.start, pending.end));
      if (t)
        out.push({ text: t, chapter, paragraph: pending.paragraph, start: pending.start, end: pending.end });
    }
    pending = undefined;
  };

  for (const p of paragraphs) {
    // Trim the span to its visible characters so offsets point at text.
    let { start, end } = p;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (start >= end) continue;
    const raw = text.slice(start, end);
    if (CHAPTER.test(raw) && raw.length < 200) {
      flush();
      chapter += 1;
      paragraph = 0;
      continue;
    }
    paragraph += 1;
    const length = end - start;
    if (length <= target * 1.4) {
      if (pending && end - pending.start > target * 1.4) flush();
      pending = pending ? { ...pending, end } : { start, end, paragraph };
      if (end - pending.start >= minimum) flush();
      continue;
    }
    flush();
    // A long paragraph: windows of about `target` characters cut at spaces, overlapping by `overlap`.
    let s = start;
    while (s < end) {
      let e = Math.min(end, s + target);
      if (e < end) {
        const sentence = text.lastIndexOf('. ', e);
        const space = text.lastIndexOf(' ', e);
        if (sentence > s + target * 0.6) e = sentence + 1;
        else if (space > s + target * 0.5) e = space;
      }
      if (end - e < target * 0.3) e = end;
      out.push({ text: squash(text.slice(s, e)), chapter, paragraph, start: s, end: e });
      if (e >= end) break;
      let next = e - overlap;
      const space = text.indexOf(' ', next);
      if (space !== -1 && space < e) next = space + 1;
      s = Math.max(next, s + 1);
    }
  }
  flush();
  return out;
}
