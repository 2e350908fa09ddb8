/**
 * A title and surname given in so many words to the one named in full before it ("the world called
 * him Mr. Pemberton"), from The Pemberton Files (docs/quality/story-bible.md, twenty-eighth
 * session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a title and surname given to the one named in full before it', () => {
  it('joins "called him Mr. Ambler" to Lucas Ambler, whom the text also calls Lucas', () => {
    const text = `My name is Ruth Ambler. I kept house for my brother.

Lucas Ambler was thirty that spring. I called him Lucas; the tradesmen called him Mr. Ambler.

"Good morning, Mr. Ambler," said the baker. Lucas nodded. Mr. Ambler paid him. Lucas went upstairs, and Mr. Ambler read the paper.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Ambler')).toBe(one(result, 'Lucas Ambler'));
  });

  it('leaves "called him Mr. Ambler" apart when the one named before has another surname', () => {
    const text = `My name is Ruth Ambler. I kept house for my father.

Lucas Fenn was thirty that spring. I called him Lucas; the tradesmen called him Mr. Ambler.

"Good morning, Mr. Ambler," said the baker. Lucas nodded. Mr. Ambler paid him. Lucas went upstairs, and Mr. Ambler read the paper.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Ambler')).not.toBe(one(result, 'Lucas Fenn'));
  });

  it('leaves "Mr. Ambler" apart beside his son when no naming verb gives it', () => {
    const text = `My name is Ruth Ambler. I kept house for my brother.

Lucas Ambler was thirty that spring. I called him Lucas; he was the son of Mr. Ambler.

"Good morning, Mr. Ambler," said the baker. Lucas nodded. Mr. Ambler paid him. Lucas went upstairs, and Mr. Ambler read the paper.`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Ambler')).not.toBe(one(result, 'Lucas Ambler'));
  });

  it('leaves "call him Mr. Ambler" of the grandson apart when an earlier chapter used it of the grandfather', () => {
    const first = `Mr. Ambler owned the mill. Mr. Ambler was seventy and walked with a stick. His son Peter Ambler kept the books, and Mr. Ambler watched him.

`;
    const second = `Lucas Ambler was nineteen when the mill became his. The hands, who had called him Master Lucas, began to call him Mr. Ambler.

"Mr. Ambler wants the invoices," said the foreman. Lucas sent for them.`;
    const text = first + second;
    const result = extract([
      {
        fileId: 'book',
        text,
        chapters: [
          { title: 'One', start: 0, end: first.length },
          { title: 'Two', start: first.length, end: text.length },
        ],
      },
    ]);
    const grandson = one(result, 'Lucas Ambler');
    expect(grandson.mentions.filter((m) => m.start < first.length)).toEqual([]);
  });
});
