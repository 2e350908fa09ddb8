import { sentences, terms } from '@george/text';
import { chapterLabel } from '../story/numbering.js';
import { keyTerms, properNouns } from './text.js';
import type { BibleFact, Citation, Passage } from './types.js';

/** Longest quote made of two sentences. */
const MAX_QUOTE = 400;

export interface ScoredSentence {
  passage: Passage;
  rank: number;
  start: number;
  end: number;
  text: string;
  score: number;
}

/**
 * Ranks the sentences of the retrieved passages against the question: matched content words
 * weighted by their rarity among the candidates, names weighted double, plus the passage's
 * retrieval rank, so the best passages lead and the sentence that answers leads within them.
 */
export function rankSentences(question: string, passages: Passage[]): ScoredSentence[] {
  const questionTerms = keyTerms(question);
  const names = new Set(properNouns(question).flatMap((n) => terms(n)));
  const candidates: Array<Omit<ScoredSentence, 'score'> & { stems: Set<string> }> = [];
  passages.forEach((passage, rank) => {
    // Candidates are one sentence, or two in a row when together they stay short: a quote keeps
    // the sentence that names the subject with the one that answers.
    const spans = sentences(passage.text);
    spans.forEach((span, i) => {
      for (const last of [i, i + 1]) {
        const end = spans[last]?.end;
        if (end === undefined || (last > i && end - span.start > MAX_QUOTE)) continue;
        const text = passage.text.slice(span.start, end);
        if (text.length < 15) continue;
        candidates.push({
          passage,
          rank,
          start: passage.start + span.start,
          end: passage.start + end,
          text,
          stems: new Set(terms(text)),
        });
      }
    });
  });
  const df = new Map<string, number>();
  for (const term of questionTerms) df.set(term, candidates.filter((c) => c.stems.has(term)).length);
  const n = Math.max(1, candidates.length);
  return candidates
    .map(({ stems, ...c }) => {
      let match = 0;
      for (const term of questionTerms) {
        if (!stems.has(term)) continue;
        const idf = Math.log(1 + n / (1 + (df.get(term) ?? 0)));
        match += names.has(term) ? 2 * idf : idf;
      }
      // Very long sentences say many things; slightly prefer focused ones.
      const focus = 1 / (1 + Math.max(0, c.text.length - 300) / 600);
      return { ...c, score: match * focus + 1.5 / (1 + c.rank) };
    })
    .sort((a, b) => b.score - a.score);
}

function bibleLines(facts: BibleFact[]): string[] {
  return facts.map((f) => {
    const aka = f.aliases.filter((a) => a !== f.name);
    const rel = f.relations
      .slice(0, 3)
      .map((r) => `${r.label ?? r.type.replace(/_/g, ' ')} ${r.other}`)
      .join('; ');
    return `${f.name}: ${f.type}${aka.length ? `, also called ${aka.slice(0, 4).join(', ')}` : ''}, mentioned ${f.mentionCount} times${
      f.firstChapter === null ? '' : `, first in ${chapterLabel(f.firstChapter, f.firstChapterTitle)}`
    }${rel ? `; ${rel}` : ''}.`;
  });
}

/**
 * The offline answerer: the sentences that best answer the question, quoted with citations, and
 * the story bible's facts on the entities named. It never paraphrases, so it cannot invent.
 */
export function extractiveAnswer(
  question: string,
  passages: Passage[],
  facts: BibleFact[],
  maxQuotes = 3,
): { answer: string; citations: Citation[] } {
  // Retrieval ranks the passages; within each of the best passages, the sentence that matches
  // the question best is quoted.
  const ranked = rankSentences(question, passages);
  const chosen: ScoredSentence[] = [];
  for (const passage of passages) {
    if (chosen.length >= maxQuotes) break;
    const best = ranked.find((s) => s.passage === passage);
    if (best) chosen.push(best);
  }
  const citations: Citation[] = chosen.map((s) => ({
    fileId: s.passage.fileId,
    chapter: s.passage.chapter,
    chapterTitle: s.passage.chapterTitle ?? null,
    start: s.start,
    end: s.end,
    quote: s.text,
    kind: s.passage.kind,
  }));
  const lines: string[] = [];
  if (chosen.length === 0 && facts.length === 0) {
    return {
      answer:
        'I could not find a passage in this project that answers that. Try naming a character or a place, or upload the manuscript that covers it.',
      citations: [],
    };
  }
  if (chosen.length > 0) {
    lines.push('These passages of your manuscript answer it (quoted, not generated):');
    chosen.forEach((s, i) => {
      const note = s.passage.kind === 'note' ? ' [your note]' : '';
      lines.push(
        `${i + 1}. “${s.text.replace(/\s+/g, ' ')}”${s.passage.chapter === null ? '' : ` (${chapterLabel(s.passage.chapter, s.passage.chapterTitle)})`}${note} [${i + 1}]`,
      );
    });
  }
  const bible = bibleLines(facts);
  if (bible.length > 0) lines.push('', 'From the story bible:', ...bible.map((l) => `- ${l}`));
  return { answer: lines.join('\n'), citations };
}
