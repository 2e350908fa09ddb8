/**
 * A maiden name a speaker states of herself ("I was Clara Ashby before I married," said Mrs. Dunn),
 * read through analyseText, where the dialogue names the speaker (docs/quality/story-bible.md,
 * twenty-ninth session, bible70). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/bible/index.js';
import { analyseText } from '../../src/ingest/analysis.js';
import { one } from '../support/bible.js';

function read(text: string): Extraction {
  return analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [] }).bible;
}

describe('a maiden name a speaker states of herself', () => {
  it('joins "I was X before I married" to the speaker', () => {
    const bible = read(`Mrs. Dunn poured the tea and looked at the inspector over the pot.

"I was Clara Ashby before I married," said Mrs. Dunn. "My father kept the mill at Seaton."

The inspector wrote it down. Clara Ashby had been a witness in the Seaton case. Mrs. Dunn smiled.`);
    expect(one(bible, 'Clara Ashby')).toBe(one(bible, 'Mrs. Dunn'));
  });

  it('joins "Until last June I was X" to the speaker', () => {
    const bible = read(`Mrs. Dunn poured the tea and looked at the inspector over the pot.

"Until last June I was Clara Ashby," said Mrs. Dunn. "Nobody in Seaton calls me anything else yet."

The inspector wrote it down. Clara Ashby had been a witness in the Seaton case. Mrs. Dunn smiled.`);
    expect(one(bible, 'Clara Ashby')).toBe(one(bible, 'Mrs. Dunn'));
  });

  it("leaves apart a name she was someone's, or a name with no time or marriage told", () => {
    const bible = read(`Mrs. Dunn poured the tea and looked at the inspector over the pot.

"Before I married I was Clara Ashby's maid," said Mrs. Dunn. "I was Clara Ashby's friend too."

The inspector wrote it down. Clara Ashby had been a witness in the Seaton case. Mrs. Dunn smiled.`);
    expect(one(bible, 'Clara Ashby')).not.toBe(one(bible, 'Mrs. Dunn'));
    const told = read(`Mrs. Dunn poured the tea and looked at the inspector over the pot.

"I was Clara Ashby in the play," said Mrs. Dunn. "It ran a week at Seaton."

The inspector wrote it down. Clara Ashby had been a witness in the Seaton case. Mrs. Dunn smiled.`);
    expect(one(told, 'Clara Ashby')).not.toBe(one(told, 'Mrs. Dunn'));
  });
});
