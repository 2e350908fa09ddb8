import { mustAt } from '@george/runtime/collections';
import { eitherCase, fold, type Span, STOP_WORDS, sentences, terms, words } from '@george/text';
import { PERSON_TITLES } from '../bible/lexicons.js';
import { isOutsideProse } from '../story/chapters.js';
import { chapterInText } from '../story/numbering.js';
import { citedPlace, type FileNames } from './quoted.js';
import { keyTerms, properNouns } from './text.js';
import type { BibleFact, Citation, Passage, Statement } from './types.js';

/** The retrieved passages followed by the stating passages that are not among them. */
export function withStated(retrieved: readonly Passage[], stated: readonly Statement[]): Passage[] {
  const passages = [...retrieved];
  for (const { passage } of stated) if (!passages.some((p) => p.id === passage.id)) passages.push(passage);
  return passages;
}

/** Longest quote made of two sentences. */
const MAX_QUOTE = 400;

/**
 * What a question asks for, which decides what a sentence that answers it must hold: a person
 * (who), a place (where), a time (when), a number (how many), a name (what is the name of), a
 * reason (why), an event (what happens), a line of speech (what did she say, promise, confess);
 * `other` asks for nothing in particular.
 */
export type QuestionType =
  | 'who'
  | 'where'
  | 'when'
  | 'how_many'
  | 'name'
  | 'why'
  | 'what_happens'
  | 'said'
  | 'other';

/**
 * A clause of time opening the question that is not itself asking (no auxiliary after "when":
 * "When did ..." asks when), up to the comma before the question word, after an opening phrase of
 * place or time that holds no question word ("At dinner, when he boasted, what did ... reply?").
 * Other opening clauses ("After the ball, where ...") hold no question word, so the head is found
 * without this.
 */
const LEADING_WHEN_CLAUSE =
  /^(?:(?:(?!\b(?:who|whom|whose|what|which|where|whence|when|why|how)\b)[^,?])+,\s*)?when\s+(?!(?:did|does|do|is|was|were|are|will|would|could|can|has|had|have|should|shall|must|might)\b)[^,?]+,\s*(?=(?:who|whom|whose|what|which|where|whence|when|why|how)\b)/i;

/**
 * "How did Elizabeth answer ...?", "How did the captain reply when ...?": a manner of replying asks
 * for the words of the reply, unless what is answered takes no words ("answer the door", "respond to
 * the storm").
 */
const HOW_REPLIED =
  /^how (?:did|does|do|had|has|would|will|could) [^?]{1,60}?\b(?:answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?|retort(?:ed)?|rejoin(?:ed)?)\b(?!\s+(?:to\s+)?(?:the|a|an|his|her|its|their)?\s*(?:door|bell|knock\w*|summons|signal|alarm|storm|gale|attack|blow|danger|fire|treatment)s?\b)/i;

/**
 * The question's type, from its head word (the first question word: "What did Ahab promise the man
 * who..." asks what, not who) and the words after it.
 */
export function questionType(question: string): QuestionType {
  // A clause of time set before the question ("When the stranger knocks ..., what does the maid
  // say?") places it; the question word after its comma is what asks.
  const q = question.trim().replace(LEADING_WHEN_CLAUSE, '');
  const head = /\b(who|whom|whose|what|which|where|whence|when|why|how)\b/i.exec(q);
  if (!head) return 'other';
  const word = (head[1] ?? '').toLowerCase();
  const rest = q.slice(head.index);
  if (word === 'who' || word === 'whom' || word === 'whose') return 'who';
  if (word === 'where' || word === 'whence') return 'where';
  if (word === 'when') return 'when';
  if (word === 'why') return 'why';
  if (word === 'how') {
    // A measure asked by its adjective ("How large was her fortune?", "How tall did Alice get?")
    // is answered by a number as "how many" is.
    if (
      /^how (many|much|old|long|far|often|large|small|big|little|tall|short|high|low|wide|deep|heavy|rich|valuable|expensive|young)\b/i.test(
        rest,
      )
    )
      return 'how_many';
    if (/^how come\b/i.test(rest)) return 'why';
    if (HOW_REPLIED.test(rest)) return 'said';
    return 'other';
  }
  // what / which
  if (
    /^(what|which)('s| is| was| were| are)? (the )?(full |first |last |real |christian |sur)?(names?|titles?)\b|^what (is|was|were|are) [^?]{1,60} (called|named)\b|^what did [^?]{1,60} (call|name)\b|^what name\b/i.test(
      rest,
    )
  )
    return 'name';
  if (/^(what|which) (number|sum|amount|price|age|share|wages?|salary|fee|distance)\b/i.test(rest))
    return 'how_many';
  if (/^(what|which) (time|day|date|year|month|season|hour|night|morning|evening)\b/i.test(rest))
    return 'when';
  if (
    /^(what|which) ([a-z]+ )?(place|town|city|country|island|house|room|street|inn|ship|county|village|church|hotel|mountain|port|address)\b|^what (is|was) [^?]{0,40}\baddress\b/i.test(
      rest,
    )
  )
    return 'where';
  if (/^what (made|makes|caused|causes|led)\b/i.test(rest)) return 'why';
  if (/^(which|what) (man|woman|person|character|gentleman|lady|girl|boy)\b/i.test(rest)) return 'who';
  if (
    /^what (did|does|do|had|has|would|will) [^?]{1,60}\b(say|said|tell|told|reply|replied|answer|answered|promise|promised|confess|confessed|exclaim|exclaimed|cry|cried|call out|shout|shouted|whisper|whispered)\b/i.test(
      rest,
    )
  )
    return 'said';
  // Words spoken asked for by what they were ("What strange question did the stranger put to them?").
  if (
    /^(what|which) ([a-z]+ )?(question|words|answer|reply|message|advice|warning|remark|speech)s? (did|does|do|had|has|would|will)\b/i.test(
      rest,
    )
  )
    return 'said';
  if (
    /^what (happens|happened|will happen|did [^?]{1,60} do|does [^?]{1,60} do|became|becomes)\b/i.test(rest)
  )
    return 'what_happens';
  return 'other';
}

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|score|half|twice|thrice|single|pair|couple)\b|\d|£|\$/i;
const TIME_WORDS =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|noon|midnight|dawn|sunrise|sunset|yesterday|to-?morrow|to-?day|to-?night|week|fortnight|month|year|day|hour|minutes?|o'clock|o’clock|ago|since|until|till|after|before|spring|summer|autumn|winter|christmas|easter|michaelmas|season|age of|years? old|anniversary|birthday|\d{4})\b/i;
const REASON_WORDS =
  /\b(because|since|for (he|she|they|it|i|we)\b|so that|in order to|reason|therefore|owing to|on account of|due to|that was why|that is why|as (he|she|they|it|i|we) (was|were|had|could|did)|lest|afraid|fear|wish(ed)? to|hoped?|meant to|intend(ed)?)\b/i;
