/** Small text utilities shared by retrieval rewriting, the extractive answerer and the guard. */

export const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
  once only or other our ours ourselves out over own same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves tell say said says does did done also
  book novel story chapter manuscript text`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case word stems: plural and common suffixes stripped so "whales" matches "whale". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

/** The content words of a question, stemmed, without stop words. */
export function keyTerms(text: string): string[] {
  return [
    ...new Set(
      words(text)
        .filter((w) => !STOPWORDS.has(w.toLowerCase()))
        .map(stem),
    ),
  ].filter((w) => w.length > 1);
}

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of `text` (offsets into it), trimmed of surrounding white space. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'’”)]*\s+(?=["'“‘(]?[A-Z0-9])|\n\s*\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return spans;
}

/** Capitalised words (joined into runs) that are not the first word of a sentence: names, places. */
export function properNouns(text: string): string[] {
  const out: string[] = [];
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end);
    const re = /[A-Z][a-z’']+(?:\s+[A-Z][a-z’']+)*/g;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const before = sentence.slice(0, m.index);
      if (/^[\s"'“‘(]*$/.test(before)) {
        // First word of the sentence: keep only the rest of a run ("Who Jane" never happens, but "Mr Darcy" does).
        const rest = m[0].split(/\s+/).slice(1).join(' ');
        if (rest) out.push(rest);
        continue;
      }
      out.push(m[0]);
    }
  }
  return out;
}
