/**
 * The nicknames the text tells (nicknames.ts), read as the merge traps are (merge-traps.test.ts): the
 * floor is the count on arrival, raised as rules read more passages right; and the rules written
 * from its passages, each with a guard of what it leaves.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';
import { misreadTraps } from './merge-traps.js';
import { nicknames } from './nicknames.js';

const PASSAGES_READ_RIGHT_FLOOR = 18;

describe('nicknames the text tells', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${nicknames.length} passages right`, () => {
    const misread = misreadTraps(nicknames);
    console.log(
      `nicknames: ${nicknames.length - misread.length}/${nicknames.length} right\n${misread.join('\n')}`,
    );
    expect(nicknames.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

describe('rules from the nicknames', () => {
  it('joins a nickname set right after the name: ", whom the boys called X", ", nicknamed X,", ", whose nickname was X"', () => {
    const whom = `The smithy belonged to Amos Rudge, whom the boys called Sooty. Sooty shod every horse in the valley. Sooty never smiled.`;
    const nicknamed = `Clement Vyse, nicknamed Owlet, sat up all night over his books. Owlet slept through chapel. Owlet passed first.`;
    const whose = `Martha Keast, whose nickname was Bunting, ran the post office. Bunting read every postcard. Bunting told nobody.`;
    for (const [text, name, nickname] of [
      [whom, 'Amos Rudge', 'Sooty'],
      [nicknamed, 'Clement Vyse', 'Owlet'],
      [whose, 'Martha Keast', 'Bunting'],
    ] as const) {
      const result = extract([source(text)]);
      expect(one(result, nickname)).toBe(one(result, name));
    }
  });

  it('joins a nickname set after the name with those who use it ("Dorothy Gale, Dodo to her sisters,")', () => {
    const text = `Dorothy Gale, Dodo to her sisters, was the clever one. Dodo read Greek at twelve. Dodo went to Girton.`;
    const result = extract([source(text)]);
    expect(one(result, 'Dodo')).toBe(one(result, 'Dorothy Gale'));
  });

  it('gives the nickname to no one when a description, not a name, stands before the comma', () => {
    const text = `Tom Hicks crossed with the ferryman, whom everyone called Grumble. Grumble said nothing. Tom Hicks paid him a penny.`;
    const result = extract([source(text)]);
    expect(one(result, 'Grumble')).not.toBe(one(result, 'Tom Hicks'));
    const users = `Tom Hicks met the vicar's wife, Zuzu to her sisters, at the gate. Zuzu talked. Tom Hicks listened. Zuzu laughed.`;
    const met = extract([source(users)]);
    expect(one(met, 'Zuzu')).not.toBe(one(met, 'Tom Hicks'));
  });

  it('reads an ordinary word given as a name ("known to his friends as Pudding") as the person\'s', () => {
    const text = `Cyril Mapp kept the accounts at the brewery, and was known to his friends as Pudding. Pudding never drank. Pudding went home at six.`;
    const result = extract([source(text)]);
    expect(one(result, 'Pudding')).toBe(one(result, 'Cyril Mapp'));
  });

  it('leaves an ordinary word that names a thing ("a boat called Pudding") apart from the person', () => {
    const text = `Joe Vine bought a boat called Pudding. Pudding leaked from the first day. Joe Vine sold Pudding in the spring.`;
    const result = extract([source(text)]);
    const joe = holding(result, 'Joe Vine');
    expect(joe).toHaveLength(1);
    expect(joe.some((e) => e.name === 'Pudding' || e.aliases.includes('Pudding'))).toBe(false);
  });
});
