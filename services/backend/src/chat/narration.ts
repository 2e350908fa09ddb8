/**
 * "Who tells chapter 2?", "Who narrates the book?", "From whose point of view is chapter 5 told?":
 * answered from the story's shape (story/narrators.ts, as the chapters API serves it, the author's
 * own settings included), each chapter's answer cited by a sentence of its narration that shows it:
 * the narrator's "I" naming themself where the chapter has one, else its first "I" or "my", or the
 * focal character's first naming in a third-person chapter.
 */
import type { ChapterView } from '@george/contracts/api';
import { parseNumber, sentences } from '@george/text';
import escapeStringRegexp from 'escape-string-regexp';
import { chapterInText } from '../story/numbering.js';
import { type FileNames, quotedBlock, textOnce } from './quoted.js';
import type { Citation } from './types.js';

export interface NarrationQuestion {
  /** A chapter's number, the one the conversation is about, or null for the whole manuscript. */
  chapter: number | 'current' | null;
}

const CHAPTER = String.raw`this\s+chapter|the\s+chapter|chapter\s+(?<n>\d{1,5}|[a-z]+(?:-[a-z]+)?)`;
const PLACE = String.raw`(?:(?:of|in|for)\s+)?(?<where>${CHAPTER}|the\s+(?:book|novel|manuscript|story))`;
const WHERE = String.raw`(?:\s+${PLACE})?`;
/** WHERE, but required: "Who wrote the letter?" alone asks about one letter of the story. */
const WHERE_GIVEN = String.raw`\s+${PLACE}`;
/** Letters, a diary or a journal: the documents an epistolary manuscript is told in. */
const DOCUMENT = String.raw`(?:letters?|diary(?:\s+entries)?|journal(?:\s+entries)?|entries)`;

/** The ways of asking who tells a chapter or the book. */
const NARRATION = [
  new RegExp(String.raw`^who\s+(?:tells|narrates|is\s+(?:telling|narrating))${WHERE}\s*[?.!]*$`, 'i'),
  new RegExp(String.raw`^who\s+is\s+the\s+narrator${WHERE}\s*[?.!]*$`, 'i'),
  new RegExp(
    String.raw`^who\s+is\s+the\s+(?:focal|point[-\s]of[-\s]view|pov|viewpoint)\s+character${WHERE}\s*[?.!]*$`,
    'i',
  ),
  // The writer of a chapter's letters or diary: "Who writes the letters in chapter 2?", "Who wrote
  // chapter 3?" ("Who wrote the book?" asks for the author, not a narrator).
  new RegExp(
    String.raw`^who\s+(?:writes|wrote|is\s+writing)\s+(?:the\s+)?${DOCUMENT}${WHERE_GIVEN}\s*[?.!]*$`,
    'i',
  ),
  new RegExp(String.raw`^who\s+(?:writes|wrote)\s+(?:in\s+)?(?<where>${CHAPTER})\s*[?.!]*$`, 'i'),
  new RegExp(String.raw`^whose\s+(?:${DOCUMENT}|voice)\s+(?:is|are)${WHERE}\s*[?.!]*$`, 'i'),
  new RegExp(
    String.raw`^who\s+(?:is|are)\s+the\s+${DOCUMENT}${WHERE_GIVEN}\s+(?:from|by|written\s+by)\s*[?.!]*$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:from\s+|through\s+|in\s+)?(?:whose|what|which)\s+(?:point\s+of\s+view|pov|perspective|person|eyes)\s+is${WHERE}\s*(?:told|written|narrated|seen)?(?:\s+(?:in|from|through))?\s*[?.!]*$`,
    'i',
  ),
];

/** A question about who tells a chapter or the manuscript, or null. */
export function parseNarrationQuestion(message: string): NarrationQuestion | null {
  const text = message.trim().replace(/\s+/g, ' ');
  const groups = NARRATION.map((p) => p.exec(text)).find((m) => m !== null)?.groups;
  if (groups === undefined) return null;
  const where = groups.where?.toLowerCase();
  if (where === undefined || (where.startsWith('the ') && !where.endsWith('chapter')))
    return { chapter: null };
  if (groups.n === undefined) return { chapter: 'current' };
  const n = parseNumber(groups.n);
  return n !== null && n.length === groups.n.length && n.value > 0 ? { chapter: n.value } : null;
}

/** A chapter's voice as an answer states it, with the sentence that shows it. */
export interface ChapterNarration
  extends Pick<ChapterView, 'fileId' | 'index' | 'title' | 'pov' | 'narrators' | 'focal' | 'overridden'> {
  line: Citation | null;
}

export interface NarrationEvidence {
  /** The chapter asked about, or null for the whole manuscript. */
  chapter: number | null;
  chapters: ChapterNarration[];
}

