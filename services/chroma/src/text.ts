/**
 * Tokenising shared by the local embedder and the BM25 index: lower case, accents folded, English
 * stop words dropped, a light suffix stemmer. Deterministic and dependency-free.
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

/** A light English stemmer: plural, past and progressive endings, adverbs. Not Porter, but stable. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3)
    w = w.slice(0, -1);
  if (w.endsWith('ingly') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('edly') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
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

/** Index terms: stemmed content words, in order. Terms longer than 40 characters are cut. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const bare = w.replace(/'s$/, '');
    if (STOP_WORDS.has(bare) || bare.length < 2) continue;
    out.push(stem(bare).slice(0, 40));
  }
  return out;
}

export function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
