/**
 * A father and son of one name kept apart when the text tells them apart: "my father is Matthew
 * Colley too", or both "old Colley" and "young Colley" (issue 17; The Crale Stories,
 * docs/quality/story-bible.md, thirty-fourth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { type Extraction, extract } from '../../src/bible/index.js';
import { source } from '../support/bible.js';

/** The key of the entry whose mention covers the last word of `phrase`, written once in `text`. */
function holderOf(result: Extraction, text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase) + phrase.lastIndexOf(' ') + 1;
  return result.entities.find((e) => e.mentions.some((m) => m.start <= at && at < m.end))?.key;
}

const SAME_NAME = `It was in March that young Mr. Hale came to the office. He was a thin, nervous man of twenty.

"My name is Walter Hale," he said. "My father is Walter Hale too. You will know the mill."

"I know the mill," said the inspector. "What has happened, Mr. Hale?"

Young Hale looked at the floor. "Somebody has been writing to my father."

Old Mr. Hale met us at the mill gate. He was a broad, slow man with white hair.

"My son talks too much," said old Hale. "Walter always did."

The elder Hale took us up to the counting house and shut the door.`;

describe('a father and son of one name', () => {
  it('keeps the father apart when the text says his name is his son\'s "too" and marks old and young', () => {
    const result = extract([source(SAME_NAME)]);
    const son = holderOf(result, SAME_NAME, 'My name is Walter Hale');
    const father = holderOf(result, SAME_NAME, 'Old Mr. Hale');
    expect(son).toBeDefined();
    expect(father).toBeDefined();
    expect(father).not.toBe(son);
    expect(holderOf(result, SAME_NAME, 'My father is Walter Hale')).toBe(father);
    expect(holderOf(result, SAME_NAME, 'said old Hale')).toBe(father);
    expect(holderOf(result, SAME_NAME, 'The elder Hale')).toBe(father);
    expect(holderOf(result, SAME_NAME, 'Young Hale')).toBe(son);
    expect(holderOf(result, SAME_NAME, 'young Mr. Hale')).toBe(son);
    expect(result.entities.find((e) => e.key === father)?.name).toMatch(/the elder$/);
  });

  it('gives a bare surname to the nearer of the two marks', () => {
    const text = `Old Crane kept the ferry at Holm. Crane had kept it for forty years, and his father before him.

In the spring young Crane went to sea. Crane wrote home from Valparaiso, and from Hong Kong.

Years afterwards old Crane sat on the landing stage in the sun. "The boy will come back," said Crane.`;
    const result = extract([source(text)]);
    const father = holderOf(result, text, 'Old Crane');
    const son = holderOf(result, text, 'spring young Crane');
    expect(father).toBeDefined();
    expect(son).toBeDefined();
    expect(father).not.toBe(son);
    expect(holderOf(result, text, 'Holm. Crane')).toBe(father);
    expect(holderOf(result, text, 'sea. Crane')).toBe(son);
    expect(holderOf(result, text, 'said Crane')).toBe(father);
  });

  it('keeps the father apart on "his father was also" and the name, with no marks of age', () => {
    const text = `Edward Pryce was the curate at Lydd. His father was also Edward Pryce, and kept a school in Hythe.

Edward Pryce walked to the church every morning. Pryce was a quiet man.`;
    const result = extract([source(text)]);
    const son = holderOf(result, text, 'Edward Pryce');
    const father = holderOf(result, text, 'also Edward Pryce');
    expect(son).toBeDefined();
    expect(father).toBeDefined();
    expect(father).not.toBe(son);
    expect(holderOf(result, text, '\n\nEdward Pryce')).toBe(son);
  });

  it('gives "young" and the surname to the one son named in full, beside the father\'s surname', () => {
    const text = `Old Mr. Voss kept the chandler's shop on the quay. His son Arthur was a clerk in Bristol. Arthur Voss came home in June, thin and pale. Mr. Voss met him at the coach. "You work too hard, Arthur," said Mr. Voss. Young Voss only smiled. That night Arthur sat late over his books.`;
    const result = extract([source(text)]);
    const father = holderOf(result, text, 'Old Mr. Voss');
    expect(holderOf(result, text, 'Young Voss')).toBe(holderOf(result, text, 'Arthur Voss'));
    expect(holderOf(result, text, 'said Mr. Voss')).toBe(father);
    expect(father).not.toBe(holderOf(result, text, 'Young Voss'));
  });

  it('keeps the father apart on "his father, also" and the name', () => {
    const text = `Thomas Rook was the youngest pilot on the river. His father, also Thomas Rook, had drowned at the bar.

Thomas Rook took the Swallow out on Monday.`;
    const result = extract([source(text)]);
    const father = holderOf(result, text, 'also Thomas Rook');
    expect(father).toBeDefined();
    expect(father).not.toBe(holderOf(result, text, 'Thomas Rook'));
    expect(holderOf(result, text, '\n\nThomas Rook')).toBe(holderOf(result, text, 'Thomas Rook'));
  });

  it('keeps one man called "old Pinner" by his neighbours, with no younger one, as one entry', () => {
    const text = `Samuel Pinner kept the lock at Sandford. The boatmen all called him old Pinner.

"Old Pinner's asleep again," said the carter, but Pinner was not asleep. Mr. Pinner was watching the weir.`;
    const result = extract([source(text)]);
    const pinners = result.entities.filter((e) => e.type === 'character' && /Pinner/.test(e.name));
    expect(pinners).toHaveLength(1);
  });

  it('keeps one entry for "young Dobbs" with no elder of the name', () => {
    const text = `Young Dobbs was the new clerk at the bank. Harry Dobbs was nineteen and wore yellow gloves.

Mr. Dobbs was late on Monday. "Young Dobbs again," said the manager, and Dobbs blushed.`;
    const result = extract([source(text)]);
    const dobbses = result.entities.filter((e) => e.type === 'character' && /Dobbs/.test(e.name));
    expect(dobbses).toHaveLength(1);
  });

  it('does not split a name said of a father without "too", "also" or marks of age', () => {
    const text = `"My name is Robert Lane," he said. "My father is a miller at Ashby."

Robert Lane sat down. Mr. Lane was tired, and Lane said nothing more that night.`;
    const result = extract([source(text)]);
    const lanes = result.entities.filter((e) => e.type === 'character' && /Lane/.test(e.name));
    expect(lanes).toHaveLength(1);
  });
});
