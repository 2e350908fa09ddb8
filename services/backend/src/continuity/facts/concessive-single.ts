/**
 * A person said to be unmarried in a concessive clause that opens the sentence before the name:
 * "Wifeless and childless as he was, with no one ashore to nurse him, Ahab had learned to be his own
 * surgeon". The status "single" of that moment, as `single.ts` reads it after a name.
 */
import type { Add, SentenceReader } from './reader.js';

/**
 * "Wifeless as he was,", "Unmarried and alone as she now was,": the single word, perhaps with
 * another joined to it, then "as he/she was" and a comma. A quotation mark may open it.
 */
const CONCESSIVE_SINGLE =
  /^\s*["“‘']?(wifeless|husbandless|unmarried)(?:\s+(?:and|but|yet)\s+[a-z]+)?\s+as\s+(?:he|she)\s+(?:now\s+|still\s+)?(?:was|is|remained)\s*,/i;

/**
 * The sentence's first name after the clause, when it is the sentence's subject (not "Ann's
 * mother", whose owner is not the one unmarried).
 */
export function concessiveSingle(r: SentenceReader, add: Add): void {
  const m = CONCESSIVE_SINGLE.exec(r.text);
  if (m === null) return;
  const clauseEnd = r.start + m[0].length;
  const subject = r.anchors.find((a) => a.start >= clauseEnd && a.type === 'character' && a.named);
  if (subject === undefined || subject.possessive) return;
  add({
    anchor: subject,
    kind: 'status',
    value: 'single',
    detail: (m[1] ?? 'single').toLowerCase(),
    start: r.start + (m.index ?? 0),
    end: subject.end,
  });
}
