/**
 * The Vellacott Chronicles' naming patterns (chronicle-names.ts), read as the merge traps are
 * (merge-traps.test.ts): the floor is the count on arrival, raised as rules read more passages right.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';
import { chronicleNames } from './chronicle-names.js';
import { misreadTraps } from './merge-traps.js';

const PASSAGES_READ_RIGHT_FLOOR = 6;

describe("The Vellacott Chronicles' naming patterns", () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${chronicleNames.length} passages right`, () => {
    const misread = misreadTraps(chronicleNames);
    console.log(
      `chronicle names: ${chronicleNames.length - misread.length}/${chronicleNames.length} right\n${misread.join('\n')}`,
    );
    expect(chronicleNames.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

describe('rules from the chronicle names', () => {
  it('joins a nickname many people give after "him" or "her" ("The whole parish called him X", "the other girls called her X")', () => {
    for (const [text, name, nickname] of [
      [
        `Nathan Quick mended boots in a cellar. The whole street called him Cobbler. Cobbler never left the cellar. Cobbler sang hymns.`,
        'Nathan Quick',
        'Cobbler',
      ],
      [
        `Bessie Laity packed pilchards on the quay. The fish-wives called her Gull. Gull could out-shout any of them. Gull was never tired.`,
        'Bessie Laity',
        'Gull',
      ],
    ] as const) {
      const result = extract([source(text)]);
      expect(one(result, nickname)).toBe(one(result, name));
    }
  });

  it('joins a nickname set before the name with who uses it ("Rook, as the keepers called Abel Tremlett,")', () => {
    const text = `Corky, as the pedlars called Isaac Rundle, bought every bright thing on the road. Corky sold them again at Truro fair, and the constable there knew Corky well.`;
    const result = extract([source(text)]);
    expect(one(result, 'Corky')).toBe(one(result, 'Isaac Rundle'));
  });

  it('joins no nickname to a name "as they call" does not give it to (a possessive, or a description before the name)', () => {
    const possessive = `Corky, as the pedlars called Isaac Rundle's brother, bought every bright thing on the road. Corky sold them at Truro fair, and the constable knew Corky well. Isaac Rundle sold nothing.`;
    const result = extract([source(possessive)]);
    const isaac = holding(result, 'Isaac Rundle');
    expect(isaac).toHaveLength(1);
    expect(isaac.some((e) => e.name === 'Corky' || e.aliases.includes('Corky'))).toBe(false);
    const described = `Corky, as we call the new carter, came over from Redruth with Isaac Rundle. The carter and Isaac Rundle loaded the cart, and Corky drove it.`;
    const carter = extract([source(described)]);
    expect(
      holding(carter, 'Isaac Rundle').some((e) => e.name === 'Corky' || e.aliases.includes('Corky')),
    ).toBe(false);
  });

  it('gives a nickname "her" to the woman named before it, not to a man of no known gender named after her', () => {
    const text = `Her name was Martha Trewin, and her uncle was Zebedee Trewin, the saddler of Fore Street. She said that in her uncle's yard the grooms called her Wren, because she was small. Wren laughed. Zebedee Trewin did not.`;
    const result = extract([source(text)]);
    expect(one(result, 'Wren')).toBe(one(result, 'Martha Trewin'));
    expect(one(result, 'Wren')).not.toBe(one(result, 'Zebedee Trewin'));
  });

  it('gives a nickname many give "him" to a man of no known gender when no one of the pronoun\'s gender is named', () => {
    const text = `The forge below the church was Tregarthen's, and Tregarthen worked it alone. The boys called him Vulcan. Vulcan shod the vicar's cob. Vulcan drank at the Anchor.`;
    const result = extract([source(text)]);
    expect(one(result, 'Vulcan')).toBe(one(result, 'Tregarthen'));
  });

  it('gives a nickname in speech to the man the speaker names, not to the speaker ("he said, "called Joseph Kettle"")', () => {
    const text = `Ambrose came back late.\n\n"There is a man," he said, "called Silas Vane, who robs churches. The men who work with him have nicknamed him the Sexton. The Sexton was seen at Bodmin."\n\nThe Sexton was taken at Bodmin, and Ambrose went to bed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Sexton')).toBe(one(result, 'Silas Vane'));
  });
});
