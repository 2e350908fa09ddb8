import { describe, expect, it } from 'vitest';
import { type Gender, herRole, resolvePronouns } from '../../src/pronouns/index.js';
import { passageCharacters } from './passage-characters.js';

/** Each pronoun as written with the name the resolver gives it; each name is a character of the given gender. */
function resolved(text: string, people: Record<string, Gender>): Array<[string, string | null]> {
  const characters = passageCharacters(
    text,
    Object.keys(people).map((name) => ({ id: name, names: [name] })),
  ).map((c) => ({ ...c, gender: people[c.id] }));
  return resolvePronouns(text, characters).map((p) => [p.text, p.characterId]);
}

describe("an object pronoun's clause subject across a negation or an infinitive (pronouns inVerbPhrase)", () => {
  it('does not give the object pronoun to a name whose verb phrase holds "not" or an infinitive\'s "to"', () => {
    expect(
      resolved(
        '“I shall not go,” said Ellen. She took up the sewing again, and Mrs. Marsh did not press her.',
        {
          Ellen: 'female',
          'Mrs. Marsh': 'female',
        },
      ),
    ).toEqual([
      ['She', 'Ellen'],
      ['her', 'Ellen'],
    ]);
    expect(
      resolved('Dawson came up the drive slowly, for he knew that the Squire meant to scold him.', {
        Dawson: 'male',
        Squire: 'male',
      }),
    ).toEqual([
      ['he', 'Dawson'],
      ['him', 'Dawson'],
    ]);
  });

  it('still takes no name a preposition governs for the subject, with a negation or not', () => {
    expect(
      resolved('Colonel Pyncheon stood in the hall. The son of Maule did not address him.', {
        'Colonel Pyncheon': 'male',
        Maule: 'male',
      }),
    ).toEqual([['him', 'Colonel Pyncheon']]);
  });
});

describe('an indefinite pronoun opens a clause (pronouns CLAUSE_OPENING)', () => {
  it('frees an object pronoun after "no one" or "nobody" from the sentence\'s subject', () => {
    expect(
      resolved('Nelly carried the tray up to Mrs. Bray’s room. She knocked twice, but no one answered her.', {
        Nelly: 'female',
        'Mrs. Bray': 'female',
      }),
    ).toEqual([
      ['She', 'Nelly'],
      ['her', 'Nelly'],
    ]);
  });

  it('leaves "no" before another word to the clause it stands in', () => {
    expect(
      resolved('Tom met Harry in the lane. Tom had no wish to see him.', { Tom: 'male', Harry: 'male' }),
    ).toEqual([['him', 'Harry']]);
  });
});

describe('the named subject of a coordinate clause (pronouns opensCoordinateClause)', () => {
  it('takes a name after ", and" or "and" that a verb follows for the subject of its clause', () => {
    expect(
      resolved('Susan gave Martha the letter, and Martha read it at once. She put it in the drawer.', {
        Susan: 'female',
        Martha: 'female',
      }),
    ).toEqual([['She', 'Martha']]);
    expect(
      resolved('Julia played and Miss Dacre sang; she had a thin, sweet voice.', {
        Julia: 'female',
        'Miss Dacre': 'female',
      }),
    ).toEqual([['she', 'Miss Dacre']]);
  });

  it('binds an object pronoun by that subject: "and the old Colonel listened to her"', () => {
    expect(
      resolved('Miss Dacre sang, and the old Colonel listened to her with his eyes shut.', {
        'Miss Dacre': 'female',
        Colonel: 'male',
      }),
    ).toEqual([
      ['her', 'Miss Dacre'],
      ['his', 'Colonel'],
    ]);
  });

  it('keeps the first name the subject of names joined with no verb between, and of a lower-case name', () => {
    expect(
      resolved('Susan and Martha read the letter together. She put it in the drawer.', {
        Susan: 'female',
        Martha: 'female',
      }),
    ).toEqual([['She', 'Susan']]);
    expect(
      resolved('Biscuit was not in the yard that morning, and the cook said she had gone in the night.', {
        Biscuit: 'female',
        cook: 'female',
      }),
    ).toEqual([['she', 'Biscuit']]);
  });
});

describe('a topic the sentence opens on (pronouns FRONTED_TOPIC)', () => {
  const raven =
    'The Raven stayed at the palace too. He lived on the top of the treasury door and told everyone what he thought of them, and nobody could make him stop.';

  it('gives the he after "As for the Fox," to the Fox over the chain before it', () => {
    expect(
      resolved(`${raven}\n\nAs for the Fox, he came to the river gate once a year.`, {
        Raven: 'male',
        Fox: 'male',
      }).at(-1),
    ).toEqual(['he', 'Fox']);
  });

  it('leaves a name that "As for" does not set off by a comma to the salience', () => {
    expect(
      resolved(`${raven}\n\nAs for the Fox’s den, he never went near it.`, { Raven: 'male', Fox: 'male' }).at(
        -1,
      ),
    ).toEqual(['he', 'Raven']);
  });
});

describe('"her" before a preposition is the object (pronouns herRole)', () => {
  it('reads "her without", "her through" and "her against" as objects', () => {
    const text = 'handed it to her without a word; saw her through the door; held her against the wind';
    const roles = [...text.matchAll(/\bher\b/g)].map((m) => herRole(text, m.index + 3));
    expect(roles).toEqual(['object', 'object', 'object']);
  });

  it('still reads "her" before a noun as the possessive', () => {
    expect(herRole('took her shawl', 8)).toBe('possessive');
  });
});

describe('the subject of an opening subordinate clause (pronouns pastOpeningClause)', () => {
  const people: Record<string, Gender> = { 'Mr. Dorne': 'male', Tom: 'male' };

  it('does not bind an object pronoun past the clause’s comma, where the main clause has its own subject', () => {
    expect(
      resolved('Mr. Dorne was asleep by the fire. When Tom came in, his sister rose to meet him.', people),
    ).toEqual([
      ['his', 'Tom'],
      ['him', 'Tom'],
    ]);
  });

  it('still binds an object pronoun inside the clause', () => {
    expect(
      resolved('Mr. Dorne was asleep by the fire. When Tom woke him, the fire was out.', people),
    ).toEqual([['him', 'Mr. Dorne']]);
  });
});
