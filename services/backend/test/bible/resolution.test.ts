import { describe, expect, it } from 'vitest';
import { type ExtractedEntity, type Extraction, extract, type SourceText } from '../../src/bible/index.js';

function source(text: string): SourceText {
  return { fileId: 'book', text, chapters: [] };
}

function holding(extraction: Extraction, name: string): ExtractedEntity[] {
  return extraction.entities.filter((e) => e.name === name || e.aliases.includes(name));
}

function one(extraction: Extraction, name: string): ExtractedEntity {
  const found = holding(extraction, name);
  if (found.length !== 1)
    throw new Error(
      `${found.length} entities hold ${name}: ${extraction.entities.map((e) => e.name).join(', ')}`,
    );
  return found[0] as ExtractedEntity;
}

describe('whole-book resolution', () => {
  it('joins a title and a given name ("Miss Lizzy") to the one person of that given name', () => {
    const text = `Elizabeth Bennet walked to Meryton. Elizabeth laughed at the officers.

"Come here, Miss Lizzy," said the old nurse. Elizabeth came. Elizabeth sat down.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss Lizzy')).toBe(one(result, 'Elizabeth'));
  });

  it('joins two titles of one surname when no one else bears it, but never a woman to a man', () => {
    const text = `M. Krempe was a little squat man. M. Krempe asked me questions. Professor Krempe laughed.

Colonel Forster came to dinner. Mrs. Forster came with him. Colonel Forster spoke. Mrs. Forster smiled.`;
    const result = extract([source(text)]);
    expect(one(result, 'Professor Krempe')).toBe(one(result, 'M. Krempe'));
    expect(one(result, 'Colonel Forster')).not.toBe(one(result, 'Mrs. Forster'));
  });

  it('keeps people of the same surname apart unless the text joins them', () => {
    const text = `Mr. Knightley walked to Hartfield. Mr. John Knightley stayed in London.
Mr. Knightley spoke to Emma. Mr. John Knightley wrote a letter. Mr. Knightley smiled.
Mr. John Knightley came back.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Knightley')).not.toBe(one(result, 'Mr. John Knightley'));
  });

  it('follows a change of name by marriage: the full name with the new surname joins her and her married name', () => {
    const text = `Lydia Bennet laughed. Lydia ran to the window. Lydia was fond of Mr. Wickham.

Mr. Wickham married her in London. Mrs. Wickham came home. Mrs. Wickham laughed. Mr. Wickham smiled.

The letter was signed: Lydia Wickham.`;
    const result = extract([source(text)]);
    const lydia = one(result, 'Lydia');
    expect(one(result, 'Mrs. Wickham')).toBe(lydia);
    expect(one(result, 'Lydia Wickham')).toBe(lydia);
    expect(one(result, 'Mr. Wickham')).not.toBe(lydia);
  });

  it('gives "Miss Lucas" to the one unmarried woman of the surname', () => {
    const text = `Charlotte Lucas came to Longbourn. Charlotte sat by Elizabeth. Sir William Lucas bowed.
Miss Lucas said nothing. Charlotte smiled. Miss Lucas went home with Sir William Lucas.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss Lucas')).toBe(one(result, 'Charlotte'));
    expect(one(result, 'Sir William Lucas')).not.toBe(one(result, 'Charlotte'));
  });
});

describe('characters known by a description, by an initial, by a surname', () => {
  it('makes one character of a being the whole book only describes, with its descriptions as aliases', () => {
    const text = [
      'Victor looked up. The creature stood at the door.',
      ...Array.from({ length: 5 }, () => 'The creature spoke to Victor, and the fiend laughed.'),
      ...Array.from({ length: 4 }, () => 'Victor fled from the monster; the wretched monster followed.'),
      'A creature of the woods ran past. Victor slept. The fiend came again.',
    ].join('\n');
    const result = extract([source(text)], { longText: 10, minDescribed: 6 });
    const creature = one(result, 'the creature');
    expect(creature.type).toBe('character');
    expect(creature.aliases).toEqual(
      expect.arrayContaining(['the fiend', 'the monster', 'the wretched monster']),
    );
    // "A creature of the woods" is no one in particular.
    expect(creature.mentions.map((m) => m.text)).not.toContain('A creature');
    // In a short excerpt there is too little text to tell.
    expect(holding(extract([source(text)]), 'the creature')).toHaveLength(0);
  });

  it('makes no character of descriptions that are neither many names for one being nor acting', () => {
    const text = Array.from({ length: 12 }, () => 'Ahab saw the monster. The crew hunted the creature.').join(
      '\n',
    );
    const result = extract([source(text)], { longText: 10, minDescribed: 6 });
    expect(holding(result, 'the monster')).toHaveLength(0);
    expect(holding(result, 'the creature')).toHaveLength(0);
  });

  it('gives a title and an initial ("Colonel F.") to the one person of that title and letter', () => {
    const text = `Colonel Forster came. Colonel Forster spoke to Lydia. Mrs. Forster laughed.
Mrs. Forster sat down. Lydia wrote: "Give my love to Colonel F. and tell Mrs. F. I am gone."`;
    const result = extract([source(text)]);
    expect(one(result, 'Colonel F')).toBe(one(result, 'Colonel Forster'));
    expect(one(result, 'Mrs. F')).toBe(one(result, 'Mrs. Forster'));
  });

  it('reads a rank after an honorific as a surname ("Miss King") and keeps "the late Mr. Darcy" apart from the living', () => {
    const text = `Wickham courted Miss King. Miss King had ten thousand pounds. Miss King went to Liverpool.

Mr. Darcy walked in. "The late Mr. Darcy was a good man," said Mrs. Reynolds. Mr. Darcy smiled.
The late Mr. Darcy had loved his son. Mr. Darcy bowed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Miss King').type).toBe('character');
    expect(one(result, 'Miss King').mentions).toHaveLength(3);
    const late = one(result, 'late Mr. Darcy');
    expect(late).not.toBe(one(result, 'Mr. Darcy'));
    expect(late.type).toBe('character');
  });

  it('does not give a bare surname to a woman of that name ("Beaufort" is not "Caroline Beaufort")', () => {
    const text = `A merchant named Beaufort lost his fortune. Caroline Beaufort was his daughter.
Caroline Beaufort nursed him, and poor Beaufort died in her arms. We mourned Beaufort.`;
    const result = extract([source(text)]);
    expect(one(result, 'Beaufort')).not.toBe(one(result, 'Caroline Beaufort'));
  });
});

