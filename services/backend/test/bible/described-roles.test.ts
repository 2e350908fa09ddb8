/**
 * Characters known only by a description or a role, from The Ferry at Carrick (docs/quality/
 * story-bible.md, thirty-first session): "the doctor" who acts throughout, "the judge" and "the
 * pedlar" with no name, beside a named doctor's "the doctor" and a calling stated of a name.
 * Passages of my own, none from the manuscript.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

describe('a nameless doctor who acts as the subject of any verb', () => {
  const story = [
    'Ada kept the mill. The doctor came up the lane at noon.',
    'The doctor folded his paper. "How is he?" asked Ada.',
    '"Sinking," said the doctor. The doctor took off his spectacles.',
    'Ada sent word to the doctor in the evening. The doctor stopped at the gate.',
    'Ada thanked the doctor, and the doctor went home.',
  ].join('\n\n');

  it('is one character, as "the old woman" is', () => {
    const doctor = one(extract([source(story)]), 'the doctor');
    expect(doctor.type).toBe('character');
    expect(doctor.mentions.length).toBeGreaterThanOrEqual(8);
  });

  it('is no one of its own where a named character is the doctor ("Dr. Lorne")', () => {
    const named = `Dr. Lorne was the only physician in the valley. Ada had known Dr. Lorne for years.\n\n${story}`;
    expect(holding(extract([source(named)]), 'the doctor')).toHaveLength(0);
  });

  it('stays no one when it is only spoken of ("send for the doctor")', () => {
    const spoken = [
      'Ada kept the mill. Ada sent for the doctor at noon.',
      'Tom went for the doctor. Ada waited for the doctor by the fire.',
      'Nobody had seen the doctor. Tom asked about the doctor at the inn.',
    ].join('\n\n');
    expect(holding(extract([source(spoken)]), 'the doctor')).toHaveLength(0);
  });
});

describe('a nameless role that acts and speaks throughout ("the judge", "the pedlar")', () => {
  it('is a character, its verbs read by their ending when the lexicon has none ("winked")', () => {
    const story = [
      'The pedlar came down the hill with his pack. "Ribbons!" said the pedlar.',
      'The pedlar winked at Ada. The pedlar leaned on the gate.',
      'Ada did not like the pedlar. "Go away," she said.',
      'The judge looked at the prisoner. "How do you plead?" said the judge.',
      'The judge wrote a note. "Twelve months," said the judge. The judge rose.',
    ].join('\n\n');
    const result = extract([source(story)]);
    expect(one(result, 'the pedlar').type).toBe('character');
    expect(one(result, 'the judge').type).toBe('character');
  });

  it('is the named character a sentence says it is ("The captain was a Welshman named Owen Pryce")', () => {
    const story = [
      'The captain was a Welshman named Owen Pryce, who spoke seldom.',
      'The captain walked the deck. "Reef the topsails," said the captain.',
      'The captain went below. The captain looked at the glass. "Wind," said the captain.',
      'Owen Pryce slept little.',
    ].join('\n\n');
    expect(holding(extract([source(story)]), 'the captain')).toHaveLength(0);
  });
});

describe('a role the narration says a named person holds ("The Governor of the island was Sir Hector Lyle.")', () => {
  const rest = `The Governor did not like the heat. Every afternoon the Governor slept, and Philip Ash did the work.

"Sir Hector," said Philip Ash, "the ship is in." The Governor listened with his eyes shut. "Keep them on board," said the Governor.`;

  it('joins the role to the name', () => {
    const result = extract([source(`The Governor of the island was Sir Hector Lyle. ${rest}`)]);
    expect(one(result, 'Governor')).toBe(one(result, 'Sir Hector Lyle'));
  });

  it('leaves the role apart from a name that is only part of what follows ("was Sir Hector Lyle\'s cousin")', () => {
    const result = extract([source(`The Governor of the island was Sir Hector Lyle's cousin. ${rest}`)]);
    expect(holding(result, 'Governor').some((e) => e.aliases.includes('Sir Hector Lyle'))).toBe(false);
  });

  it('leaves the role apart from a name after "was" when the role does not open the sentence', () => {
    const result = extract([source(`Nobody asked whether the Governor was Sir Hector Lyle. ${rest}`)]);
    expect(holding(result, 'Governor').some((e) => e.aliases.includes('Sir Hector Lyle'))).toBe(false);
  });
});
