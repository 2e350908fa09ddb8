import { mustAt } from '@george/runtime/collections';
import { numberWord } from '@george/text';
import { calling, isCalling, nounGender } from '../pronouns/callings.js';
import type { RawMention } from './candidates.js';
import { FEMALE_MARRIED, type Gender, KIN_NOUNS, POSSESSIVE_PRONOUNS } from './lexicons.js';
import { givenNameGender } from './lookup.js';
import { type Paragraph, quotedTokens, type Token } from './tokenize.js';
import type { ExtractedRelation, RelationType } from './types.js';

/**
 * Typed relations the text states, found per paragraph before entities exist. A cue links two
 * mentions, or a mention and a possessive pronoun ("her sister Jane") that is resolved afterwards
 * to the nearest preceding person of the pronoun's gender.
 */
export interface RelationCue {
  type: RelationType;
  label: string;
  /** Source side: a mention, or a pronoun to resolve. */
  source: RawMention | { pronoun: Gender; position: number; fileIndex: number; paragraph: number };
  target: RawMention;
  fileIndex: number;
  /** The source name stands right before the preposition ("Meryton, in Hertfordshire"). */
  adjacent?: boolean;
  /**
   * The relation runs from the target to the source: "his father X" and "his servant X" state that X
   * is his parent, X works for him.
   */
  reverse?: boolean;
  evidenceStart: number;
  evidenceEnd: number;
}

/**
 * A woman's maiden name and her married name, stated in one passage ("Miss Taylor, now Mrs.
 * Weston", "Harriet became Mrs. Martin", "Mrs. Weston, formerly Miss Taylor").
 */
export interface MarriedNameCue {
  maiden: RawMention;
  married: RawMention;
}

const TITLE_NOUNS = new Set([
  'master',
  'mistress',
  'owner',
  'lord',
  'lady',
  'proprietor',
  'heir',
  'squire',
  'rector',
  'vicar',
]);
/** The words that state a marriage between two names: "Miss Taylor married Mr. Weston". */
const MARRIED = [
  'married',
  'had married',
  'has married',
  'was married to',
  'is married to',
  'had been married to',
];
/** "was married in June to a", "was married last year to": a time between the verb and "to". */
const MARRIED_WHEN = /^(?:was|is|had been) married (?:in|on|last|that) [a-z]+ to(?: a| an)?$/;
/** After a couple joined by "and": "Ruth and Daniel were married", "were wed". */
const COUPLE_MARRIED = ['were married', 'were wed', 'had married', 'got married'];
/** Between a maiden name and a married name: "Miss Taylor, now Mrs. Weston", "Harriet became Mrs. Martin". */
const BECAME = ['became', 'now', 'had become', 'who became', 'afterwards', 'since'];
/** Between a married name and a maiden name: "Mrs. Weston, formerly Miss Taylor". */
const FORMERLY = ['formerly', 'once', 'née', 'nee', 'born', 'who had been', 'who was', 'the former'];

/**
 * Words that open a clause of another subject between a name and a place ("that his master had
 * been shot at", "because she", "when they"); "who" and "which" go on with the name before them.
 */
const OTHER_CLAUSE = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'that',
  'because',
  'when',
  'while',
  'although',
  'though',
  'if',
  'until',
  'whether',
]);
/** Verbs that report a clause: "whom Gran had said was ...", "the Magpie says the man ... is in". */
const REPORTING_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'thought',
  'thinks',
  'knew',
  'knows',
  'believed',
  'believes',
  'supposed',
  'heard',
  'swore',
  'swears',
]);
/** Words between a subject and its verb: "had said", "would swear". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will', 'did', 'does']);
/** The reported clause's own verb. */
const CLAUSE_VERBS = new Set(['was', 'is', 'were', 'are']);

/**
 * "whom Gran had said was the only man who had ever been into the Lantern Wood": the words from
 * the subject to the place open with a verb that reports a clause, and that clause's own verb comes
 * before the place: the place is the reported clause's, not the subject's.
 */
function reportsAClause(between: readonly Token[]): boolean {
  let k = 0;
  while (AUXILIARIES.has(between[k]?.lower ?? '')) k++;
  if (!REPORTING_VERBS.has(between[k]?.lower ?? '')) return false;
  return between.slice(k + 1).some((t) => CLAUSE_VERBS.has(t.lower));
}

/** Words of age or size between a possessive pronoun and a kin word: "her little brother". */
const KIN_AGES = new Set([
  'little',
  'baby',
  'big',
  'elder',
  'older',
  'younger',
  'eldest',
  'youngest',
  'twin',
]);

/** Between a kin word and the name it states: "Her father was Nat Vane". */
const COPULAS = new Set(['was', 'is']);
const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'to', 'reached', 'visited']);
/** Verbs by which the one named sends another somewhere and stays: "Harrow sent me to Fore Street". */
const SENDING = new Set(['sent', 'despatched', 'dispatched', 'ordered', 'packed']);
const MEMBERSHIP = new Set(['of', 'in', 'joined', 'from']);

/**
 * Whether two entities are joined already by a relation the text states (co-occurrence and places
 * aside), either way round: the kin read later from speech or narration leave such pairs alone.
 */
