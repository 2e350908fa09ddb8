/**
 * Shapes of English prose in which a capitalised word names a place or a house of business, not a
 * person: a name with a capital "Old" after "the", a shop by its owner's possessive alone, and the
 * district after a street's name in an address.
 */
import { isGivenName } from './lookup.js';
import type { Token } from './tokenize.js';

/** The last words of a street's name, after which an address names its district. */
const STREET_WORDS = new Set(['street', 'road', 'square', 'terrace', 'crescent', 'gardens', 'mews', 'place']);

/**
 * Lower-case words that follow a possessive standing for a house without its noun ("at Lloyd's
 * this morning", "at Parfitt's that night", "at Gunter's and then"): no noun of the possessive.
 */
const AFTER_ELLIPTIC_POSSESSIVE = new Set([
  'this',
  'that',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'when',
  'where',
  'yesterday',
  'today',
  'tonight',
  'last',
  'every',
  'before',
  'after',
]);

/**
 * "tried at the Old Bailey", "down the Old Kent Road": "Old" with a capital after a lower-case "the"
 * is part of a place's name; an old man is "old Garrow" or "the old Garrow" in prose.
 */
export function afterCapitalOld(tokens: readonly Token[], first: number): boolean {
  const old = tokens[first - 1];
  const article = tokens[first - 2];
  return (
    old?.isWord === true &&
    old.text === 'Old' &&
    old.joinedToNext &&
    article?.isWord === true &&
    article.text === 'the' &&
    article.joinedToNext
  );
}

/**
 * "insured at Lloyd's", "dined at Parfitt's that night": a one-word possessive after "at" with no
 * noun after it is the house (a shop, a bank, an exchange) of that name.
 */
export function houseByPossessive(tokens: readonly Token[], first: number, last: number): boolean {
  const name = tokens[last];
  if (first !== last || name?.possessive !== true || tokens[first - 1]?.lower !== 'at') return false;
  const after = tokens[last + 1];
  return (
    after === undefined || !after.isWord || (!after.capitalized && AFTER_ELLIPTIC_POSSESSIVE.has(after.lower))
  );
}

/**
 * "in Hill Street, Mayfair": a one-word name after a street's name and a comma is its district. Not
 * after a given name ("Jack Street, Mary and I" names people).
 */
export function districtOfAddress(tokens: readonly Token[], first: number, last: number): boolean {
  const street = tokens[first - 2];
  const streetName = tokens[first - 3];
  return (
    first === last &&
    tokens[first - 1]?.text === ',' &&
    street?.isWord === true &&
    street.capitalized &&
    STREET_WORDS.has(street.lower) &&
    streetName?.isWord === true &&
    streetName.capitalized &&
    streetName.joinedToNext &&
    !isGivenName(streetName.lower) &&
    tokens[last]?.possessive !== true
  );
}
