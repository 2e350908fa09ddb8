/**
 * A first-person narrator's kin and household as typed relations of the story bible: "My father was
 * Samuel Crewe", "my brother Tom", "my wife, Ellen," in the narration of a chapter the story analysis
 * gives a named teller. The bible reads "his sister Jane" by resolving the pronoun to a name; "my" is
 * the narrator's, known only once the story analysis has found who tells the chapter.
 */
import { sentences } from '@george/text';
import { PERSON_TITLES } from '../bible/lexicons.js';
import { alreadyTied, kinType } from '../bible/relations.js';
import type { ExtractedRelation, Extraction } from '../bible/types.js';
import { nounGender } from '../pronouns/callings.js';
import { speechTest, type ToldChapter, tellers } from './narrator-mentions.js';
import type { Range } from './text.js';

/**
 * "my" and a kin word, then the name: right after it ("my brother Tom"), set off by a comma and
 * closed by punctuation ("my wife, Ellen,"), or after "was"/"is" ("My father was Samuel Crewe"); a
 * word of fondness or age may stand before the kin word ("my dear brother Walter", "my elder sister").
 */
const MY_KIN =
  /\b[Mm]y (?:(?:dear|dearest|own|poor|late|old|elder|younger|eldest|youngest|little) )?(\p{Ll}+)(?: was | is |, | )/gu;
/** Punctuation that closes a name set off by a comma: an apposition, not "my wife, Ellen said". */
const CLOSING = /^[,.;:!?)]/;
/** After the closing comma, a list goes on: "my father, Elizabeth, and Ernest" names three. */
const LIST_GOES_ON = /^,\s*(?:and|or|\p{Lu})/u;
/**
 * A description right after the kin word, with no comma or "was" between: most often the subject of
 * the next clause ("when I went to fetch my father the stranger was already on the stairs").
 */
const ARTICLE = /^(?:the|a|an) /i;
/** A possessive after the name: "My father was Tom's friend" names someone else's kin. */
const POSSESSIVE = /^['’]s\b/;

/** The sentence of the paragraph around `at` (paragraphs are separated by a blank line). */
function sentenceAround(text: string, at: number): Range {
  const from = text.lastIndexOf('\n\n', at) + 1;
  const after = text.indexOf('\n\n', at);
  const to = after < 0 ? text.length : after;
  const found = sentences(text.slice(from, to)).find((s) => from + s.end > at);
  return found === undefined ? { start: at, end: to } : { start: from + found.start, end: from + found.end };
}

/**
 * The narration's kin words after "my" that name a character of `extraction`, as relations of each
 * chapter's teller, except where a typed relation already joins the two.
 */
export function narratorKin(
  fileId: string,
  text: string,
  extraction: Extraction,
  chapters: readonly ToldChapter[],
  speech: readonly Range[],
): ExtractedRelation[] {
  const inSpeech = speechTest(speech);
  const told = chapters.flatMap((chapter) => (chapter.pov === 'third' ? [] : tellers(chapter)));
  return tellersKin(fileId, text, extraction, told, inSpeech);
}

/**
 * The kin words after "my" in each range that name a character of `extraction`, as relations of the
 * range's teller (a chapter's narrator, a quotation's speaker), except where a typed relation
 * already joins the two; `skip` leaves out the offsets another teller speaks.
 */
export function tellersKin(
  fileId: string,
  text: string,
  extraction: Extraction,
  told: ReadonlyArray<Range & { id: string }>,
  skip: (at: number) => boolean,
): ExtractedRelation[] {
  const characterAt = new Map<number, { key: string; end: number; title: string }>();
  for (const e of extraction.entities) {
    if (e.type !== 'character') continue;
    const title = (e.name.split(' ')[0] ?? '').replace(/\.$/, '').toLowerCase();
    for (const m of e.mentions)
      if (m.fileId === fileId) characterAt.set(m.start, { key: e.key, end: m.end, title });
  }
  const isTied = alreadyTied(extraction.relations);
  const found = new Map<string, ExtractedRelation>();
  for (const teller of told) {
    for (const m of text.slice(teller.start, teller.end).matchAll(MY_KIN)) {
      const at = teller.start + m.index;
      const kin = kinType(m[1] ?? '');
      const named = characterAt.get(at + m[0].length);
      if (kin === undefined || named === undefined || named.key === teller.id || skip(at)) continue;
      const rest = text.slice(named.end, named.end + 6);
      if (m[0].endsWith(', ') && (!CLOSING.test(rest) || LIST_GOES_ON.test(rest))) continue;
      const plain = !m[0].endsWith(', ') && !m[0].endsWith(' was ') && !m[0].endsWith(' is ');
      if (plain && ARTICLE.test(text.slice(at + m[0].length, named.end))) continue;
      if (POSSESSIVE.test(rest) || isTied(teller.id, named.key)) continue;
      // "my sister Gardiner" read as Mr. Gardiner: a kin word of one sex names no one titled as the other.
      const kinGender = nounGender(m[1] ?? '');
      const titleGender = PERSON_TITLES[named.title]?.gender ?? 'unknown';
      if (kinGender !== 'unknown' && titleGender !== 'unknown' && kinGender !== titleGender) continue;
      const [sourceKey, targetKey] = kin.reverse ? [named.key, teller.id] : [teller.id, named.key];
      const id = `${sourceKey}|${targetKey}|${kin.type}`;
      const relation = found.get(id) ?? {
        sourceKey,
        targetKey,
        type: kin.type,
        label: kin.label,
        weight: 0,
        evidence: [],
      };
      relation.weight++;
      relation.evidence.push({ fileId, ...sentenceAround(text, at) });
      found.set(id, relation);
    }
  }
  return [...found.values()];
}