export function alreadyTied(relations: readonly ExtractedRelation[]): (a: string, b: string) => boolean {
  const pair = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const tied = new Set(
    relations
      .filter((r) => r.type !== 'co_occurs' && r.type !== 'located_in')
      .map((r) => pair(r.sourceKey, r.targetKey)),
  );
  return (a, b) => tied.has(pair(a, b));
}

/** What a kin word says: the relation's type, its label, and whether it runs from the named person. */
export interface Kin {
  type: RelationType;
  label: string;
  reverse: boolean;
}

/**
 * The relation a kin word states between the one it belongs to (the source: "his", "X's") and the
 * one it names (the target). The label says what the relation's target is to its source, so a
 * reversed relation takes the other side's word.
 */
export function kinType(noun: string): Kin | undefined {
  const kin = KIN_NOUNS[noun];
  if (kin === undefined) return undefined;
  switch (kin.type) {
    case 'parent':
      // "his father X": X is the parent of him, and he is X's child.
      return { type: 'parent_of', label: 'child', reverse: true };
    case 'child':
      return { type: 'parent_of', label: kin.label, reverse: false };
    case 'works_for':
      // "his servant X": X works for him, his employer.
      return { type: 'works_for', label: 'employer', reverse: true };
    default:
      return { type: kin.type, label: kin.label, reverse: false };
  }
}

/** A mention's gender by its title, else by its first word as a given name. */
export function genderOfMention(m: RawMention): Gender {
  if (m.titleGender !== 'unknown') return m.titleGender;
  const first = m.words[0];
  return m.title === null && first !== undefined ? givenNameGender(first.toLowerCase()) : 'unknown';
}

/**
 * An appositive name closes with punctuation: "his friend, Mr. Wickham, who..." but not "her sister,
 * Elizabeth was..."; or goes on with where the person is of ("her cousin, Captain Vane of the
 * Forty-Third").
 */
function closesApposition(tokens: readonly Token[], m: RawMention): boolean {
  const after = tokens[m.tokenTo];
  return (
    after === undefined || after.lower === 'of' || (!after.isWord && after.text !== '’' && after.text !== "'")
  );
}

/**
 * Cues in one paragraph. `mentions` are the paragraph's candidate mentions in order; `kindOf`
 * tells whether a mention is going to be a person or a place (decided after the whole text is read,
 * so patterns record both and the caller filters).
 */
