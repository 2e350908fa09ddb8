/**
 * A description written with a capital after "the" that the text sets beside one name ("Fedallah,
 * the Parsee") is that person's epithet: one entity, the description among its aliases (issues 17
 * and 19, docs/quality/story-bible.md, thirty-fourth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

/** Options that read a short passage as a whole book does (a description mostly after "the" is a term). */
const WHOLE_BOOK = { longText: 10 };

/** A ship's deck, with the epithet's own paragraphs after the sentence that ties it (or not). */
function voyage(tie: string, more = ''): string {
  return `Ahab came on deck at dawn. Fedallah stood at the rail and watched the sea. Starbuck spoke to Ahab about the oil.

"Ready, Fedallah?" said Ahab. Fedallah nodded and went below.

${tie}

The Parsee knelt before the fire. Ahab put his foot upon the Parsee. The Parsee said nothing.

That night the Parsee was not there. "The Parsee!" cried Stubb. Ahab searched the deck for the Parsee.

Starbuck went to Ahab. Stubb laughed at Starbuck.${more}`;
}

describe('an epithet set beside one name', () => {
  it('is the named person\'s alias when the name comes first ("Fedallah, the Parsee,")', () => {
    const result = extract([source(voyage('At noon Fedallah, the Parsee, climbed the mast.'))]);
    const fedallah = one(result, 'Fedallah');
    expect(fedallah.aliases).toContain('Parsee');
    expect(fedallah.type).toBe('character');
    expect(fedallah.mentions.filter((m) => m.text === 'Parsee').length).toBeGreaterThanOrEqual(6);
  });

  it('takes in the epithet a whole book reads as a term ("the Parsee" of Moby Dick)', () => {
    const result = extract([source(voyage('At noon Fedallah, the Parsee, climbed the mast.'))], WHOLE_BOOK);
    expect(one(result, 'Parsee')).toBe(one(result, 'Fedallah'));
    expect(one(result, 'Fedallah').type).toBe('character');
  });

  it('is the named person\'s alias when the epithet comes first ("the Parsee, Fedallah,")', () => {
    const result = extract([source(voyage('At noon the Parsee, Fedallah, climbed the mast.'))]);
    expect(one(result, 'Parsee')).toBe(one(result, 'Fedallah'));
  });

  it('is the named person\'s alias when the text writes them side by side twice ("Fedallah the Parsee")', () => {
    const text = voyage('At noon Fedallah the Parsee climbed the mast. Fedallah the Parsee looked down.');
    const result = extract([source(text)], WHOLE_BOOK);
    expect(one(result, 'Parsee')).toBe(one(result, 'Fedallah'));
  });
});

