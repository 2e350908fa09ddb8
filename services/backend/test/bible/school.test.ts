/**
 * How a school story names its people (The Michaelmas Term at Kingsmere, docs/quality/story-bible.md,
 * twenty-fourth session): each rule's behaviour on a passage written for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a school story', () => {
  it('gives a nickname to the boy named before it when the same word named his form earlier ("in the Remove ... called him Remove")', () => {
    const text = `His name was Arthur Penhallow, and he had been in the Remove for three years, and so the whole school called him Remove.

Remove did not mind. "Come on," said Remove. Penhallow laughed. Remove ran off.`;
    const result = extract([source(text)]);
    expect(one(result, 'Remove')).toBe(one(result, 'Arthur Penhallow'));
  });

  it('takes "Constance" and "Connie" for one girl', () => {
    const text = `Connie Fane wrote every other day. "Dearest Julian," Connie wrote.

Connie laughed. Julian Fane read the letter. "Your loving sister, Constance," it ended. Connie was severe.`;
    const result = extract([source(text)]);
    expect(one(result, 'Constance')).toBe(one(result, 'Connie Fane'));
  });

  it('keeps "Connie Fane" and "Constance Grey" two girls', () => {
    const text = `Connie Fane wrote to Constance Grey. Constance Grey wrote back.

Connie Fane laughed. Constance Grey sighed. Connie Fane went home.`;
    const result = extract([source(text)]);
    expect(one(result, 'Connie Fane')).not.toBe(one(result, 'Constance Grey'));
  });

  it('takes "the Doctor" for the one man the text calls "Dr."', () => {
    const text = `The headmaster was Dr. Hallam, and nobody called him anything but the Doctor. The Doctor spoke after chapel. Fane listened to the Doctor. Fane ran. Fane sat. Dr. Hallam went out.

The Doctor said nothing. Fane liked the Doctor. "Go away, Fane," said the Doctor. The Doctor smiled.`;
    const result = extract([source(text)]);
    expect(one(result, 'Doctor')).toBe(one(result, 'Dr. Hallam'));
    expect(one(result, 'Fane')).not.toBe(one(result, 'Dr. Hallam'));
  });

  it('leaves "the Doctor" out of every entry when the text has two men called "Dr." of like weight', () => {
    const text = `Dr. Hallam and Dr. Venn came in. Dr. Hallam sat. Dr. Venn stood. The Doctor laughed.

Dr. Hallam went out. Dr. Venn went out. Fane waited. Fane ran. Fane sat.`;
    const result = extract([source(text)]);
    expect(one(result, 'Dr. Hallam')).not.toBe(one(result, 'Dr. Venn'));
    expect(result.entities.filter((e) => e.name === 'Doctor' || e.aliases.includes('Doctor'))).toEqual([]);
  });

  it('takes "Matron" for the one woman brought in as "the matron of School House"', () => {
    const text = `Miss Tindall, the matron of School House, was a broad, quick woman. She looked at Fane.

"Wet through," said Matron. Matron laughed. Fane thanked Matron. Miss Tindall went away. Matron came back. Fane sat.`;
    const result = extract([source(text)]);
    expect(one(result, 'Matron')).toBe(one(result, 'Miss Tindall'));
    expect(one(result, 'Fane')).not.toBe(one(result, 'Miss Tindall'));
  });

  it('leaves "Matron" apart when two women are brought in as matrons', () => {
    const text = `Miss Tindall, the matron of School House, was broad. Mrs. Hale, the matron of Hobart's, was thin.

"Wet through," said Matron. Matron laughed. Fane thanked Matron. Miss Tindall went away. Mrs. Hale went away. Matron came back.`;
    const result = extract([source(text)]);
    expect(one(result, 'Matron')).not.toBe(one(result, 'Miss Tindall'));
    expect(one(result, 'Matron')).not.toBe(one(result, 'Mrs. Hale'));
  });

  it('tells "Pilbeam major" and "Pilbeam minor" apart by the brother one of them speaks of (said Pilbeam minor, "but Hugh is worse")', () => {
    const text = `Hugh Pilbeam was a prefect. Tommy Pilbeam was in the Fourth. Pilbeam major laughed. Pilbeam minor ran.

"My sister's a pig," said Pilbeam minor, "but Hugh's worse."

Pilbeam major went out. Pilbeam minor sat down. Tommy Pilbeam read. Hugh Pilbeam wrote. Pilbeam major came back. Pilbeam minor slept. Pilbeam major shouted. "Go away," said Pilbeam major.`;
    const result = extract([source(text)]);
    expect(one(result, 'Pilbeam minor')).toBe(one(result, 'Tommy Pilbeam'));
    expect(one(result, 'Pilbeam major')).toBe(one(result, 'Hugh Pilbeam'));
  });

  it('leaves "Pilbeam major" and "Pilbeam minor" apart when neither speaks of a brother', () => {
    const text = `Hugh Pilbeam was a prefect. Tommy Pilbeam was in the Fourth. Pilbeam major laughed. Pilbeam minor ran.

"My sister's a pig," said Pilbeam minor, "but Fane's worse."

Pilbeam major went out. Pilbeam minor sat down. Tommy Pilbeam read. Hugh Pilbeam wrote. Pilbeam major came back. Pilbeam minor slept. Pilbeam major shouted. "Go away," said Pilbeam major.`;
    const result = extract([source(text)]);
    expect(one(result, 'Pilbeam minor')).not.toBe(one(result, 'Tommy Pilbeam'));
    expect(one(result, 'Pilbeam minor')).not.toBe(one(result, 'Hugh Pilbeam'));
    expect(one(result, 'Pilbeam major')).not.toBe(one(result, 'Hugh Pilbeam'));
  });
});
