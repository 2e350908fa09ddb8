import { lastAtOrBefore } from '../pronouns/index.js';
import type { EntityFold } from './fold.js';
import { paragraphRanges } from './tokenize.js';
import type { ExtractedEntity, Mention, SourceText } from './types.js';

/** How far from a name an epithet set beside it is looked for. */
const REACH = 60;

/** An epithet's entity name: one or two capitalised words ("Parsee", "White Whale"). */
const EPITHET_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/** The regular expression for an epithet's words as the text writes them, any spacing between. */
function wordsOf(epithet: string): string {
  return epithet.split(' ').join('\\s+');
}

/**
 * Not followed by more of a word, nor by a possessive ("the Captain's housekeeper" is not the
 * Captain), nor by "of" ("the Queen of Hearts" is more than "the Queen").
 */
const WORD_END = "(?![\\p{L}'’-]|\\s+of\\b)";

/** After an apposition, a list goes on: "Tom, the Miller, and Jack" may be three people. */
const LIST_GOES_ON = /^\s*,?\s*(?:and|or|nor)\b/;

/**
 * Whether most of the entity's mentions are written after "the", an adjective allowed between
 * ("the inscrutable Parsee").
 */
function mostlyAfterThe(entity: ExtractedEntity, texts: ReadonlyMap<string, string>): boolean {
  const after = entity.mentions.filter((m) =>
    /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?$/u.test(
      texts.get(m.fileId)?.slice(Math.max(0, m.start - 30), m.start) ?? '',
    ),
  ).length;
  return entity.mentions.length > 0 && 2 * after >= entity.mentions.length;
}

/** How often the epithet's plural is written, in any case ("Parsees", "Indians"): a kind many are of. */
function pluralCount(epithet: string, sources: readonly SourceText[]): number {
  const plural = new RegExp(`\\b${wordsOf(epithet)}(?:s|es)(?!\\p{L})`, 'giu');
  const men = epithet.endsWith('man')
    ? new RegExp(`\\b${wordsOf(`${epithet.slice(0, -3)}men`)}(?!\\p{L})`, 'giu')
    : undefined;
  return sources.reduce(
    (sum, s) => sum + [...s.text.matchAll(plural)].length + (men ? [...s.text.matchAll(men)].length : 0),
    0,
  );
}

/**
 * The ties a name's mention makes with the epithet: "Fedallah, the Parsee" and "the Parsee,
 * Fedallah," (set off by a comma, each a tie), and "Jasper the Otter" (no comma: counted apart,
 * since a clause can put a name and "the" side by side by chance, "in Ahab the Parsee saw").
 */
