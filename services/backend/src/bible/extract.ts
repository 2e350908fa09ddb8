import { mustAt, mustGet } from '@george/runtime/collections';
import { calling, namedCallings } from '../pronouns/callings.js';
import { resolvePronouns } from '../pronouns/index.js';
import { chapterIndexAt } from '../story/numbering.js';
import { countWords, emptyStats, findCandidates, letterRecipient, type RawMention } from './candidates.js';
import { classifyForms, groupForms } from './classify.js';
import {
  AGED_NOUNS,
  type DescriptionMention,
  describedCharacters,
  findDescriptions,
} from './descriptions.js';
import { epithetsOfNames } from './epithets.js';
import {
  type FalseNameByPronoun,
  findDeniedNames,
  findFalseNamesByPronoun,
  findNamesInTurn,
} from './false-names.js';
import { type EntityFold, foldEntities } from './fold.js';
import { namesNoFamily } from './generic-plurals.js';
import { familyCoupleCues, holderContradicted, type NamedPerson } from './kin-holders.js';
import { CALLINGS_AS_NAMES, FEMALE_MARRIED, OCCUPATIONS } from './lexicons.js';
import { isGivenName, isWrittenInitial } from './lookup.js';
import {
  findMaidenNameMarriages,
  findMaidenNamesByPronoun,
  introducedAsElderWoman,
  spousesByPronoun,
} from './maiden-names.js';
import { findEngagements, findMarriedNow, findNamesThatWere } from './married-now.js';
import { type EntityDraft, type Letter, mergeEntities, namesHere } from './merge.js';
import { peersByTitle } from './peer-titles.js';
import {
  type CallingKinCue,
  findCallingKin,
  findMarriedNames,
  findRelationCues,
  findUnnamedKin,
  type MarriedNameCue,
  type RelationCue,
  type UnnamedKinCue,
} from './relations.js';
import { paragraphRanges, tokenizeParagraph } from './tokenize.js';
import type {
  EntityType,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  Mention,
  RelationType,
  SourceText,
} from './types.js';

export interface ExtractOptions {
  /** Mentions needed by a capitalised word with no typing cue to be kept as a term (default 3). */
  minUncuedMentions?: number;
  /** Type a capitalised name with no cue, that is not an ordinary word, as a character (default true). */
  uncuedAsCharacters?: boolean;
  /** Mentions such an uncued name needs to be a character (default 1). */
  minUncuedCharacterMentions?: number;
  /** Share of a family's mentions that makes one member take a bare surname (default 0.7). */
  dominantShare?: number;
  /** Characters looked back for the nearest earlier mention of an ambiguous name (default 1500). */
  window?: number;
  /** Evidence ranges kept per relation; the weight still counts them all (default 20). */
  maxEvidence?: number;
  /** Words from which types, described characters and pronoun-only relations rest on the whole book's evidence (default 40,000). */
  longText?: number;
  /**
   * Words of text for each further mention a character needs, up to three (two when titled): a name
   * seen once is a character in a short story, not in a novel (default 13,000).
   */
  wordsPerMention?: number;
  /** Definite descriptions ("the creature", "the fiend") that make a described character in a whole book (default 20). */
  minDescribed?: number;
  /** Entity types to report (default all). */
  types?: EntityType[];
}

/** Mentions of each noun, and the share acting, that make a described character in a short text. */
const SHORT_TEXT_DESCRIBED = 4;
const SHORT_TEXT_ACTING = 0.5;

