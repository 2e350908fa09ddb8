import type { Intent } from './intents.js';

/** A retrieved passage: a chunk of a file's normalised text, `text === fileText.slice(start, end)`. */
export interface Passage {
  id: string;
  fileId: string;
  /** `manuscript`, `note` (bookmarked by the author, cited as a note), `sheet`... */
  kind: string;
  /** 1-based chapter in its file, or null. */
  chapter: number | null;
  /** The book's heading of that chapter ("Chapter 21"). */
  chapterTitle?: string | null;
  start: number;
  end: number;
  text: string;
  score: number;
}

/** A passage and the span in it that states an answer (a ledger fact's sentence, a naming). */
export interface Statement {
  passage: Passage;
  start: number;
  end: number;
}

export interface Citation {
  fileId: string;
  /** 1-based chapter in its file, or null. */
  chapter: number | null;
  chapterTitle?: string | null;
  start: number;
  end: number;
  /** Exactly the file's text at [start, end). */
  quote: string;
  kind?: string;
  /** The book of the series the file is in. */
  book?: { number: number; title: string };
}

/** A fact from the story bible about an entity named in the question. */
export interface BibleFact {
  entityId: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
  firstChapter: number | null;
  firstChapterTitle?: string | null;
  relations: Array<{ type: string; label?: string | undefined; other: string; weight: number }>;
}

/** An answer from an outside reference (dictionary, encyclopedia), tagged with its source. */
export interface ExternalSource {
  title: string;
  text: string;
  url: string;
}

export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatAnswer {
  answer: string;
  citations: Citation[];
  intent: Intent;
  generated: boolean;
  /** Names or claims removed by the invented-content check. */
  removed: string[];
  usage?: { model: string; inputTokens: number; outputTokens: number };
  external?: ExternalSource[];
}
