/**
 * A teller's parent or spouse called by the kin word alone: "my father died", "my poor father met
 * his end", "my father and I repaired to a judge", "When my dear wife died". First-person narrators
 * and the clients who tell their story at length seldom name a parent or a spouse, yet "my father"
 * is one person through their telling: the kin is keyed by the teller and the word
 * (`kin:father:<teller>`), so that a death and a later act of "my father" meet in the check of what
 * follows a death.
 */
import type { Anchor, FileText } from '../text.js';

const KEY_PREFIX = 'kin:';
/** What sets an account's chapter apart from its teller in a kin's key. */
const CHAPTER_MARK = '@';

/**
 * A teller's "my", then the parent or spouse word, a word of fondness or pity between ("my poor
 * mother", "My excellent father", "my dear wife"). Not kin by marriage ("my father-in-law"), nor a
 * spouse to be ("my wife-to-be"), nor one the adjective already tells dead ("my late father": no act
 * of theirs is read after it either way) or tells one of several ("my first wife", "my second
 * husband": not the one a bare "my wife" is after a remarriage).
 */
const MY_KIN =
  /\b[Mm]y\s+(?:(?:poor|dear|own|excellent|beloved|good|kind|unhappy|unfortunate)\s+){0,2}(father|mother|wife|husband)\b(?![-‐](?:in-law|to-be))/g;

/** How sure an account's "my" is its teller's: as sure as the attribution of a long quotation. */
const ACCOUNT_CONFIDENCE = 0.9;

/**
 * The anchors of a teller's "my father", "my mother", "my wife" and "my husband" in [start, end):
 * each a named mention of that kin, owning what follows its "'s". Only outside dialogue: the
 * narration's "my" is its narrator's (as the story analysis names them), an account's its teller's;
 * a speaker's "my" in conversation is given to the wrong speaker as often as not (`facts/index.ts`).
 */
export function tellerKin(file: FileText, start: number, end: number): Anchor[] {
  return [...file.text.slice(start, end).matchAll(MY_KIN)].flatMap((m) => {
    const at = start + m.index;
    const word = m[1];
    const voice = file.voiceAt(at);
    // An account's kin is its teller's in that chapter: a story told to the detective is one
    // client's, and an attribution that gives two clients' accounts one speaker keeps them apart.
    const teller =
      voice === null
        ? file.narratorAt(at)
        : voice.voice === 'account' && voice.speakerKey !== null
          ? `${voice.speakerKey}${CHAPTER_MARK}${file.chapterAt(at) ?? 0}`
          : null;
    if (teller === null || word === undefined) return [];
    const kinEnd = at + m[0].length;
    const anchor: Anchor = {
      start: at,
      end: kinEnd,
      key: `${KEY_PREFIX}${word.toLowerCase()}:${teller}`,
      type: 'character',
      named: true,
      possessive: /^['’]s\b/.test(file.text.slice(kinEnd, kinEnd + 3)),
      confidence: voice === null ? 1 : ACCOUNT_CONFIDENCE,
    };
    return [anchor];
  });
}

/** A teller's kin's key: the word, the teller, and an account's chapter. */
const KIN_KEY = new RegExp(`^${KEY_PREFIX}(father|mother|wife|husband):(.+?)(?:${CHAPTER_MARK}\\d+)?$`);

/** "Victor's father" for a teller's kin's key, by the teller's name; null for any other key. */
export function tellerKinName(key: string, name: (key: string) => string): string | null {
  const m = KIN_KEY.exec(key);
  return m?.[1] === undefined || m[2] === undefined ? null : `${name(m[2])}'s ${m[1]}`;
}
