import { SUBJECT_PRONOUN } from './kinship.js';
import type { Add, SentenceReader } from './reader.js';

/** "engagement with", "betrothal to": the words between the owner's possessive and the one named. */
const ENGAGEMENT_BEFORE = /(?<![\p{L}'’])(?:engagement|betrothal)\s+(?:with|to)\s+$/iu;

/**
 * After the name, an engagement of doing something ("his engagement to Bingley of coming again",
 * "an engagement with Walter to dine"): a promise or an appointment, not a betrothal.
 */
const ENGAGEMENT_TO_DO = /^\s+(?:of\s+\p{Ll}+ing|to\s+\p{Ll}+)\b/u;

/** Between one who proposes and the one proposed to: "asked", "had asked". */
const ASKED = /^\s+(?:had\s+)?asked\s+$/;

/**
 * After the one asked, the offer and its answer: "to marry him, and she said yes", "to be his wife;
 * and she accepted". An offer with no answer, or refused, is no engagement.
 */
const OFFER_ACCEPTED =
  /^\s+to\s+(?:marry\s+(?:him|her)|be\s+(?:his\s+wife|her\s+husband))\s*[,;]?\s+and\s+(?:she|he)\s+(?:said\s+yes|accepted|consented)\b/;

/**
 * "Bingley's engagement with Jane", "his betrothal to Mary Benson": the possessor and the one named
 * are engaged. The possessive stands right before the noun, so a word of doubt between ("her
 * supposed engagement", "his tacit engagement") leaves it unread.
 */
export function engagements(r: SentenceReader, add: Add): void {
  proposalsAccepted(r, add);
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

/** "<A> asked <B> to marry him, and she said yes": A and B are engaged from then. */
function proposalsAccepted(r: SentenceReader, add: Add): void {
  r.anchors.forEach((asker, i) => {
    const asked = r.anchors[i + 1];
    if (asked === undefined || asker.possessive || asked.possessive || !asked.named) return;
    if (asker.type !== 'character' || asked.type !== 'character' || asker.key === asked.key) return;
    if (!asker.named && !SUBJECT_PRONOUN.test(r.file.text.slice(asker.start, asker.end))) return;
    if (!ASKED.test(r.file.text.slice(asker.end, asked.start))) return;
    const offer = OFFER_ACCEPTED.exec(r.file.text.slice(asked.end, asked.end + 80));
    if (offer === null) return;
    add({
      anchor: asker,
      kind: 'relation',
      value: 'engaged',
      detail: 'proposal accepted',
      objectKey: asked.key,
      start: asker.start,
      end: asked.end + offer[0].length,
    });
  });
}
