/**
 * Text helpers of the chat (question terms, proper nouns) on top of the one text pipeline
 * (`@george/text`), so that a question's terms are the index's terms.
 */
import { sentences, terms } from '@george/text';

/**
 * Words of a question that say what is asked, not what it is about ("tell me about the book"):
 * left out of its terms on top of the shared stop words.
 */
const QUESTION_WORDS = new Set(
  terms('tell say said says does did done also book novel story chapter manuscript text'),
);

/** The content terms of a question (the index's terms, `@george/text`), each once. */
export function keyTerms(text: string): string[] {
  return [...new Set(terms(text))].filter((t) => !QUESTION_WORDS.has(t));
}

/** Capitalised words (joined into runs) that are not the first word of a sentence: names, places. */
export function properNouns(text: string): string[] {
  const out: string[] = [];
  for (const span of sentences(text)) {
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
