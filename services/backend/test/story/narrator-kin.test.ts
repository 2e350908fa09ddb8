/** A first-person narrator's kin ("my brother Tom") as relations of the narrator's entry. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { quotationParts } from '../../src/dialogue/quotations.js';
import { analyseFile } from '../../src/story/file.js';
import { narratorKin } from '../../src/story/narrator-kin.js';
import { withNarratorMentions } from '../../src/story/narrator-mentions.js';
import { headedChapters } from '../support/text.js';

const TEXT = [
  'Chapter 1',
  'My name is Anna Greville, and I came home to Thornby in the spring. My father was Samuel Greville, who kept the mill for thirty years. My wife, Ellen Greville, did not want to come, and my brother Tom met us at the gate.',
  'I walked by the river with Martha Hale. "My sister Rose would like you," Martha said to me. I thought of home, and of Rose, and of Tom.',
  "My friend was Martha Hale's cousin, and my cousin, Ellen said, was nobody at all.",
].join('\n\n');

describe('narratorKin', () => {
  const file = { fileId: 'f1', text: TEXT, chapters: headedChapters(TEXT) };
  const extraction = extract([file]);
  const analysis = analyseFile(file, extraction);
  const speech = quotationParts(TEXT);
  const told = withNarratorMentions('f1', TEXT, extraction, analysis.chapters, speech);
  const relations = narratorKin('f1', TEXT, told, analysis.chapters, speech);
  const name = (key: string) => told.entities.find((e) => e.key === key)?.name;
  const read = relations.map((r) => `${name(r.sourceKey)} ${r.type} ${name(r.targetKey)}`);

  it('relates the narrator to the kin the narration names after "my", each with its sentence', () => {
    expect(read).toEqual([
      'Samuel Greville parent_of Anna Greville',
      'Anna Greville spouse Ellen Greville',
      'Anna Greville sibling Tom',
    ]);
    const [father] = relations;
    expect(TEXT.slice(father?.evidence[0]?.start, father?.evidence[0]?.end)).toBe(
      'My father was Samuel Greville, who kept the mill for thirty years.',
    );
  });

  it('reads no description after a kin word with nothing between as the kin ("fetch my father the stranger was")', () => {
    const text = [
      'Chapter 1',
      'My name is Nat Crewe, and my father kept the Gull. The stranger came in at dusk. The stranger sat by the fire.',
      'When I went to fetch my father the stranger was already on the stairs, and I followed the stranger up.',
    ].join('\n\n');
    const story = { fileId: 'f2', text, chapters: headedChapters(text) };
    const found = extract([story]);
    const analysed = analyseFile(story, found);
    const parts = quotationParts(text);
    const withTeller = withNarratorMentions('f2', text, found, analysed.chapters, parts);
    const kin = narratorKin('f2', text, withTeller, analysed.chapters, parts);
    expect(withTeller.entities.some((e) => e.name === 'the stranger')).toBe(true);
    expect(kin).toEqual([]);
  });

  it("leaves a speaker's kin, another's kin and a name that is not set off alone", () => {
    // "My sister Rose" is Martha's; "Martha Hale's cousin" is hers; "my cousin, Ellen said" is no apposition.
    expect(read.some((r) => r.includes('Rose') || r.includes('Martha'))).toBe(false);
    expect(relations.filter((r) => r.label === 'cousin' || r.label === 'friend')).toEqual([]);
  });
});
