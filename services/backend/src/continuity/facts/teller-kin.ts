/**
 * A teller's parent or spouse called by the kin word alone: "my father died", "my poor father met
 * his end", "my father and I repaired to a judge", "When my dear wife died". First-person narrators
 * and the clients who tell their story at length seldom name a parent or a spouse, yet "my father"
 * is one person through their telling: the kin is keyed by the teller and the word
 * (`kin:father:<teller>`), so that a death and a later act of "my father" meet in the check of what
 * follows a death. Where the teller names that kin ("My father was Samuel Crewe", "my mother, Mrs.
 * Stoner, the young widow of"), the kin word is keyed by the name, so that "my father died" and
 * "Samuel Crewe came" meet too.
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

/** A teller's kin word at [start, end), keyed by the teller and the word. */
interface KinWord {
  readonly start: number;
  readonly end: number;
  /** The kin's key by the teller and the word (`kin:father:<teller>`). */
  readonly key: string;
  readonly inAccount: boolean;
}

/**
 * The teller's kin words in [start, end). Only outside dialogue: the narration's "my" is its
 * narrator's (as the story analysis names them), an account's its teller's; a speaker's "my" in
 * conversation is given to the wrong speaker as often as not (`facts/index.ts`).
 */
function kinWords(file: FileText, start: number, end: number): KinWord[] {
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
    const kin: KinWord = {
      start: at,
      end: at + m[0].length,
      key: `${KEY_PREFIX}${word.toLowerCase()}:${teller}`,
      inAccount: voice !== null,
    };
    return [kin];
  });
}

/**
 * How a name is joined to the kin word before it, and what closes the name: "was" or "is" and any
 * stop ("My father was Samuel Crewe, and the whole harbour called him"), or an apposition's comma
 * and a stop or a comma that opens no list ("my father, Elizabeth, and all those scenes of home"
 * lists three).
 */
const NAME_JOINS: ReadonlyArray<{ before: RegExp; closes: RegExp }> = [
  { before: /^\s+(?:was|is)\s+$/, closes: /^\s*(?:[,.;:!?]|--|—)/ },
  { before: /^\s*,\s*$/, closes: /^\s*(?:[.;:!?]|--|—|,(?!\s*(?:and|or)\b))/ },
];

const FEMALE_KIN = /^kin:(?:mother|wife):/;

const joinedNames = new WeakMap<FileText, ReadonlyMap<string, string>>();

/**
 * The named character each teller's kin word stands for, where the teller joins the two ("My father
 * was Samuel Crewe,", "My wife, Ellen, did not want to come") and joins that kin word to no other
 * name; by the kin's key. Not a name of the other sex than the kin word's, nor one owning what
 * follows ("my father was Samuel's friend").
 */
function namesOfKin(file: FileText): ReadonlyMap<string, string> {
  const known = joinedNames.get(file);
  if (known !== undefined) return known;
  const named = new Map<string, Set<string>>();
  for (const kin of kinWords(file, 0, file.text.length)) {
    const next = file.anchorsIn(kin.end, kin.end + 40).find((a) => a.type === 'character');
    if (
      next === undefined ||
      !next.named ||
      next.possessive ||
      !NAME_JOINS.some(
        ({ before, closes }) =>
          before.test(file.text.slice(kin.end, next.start)) &&
          closes.test(file.text.slice(next.end, next.end + 8)),
      ) ||
      file.genders.get(next.key) === (FEMALE_KIN.test(kin.key) ? 'male' : 'female')
    )
      continue;
    const keys = named.get(kin.key) ?? new Set<string>();
    named.set(kin.key, keys.add(next.key));
  }
  const only = new Map<string, string>();
  for (const [kin, keys] of named) {
    const [key, ...others] = keys;
    if (key !== undefined && others.length === 0) only.set(kin, key);
  }
  joinedNames.set(file, only);
  return only;
}

/**
 * The anchors of a teller's "my father", "my mother", "my wife" and "my husband" in [start, end):
 * each a named mention of that kin, owning what follows its "'s", keyed by the name the teller
 * joins to the kin word (`namesOfKin`) or else by the teller and the word.
 */
export function tellerKin(file: FileText, start: number, end: number): Anchor[] {
  const names = namesOfKin(file);
  return kinWords(file, start, end).map((kin) => ({
    start: kin.start,
    end: kin.end,
    key: names.get(kin.key) ?? kin.key,
    type: 'character',
    named: true,
    possessive: /^['’]s\b/.test(file.text.slice(kin.end, kin.end + 3)),
    confidence: kin.inAccount ? ACCOUNT_CONFIDENCE : 1,
  }));
}

/** A teller's kin's key: the word, the teller, and an account's chapter. */
const KIN_KEY = new RegExp(`^${KEY_PREFIX}(father|mother|wife|husband):(.+?)(?:${CHAPTER_MARK}\\d+)?$`);

/** "Victor's father" for a teller's kin's key, by the teller's name; null for any other key. */
export function tellerKinName(key: string, name: (key: string) => string): string | null {
  const m = KIN_KEY.exec(key);
  return m?.[1] === undefined || m[2] === undefined ? null : `${name(m[2])}'s ${m[1]}`;
}