describe("an epithet that is no one name's", () => {
  // Read as a whole book: in a short text "Jasper the Otter", once, joins the two already.
  it('stays apart when a name is written before it once without a comma ("in Ahab the Parsee saw")', () => {
    const result = extract([source(voyage('In Ahab the Parsee saw his own shadow.'))], WHOLE_BOOK);
    expect(holding(result, 'Ahab').some((e) => e.aliases.includes('Parsee') || e.name === 'Parsee')).toBe(
      false,
    );
  });

  it('stays apart in a short text too, where the description is a character of its own ("in Ahab the Parsee saw")', () => {
    const result = extract([source(voyage('In Ahab the Parsee saw his own shadow.'))]);
    expect(holding(result, 'Ahab').some((e) => e.aliases.includes('Parsee') || e.name === 'Parsee')).toBe(
      false,
    );
  });

  it('joins a description set after a name with no comma at a clause\'s end ("the sett of Jasper the Otter.")', () => {
    const text = `The lamp was lit in the sett of Jasper the Otter. "Come in," said Jasper. Jasper poured the tea.

Everyone on the river went to the Otter for advice. "Sit down," said the Otter, and the Otter listened. "More tea?" asked the Otter, and the Otter was kind.`;
    const result = extract([source(text)]);
    expect(one(result, 'Otter')).toBe(one(result, 'Jasper'));
  });

  it('stays apart when the text sets it beside two named people (a description they share)', () => {
    const text = voyage(
      'At noon Fedallah, the Parsee, climbed the mast.',
      '\n\nAt dusk Ahab, the Parsee, stood by the wheel.',
    );
    const result = extract([source(text)]);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
    expect(holding(result, 'Ahab').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('stays apart when the name is followed by the epithet\'s possessive ("Fedallah, the Parsee\'s servant")', () => {
    const result = extract([source(voyage("At noon Fedallah, the Parsee's servant, climbed the mast."))]);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('stays apart in a list of people ("the Parsee, Fedallah and Stubb")', () => {
    const result = extract([source(voyage('At noon the Parsee, Fedallah and Stubb climbed the mast.'))]);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
    expect(holding(result, 'Stubb').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('stays apart when its plural is written as often as it is (a kind many are of)', () => {
    const more =
      '\n\nThe Parsees of the boat sat still. Two Parsees sang. The Parsees rowed. The Parsees slept. The Parsees woke. The Parsees ate.';
    const result = extract([source(voyage('At noon Fedallah, the Parsee, climbed the mast.', more))]);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('is not given to another description ("the Miller, the Tinker," are two)', () => {
    const text = `The Miller ground the corn. The Tinker mended a pot. The Miller, the Tinker, went to the fair.

"Good day," said the Miller. The Tinker laughed. The Miller sang. The Tinker slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miller')).not.toBe(one(result, 'Tinker'));
  });

  it('never joins two named people ("Tom Brown, the Miller," beside a Mr. Miller)', () => {
    const text = `Tom Brown came to the mill. Mr. Miller met him there. Tom Brown, the Miller, ground the corn.

"Good day, Mr. Miller," said Tom Brown. Mr. Miller smiled. Miller went home. Tom Brown stayed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Tom Brown')).not.toBe(one(result, 'Mr. Miller'));
  });
});

/** A book where "the Parsee" is never set beside Fedallah's name, only after it in a paragraph. */
function unnamedVoyage(firstParagraph: string, later: string): string {
  const deck = Array.from(
    { length: 4 },
    (_, i) =>
      `The Parsee knelt by the mast on the ${['first', 'second', 'third', 'fourth'][i]} night. Ahab watched the Parsee.`,
  ).join('\n\n');
  return `Ahab came on deck at dawn. Starbuck spoke to Ahab about the oil. Stubb laughed at Starbuck.

"Ready, Fedallah?" said Ahab. Fedallah nodded and went below. Fedallah came up again.

${firstParagraph}

${deck}

${later}

That night the Parsee was not there. Ahab searched the deck for the Parsee. The crew went below.`;
}

describe('an epithet a whole book gives no name beside it', () => {
  const first =
    'Meantime Fedallah was eyeing the whale. And Ahab so stood that the Parsee was in his shadow.';
  const later = 'The inscrutable Parsee kept watch all night. Fedallah never slept.';

  it('points back to the name its first mention follows in the paragraph, never in one sentence with it', () => {
    const result = extract([source(unnamedVoyage(first, later))], WHOLE_BOOK);
    expect(one(result, 'Parsee')).toBe(one(result, 'Fedallah'));
    expect(one(result, 'Ahab')).not.toBe(one(result, 'Fedallah'));
  });

  it('stays apart when the name and the epithet share a sentence somewhere (two people)', () => {
    const text = unnamedVoyage(first, `${later} Fedallah looked at the Parsee.`);
    const result = extract([source(text)], WHOLE_BOOK);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('stays apart when the two share one paragraph only', () => {
    const result = extract(
      [source(unnamedVoyage(first, 'The inscrutable Parsee kept watch all night.'))],
      WHOLE_BOOK,
    );
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('stays apart when another name shares as many paragraphs with it', () => {
    const more = `${later}\n\nStubb sang. The Parsee was silent.\n\nStubb laughed. The Parsee bowed.`;
    const result = extract([source(unnamedVoyage(first, more))], WHOLE_BOOK);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
    expect(holding(result, 'Stubb').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });

  it('stays apart in a short text, where an epithet may be anyone new', () => {
    const result = extract([source(unnamedVoyage(first, later))]);
    expect(holding(result, 'Fedallah').some((e) => e.aliases.includes('Parsee'))).toBe(false);
  });
});
