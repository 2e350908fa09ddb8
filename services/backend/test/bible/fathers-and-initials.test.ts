/**
 * Fathers and sons of one surname, and names signed with an initial (fathers-and-initials.ts), read
 * as the merge traps are (merge-traps.test.ts): the floor is the count the rules below reach, and
 * each rule has a passage of its own and guards.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';
import { fathersAndInitials } from './fathers-and-initials.js';
import { misreadTraps } from './merge-traps.js';

const PASSAGES_READ_RIGHT_FLOOR = 7;

describe('fathers and initials', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${fathersAndInitials.length} passages right`, () => {
    const misread = misreadTraps(fathersAndInitials);
    console.log(
      `fathers and initials: ${fathersAndInitials.length - misread.length}/${fathersAndInitials.length} right\n${misread.join('\n')}`,
    );
    expect(fathersAndInitials.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

describe('rules from the fathers and initials', () => {
  it('gives "Mr. X" to a father called "old" before his given name, not to his son', () => {
    const text = `Old Mr. Trebilcock owned the quarry. Enoch Trebilcock had opened it as a boy, and his son Harry Trebilcock ran it now. Old Enoch still walked to the pit every morning. Harry went to Truro on Fridays. The quarrymen said that Mr. Trebilcock could split a stone by looking at it.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Trebilcock')).toBe(one(result, 'Enoch Trebilcock'));
    expect(one(result, 'Harry')).toBe(one(result, 'Harry Trebilcock'));
    expect(one(result, 'Harry Trebilcock')).not.toBe(one(result, 'Enoch Trebilcock'));
  });

  it('takes the sex of a father whose given name no list knows from "Mr." with his surname', () => {
    // "old" and the bare surname name the family's head, once "Mr. Spargo" tells he is a man.
    const text = `Mary Spargo came to us in the rain. Her father was Hezekiah Spargo, the cooper, and her brother Jory helped him.\n\nMr. Spargo did not get up from his bench. Jory Spargo stood by the door. Everyone on the quay knew old Spargo.`;
    const result = extract([source(text)]);
    expect(one(result, 'Spargo')).toBe(one(result, 'Hezekiah Spargo'));
    expect(one(result, 'Mr. Spargo')).toBe(one(result, 'Hezekiah Spargo'));
    expect(one(result, 'Jory')).toBe(one(result, 'Jory Spargo'));
  });

  it("gives a bare surname to the family's head once named, when his son goes by his given name", () => {
    const text = `Her father was Henry Pascoe, the saddler of Fore Street, and her brother Walter worked with him. Walter Pascoe was twenty.\n\nPascoe's shop smelt of leather. Walter was at the bench. Mr. Pascoe was at the door.`;
    const result = extract([source(text)]);
    expect(one(result, 'Pascoe')).toBe(one(result, 'Henry Pascoe'));
    expect(one(result, 'Walter')).toBe(one(result, 'Walter Pascoe'));
  });

  it('reads "the younger X" as the junior and "the elder X" as the head of a family', () => {
    const text = `Mr. Amos Chegwin kept the forge at Gweek, and his son Peter Chegwin shod the horses. Peter was quick. The younger Chegwin sang at the anvil. Peter went home at dusk, and the elder Chegwin locked the door.`;
    const result = extract([source(text)]);
    const sang = result.entities.find((e) =>
      e.mentions.some(
        (m) => text.slice(m.start, m.end) === 'Chegwin' && text.slice(m.start - 8, m.start) === 'younger ',
      ),
    );
    const locked = result.entities.find((e) =>
      e.mentions.some(
        (m) => text.slice(m.start, m.end) === 'Chegwin' && text.slice(m.start - 6, m.start) === 'elder ',
      ),
    );
    expect(sang).toBe(one(result, 'Peter Chegwin'));
    expect(locked).toBe(one(result, 'Mr. Amos Chegwin'));
  });

  it('leaves a bare surname to a son the paragraph has just named by it, or before the head is named', () => {
    const named = `Mr. Henry Pascoe kept the saddlery, and his son Walter Pascoe worked there. Mr. Pascoe was at the door. Mr. Pascoe nodded.\n\nWalter came in. Walter Pascoe was a big lad. Pascoe wiped his hands on his apron.`;
    const result = extract([source(named)]);
    expect(one(result, 'Pascoe')).toBe(one(result, 'Walter Pascoe'));
    const unintroduced = `"I bought a strap from the saddler," he said. "His name is Pascoe. Walter Pascoe. He said his father would know more."\n\nThe father was Henry Pascoe, the old saddler. Mr. Pascoe did not see visitors. Mr. Pascoe kept to his room, and Walter minded the shop.`;
    const early = extract([source(unintroduced)]);
    expect(
      holding(early, 'Pascoe').every((e) => !e.aliases.includes('Henry Pascoe') && e.name !== 'Henry Pascoe'),
    ).toBe(true);
  });

  it('joins an initial signed with a rank to no woman of that initial ("E. Thursby, Major" is not Miss Eleanor)', () => {
    const text = `The note was signed "G. Trevail, Colonel (retired)." Colonel Trevail arrived at noon. His niece, Miss Grace Trevail, poured his tea. Grace smiled at him.`;
    const result = extract([source(text)]);
    expect(one(result, 'G. Trevail')).toBe(one(result, 'Colonel Trevail'));
    expect(one(result, 'G. Trevail')).not.toBe(one(result, 'Miss Grace Trevail'));
  });

  it('names an entry mostly called by its rank with the article by the rank, not by the initial it signed', () => {
    const text = `The letter was signed "G. Trevail, Colonel (retired)." The Colonel came at noon. The Colonel would not sit. Vellow gave the Colonel a chair, and Colonel Trevail took it.`;
    const result = extract([source(text)]);
    expect(one(result, 'G. Trevail').name).not.toBe('G. Trevail');
  });

  it('joins an initial of no known sex to the one whole name of its letter, as before', () => {
    const text = `A letter came for J. Trewin. Jane Trewin read it at the door. Jane Trewin wept.`;
    const result = extract([source(text)]);
    expect(one(result, 'J. Trewin')).toBe(one(result, 'Jane Trewin'));
  });

  it('joins an initial with a surname to the one given name of its letter written alone', () => {
    const text = `A note came signed "J. Kitto, Major (retired)." Major Kitto followed it at eleven. His brother, Mr. Amos Kitto, came after him. "You must forgive Jasper," said Amos Kitto. "Jasper never waits."`;
    const result = extract([source(text)]);
    expect(one(result, 'Jasper')).toBe(one(result, 'Major Kitto'));
    expect(one(result, 'J. Kitto')).toBe(one(result, 'Major Kitto'));
  });

  it('joins no given name written with another surname, nor one of two of the letter, to an initial', () => {
    const surnamed = `The report was signed "J. Kitto, Major." Major Kitto never came to the mine. Jasper Rowe, the captain of the shaft, read it out, and the men listened to Jasper.`;
    const result = extract([source(surnamed)]);
    expect(one(result, 'Jasper')).not.toBe(one(result, 'Major Kitto'));
    const two = `A note came signed "J. Kitto, Major (retired)." Major Kitto followed it at eleven. "You must forgive Jasper," said his brother. "Jasper never waits, and John never hurries." John laughed.`;
    const twoOf = extract([source(two)]);
    expect(one(twoOf, 'Jasper')).not.toBe(one(twoOf, 'Major Kitto'));
    expect(one(twoOf, 'John')).not.toBe(one(twoOf, 'Major Kitto'));
  });
});