function tiesAt(mention: Mention, text: string, epithet: string): { comma: number; bare: number } {
  const after = text.slice(mention.end, mention.end + REACH);
  const before = text.slice(Math.max(0, mention.start - REACH), mention.start);
  const words = wordsOf(epithet);
  const following = new RegExp(`^(,?)\\s+the\\s+${words}${WORD_END}`, 'u').exec(after);
  const rest = following === null ? '' : after.slice(following[0].length);
  const commaAfter = following?.[1] === ',' && !LIST_GOES_ON.test(rest);
  const bareAfter = following?.[1] === '' && !LIST_GOES_ON.test(rest);
  // "the Parsee, Fedallah," but not a list ("the Miller, Tom and Jack", "the Miller, Tom, the Tinker").
  const commaBefore =
    new RegExp(`\\b[Tt]he\\s+${words},\\s+$`, 'u').test(before) &&
    !/^['’]s\b/.test(after) &&
    !LIST_GOES_ON.test(after) &&
    !/^\s*,\s*(?:the|an?)\s/.test(after);
  return { comma: (commaAfter ? 1 : 0) + (commaBefore ? 1 : 0), bare: bareAfter ? 1 : 0 };
}

/**
 * "Fedallah, the Parsee," then "the Parsee" alone: a description the text writes with a capital
 * after "the", mostly as "the Parsee", is an epithet of the one named character it sets it beside,
 * in apposition either way ("Fedallah, the Parsee", "the Parsee, Fedallah,") or without a comma at
 * least twice ("Radney the Mate"); the epithet's entity (a term or a character) is folded into that
 * character, its mentions become the character's. Never when two named characters are set beside
 * it (a description shared), nor when its plural is written half as often as it is (a kind several
 * people are of, "the Harpooneer" of a crew of "Harpooneers"), nor an entity with names of its own.
 * In a whole book an epithet no name is set beside may still point back to one (`anaphoricOwner`).
 */
export function epithetsOfNames(
  entities: readonly ExtractedEntity[],
  sources: readonly SourceText[],
  wholeBook: boolean,
): EntityFold[] {
  const texts = new Map(sources.map((s) => [s.fileId, s.text] as const));
  const placeOf = placesIn(sources);
  const characters = entities.filter((e) => e.type === 'character' && !mostlyAfterThe(e, texts));
  const folds: EntityFold[] = [];
  for (const epithet of entities) {
    if (epithet.type !== 'character' && epithet.type !== 'term') continue;
    if (epithet.aliases.length > 0 || !EPITHET_NAME.test(epithet.name) || !mostlyAfterThe(epithet, texts))
      continue;
    const owners = characters.filter((named) => {
      if (named === epithet) return false;
      let comma = 0;
      let bare = 0;
      for (const m of named.mentions) {
        const ties = tiesAt(m, texts.get(m.fileId) ?? '', epithet.name);
        comma += ties.comma;
        bare += ties.bare;
      }
      return comma > 0 || bare >= 2;
    });
    const [owner, ...others] = owners;
    if (others.length > 0 || 2 * pluralCount(epithet.name, sources) >= epithet.mentions.length) continue;
    const into = owner ?? (wholeBook ? anaphoricOwner(epithet, characters, placeOf, texts) : undefined);
    if (into !== undefined) folds.push({ from: epithet.key, into: into.key });
  }
  return folds;
}

/** Mentions an epithet needs before its first mention may be read as pointing back to a name. */
const MIN_ANAPHORIC = 10;

/** Where a mention is: its paragraph's index and whether it is inside quotation marks there. */
interface Place {
  paragraph: number;
  inSpeech: boolean;
}

/**
 * Places the mentions of a set of sources, each once: paragraph by `paragraphRanges` (found by
 * `lastAtOrBefore`, a book has thousands), speech by the quotation marks before it in its paragraph.
 */
function placesIn(sources: readonly SourceText[]): (m: Mention) => Place {
  const files = new Map(
    sources.map((s, file) => {
      const ranges = paragraphRanges(s.text);
      return [s.fileId, { file, text: s.text, ranges, starts: ranges.map((r) => r.start) }] as const;
    }),
  );
  const known = new Map<Mention, Place>();
  return (m) => {
    const seen = known.get(m);
    if (seen !== undefined) return seen;
    const source = files.get(m.fileId);
    const low = lastAtOrBefore(source?.starts ?? [], m.start);
    const range = source?.ranges[low];
    const inside =
      source !== undefined && range !== undefined && range.start <= m.start && m.start < range.end;
    const quotes = inside ? (source.text.slice(range.start, m.start).match(/["“”]/g)?.length ?? 0) : 0;
    const place = inside
      ? { paragraph: source.file * 1_000_000 + low, inSpeech: quotes % 2 === 1 }
      : { paragraph: -1, inSpeech: false };
    known.set(m, place);
    return place;
  };
}

/**
 * "Meantime, Fedallah was calmly eyeing the right whale's head ... And Ahab chanced so to stand,
 * that the Parsee occupied his shadow": in a whole book, an epithet no name is set beside, seen ten
 * times or more, points back from its first mention in narration to the character named last before
 * it there in its paragraph's narration, when that character never shares a sentence with the
 * epithet in the whole book (two people who meet are written together somewhere: Ahab is not the
 * Parsee) and shares the narration of more paragraphs with it than anyone else who never does, two
 * at least.
 */
function anaphoricOwner(
  epithet: ExtractedEntity,
  characters: readonly ExtractedEntity[],
  placeOf: (m: Mention) => Place,
  texts: ReadonlyMap<string, string>,
): ExtractedEntity | undefined {
  if (epithet.mentions.length < MIN_ANAPHORIC) return undefined;
  const told = (m: Mention): Place | undefined => {
    const place = placeOf(m);
    return place.inSpeech ? undefined : place;
  };
  const first = [...epithet.mentions]
    .sort((a, b) => a.fileId.localeCompare(b.fileId) || a.start - b.start)
    .find((m) => told(m) !== undefined);
  if (first === undefined) return undefined;
  const firstParagraph = placeOf(first).paragraph;
  const epithetParagraphs = new Set(epithet.mentions.flatMap((m) => told(m)?.paragraph ?? []));
  let before: { character: ExtractedEntity; at: number } | undefined;
  const shared = new Map<ExtractedEntity, number>();
  for (const character of characters) {
    if (character.key === epithet.key || sharesSentence(character, epithet, texts)) continue;
    const paragraphs = new Set(character.mentions.flatMap((m) => told(m)?.paragraph ?? []));
    shared.set(character, [...paragraphs].filter((p) => epithetParagraphs.has(p)).length);
    for (const m of character.mentions)
      if (m.fileId === first.fileId && m.start < first.start && told(m)?.paragraph === firstParagraph)
        if (before === undefined || m.start > before.at) before = { character, at: m.start };
  }
  if (before === undefined) return undefined;
  const own = shared.get(before.character) ?? 0;
  const rivals = [...shared].filter(([c, n]) => c !== before?.character && n >= own);
  return own >= 2 && rivals.length === 0 ? before.character : undefined;
}

/** How far apart two mentions of one sentence may be. */
const SENTENCE_REACH = 400;

/** Whether some mention of each is in one sentence: no sentence end nor paragraph break between. */
function sharesSentence(a: ExtractedEntity, b: ExtractedEntity, texts: ReadonlyMap<string, string>): boolean {
  return a.mentions.some((x) =>
    b.mentions.some((y) => {
      if (x.fileId !== y.fileId || Math.abs(x.start - y.start) > SENTENCE_REACH) return false;
      const [left, right] = x.start < y.start ? [x, y] : [y, x];
      return !/[.!?]|\n\s*\n/.test(texts.get(x.fileId)?.slice(left.end, right.start) ?? '.');
    }),
  );
}
