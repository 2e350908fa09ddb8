import { sentences } from '@george/text';
import { properNouns } from './text.js';

/** Words that are capitalised without being story content. */
const ALLOWED = new Set(
  `I The A An In On At To For Of And But Or If When While As It He She They We You This That These Those There Here
  Chapter Mr Mrs Miss Ms Dr Sir Lady Lord Captain George Story Bible Yes No Note Notes According Based From So
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December English French God`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The check after generation: a sentence of the model's answer that names someone or something
 * found neither in the retrieved context nor in the story bible is invented story content. Such
 * sentences are removed and the names reported.
 */
export function removeInventedContent(
  answer: string,
  context: string,
  knownNames: Iterable<string>,
): { text: string; removed: string[] } {
  const known = new Set<string>();
  for (const name of knownNames) for (const part of name.split(/\s+/)) known.add(part.toLowerCase());
  const contextLower = context.toLowerCase();
  const removed: string[] = [];
  const kept: string[] = [];
  for (const span of sentences(answer)) {
    const sentence = answer.slice(span.start, span.end);
    const invented = properNouns(sentence)
      .flatMap((n) => n.split(/\s+/))
      .filter((part) => {
        const bare = part.replace(/['’]s$/, '');
        return (
          !ALLOWED.has(bare) && !known.has(bare.toLowerCase()) && !contextLower.includes(bare.toLowerCase())
        );
      });
    if (invented.length > 0) removed.push(...invented);
    else kept.push(sentence);
  }
  return { text: kept.join(' '), removed: [...new Set(removed)] };
}
