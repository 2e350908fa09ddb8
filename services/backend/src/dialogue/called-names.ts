/**
 * A given name the characters only ever speak ("My dear Charles, what do you mean?"), which the
 * extraction could not join to anyone, is the given name of the character it answers: the line
 * that calls it replies to a line a tag gives to one character known only by title and surname
 * ('"It is amazing to me," said Bingley' / '"All young ladies accomplished! My dear Charles..."'), or
 * to a line whose speaker the narration names ("Mrs. Hurst thought the same, and added: ..." /
 * '"She did, indeed, Louisa."': her given name, the married woman's of the split it mends).
 * Or the line's tag gives its speaker by a spouse noun ('"Send him away when he bores you, Edna,"
 * instructed her husband'): the one "her" points to, the speaker's wife, is called, the spouse of
 * the same surname and the other married title ("Mrs. Pontellier" of "Mr. Pontellier").
 * Folded into that character when every such line points at the same one and the genders agree.
 */
import { mustAt } from '@george/runtime/collections';
import type { EntityFold } from '../bible/fold.js';
import { type Gender, PERSON_TITLES } from '../bible/lexicons.js';
import { givenNameGender, isGivenName, nameWords } from '../bible/lookup.js';
import type { ExtractedEntity, Extraction, SourceText } from '../bible/types.js';
import { lastAtOrBefore } from '../pronouns/index.js';
import { familyTable } from './attribute.js';
import { charactersOf, type DialogueQuote } from './index.js';
import { countWords } from './quotations.js';

/** A reply follows the line it answers closely: at most this much narration between them. */
const MAX_REPLY_GAP_WORDS = 12;
/**
 * An untagged line's speaker is sure enough to be answered from this confidence of the attribution
 * up: one the narration names before the line ("Mrs. Hurst thought the same, and added:", 0.55) or
 * in a beat (0.62), or the turn-taking of a line or two after a tag.
 */
const MIN_ANSWERED_CONFIDENCE = 0.55;

/**
 * A tag after the line giving its speaker by a spouse noun: "instructed her husband", "said his
 * wife", "his wife replied". The noun says the spouse's title: a husband's wife is "Mrs.".
 */
const SPOUSE_TAG = /^[\s,]*(?:\p{Ll}+\s+)?(?:his|her)\s+(husband|wife)\b/u;
const SPOUSE_TITLE: Readonly<Record<string, 'mr' | 'mrs'>> = { husband: 'mrs', wife: 'mr' };

/** "Mrs. Hurst", "Mr. Bingley": the gender of the title, when every name of the entity has no given name. */
function titledOnly(entity: ExtractedEntity): Gender | undefined {
  const first = nameWords(entity.name);
  const title = PERSON_TITLES[first[0] ?? ''];
  if (title === undefined || first.length < 2) return undefined;
  for (const name of [entity.name, ...entity.aliases]) {
    const words = nameWords(name);
    const start = PERSON_TITLES[words[0] ?? ''] === undefined ? 0 : 1;
    // A given name before the surname ("Charles Bingley") is already known.
    if (words.length - start > 1 && isGivenName(mustAt(words, start))) return undefined;
  }
  return title.gender;
}

export function calledNameFolds(
  source: SourceText,
  extraction: Extraction,
  quotes: readonly DialogueQuote[],
): EntityFold[] {
  const parts = quotes.flatMap((q) => q.parts);
  const partStarts = parts.map((p) => p.start);
  const inSpeech = (position: number) => {
    const part = parts[lastAtOrBefore(partStarts, position)];
    return part !== undefined && position < part.end;
  };
  const entities = new Map(extraction.entities.map((e) => [e.key, e]));
  /** Given names spoken only, never in the narration. */
  const spokenOnly = new Set(
    extraction.entities
      .filter((e) => {
        const words = nameWords(e.name);
        const mentions = e.mentions.filter((m) => m.fileId === source.fileId);
        return (
          e.type === 'character' &&
          words.length === 1 &&
          isGivenName(mustAt(words, 0)) &&
          mentions.length > 0 &&
          mentions.every((m) => inSpeech(m.start))
        );
      })
      .map((e) => e.key),
  );
  const nameGender = (key: string): Gender =>
    givenNameGender(nameWords(entities.get(key)?.name ?? '')[0] ?? '');
  const titleGender = (key: string): Gender =>
    PERSON_TITLES[nameWords(entities.get(key)?.name ?? '')[0] ?? '']?.gender ?? 'unknown';
  const answered = new Map<string, Set<string>>();
  const family = familyTable(charactersOf(source, extraction));
  for (const line of quotes) {
    const [first] = line.parts;
    const noun =
      first === undefined ? undefined : SPOUSE_TAG.exec(source.text.slice(first.end, first.end + 40))?.[1];
    const title = noun === undefined ? undefined : SPOUSE_TITLE[noun];
    if (title === undefined || line.speakerKey === null || line.kind === 'implicit') continue;
    const spouse = family.relative(line.speakerKey, title);
    if (spouse === undefined) continue;
    for (const key of line.calledKeys) {
      if (!spokenOnly.has(key)) continue;
      const targets = answered.get(key) ?? new Set<string>();
      const given = nameGender(key);
      if (given === 'unknown' || given === titleGender(spouse)) targets.add(spouse);
      answered.set(key, targets);
    }
  }
  for (let i = 1; i < quotes.length; i++) {
    const previous = mustAt(quotes, i - 1);
    const line = mustAt(quotes, i);
    const between = source.text.slice(previous.end, line.start);
    if (!between.includes('\n') || countWords(source.text, previous.end, line.start) > MAX_REPLY_GAP_WORDS)
      continue;
    for (const key of line.calledKeys) {
      if (!spokenOnly.has(key)) continue;
      const targets = answered.get(key) ?? new Set<string>();
      // A line that answers no known speaker, its own speaker going on, or the called one herself,
      // says nothing either way; nor does one whose speaker's title is of the other gender than the
      // name ("Louisa, you will not mind..." after Mr. Darcy spoke): the line turns to someone else.
      const speaker = previous.speakerKey;
      const given = nameGender(key);
      const title = speaker === null ? 'unknown' : titleGender(speaker);
      if (
        (previous.kind === 'explicit' || previous.confidence >= MIN_ANSWERED_CONFIDENCE) &&
        speaker !== null &&
        speaker !== line.speakerKey &&
        speaker !== key &&
        (given === 'unknown' || title === 'unknown' || given === title)
      )
        targets.add(speaker);
      answered.set(key, targets);
    }
  }
  const folds: EntityFold[] = [];
  const taken = new Map<string, number>();
  for (const [from, targets] of answered) {
    const [into] = targets;
    if (targets.size !== 1 || into === undefined || into === from) continue;
    const target = entities.get(into);
    const gender = target === undefined ? undefined : titledOnly(target);
    if (gender === undefined) continue;
    const own = nameGender(from);
    if (own !== 'unknown' && gender !== 'unknown' && own !== gender) continue;
    folds.push({ from, into });
    taken.set(into, (taken.get(into) ?? 0) + 1);
  }
  // Two given names for one character: neither is sure.
  return folds.filter((f) => taken.get(f.into) === 1);
}
