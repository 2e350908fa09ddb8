/**
 * Names that are no one's (not-people.ts): each passage's people read as the merge traps are
 * (merge-traps.test.ts), and none of its non-people a character; the floor is the count the rules
 * below reach.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, peopleMisread, source } from '../support/bible.js';
import { notPeoplePassages } from './not-people.js';

const PASSAGES_READ_RIGHT_FLOOR = 6;

function misread(): string[] {
  return notPeoplePassages.flatMap((passage) => {
    const extraction = extract([source(passage.text)]);
    const asPerson = passage.notPeople.filter((name) =>
      holding(extraction, name).some((entry) => entry.type === 'character'),
    );
    const why = [
      peopleMisread(passage.people, extraction),
      asPerson.length > 0 ? `characters: ${asPerson.join(', ')}` : undefined,
    ].filter((reason) => reason !== undefined);
    return why.length === 0 ? [] : [`${passage.kind}: ${why.join('; ')}`];
  });
}

describe("names that are no one's", () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${notPeoplePassages.length} passages right`, () => {
    const wrong = misread();
    console.log(
      `not people: ${notPeoplePassages.length - wrong.length}/${notPeoplePassages.length} right\n${wrong.join('\n')}`,
    );
    expect(notPeoplePassages.length - wrong.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

/** Whether any character's entry holds the name. */
function aCharacter(text: string, name: string): boolean {
  return holding(extract([source(text)]), name).some((entry) => entry.type === 'character');
}

describe("rules from the names that are no one's", () => {
  it('reads a name after "the Old" with a capital as a place', () => {
    const text = `Nora Pym acted at the Old Vic for ten years, and her last night at the Old Vic was in May. Her husband, Tom Pym, sold the programmes.`;
    expect(aCharacter(text, 'Vic')).toBe(false);
    expect(aCharacter(text, 'Nora Pym')).toBe(true);
  });

  it('guard: one after "the Old" who speaks or acts is a character', () => {
    const text = `"Not today," said the Old Pennick. The Old Pennick shut the door on us.`;
    expect(aCharacter(text, 'Pennick')).toBe(true);
  });

  it('guard: a name after "the Old" with no preposition of place is not made a place', () => {
    const text = `Jem Lusk was full of the Old Gorringe that night, his mother said, and Jem Lusk laughed.`;
    expect(holding(extract([source(text)]), 'Gorringe').map((entry) => entry.type)).not.toContain('location');
  });

  it('guard: "old X" in small letters, after "the" or not, is an old man', () => {
    const text = `Everyone in the yard knew old Marlow. The old Marlow we knew would never have sold the boat, said his nephew Dick Marlow.`;
    expect(aCharacter(text, 'Marlow')).toBe(true);
  });

  it('reads a possessive after "at" with no noun after it as a house of business', () => {
    const text = `Edward Quint bought his gloves at Hatchard's, and his hats at Lock's every spring. Quint was a careful man.`;
    expect(aCharacter(text, 'Hatchard')).toBe(false);
    expect(aCharacter(text, 'Lock')).toBe(false);
  });

  it('guard: a possessive after "at" with its noun is someone\'s', () => {
    const text = `We stayed at Hatchard's house by the river. Hatchard said little, and Hatchard's dog said less.`;
    expect(aCharacter(text, 'Hatchard')).toBe(true);
  });

  it("reads a one-word name after a street's name and a comma as its district", () => {
    const text = `Miss Ida Venn had rooms in Tolland Square, Kenstowe, over a bootmaker's. Ida Venn paid her rent in gold.`;
    expect(aCharacter(text, 'Kenstowe')).toBe(false);
  });

  it('guard: a name after a given name and "Street" is a person', () => {
    const text = `Jack Street, Molly and I walked to the fair.`;
    expect(aCharacter(text, 'Molly')).toBe(true);
  });
});