export function findRelationCues(
  paragraph: Paragraph,
  mentions: RawMention[],
  paragraphIndex: number,
): RelationCue[] {
  const cues: RelationCue[] = [];
  const { tokens } = paragraph;
  const byTokenStart = new Map<number, RawMention>();
  for (const m of mentions) byTokenStart.set(m.tokenFrom, m);
  const wordAt = (i: number): Token | undefined => {
    const t = tokens[i];
    return t?.isWord ? t : undefined;
  };
  // Inside quoted speech a name after a comma is often a vocative ("His father, Miss Bennet, ...").
  const quoted = quotedTokens(tokens);
  const closes = (m: RawMention): boolean => closesApposition(tokens, m);
  const evidence = (m: RawMention) => ({
    fileIndex: m.fileIndex,
    evidenceStart: m.sentenceStart,
    evidenceEnd: m.sentenceEnd,
  });
  /** A kin word's cue between two sides, cited by the sentence of the mention that holds the word. */
  const kinCue = (
    kin: Kin,
    source: RelationCue['source'],
    target: RawMention,
    at: RawMention,
  ): RelationCue => ({
    type: kin.type,
    label: kin.label,
    reverse: kin.reverse,
    source,
    target,
    ...evidence(at),
  });

  for (let index = 0; index < mentions.length; index++) {
    const m = mustAt(mentions, index);
    const from = m.tokenFrom;
    const to = m.tokenTo; // exclusive
    const last = mustAt(tokens, to - 1);

    // "her sister Jane", "his father, Mr. X", "Her father was Nat Vane" (not "was Nat Vane's friend"),
    // "His mate on the Providence was a man called Joe Pender".
    let k = from - 1;
    const comma = tokens[k]?.text === ',';
    if (comma) k--;
    const named = comma ? k : pastNamingPhrase(tokens, k);
    const copula = !comma && !last.possessive && COPULAS.has(wordAt(named)?.lower ?? '');
    if (copula) k = pastWherePhrase(tokens, named - 1);
    const kinWord = comma && (quoted[from] || !closes(m)) ? undefined : wordAt(k);
    // "her little brother Tom", "his elder sister Anne": one word of age or size may stand between.
    const pronounWord = KIN_AGES.has(wordAt(k - 1)?.lower ?? '') ? wordAt(k - 2) : wordAt(k - 1);
    if (kinWord !== undefined && pronounWord !== undefined) {
      const kin = kinType(kinWord.lower);
      const pronoun = POSSESSIVE_PRONOUNS[pronounWord.lower];
      if (kin !== undefined && (pronoun === 'male' || pronoun === 'female')) {
        cues.push(
          kinCue(
            kin,
            { pronoun, position: pronounWord.start, fileIndex: m.fileIndex, paragraph: paragraphIndex },
            m,
            m,
          ),
        );
      }
    }

    // "John, Lord Greystoke, and Lady Alice, his wife,": a name set before "his wife" ("her
    // husband") is the spouse of the nearest name of the pronoun's gender before it in the sentence.
    const spousePronoun = tokens[to]?.text === ',' ? wordAt(to + 1) : undefined;
    const spouseWord = wordAt(to + 2);
    const spouseGender = spousePronoun !== undefined ? POSSESSIVE_PRONOUNS[spousePronoun.lower] : undefined;
    if (
      !quoted[from] &&
      spouseWord !== undefined &&
      KIN_NOUNS[spouseWord.lower]?.type === 'spouse' &&
      (spouseGender === 'male' || spouseGender === 'female') &&
      !tokens[to + 3]?.isWord
    ) {
      const partner = mentions
        .slice(0, index)
        .reverse()
        .find((e) => e.sentenceStart === m.sentenceStart && genderOfMention(e) === spouseGender);
      if (partner !== undefined)
        cues.push({ type: 'spouse', label: spouseWord.lower, source: partner, target: m, ...evidence(m) });
    }

    // "Mr. Bennet's wife, Mrs. Bennet" / "Darcy's friend Bingley"
    if (last.possessive) {
      const noun = wordAt(to);
      const kin = noun !== undefined ? kinType(noun.lower) : undefined;
      let n = qualifiedUntil(tokens, to + 1);
      const comma = tokens[n]?.text === ',';
      if (comma) n++;
      const other = byTokenStart.get(n);
      if (kin !== undefined && other !== undefined && (!comma || (closes(other) && !quoted[n]))) {
        cues.push(kinCue(kin, m, other, m));
      }
    }

    // "the Miller ... the Miller's Wife": a kin noun written as a name after a description's
    // possessive is the kin of the one the paragraph calls by that description.
    const holderWord =
      m.words.length === 2 && m.title === null ? /^(.+)['’]s$/.exec(m.words[0] ?? '')?.[1] : undefined;
    const descriptionKin = holderWord !== undefined ? kinType(mustAt(m.words, 1).toLowerCase()) : undefined;
    const holder = mentions.find(
      (h) => h.determiner && h.title === null && h.words.length === 1 && h.words[0] === holderWord,
    );
    if (descriptionKin !== undefined && holder !== undefined) cues.push(kinCue(descriptionKin, holder, m, m));

    // "Jane, Mr. Bennet's daughter" / "Jane, the sister of Mr. Bingley"
    const next = mentions[index + 1];
    if (next !== undefined && tokens[to]?.text === ',') {
      if (next.tokenFrom === to + 1 && mustAt(tokens, next.tokenTo - 1).possessive) {
        const noun = wordAt(next.tokenTo);
        const kin = noun !== undefined ? kinType(noun.lower) : undefined;
        if (kin !== undefined) cues.push(kinCue(kin, next, m, m));
      }
    }
    // "Jane, the sister of Mr. Bingley", and without the comma "Charlotte the wife of Mr. Collins".
    const gap = tokens[to]?.text === ',' ? 1 : 0;
    const the = wordAt(to + gap);
    const noun = wordAt(to + gap + 1);
    const of = wordAt(to + gap + 2);
    if (
      next !== undefined &&
      the?.lower === 'the' &&
      noun !== undefined &&
      of?.lower === 'of' &&
      next.tokenFrom === to + gap + 3
    ) {
      const kin = kinType(noun.lower);
      if (kin !== undefined) cues.push(kinCue(kin, next, m, m));
      if (TITLE_NOUNS.has(noun.lower)) {
        cues.push({ type: 'title_of', label: noun.lower, source: m, target: next, ...evidence(m) });
      }
    }

    // "Robert Fenwick had one sister, Harriet", "He had a son, Ewan", "She had two daughters, Kate and
    // Jo"; "The squire employed Tom Hale", "Sam Riddle worked for Mr. Tilney".
    for (const read of [readHadKin, readEmployment])
      for (const { kin, source, named } of statedTies(tokens, mentions, index, paragraphIndex, read))
        cues.push(kinCue(kin, source, named, m));

    // "Miss Taylor married Mr. Weston", "Mr. Weston was married to Miss Taylor", "My sister
    // Florence was married in June to a Mr. Charles Merrow".
    const wordsToNext = next === undefined ? null : wordsOf(tokens, to, next.tokenFrom);
    if (
      next !== undefined &&
      next.sentenceStart === m.sentenceStart &&
      wordsToNext !== null &&
      (MARRIED.includes(wordsToNext) || MARRIED_WHEN.test(wordsToNext))
    )
      cues.push({ type: 'spouse', label: 'married', source: m, target: next, ...evidence(m) });

    // "That spring Jacob Kitto married her": the one married is the pronoun's, whom the shared
    // resolver finds (the sentence's subject is not an object pronoun's); "married her sister"
    // is left alone.
    const wedVerb = wordAt(to);
    const wedObject = wordAt(to + 1);
    const afterObject = tokens[to + 2];
    if (
      !quoted[from] &&
      !last.possessive &&
      wedVerb !== undefined &&
      (wedVerb.lower === 'married' || wedVerb.lower === 'wed') &&
      (wedObject?.lower === 'her' || wedObject?.lower === 'him') &&
      (afterObject === undefined || !afterObject.isWord)
    ) {
      cues.push({
        type: 'spouse',
        label: 'married',
        source: {
          pronoun: wedObject.lower === 'her' ? 'female' : 'male',
          position: wedObject.start,
          fileIndex: m.fileIndex,
          paragraph: paragraphIndex,
        },
        target: m,
        ...evidence(m),
      });
    }

    // "Ruth and Daniel were married in June": a couple joined by "and", then the verb.
    if (
      next !== undefined &&
      next.sentenceStart === m.sentenceStart &&
      wordsBetween(tokens, to, next.tokenFrom, ['and']) &&
      (wordsBetween(tokens, next.tokenTo, next.tokenTo + 1, ['married']) ||
        wordsBetween(tokens, next.tokenTo, next.tokenTo + 2, COUPLE_MARRIED))
    )
      cues.push({ type: 'spouse', label: 'married', source: m, target: next, ...evidence(m) });

    // "Miss Sayle wrote to us ... She was married at St. Pancras to Mr. Arthur Tarrant": "she" at
    // the sentence's opening is the woman the paragraph last named with a woman's title.
    const bride = sheMarriedTo(paragraph, mentions, index);
    if (bride !== undefined)
      cues.push({ type: 'spouse', label: 'married', source: bride, target: m, ...evidence(m) });

    // "Mr. and Mrs. Gardiner": a married couple.
    if (m.partner !== undefined && m.partner.titleGender !== m.titleGender) {
      const husband = m.titleGender === 'male' ? m : m.partner;
      const wife = husband === m ? m.partner : m;
      cues.push({ type: 'spouse', label: 'wife', source: husband, target: wife, ...evidence(m) });
    }

    // "Sir William Lucas of Lucas Lodge"
    if (next !== undefined && wordAt(to)?.lower === 'of' && next.tokenFrom === to + 1) {
      cues.push({ type: 'located_in', label: 'of', source: m, target: next, ...evidence(m) });
    }

    // People in places and groups: the nearest earlier name in the sentence, then
    // "in/at/to <place>", "of <place>", "of the <organisation>", "joined the <organisation>".
    let prep = wordAt(from - 1);
    if (prep?.lower === 'the') prep = wordAt(from - 2);
    const subject = mentions[index - 1];
    const between = subject === undefined ? [] : tokens.slice(subject.tokenTo, from).filter((t) => t.isWord);
    // "Dowd told her that his master had been shot at Kandahar": the place is another clause's.
    // '"Captain Dancy," said Crale, "what was the name of the nurse at Hythe?"': the speaker is not
    // the subject of the words he speaks; '"Pocock, take us to Queen's Terrace"': nor is a name
    // spoken to; "whom Gran had said was the only man ... into the Lantern Wood": nor one who reports.
    // "Harrow sent me to Fore Street": the one sent is in the place, not the sender.
    const ownClause =
      !between.some((t) => OTHER_CLAUSE.has(t.lower) || SENDING.has(t.lower)) &&
      !reportsAClause(between) &&
      (subject === undefined ||
        ((quoted[subject.tokenFrom] === true) === (quoted[from] === true) && subject.spokenTo !== true));
    // "married at Haltwhistle, at St. Cuthbert's": a second phrase of the same preposition narrows
    // or lists, and does not hold the first.
    const parallel =
      subject !== undefined && prep !== undefined && wordAt(subject.tokenFrom - 1)?.lower === prep.lower;
    // "Harrow had a gift for making old men talk, and the old men of Kessing were glad": after "and",
    // "of" belongs to the noun the new phrase brings in, not to the name before it; so does any
    // place after "and the" ("he remembered Crane on the river bank, and the bills on every wall in
    // Lancashire"), unless a verb "to be" makes the phrase the name's own ("Charlotte was twenty-six,
    // and the elder of two sisters who had lived ... in the Market Place").
    const ofAnotherNoun = between.some(
      (t, i) =>
        t.lower === 'and' &&
        (prep?.lower === 'of' ||
          (between[i + 1]?.lower === 'the' && !between.some((w) => CLAUSE_VERBS.has(w.lower)))),
    );
    // "a return half from London Bridge to Dover": a journey's two ends, neither in the other.
    const route =
      prep?.lower === 'to' && subject !== undefined && wordAt(subject.tokenFrom - 1)?.lower === 'from';
    // "Mr. Lowther's clerk ... wrote to a firm in Lincoln's Inn", "Mrs. Lindsay's youngest son was
    // killed ... at Aldershot": a name in the possessive is not the subject; what it owns is (a
    // place's own possessive, "at St Aldhelm's", is still a place).
    if (
      prep !== undefined &&
      subject !== undefined &&
      subject.sentenceStart === m.sentenceStart &&
      ownClause &&
      !ofAnotherNoun &&
      !route &&
      !mustAt(tokens, subject.tokenTo - 1).possessive
    ) {
      if ((LOCATIVE.has(prep.lower) || prep.lower === 'of') && !parallel) {
        const adjacent = between.length <= 2 && between[0] === prep;
        cues.push({
          type: 'located_in',
          label: prep.lower,
          source: subject,
          target: m,
          adjacent,
          ...evidence(m),
        });
      }
      if (MEMBERSHIP.has(prep.lower)) {
        cues.push({ type: 'member_of', label: prep.lower, source: subject, target: m, ...evidence(m) });
      }
    }
  }
  for (const m of mentions) {
    const cue = kinNamedNext(tokens, mentions, m);
    if (cue !== undefined && !quoted[m.tokenFrom]) cues.push(cue);
  }
  return cues;
}

const ARTICLES = new Set(['a', 'an']);

/** "was a man called Joe Pender": the index before "a man called" ending at `k`, else `k`. */
function pastNamingPhrase(tokens: readonly Token[], k: number): number {
  const [article, noun, verb] = [tokens[k - 2], tokens[k - 1], tokens[k]];
  const naming = verb?.lower === 'called' || verb?.lower === 'named';
  return naming && noun?.isWord === true && !noun.capitalized && ARTICLES.has(article?.lower ?? '')
    ? k - 3
    : k;
}

/** Prepositions of a phrase saying where a kin word holds: "His mate on the Providence". */
const WHERE = new Set(['on', 'aboard', 'at', 'of']);

/** "mate on the Providence": the index before "on the Providence" ending at `k`, else `k`. */
function pastWherePhrase(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i > k - 3 && tokens[i]?.isWord === true && mustAt(tokens, i).capitalized) i--;
  return i < k && tokens[i]?.lower === 'the' && WHERE.has(tokens[i - 1]?.lower ?? '') ? i - 2 : k;
}

