import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Tokenising shared by the local embedder and the BM25 index: lower case, accents folded, English
 * stop words dropped, Porter2 stemming. Deterministic and dependency-free.
 */

const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other ought our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up upon very was we were what when where which while who whom why will
  with would you your yours yourself yourselves shall may might must also yet thus whose ye thee thou
  thy s t d ll m o re ve y`
    .split(/\s+/)
    .filter(Boolean),
);

const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** Porter2 (Snowball English) stemming. */
export function stem(word: string): string {
  return porter2(word);
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Lower-cased, accent-folded words in order (stop words included). */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
  return folded.match(WORD) ?? [];
}

/** Content words with their index term (stemmed, at most 40 characters), in order. */
export function contentWords(text: string): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  for (const w of words(text)) {
    const bare = w.replace(/'s$/, '');
    if (STOP_WORDS.has(bare) || bare.length < 2) continue;
    out.push({ word: bare, term: stem(bare).slice(0, 40) });
  }
  return out;
}

/** Index terms: stemmed content words, in order. */
export function terms(text: string): string[] {
  return contentWords(text).map((c) => c.term);
}

export function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
