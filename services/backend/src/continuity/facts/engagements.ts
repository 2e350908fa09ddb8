import type { Add, SentenceReader } from './reader.js';

/** "engagement with", "betrothal to": the words between the owner's possessive and the one named. */
const ENGAGEMENT_BEFORE = /(?<![\p{L}'’])(?:engagement|betrothal)\s+(?:with|to)\s+$/iu;

/**
 * After the name, an engagement of doing something ("his engagement to Bingley of coming again",
 * "an engagement with Walter to dine"): a promise or an appointment, not a betrothal.
 */
const ENGAGEMENT_TO_DO = /^\s+(?:of\s+\p{Ll}+ing|to\s+\p{Ll}+)\b/u;

/**
 * "Bingley's engagement with Jane", "his betrothal to Mary Benson": the possessor and the one named
 * are engaged. The possessive stands right before the noun, so a word of doubt between ("her
 * supposed engagement", "his tacit engagement") leaves it unread.
 */
export function engagements(r: SentenceReader, add: Add): void {
  for (const partner of r.anchors) {
    if (!partner.named || partner.possessive || partner.type !== 'character') continue;
    const engagement = ENGAGEMENT_BEFORE.exec(
      r.file.text.slice(Math.max(r.start, partner.start - 30), partner.start),
    );
    if (!engagement) continue;
    const at = partner.start - engagement[0].length;
    if (ENGAGEMENT_TO_DO.test(r.file.text.slice(partner.end, partner.end + 30))) continue;
    const owner = r.possessor(at);
    if (owner === null || owner.key === partner.key) continue;
    add({
      anchor: owner,
      kind: 'relation',
      value: 'engaged',
      detail: 'engagement',
      objectKey: partner.key,
      start: owner.start,
      end: partner.end,
    });
  }
}
