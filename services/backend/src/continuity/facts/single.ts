/**
 * A person said to be unmarried now ("Thomas Hale, a bachelor of fifty,", "Ann Lacey was
 * unmarried"): a status "single" of that moment, which a spouse stated before it and not lost
 * between contradicts, and which a wedding told after it ends (`relation-limits.ts`). A life without
 * marriage ("lived and died a bachelor", "never married") is the status "unmarried" of `status.ts`.
 */
import type { Add, SentenceReader } from './reader.js';

/**
 * ", a bachelor of fifty,", " was an old bachelor", " was still unmarried", " remained single", ",
 * unmarried and alone,". Not "a bachelor's", a bachelor of arts (a degree), or a wish ("wished to be
 * single").
 */
const SINGLE_NOW =
  /^(?:\s*,\s*|\s+(?:was|is|remained)\s+(?:still\s+)?)(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?(bachelor|spinster)\b(?!['’]s|\s+of\s+(?:arts|science|laws|divinity|music|medicine))|(unmarried|single|wifeless|husbandless)\b)/i;

/** A named character said to be unmarried in the sentence `r`. */
export function singleNow(r: SentenceReader, add: Add): void {
  for (const anchor of r.anchors) {
    if (anchor.type !== 'character' || !anchor.named || anchor.possessive) continue;
    const m = SINGLE_NOW.exec(r.file.text.slice(anchor.end, Math.min(r.span.end, anchor.end + 60)));
    if (m === null) continue;
    add({
      anchor,
      kind: 'status',
      value: 'single',
      detail: (m[1] ?? m[2] ?? 'single').toLowerCase(),
      start: anchor.start,
      end: anchor.end + m[0].length,
    });
  }
}