/** Prepositions before a place ("to Meryton", "In the inn"). */
const PLACE_PREPOSITIONS = [
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'towards',
  'toward',
  'inside',
  'outside',
  'beyond',
  'across',
];
/**
 * The story bible's person titles, capitalised as they stand before a name: a capitalised word after
 * a preposition that is one of them makes a person ("to Miss Bennet", "to Professor Waldman"), not a
 * place.
 */
const PERSON_TITLES_BEFORE_NAMES = Object.keys(PERSON_TITLES)
  .filter((title) => title.length > 1)
  .map((title) => title[0]?.toUpperCase() + title.slice(1))
  .join('|');
/**
 * A place after a preposition: a capitalised name that is no person's title or a place noun.
 * Case-sensitive, since under the `i` flag `\p{Lu}` matches any letter and "in welcome" would read as
 * a place.
 */
const PLACE_WORDS = new RegExp(
  String.raw`\b${eitherCase(PLACE_PREPOSITIONS)} (?:${eitherCase(['the'])} )?(?:(?!(?:${PERSON_TITLES_BEFORE_NAMES})\b)\p{Lu}[\p{L}'’-]+|house|home|town|city|village|island|inn|street|road|room|hall|park|church|garden|ship|sea|river|country|county|castle|court|lane|square|shore|coast|forest|wood|mountain|cottage|lodge|hotel)\b`,
  'u',
);
const NAMING_WORDS = /\b(called|named|name|names|title|known as|styled|christened|address me as)\b/i;
/** A line of speech in quotation marks. */
const SPOKEN = /["“‘'][^"“”‘’']{8,}["”’']/;
const EVENT_WORDS =
  /\b(then|at last|at length|suddenly|immediately|afterwards|soon|finally|was (killed|married|found|taken|sent|lost)|died|married|killed|escaped|arrived|returned|left|fled|fell|found|discovered|revealed)\b/i;

/**
 * Whether a question asks about a moment of the story by a clause of time past its head ("... when
 * her head hit the roof", "... after the ball", "... before he left"), not "When did ...".
 */
export function askedAtMoment(question: string): boolean {
  return /\S.*\b(when|while|after|before|until|as soon as)\b/i.test(question.trim());
}

