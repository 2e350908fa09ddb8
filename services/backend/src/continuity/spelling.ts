/**
 * Rare spellings of frequent names: "Wickam" once in a book that writes "Wickham" three hundred
 * times. Each file counts its capitalised word forms; the project's counts are summed and every
 * rare form that is not an English word is compared with the frequent names one or two letters
 * away (Damerau-Levenshtein distance, from the damerau-levenshtein package: a letter left out,
 * added, changed or two swapped). Pairs of capitalised words are counted too, so that a name
 * misspelt as an English word is found beside its other word ("Sherlock Homes").
 */
import { mustAt } from '@george/runtime/collections';
import damerauLevenshtein from 'damerau-levenshtein';
import { DEMONYMS, NEVER_NAMES } from '../bible/lexicons.js';
import { isDictionaryWord, isPersonName } from '../bible/lookup.js';
import type { SourceText } from '../bible/types.js';
import { lastAtOrBefore, sentenceStarts } from '../pronouns/index.js';
import { chapterIndexAt } from '../story/numbering.js';
import type { ContinuityIssue, Passage, SpellingCount } from './types.js';

const KEPT_PASSAGES = 3;
/** A capitalised word as the story bible's tokenizer reads it ("Wickham" of "Wickham's"). */
const CAPITALISED = /(?<![\p{L}\p{M}\d'’-])\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}][\p{L}\p{M}]*)*/gu;

/** Capitalised word forms of one file, and pairs of them a space apart, with their counts and first passages. */
export function countSpellings(source: SourceText): SpellingCount[] {
  const sentences = sentenceStarts(source.text);
  const counts = new Map<string, SpellingCount>();
  const count = (form: string, start: number, end: number, initial: boolean): void => {
    let entry = counts.get(form);
    if (entry === undefined) {
      entry = { form, count: 0, inside: 0, passages: [] };
      counts.set(form, entry);
    }
    entry.count++;
    if (!initial) entry.inside++;
    if (entry.passages.length < KEPT_PASSAGES) {
      entry.passages.push({
        fileId: source.fileId,
        chapter: chapterIndexAt(source.chapters, start),
        start,
        end,
        quote: source.text.slice(start, end),
      });
    }
  };
  // The word before, when it is capitalised and only a space away: the pair is counted too.
  let previous: { form: string; start: number; end: number; initial: boolean } | null = null;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(source.text); m !== null; m = CAPITALISED.exec(source.text)) {
    const form = m[0].replace(/['’]s$/, '');
    if (form.length < 3 || form === form.toUpperCase()) {
      previous = null;
      continue;
    }
    const start = m.index;
    const sentence = mustAt(sentences, lastAtOrBefore(sentences, start));
    // At a sentence start, after an opening quote or at a line start of verse: capitalised by position.
    const lead = source.text.slice(Math.max(sentence, start - 3), start);
    const initial =
      /^[\s“"‘'([_]*$/.test(source.text.slice(sentence, start)) || /[“‘(]\s*$|\n\s*$/.test(lead);
    count(form, start, start + form.length, initial);
    if (previous && /^\s$/.test(source.text.slice(previous.end, start))) {
      count(`${previous.form} ${form}`, previous.start, start + form.length, previous.initial);
    }
    previous = form === m[0] ? { form, start, end: start + form.length, initial } : null;
  }
  return [...counts.values()];
}

/** Sums the files' counts (passages in file order). */
export function mergeSpellings(files: ReadonlyArray<readonly SpellingCount[]>): SpellingCount[] {
  const merged = new Map<string, SpellingCount>();
  for (const file of files) {
    for (const s of file) {
      const entry = merged.get(s.form);
      if (entry === undefined) merged.set(s.form, { ...s, passages: [...s.passages] });
      else {
        entry.count += s.count;
        entry.inside += s.inside;
        for (const p of s.passages) if (entry.passages.length < KEPT_PASSAGES) entry.passages.push(p);
      }
    }
  }
  return [...merged.values()];
}

/** `longer` is `shorter` with an ending: a plural ("s") or a word made from the name ("Genevan"). */
function derived(longer: string, shorter: string): boolean {
  if (!longer.startsWith(shorter)) return false;
  const ending = longer.slice(shorter.length);
  return ending === 's' || ending === 'n' || ending.length >= 2;
}

/** Initials that spell one sound in names: "Catherine" and "Katherine" are one name spelled two ways. */
const SAME_SOUND: Record<string, string> = { K: 'C' };
const soundOf = (initial: string): string => SAME_SOUND[initial] ?? initial;

/** A name written this many times is frequent; a form written at most RARE times is rare. */
const FREQUENT = 10;
const RARE = 2;

/**
 * Rare forms one or two letters from a frequent name (two only for names of seven letters or
 * more), with the same first letter (or one of the same sound: "Katherine", "Catherine"), that are
 * neither English words nor the name's plural. `characterOf` gives the character a word of a name
 * belongs to (by default each word is a character of its own).
 */
export function findMisspellings(
  spellings: readonly SpellingCount[],
  characterOf: (form: string) => string | null = (form) => form,
): ContinuityIssue[] {
  const isCharacterName = (form: string): boolean => characterOf(form) !== null;
  // A name is written inside sentences too, not only where every word is capitalised.
  const names = spellings.filter(
    (s) =>
      s.count >= FREQUENT &&
      s.inside >= Math.max(3, s.count * 0.2) &&
      s.form.length >= 4 &&
      !s.form.includes(' ') &&
      isCharacterName(s.form) &&
      !DEMONYMS.has(s.form.toLowerCase()),
  );
  const byInitial = new Map<string, SpellingCount[]>();
  for (const n of names) {
    const initial = soundOf(mustAt(n.form, 0));
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), n]);
  }
  const forms = new Set(spellings.map((s) => s.form));
  const issues: ContinuityIssue[] = [];
  const pairs = wordsForNames(spellings, characterOf);
  // "Homes" of "Sherlock Homes" is the pair's issue.
  const inPairs = new Set(pairs.map((i) => lastWord(i.key.split('|')[1] ?? '')));
  for (const rare of spellings) {
    // Three letters: a four-letter name with one left out ("Jae" of "Jane"). Pairs of words are
    // read below.
    if (rare.count > RARE || rare.form.length < 3 || rare.form.includes(' ')) continue;
    const lower = rare.form.toLowerCase();
    // An English word ("Earnest" for "Ernest") is read only where a name stands: never at a
    // sentence start, one letter from the name, and no people's, month's or day's name.
    const word = isDictionaryWord(lower) || isDictionaryWord(lower.replace(/s$/, ''));
    if (word && (!wordWhereNameStands(rare) || inPairs.has(rare.form))) continue;
    // "in June" beside "Jane": a month's or a day's name is a name of its own.
    if (CALENDAR.test(lower)) continue;
    // Contractions and dialect ("Cap'ain", "I'se") are the author's spelling of speech.
    if (/['’]/.test(rare.form)) continue;
    // "Patersons" when "Paterson" is written: a plural of another name.
    if (rare.form.endsWith('s') && forms.has(rare.form.slice(0, -1))) continue;
    let best: { name: SpellingCount; distance: number } | null = null;
    for (const name of byInitial.get(soundOf(mustAt(rare.form, 0))) ?? []) {
      if (name.count < rare.count * 5) continue;
      // A word for a name that is a word itself ("Whaler" beside "Whale") is no slip of a name.
      if (word && isDictionaryWord(name.form.toLowerCase())) continue;
      // "Genevan", "Americans", "Bennets": words made from the name ("Hartwel" of "Hartwell" is
      // a letter left out); "Dough-boy": the same name.
      if (derived(rare.form, name.form) || derived(name.form, rare.form)) continue;
      if (rare.form.toLowerCase().replace(/-/g, '') === name.form.toLowerCase().replace(/-/g, '')) continue;
      const max = word ? 1 : Math.min(rare.form.length, name.form.length) >= 7 ? 2 : 1;
      if (Math.abs(rare.form.length - name.form.length) > max) continue;
      const distance = damerauLevenshtein(rare.form, name.form).steps;
      if (distance > max) continue;
      if (
        best === null ||
        distance < best.distance ||
        (distance === best.distance && name.count > best.name.count)
      ) {
        best = { name, distance };
      }
    }
    if (best === null) continue;
    // A form that is itself a known name ("Jonas" beside "Jonah") may be meant.
    const weight = word ? WORD_ALONE_WEIGHT : isPersonName(lower) ? 0.75 : 1;
    issues.push(misspelling(rare, best.name, best.distance, weight));
  }
  return [...issues, ...pairs];
}

/** Names of months and days, capitalised inside sentences as names are ("in June" beside "Jane"). */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * A rare English word written with a capital where a name stands: every time inside a sentence
 * (a word capitalised at a sentence start is the sentence's), four letters or more, and no people's
 * name. Its distance to the name is kept to one letter by the caller.
 */
function wordWhereNameStands(rare: SpellingCount): boolean {
  const lower = rare.form.toLowerCase();
  return (
    rare.inside === rare.count &&
    rare.form.length >= 4 &&
    !DEMONYMS.has(lower) &&
    !DEMONYMS.has(lower.replace(/s$/, ''))
  );
}

/** An English word alone where a name stands ("Earnest") weighs less than a pair ("Sherlock Homes"). */
const WORD_ALONE_WEIGHT = 0.8;

/** Weighs a rare form against the frequent name it misspells, citing both. */
function misspelling(
  rare: SpellingCount,
  name: SpellingCount,
  distance: number,
  weight: number,
): ContinuityIssue {
  const ratio = Math.min(1, name.count / 100);
  const confidence = Math.round((distance === 1 ? 0.72 : 0.6) * (0.85 + 0.15 * ratio) * weight * 100) / 100;
  const evidence: Passage[] = [...rare.passages, mustAt(name.passages, 0)].sort(
    (a, b) => a.fileId.localeCompare(b.fileId) || a.start - b.start,
  );
  return {
    key: `misspelling|${rare.form}|${name.form}`,
    kind: 'misspelling',
    entityKey: null,
    summary: `"${rare.form}" is written ${rare.count === 1 ? 'once' : 'twice'}; the text writes "${name.form}" ${name.count} times.`,
    confidence,
    evidence,
  };
}

/** An English word written where a name stands weighs less than a form that is no word at all. */
const WORD_FOR_NAME_WEIGHT = 0.9;

/**
 * A name misspelt as an English word ("Sherlock Homes" where "Sherlock Holmes" is written
 * throughout): a word alone is never taken for a name, but beside the name's other word, as a
 * pair written at most twice against a pair written often, it is. A name made of English words
 * ("March Hare", "Mock Turtle") is one when both its words are one character's, or its first is
 * never a name alone: "Sperm Whale" is no one's name. Such a name's word is misspelt as a word that sounds like it ("March Hair"), two
 * letters away however short.
 */
function wordsForNames(
  spellings: readonly SpellingCount[],
  characterOf: (form: string) => string | null,
): ContinuityIssue[] {
  const pairs = spellings.filter((s) => s.form.includes(' '));
  // "March" of "March Hare" is a word the story bible never takes for a name alone (a month), so
  // the character is known by its other word: the pair is that character's name too.
  const oneCharacter = (form: string): boolean => {
    const first = form.slice(0, form.indexOf(' '));
    const character = characterOf(lastWord(form));
    return character !== null && (characterOf(first) === character || NEVER_NAMES.has(first.toLowerCase()));
  };
  const named = pairs.filter(
    (s) =>
      s.count >= FREQUENT &&
      s.inside >= Math.max(3, s.count * 0.2) &&
      (isDictionaryWord(lastWord(s.form).toLowerCase())
        ? oneCharacter(s.form)
        : characterOf(lastWord(s.form)) !== null),
  );
  const issues: ContinuityIssue[] = [];
  for (const rare of pairs) {
    if (rare.count > RARE) continue;
    const [first, word] = rare.form.split(' ') as [string, string];
    // A word that is no English word is the single-word check's.
    if (!isDictionaryWord(word.toLowerCase())) continue;
    let best: { name: SpellingCount; distance: number } | null = null;
    for (const name of named) {
      const nameWord = lastWord(name.form);
      if (!name.form.startsWith(`${first} `) || name.count < rare.count * 5) continue;
      if (derived(word, nameWord) || derived(nameWord, word)) continue;
      const max =
        Math.min(word.length, nameWord.length) >= 7 || isDictionaryWord(nameWord.toLowerCase()) ? 2 : 1;
      const distance = damerauLevenshtein(word, nameWord).steps;
      if (distance > max || (best !== null && distance >= best.distance)) continue;
      best = { name, distance };
    }
    if (best) issues.push(misspelling(rare, best.name, best.distance, WORD_FOR_NAME_WEIGHT));
  }
  return issues;
}

const lastWord = (form: string): string => form.slice(form.lastIndexOf(' ') + 1);

/** An entity as the misspelling check sees it: its names and how often it is mentioned. */
export interface NamedEntity {
  key: string;
  type: string;
  names: readonly string[];
  mentions: number;
}

/** The character each word of a name belongs to (the most mentioned one when several share it). */
export function formsOf(entities: readonly NamedEntity[]): (form: string) => string | null {
  const byWord = new Map<string, { key: string; mentions: number }>();
  for (const entity of entities) {
    if (entity.type !== 'character') continue;
    for (const name of entity.names) {
      for (const word of name.split(/[\s.]+/)) {
        const known = byWord.get(word);
        if (known === undefined || known.mentions < entity.mentions) {
          byWord.set(word, { key: entity.key, mentions: entity.mentions });
        }
      }
    }
  }
  return (form) => byWord.get(form)?.key ?? null;
}
