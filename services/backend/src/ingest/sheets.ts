import { type Span, sentences } from '@george/text';
import escapeStringRegexp from 'escape-string-regexp';
import type { EntityDetail } from '../graph/store.js';
import { chapterLabel } from '../story/numbering.js';

const SECTIONS: Record<string, string[]> = {
  character: ['Role', 'Description', 'Relationships', 'Appearances'],
  location: ['Description', 'Significance', 'Appearances'],
  organization: ['Description', 'Members and places', 'Appearances'],
  term: ['Definition', 'Usage', 'Appearances'],
};

const TYPE_LABEL: Record<string, string> = {
  character: 'Character',
  location: 'Location',
  organization: 'Organisation',
  term: 'Term',
};

interface SourceSlice {
  fileId: string;
  text: string;
  chapters: Array<{ title: string; start: number; end: number }>;
}

/** How far either side of a mention its paragraph is looked for: a longer paragraph is cut there. */
const PARAGRAPH_REACH = 1500;

/**
 * The sentence holding a mention, with its exact range: the sheet quotes whole sentences of the
 * text, never paraphrases. The text pipeline segments only the mention's paragraph, so a sheet
 * costs no pass over the whole book, and hard-wrapped lines read as one sentence.
 */
function sentenceAround(text: string, start: number, end: number): Span | null {
  const from = Math.max(0, start - PARAGRAPH_REACH);
  const before = text.slice(from, start);
  const breakBefore = [...before.matchAll(/\n[ \t]*\n/g)].at(-1);
  const paragraphStart = breakBefore === undefined ? from : from + breakBefore.index + breakBefore[0].length;
  const after = text.slice(end, Math.min(text.length, end + PARAGRAPH_REACH));
  const breakAfter = /\n[ \t]*\n/.exec(after);
  const paragraphEnd = breakAfter === null ? end + after.length : end + breakAfter.index;
  const paragraph = text.slice(paragraphStart, paragraphEnd);
  const found = sentences(paragraph).find(
    (s) => paragraphStart + s.start <= start && end <= paragraphStart + s.end,
  );
  return found === undefined
    ? null
    : { start: paragraphStart + found.start, end: paragraphStart + found.end };
}

/** Quotes of sentences that describe the entity: "X was/is/had ...", titles, appositions. */
function describingQuotes(entity: EntityDetail, sources: Map<string, SourceSlice>, limit: number) {
  const names = [entity.name, ...entity.aliases].map((n) => n.toLowerCase());
  const cue = new RegExp(
    `(${names.map((n) => escapeStringRegexp(n)).join('|')})(,| was| is| had| has| looked| seemed| who| the| an?\\b)`,
    'i',
  );
  const quotes: Array<{ fileId: string; chapter: number | null; start: number; end: number; text: string }> =
    [];
  const seen = new Set<string>();
  for (const m of entity.mentions) {
    if (quotes.length >= limit) break;
    const source = sources.get(m.fileId);
    if (!source) continue;
    const range = sentenceAround(source.text, m.start, m.end);
    if (range === null) continue;
    const key = `${m.fileId}:${range.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sentence = source.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
    if (sentence.length < 30 || sentence.length > 400 || !cue.test(sentence)) continue;
    quotes.push({ fileId: m.fileId, chapter: m.chapter, ...range, text: sentence });
  }
  return quotes;
}

/** The chapter as the book heads it ("Chapter 21"), from the file's chapter list when it is known. */
function labelOf(sources: Map<string, SourceSlice>, fileId: string, chapter: number | null): string {
  return chapterLabel(chapter, chapter === null ? null : sources.get(fileId)?.chapters[chapter - 1]?.title);
}

function cite(
  sources: Map<string, SourceSlice>,
  q: { fileId: string; chapter: number | null; start: number; end: number },
): string {
  const label = labelOf(sources, q.fileId, q.chapter);
  return `[${label ? `${label}, ` : ''}${q.fileId}:${q.start}-${q.end}]`;
}

/**
 * A story-bible sheet in Markdown, written from the text's own sentences with citations (no
 * model needed): sections per kind of entity, as the story bible promises.
 */
export function generateSheet(entity: EntityDetail, sources: SourceSlice[]): string {
  const byFile = new Map(sources.map((s) => [s.fileId, s]));
  const lines: string[] = [`# ${entity.name}`, ''];
  const aka = entity.aliases.filter((a) => a !== entity.name);
  const first = entity.firstAppearance;
  lines.push(
    `*${TYPE_LABEL[entity.type] ?? entity.type}*${aka.length ? ` · also called ${aka.join(', ')}` : ''} · ${entity.mentionCount} mentions${
      first && first.chapter !== null
        ? ` · first appears in ${labelOf(byFile, first.fileId, first.chapter)}`
        : ''
    }`,
    '',
  );
  const quotes = describingQuotes(entity, byFile, 3);
  const chapters = [
    ...new Set(
      entity.mentions.filter((m) => m.chapter !== null).map((m) => labelOf(byFile, m.fileId, m.chapter)),
    ),
  ];
  const related = [...entity.relations].sort((a, b) => b.weight - a.weight);
  for (const section of SECTIONS[entity.type] ?? SECTIONS.term ?? []) {
    lines.push(`## ${section}`, '');
    switch (section) {
      case 'Role': {
        const companions = related.filter((r) => r.type === 'co_occurs').slice(0, 5);
        lines.push(
          `Mentioned ${entity.mentionCount} times across ${chapters.length || 1} chapter${chapters.length === 1 ? '' : 's'}.${
            companions.length
              ? ` Most often in the same passages as ${companions.map((r) => r.other.name).join(', ')}.`
              : ''
          }`,
        );
        break;
      }
      case 'Description':
      case 'Definition':
        if (quotes.length === 0) lines.push('_No describing sentence found yet._');
        for (const q of quotes) lines.push(`> ${q.text} ${cite(byFile, q)}`, '');
        break;
      case 'Relationships':
      case 'Members and places':
      case 'Significance':
      case 'Usage': {
        const rows = related.filter((r) => r.type !== 'co_occurs' || section !== 'Relationships').slice(0, 8);
        if (rows.length === 0) lines.push('_None found yet._');
        for (const r of rows) {
          const label = r.labels[0] ?? r.type.replace(/_/g, ' ');
          const evidence = r.evidence[0];
          lines.push(
            `- ${label}: ${r.other.name} (${r.weight} passage${r.weight === 1 ? '' : 's'})${evidence ? ` [${evidence.fileId}:${evidence.start}-${evidence.end}]` : ''}`,
          );
        }
        break;
      }
      case 'Appearances':
        lines.push(chapters.length ? `${chapters.join(', ')}.` : 'No chapter headings in the files.');
        break;
      default:
        break;
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
