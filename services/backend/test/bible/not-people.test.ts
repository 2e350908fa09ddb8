/**
 * Names that are no one's (not-people.ts): each passage's people read as the merge traps are
 * (merge-traps.test.ts), and none of its non-people a character; the floor is the count the rules
 * below reach.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, peopleMisread, source } from '../support/bible.js';
import { notPeoplePassages } from './not-people.js';

const PASSAGES_READ_RIGHT_FLOOR = 4;

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
