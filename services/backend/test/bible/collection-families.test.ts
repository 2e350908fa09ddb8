/**
 * A collection of tales, from The Thorne Affairs' left-overs (docs/quality/story-bible.md,
 * thirty-second session): a surname's family kept to its tale, false names told after an opening
 * phrase, a name its bearer denies, and a town the long list of given names knows. Passages of my
 * own, none from the manuscript.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { membersOf, one, source, tales } from '../support/bible.js';

describe("a family's members in a collection of tales", () => {
  const first = `Mr. Henry Vane kept a clock shop in Frome. Henry Vane had lost a key, and Mr. Vane wept over it. We found the key in his own waistcoat.`;

  it('keeps a namesake of another tale out of the family its tale never names', () => {
    const text = tales(
      ['I. THE AFFAIR OF THE LOST KEY', first],
      [
        'II. THE AFFAIR OF THE BLUE DOOR',
        `Mrs. Vane came to us from Wells about a door. We drove out to the farm, and the Vanes gave us tea. Mrs. Vane showed us the door, and the Vanes' dog barked at it.`,
      ],
    );
    const result = extract([text]);
    expect(one(result, 'Henry Vane')).not.toBe(one(result, 'Mrs. Vane'));
    expect(membersOf(result, 'Vanes')).toEqual(['Mrs. Vane']);
  });

  it('guard: keeps a bearer the text ties by kin to a member, though named in another tale', () => {
    const text = tales(
      [
        'I. THE AFFAIR OF THE BLUE DOOR',
        `Mrs. Vane came to us from Wells about a door. We drove out to the farm, and the Vanes gave us tea. Mrs. Vane showed us the door.`,
      ],
      [
        'II. THE AFFAIR OF THE GREY MARE',
        `Mrs. Vane wrote again in the spring. Her son, Robert Vane, had lost a mare at Shepton fair. Robert Vane came to Bath on the Monday, and Robert Vane paid us in guineas.`,
      ],
    );
    const result = extract([text]);
    expect(membersOf(result, 'Vanes')).toEqual(['Mrs. Vane', 'Robert Vane']);
  });

  it("guard: a novel's chapters are one story, and its family keeps a bearer named in another chapter", () => {
    const text = tales(
      [
        'Chapter One',
        `The Vanes had lived at Frome for a hundred years. Mr. Henry Vane kept the mill, and Henry Vane kept it well.`,
      ],
      [
        'Chapter Two',
        `Miss Ellen Vane came home from Wells in May. Ellen Vane had been at school there, and Miss Vane was glad to be home.`,
      ],
    );
    const result = extract([text]);
    expect(membersOf(result, 'Vanes')).toEqual(['Miss Ellen Vane', 'Mr. Henry Vane']);
  });
});

describe('false names told of "he" after an opening phrase', () => {
  const later = `\n\nEzra Hale had lodged in Reading with a widow. Samuel Hine owed money in Dover. Ezra Holt was taken on the Monday.`;

  it('joins the names told after "Before that he was in Reading," and "and before that in Dover as"', () => {
    const text = `"Ezra Holt has kept the shop three years," said the Inspector to my aunt. "Before that he was in Reading, under the name of Ezra Hale, and before that in Dover as Samuel Hine, and he left each town in a hurry."${later}`;
    const result = extract([source(text)]);
    expect(one(result, 'Ezra Hale')).toBe(one(result, 'Ezra Holt'));
    expect(one(result, 'Samuel Hine')).toBe(one(result, 'Ezra Holt'));
  });

  it('guard: a name met in that place, with no lead, is someone else', () => {
    const text = `"Ezra Holt has kept the shop three years," said the Inspector to my aunt. "Before that he was in Reading with Ezra Hale, and before that Samuel Hine came to Dover as a clerk."${later}`;
    const result = extract([source(text)]);
    expect(one(result, 'Ezra Hale')).not.toBe(one(result, 'Ezra Holt'));
    expect(one(result, 'Samuel Hine')).not.toBe(one(result, 'Ezra Holt'));
  });

  it('guard: a clause of another subject after the false name keeps its name apart', () => {
    const text = `"Ezra Holt has kept the shop three years," said the Inspector to my aunt. "Before that he was in Reading, under the name of Ezra Hale, and his partner went to Dover as Samuel Hine."${later}`;
    const result = extract([source(text)]);
    expect(one(result, 'Samuel Hine')).not.toBe(one(result, 'Ezra Holt'));
  });
});

describe('a name its speaker denies, and the one she gives as her own', () => {
  it('joins "I am not Ruth Gale ... My name is Ruth Lomax"', () => {
    const text = `We found Miss Gale in a lodging by the river. Miss Gale did not rise.

"I am not Ruth Gale," she said, when my aunt had told her who we were. "Gale was my first mistress's name. My name is Ruth Lomax."

Ruth Lomax went home to Taunton in May. Miss Gale was never seen in Bath again.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss Gale')).toBe(one(result, 'Ruth Lomax'));
  });

  it('guard: the denied name of someone met in a scene with the speaker stays apart', () => {
    const text = `Lord Quin came down to breakfast, and Hobbs brought him his letters. "Is there a fire in the library?" Lord Quin asked Hobbs.

"I am not Lord Quin, madam," said the man at the door. "My name is Hobbs."

Hobbs took the lady's card up to Lord Quin.`;
    const result = extract([source(text)]);
    expect(one(result, 'Hobbs')).not.toBe(one(result, 'Lord Quin'));
  });
});

describe('a town the long list of given names knows', () => {
  it('types "Preston" a place when every mention stands where a place does and none where a person does', () => {
    const text = `Tom Ashe had been at school in Preston and was asked to leave it. His mother lived near Preston, and Tom Ashe wrote to her from Preston every week. The governess came from a family at Preston.`;
    const result = extract([source(text)]);
    expect(one(result, 'Preston').type).toBe('location');
  });

  it('guard: a "Preston" who speaks is a person', () => {
    const text = `Preston came in at nine. "The horses are ready," said Preston. Tom Ashe went down to Preston in the yard, and Preston led the mare out.`;
    const result = extract([source(text)]);
    expect(one(result, 'Preston').type).toBe('character');
  });
});
