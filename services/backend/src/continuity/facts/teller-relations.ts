/**
 * A teller's named kin where no tag names the teller: "my uncle Elias" and "my father Joseph" in a
 * client's account tagged "said he", "George Crane, my brother" in a story told with no tag, "My
 * son Thomas" in a line of dialogue with none. Whose "my" it is, is the attribution's guess (an
 * account told to the detective is often given to the detective), so the kin is a relation of the
 * telling, not of a character: of the speaker the attribution is sure of, in that chapter, or else of
 * the quotation itself. Two kin words for one named person in one telling then meet in the check,
 * while two tellers' kin never do, nor a teller's kin and the narration's.
 */
import { isGivenName } from '../../bible/lookup.js';
import { innerQuotationParts } from '../../dialogue/quotations.js';
import type { Anchor, FileText, VoiceSpan } from '../text.js';

const KEY_PREFIX = 'teller:';
/** The key of a person a telling calls by a given name the story bible keeps no entity for. */
const NAME_PREFIX = 'named:';
/** What sets a sure speaker's chapter apart from the speaker in a teller's key. */
const CHAPTER_MARK = '@';
/** What marks a teller known only as the quotation they speak, by its number. */
const QUOTATION_MARK = '#';

/** How sure a teller's "my" is the telling's: as sure as an unnamed narrator's "My" (`kinship`). */
const TELLER_CONFIDENCE = 0.9;

/**
 * The key of the one who tells a quotation whose tag does not name them: the sure speaker in the
 * chapter (an attribution that gives two clients one speaker keeps their chapters apart), or the
 * quotation. Null for a quotation tagged by name, whose speaker is the character (`kinship`).
 */
function tellerKey(file: FileText, voice: VoiceSpan): string | null {
  if (voice.explicit) return null;
  return voice.sure && voice.speakerKey !== null
    ? `${KEY_PREFIX}${voice.speakerKey}${CHAPTER_MARK}${file.chapterAt(voice.start) ?? 0}`
    : `${KEY_PREFIX}${QUOTATION_MARK}${voice.utterance}`;
}

/** Whether a fact's entity is a teller keyed by `tellerMyAnchors`. */
export function isTellerKey(key: string | null): boolean {
  return key?.startsWith(KEY_PREFIX) === true;
}

/**
 * The "my" and "My" of quotations whose tag does not name the speaker, in [start, end), each an
 * anchor of its teller. A capital "My" heading a sentence is the teller's as the lower-case one is.
 * Not "my girl", "my lad" (after a name, words of address: "Scully, my girl"), nor a "my" in a
 * quotation the teller quotes.
 */
export function tellerMyAnchors(file: FileText, start: number, end: number): Anchor[] {
  return [...file.text.slice(start, end).matchAll(/\b[Mm]y\b(?!\s+(?:boy|girl|lad|lass)\b)/g)].flatMap(
    (m) => {
      const at = start + m.index;
      const voice = file.voiceAt(at);
      const key = voice === null ? null : tellerKey(file, voice);
      if (voice === null || key === null || quotedByTeller(file, voice, at)) return [];
      const anchor: Anchor = {
        start: at,
        end: at + m[0].length,
        key,
        type: 'character',
        named: false,
        possessive: true,
        confidence: TELLER_CONFIDENCE,
      };
      return [anchor];
    },
  );
}

/**
 * Whether `at` stands in a quotation the teller quotes ("'my son Walter shall have the mill,' said
 * he"): its "my" is another's. The part's own marks are left out, so its quotations are the nested.
 */
function quotedByTeller(file: FileText, voice: VoiceSpan, at: number): boolean {
  // A part opened by a single mark right after a double one ("'DEAR MISS HUNTER:--", a letter the
  // teller reads out) is a quotation of the teller's as a whole.
  if (/^["“]['‘]/.test(file.text.slice(voice.start - 1, voice.start + 1))) return true;
  if (!/['‘’]/.test(file.text.slice(voice.start + 1, at))) return false;
  return innerQuotationParts(file.text, voice).some((p) => p.start <= at && at < p.end);
}

/**
 * "my uncle Joseph" where the story bible keeps no entity for Joseph (a name a long book gives once
 * or twice): a given name right after a teller's kin word, perhaps with a surname, none of it a
 * name mention. Keyed by its words, so that a telling's two kin words for it meet.
 */
const GIVEN_AFTER = /^\s+(\p{Lu}\p{Ll}+)(\s+\p{Lu}\p{Ll}+)?(?![\p{L}'’-])/u;

export function givenNameAfter(file: FileText, offset: number): { key: string; end: number } | null {
  const m = GIVEN_AFTER.exec(file.text.slice(offset, offset + 40));
  const given = m?.[1];
  if (m === null || given === undefined || !isGivenName(given.toLowerCase())) return null;
  const name = m[2] === undefined ? given : `${given} ${m[2].trim()}`;
  const end = offset + m[0].length;
  if (file.anchorsIn(offset, end).some((a) => a.named)) return null;
  return { key: `${NAME_PREFIX}${name}`, end };
}

/**
 * The name an issue gives a key of a telling: "the teller" (the attribution's guess may be the very
 * kin the teller names, "said he" read as Walter Grey's own), or the given name a telling calls its
 * kin by; null for any other key.
 */
export function tellingName(key: string): string | null {
  if (key.startsWith(NAME_PREFIX)) return key.slice(NAME_PREFIX.length);
  return key.startsWith(KEY_PREFIX) ? 'the teller' : null;
}
