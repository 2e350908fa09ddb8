/**
 * Kin and household a character states of himself or herself in speech ("my cousin, Mr. Pelham,"
 * said Mr. Hartley): "my" is the quotation's speaker, known once the dialogue analysis has
 * attributed it. Read as the narration's "my" is (story/narrator-kin.ts), inside each attributed
 * quotation's parts.
 */
import type { DialogueQuote } from '../dialogue/index.js';
import { tellersKin } from '../story/narrator-kin.js';
import type { ExtractedRelation, Extraction } from './types.js';

/** The kin words after "my" in the quotations whose speaker is named or pointed to, as relations of the speaker. */
export function speakerKin(
  fileId: string,
  text: string,
  extraction: Extraction,
  quotes: ReadonlyArray<Pick<DialogueQuote, 'parts' | 'speakerKey' | 'kind'>>,
): ExtractedRelation[] {
  // A quotation whose speaker is unknown states no one's kin; nor one the turn-taking only guesses
  // (an implicit speaker), where a wrong guess would give the kin to the one who answers.
  const spoken = quotes.flatMap(({ parts, speakerKey, kind }) =>
    speakerKey === null || kind === 'implicit'
      ? []
      : parts.map((p) => ({ start: p.start, end: p.end, id: speakerKey })),
  );
  return tellersKin(fileId, text, extraction, spoken, () => false);
}
