import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { REFERRED_BACK } from '../../../src/continuity/facts/counts.js';
import { extractFacts } from '../../../src/continuity/facts/index.js';
import { FILLER, factsOf } from './helpers.js';

/** The counts read as referred back to in `passage` (after the filler), with their scene counts' changes. */
function referredBack(passage: string): { referred: string[][]; changed: string[] } {
  const text = `${FILLER}\n\n${passage}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  const counts = extractFacts(source, extract([source])).filter((f) => f.kind === 'count');
  return {
    referred: counts.filter((f) => f.detail?.endsWith(REFERRED_BACK)).map((f) => [f.value, f.quote]),
    changed: counts.filter((f) => f.change).map((f) => f.quote),
  };
}

describe('counts', () => {
  it('reads no count of a group from a part a state picks out ("her four unmarried daughters")', () => {
    const text = `${FILLER}\n\nMary Benson had five daughters. When the eldest came home married, Mary Benson and her four unmarried daughters met her at the door.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([
      ['5', expect.stringMatching(/mary/)],
    ]);
  });

  it('reads kin picked out by age as at least that many ("his two younger brothers")', () => {
    const text = `${FILLER}\n\nThomas Hale had two younger brothers. Mary Benson walked with her three elder sisters.`;
    const source: SourceText = { fileId: 'book', text, chapters: [] };
    expect(
      extractFacts(source, extract([source]))
        .filter((f) => f.kind === 'count')
        .map((f) => [f.entityKey, f.value, f.detail, f.low, f.high]),
    ).toEqual([
      [expect.stringMatching(/thomas|hale/), 'at least 2', 'brothers', 2, null],
      [expect.stringMatching(/mary/), 'at least 3', 'sisters', 3, null],
    ]);
  });

  it('reads no kin by age from a part of them or a group of the scene ("two of her younger sisters")', () => {
    const text = `${FILLER}\n\nTwo of her younger sisters came in. The two younger sisters sat down. Thomas Hale had two younger horses.`;
    expect(factsOf(text, 'count')).toEqual([]);
  });

  it('gives a group of the scene no name that another noun introduces ("the two girls and a son, Thomas Hale")', () => {
    const text = `${FILLER}\n\nThe old miller had the two girls and a son, Thomas Hale, who had gone away. The six trees along the drive were tended by a servant, Mary Benson.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([
      ['2', null],
      ['6', null],
    ]);
  });

  it("reads a yearly sum a possessive's property or income consists in", () => {
    const text = `${FILLER}\n\nThomas Hale's property consisted almost entirely in an estate of two thousand a year. Mary Benson's income was four hundred a year.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      [
        '2000',
        expect.stringMatching(/thomas|hale/),
        "Thomas Hale's property consisted almost entirely in an estate of two thousand a year",
      ],
      ['400', expect.stringMatching(/mary/), "Mary Benson's income was four hundred a year"],
    ]);
  });

  it('reads a sum in pounds after a possessive, and an inheritance, as the fortune (not a legacy given to "her")', () => {
    const text = `${FILLER}\n\nThomas Hale inherited property to the amount of nearly a hundred thousand pounds from his father. The officers cared nothing for Thomas Hale's fifty thousand pounds. Mary Benson sat by him with all the confidence of her thirty thousand pounds. Her uncle had left her four thousand pounds.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      [
        '100000',
        expect.stringMatching(/thomas|hale/),
        'Thomas Hale inherited property to the amount of nearly a hundred thousand pounds',
      ],
      ['50000', expect.stringMatching(/thomas|hale/), "Thomas Hale's fifty thousand pounds"],
      ['30000', expect.stringMatching(/mary/), 'her thirty thousand pounds'],
    ]);
  });

  it('reads a group\'s number given as its predicate: "the harpooneers, who were four in number"', () => {
    const text = `${FILLER}\n\nOf the ship's harpooneers, who were four in number, none rowed harder. The guards were six in number. The Squire's hounds, nine in number, ran on. The men were in number few.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['4', null, "the ship's harpooneers, who were four in number"],
      ['6', null, 'The guards were six in number'],
      ['9', null, "The Squire's hounds, nine in number"],
    ]);
  });

  it('reads "all four of the harpooneers" as a whole group\'s number, not a part or a family', () => {
    const text = `${FILLER}\n\nAll four of the harpooneers came aft. Thomas Hale praised all six of the ship's boats. Four of the guards slept. All three of the Lucases danced. Mary Benson kissed all three of her nieces.`;
    expect(
      factsOf(text, 'count')
        .filter(([, key]) => key === null)
        .map(([value, , quote]) => [value, quote]),
    ).toEqual([
      ['4', 'All four of the harpooneers'],
      ['6', "all six of the ship's boats"],
    ]);
  });

  it('reads a group whose members are listed by name, as many as its number, as the whole group', () => {
    const wholes = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'count')
        .filter(([, key]) => key === null)
        .map(([value, , quote]) => [value, quote]);
    // the Pequod's mates
    expect(wholes('Now these two mates--Thomas Hale and Mary Benson, were momentous men.')).toEqual([
      ['2', 'these two mates--Thomas Hale and Mary Benson'],
    ]);
    expect(wholes('The two harpooneers, Thomas Hale and Mary Benson, came aft.')).toEqual([
      ['2', 'The two harpooneers, Thomas Hale and Mary Benson'],
    ]);
    // not a list as long as the number, a people noun of any scene, or a name that goes on
    expect(wholes('The three mates--Thomas Hale and Mary Benson--came aft.')).toEqual([]);
    expect(wholes('The two girls, Thomas Hale and Mary Benson, came in.')).toEqual([]);
    expect(wholes("The two mates, Thomas Hale and Mary Benson's brother, came aft.")).toEqual([]);
  });

  it('reads a whole group\'s number however the whole is marked: "in all", "all told", "numbering", "all five of which"', () => {
    const count = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'count').map(([value, key, quote]) => [value, key, quote]);
    for (const [sentence, quote] of [
      // a relative clause after the group (the Pequod's boats)
      [
        "Word was passed to man the ship's boats, all six of which were lowered.",
        "the ship's boats, all six of which",
      ],
      ['The guards--all six of them--stood at the gate.', 'The guards--all six of them'],
      ['Of the castle guards, all six of whom were asleep, none woke.', 'the castle guards, all six of whom'],
      ["The Squire's hounds, six in all, ran on.", "The Squire's hounds, six in all"],
      ['The guards were six all told.', 'The guards were six all told'],
      ['The guards were six altogether.', 'The guards were six altogether'],
      ['The hired guards, numbering six, rode behind.', 'The hired guards, numbering six'],
      ['The guards, who were numbering six, rode behind.', 'The guards, who were numbering six'],
    ] as const) {
      expect(count(sentence)).toContainEqual(['6', null, quote]);
    }
    // a part of the group, or no number of the whole
    expect(count("Of the ship's boats, two of which were stove, none sank.")).toEqual([]);
    expect(count('The guards, all of whom were asleep, woke.')).toEqual([]);
    expect(count('The guards were six in the morning and ten at night.')).toEqual([]);
  });

  it('reads the whole a part is taken from as the group\'s number: "not one of the eight doors"', () => {
    const wholes = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'count')
        .filter(([, , quote]) => / of the /.test(quote))
        .map(([value, , quote]) => [value, quote]);
    // a negation, "every one", "each", "none", a number, a superlative: the same whole
    expect(wholes('She walked down the hall, for not one of the eight doors would open.')).toEqual([
      ['8', 'not one of the eight doors'],
    ]);
    expect(wholes('Every one of the six boats was lowered.')).toEqual([['6', 'Every one of the six boats']]);
    expect(wholes('Each of the three mates had a boat of his own.')).toEqual([
      ['3', 'Each of the three mates'],
    ]);
    expect(wholes('None of the twelve jurors could write it down.')).toEqual([
      ['12', 'None of the twelve jurors'],
    ]);
    expect(wholes('Two of the five boats were stove.')).toEqual([['5', 'Two of the five boats']]);
    expect(wholes('The youngest of the three old gardeners came last.')).toEqual([
      ['3', 'The youngest of the three old gardeners'],
    ]);
    // a family's name, a measure, a possessive's group, or no part at all
    expect(wholes('One of the three Lucases called.')).toEqual([]);
    expect(wholes('One of the three hours was gone.')).toEqual([]);
    expect(wholes('Two of her five sisters came.')).toEqual([]);
    expect(wholes('He spoke of the eight doors.')).toEqual([]);
  });

  it('counts a whole group around its owner\'s possessive, however the count is put ("all three of her nieces")', () => {
    const count = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'count').map(([value, key, quote]) => [value, key, quote]);
    const mary = expect.stringMatching(/mary/);
    // a relative clause (Mrs. Long at the assembly)
    expect(count('Mary Benson, who had come with all three of her nieces, sat down.')).toEqual([
      ['3', mary, 'all three of her nieces'],
    ]);
    // the count as the object of the subject's verb
    expect(count('Mary Benson brought all three of her nieces to the ball.')).toEqual([
      ['3', mary, 'all three of her nieces'],
    ]);
    // the owner's name after "of", at the head of the sentence
    expect(count("All three of Mary Benson's nieces were at the ball.")).toEqual([
      ['3', mary, "All three of Mary Benson's nieces"],
    ]);
    // the count in an aside after the group
    expect(count("Mary Benson's nieces, all three of them, were at the ball.")).toEqual([
      ['3', mary, "Mary Benson's nieces, all three of them"],
    ]);
    // a dash aside, and "both"
    expect(count("Mary Benson's nieces--both of them--were at the ball.")).toEqual([
      ['2', mary, "Mary Benson's nieces--both of them"],
    ]);
    expect(count('Mary Benson came to the ball with both her nieces.')).toEqual([
      ['2', mary, 'both her nieces'],
    ]);
  });

  it('counts no whole group from a part of it or a group a state picks out', () => {
    const count = (sentence: string) => factsOf(`${FILLER}\n\n${sentence}`, 'count');
    expect(count('Mary Benson came to the ball with two of her nieces.')).toEqual([]);
    expect(count('Mary Benson brought all three of her unmarried nieces.')).toEqual([]);
    expect(count('Mary Benson brought all of her nieces.')).toEqual([]);
    expect(count("Mary Benson took both her sisters' hands.")).toEqual([]);
  });

  it('reads a definite count that refers back to its group or sum with another number as a pair', () => {
    expect(
      referredBack(
        'Thomas Hale offered the carter fifty guineas for the journey. All night the carter thought of the forty guineas.',
      ).referred,
    ).toEqual([
      ['50', 'fifty guineas'],
      ['40', 'the forty guineas'],
    ]);
    expect(
      referredBack(
        'Three of the soldiers stayed behind at the bridge. The four soldiers sat down by the fire.',
      ).referred,
    ).toEqual([
      ['3', 'Three of the soldiers'],
      ['4', 'The four soldiers'],
    ]);
    expect(
      referredBack('The board showed three whales and a ship. These four whales were as good as any.')
        .referred,
    ).toEqual([
      ['3', 'three whales'],
      ['4', 'These four whales'],
    ]);
  });

  it('reads no pair where the text says the group changed, or the count may be some of it', () => {
    // More came, the text says so: and the scene's count is marked a change.
    expect(
      referredBack(
        'Two soldiers came at noon. Two more soldiers came at dusk. The four soldiers sat by the fire.',
      ),
    ).toEqual({ referred: [], changed: ['The four soldiers'] });
    expect(
      referredBack('Mary Benson kept six hens. A fox killed two of them. The four hens left laid no eggs.')
        .referred,
    ).toEqual([]);
    // A number stated before, a part picked out, a smaller group (some of it), one picked, another chapter's.
    expect(
      referredBack(
        'Thomas Hale paid fifty guineas for the horse and twenty guineas for the cart. He counted the twenty guineas.',
      ).referred,
    ).toEqual([]);
    expect(
      referredBack('Two of the four soldiers stayed at the gate. The two soldiers played at cards.').referred,
    ).toEqual([]);
    expect(
      referredBack('Three crews pulled for the whale. The two crews were soon in the water.').referred,
    ).toEqual([]);
    expect(referredBack('One of the boats was stove. The three boats came back at dusk.').referred).toEqual(
      [],
    );
    // A possessive's sum is its own.
    expect(
      referredBack(
        "Nobody cared for Thomas Hale's fifty thousand pounds. Mary Benson had her thirty thousand pounds.",
      ).referred,
    ).toEqual([]);
  });

  it('reads "the four daughters of Thomas Hale" as the named owner\'s count, not a group of the scene', () => {
    const text = `${FILLER}\n\nAt the ball the four daughters of Thomas Hale stood by the door.`;
    const source: SourceText = { fileId: 'book', text, chapters: [] };
    expect(
      extractFacts(source, extract([source]))
        .filter((f) => f.kind === 'count')
        .map((f) => [f.entityKey, f.value, f.detail]),
    ).toEqual([[expect.stringMatching(/thomas|hale/), '4', 'daughters']]);
  });

  it('reads no owner after "of" for a part picked out by age, or a thing, and no pair of two owners\' groups', () => {
    const text = `${FILLER}\n\nThe two eldest daughters of Thomas Hale went to Bath. The three windows of the parlour were open.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([['3', null]]);
    expect(
      referredBack('The two daughters of Thomas Hale walked with the four daughters of Mary Benson.')
        .referred,
    ).toEqual([]);
  });

  it('reads each count of an owner\'s list as the owner\'s ("two sons and three daughters", "his four horses, two grooms")', () => {
    const text = `${FILLER}\n\nEdward Crane had two sons and three daughters. Thomas Hale sold his four horses, two grooms and a cart.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['2', expect.stringMatching(/edward|crane/), 'Edward Crane had two sons'],
      ['3', expect.stringMatching(/edward|crane/), 'Edward Crane had two sons and three daughters'],
      // the children the sons and daughters make
      ['5', expect.stringMatching(/edward|crane/), 'Edward Crane had two sons and three daughters'],
      ['4', expect.stringMatching(/thomas|hale/), 'his four horses'],
      ['2', expect.stringMatching(/thomas|hale/), 'his four horses, two grooms'],
    ]);
  });

  it('reads no count of a list past a part, a single one or another owner ("two sons and one of the maids")', () => {
    const text = `${FILLER}\n\nEdward Crane had two sons and one of the maids to help him. Thomas Hale had three sons and a daughter.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([
      ['2', expect.stringMatching(/edward|crane/)],
      ['3', expect.stringMatching(/thomas|hale/)],
      // three sons and a daughter: four children
      ['4', expect.stringMatching(/thomas|hale/)],
    ]);
  });

  it('reads a capital sum had, possessed or worth as the fortune, and a yearly worth as the income', () => {
    const text = `${FILLER}\n\nAnn Lacey had twenty thousand pounds. Edward Crane possessed forty thousand pounds. Mary Benson was worth thirty thousand pounds. Thomas Hale was worth four thousand a year.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['20000', expect.stringMatching(/ann|lacey/), 'Ann Lacey had twenty thousand pounds'],
      ['40000', expect.stringMatching(/edward|crane/), 'Edward Crane possessed forty thousand pounds'],
      ['30000', expect.stringMatching(/mary/), 'Mary Benson was worth thirty thousand pounds'],
      ['4000', expect.stringMatching(/thomas|hale/), 'Thomas Hale was worth four thousand a year'],
    ]);
  });

  it('reads no fortune from a sum paid, a purse, what is left or a yearly sum had, and no worth of a thing', () => {
    const text = `${FILLER}\n\nAnn Lacey paid ten thousand pounds for the house. Thomas Hale had two hundred pounds. Mary Benson had five thousand pounds left. Edward Crane had four thousand pounds a year. The horse was worth two hundred pounds.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([
      ['4000', expect.stringMatching(/edward|crane/)],
    ]);
  });

  it('reads a count put as its least: "had no fewer than seven sisters"', () => {
    const text = `${FILLER}\n\nMary Benson had no fewer than seven sisters. Ann Lacey had no less than four sons.`;
    expect(factsOf(text, 'count').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['7', expect.stringMatching(/mary/), 'Mary Benson had no fewer than seven sisters'],
      ['4', expect.stringMatching(/ann|lacey/), 'Ann Lacey had no less than four sons'],
    ]);
  });

  it('reads no count after "more than" or "fewer than": a bound, not the count', () => {
    const text = `${FILLER}\n\nMary Benson had more than seven sisters. Ann Lacey had fewer than four sons.`;
    expect(factsOf(text, 'count')).toEqual([]);
  });

  it('reads what a possessive\'s family consisted of: "Ann Lacey\'s family consisted of a husband and four sons"', () => {
    const text = `${FILLER}\n\nAnn Lacey's family consisted of a husband and four sons. His household consisted of two maids.`;
    expect(factsOf(text, 'count').map(([value, key]) => [value, key])).toEqual([
      ['4', expect.stringMatching(/ann|lacey/)],
      ['2', expect.any(String)],
    ]);
  });

  it('reads no family count from a part, an estimate or other words ("consisted of the Hales")', () => {
    const text = `${FILLER}\n\nAnn Lacey's family consisted of some four sons. Edward Crane's family consisted of the Hales and two of their cousins.`;
    expect(factsOf(text, 'count')).toEqual([]);
  });
});
