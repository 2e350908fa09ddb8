/**
 * "What was the name of the ship?", "What was the inn called?": the sentences that give a thing's
 * name. Such sentences rarely share the question's words beyond the thing itself ("Samuel Enderby is
 * the name of my ship"), so retrieval by the whole question misses them; here the thing's noun is
 * searched alone and a passage's sentence is kept only when it names that thing in one of English's
 * naming patterns, with a capitalised name.
 */
import { DETERMINERS, eitherCase, fold, STOP_WORDS, sentences, terms } from '@george/text';
import type { Search } from './retrieval.js';
import type { Statement } from './types.js';

const DETERMINER = eitherCase(DETERMINERS);
/** A capitalised name of one to four words ("the Spouter-Inn", "Samuel Enderby", "Yojo"). */
const NAME = String.raw`["“‘']?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}'’-]*){0,3}`;
const NAMING_VERB = '(?:called|named|christened|styled|dubbed|known as|by the name of)';

/** Ways of asking a thing's name; the first group is the thing with the words before it. */
const ASKING_NAME = [
  new RegExp(
    String.raw`\bname of ${DETERMINER}?\s*((?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:who|whom|whose|that|which|where|when|in|on|at|and|from|of|by|with|for|to|he|she|they|did|was|is)\b|\s*[?,.]|$)`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:what|which)\s+(?:is|was|were|are)\s+${DETERMINER}\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)\s+(?:called|named)\b`,
    'iu',
  ),
  new RegExp(
    String.raw`\bwhat did [^?]{1,40}?\b(?:call|name)\s+${DETERMINER}\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}-]+)`,
    'iu',
  ),
];

/** The thing a question asks the name of: its head noun and the words before it, or null. */
export function askedThing(question: string): { noun: string; words: string[] } | null {
  const phrase = ASKING_NAME.map((pattern) => pattern.exec(question)?.[1]).find((p) => p !== undefined);
  if (!phrase) return null;
  const words = phrase.split(/\s+/).map((w) => w.replace(/['’]s$/u, ''));
  const noun = words[words.length - 1];
  if (!noun || STOP_WORDS.has(fold(noun))) return null;
  return { noun: noun.toLowerCase(), words };
}

/** The patterns of a sentence naming the thing (`noun`, or its plural) with a capitalised name. */
export function namingPatterns(noun: string): RegExp[] {
  const letters = noun.replace(/[^\p{L}-]/gu, '');
  if (letters === '') return [];
  const thing = String.raw`\b${eitherCase([letters])}s?\b`;
  const modifiers = String.raw`(?:[\p{L}'’-]+\s+){0,3}`;
  return [
    // "an inn called the Spouter-Inn", "a ship named the Rachel"
    String.raw`${thing}[^.!?;]{0,30}?\b${NAMING_VERB}\s+(?:the\s+)?${NAME}`,
    // "Samuel Enderby is the name of my ship"
    String.raw`${NAME}["”’']?\s*,?\s*(?:is|was|be|being)\s+(?:the\s+)?name of ${DETERMINER}\s+${modifiers}${thing}`,
    // "the name of the ship was the Pequod"
    String.raw`\b${eitherCase(['name'])} of ${DETERMINER}\s+${modifiers}${thing}[^.!?;]{0,20}?\b(?:is|was|were)\s+(?:the\s+)?${NAME}`,
    // "Yojo--the name of his black little god"
    String.raw`${NAME}["”’']?\s*(?:--|—|–|,|:)\s*(?:the|a)\s+name of ${DETERMINER}\s+${modifiers}${thing}`,
    // "the ship, which they called the Jeroboam"
    String.raw`${thing}[^.!?;]{0,40}?\b(?:call|calls|called|name|names|named)\s+(?:it|her|him|them)\s+(?:the\s+)?${NAME}`,
  ].map((pattern) => new RegExp(pattern, 'u'));
}

/**
 * The sentences naming the thing the question asks the name of, best first: found by searching the
 * thing's words with the words of naming, preferred when their passage holds more of the
 * question's other words ("the German ship"), at most `limit`.
 */
export async function namingEvidence(question: string, search: Search, limit = 2): Promise<Statement[]> {
  const thing = askedThing(question);
  if (!thing) return [];
  const found = await search({ text: `${thing.words.join(' ')} name called named`, k: 20, mode: 'lexical' });
  const asked = new Set(terms(question));
  const patterns = namingPatterns(thing.noun);
  const candidates: Array<Statement & { shared: number; rank: number }> = [];
  found.forEach((passage, rank) => {
    const shared = terms(passage.text).filter((t, i, all) => asked.has(t) && all.indexOf(t) === i).length;
    for (const span of sentences(passage.text)) {
      const sentence = passage.text.slice(span.start, span.end);
      if (!patterns.some((pattern) => pattern.test(sentence))) continue;
      candidates.push({
        passage,
        start: passage.start + span.start,
        end: passage.start + span.end,
        shared,
        rank,
      });
    }
  });
  return candidates
    .sort((a, b) => b.shared - a.shared || a.rank - b.rank)
    .slice(0, limit)
    .map(({ passage, start, end }) => ({ passage, start, end }));
}
