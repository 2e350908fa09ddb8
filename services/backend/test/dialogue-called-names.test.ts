import { describe, expect, it } from 'vitest';
import { extract } from '../src/bible/index.js';
import { calledNameFolds } from '../src/dialogue/called-names.js';
import { analyseDialogue } from '../src/dialogue/index.js';

/** The folds of a text, as names: "Charles -> Mr. Bingley". */
function folds(lines: string[]): string[] {
  const text = lines.join('\n\n');
  const source = { fileId: 'f', text, chapters: [] };
  const extraction = extract([source]);
  const name = new Map(extraction.entities.map((e) => [e.key, e.name]));
  return calledNameFolds(source, extraction, analyseDialogue(source, extraction).quotes).map(
    (f) => `${name.get(f.from)} -> ${name.get(f.into)}`,
  );
}

/** Mr. Bingley speaks, tagged by name. */
const BINGLEY_SPEAKS = [
  'Mr. Bingley sat with his sisters and Mr. Darcy in the drawing-room.',
  '“It is amazing to me,” said Mr. Bingley, “how young ladies can be so accomplished.”',
];

describe('given names the dialogue joins to a character', () => {
  it('join a spoken given name to the titled character its line answers', () => {
    expect(
      folds([...BINGLEY_SPEAKS, '“All young ladies accomplished! My dear Charles, what do you mean?”']),
    ).toEqual(['Charles -> Mr. Bingley']);
  });

  it('leave the name alone when its lines answer two different characters', () => {
    expect(
      folds([
        ...BINGLEY_SPEAKS,
        '“All young ladies accomplished! My dear Charles, what do you mean?”',
        '“I never dance,” said Mr. Darcy.',
        '“Charles, you must make him dance.”',
      ]),
    ).toEqual([]);
  });

  it('leave the name alone when its gender is not the character’s', () => {
    expect(
      folds([...BINGLEY_SPEAKS, '“All young ladies accomplished! My dear Louisa, what does he mean?”']),
    ).toEqual([]);
  });

  it('leave alone a name the narration uses: the extraction had its reasons', () => {
    expect(
      folds([
        ...BINGLEY_SPEAKS,
        '“All young ladies accomplished! My dear Charles, what do you mean?”',
        'Charles came in with his sister and sat down.',
      ]),
    ).toEqual([]);
  });
});

describe('a given name called in a line its speaker says as a spouse', () => {
  /** Mr. and Mrs. Hale, he on the verandah, she by him; nobody answered before the line. */
  const COUPLE = [
    'Mr. Hale came out on the verandah with his newspaper. Mrs. Hale sat by him in the shade.',
    'Mr. Hale folded the newspaper and stood up to go to the club.',
  ];

  it('joins the name to the wife when her husband says it, and to the husband when his wife does', () => {
    expect(folds([...COUPLE, '“Send him away when he bores you, Martha,” instructed her husband.'])).toEqual([
      'Martha -> Mrs. Hale',
    ]);
    expect(folds([...COUPLE, '“Do not be late for dinner, Walter,” said his wife.'])).toEqual([
      'Walter -> Mr. Hale',
    ]);
  });

  it('leaves alone a spouse noun that is not the tag, and a name of the other gender', () => {
    expect(
      folds([...COUPLE, '“Send him away when he bores you, Martha,” cried her husband’s mother.']),
    ).toEqual([]);
    expect(folds([...COUPLE, '“Send him away when he bores you, Walter,” instructed her husband.'])).toEqual(
      [],
    );
  });
});