const FIRST_PERSON = /\b(?:I|me|my|myself)\b/;
/** Speech inside a sentence, left out when reading its narration. */
const QUOTED = /["“][^"”]*(?:["”]|$)|‘[^’]*’(?=\W|$)/g;
/** A cited sentence longer than this is not quoted (a whole paragraph without a full stop). */
const MAX_LINE = 400;

/**
 * The sentence of a chapter's narration that shows who tells it, or null: for a first-person
 * chapter, the first that says "I" and names its narrator, else the first that says "I"; for a
 * third-person one, the first that names its focal character.
 */
export function voiceLine(
  text: string,
  chapter: Pick<ChapterView, 'fileId' | 'index' | 'title' | 'start' | 'end' | 'pov' | 'narrators' | 'focal'>,
  namesOf: (entityId: string | null, name: string) => readonly string[],
): Citation | null {
  const body = text.slice(chapter.start, chapter.end);
  const spans = sentences(body)
    .map((s) => ({ start: chapter.start + s.start, end: chapter.start + s.end }))
    .filter((s) => s.end - s.start <= MAX_LINE);
  const narration = (s: { start: number; end: number }) => text.slice(s.start, s.end).replace(QUOTED, ' ');
  const names = (people: ReadonlyArray<{ entityId: string | null; name: string }>) =>
    people.flatMap((p) => namesOf(p.entityId, p.name));
  const naming = (s: { start: number; end: number }, said: readonly string[]) => {
    const words = narration(s);
    return said.some((name) => new RegExp(`\\b${escapeStringRegexp(name)}\\b`).test(words));
  };
  let found: { start: number; end: number } | undefined;
  if (chapter.pov !== 'third') {
    const said = names(chapter.narrators);
    const firstPerson = spans.filter((s) => FIRST_PERSON.test(narration(s)));
    found = firstPerson.find((s) => naming(s, said)) ?? firstPerson[0];
  } else {
    const focal = chapter.focal;
    if (focal) found = spans.find((s) => naming(s, names([focal])));
  }
  if (!found) return null;
  return {
    fileId: chapter.fileId,
    chapter: chapter.index,
    chapterTitle: chapter.title || null,
    start: found.start,
    end: found.end,
    quote: text.slice(found.start, found.end),
    kind: 'manuscript',
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** What a chapter's voice is, in words: "told in the first person by Daniel Reeve". */
function voiceWords(c: ChapterNarration): string {
  const set = c.overridden ? ' (as you set it)' : '';
  if (c.pov === 'third')
    return `told in the third person${c.focal ? `, following ${c.focal.name}` : ', with no single focal character'}${set}`;
  if (c.narrators.length === 0) return `told in the first person by a narrator it does not name${set}`;
  if (c.narrators.length === 1) return `told in the first person by ${c.narrators[0]?.name}${set}`;
  return `told by ${c.narrators.map((n) => `${n.name} (${percent(n.share)})`).join(', ')}${set}`;
}

/** Chapters shown one by one in a whole-manuscript answer; runs of one voice are joined. */
const RUNS_SHOWN = 12;

/** The answer to "who tells chapter N" or "who narrates the book", with the sentences that show it, their files named among several. */
export function narrationAnswer(
  evidence: NarrationEvidence,
  fileNames: FileNames = null,
): { answer: string; citations: Citation[] } {
  const where = evidence.chapter === null ? 'the manuscript' : `chapter ${evidence.chapter}`;
  if (evidence.chapters.length === 0)
    return {
      answer: `I have not read the shape of ${where} yet: no analysed chapter is there.`,
      citations: [],
    };
  // Consecutive chapters of one file told the same way are one line.
  const runs: Array<{ first: ChapterNarration; last: ChapterNarration; words: string }> = [];
  for (const c of evidence.chapters) {
    const words = voiceWords(c);
    const run = runs.at(-1);
    if (run && run.words === words && run.last.fileId === c.fileId && run.last.index + 1 === c.index)
      run.last = c;
    else runs.push({ first: c, last: c, words });
  }
  const citations: Citation[] = [];
  const lines = runs.slice(0, RUNS_SHOWN).map((run) => {
    const line = [run.first, run.last].find((c) => c.line !== null)?.line ?? null;
    const cited = line ? ` [${citations.push(line)}]` : '';
    const label =
      run.first === run.last
        ? capitalised(chapterInText(run.first.index, run.first.title || null))
        : `Chapters ${run.first.index} ${run.last.index === run.first.index + 1 ? 'and' : 'to'} ${run.last.index}`;
    return `${label}: ${run.words}.${cited}`;
  });
  if (runs.length > RUNS_SHOWN)
    lines.push(`(${runs.length - RUNS_SHOWN} more runs of chapters on the Chapters page.)`);
  return {
    answer: [
      `Who tells ${where}, as George reads its shape:`,
      ...lines,
      ...quotedBlock(citations, fileNames),
    ].join('\n'),
    citations,
  };
}

/** Where the chapters and their text come from. */
export interface NarrationSources {
  /** The project's analysed chapters as the chapters API serves them, in file and text order. */
  chapters(): Promise<ChapterView[]>;
  text(fileId: string): Promise<string>;
  /** The names a person goes by in the text (an entity's name and aliases). */
  namesOf(entityId: string | null, name: string): readonly string[];
}

/** The chapters a narration question asks about (chapter N of every file in scope, or all), each with its line. */
export async function narrationEvidence(
  sources: NarrationSources,
  chapter: number | null,
  files?: ReadonlySet<string>,
): Promise<NarrationEvidence> {
  const asked = (await sources.chapters()).filter(
    (c) => (!files || files.has(c.fileId)) && (chapter === null || c.index === chapter),
  );
  const textOf = textOnce(sources.text);
  const chapters = await Promise.all(
    asked.map(
      async (c): Promise<ChapterNarration> => ({
        fileId: c.fileId,
        index: c.index,
        title: c.title,
        pov: c.pov,
        narrators: c.narrators,
        focal: c.focal,
        overridden: c.overridden,
        line: voiceLine(await textOf(c.fileId), c, sources.namesOf),
      }),
    ),
  );
  return { chapter, chapters };
}
