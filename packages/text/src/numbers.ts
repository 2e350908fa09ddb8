/**
 * Numbers written in words, as novels write them: "fifteen", "forty-one", "five-and-twenty", "the
 * third", "chapter XII". Hand-written: the number-word libraries on npm parse modern phrasings
 * ("one hundred and five") but not the inverted "five-and-twenty" of older prose, and these tables
 * are short.
 */

const CARDINALS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** The value of one number word ("seven", "forty"), or undefined. */
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  return CARDINALS[w] ?? TENS[w];
}

/** The value of one ordinal word ("third", "twentieth", "twenty-first"), or undefined. */
export function ordinalWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (compound) {
    const tens = TENS[compound[1] ?? ''];
    const unit = ORDINALS[compound[2] ?? ''];
    return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : undefined;
  }
  return ORDINALS[w];
}

/** The value of a Roman numeral ("XII", "iv"), or null when the text is not one. */
export function romanNumeral(text: string): number | null {
  if (!/^[ivxlc]+$/i.test(text)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const chars = [...text.toLowerCase()].map((c) => values[c] ?? 0);
  let total = 0;
  for (let i = 0; i < chars.length; i++) {
    const value = chars[i] ?? 0;
    total += value < (chars[i + 1] ?? 0) ? -value : value;
  }
  return total > 0 ? total : null;
}

/**
 * The number a phrase starts with, and how many characters it takes: "fifteen", "forty-one",
 * "five-and-twenty", "three and twenty", "seven and a half", "a hundred", "1846". null when the
 * phrase does not start with a number.
 */
export function parseNumber(phrase: string): { value: number; length: number } | null {
  const digits = /^\d{1,4}\b/.exec(phrase);
  if (digits) return { value: Number(digits[0]), length: digits[0].length };
  const word = /^[a-z]+/i.exec(phrase);
  if (!word) return null;
  const first = word[0].toLowerCase();
  const length = word[0].length;
  if (first === 'hundred' || (first === 'a' && /^a hundred\b/i.test(phrase))) {
    return { value: 100, length: first === 'a' ? 9 : 7 };
  }
  const unit = CARDINALS[first];
  const tens = TENS[first];
  const value = unit ?? tens;
  if (value === undefined) return null;
  const rest = phrase.slice(length);
  // forty-one, forty one
  const tensUnit = /^[- ]([a-z]+)/i.exec(rest);
  const following = tensUnit ? CARDINALS[(tensUnit[1] ?? '').toLowerCase()] : undefined;
  if (tens !== undefined && tensUnit && following !== undefined && following > 0 && following < 10) {
    return { value: tens + following, length: length + tensUnit[0].length };
  }
  // five-and-twenty, three and twenty
  const andTens = /^[- ]and[- ]([a-z]+)/i.exec(rest);
  const tensAfter = andTens ? TENS[(andTens[1] ?? '').toLowerCase()] : undefined;
  if (unit !== undefined && andTens && tensAfter !== undefined) {
    return { value: unit + tensAfter, length: length + andTens[0].length };
  }
  // seven and a half
  const half = /^ and a half\b/i.exec(rest);
  if (half) return { value: value + 0.5, length: length + half[0].length };
  return { value, length };
}
