import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe('children counted as sons and daughters together (facts/counts.ts childrenOfSonsAndDaughters)', () => {
  it('weighs sons and daughters together against a count of the children', () => {
    expect(summaries('Ann Lacey had six children.', 'Ann Lacey had two sons and three daughters.')).toEqual([
      "Ann Lacey's children are 6 in Chapter 1 but 5 in Chapter 2.",
    ]);
    expect(summaries('Ann Lacey had two children.', 'Ann Lacey had two daughters and a son.')).toEqual([
      "Ann Lacey's children are 2 in Chapter 1 but 3 in Chapter 2.",
    ]);
  });

  it('lets sons and daughters that make the children count stand, and sons alone say nothing of them', () => {
    expect(summaries('Ann Lacey had five children.', 'Ann Lacey had two sons and three daughters.')).toEqual(
      [],
    );
    expect(summaries('Ann Lacey had three children.', 'Ann Lacey had two daughters and a son.')).toEqual([]);
    expect(summaries('Ann Lacey had three children.', 'Ann Lacey had two sons.')).toEqual([]);
    // an elder part of the sons is no whole to add
    expect(
      summaries('Ann Lacey had three children.', 'Ann Lacey had two elder sons and a daughter.'),
    ).toEqual([]);
    // a list that goes on to other things
    expect(summaries('Ann Lacey had three children.', 'Ann Lacey had two sons and three horses.')).toEqual(
      [],
    );
  });
});

describe('a count a thing named by a common noun has (facts/counts.ts THING_HAS)', () => {
  it('weighs "the thing had N nouns" against the thing\'s possessive count and another it had', () => {
    expect(summaries('The cottage had but two rooms.', "Ann Lacey swept the cottage's four rooms.")).toEqual([
      'The rooms of the cottage are 2 in Chapter 1 but 4 in Chapter 2.',
    ]);
    expect(summaries('The mill had three wheels.', 'The mill had two wheels.')).toEqual([
      'The wheels of the mill are 3 in Chapter 1 but 2 in Chapter 2.',
    ]);
  });

  it('reads no count a person named by a common noun has, a kin count, a measure or a company', () => {
    expect(summaries('The woman had three cats.', 'The woman had five cats.')).toEqual([]);
    expect(summaries('The miller had two sons.', 'The miller had three sons.')).toEqual([]);
    expect(summaries('The year had two harvests.', 'The year had three harvests.')).toEqual([]);
    expect(summaries('The party had six horses.', 'The party had four horses.')).toEqual([]);
  });
});

describe("a possessive's count placed somewhere, a part of the group (facts/counts.ts PLACED_AFTER)", () => {
  it('reads "his two sons at sea" as at least two sons: no issue against five', () => {
    expect(summaries('Edward Crane had five sons.', 'Edward Crane wrote to his two sons at sea.')).toEqual(
      [],
    );
    expect(summaries('Ann Lacey had four sisters.', 'Ann Lacey wrote to her two sisters in London.')).toEqual(
      [],
    );
  });

  it('still weighs a count placed nowhere, or one placed that exceeds the whole', () => {
    expect(summaries('Edward Crane had five sons.', 'Edward Crane wrote to his two sons.')).toEqual([
      "Edward Crane's sons are 5 in Chapter 1 but 2 in Chapter 2.",
    ]);
    expect(summaries('Edward Crane had two sons.', 'Edward Crane wrote to his five sons at sea.')).toEqual([
      "Edward Crane's sons are 2 in Chapter 1 but at least 5 in Chapter 2.",
    ]);
    // a manner, not a place
    expect(summaries('Edward Crane had five sons.', 'Edward Crane saw his two sons in a row.')).toEqual([
      "Edward Crane's sons are 5 in Chapter 1 but 2 in Chapter 2.",
    ]);
  });
});

describe('a dozen an owner has (facts/counts.ts dozenAt)', () => {
  it('reads "had a dozen cousins" as twelve and "half a dozen" as six', () => {
    expect(summaries('Edward Crane had a dozen cousins.', 'Edward Crane wrote to his ten cousins.')).toEqual([
      "Edward Crane's cousins are 12 in Chapter 1 but 10 in Chapter 2.",
    ]);
    expect(summaries('Edward Crane kept half a dozen horses.', 'His eight horses were fine.')).toEqual([
      "Edward Crane's horses are 6 in Chapter 1 but 8 in Chapter 2.",
    ]);
  });

  it('reads no rough dozen: one no one has, or one put as about a dozen', () => {
    expect(summaries('A dozen horses stood in the yard.', 'Edward Crane had ten horses.')).toEqual([]);
    expect(
      summaries('Edward Crane had about a dozen cousins.', 'Edward Crane wrote to his ten cousins.'),
    ).toEqual([]);
    expect(
      summaries('Edward Crane had a dozen cousins.', 'Edward Crane wrote to his twelve cousins.'),
    ).toEqual([]);
  });
});