/** Capitalised words of a sentence that are names (a sentence's first word only when it is no function word). */
function namesIn(sentence: string): string[] {
  const found = properNouns(sentence);
  const first = /^[\s"'“‘(]*(\p{Lu}[\p{L}'’-]+)/u.exec(sentence);
  if (first?.[1] && !STOP_WORDS.has(fold(first[1])) && first[1] !== 'I') found.push(first[1]);
  return found;
}

/**
 * How well a sentence holds what the question's type asks for (0 to 1): a name not already in the
 * question for who and name-of questions, a place for where, a time for when, a number for how
 * many, a reason for why, an event for what happens.
 */
export function answerShape(
  type: QuestionType,
  sentence: string,
  question: string,
  asked: ReadonlySet<string> = new Set(terms(question)),
): number {
  const newNames = () => namesIn(sentence).filter((n) => terms(n).some((t) => !asked.has(t))).length > 0;
  switch (type) {
    case 'who':
      return newNames() ? 1 : 0;
    case 'name':
      return (
        (newNames() ? 0.6 : 0) +
        (NAMING_WORDS.test(sentence) ? 0.4 : 0) +
        (/["“‘'].+["”’']/.test(sentence) ? 0.1 : 0)
      );
    case 'where':
      return PLACE_WORDS.test(sentence) ? 1 : 0;
    case 'when':
      return TIME_WORDS.test(sentence) ? 1 : 0;
    case 'how_many': {
      // Numbers the question itself gives do not answer it.
      const numbers = words(sentence).filter((w) => NUMBER_WORDS.test(w.text) && !asked.has(fold(w.text)));
      return numbers.length > 0 ? 1 : 0;
    }
    case 'why':
      return REASON_WORDS.test(sentence) ? 1 : 0;
    case 'what_happens':
      return EVENT_WORDS.test(sentence) ? 0.5 : 0;
    case 'said':
      return SPOKEN.test(sentence) ? 1 : 0;
    default:
      return 0;
  }
}

export interface ScoredSentence {
  passage: Passage;
  rank: number;
  start: number;
  end: number;
  text: string;
  score: number;
  /** Whether the quote starts or ends where the passage cuts a sentence (shown with an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
  /** The parts its score is weighed from, for a candidate `rankSentences` made. */
  features?: SentenceFeatures;
}

/**
 * The named parts of a candidate sentence's score (`sentenceScore` weighs them), kept apart so that
 * their weights can be fitted (eval/train-sentences.mjs).
 */
export interface SentenceFeatures {
  /** The question's content words it holds, each by its rarity among the candidates (names double), and the asked entity's other names. */
  match: number;
  /** How well it holds what the question's type asks for (`answerShape`, 0 to 1); 0 when it is about nothing of the question. */
  shape: number;
  /** The question's mean term rarity among the candidates: the scale of the shape and ledger bonuses. */
  rarity: number;
  /** 1 for a sentence of at most `focusFrom` characters, less the longer it is. */
  focus: number;
  /** Whether every sentence of it is a question (`asks`). */
  asking: boolean;
  /** Whether it holds a ledger fact that answers. */
  stating: boolean;
  /** Its passage's retrieval rank (0 first). */
  rank: number;
  /** Whether the question asks how many (its shape weighs `number`). */
  counting: boolean;
  /** Whether the question asks about a moment of the story (its ledger bonus weighs `statedAtMoment`). */
  atMoment: boolean;
}

/** A candidate's lexical score: its features weighed by `weights`. */
export function sentenceScore(f: SentenceFeatures, weights = SENTENCE_WEIGHTS): number {
  const shape = (f.counting ? weights.number : weights.shape) * f.rarity * f.shape;
  const ledger = f.stating ? (f.atMoment ? weights.statedAtMoment : weights.stated) * f.rarity : 0;
  const telling = f.asking ? weights.asking : 1;
  return (f.match + shape) * f.focus * telling + ledger + weights.rank / (1 + f.rank);
}

/**
 * Weights of the sentence score's parts, chosen on the tuned chat set only (eval/chat.mjs; bge int8,
 * ~1,200-character passages): trusting the retrieval rank (3) and quoting the answer with ~300
 * characters of context raised the first-three rate from 24 to 30 of 49; the shape bonus is neutral
 * there (the same rate with 0 or 1) and kept for the types it was built for.
 */
export const SENTENCE_WEIGHTS = {
  /** Added, times the question's mean term rarity, to a sentence of the asked type. */
  shape: 1,
  /**
   * `shape` for a how-many question: a number not in the question is the answer itself, where the
   * other types' shapes (a capitalised word, a preposition before a place) only hint at one. Chosen
   * on the tuned sets (eval/chat.mjs --tuned): 1 -> 3 raised the first citation 30 -> 31 of 70
   * tuned and 13 -> 14 of 45 dev (1.5 to 4 replayed, highest from 3); the shape at 2 for every type
   * instead lost a question of tuned and of dev.
   */
  number: 3,
  /** A name of the entity asked about (any alias) counts like a matched name. */
  entity: 1,
  /** Prior of the passage's retrieval rank: weight / (1 + rank). */
  rank: 3,
  /**
   * Added, times the question's mean term rarity, to a sentence holding a ledger fact that answers:
   * enough to lead over a sentence that only repeats the question's names (4 and 8 the same on the
   * tuned set; 8 also when the fact's sentence names its character by pronoun).
   */
  stated: 8,
  /**
   * `stated` for a question asked of a moment of the story ("How tall did Alice get when her head
   * hit the roof?", "Who pulled the oar when the boat was first lowered?"): the ledger matches the
   * kind of fact asked (a size, an occupation), stated at any moment, so its sentence leads only
   * over one that holds little of the question's own words. 8 -> 4 raised the first citation 31 ->
   * 32 of 70 tuned and 14 -> 15 of 45 dev (eval/chat.mjs --tuned); 2 to 6 replayed, the same or
   * less. `stated` at 4 for every question did as well there but lost the miller's "He was a stout,
   * grey man of sixty" for "How old is Thomas Reed?" (test/routes/chat-series.test.ts).
   */
  statedAtMoment: 4,
  /** A quote longer than this many characters scores less, by its excess over `focusScale`. */
  focusFrom: 300,
  focusScale: 600,
  /** Characters of context the answer sentence is quoted with, whole sentences before and after. */
  context: 300,
  /**
   * How many of the best candidates after the lead its quote takes in when its own passage holds
   * them beside or across the quote's edge, or at most `adjoiningGap` characters of whole sentences
   * past it (`withAdjoining`), and the longest quote that makes. Chosen leave one tuned set out
   * (eval/train-quote.mjs, 6 December, thirtieth session): 2 and 0 -> 12 and 400 (chosen on 12 of
   * 13 folds) raised the first three 286 -> 290 of 533, 3 sets up, none down; the lead quote's mean
   * length 683 -> 765 characters.
   */
  adjoining: 12,
  adjoiningChars: 900,
  adjoiningGap: 400,
  /**
   * The longest lead quote of a question of what someone said or did, grown forward over its passage
   * (`withSceneAfter`). Chosen on the tuned sets (eval/chat.mjs --tuned, replayed over stored
   * retrievals, twenty-fourth session): 900 raised scene 8's first three 21 -> 22 of 40, 1,200 (a
   * passage's length) and 1,500 to 23; no other set changed.
   */
  sceneChars: 1200,
  /**
   * The most a lead quote of a question told at length grows backwards over the speech it opens
   * with (`withSpeechBefore`): half a passage. Chosen on the tuned sets (eval/chat.mjs --tuned,
   * replayed over stored retrievals, twenty-sixth session): 600 and 1,200 the same (tuned 51 -> 52
   * of 70, described 9 22 -> 23 of 40, no set lower); a speech of 478 characters stands before one
   * of the two.
   */
  speechBeforeChars: 600,
  /**
   * Added, times the cosine, to each of the best `meaningCandidates` candidates (no two overlapping:
   * `meaningCandidates()`): their closeness in meaning to the question by the embedding model
   * (chosen on the tuned set, bge int8: the first three citations 47 -> 51 of 70 with 12, 16 or 20
   * candidates at a weight of 20; 12 embed fastest).
   */
  meaning: 20,
  meaningCandidates: 12,
  /**
   * The meaning's weight in place of `meaning` for a question that names no one (no entity of the
   * story bible, no capitalised name: "Is the one-legged skipper married?"): its shared words are
   * common ones, a poor judge of the sentence that answers, so the closeness in meaning decides
   * among the candidates. Chosen on the tuned sets (eval/chat.mjs; docs/quality/chat.md): 20, 40,
   * 60, 80, 100, 150 and 300 compared, 80 and over the same.
   */
  meaningUnnamed: 100,
  /**
   * How much more than the last supporting passage's best sentence the best candidate outside the
   * lead's quote must score to take that passage's place (`runnerUpQuote`). Chosen on the tuned sets
   * (eval/chat.mjs --tuned, replayed over stored retrievals): from 7 to 12 the first three rose 52 ->
   * 53 of 70 tuned and 7 -> 8 of 30 paraphrased 3 with no set lower; at 6 or less dev lost a question
   * (at 0, five), at 14 the tuned gain was gone.
   */
  secondQuote: 10,
  /**
   * Factor on the shared words and the shape of a candidate whose every sentence is a question
   * (`asks`). Chosen on the tuned sets (eval/chat.mjs --tuned, 5 December, twentieth session): 0 and
   * 0.5 raised the first citation 8 -> 9 of 40 paraphrased and 5 -> 6 of 30 paraphrased 3, no set
   * lower; 0.75 only the first; a candidate merely ending in a question lost a dev question.
   */
  asking: 0.5,
  /**
   * How much a supporting passage's place by its best candidate (`supportOrder`) counts beside its
   * retrieval place. Chosen leave one tuned set out (eval/train-support.mjs, 6 December,
   * thirtieth session): the first three 281 -> 286 of 533 with 0.5 chosen on every fold (6 sets up, 2
   * down); on all sets 0.25 283, 1 282, 2 274, the best candidate's place alone 261.
   */
  supportByBest: 0.5,
};

/**
 * Whether a text ends in a question mark (closing quotation marks and brackets aside): "‘What are
 * tarts made of?’". A sentence of the book that asks repeats the reader's question's words without
 * answering it; its answer, when the book gives one, is the sentence after it ("‘Pepper, mostly,’
 * said the cook."), so a candidate is read as asking only when each of its sentences asks, and the
 * question with its reply is not.
 */
function asks(text: string): boolean {
  return /\?[\s"'’”)\]_*]*$/u.test(text);
}

/**
 * The candidates to compare in meaning: the best `count` of which none overlaps a better one. A
 * sentence and the two-sentence candidates that hold it read alike to the embedder, so letting them
 * all in spends the comparison on one passage's few lines (measured, eval/chat.mjs --tuned: first
 * three 51 / 30 / 15 -> 50 / 32 / 16 on the tuned / dev / paraphrased sets, first citation 28 / 12
 * / 5 -> 29 / 13 / 7, for the same twelve embedded).
 */
export function meaningCandidates(ranked: readonly ScoredSentence[], count: number): ScoredSentence[] {
  const chosen: ScoredSentence[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= count) break;
    const overlaps = chosen.some(
      (c) =>
        c.passage.fileId === candidate.passage.fileId && c.start < candidate.end && c.end > candidate.start,
    );
    if (!overlaps) chosen.push(candidate);
  }
  return chosen;
}

/**
 * The candidates compared in meaning (`compared`, each with its cosine to the question in
 * `closeness`) re-ranked with that closeness added, times `weight`, ahead of the rest, which follow
 * as they were.
 */
export function withMeaning(
  ranked: readonly ScoredSentence[],
  compared: readonly ScoredSentence[],
  closeness: readonly number[],
  weight = SENTENCE_WEIGHTS.meaning,
): ScoredSentence[] {
  const head = compared
    .map((s, i) => ({ ...s, score: s.score + weight * (closeness[i] ?? 0) }))
    .sort((a, b) => b.score - a.score);
  const kept = new Set(compared);
  return [...head, ...ranked.filter((s) => !kept.has(s))];
}

/**
 * The answer sentence with the sentences around it in its passage, up to about `chars` more
 * characters (split before and after), so that it reads on its own; cut passage edges stay marked.
 */
export function withContext(s: ScoredSentence, chars: number): ScoredSentence {
  const text = s.passage.text;
  const spans = sentences(text);
  const from = s.start - s.passage.start;
  const to = s.end - s.passage.start;
  let first = spans.findIndex((x) => x.start >= from);
  let last = spans.findLastIndex((x) => x.end <= to);
  if (first < 0 || last < first) return s;
  let budget = chars;
  for (let grew = true; grew; ) {
    grew = false;
    const before = spans[first - 1];
    if (before && !isOutsideProse(text, before) && before.end - before.start <= budget / 2 + 1) {
      budget -= before.end - before.start;
      first -= 1;
      grew = true;
    }
    const after = spans[last + 1];
    if (after && !isOutsideProse(text, after) && after.end - after.start <= budget) {
      budget -= after.end - after.start;
      last += 1;
      grew = true;
    }
  }
  const start = spans[first]?.start ?? from;
  const end = spans[last]?.end ?? to;
  return {
    ...s,
    start: s.passage.start + start,
    end: s.passage.start + end,
    text: text.slice(start, end),
    cutStart: s.cutStart || (first === 0 && cutAtStart(text, spans[0])),
    cutEnd: s.cutEnd || (last === spans.length - 1 && cutAtEnd(text, spans[last])),
  };
}

/**
 * The lead's quote grown to take in the best candidates after the lead (the next `count` of
 * `ranked`) that its own passage holds right beside or across the quote's edge, or at most `gap`
 * characters of whole sentences past it (taken in too; no heading crossed): the context around
 * the answer sentence is cut by length, and the sentence just past the cut is often the one that
 * answers ("...it was not easy to know when the race was over." stops before "At last the Dodo
 * said, 'EVERYBODY has won'"). At most `maxChars` long.
 */
export function withAdjoining(
  lead: ScoredSentence,
  ranked: readonly ScoredSentence[],
  count: number,
  maxChars: number,
  gap = 0,
): ScoredSentence {
  const text = lead.passage.text;
  const between = (from: number, to: number) =>
    text.slice(from - lead.passage.start, to - lead.passage.start);
  // Whether the text from `from` to `to` is at most `gap` characters of whole prose sentences.
  const bridged = (from: number, to: number) =>
    to <= from ||
    /^\s*$/.test(between(from, to)) ||
    (to - from <= gap &&
      !sentences(text).some(
        (x) =>
          x.end > from - lead.passage.start && x.start < to - lead.passage.start && isOutsideProse(text, x),
      ));
  let grown = lead;
  for (const c of ranked.slice(0, count)) {
    if (c.passage.id !== lead.passage.id) continue;
    const touches = bridged(grown.end, c.start) && bridged(c.end, grown.start);
    const start = Math.min(grown.start, c.start);
    const end = Math.max(grown.end, c.end);
    if (!touches || (start === grown.start && end === grown.end) || end - start > maxChars) continue;
    grown = {
      ...grown,
      start,
      end,
      text: between(start, end),
      cutStart: start < grown.start ? c.cutStart : grown.cutStart,
      cutEnd: end > grown.end ? c.cutEnd : grown.cutEnd,
    };
  }
  return grown;
}

/**
 * The question types whose lead quote grows forward over its passage (`withSceneAfter`): what was
 * said or done, a reason, and questions of no type. Their answer sentence is chosen by the words it
 * shares with the question, which the sentence that sets the scene shares too; the answer, sharing
 * few, follows it ("...it made me angry to see the easy way in which Mr. Windibank took it all." is
 * two sentences before "Yes, my stepfather."). A type with a shape to check (a number, a place, a
 * name, a time) picks the sentence that holds it.
 */
const TOLD_AT_LENGTH: ReadonlySet<QuestionType> = new Set(['said', 'what_happens', 'why', 'other']);

/**
 * For a question told at length (`TOLD_AT_LENGTH`), the lead quote grown forward over the whole sentences
 * its passage holds after it, up to `maxChars` long: the narration that sets a scene (who is there,
 * where, what is going on) shares the question's words, and the speech or the deed asked for
 * follows it, sharing few. No heading is crossed.
 */
export function withSceneAfter(lead: ScoredSentence, maxChars: number): ScoredSentence {
  const text = lead.passage.text;
  const from = lead.start - lead.passage.start;
  const spans = sentences(text);
  let grown = lead;
  for (const [i, span] of spans.entries()) {
    if (span.start < grown.end - lead.passage.start) continue;
    if (span.end - from > maxChars || isOutsideProse(text, span)) break;
    grown = {
      ...grown,
      end: lead.passage.start + span.end,
      text: text.slice(from, span.end),
      cutEnd: i === spans.length - 1 && cutAtEnd(text, span),
    };
  }
  return grown;
}

/** A sentence that opens with a line of speech: a reply, read with what it answers. */
const OPENS_WITH_SPEECH = /^[\s_*]*["“‘']/u;

/**
 * For a question told at length (`TOLD_AT_LENGTH`), the lead quote grown backwards over the whole
 * sentences before it while its first sentence opens with a line of speech (`OPENS_WITH_SPEECH`),
 * adding at most `maxChars`: the cry the question's words chose ("'Huzza! huzza!' cried the
 * seamen, as ... they hailed the act of nailing the gold to the mast.") answers the speech just
 * before it, which is what was asked ("... raises me a white-headed whale ..."). No heading is
 * crossed.
 */
export function withSpeechBefore(lead: ScoredSentence, maxChars: number): ScoredSentence {
  const text = lead.passage.text;
  const from = lead.start - lead.passage.start;
  const to = lead.end - lead.passage.start;
  const spans = sentences(text);
  let first = spans.findIndex((x) => x.start >= from);
  let grown = lead;
  while (first > 0) {
    const opening = mustAt(spans, first);
    const before = mustAt(spans, first - 1);
    if (!OPENS_WITH_SPEECH.test(text.slice(opening.start, opening.end))) break;
    if (from - before.start > maxChars || isOutsideProse(text, before)) break;
    first -= 1;
    grown = {
      ...grown,
      start: lead.passage.start + before.start,
      text: text.slice(before.start, to),
      cutStart: first === 0 && cutAtStart(text, before),
    };
  }
  return grown;
}

/** Whether a passage cuts the sentence it starts with / ends with (chunks overlap mid-sentence). */
function cutAtStart(text: string, first: Span | undefined): boolean {
  if (!first) return false;
  return /^[\p{Ll}\p{N},;:)\]’”'-]/u.test(text.slice(first.start));
}
function cutAtEnd(text: string, last: Span | undefined): boolean {
  if (!last) return false;
  const sentence = text.slice(last.start, last.end);
  // A passage cut after a title ("... handsomer than Mr.") ends inside its sentence.
  if (/(?<![\p{L}])(Mr|Mrs|Ms|Dr|St|Messrs|Mme|Mlle|Capt|Col|Gen|Rev|Prof|Lt|Sgt)\.$/u.test(sentence))
    return true;
  return !/[.!?…]["'’”)\]]*$|[.!?…]["'’”)\]]*\s*[-—]*$|:$/u.test(sentence);
}

/**
 * Ranks the sentences of the retrieved passages against the question: matched content words
 * weighted by their rarity among the candidates (names double, the asked entity's other names
 * too), plus a bonus when the sentence holds what the question's type asks for, plus the passage's
 * retrieval rank, plus a bonus for holding a fact of the ledger that answers (`stated`: its
 * passages are candidates too, after the retrieved ones). Candidates are one sentence, or two in a
 * row when together they stay short.
 */
export function rankSentences(
  question: string,
  retrieved: Passage[],
  facts: BibleFact[] = [],
  weights = SENTENCE_WEIGHTS,
  stated: readonly Statement[] = [],
): ScoredSentence[] {
  const passages = withStated(retrieved, stated);
  const states = (c: { passage: Passage; start: number; end: number }) =>
    stated.some((e) => e.passage.fileId === c.passage.fileId && c.start <= e.start && c.end >= e.end);
  const type = questionType(question);
  const atMoment = askedAtMoment(question);
  const questionTerms = keyTerms(question);
  const asked = new Set(terms(question));
  const names = new Set(properNouns(question).flatMap((n) => terms(n)));
  const entityTerms = facts.map((f) => new Set([f.name, ...f.aliases].flatMap((n) => terms(n))));
  const candidates: Array<Omit<ScoredSentence, 'score'> & { stems: Set<string>; asking: boolean }> = [];
  passages.forEach((passage, rank) => {
    const spans = sentences(passage.text);
    const cutFirst = cutAtStart(passage.text, spans[0]);
    const cutLast = cutAtEnd(passage.text, spans[spans.length - 1]);
    const stemsOf = spans.map((span) => terms(passage.text.slice(span.start, span.end)));
    const headings = spans.map((span) => isOutsideProse(passage.text, span));
    spans.forEach((span, i) => {
      if (headings[i]) return;
      for (const last of [i, i + 1]) {
        const end = spans[last]?.end;
        if (end === undefined || headings[last] || (last > i && end - span.start > MAX_QUOTE)) continue;
        const text = passage.text.slice(span.start, end);
        if (text.length < 15) continue;
        candidates.push({
          passage,
          rank,
          start: passage.start + span.start,
          end: passage.start + end,
          text,
          stems: new Set(last > i ? [...(stemsOf[i] ?? []), ...(stemsOf[last] ?? [])] : stemsOf[i]),
          cutStart: i === 0 && cutFirst,
          cutEnd: last === spans.length - 1 && cutLast,
          asking: asks(passage.text.slice(span.start, span.end)) && asks(text),
        });
      }
    });
  });
  const df = new Map<string, number>();
  for (const term of questionTerms) df.set(term, candidates.filter((c) => c.stems.has(term)).length);
  const n = Math.max(1, candidates.length);
  const idf = (term: string) => Math.log(1 + n / (1 + (df.get(term) ?? 0)));
  const meanIdf =
    questionTerms.length === 0 ? 1 : questionTerms.reduce((s, t) => s + idf(t), 0) / questionTerms.length;
  return candidates
    .map(({ stems, asking, ...c }) => {
      let match = 0;
      for (const term of questionTerms) {
        if (!stems.has(term)) continue;
        match += names.has(term) ? 2 * idf(term) : idf(term);
      }
      // The entity asked about, named otherwise ("Lizzy" for "Elizabeth").
      for (const entity of entityTerms) {
        if (
          ![...entity].some((t) => questionTerms.includes(t) && stems.has(t)) &&
          [...entity].some((t) => stems.has(t))
        )
          match += weights.entity * meanIdf;
      }
      // A sentence of the right shape answers only if it is about the question at all: it shares
      // its words, or it states a ledger fact of whom the question asks ("He was a stout, grey man
      // of sixty" names the miller by pronoun).
      const stating = states(c);
      const features: SentenceFeatures = {
        match,
        shape: match > 0 || stating ? answerShape(type, c.text, question, asked) : 0,
        rarity: meanIdf,
        // Long sentences say many things; prefer focused ones.
        focus: 1 / (1 + Math.max(0, c.text.length - weights.focusFrom) / weights.focusScale),
        asking,
        stating,
        rank: c.rank,
        counting: type === 'how_many',
        atMoment,
      };
      return { ...c, score: sentenceScore(features, weights), features };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * A passage as a supporting quote: its partial first and last sentences left out when whole
 * sentences remain, so the quote starts and ends at sentence boundaries; otherwise kept, cut. A
 * partial sentence that is itself one of `answering` (the best candidates) is kept too, shown cut:
 * it is what answers ("…was a German and had died on giving her birth."), where the whole
 * sentences after it only go on with the story.
 */
export function wholeSentences(
  passage: Passage,
  answering: readonly Pick<ScoredSentence, 'start' | 'end'>[] = [],
): ScoredSentence {
  const spans = sentences(passage.text);
  let from = 0;
  let to = spans.length - 1;
  const cutStart = cutAtStart(passage.text, spans[0]);
  const cutEnd = cutAtEnd(passage.text, spans[to]);
  const answers = (span: Span | undefined) =>
    span !== undefined &&
    answering.some((a) => a.start >= passage.start + span.start && a.end <= passage.start + span.end);
  if (cutStart && to > from && !answers(spans[from])) from += 1;
  if (cutEnd && to > from && !answers(spans[to])) to -= 1;
  // A heading inside the passage (a section's title) splits it: the longest run of prose is quoted.
  const heading = (i: number) => isOutsideProse(passage.text, mustAt(spans, i));
  let best: { from: number; to: number; length: number } | undefined;
  for (let i = from; i <= to; i++) {
    if (heading(i)) continue;
    let j = i;
    while (j + 1 <= to && !heading(j + 1)) j++;
    const length = mustAt(spans, j).end - mustAt(spans, i).start;
    if (!best || length > best.length) best = { from: i, to: j, length };
    i = j;
  }
  if (best) ({ from, to } = best);
  const first = spans[from];
  const last = spans[to];
  const start = first?.start ?? 0;
  const end = last?.end ?? passage.text.length;
  return {
    passage,
    rank: 0,
    start: passage.start + start,
    end: passage.start + end,
    text: passage.text.slice(start, end),
    score: 0,
    cutStart: cutStart && from === 0,
    cutEnd: cutEnd && to === spans.length - 1,
  };
}

/** A relation's label before the other's name: "sister Jane", "engaged to Ellen". */
function relationWords(label: string): string {
  return /^(?:engaged|married|betrothed)$/.test(label) ? `${label} to` : label;
}

function bibleLines(facts: BibleFact[]): string[] {
  return facts.map((f) => {
    const aka = f.aliases.filter((a) => a !== f.name);
    const rel = f.relations
      .slice(0, 3)
      .map((r) => `${relationWords(r.label ?? r.type.replace(/_/g, ' '))} ${r.other}`)
      .join('; ');
    return `${f.name}: ${f.type}${aka.length ? `, also called ${aka.slice(0, 4).join(', ')}` : ''}, mentioned ${f.mentionCount} times${
      f.firstChapter === null ? '' : `, first in ${chapterInText(f.firstChapter, f.firstChapterTitle)}`
    }${rel ? `; ${rel}` : ''}.`;
  });
}

/**
 * A quote as shown: on one line, an ellipsis where the passage cuts its sentence, in quotation marks
 * unless it opens with the text's own (a line of dialogue keeps its marks, never doubled).
 */
export function shownQuote(s: Pick<ScoredSentence, 'text' | 'cutStart' | 'cutEnd'>): string {
  const text = `${s.cutStart ? '…' : ''}${s.text.replace(/\s+/g, ' ')}${s.cutEnd ? '…' : ''}`;
  return /^["“‘'«]/.test(text) ? text : `“${text}”`;
}

function toCitation(s: ScoredSentence): Citation {
  return {
    fileId: s.passage.fileId,
    chapter: s.passage.chapter,
    chapterTitle: s.passage.chapterTitle ?? null,
    start: s.start,
    end: s.end,
    quote: s.text,
    kind: s.passage.kind,
  };
}

/** Where a quote is from: its chapter, after its file's name when the answer names files ("orchard.txt, Chapter 6"). */
function where(s: ScoredSentence, fileNames: FileNames): string {
  const note = s.passage.kind === 'note' ? ' [your note]' : '';
  const place = citedPlace(s.passage, fileNames);
  return `${place ? ` (${place})` : ''}${note}`;
}

export interface ExtractiveOptions {
  /** Quotes at most: the answer sentence and supporting passages. */
  maxQuotes?: number;
  weights?: typeof SENTENCE_WEIGHTS;
  /** The passages stating ledger facts that answer (chat/ledger.ts). */
  stated?: readonly Statement[];
  /** The candidates already ranked (`rankSentences`, then `withMeaning`); ranked here when absent. */
  ranked?: readonly ScoredSentence[];
  /** Names the file of each quote (`FileNames`). */
  fileNames?: FileNames;
}

/**
 * The best candidate outside the lead's quote, quoted second when no supporting passage holds it:
 * another sentence of the lead's own passage (never quoted again as support; the answer may lie
 * beyond the lead's context) or of a passage retrieved too low to be quoted. It displaces the last
 * supporting passage, so only when it scores `secondQuote` more than that passage's best sentence.
 * Its context is kept where that stays clear of the lead's quote and of the passage's cut edges.
 * Undefined otherwise.
 */
export function runnerUpQuote(
  ranked: readonly ScoredSentence[],
  lead: ScoredSentence,
  chosen: readonly ScoredSentence[],
  maxQuotes: number,
  weights = SENTENCE_WEIGHTS,
): ScoredSentence | undefined {
  const inLead = (s: ScoredSentence) =>
    s.passage.fileId === lead.passage.fileId && s.start < lead.end && s.end > lead.start;
  const runner = ranked.find((s) => !inLead(s));
  // A supporting passage already quoted holds it.
  if (!runner || chosen.slice(1).some((c) => c.passage.id === runner.passage.id)) return undefined;
  const displaced = chosen.length >= maxQuotes ? chosen[maxQuotes - 1] : undefined;
  const rival = displaced && ranked.find((s) => s.passage.id === displaced.passage.id);
  if (rival && runner.score <= rival.score + weights.secondQuote) return undefined;
  // A sentence the passage cuts would not read on its own (a support quote keeps to whole sentences).
  if (runner.cutStart || runner.cutEnd) return undefined;
  const quoted = withContext(runner, weights.context);
  return inLead(quoted) || quoted.cutStart || quoted.cutEnd ? runner : quoted;
}

/**
 * The passages in the order they are quoted as support: by their retrieval place plus `weight` times
 * their place among the passages by their best candidate in `ranked` (a passage with none last),
 * ties in retrieval order. The retrieval order alone quotes a passage whose every sentence the
 * answerer ranks low, when one just below it holds the sentences that come closest to the answer;
 * the best candidate's place alone throws away the retrieval's judgement of the whole passage.
 */
export function supportOrder(
  passages: readonly Passage[],
  ranked: readonly ScoredSentence[],
  weight: number,
): Passage[] {
  const places = new Map<string, number>();
  for (const s of ranked) if (!places.has(s.passage.id)) places.set(s.passage.id, places.size);
  return passages
    .map((passage, place) => ({
      passage,
      place,
      key: place + weight * (places.get(passage.id) ?? passages.length),
    }))
    .sort((a, b) => a.key - b.key || a.place - b.place)
    .map(({ passage }) => passage);
}

/**
 * The offline answerer: the sentence that best answers the question (for its type: a person, a
 * place, a time, a number, a name, a reason; a sentence stating a ledger fact that answers first)
 * leads, quoted with its citation; then the best other retrieved passages (`supportOrder`) in whole
 * sentences as support, after the best candidate outside the lead's quote when it scores well
 * (`runnerUpQuote`);
 * then the story bible's facts on the entities named. It never paraphrases, so it cannot invent;
 * every quote is the file's text at its offsets.
 */
export function extractiveAnswer(
  question: string,
  passages: Passage[],
  facts: BibleFact[],
  {
    maxQuotes = 3,
    weights = SENTENCE_WEIGHTS,
    stated = [],
    ranked,
    fileNames = null,
  }: ExtractiveOptions = {},
): { answer: string; citations: Citation[] } {
  const order = ranked ?? rankSentences(question, passages, facts, weights, stated);
  const best = order[0];
  const adjoined =
    best && weights.context > 0
      ? withAdjoining(
          withContext(best, weights.context),
          order.slice(1),
          weights.adjoining,
          weights.adjoiningChars,
          weights.adjoiningGap,
        )
      : best;
  const lead =
    adjoined && TOLD_AT_LENGTH.has(questionType(question))
      ? withSpeechBefore(withSceneAfter(adjoined, weights.sceneChars), weights.speechBeforeChars)
      : adjoined;
  const chosen: ScoredSentence[] = lead ? [lead] : [];
  // Supporting passages in their retrieval order nudged by their best sentence (`supportOrder`), each
  // keeping a sentence it cuts when that fragment is one of the best candidates (as many as are
  // compared in meaning).
  const compared = order.slice(0, weights.meaningCandidates);
  for (const passage of supportOrder(passages, order, weights.supportByBest)) {
    if (chosen.length >= maxQuotes) break;
    if (passage === lead?.passage) continue;
    const support = wholeSentences(
      passage,
      compared.filter((s) => s.passage.id === passage.id),
    );
    if (support.text.trim().length < 15) continue;
    chosen.push(support);
  }
  const second = lead && runnerUpQuote(order, lead, chosen, maxQuotes, weights);
  if (second) chosen.splice(1, 0, second);
  chosen.splice(maxQuotes);
  if (chosen.length === 0 && facts.length === 0) {
    return {
      answer:
        'I could not find a passage in this project that answers that. Try naming a character or a place, or upload the manuscript that covers it.',
      citations: [],
    };
  }
  const lines: string[] = [];
  if (lead) {
    lines.push(
      'From your manuscript (quoted, not generated):',
      `${shownQuote(lead)}${where(lead, fileNames)} [1]`,
    );
    if (chosen.length > 1) {
      lines.push('', 'Supporting passages:');
      chosen.slice(1).forEach((s, i) => {
        lines.push(`[${i + 2}]${where(s, fileNames)}: ${shownQuote(s)}`);
      });
    }
  }
  const bible = bibleLines(facts);
  if (bible.length > 0) lines.push('', 'From the story bible:', ...bible.map((l) => `- ${l}`));
  return { answer: lines.join('\n'), citations: chosen.map(toCitation) };
}