/**
 * "Robert came home in December, with a wife nobody had met. Her name was Claire": a kin word after
 * "a" or "an" (a few words may describe the kin between), with no name after it, named at the next
 * sentence's opening by "Her name was" ("His name is"), the pronoun of the kin's gender, is the kin
 * of the one person the sentence names before the kin word. Both sentences are the evidence.
 */
function kinNamedNext(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  named: RawMention,
): RelationCue | undefined {
  const [pronoun, noun, verb] = [
    tokens[named.tokenFrom - 3],
    tokens[named.tokenFrom - 2],
    tokens[named.tokenFrom - 1],
  ];
  if (pronoun === undefined || noun?.lower !== 'name' || (verb?.lower !== 'was' && verb?.lower !== 'is'))
    return undefined;
  const gender = POSSESSIVE_PRONOUNS[pronoun.lower];
  if ((gender !== 'male' && gender !== 'female') || pronoun.start !== named.sentenceStart) return undefined;
  // The sentence before: back from the pronoun to the previous sentence's end.
  const opening = named.tokenFrom - 3;
  let from = opening - 1;
  while (from > 0 && !['.', '!', '?'].includes(mustAt(tokens, from - 1).text)) from--;
  for (let k = opening - 1; k >= from; k--) {
    const kin = kinType(tokens[k]?.lower ?? '');
    if (kin === undefined || nounGender(KIN_NOUNS[mustAt(tokens, k).lower]?.label ?? '') !== gender) continue;
    const next = tokens[k + 1];
    if (next?.isWord === true && next.capitalized) return undefined;
    let a = k - 1;
    while (a >= from && a >= k - 4 && !ARTICLES.has(tokens[a]?.lower ?? '')) {
      if (tokens[a]?.isWord !== true || mustAt(tokens, a).capitalized) return undefined;
      a--;
    }
    if (!ARTICLES.has(tokens[a]?.lower ?? '')) return undefined;
    const owners = mentions.filter((m) => m.tokenFrom >= from && m.tokenTo <= a);
    const [owner] = owners;
    if (owner === undefined || owners.some((m) => m.form !== owner.form)) return undefined;
    return {
      type: kin.type,
      label: kin.label,
      reverse: kin.reverse,
      source: owner,
      target: named,
      fileIndex: named.fileIndex,
      evidenceStart: owner.sentenceStart,
      evidenceEnd: named.sentenceEnd,
    };
  }
  return undefined;
}

