/**
 * A possessive pronoun's kin given to someone its sentence does not name, when the sentence names a
 * person of the pronoun's gender just before it ("Josiah Benson came on his daughter Mary's arm":
 * the resolver's pick was the chapter's dead miller), from The Garland Inheritance and The
 * Pemberton Files (docs/quality/story-bible.md, thirty-seventh session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holderContradicted, type NamedPerson } from '../../src/bible/kin-holders.js';
import { source } from '../support/bible.js';

/** The typed relations between people, as "source type target". */
function kinOf(text: string): string[] {
  const result = extract([source(text)]);
  const name = (key: string) => result.entities.find((e) => e.key === key)?.name;
  return result.relations
    .filter((r) => !['co_occurs', 'located_in', 'member_of'].includes(r.type))
    .map((r) => `${name(r.sourceKey)} ${r.type} ${name(r.targetKey)}`);
}

describe('the holder of a kin word after "his" or "her"', () => {
  it('gives no relation to a holder other than the person of that gender the sentence names before it', () => {
    const text = `Thomas Garland kept the mill at Ashby for forty years. Josiah Benson had been a weaver at the mill before the power looms came, and Thomas Garland kept him on out of loyalty. Mary Benson kept house for her father.

Thomas Garland died in the November of that year, in his chair by the fire. Pruett found him at six.

They buried him beside his wife, and the whole valley came. Mrs. Ashby came with her husband and her three children; Josiah Benson came on his daughter Mary's arm and wept like a child.
`;
    expect(kinOf(text)).not.toContain('Thomas Garland parent_of Mary Benson');
  });

  it('keeps the kin of a holder read from "she" after the other woman is named ("and she had given ... her nephew")', () => {
    const text = `Mrs. Dacre had been Lady Wyvern's companion for seven years. Walter was a clerk in the Strand, and Mrs. Dacre was fond of him.

It had been Mrs. Dacre's plan from the beginning. She had taken the key from Lady Wyvern's table while her ladyship slept, and she had given the true stones to her nephew Walter at the gate.
`;
    expect(kinOf(text)).toContain('Mrs. Dacre family Walter');
  });
});

describe('holderContradicted', () => {
  const text = 'Captain Fenner objected to it strongly; his cousin Walter objected.';
  const at = text.indexOf('his');
  const people: NamedPerson[] = [
    { key: 'fenner', gender: 'male', start: 0, end: 14 },
    { key: 'walter', gender: 'male', start: text.indexOf('Walter'), end: text.indexOf('Walter') + 6 },
  ];

  it('holds a holder the sentence does not name before the pronoun to be against it', () => {
    expect(holderContradicted(text, 0, at, 'male', 'tom', people)).toBe(true);
  });

  it('leaves a holder the sentence names before the pronoun alone', () => {
    expect(holderContradicted(text, 0, at, 'male', 'fenner', people)).toBe(false);
  });

  it('leaves the pronoun open when "he" stands between the name and it, or no one of its gender is named', () => {
    const told = 'Captain Fenner said that he would go with his cousin Walter.';
    const person: NamedPerson[] = [{ key: 'fenner', gender: 'male', start: 0, end: 14 }];
    expect(holderContradicted(told, 0, told.indexOf('his'), 'male', 'tom', person)).toBe(false);
    expect(holderContradicted(text, 0, at, 'female', 'tom', people)).toBe(false);
  });
});

describe('the kin a family "had"', () => {
  it('gives "The Ingrams had a daughter, Philippa" to the family\'s couple', () => {
    const text = `The headmaster was Dr. Ingram, a small grey man with a soft voice.

Mrs. Ingram was a large, kind woman who kept bees. The Ingrams had a daughter, Philippa, who was fifteen and went to a school of her own in Salisbury.

Dr. Ingram gave the prizes, and Philippa Ingram handed out the strawberries.
`;
    const kin = kinOf(text);
    expect(kin).toContain('Dr. Ingram parent_of Philippa Ingram');
    expect(kin).toContain('Mrs. Ingram parent_of Philippa Ingram');
  });

  it('gives no relation when the family has more than two people of title and surname', () => {
    const text = `The headmaster was Dr. Ingram, a small grey man with a soft voice. Miss Ingram taught the little boys their letters.

Mrs. Ingram was a large, kind woman who kept bees. The Ingrams had a son, Tom, who was fifteen and went to a school of his own in Salisbury.

Dr. Ingram gave the prizes, and Tom Ingram handed out the strawberries.
`;
    expect(kinOf(text).filter((k) => k.includes('parent_of'))).toEqual([]);
  });

  it('gives no relation to a kin named before the family introduces them (a namesake)', () => {
    const text = `His name was John Hale, and he was the surgeon of Wyke. Old Samuel Hale, the surgeon before him, had died two winters before I came.

They were married in June. Mrs. Hale kept the house, and Mr. Hale kept the surgery.

The Hales had three children: Samuel, who is a surgeon in Leeds, and two girls who married and went away.
`;
    expect(kinOf(text).filter((k) => k.includes('parent_of'))).toEqual([]);
  });
});