describe('what is not a character', () => {
  it('makes Anna Brook a person, whose surname is also a place word, and keeps the heading out', () => {
    const text = 'Chapter 1\n\nAnna Brook lived in Leeds. Anna Brook kept bees.\n';
    const result = extract([
      { fileId: 'book', text, chapters: [{ title: 'Chapter 1', start: 0, end: text.length }] },
    ]);
    expect(one(result, 'Anna Brook').type).toBe('character');
    expect(one(result, 'Leeds').type).toBe('location');
    expect(result.entities.flatMap((e) => [e.name, ...e.aliases])).not.toContain('Chapter');
    // A street named after someone is still a street.
    const street = extract([source('They walked along Elizabeth Street. Elizabeth Street was busy.')]);
    expect(one(street, 'Elizabeth Street').type).toBe('location');
  });

  it('types a family as a group whose members are the characters of its name', () => {
    const text = `Mr. Bennet read. Mrs. Bennet talked. Mr. Bennet laughed at Mrs. Bennet.

The Bennets dined with the Lucases. Sir William Lucas bowed to the Bennets.

The Miss Bennets walked to Meryton.`;
    const result = extract([source(text)]);
    const bennets = one(result, 'Bennets');
    expect(bennets.type).toBe('group');
    expect(one(result, 'Miss Bennets')).toBe(bennets);
    expect(one(result, 'Lucases').type).toBe('group');
    const members = result.relations
      .filter((r) => r.type === 'member_of' && r.targetKey === bennets.key)
      .map((r) => r.sourceKey)
      .sort();
    expect(members).toEqual([one(result, 'Mr. Bennet').key, one(result, 'Mrs. Bennet').key].sort());
    for (const r of result.relations.filter((x) => x.type === 'member_of'))
      expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('in a whole book, keeps languages, peoples, invoked deities and once-seen names out of the characters', () => {
    const text = `Victor Frankenstein studied Sanskrit. Victor read of the Greeks and the Turks.
Thank God, said Victor. God knows what Victor felt. Clerval smiled at Victor. Clerval read Homer.
The Greeks were wise, said Clerval. Clerval laughed.`;
    const result = extract([source(text)], { longText: 10 });
    const characters = result.entities.filter((e) => e.type === 'character').map((e) => e.name);
    expect(characters).toContain('Victor');
    expect(characters).toContain('Clerval');
    expect(characters).not.toContain('Sanskrit');
    expect(characters).not.toContain('Greeks');
    expect(characters).not.toContain('God');
    expect(characters).not.toContain('Homer');
    expect(one(result, 'Greeks').type).toBe('group');
    expect(one(result, 'God').type).toBe('term');
  });
});