/**
 * Kin named by a pronoun alone, of the sentence's named subject: "Ingrid kissed her brother". Who
 * the kin is, the names decide once they are people: the one other person of the kin's gender the
 * paragraph has named in a sentence before ('"It's a reasonable question, Aksel." Ingrid kissed her
 * brother'); one named only after ("Joe carried his son, and Grandfather held him") is not, and one
 * the sentence itself names leaves it open, as a pronoun would stand for the kin there ("Elizabeth
 * had settled it that Mr. Darcy would bring his sister").
 */
export interface UnnamedKinCue {
  subject: RawMention;
  kin: Kin;
  /** The kin's gender by its word ("brother" a man, "cousin" either). */
  gender: Gender;
  /** The possessive pronoun's. */
  pronoun: Gender;
  /** The paragraph's other names before the kin word, the kin among them. */
  among: RawMention[];
  fileIndex: number;
  evidenceStart: number;
  evidenceEnd: number;
}

/** The kin types "Ingrid kissed her brother" may state (a friend or a servant is no family's). */
const FAMILY_TYPES = new Set<RelationType>(['sibling', 'spouse', 'parent_of', 'family']);

/**
 * "Ingrid kissed her brother", "Tom turned to his father": a name, one to three words in lower
 * case, a possessive pronoun of the name's gender and a kin word with no name after it.
 */
