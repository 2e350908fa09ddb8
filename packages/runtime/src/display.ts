/**
 * Text that one user writes and others see (names, project names, file names) must look like what
 * it is. Bidirectional controls (U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates,
 * U+200E/U+200F/U+061C marks) can make `invoice\u202Eexe.pdf` display as `invoicefdp.exe`; control
 * characters can break lines and logs. Both are removed; the text is NFC-normalised and trimmed.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const CONTROLS = /\p{Cc}/gu;

export function displaySafe(text: string): string {
  return text.normalize('NFC').replace(BIDI_CONTROLS, '').replace(CONTROLS, '').trim();
}
