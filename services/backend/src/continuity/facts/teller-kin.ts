/**
 * A teller's parent called by the kin word alone: "my father died", "my poor father met his end",
 * "my father and I repaired to a judge". First-person narrators and the clients who tell their
 * story at length seldom name a parent, yet "my father" is one person through their telling: the
 * parent is keyed by the teller and the word (`kin:father:<teller>`), so that a death and a later act
 * of "my father" meet in the check of what follows a death.
 */
import type { Anchor, FileText } from '../text.js';

const KEY_PREFIX = 'kin:';
/** What sets an account's chapter apart from its teller in a parent's key. */
const CHAPTER_MARK = '@';

/**
 * A teller's "my", then the parent word, a word of fondness or pity between ("my poor mother", "My
 * excellent father"). Not a parent by marriage ("my father-in-law"), nor one the adjective already
 * tells dead ("my late father": no act of theirs is read after it either way).
 */
const MY_PARENT =
  /\b[Mm]y\s+(?:(?:poor|dear|own|excellent|beloved|good|kind|unhappy|unfortunate)\s+){0,2}(father|mother)\b(?![-‐]in-law)/g;

/** How sure an account's "my" is its teller's: as sure as the attribution of a long quotation. */
const ACCOUNT_CONFIDENCE = 0.9;

/**
 * The anchors of a teller's "my father" and "my mother" in [start, end): each a named mention of
 * that parent, owning what follows its "'s". Only outside dialogue: the narration's "my" is its
 * narrator's (as the story analysis names them), an account's its teller's; a speaker's "my" in
 * conversation is given to the wrong speaker as often as not (`facts/index.ts`).
 */
export function tellerParents(file: FileText, start: number, end: number): Anchor[] {
  return [...file.text.slice(start, end).matchAll(MY_PARENT)].flatMap((m) => {
    const at = start + m.index;
    const word = m[1];
    const voice = file.voiceAt(at);
    // An account's parent is its teller's in that chapter: a story told to the detective is one
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

/** A teller's parent's key: the word, the teller, and an account's chapter. */
const PARENT_KEY = new RegExp(`^${KEY_PREFIX}(father|mother):(.+?)(?:${CHAPTER_MARK}\\d+)?$`);

/** "Victor's father" for a teller's parent's key, by the teller's name; null for any other key. */
export function tellerParentName(key: string, name: (key: string) => string): string | null {
  const m = PARENT_KEY.exec(key);
  return m?.[1] === undefined || m[2] === undefined ? null : `${name(m[2])}'s ${m[1]}`;
}