export function findUnnamedKin(paragraph: Paragraph, mentions: RawMention[]): UnnamedKinCue[] {
  const found: UnnamedKinCue[] = [];
  const { tokens } = paragraph;
  const quoted = quotedTokens(tokens);
  for (const m of mentions) {
    if (quoted[m.tokenFrom] === true || mustAt(tokens, m.tokenTo - 1).possessive) continue;
    let k = m.tokenTo;
    while (k < m.tokenTo + 3 && tokens[k]?.isWord === true && !mustAt(tokens, k).capitalized) {
      if (POSSESSIVE_PRONOUNS[mustAt(tokens, k).lower] !== undefined) break;
      k++;
    }
    const pronoun = tokens[k];
    const noun = tokens[k + 1];
    const after = tokens[k + 2];
    if (k === m.tokenTo || pronoun === undefined || noun === undefined || !noun.isWord || noun.possessive)
      continue;
    const pronounGender = POSSESSIVE_PRONOUNS[pronoun.lower];
    const gender = genderOfMention(m);
    if (pronounGender !== 'male' && pronounGender !== 'female') continue;
    if (gender !== 'unknown' && gender !== pronounGender) continue;
    if (after?.isWord === true && after.capitalized) continue;
    const kin = kinType(noun.lower);
    if (kin === undefined || !FAMILY_TYPES.has(kin.type)) continue;
    const label = KIN_NOUNS[noun.lower]?.label ?? '';
    found.push({
      subject: m,
      kin,
      gender: nounGender(label),
      pronoun: pronounGender,
      among: mentions.filter((other) => other.tokenTo <= k && other.form !== m.form),
      fileIndex: m.fileIndex,
      evidenceStart: m.sentenceStart,
      evidenceEnd: m.sentenceEnd,
    });
  }
  return found;
}

/** Words that count the kin or workers named after them ("two daughters, Kate and Jo"). */
const COUNT = '(?: (?:a|an|one|only|two|three|four|five|six|seven|eight|nine|ten))';

/**
 * Between a person and the kin the text says they have: "had one sister,", "has an elder brother
 * called", "had two daughters,", "was a widower with two children:".
 */
const HAD_KIN = new RegExp(
  `^(?:had|has|(?:was|is) an? [a-z]+ with)((?:${COUNT}| (?:elder|older|younger|little|baby|big|twin|half))*) ([a-z]+)(?: (?:named|called))?$`,
);

/** Between an employer and whom they employ: "employed", "hired two men,". */
const EMPLOYED = new RegExp(`^(?:had )?(?:employed|hired)(${COUNT}* [a-z]+)?$`);

/** Between one who works and their employer: "worked for", "was in the service of". */
const WORKED_FOR =
  /^(?:(?:worked|works|had worked) for|(?:was|had been) employed by|(?:(?:was|had been) )?in the service of|(?:entered|went into) the service of)$/;

/** A stated tie read from the words between its two sides, and how many names it counts. */
interface Tie {
  kin: Kin;
  count: number;
}

/** The number a counted phrase gives ("two daughters"), else one. */
function countOf(phrase: string): number {
  return phrase.split(' ').reduce((n, word) => numberWord(word) ?? n, 1);
}

function readHadKin(words: string): Tie | undefined {
  const phrase = HAD_KIN.exec(words);
  const kin = phrase?.[2] !== undefined ? kinType(phrase[2]) : undefined;
  return kin === undefined ? undefined : { kin, count: countOf(phrase?.[1] ?? '') };
}

/** "employed Sam Riddle": the one named works for the subject; "worked for Mr. Tilney": the subject for the one named. */
function readEmployment(words: string): Tie | undefined {
  const employed = EMPLOYED.exec(words);
  if (employed !== null)
    return {
      kin: { type: 'works_for', label: 'employer', reverse: true },
      count: countOf(employed[1] ?? ''),
    };
  return WORKED_FOR.test(words)
    ? { kin: { type: 'works_for', label: 'employer', reverse: false }, count: 1 }
    : undefined;
}

/** A subject pronoun before a stated tie: "He had a son, Ewan". */
const SUBJECT_PRONOUNS: Record<string, Gender> = { he: 'male', she: 'female' };

/**
 * The ties `read` finds stated of the name at `index`: the subject is the name before in the sentence
 * ("Robert Fenwick had one sister, Harriet") or a subject pronoun a few words before ("He had a son,
 * Ewan"). A count ("two daughters") names as many, joined by "and" or commas ("Kate and Jo").
 */
