/**
 * A file as the fact extractor reads it: sentences, who is speaking where (narration, a
 * character's account, dialogue), and the anchors facts attach to: the name mentions of the story
 * bible's entities and the pronouns the resolver ties to characters.
 */
import type { Extraction, SourceText } from '../bible/types.js';
import { analyseDialogue, charactersOf } from '../dialogue/index.js';
import { lastAtOrBefore, resolvePronouns, sentenceStarts } from '../pronouns/index.js';
import { chapterIndexAt } from '../story/numbering.js';
import type { Passage, Voice } from './types.js';

export interface Span {
  start: number;
  end: number;
}

export interface Anchor extends Span {
  /** Extraction key of the entity. */
  key: string;
  type: 'character' | 'place' | 'other';
  /** A name ("Elizabeth", "Mr. Darcy") rather than a pronoun. */
  named: boolean;
  /** "Elizabeth's", "her", "his", "its": the anchor owns what follows. */
  possessive: boolean;
  /** 1 for a name; the resolver's confidence for a pronoun. */
  confidence: number;
}

export interface VoiceSpan extends Span {
  voice: Voice;
  speakerKey: string | null;
  /** The utterance the part belongs to (parts of one utterance share it). */
  utterance: number;
  /** Attributed by a tag that names the speaker ("said X"). */
  explicit: boolean;
}

/**
 * A quotation is a character's account (a letter, a story told), weighed like narration, when it
 * runs over paragraphs or this many words; shorter ones are dialogue, where a character may be
 * mistaken or lie.
 */
const ACCOUNT_WORDS = 150;

export class FileText {
  readonly fileId: string;
  readonly text: string;
  readonly sentences: Span[];
  /** Speech parts in text order. */
  readonly voices: VoiceSpan[];
  /** Name mentions and resolved pronouns in text order. */
  readonly anchors: Anchor[];
  readonly names = new Map<string, string>();
  private readonly chapters: SourceText['chapters'];
  private readonly sentenceStarts: number[];
  private readonly voiceStarts: number[];
  private readonly anchorStarts: number[];

  constructor(source: SourceText, extraction: Extraction) {
    this.fileId = source.fileId;
    this.text = source.text;
    this.chapters = source.chapters;
    this.sentences = sentenceSpans(source.text);
    this.sentenceStarts = this.sentences.map((s) => s.start);

    const dialogue = analyseDialogue(source, extraction);
    this.voices = [];
    dialogue.quotes.forEach((q, utterance) => {
      const paragraphs = 1 + (source.text.slice(q.start, q.end).match(/\n[ \t]*\n/g) ?? []).length;
      const account = paragraphs >= 2 || q.words >= ACCOUNT_WORDS;
      const voice: Voice = account ? 'account' : 'speech';
      for (const part of q.parts) {
        this.voices.push({
          start: part.start,
          end: part.end,
          voice,
          speakerKey: q.speakerKey,
          utterance,
          explicit: q.kind === 'explicit',
        });
      }
    });
    this.voices.sort((a, b) => a.start - b.start);
    this.voiceStarts = this.voices.map((v) => v.start);

    const anchors: Anchor[] = [];
    for (const entity of extraction.entities) {
      this.names.set(entity.key, entity.name);
      const type = entity.type === 'character' ? 'character' : entity.type === 'location' ? 'place' : 'other';
      for (const m of entity.mentions) {
        if (m.fileId !== source.fileId) continue;
        const possessive = /^['’]s\b/.test(source.text.slice(m.end, m.end + 3));
        anchors.push({
          start: m.start,
          end: m.end,
          key: entity.key,
          type,
          named: true,
          possessive,
          confidence: 1,
        });
      }
    }
    const speech = this.voices.map((v) => ({ start: v.start, end: v.end }));
    for (const ref of resolvePronouns(source.text, charactersOf(source, extraction), {
      quotations: speech,
    })) {
      if (ref.characterId === null || ref.plural) continue;
      const lower = ref.text.toLowerCase();
      anchors.push({
        start: ref.start,
        end: ref.end,
        key: ref.characterId,
        type: 'character',
        named: false,
        possessive: lower === 'his' || lower === 'her' || lower === 'hers',
        confidence: ref.confidence,
      });
    }
    anchors.sort((a, b) => a.start - b.start);
    this.anchors = anchors;
    this.anchorStarts = anchors.map((a) => a.start);
  }

  chapterAt(offset: number): number | null {
    return chapterIndexAt(this.chapters, offset);
  }

  passage(start: number, end: number): Passage {
    return {
      fileId: this.fileId,
      chapter: this.chapterAt(start),
      start,
      end,
      quote: this.text.slice(start, end),
    };
  }

  sentenceAt(offset: number): Span {
    const i = lastAtOrBefore(this.sentenceStarts, offset);
    const s = this.sentences[i];
    return s !== undefined && offset < s.end ? s : { start: offset, end: offset };
  }

  /** The speech part containing the offset, or null in narration. */
  voiceAt(offset: number): VoiceSpan | null {
    const i = lastAtOrBefore(this.voiceStarts, offset);
    const v = this.voices[i];
    return v !== undefined && offset < v.end ? v : null;
  }

  /** Anchors starting inside [start, end), in text order. */
  anchorsIn(start: number, end: number): Anchor[] {
    const out: Anchor[] = [];
    for (
      let i = Math.max(0, lastAtOrBefore(this.anchorStarts, start - 1) + 1);
      i < this.anchors.length;
      i++
    ) {
      const a = this.anchors[i] as Anchor;
      if (a.start >= end) break;
      if (a.start >= start) out.push(a);
    }
    return out;
  }

  /** The anchor ending right before `offset` (only spaces, or "'s" and spaces, between). */
  anchorEndingAt(offset: number, within = 4): Anchor | null {
    const candidates = this.anchorsIn(Math.max(0, offset - 80), offset);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const a = candidates[i] as Anchor;
      const gap = this.text.slice(a.end, offset);
      if (gap.length <= within + 2 && /^(?:['’]s)?\s*$/.test(gap)) return a;
      if (a.end < offset - within - 2) break;
    }
    return null;
  }
}

/** Sentences as [start, end) with the white space around them left out. */
export function sentenceSpans(text: string): Span[] {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? (starts[i + 1] as number) : text.length;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { start, end };
  });
}
