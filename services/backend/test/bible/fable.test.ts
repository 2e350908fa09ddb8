/** Beast fables: creatures named by their kind ("the Stoat", "the Harvest Mouse", "Mrs. Moorhen"). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

// Read as a whole book, where a name mostly after the article is a thing unless the text makes it
// someone (thirty-eighth session).
const WHOLE_BOOK = { longText: 10 };

describe('a creature named by its kind', () => {
  it('makes a character of "the Weasel", who acts again and again but speaks once', () => {
    const text = `The Weasel came down the bank at dusk. Nobody on the river trusted the Weasel, and nobody asked the Weasel in.

Later the Weasel shook the Badger's paw at the gate, and the Weasel went away along the path. In the morning the Weasel came back, and the Weasel looked at the holes one by one. "Nobody home," said the Weasel.`;
    const result = extract([source(text)]);
    expect(one(result, 'Weasel').type).toBe('character');
  });

  it('leaves an inn "the Mitre" no one when a single verb follows it', () => {
    const text = `He stood me a supper at the Mitre. Everybody at the Mitre called him the Captain. He had been a week at the Mitre.

"Forty pounds, at cards, at the Mitre," said Jacob Kitto. "I asked at the Mitre myself."`;
    const result = extract([source(text)]);
    expect(one(result, 'Mitre').type).not.toBe('character');
  });

  it('joins "the Moorhen" to "Mrs. Moorhen", her kind after a title', () => {
    const text = `"Good morning, Mrs. Moorhen," said Tom Hale. "It is not a good morning," said Mrs. Moorhen. Mrs. Moorhen was sitting on her nest.

Nobody could hurry the Moorhen. Tom Hale brought bread for the Moorhen, and the chicks of the Moorhen ate it. The nest of the Moorhen was in the reeds, and the eggs of the Moorhen were warm. "Thank you," said Mrs. Moorhen.`;
    const result = extract([source(text)]);
    expect(one(result, 'Moorhen')).toBe(one(result, 'Mrs. Moorhen'));
  });

  it('joins "the Mouse" to "the Harvest Mouse", who speaks', () => {
    const text = `"I keep the keys," said the Harvest Mouse. "I only sweep," said the Harvest Mouse.

Nobody noticed the Mouse. Tom Hale gave the keys to the Mouse, and the apron of the Mouse was full of them. The kitchen of the Mouse was cold. Tea for the Mouse was made in a thimble.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mouse')).toBe(one(result, 'Harvest Mouse'));
  });

  it('leaves "the Gull" an inn beside "the Blue Gull", a name that never speaks', () => {
    const text = `My father kept the Blue Gull for twenty years. The Blue Gull stood at the top of the slip.

Nobody set foot in the Gull on Sundays. Jacob Kitto went up to the Gull to dry his jersey, and the fire of the Gull was lit. The roof of the Gull leaked. The door of the Gull was blue.`;
    const result = extract([source(text)]);
    expect(one(result, 'Gull').type).not.toBe('character');
  });

  it('joins "the Badger" to "Bartholomew", whom the text names "Bartholomew the Badger"', () => {
    const text = `The lamp was lit in the sett of Bartholomew the Badger. "Come in," said Bartholomew. Bartholomew poured the tea.

Everyone on the hill went to the Badger for advice. "Sit down," said the Badger, and the Badger listened. "More tea?" asked the Badger, and the Badger was kind.`;
    const result = extract([source(text)]);
    expect(one(result, 'Badger')).toBe(one(result, 'Bartholomew'));
  });

  it('keeps "the Badger" apart from a name that ends the sentence before it', () => {
    const text = `The lamp was lit in the sett of Bartholomew. The Badger was out. "Come in," said Bartholomew. Bartholomew poured the tea.

Everyone on the hill went to the Badger for advice. "Sit down," said the Badger, and the Badger listened. "More tea?" asked the Badger, and the Badger was kind.`;
    const result = extract([source(text)]);
    expect(one(result, 'Badger')).not.toBe(one(result, 'Bartholomew'));
  });

  it('joins "the Grey" and "the Red" to the two squirrels, of a kind told apart by colour', () => {
    const text = `"Good morning," said the Red Squirrel. "Good morning," said the Grey Squirrel. "It is late," said the Red Squirrel. "It is early," said the Grey Squirrel.

Tom Hale climbed up to the Grey, and the keys of the Grey were in a bag. Nobody knew the Grey well. The tree of the Grey was tall.

Tom Hale went to the Red first. The nuts of the Red were soft, and the ears of the Red stood up. Nobody could stop the Red.`;
    const result = extract([source(text)]);
    expect(one(result, 'Grey')).toBe(one(result, 'Grey Squirrel'));
    expect(one(result, 'Red')).toBe(one(result, 'Red Squirrel'));
    expect(one(result, 'Red Squirrel')).not.toBe(one(result, 'Grey Squirrel'));
  });

  it('joins "the Grey" to no one when two speakers\' names begin with it', () => {
    const text = `"Good morning," said the Grey Heron. "Good morning," said the Grey Squirrel. "It is late," said the Grey Heron. "It is early," said the Grey Squirrel.

Tom Hale climbed up to the Grey, and the keys of the Grey were in a bag. Nobody knew the Grey well. The tree of the Grey was tall.`;
    const result = extract([source(text)]);
    expect(holding(result, 'Grey').filter((e) => e.name.includes('Grey '))).toEqual([]);
  });

  it('makes "the Grey Hare", who speaks once and acts throughout a whole book, a character, "the Hare" his', () => {
    const text = `Once upon a time the Grey Hare lived at the edge of the meadow. Every morning the Grey Hare ran round the meadow, and every evening the Grey Hare sat under the hawthorn.

A hare from the far side of the hill ran off when it saw the Grey Hare. "Nobody stays," said the Grey Hare sadly.

"Why do you run?" asked Tom Hale. "Because I am late," said the Hare. The Hare was always late, and the Grey Hare ran home.`;
    const result = extract([source(text)], WHOLE_BOOK);
    expect(one(result, 'Grey Hare').type).toBe('character');
    expect(one(result, 'Hare')).toBe(one(result, 'Grey Hare'));
  });

  it('makes "the Heron", who speaks once and acts once, a character in a short text too', () => {
    const text = `The Gatekeeper was a tall Heron in a blue coat. "Name?" said the Heron. Polly told him. The Heron wrote it down and let her in.

Nobody at the fair liked the Heron. "Off with the hat of the Heron!" cried Polly's aunt.`;
    const result = extract([source(text)]);
    expect(one(result, 'Heron').type).toBe('character');
  });

  it('leaves "the Kestrel", a boat that acts in a whole book but never speaks, no one', () => {
    const text = `The Kestrel came in on the tide. Tom Hale watched the Kestrel from the quay, and the Kestrel swung round.

Nobody rowed out to the Kestrel. The Kestrel sailed at dawn, and the Kestrel was gone. "A fine boat," said Tom Hale.`;
    const result = extract([source(text)], WHOLE_BOOK);
    expect(holding(result, 'Kestrel').filter((e) => e.type === 'character')).toEqual([]);
  });

  it('leaves "the Lantern", an inn whose name a speaker only says, no one in a whole book', () => {
    const text = `Tom Hale went up to the Lantern at dusk. The Lantern stood at the top of the hill, and the Lantern was full.

"Meet me at the Lantern," said Tom Hale. The fire of the Lantern was lit. The Lantern shut at ten.`;
    const result = extract([source(text)], WHOLE_BOOK);
    expect(holding(result, 'Lantern').filter((e) => e.type === 'character')).toEqual([]);
  });
});

describe('a creature named after a capital "Old"', () => {
  it('makes "the Old Badger", who speaks twice, a character in a whole book that also writes "a badger"', () => {
    const text = `The Old Badger lived under the roots of the beech. Every evening the Old Badger swept his doorstep. "Rain tonight," said the Old Badger, and went in.

A badger from the other wood came by, but it did not stop. "Will you share it?" asked the Old Badger, when the Otter came up with a fish.`;
    const result = extract([source(text)], WHOLE_BOOK);
    expect(holding(result, 'Badger').map((e) => e.type)).toEqual(['character']);
  });

  it('leaves "the Old Bailey", named after a speech verb with a subject of its own, a place', () => {
    const text = `Tom Hale was tried at the Old Bailey in May. They said the Old Bailey was full that day, and the Old Bailey was cold.

"Not the Old Bailey again," said Tom Hale, and he went down to the Old Bailey with his lawyer.`;
    const result = extract([source(text)], WHOLE_BOOK);
    expect(holding(result, 'Bailey').filter((e) => e.type === 'character')).toEqual([]);
  });
});