function statedTies(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  index: number,
  paragraphIndex: number,
  read: (words: string) => Tie | undefined,
): Array<{ kin: Kin; source: RelationCue['source']; named: RawMention }> {
  const first = mustAt(mentions, index);
  // "two children: Rose and Tom": a colon may stand where a comma does.
  const end = tokens[first.tokenFrom - 1]?.text === ':' ? first.tokenFrom - 1 : first.tokenFrom;
  const before = mentions[index - 1];
  const tieAfter = (from: number): Tie | undefined => {
    const words = wordsOf(tokens, from, end);
    return words === null ? undefined : read(words);
  };
  let source: RelationCue['source'] | undefined;
  let tie = before?.sentenceStart === first.sentenceStart ? tieAfter(before.tokenTo) : undefined;
  if (tie !== undefined) source = before;
  // The pronoun within a few words before the name, in its sentence.
  for (let k = end - 1; k >= Math.max(1, end - 8) && source === undefined; k--) {
    const pronoun = SUBJECT_PRONOUNS[tokens[k - 1]?.lower ?? ''];
    const at = mustAt(tokens, k - 1);
    if (pronoun === undefined || at.start < first.sentenceStart) continue;
    tie = tieAfter(k);
    if (tie !== undefined)
      source = { pronoun, position: at.start, fileIndex: first.fileIndex, paragraph: paragraphIndex };
  }
  if (tie === undefined || source === undefined) return [];
  const named = [first];
  for (let i = index + 1; i < mentions.length && named.length < tie.count; i++) {
    const next = mustAt(mentions, i);
    const joint = wordsOf(tokens, mustAt(mentions, i - 1).tokenTo, next.tokenFrom);
    if (joint !== '' && joint !== 'and') break;
    named.push(next);
  }
  const { kin } = tie;
  const ties = named.map((m) => ({ kin, source, named: m }));
  // "two children: Rose, who was twenty, and a son, Peter": a later "and a son," of the sentence
  // names one more of the same subject's.
  for (const later of mentions.slice(index + named.length)) {
    if (later.sentenceStart !== first.sentenceStart) break;
    const [and, article, noun, comma] = tokens.slice(later.tokenFrom - 4, later.tokenFrom);
    const more = kinType(noun?.lower ?? '');
    if (
      and?.lower === 'and' &&
      ARTICLES.has(article?.lower ?? '') &&
      comma?.text === ',' &&
      more !== undefined
    )
      ties.push({ kin: more, source, named: later });
  }
  return ties;
}

/** Words that open a phrase telling which side a kin word is on ("cousin on her mother's side, "). */
const KIN_QUALIFIERS = new Set(['on', 'by', 'from']);

/**
 * "Margaret's cousin on her mother's side, Captain Vane": the index of the comma that closes a short
 * phrase set after a kin word, or `from` itself when no such phrase stands there.
 */
function qualifiedUntil(tokens: readonly Token[], from: number): number {
  if (!KIN_QUALIFIERS.has(tokens[from]?.lower ?? '')) return from;
  for (let i = from + 1; i < tokens.length && i <= from + 6; i++) {
    const token = mustAt(tokens, i);
    if (token.text === ',') return i;
    if (!token.isWord && token.text !== '’' && token.text !== "'") return from;
  }
  return from;
}

/**
 * "The doctor's wife, Margaret Henderson,": kin named in apposition after a calling's possessive.
 * Who holds the calling the whole text decides (`extract.ts`), once every name is read.
 */
export interface CallingKinCue {
  /** The calling, normalised (`calling`): "vicar" and "Reverend" are one. */
  calling: string;
  kin: Kin;
  target: RawMention;
  fileIndex: number;
  evidenceStart: number;
  evidenceEnd: number;
}

/**
 * "The vicar's wife, Susan Pardoe,", "the doctor's son, Edmund Lyle,": "the", a lower-case calling
 * with "'s", a family word, a comma and a full name set off as an apposition, outside speech.
 */
export function findCallingKin(paragraph: Paragraph, mentions: RawMention[]): CallingKinCue[] {
  const { tokens } = paragraph;
  const quoted = quotedTokens(tokens);
  const found: CallingKinCue[] = [];
  for (const m of mentions) {
    const [the, holder, noun, comma] = tokens.slice(Math.max(0, m.tokenFrom - 4), m.tokenFrom);
    if (the?.lower !== 'the' || holder?.possessive !== true || holder.capitalized || comma?.text !== ',')
      continue;
    if (m.tokenFrom < 4 || quoted[m.tokenFrom] === true || m.words.length < 2) continue;
    if (!closesApposition(tokens, m)) continue;
    const kin = kinType(noun?.lower ?? '');
    if (kin === undefined || !FAMILY_TYPES.has(kin.type) || !isCalling(holder.lower)) continue;
    found.push({
      calling: calling(holder.lower),
      kin,
      target: m,
      fileIndex: m.fileIndex,
      evidenceStart: m.sentenceStart,
      evidenceEnd: m.sentenceEnd,
    });
  }
  return found;
}

/** Between a bride and her husband's name: "married", "married the curate," (commas aside). */
const MARRIED_TO = /^(?:married|was married to|wed)(?: the [a-z]+)?$/;

/** The word between "married" and "to" before a time or a place: "in June", "at St. Pancras". */
const MARRIED_AT = new Set(['in', 'on', 'at', 'last', 'that']);

/**
 * The woman a sentence "She was married (in June | at St. Pancras) to <the mention at index>" marries:
 * the last name before the sentence in the paragraph written with a woman's title; undefined when
 * the sentence reads otherwise or no such name comes before it.
 */
