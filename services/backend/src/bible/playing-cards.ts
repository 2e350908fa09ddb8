import type { Token } from './tokenize.js';

/**
 * Playing cards as a court: "the Knave of Spades", "the Jack of Clubs", "the Two of Hearts". A rank
 * of a card and "of" and a suit is one name, someone's in a tale of a card court, so the suit is no
 * place ("the King of France" keeps France a place; no land is called Spades).
 */
const CARD_RANKS: ReadonlySet<string> = new Set([
  'ace',
  'king',
  'queen',
  'knave',
  'jack',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);

const SUITS: ReadonlySet<string> = new Set(['spades', 'hearts', 'clubs', 'diamonds']);

/** "Knave" (or "Sevens") before "of Spades": a card's rank and the suit after "of", lower-cased. */
export function namesCardOfSuit(rank: string, suit: string): boolean {
  return (CARD_RANKS.has(rank) || CARD_RANKS.has(rank.replace(/s$/, ''))) && SUITS.has(suit);
}

/**
 * "the Two of Hearts": a capitalised rank at `i` that is no name on its own (a number) opens a
 * card's name when "of" and a capitalised suit follow.
 */
export function opensCardOfSuit(tokens: readonly Token[], i: number): boolean {
  const rank = tokens[i];
  const of = tokens[i + 1];
  const suit = tokens[i + 2];
  return (
    rank?.capitalized === true &&
    rank.joinedToNext &&
    of?.text === 'of' &&
    suit?.capitalized === true &&
    namesCardOfSuit(rank.lower, suit.lower)
  );
}

/** The fewest words a form needs to be read by the card rules: its words and its type. */
interface CardForm {
  words: readonly string[];
  type: string;
}

/**
 * "the Knave" beside "the Knave of Spades": a card's rank alone, where the text has one character
 * of that rank and a suit, is that character's short form (as "the Duke" is the Duke of Marlow's),
 * whatever the rank alone does itself. With two of the rank ("the Knave of Spades", "the Knave of
 * Hearts") the rank alone is anyone's, and is left as it was read.
 */
export function cardOfRankAlone(form: CardForm, forms: Iterable<CardForm>): CardForm | undefined {
  if (form.words.length !== 1) return undefined;
  const rank = (form.words[0] ?? '').toLowerCase();
  if (!CARD_RANKS.has(rank)) return undefined;
  const cards = [...forms].filter(
    (other) =>
      other.words.length === 2 &&
      other.type === 'character' &&
      other.words[0]?.toLowerCase() === rank &&
      SUITS.has(other.words[1]?.toLowerCase() ?? ''),
  );
  return cards.length === 1 ? cards[0] : undefined;
}

/**
 * "he is the only one of Clubs" beside "the Knave of Clubs": a suit alone, in a text whose cards of
 * that suit are names, is the suit, no one and nowhere.
 */
export function isSuitOfCards(form: CardForm, forms: Iterable<CardForm>): boolean {
  const suit = form.words.length === 1 ? (form.words[0] ?? '').toLowerCase() : '';
  if (!SUITS.has(suit)) return false;
  return [...forms].some(
    (other) =>
      other.words.length === 2 &&
      other.words[1]?.toLowerCase() === suit &&
      namesCardOfSuit((other.words[0] ?? '').toLowerCase(), suit),
  );
}
