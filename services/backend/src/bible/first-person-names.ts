/**
 * A maiden name a speaker states of herself: '"I was Clara Ashby before I married," said Mrs. Dunn',
 * "Until last June I was Clara Ashby", "I was born Clara Ashby". "I" is the quotation's speaker,
 * known only once the dialogue analysis has attributed it, so the name's entry is folded into the
 * speaker's as the dialogue's called names are (dialogue/called-names.ts).
 */
import type { DialogueQuote } from '../dialogue/index.js';
import type { EntityFold } from './fold.js';
import { PERSON_TITLES } from './lexicons.js';
import { canonicalGiven, givenNameGender, isGivenName } from './lookup.js';
import type { ExtractedEntity, Extraction, SourceText } from './types.js';

/** "I was", after an opening "until last June", "before my marriage" (the time it held), or "I was born". */
const BEFORE_NAME = /^(?:([Uu]ntil|[Tt]ill|[Bb]efore) [\p{L}\s,]{1,40}?,? )?I was (born )?$/u;
/** ", before I married", "until I was married" after the name. */
const MARRIED_AFTER = /^,? (?:before|until|till) I (?:was )?married\b/;
/** Where the sentence of the name opens in its quotation part: after the last full stop, ! or ?. */
const SENTENCE_END = /[.!?]["'”’]?\s+/g;

const wordsOf = (name: string): string[] => name.replace(/\./g, '').split(/\s+/).filter(Boolean);

/** The entity's given names (canonical) and whether a name of it bears a man's title. */
function givenNamesOf(entity: ExtractedEntity): { givens: Set<string>; male: boolean } {
  const givens = new Set<string>();
  let male = false;
  for (const name of [entity.name, ...entity.aliases]) {
    const words = wordsOf(name).map((w) => w.toLowerCase());
    const title = PERSON_TITLES[words[0] ?? ''];
    if (title?.gender === 'male') male = true;
    const first = words[title === undefined ? 0 : 1];
    if (first !== undefined && isGivenName(first) && (title !== undefined || words.length > 1))
      givens.add(canonicalGiven(first));
  }
  return { givens, male };
}

export function firstPersonNameFolds(
  source: SourceText,
  extraction: Extraction,
  quotes: ReadonlyArray<Pick<DialogueQuote, 'parts' | 'speakerKey' | 'kind'>>,
): EntityFold[] {
  const { text } = source;
  const entities = new Map(extraction.entities.map((e) => [e.key, e]));
  const folds: EntityFold[] = [];
  for (const { parts, speakerKey, kind } of quotes) {
    // An implicit speaker is the turn-taking's guess: a wrong one would give the name to the listener.
    const speaker = speakerKey === null ? undefined : entities.get(speakerKey);
    if (speaker === undefined || kind === 'implicit') continue;
    const own = givenNamesOf(speaker);
    if (own.male) continue;
    for (const part of parts)
      for (const entity of extraction.entities) {
        if (entity.type !== 'character' || entity.key === speaker.key) continue;
        for (const m of entity.mentions) {
          if (m.fileId !== source.fileId || m.start < part.start || m.end > part.end) continue;
          const [given, ...rest] = wordsOf(text.slice(m.start, m.end));
          const lowerGiven = given?.toLowerCase() ?? '';
          // A full name of a woman's given name: "Miss Ashby" could be her sister's.
          if (rest.length === 0 || !isGivenName(lowerGiven) || givenNameGender(lowerGiven) === 'male')
            continue;
          // "Kate Dunn ... I was Martha Speck": another given name than her own is someone else's.
          if (own.givens.size > 0 && !own.givens.has(canonicalGiven(lowerGiven))) continue;
          const after = text.slice(m.end, Math.min(part.end, m.end + 40));
          if (/^['’]s\b/.test(after)) continue;
          const before = text.slice(part.start, m.start);
          const opening = before.slice(lastSentenceEnd(before)).replace(/^[\s"'“‘]+/u, '');
          const clause = BEFORE_NAME.exec(opening);
          if (clause === null) continue;
          if (clause[1] === undefined && clause[2] === undefined && !MARRIED_AFTER.test(after)) continue;
          folds.push({ from: entity.key, into: speaker.key });
        }
      }
  }
  return folds;
}

/** Where the last sentence of `text` opens: past its last sentence end, or 0. */
function lastSentenceEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(SENTENCE_END)) end = match.index + match[0].length;
  return end;
}