/** ", who was the ticket-man's grandson", ", the old man's only son": after a full name. */
const DESCENDANT_APPOSITIVE =
  /^,\s+(?:who\s+(?:was|is)\s+)?(?:the|a|an|his|her|their|[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?:[\w-]+['’]s\s+)?(?:(?:only|eldest|youngest|elder|younger|second|third)\s+)?(?:grand)?(?:son|nephew)\b/;

/**
 * "his son Daniel Lorimer", "had a son, Matthew Crabbe", "His son, young Jem": the noun right before
 * a name, or before "young" or "little" and the name.
 */
const DESCENDANT_BEFORE = /\b(?:grand)?(?:son|nephew),?\s+(?:(?:young|little)\s+)?$/;

/** "His father, General Tilney", "his uncle, Colonel Ashby": a man's elder named right after. */
const ELDER_BEFORE = /\bhis\s+(?:(?:grand)?father|uncle),?\s+$/i;

/** "Mr. Churchill, his uncle, was ill": the same set after the name. */
const ELDER_AFTER = /^,\s+his\s+(?:(?:grand)?father|uncle)\b/i;

/** "My father is Matthew Colley too", "his father was also John Hale", "his father, also John Hale". */
const FATHER_OF_ONE_NAME_BEFORE =
  /\b(?:my|his|her|your|our|their)\s+father(?:,\s+|\s+(?:is|was)\s+)(also\s+)?$/i;
/** The "too" after the name, when no "also" came before it. */
const FATHER_OF_ONE_NAME_AFTER = /^,?\s+(?:too|also|as\s+well)\b/i;

/** A full name the text gives a father as the one his child bears ("My father is Matthew Colley too"). */
function fatherOfOneName(mention: RawMention, text: string): boolean {
  if (mention.words.length < 2) return false;
  const before = FATHER_OF_ONE_NAME_BEFORE.exec(
    text.slice(Math.max(mention.sentenceStart, mention.start - 30), mention.start),
  );
  if (before === null) return false;
  return (
    before[1] !== undefined ||
    FATHER_OF_ONE_NAME_AFTER.test(text.slice(mention.end, Math.min(mention.sentenceEnd, mention.end + 15)))
  );
}

/** A title and surname the text introduces as a man's father, grandfather or uncle. */
function introducedAsElder(mention: RawMention, text: string): boolean {
  return (
    mention.title !== null &&
    mention.words.length === 1 &&
    (ELDER_BEFORE.test(text.slice(Math.max(mention.sentenceStart, mention.start - 20), mention.start)) ||
      ELDER_AFTER.test(text.slice(mention.end, Math.min(mention.sentenceEnd, mention.end + 30))))
  );
}

/**
 * A full name that the text introduces as someone's son, grandson or nephew, with a title or without
 * ("His son, Mr. George Ainslie"), or a given name the noun sets right after it ("his son Frederick").
 * A title and a surname alone ("his son Mr. Ferrars") is the family's name, not the son's own.
 */
function introducedAsDescendant(mention: RawMention, text: string): boolean {
  if (mention.title !== null && mention.words.length < 2) return false;
  const before = DESCENDANT_BEFORE.test(
    text.slice(Math.max(mention.sentenceStart, mention.start - 20), mention.start),
  );
  if (mention.words.length === 1) return before && isGivenName(mustAt(mention.words, 0).toLowerCase());
  return (
    before ||
    DESCENDANT_APPOSITIVE.test(text.slice(mention.end, Math.min(mention.sentenceEnd, mention.end + 120)))
  );
}

/** The two names of each cue of a type whose first side is a name, not a pronoun. */
function namedPairs(cues: readonly RelationCue[], type: RelationType): Array<[RawMention, RawMention]> {
  const pairs: Array<[RawMention, RawMention]> = [];
  for (const cue of cues)
    if (cue.type === type && !('pronoun' in cue.source)) pairs.push([cue.source, cue.target]);
  return pairs;
}

interface ParagraphInfo {
  fileIndex: number;
  start: number;
  end: number;
  mentions: RawMention[];
}

/**
 * The offline story-bible extractor: characters, locations, organisations and terms with their
 * aliases and every mention's exact character range, plus co-occurrence and stated relations.
 * Deterministic, no network, no model files; a novel of 200,000 words takes about a second.
 */
export function extract(sources: SourceText[], options: ExtractOptions = {}): Extraction {
  const settings = {
    minUncuedMentions: options.minUncuedMentions ?? 3,
    uncuedAsCharacters: options.uncuedAsCharacters ?? true,
    minUncuedCharacterMentions: options.minUncuedCharacterMentions ?? 1,
    dominantShare: options.dominantShare ?? 0.7,
    window: options.window ?? 1500,
    maxEvidence: options.maxEvidence ?? 20,
    longText: options.longText ?? 40_000,
    wordsPerMention: options.wordsPerMention ?? 13_000,
    minDescribed: options.minDescribed ?? 20,
  };
  // Pass 1: how each word is written across the whole text (capitalised mid-sentence or not).
  const stats = emptyStats();
  const ranges = sources.map((source) => paragraphRanges(source.text));
  sources.forEach((source, fileIndex) => {
    for (const range of ranges[fileIndex] ?? [])
      countWords(tokenizeParagraph(source.text, range.start, range.end), stats);
  });
  // Pass 2: candidate names and relation cues, paragraph by paragraph.
  const paragraphs: ParagraphInfo[] = [];
  const allMentions: RawMention[] = [];
  const cues: RelationCue[] = [];
  const unnamedKin: UnnamedKinCue[] = [];
  const callingKin: CallingKinCue[] = [];
  const marriedNames: MarriedNameCue[] = [];
  const engagements: Array<[RawMention, RawMention]> = [];
  const descriptions: DescriptionMention[] = [];
  const recipients: RawMention[] = [];
  const namesInTurn: Array<[RawMention, RawMention]> = [];
  const falseNames: FalseNameByPronoun[] = [];
  const deniedNames: Array<[RawMention, RawMention]> = [];
  sources.forEach((source, fileIndex) => {
    for (const range of ranges[fileIndex] ?? []) {
      const paragraph = tokenizeParagraph(source.text, range.start, range.end);
      const index = paragraphs.length;
      for (const d of findDescriptions(paragraph, index, fileIndex, source.text)) descriptions.push(d);
      const mentions = findCandidates(paragraph, index, fileIndex, source.text, stats);
      paragraphs.push({ fileIndex, start: range.start, end: range.end, mentions });
      const recipient = letterRecipient(paragraph, mentions);
      if (recipient !== undefined) recipients.push(recipient);
      for (const cue of findMaidenNamesByPronoun(paragraph, mentions, allMentions)) marriedNames.push(cue);
      for (const m of mentions) allMentions.push(m);
      for (const cue of findRelationCues(paragraph, mentions, index)) cues.push(cue);
      for (const cue of findMaidenNameMarriages(paragraph, mentions)) cues.push(cue);
      for (const cue of findMarriedNames(paragraph, mentions)) marriedNames.push(cue);
      for (const cue of findMarriedNow(paragraph, mentions)) marriedNames.push(cue);
      for (const cue of findNamesThatWere(paragraph, mentions)) marriedNames.push(cue);
      for (const pair of findEngagements(paragraph, mentions)) engagements.push(pair);
      for (const pair of findNamesInTurn(paragraph, mentions)) namesInTurn.push(pair);
      for (const cue of findFalseNamesByPronoun(paragraph, mentions)) falseNames.push(cue);
      for (const pair of findDeniedNames(paragraph, mentions)) deniedNames.push(pair);
      for (const cue of findUnnamedKin(paragraph, mentions)) unnamedKin.push(cue);
      for (const cue of findCallingKin(paragraph, mentions)) callingKin.push(cue);
    }
  });
  for (const cue of callingHolders(callingKin, allMentions)) cues.push(cue);
  const forms = groupForms(allMentions);
  const words = [...stats.lower.values(), ...stats.capMid.values(), ...stats.capInitial.values()].reduce(
    (a, b) => a + b,
    0,
  );
  const longText = words >= settings.longText;
  classifyForms(forms, {
    ...settings,
    wholeBook: longText,
    lowerCount: (lower) => stats.lower.get(lower) ?? 0,
  });
  // A surname's plural said of the name in general or of its unrelated bearers ("I know three
  // Marshes") is no family's mention: a group left with none is no entry.
  for (const form of forms.values()) {
    if (form.type !== 'group') continue;
    form.mentions = form.mentions.filter((m) => !namesNoFamily(m, mustAt(sources, m.fileIndex).text));
    if (form.mentions.length === 0) form.type = 'drop';
  }
  const taleOf = talesOf(sources);
  const drafts = mergeEntities(
    [...forms.values()].filter((f) => f.type !== 'drop'),
    {
      ...settings,
      chapterOf: (m) => chapterIndexAt(mustAt(sources, m.fileIndex).chapters, m.start),
      taleOf,
    },
    {
      letters: letters(recipients, sources),
      spouses: [...namedPairs(cues, 'spouse'), ...spousesByPronoun(cues, paragraphs)],
      marriedNames,
      engagements,
      siblings: namedPairs(cues, 'sibling'),
      descendants: allMentions.filter((m) => introducedAsDescendant(m, mustAt(sources, m.fileIndex).text)),
      elders: allMentions.filter((m) => introducedAsElder(m, mustAt(sources, m.fileIndex).text)),
      elderWomen: allMentions.filter((m) => introducedAsElderWoman(m, mustAt(sources, m.fileIndex).text)),
      fathersOfOneName: allMentions.filter((m) => fatherOfOneName(m, mustAt(sources, m.fileIndex).text)),
      namesInTurn,
      falseNames,
      deniedNames,
    },
  );
  // A being the whole book calls only "the creature", "the fiend": one character, its descriptions
  // its aliases. In a short text a description counts on stricter terms: each noun at least four
  // times, acting or speaking in half its mentions ("The stranger smiled", "said the stranger"): a
  // short story's nameless stranger, not a stranger met once in an excerpt; a trade as well, on a
  // trade's terms besides ("said the old sailor" of a sea story, one sailor among no "sailors").
  const context = {
    namedCallings: namedCallingsOf(drafts, sources),
    lowerCount: (lower: string) => stats.lower.get(lower) ?? 0,
  };
  const described = longText
    ? describedCharacters(descriptions, settings.minDescribed, context)
    : describedCharacters(
        descriptions,
        SHORT_TEXT_DESCRIBED,
        context,
        SHORT_TEXT_DESCRIBED,
        SHORT_TEXT_ACTING,
      );
  // "the old man" of a book that calls a named man "old Ahab" is most often he: a description by
  // age and sex stands alone only when no named character of that sex (or of none known) is
  // called "old" before the name.
  const calledOld = new Set<string>();
  for (const draft of drafts) {
    if (draft.type !== 'character') continue;
    const old = draft.mentions.some((m) =>
      /\bold\s+$/i.test(mustAt(sources, m.fileIndex).text.slice(Math.max(0, m.start - 5), m.start)),
    );
    if (old) calledOld.add(draft.gender);
  }
  // "said the Cook": a trade the text writes as a name is the named character's already; its
  // description mentions are the same words, not someone else.
  const namedEnds = new Set(
    drafts
      .filter((d) => d.type === 'character')
      .flatMap((d) => d.mentions.map((m) => `${m.fileIndex}:${m.end}`)),
  );
  for (const mentions of described) {
    const named = mentions.filter((m) => namedEnds.has(`${m.fileIndex}:${m.end}`)).length;
    if (2 * named >= mentions.length) continue;
    const sex = AGED_NOUNS[mentions[0]?.words[0]?.toLowerCase() ?? ''];
    if (mentions[0]?.form.startsWith('the old ') === true && sex !== undefined) {
      if (calledOld.has(sex) || calledOld.has('unknown')) continue;
    }
    drafts.push({
      id: drafts.length,
      type: 'character',
      mentions,
      titles: new Set(),
      gender: 'unknown',
      given: null,
      surname: null,
      forms: [],
    });
  }
  giveCalledNamesToDescribed(drafts);
  const wanted = options.types !== undefined ? new Set(options.types) : undefined;
  // Over a whole book a name seen once (twice, with a title) is seldom a character: a figure of
  // speech, a place read as a name, an author quoted. A real character's mentions grow with the
  // text, a stray name's do not, so the mentions needed grow with the length: one in a short story,
  // two from 13,000 words, three (two with a title) from 26,000.
  const needed = Math.min(3, 1 + Math.floor(words / settings.wordsPerMention));
  const enough = (d: EntityDraft): boolean => {
    if (d.type !== 'character') return true;
    return d.mentions.length >= (d.titles.size > 0 ? Math.max(1, needed - 1) : needed);
  };
  const kept = drafts.filter((d) => (wanted === undefined || wanted.has(d.type)) && enough(d));

  const owner = new Map<RawMention, EntityDraft>();
  for (const draft of kept) for (const m of draft.mentions) owner.set(m, draft);
  const keys = assignKeys(kept);
  const entities = kept.map((draft) => toEntity(draft, mustGet(keys, draft), sources));
  const typed = typedRelations(
    [
      ...cues,
      ...kinNamedElsewhere(unnamedKin, owner),
      ...wivesByHusbandsName(kept, cues, owner),
      ...familyCoupleCues(cues, kept, owner),
    ],
    owner,
    keys,
    sources,
    settings.maxEvidence,
    longText,
  );
  const relations = [
    ...cooccurrence(paragraphs, owner, keys, sources, settings.maxEvidence),
    ...typed,
    ...familyMembers(kept, keys, sources, typed, taleOf),
  ];
  const folded = foldEntities({ entities, relations }, [
    ...ranksBeforeNames(entities, sources),
    ...callingsAsNames(entities, sources),
    ...brothersByGeneration(entities, sources),
    ...peersByTitle(entities),
    ...epithetsOfNames(entities, sources, longText),
  ]);
  folded.entities.sort((a, b) => b.mentions.length - a.mentions.length || a.key.localeCompare(b.key));
  return folded;
}

/**
 * "the Archmage Vorn", then "the Archmage" alone: a character of one word written after "the"
 * every time, that the text writes once or more right before one other character's name, is that
 * character's rank, one no lexicon knows (a known one joins its name already, "Captain Vane"). The
 * rank's entity is folded into the named character.
 */
function ranksBeforeNames(
  entities: readonly ExtractedEntity[],
  sources: readonly SourceText[],
): EntityFold[] {
  const texts = new Map(sources.map((s) => [s.fileId, s.text] as const));
  const characters = entities.filter((e) => e.type === 'character');
  const folds: EntityFold[] = [];
  for (const rank of characters) {
    if (rank.aliases.length > 0 || !/^\p{Lu}[\p{Ll}]+$/u.test(rank.name)) continue;
    const afterThe = rank.mentions.every((m) => writtenAfterThe(texts.get(m.fileId), m));
    if (rank.mentions.length === 0 || !afterThe) continue;
    const named = new Set<string>();
    const pattern = new RegExp(`\\b[Tt]he ${rank.name} (\\p{Lu}[\\p{L}\\p{M}'’-]*)`, 'gu');
    for (const source of sources) for (const m of source.text.matchAll(pattern)) named.add(m[1] ?? '');
    const owners = characters.filter(
      (c) =>
        c !== rank && [c.name, ...c.aliases].some((n) => named.has(n) || named.has(n.split(' ')[0] ?? '')),
    );
    folds.push(...foldIntoSole(rank, owners));
  }
  return folds;
}

/** The fold of `from` into the one owner found; none when there are several, which could be either. */
function foldIntoSole(from: ExtractedEntity, owners: readonly ExtractedEntity[]): EntityFold[] {
  const [owner, ...others] = owners;
  return owner !== undefined && others.length === 0 ? [{ from: from.key, into: owner.key }] : [];
}

/** Whether the mention is written right after "the" ("the Archmage", "the matron"). */
function writtenAfterThe(text: string | undefined, mention: Mention): boolean {
  return /\b[Tt]he\s+$/.test(text?.slice(Math.max(0, mention.start - 5), mention.start) ?? '');
}

/**
 * "Miss Tindall, the matron of School House," then "said Matron": a calling a school or household
 * writes as a name (`CALLINGS_AS_NAMES`), never after "the", is the one character the text brings in
 * with that calling in apposition; with two such characters it could be either and is left alone.
 */
function callingsAsNames(entities: readonly ExtractedEntity[], sources: readonly SourceText[]): EntityFold[] {
  const texts = new Map(sources.map((s) => [s.fileId, s.text] as const));
  const characters = entities.filter((e) => e.type === 'character');
  const folds: EntityFold[] = [];
  for (const called of characters) {
    const word = called.name.toLowerCase();
    if (called.aliases.length > 0 || !CALLINGS_AS_NAMES.has(word)) continue;
    if (called.mentions.some((m) => writtenAfterThe(texts.get(m.fileId), m))) continue;
    const apposed = new RegExp(`^, (?:the|an?) (?:[\\p{Ll}-]+ )?${word}\\b`, 'u');
    const owners = characters.filter(
      (c) =>
        c !== called &&
        c.mentions.some((m) => apposed.test(texts.get(m.fileId)?.slice(m.end, m.end + 40) ?? '')),
    );
    folds.push(...foldIntoSole(called, owners));
  }
  return folds;
}

/**
 * "Pilbeam major" and "Pilbeam minor", and Hugh and Tommy Pilbeam: two of a family told apart by
 * "major" and "minor" (a school's way) are the two the text names in full, when one of them, tagged
 * in a paragraph that names no one else outside the quotation marks, speaks of one of the two by the
 * given name alone ('"My sister's a pig," said Pilbeam minor, "but Hugh's worse."'): he is not
 * Hugh, so he is Tommy, and the other is Hugh. Either way round, the text must say it only one way.
 */
function brothersByGeneration(
  entities: readonly ExtractedEntity[],
  sources: readonly SourceText[],
): EntityFold[] {
  // The paragraph of a mention, as the extractor splits paragraphs (`paragraphRanges`).
  const paragraphs = new Map(
    sources.map((s) => [s.fileId, { text: s.text, ranges: paragraphRanges(s.text) }] as const),
  );
  const paragraphOf = (m: Mention): string => {
    const file = paragraphs.get(m.fileId);
    const range = file?.ranges.find((r) => r.start <= m.start && m.start < r.end);
    return file === undefined || range === undefined ? '' : file.text.slice(range.start, range.end);
  };
  const characters = entities.filter((e) => e.type === 'character');
  const byName = new Map(characters.map((c) => [c.name, c] as const));
  const folds: EntityFold[] = [];
  for (const major of characters) {
    const surname = /^(\p{Lu}\p{Ll}+) major$/u.exec(major.name)?.[1];
    const minor = surname === undefined ? undefined : byName.get(`${surname} minor`);
    if (surname === undefined || minor === undefined) continue;
    const named = characters.filter((c) =>
      [c.name, ...c.aliases].some((n) => new RegExp(`^\\p{Lu}\\p{Ll}+ ${surname}$`, 'u').test(n)),
    );
    if (named.length !== 2) continue;
    const given = (c: ExtractedEntity): string =>
      [c.name, ...c.aliases].find((n) => n.endsWith(` ${surname}`))?.split(' ')[0] ?? '';
    // Which of the two named each generation's entity speaks of, so is not.
    const spokenOf = (speaker: ExtractedEntity): ExtractedEntity[] =>
      named.filter((brother) =>
        speaker.mentions.some((m) => {
          const parts = paragraphOf(m).split(/["“”]/);
          // The narration without the speaker's own names ("said Pilbeam minor" holds "Pilbeam").
          const narration = [speaker.name, ...speaker.aliases].reduce(
            (rest, name) => rest.split(name).join(' '),
            parts.filter((_, i) => i % 2 === 0).join(' '),
          );
          const speech = parts.filter((_, i) => i % 2 === 1).join(' ');
          const others = characters.filter(
            (c) => c !== speaker && [c.name, ...c.aliases].some((n) => narration.includes(n)),
          );
          const bare = new RegExp(`\\b${given(brother)}\\b(?! ${surname})`, 'u');
          return parts.length > 2 && others.length === 0 && bare.test(speech);
        }),
      );
    const [notMajor, ...more] = spokenOf(major);
    const [notMinor, ...moreMinor] = spokenOf(minor);
    const elder = notMinor ?? named.find((c) => c !== notMajor);
    const younger = named.find((c) => c !== elder);
    if (more.length > 0 || moreMinor.length > 0 || (notMajor === undefined && notMinor === undefined))
      continue;
    if (elder === undefined || younger === undefined || elder === notMajor || younger === notMinor) continue;
    folds.push({ from: major.key, into: elder.key }, { from: minor.key, into: younger.key });
  }
  return folds;
}

/**
 * Before a name, a calling said to be the person named: "The captain was a Welshman named Owen
 * Pryce", "the doctor was Edmund Hale".
 */
const CALLING_STATED = /\b[Tt]he ([a-z]+) (?:was|is) (?:an? [^.!?;:]{0,40} (?:named|called) )?$/;

/**
 * The callings written before or beside the characters' names, in every file ("Tom Tubal, the
 * blacksmith,"), their titles' callings ("Dr. Crale" is a doctor) and callings stated of them
 * (`CALLING_STATED`).
 */
function namedCallingsOf(drafts: EntityDraft[], sources: SourceText[]): Set<string> {
  const callings = new Set<string>();
  const characters = drafts.filter((draft) => draft.type === 'character');
  for (const draft of characters)
    for (const title of draft.titles) {
      const word = title.toLowerCase().replace(/\.$/, '');
      if (OCCUPATIONS[word] !== undefined) callings.add(calling(word));
    }
  sources.forEach((source, fileIndex) => {
    const mentions = characters.flatMap((draft) =>
      draft.mentions
        .filter((m) => m.fileIndex === fileIndex)
        .map((m) => ({ id: String(draft.id), start: m.start, end: m.end })),
    );
    for (const word of namedCallings(source.text, mentions).keys()) callings.add(word);
    for (const m of mentions) {
      const stated = CALLING_STATED.exec(source.text.slice(Math.max(0, m.start - 80), m.start))?.[1];
      if (stated !== undefined && OCCUPATIONS[stated] !== undefined) callings.add(calling(stated));
    }
  });
  return callings;
}

/** Each letter's heading and where its body ends: at the next letter's heading or its chapter's end. */
function letters(recipients: RawMention[], sources: SourceText[]): Letter[] {
  return recipients.map((recipient, i) => {
    const source = mustAt(sources, recipient.fileIndex);
    const next = recipients[i + 1];
    const nextHeading = next?.fileIndex === recipient.fileIndex ? next.start : source.text.length;
    const chapter = source.chapters.find((c) => c.start <= recipient.start && recipient.start < c.end);
    return { recipient, end: Math.min(nextHeading, chapter?.end ?? source.text.length) };
  });
}

/** The entity's first mention: chapter and offset in its file. */
export function firstAppearance(entity: ExtractedEntity): Mention | undefined {
  return entity.mentions[0];
}

export function mentionCount(entity: ExtractedEntity): number {
  return entity.mentions.length;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The name a mention writes; "Mr." of "Mr. and Mrs. Gardiner" stands for "Mr. Gardiner". */
function nameOf(m: RawMention): string {
  // A description ("The creature" at a sentence start) is named in lower case.
  if (m.title === null && m.form.startsWith('the ')) return normaliseSpace(m.text).toLowerCase();
  // `Thomas "Tommy" Reid` is named "Thomas Reid" (the nickname is a name of its own).
  if (m.nicknamed === true) return m.form;
  const last = m.words[m.words.length - 1] ?? '';
  return m.text.includes(last) ? normaliseSpace(m.text) : m.form;
}

/**
 * The most frequent written form; on a tie, the longer (more specific) one. A character mostly
 * called by a description ("the Miller") who is also given a full name ("Josiah Crump") is shown by
 * the name, the description kept as an alias. One introduced with a nickname in quotation marks
 * (`Thomas "Tommy" Reid`) is shown by that full name.
 */
function writtenName(draft: EntityDraft): string {
  // `Thomas "Tommy" Reid`: the full name the text gives with the nickname.
  const nicknamed = draft.mentions.find((m) => m.nicknamed === true);
  if (nicknamed !== undefined) return nameOf(nicknamed);
  const described = draft.mentions.filter((m) => m.determiner).length >= 0.5 * draft.mentions.length;
  // Not a name signed with an initial ("E. Thursby" of "the Major").
  const fullNames = draft.mentions.filter(
    (m) => !m.determiner && m.title === null && m.words.length >= 2 && !isWrittenInitial(m.words[0] ?? ''),
  );
  return mostFrequentName(described && fullNames.length > 0 ? fullNames : draft.mentions);
}

/** The written name, and "the elder" after a father's who bears his son's name (the two would show alike). */
function displayName(draft: EntityDraft): string {
  const name = writtenName(draft);
  return draft.elderOfName === true ? `${name} the elder` : name;
}

function mostFrequentName(mentions: readonly RawMention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const name = nameOf(m);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let bestScore = -1;
  for (const [name, count] of counts) {
    const score = count * 1000 + name.length;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

function assignKeys(drafts: EntityDraft[]): Map<EntityDraft, string> {
  const keys = new Map<EntityDraft, string>();
  const used = new Set<string>();
  for (const draft of drafts) {
    const base = `${draft.type}:${displayName(draft)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    keys.set(draft, key);
  }
  return keys;
}

/** "the Old Badger", "The Old Badger": "the" and at most one capitalised word, right before a name. */
const ARTICLE_BEFORE = /\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?)$/u;
/** " of the Marsh": a place a one-word name is the title of, right after it. */
const OF_PLACE_AFTER = /^ of the \p{Lu}\p{Ll}+/u;

/**
 * "the Old Badger", "the Queen of the Marsh": a character every mention names by one word, which the
 * text writes in one fuller form of several words at least half the time, is shown by that form (the
 * key stays the one word's, so that what refers to the entry by key is unchanged).
 */
function fullerForm(draft: EntityDraft, sources: readonly SourceText[]): string | undefined {
  if (draft.type !== 'character') return undefined;
  const counts = new Map<string, number>();
  for (const m of draft.mentions) {
    const [word, ...more] = m.words;
    if (m.title !== null || word === undefined || more.length > 0) return undefined;
    const text = mustAt(sources, m.fileIndex).text;
    const before = ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before === null) continue;
    const after = OF_PLACE_AFTER.exec(text.slice(m.end, m.end + 40))?.[0] ?? '';
    if (before[1] === '' && after === '') continue;
    const form = `the ${before[1]}${word}${after}`;
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best !== undefined && 2 * best[1] >= draft.mentions.length ? best[0] : undefined;
}

function toEntity(draft: EntityDraft, key: string, sources: SourceText[]): ExtractedEntity {
  const sorted = [...draft.mentions].sort((a, b) => a.fileIndex - b.fileIndex || a.start - b.start);
  const name = fullerForm(draft, sources) ?? displayName(draft);
  const aliases = [...new Set(sorted.map(nameOf))].filter((alias) => alias !== name).sort();
  const mentions: Mention[] = sorted.map((m) => {
    const source = mustAt(sources, m.fileIndex);
    return {
      fileId: source.fileId,
      chapter: chapterIndexAt(source.chapters, m.start),
      start: m.start,
      end: m.end,
      text: m.text,
    };
  });
  return { key, name, type: draft.type, aliases, mentions };
}

interface RelationAccumulator {
  relation: ExtractedRelation;
  seen: Set<string>;
}

function addRelation(
  table: Map<string, RelationAccumulator>,
  source: string,
  target: string,
  type: RelationType,
  label: string | undefined,
  evidence: { fileId: string; start: number; end: number },
  maxEvidence: number,
): RelationAccumulator {
  const id = `${source}\u0000${target}\u0000${type}\u0000${label ?? ''}`;
  let entry = table.get(id);
  if (entry === undefined) {
    const relation: ExtractedRelation = {
      sourceKey: source,
      targetKey: target,
      type,
      weight: 0,
      evidence: [],
    };
    if (label !== undefined) relation.label = label;
    entry = { relation, seen: new Set() };
    table.set(id, entry);
  }
  const evidenceId = `${evidence.fileId}:${evidence.start}`;
  if (entry.seen.has(evidenceId)) return entry;
  entry.seen.add(evidenceId);
  entry.relation.weight += 1;
  if (entry.relation.evidence.length < maxEvidence) entry.relation.evidence.push(evidence);
  return entry;
}

function cooccurrence(
  paragraphs: ParagraphInfo[],
  owner: Map<RawMention, EntityDraft>,
  keys: Map<EntityDraft, string>,
  sources: SourceText[],
  maxEvidence: number,
): ExtractedRelation[] {
  const table = new Map<string, RelationAccumulator>();
  for (const paragraph of paragraphs) {
    const present = new Set<string>();
    for (const m of paragraph.mentions) {
      const draft = owner.get(m);
      if (draft !== undefined && draft.type !== 'term') present.add(mustGet(keys, draft));
    }
    if (present.size < 2) continue;
    const list = [...present].sort();
    const fileId = mustAt(sources, paragraph.fileIndex).fileId;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        addRelation(
          table,
          mustAt(list, i),
          mustAt(list, j),
          'co_occurs',
          undefined,
          { fileId, start: paragraph.start, end: paragraph.end },
          maxEvidence,
        );
      }
    }
  }
  return [...table.values()].map((entry) => entry.relation);
}

/**
 * "The parish called her the housekeeper, and the priest called her Mrs. Q", "I never learned his
 * name; the men called him Dad": a name given in so many words (`calledFor`), left an entry of its
 * own (one form, two mentions at most), whose paragraph names no one after a described character
 * before it, is that character's; the naming verb's subject ("the priest") is not who is named.
 * (Merging gives such names to named people; described ones are made after it.)
 */
function giveCalledNamesToDescribed(drafts: EntityDraft[]): void {
  const described = new Set(drafts.filter((d) => d.type === 'character' && d.forms.length === 0));
  if (described.size === 0) return;
  for (const draft of drafts) {
    if (draft.type !== 'character' || draft.forms.length !== 1 || draft.mentions.length > 2) continue;
    const given = draft.mentions.find((m) => m.calledFor !== undefined);
    if (given === undefined) continue;
    let nearest: EntityDraft | undefined;
    let nearestStart = -1;
    for (const other of drafts) {
      if (other === draft || other.type !== 'character') continue;
      for (const m of other.mentions) {
        if (m.fileIndex !== given.fileIndex || m.paragraph !== given.paragraph || m.start >= given.start)
          continue;
        if (namesHere(m, given.calledBy) || m.start <= nearestStart) continue;
        nearest = other;
        nearestStart = m.start;
      }
    }
    if (nearest === undefined || !described.has(nearest)) continue;
    nearest.mentions = [...nearest.mentions, ...draft.mentions].sort(
      (a, b) => a.fileIndex - b.fileIndex || a.start - b.start,
    );
    draft.mentions = [];
  }
}

/**
 * "Ingrid kissed her brother" in a paragraph that names one other man, Aksel: the cue between
 * Ingrid and him. Several people of the kin's gender, or none, give no relation; nor does one named
 * in the sentence itself, nor another person of the pronoun's gender named before it, who may be
 * whom the pronoun means ("Gerald ... Dr. Ingram wrote to his father").
 */
function kinNamedElsewhere(
  cues: readonly UnnamedKinCue[],
  owner: Map<RawMention, EntityDraft>,
): RelationCue[] {
  const found: RelationCue[] = [];
  for (const cue of cues) {
    const subject = owner.get(cue.subject);
    if (subject?.type !== 'character') continue;
    const kin = new Map<EntityDraft, RawMention>();
    let ambiguous = false;
    for (const m of cue.among) {
      const other = owner.get(m);
      if (other === undefined || other === subject || other.type !== 'character') continue;
      if (other.gender === cue.pronoun) ambiguous = true;
      if (cue.gender !== 'unknown' && other.gender !== 'unknown' && other.gender !== cue.gender) continue;
      if (m.sentenceStart === cue.evidenceStart) ambiguous = true;
      if (!kin.has(other)) kin.set(other, m);
    }
    const [target, ...others] = [...kin.values()];
    if (ambiguous || target === undefined || others.length > 0) continue;
    found.push({
      type: cue.kin.type,
      label: cue.kin.label,
      reverse: cue.kin.reverse,
      source: cue.subject,
      target,
      fileIndex: cue.fileIndex,
      evidenceStart: cue.evidenceStart,
      evidenceEnd: cue.evidenceEnd,
    });
  }
  return found;
}

/**
 * "The doctor's wife, Margaret Henderson,": the calling's holder is the one the text names with a
 * title of that calling and her surname ("Dr. Alan Henderson", "Dr. Henderson"), when all such names
 * agree on a given name; the kin cue then runs from the fullest of them.
 */
function callingHolders(found: readonly CallingKinCue[], mentions: readonly RawMention[]): RelationCue[] {
  const cues: RelationCue[] = [];
  for (const cue of found) {
    const surname = cue.target.words.at(-1);
    const held = mentions.filter(
      (m) =>
        m.title !== null &&
        calling(m.title.replace(/\.$/, '').toLowerCase()) === cue.calling &&
        m.words.at(-1) === surname,
    );
    const given = new Set(held.flatMap((m) => (m.words.length > 1 ? [m.words[0]] : [])));
    const holder = held.sort((a, b) => b.words.length - a.words.length)[0];
    if (holder === undefined || given.size > 1) continue;
    const { kin, target, ...evidence } = cue;
    cues.push({
      type: kin.type,
      label: kin.label,
      reverse: kin.reverse,
      source: holder,
      target,
      ...evidence,
    });
  }
  return cues;
}

/**
 * "Mrs. Amos Harker": a married title before a man's given name and surname names his wife, whoever
 * she is found to be (merge.ts joins the name to a wife the text states). A spouse cue from the one
 * man of that given name and surname to the entity holding the name, unless a cue relates them already.
 */
function wivesByHusbandsName(
  drafts: readonly EntityDraft[],
  cues: readonly RelationCue[],
  owner: ReadonlyMap<RawMention, EntityDraft>,
): RelationCue[] {
  const spouses = new Set<string>();
  for (const [a, b] of namedPairs(cues, 'spouse')) {
    const [x, y] = [owner.get(a), owner.get(b)];
    if (x !== undefined && y !== undefined) spouses.add(`${x.id}|${y.id}`).add(`${y.id}|${x.id}`);
  }
  const found: RelationCue[] = [];
  for (const wife of drafts) {
    if (wife.type !== 'character' || wife.gender === 'male') continue;
    for (const m of wife.mentions) {
      if (m.title === null || !FEMALE_MARRIED.has(m.title) || m.words.length < 2) continue;
      // The man written with the same given name and surname ("Captain Amos Harker").
      const hisName = (n: RawMention) => n.words[0] === m.words[0] && n.words.at(-1) === m.words.at(-1);
      const husbands = drafts.filter(
        (d) => d !== wife && d.type === 'character' && d.gender === 'male' && d.mentions.some(hisName),
      );
      const [husband] = husbands;
      const named = husband?.mentions.find(hisName);
      if (husbands.length !== 1 || husband === undefined || named === undefined) continue;
      const pair = `${husband.id}|${wife.id}`;
      if (spouses.has(pair)) continue;
      spouses.add(pair);
      found.push({
        type: 'spouse',
        label: 'wife',
        source: named,
        target: m,
        fileIndex: m.fileIndex,
        evidenceStart: m.sentenceStart,
        evidenceEnd: m.sentenceEnd,
      });
    }
  }
  return found;
}

function typedRelations(
  cues: RelationCue[],
  owner: Map<RawMention, EntityDraft>,
  keys: Map<EntityDraft, string>,
  sources: SourceText[],
  maxEvidence: number,
  wholeBook: boolean,
): ExtractedRelation[] {
  // Possessive pronouns of the cues ("her sister Jane") resolved by the shared pronoun resolver
  // (salience, gender, clause roles); a pronoun it leaves open gives no relation.
  const referents = resolveCuePronouns(cues, owner, keys, sources);
  // The people each sentence names (by file and sentence start), against whom a pronoun's holder
  // is checked.
  const people = new Map<string, NamedPerson[]>();
  for (const [m, draft] of owner) {
    if (draft.type !== 'character') continue;
    const sentence = `${m.fileIndex}:${m.sentenceStart}`;
    const named = people.get(sentence) ?? [];
    named.push({ key: mustGet(keys, draft), gender: draft.gender, start: m.start, end: m.end });
    people.set(sentence, named);
  }
  const table = new Map<string, RelationAccumulator>();
  // Relations some cue states with both names written ("Jane's sister Elizabeth").
  const named = new Set<RelationAccumulator>();
  for (const cue of cues) {
    const target = owner.get(cue.target);
    if (target === undefined) continue;
    let source: EntityDraft | undefined;
    if ('pronoun' in cue.source) {
      const { fileIndex, position, pronoun } = cue.source;
      source = referents.get(`${fileIndex}:${position}`);
      // "Josiah Benson came on his daughter Mary's arm": the holder is the one the sentence names.
      const text = mustAt(sources, fileIndex).text;
      const others = people.get(`${fileIndex}:${cue.evidenceStart}`) ?? [];
      if (
        source !== undefined &&
        holderContradicted(text, cue.evidenceStart, position, pronoun, mustGet(keys, source), others)
      )
        continue;
    } else {
      source = owner.get(cue.source);
    }
    if (source === undefined || source === target) continue;
    if (!fits(cue.type, source.type, target.type)) continue;
    // A place is in another place only when the text puts them side by side.
    if (cue.type === 'located_in' && source.type === 'location' && cue.adjacent !== true) continue;
    const [from, to] = cue.reverse === true ? [target, source] : [source, target];
    const entry = addRelation(
      table,
      mustGet(keys, from),
      mustGet(keys, to),
      cue.type,
      cue.label,
      {
        fileId: mustAt(sources, cue.fileIndex).fileId,
        start: cue.evidenceStart,
        end: cue.evidenceEnd,
      },
      maxEvidence,
    );
    if (!('pronoun' in cue.source)) named.add(entry);
  }
  // In a whole book, a tie stated once, through a pronoun only ("his friend Denny"), rests on one
  // guess of whom the pronoun means: kept when a second passage states it or a passage names both.
  // (A short text states a tie once, and keeps it.)
  return [...table.values()]
    .filter((entry) => !wholeBook || named.has(entry) || entry.relation.weight >= 2)
    .map((entry) => entry.relation);
}

/** Kin ties between two characters, through which a bearer of a surname joins its family. */
const KIN_RELATIONS: ReadonlySet<RelationType> = new Set(['family', 'sibling', 'spouse', 'parent_of']);

/**
 * A family's members: the characters who bear its surname ("Mr. Bennet" in "the Bennets"), with the
 * passage that names the family. In a collection of tales, only the bearers named in a tale that
 * names the family, or tied by kin to one of them: each tale has its own people, and "the Marshes"
 * of the second tale are not the namesakes of the first ("he was no relation to the Marshes of
 * Walcot"). (A novel's family keeps every bearer: "the Roscorlas" of chapter six are the family of
 * the Isabel Roscorla its last chapter names.)
 */
function familyMembers(
  drafts: EntityDraft[],
  keys: Map<EntityDraft, string>,
  sources: SourceText[],
  typed: readonly ExtractedRelation[],
  taleOf: (mention: RawMention) => number | null,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  // A novel's chapters are one story: its families hold every bearer, as before.
  const partOf = (m: RawMention): string => `${m.fileIndex}:${taleOf(m)}`;
  const kinKeys = new Map<string, string[]>();
  for (const r of typed) {
    if (!KIN_RELATIONS.has(r.type)) continue;
    kinKeys.set(r.sourceKey, [...(kinKeys.get(r.sourceKey) ?? []), r.targetKey]);
    kinKeys.set(r.targetKey, [...(kinKeys.get(r.targetKey) ?? []), r.sourceKey]);
  }
  for (const group of drafts) {
    if (group.type !== 'group' || group.surname === null) continue;
    const first = [...group.mentions].sort((a, b) => a.fileIndex - b.fileIndex || a.start - b.start)[0];
    if (first === undefined) continue;
    const evidence = {
      fileId: mustAt(sources, first.fileIndex).fileId,
      start: first.sentenceStart,
      end: first.sentenceEnd,
    };
    const denied = deniedKin(group, drafts, sources);
    const surname = group.surname;
    const bearers = drafts.filter(
      (d) => d.type === 'character' && bearsSurname(d, surname) && !denied.has(d),
    );
    const groupParts = new Set(group.mentions.map(partOf));
    const inPart = bearers.filter((d) => d.mentions.some((m) => groupParts.has(partOf(m))));
    const kinOfInPart = new Set(inPart.flatMap((d) => kinKeys.get(mustGet(keys, d)) ?? []));
    // A family named only in a chapter none of its bearers is named in ("The Trebilcocks went to
    // America" in a novel's last chapter) is still theirs.
    const anyPart = inPart.length === 0;
    for (const member of bearers) {
      if (!anyPart && !inPart.includes(member) && !kinOfInPart.has(mustGet(keys, member))) continue;
      relations.push({
        sourceKey: mustGet(keys, member),
        targetKey: mustGet(keys, group),
        type: 'member_of',
        label: 'family',
        weight: 1,
        evidence: [evidence],
      });
    }
  }
  return relations;
}

/** The tale a mention is in when its text is a collection of tales, else null: a novel is one story. */
function talesOf(sources: readonly SourceText[]): (mention: RawMention) => number | null {
  const collections = sources.map((source) => isCollectionOfTales(source.chapters));
  return (m) =>
    collections[m.fileIndex] === true ? chapterIndexAt(mustAt(sources, m.fileIndex).chapters, m.start) : null;
}

/** A heading that names a novel's division ("Chapter 3", "BOOK II", "Letter 4"), not a tale. */
const DIVISION_HEADING = /\b(?:chapter|book|part|volume|letter|canto|section|stave)\b/i;

/** A heading of a number alone: "IV.", "12", "Seven". */
const NUMBER_HEADING =
  /^[\s\dIVXLC.:-]*$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\.?$/i;

/**
 * A collection of tales: at least two parts, each headed by a title of its own ("I. THE AFFAIR OF
 * THE BORROWED NAME", "A SCANDAL IN BOHEMIA"), none by a novel's division word or a number alone.
 */
function isCollectionOfTales(chapters: ReadonlyArray<{ title: string }>): boolean {
  return (
    chapters.length >= 2 &&
    chapters.every((c) => !DIVISION_HEADING.test(c.title) && !NUMBER_HEADING.test(c.title.trim()))
  );
}

/**
 * A character of the surname: by birth, or by a married woman's title before it ("Lady Ferrier" of
 * Lady Constance, who was Miss Constance Dearlove).
 */
function bearsSurname(member: EntityDraft, surname: string): boolean {
  return (
    member.surname === surname ||
    member.forms.some((f) => f.title !== null && FEMALE_MARRIED.has(f.title) && f.words.at(-1) === surname)
  );
}

/** "no relation to the", "not related to", "no kin of": the text denies the family tie that follows. */
const DENIED_KIN =
  /\b(?:no|not any)\s+(?:relation|kin|connexion|connection)\s+(?:to|of)\s+(?:the\s+)?$|\bnot\s+related\s+to\s+(?:the\s+)?$/i;

/**
 * "Dr. Ridley, the police surgeon ... He was no relation to the Ridleys of Coldharbour": a bearer
 * of the surname named last before a family the narration says he is no relation to, in its
 * paragraph, is no member of it.
 */
function deniedKin(
  group: EntityDraft,
  drafts: readonly EntityDraft[],
  sources: SourceText[],
): Set<EntityDraft> {
  const denied = new Set<EntityDraft>();
  for (const g of group.mentions) {
    const text = mustAt(sources, g.fileIndex).text;
    if (!DENIED_KIN.test(text.slice(Math.max(g.sentenceStart, g.start - 40), g.start))) continue;
    let last: { draft: EntityDraft; start: number } | undefined;
    for (const draft of drafts) {
      if (draft.type !== 'character' || draft.surname !== group.surname) continue;
      for (const m of draft.mentions)
        if (m.fileIndex === g.fileIndex && m.paragraph === g.paragraph && m.start < g.start)
          if (last === undefined || m.start > last.start) last = { draft, start: m.start };
    }
    if (last !== undefined) denied.add(last.draft);
  }
  return denied;
}

function fits(type: RelationType, source: EntityType, target: EntityType): boolean {
  switch (type) {
    case 'located_in':
      return (source === 'character' || source === 'location') && target === 'location';
    case 'member_of':
      return source === 'character' && (target === 'organization' || target === 'group');
    case 'title_of':
      return source === 'character' && (target === 'location' || target === 'organization');
    default:
      return source === 'character' && target === 'character';
  }
}

/** The character each cue's possessive pronoun refers to, by file and position. */
function resolveCuePronouns(
  cues: RelationCue[],
  owner: Map<RawMention, EntityDraft>,
  keys: Map<EntityDraft, string>,
  sources: SourceText[],
): Map<string, EntityDraft> {
  const wanted = new Set<string>();
  for (const cue of cues)
    if ('pronoun' in cue.source) wanted.add(`${cue.source.fileIndex}:${cue.source.position}`);
  const found = new Map<string, EntityDraft>();
  if (wanted.size === 0) return found;
  const byKey = new Map<string, EntityDraft>();
  const perFile: Array<Map<EntityDraft, Array<{ start: number; end: number }>>> = [];
  for (const [m, draft] of owner) {
    if (draft.type !== 'character') continue;
    byKey.set(mustGet(keys, draft), draft);
    const file = perFile[m.fileIndex] ?? new Map<EntityDraft, Array<{ start: number; end: number }>>();
    perFile[m.fileIndex] = file;
    file.set(draft, [...(file.get(draft) ?? []), { start: m.start, end: m.end }]);
  }
  sources.forEach((source, fileIndex) => {
    const file = perFile[fileIndex];
    if (file === undefined) return;
    if (![...wanted].some((w) => w.startsWith(`${fileIndex}:`))) return;
    const characters = [...file].map(([draft, mentions]) => ({
      id: mustGet(keys, draft),
      name: draft.mentions[0]?.form ?? '',
      gender: draft.gender,
      mentions,
    }));
    for (const ref of resolvePronouns(source.text, characters, {
      chapterStarts: source.chapters.map((c) => c.start),
    })) {
      const id = `${fileIndex}:${ref.start}`;
      if (!wanted.has(id) || ref.characterId === null || ref.inQuotation) continue;
      const draft = byKey.get(ref.characterId);
      if (draft !== undefined) found.set(id, draft);
    }
  });
  return found;
}