function sheMarriedTo(
  paragraph: Paragraph,
  mentions: readonly RawMention[],
  index: number,
): RawMention | undefined {
  const m = mustAt(mentions, index);
  const sentence = paragraph.sentences.find((s) => s.from <= m.tokenFrom && m.tokenFrom < s.to);
  if (sentence === undefined) return undefined;
  const before = paragraph.tokens.slice(sentence.from, m.tokenFrom);
  // Only a place's abbreviation stop ("St.") may stand among the words.
  if (before.some((t) => !t.isWord && t.text !== '.')) return undefined;
  const words = before.filter((t) => t.isWord);
  const lowers = words.map((t) => t.lower);
  const verb = lowers[1] === 'was' ? 2 : lowers[1] === 'had' && lowers[2] === 'been' ? 3 : -1;
  if (lowers[0] !== 'she' || verb < 0 || lowers[verb] !== 'married') return undefined;
  let rest = lowers.slice(verb + 1);
  if (rest.at(-1) === 'a' || rest.at(-1) === 'an') rest = rest.slice(0, -1);
  if (rest.at(-1) !== 'to') return undefined;
  const when = words.slice(verb + 1, verb + rest.length);
  // Between "married" and "to": nothing, or a preposition and one word or a capitalised name of up to three.
  const [prep, ...named] = when;
  const timeOrPlace =
    when.length === 0 ||
    (prep !== undefined &&
      MARRIED_AT.has(prep.lower) &&
      (named.length === 1 || (named.length > 1 && named.length <= 3 && named.every((t) => t.capitalized))));
  if (!timeOrPlace) return undefined;
  return mentions
    .slice(0, index)
    .findLast((w) => w.tokenTo <= sentence.from && w.titleGender === 'female' && w.title !== null);
}

/**
 * Maiden and married names of one woman, stated in one passage: "Miss Taylor, now Mrs. Weston",
 * "Harriet became Mrs. Martin", "Mrs. Weston, formerly Miss Taylor", "Mrs. Weston, the former Miss
 * Taylor" (a comma allowed either side; not a possessive second name),
 * and past the husband's name: "Phoebe married the curate, Mr. Dunn, and became Mrs. Dunn".
 */
export function findMarriedNames(paragraph: Paragraph, mentions: RawMention[]): MarriedNameCue[] {
  const found: MarriedNameCue[] = [];
  const { tokens } = paragraph;
  for (let index = 0; index + 1 < mentions.length; index++) {
    const m = mustAt(mentions, index);
    const next = mustAt(mentions, index + 1);
    if (next.sentenceStart !== m.sentenceStart) continue;
    // "Mrs. Hext, who had been Miss Prowse's governess": the name after a possessive is someone else's.
    if (mustAt(tokens, next.tokenTo - 1).possessive) continue;
    const marriedTitle = (x: RawMention) => x.title !== null && FEMALE_MARRIED.has(x.title);
    if (marriedTitle(next) && !marriedTitle(m) && wordsBetween(tokens, m.tokenTo, next.tokenFrom, BECAME))
      found.push({ maiden: m, married: next });
    else if (
      marriedTitle(m) &&
      !marriedTitle(next) &&
      wordsBetween(tokens, m.tokenTo, next.tokenFrom, FORMERLY)
    )
      found.push({ maiden: next, married: m });
    else if (
      marriedTitle(next) &&
      m.title !== null &&
      !marriedTitle(m) &&
      m.words.at(-1) === next.words.at(-1) &&
      wordsBetween(tokens, m.tokenTo, next.tokenFrom, ['and became', 'and so became', 'and was now'])
    ) {
      const bride = mentions[index - 1];
      const vow = bride ? wordsOf(tokens, bride.tokenTo, m.tokenFrom) : null;
      if (
        bride &&
        bride.sentenceStart === m.sentenceStart &&
        !marriedTitle(bride) &&
        vow &&
        MARRIED_TO.test(vow)
      )
        found.push({ maiden: bride, married: next });
    }
  }
  for (const cue of bornNames(paragraph, mentions)) found.push(cue);
  return found;
}

/** Before a woman's maiden name: "She had been born Margaret Cole", "Margaret Reid, née Margaret Cole". */
const BORN = new Set(['she had been born', 'she was born', 'née', 'nee', 'born']);

/**
 * "Margaret Reid was a small woman. She had been born Margaret Cole": a full name after "she had been
 * born" (or "née") at its sentence's opening (or right after the married name), with the given name
 * of the full name written last before it in the paragraph and another surname, is that woman's
 * maiden name.
 */
function bornNames(paragraph: Paragraph, mentions: RawMention[]): MarriedNameCue[] {
  const found: MarriedNameCue[] = [];
  const { tokens } = paragraph;
  mentions.forEach((maiden, index) => {
    if (maiden.title !== null || maiden.words.length < 2 || index === 0) return;
    const married = mustAt(mentions, index - 1);
    if (married.title !== null || married.words.length < 2) return;
    if (married.words[0] !== maiden.words[0] || married.words.at(-1) === maiden.words.at(-1)) return;
    const sentence = paragraph.sentences.find((s) => s.from <= maiden.tokenFrom && maiden.tokenFrom < s.to);
    if (sentence === undefined) return;
    const from = married.sentenceStart === maiden.sentenceStart ? married.tokenTo : sentence.from;
    const words = wordsOf(tokens, from, maiden.tokenFrom);
    if (words !== null && BORN.has(words)) found.push({ maiden, married });
  });
  return found;
}

/** The words of the tokens [from, to), commas aside; null when other punctuation is among them. */
function wordsOf(tokens: readonly Token[], from: number, to: number): string | null {
  const words: string[] = [];
  for (const token of tokens.slice(from, to)) {
    if (token.isWord) words.push(token.lower);
    else if (token.text !== ',') return null;
  }
  return words.join(' ');
}

/** The tokens [from, to) are one of the phrases, commas aside. */
function wordsBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrases: readonly string[],
): boolean {
  const words = wordsOf(tokens, from, to);
  return words !== null && phrases.includes(words);
}
