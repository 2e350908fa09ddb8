/** Kin the ledger reads beside names become typed relations of the story bible, with their passages. */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/analysis.js';

function relationsOf(text: string) {
  const { bible } = analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [] });
  const name = (key: string) => bible.entities.find((e) => e.key === key)?.name;
  return bible.relations
    .filter((r) => r.type !== 'co_occurs' && r.type !== 'located_in')
    .map((r) => ({
      type: r.type,
      source: name(r.sourceKey),
      target: name(r.targetKey),
      label: r.label,
      quotes: r.evidence.map((e) => text.slice(e.start, e.end)),
    }));
}

const OPENING = [
  'Sir William Lucas walked in and spoke to the company about the assembly.',
  'Maria Lucas came in after him and sat by the window.',
  'Mrs. Bennet laughed at them both. Mr. Gardiner bowed to everyone.',
  'Jane Bennet and Mary Bennet walked out.',
].join('\n\n');

describe('kin relations', () => {
  it('types the kin the ledger reads beside names, oriented as the type reads, with the passage', () => {
    const text = `${OPENING}\n\nMr. Gardiner was Mrs. Bennet's brother. Jane Bennet and Mary Bennet were sisters. Maria Lucas, whose father was Sir William Lucas, smiled.`;
    expect(relationsOf(text)).toEqual([
      {
        type: 'sibling',
        source: 'Mrs. Bennet',
        target: 'Mr. Gardiner',
        label: 'brother',
        quotes: ["Mr. Gardiner was Mrs. Bennet's brother"],
      },
      {
        type: 'sibling',
        source: 'Jane Bennet',
        target: 'Mary Bennet',
        label: 'sister',
        quotes: ['Jane Bennet and Mary Bennet were sisters'],
      },
      {
        type: 'parent_of',
        source: 'Sir William Lucas',
        target: 'Maria Lucas',
        // A label says what the target is to the source.
        label: 'child',
        quotes: ['Maria Lucas, whose father was Sir William Lucas'],
      },
    ]);
  });

  it('leaves kin a character states in speech out of the relations', () => {
    const text = `${OPENING}\n\n"Mr. Gardiner was Mrs. Bennet's brother," said Maria Lucas.`;
    expect(relationsOf(text)).toEqual([]);
  });
});
