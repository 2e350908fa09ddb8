/**
 * A given name alone and a full name of that given name in a collection of tales (issue 17): two
 * men of one given name and different surnames are two people unless the text joins them.
 * Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, tales } from '../support/bible.js';

const uncleTale: [heading: string, body: string] = [
  'I. THE AFFAIR OF THE ORCHARD HOUSE',
  `"My grandfather had two sons," said young Mr. Farrow, "my uncle Silas and my father. My uncle Silas went to Canada as a young man, and Silas came home rich. Silas kept to his room, and he died in the orchard pond."`,
];

describe('a given name alone in a tale that never names the namesake', () => {
  it('keeps "Silas" of one tale apart from "Silas Whitcombe", first named in a later tale', () => {
    const text = tales(uncleTale, [
      'II. THE AFFAIR OF THE OPIUM DEN',
      `Kate Whitcombe, the widow of the late Silas Whitcombe, came to us at night. Silas Whitcombe had been a clergyman at Bath.`,
    ]);
    const result = extract([text]);
    expect(one(result, 'Silas')).not.toBe(one(result, 'Silas Whitcombe'));
  });

  it('guard: joins the given name when its tale names the full name too', () => {
    const text = tales(
      [
        'I. THE AFFAIR OF THE ORCHARD HOUSE',
        `Silas Whitcombe kept the orchard house. Silas went to Canada as a young man, and Silas came home rich.`,
      ],
      ['II. THE AFFAIR OF THE OPIUM DEN', `Mr. Farrow came to us at night about a pond at Horsham.`],
    );
    const result = extract([text]);
    expect(one(result, 'Silas')).toBe(one(result, 'Silas Whitcombe'));
  });

  it('guard: joins a given name used in a later tale, after the full name was named', () => {
    const text = tales(
      [
        'I. THE AFFAIR OF THE OPIUM DEN',
        `Silas Whitcombe had been a clergyman at Bath, and Silas Whitcombe came to us at night.`,
      ],
      [
        'II. THE AFFAIR OF THE ORCHARD HOUSE',
        `Silas came home rich from Canada, and Silas kept to his room.`,
      ],
    );
    const result = extract([text]);
    expect(one(result, 'Silas')).toBe(one(result, 'Silas Whitcombe'));
  });

  it("guard: a novel's chapters are one story, and its given name joins the full name of a later chapter", () => {
    const text = tales(
      ['Chapter One', `Silas went to Canada as a young man, and Silas came home rich.`],
      [
        'Chapter Two',
        `Silas Whitcombe had been a clergyman at Bath, and Silas Whitcombe kept the orchard house.`,
      ],
    );
    const result = extract([text]);
    expect(one(result, 'Silas')).toBe(one(result, 'Silas Whitcombe'));
  });
});
