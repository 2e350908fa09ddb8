/**
 * A false name told of "he" or "she" ("He's lodging under the name of Mr. Brown"), from The Pemberton
 * Files and The Thornleigh Emeralds (docs/quality/story-bible.md, twenty-ninth session, bible70).
 * Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a false name told of a pronoun', () => {
  it('joins the man named in the paragraph before, not the one who speaks of him', () => {
    const text = `Inspector Ned Crouch knew him. The sharper's name was Ezra Stott, and he had served eighteen months in Lewes gaol for a similar affair.

"And we've got him, miss," said Crouch to me, "or near enough. He's lodging under the name of Mr. Brown at the Lady Jane in Wapping."

Mr. Brown paid his bill on Friday. Ezra Stott was taken on Saturday.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Brown')).toBe(one(result, 'Ezra Stott'));
    expect(one(result, 'Crouch')).not.toBe(one(result, 'Ezra Stott'));
  });

  it('joins the woman named last before "she went by the name of"', () => {
    const text = `Ada Quill came to Bath in the spring with Tom Vane. She went by the name of Mrs. Lacy, and took rooms over a milliner's.

Mrs. Lacy was seen at the Pump Room every morning. Ada Quill had never been so happy.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mrs. Lacy')).toBe(one(result, 'Ada Quill'));
  });

  it('leaves the name apart when a description the pronoun may mean stands between', () => {
    const text = `Tom Pennick found the emerald a week later in the shop of a cutter in Hatton Garden. The cutter described the man who had brought it: tall and fair. He had called himself Mr. John Reed.

Mr. Reed never came back. Tom Pennick waited a month.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. John Reed')).not.toBe(one(result, 'Tom Pennick'));
  });
});
