import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { askedThing, namingEvidence, namingPatterns } from '../../src/chat/naming.js';
import { answerMessage, type ChatSources } from '../../src/chat/pipeline.js';
import type { SearchRequest } from '../../src/chat/retrieval.js';
import type { Passage } from '../../src/chat/types.js';

const MOBY = readFileSync(join(REPO_ROOT, '../shared/data/novels/2489_moby_dick.txt'), 'utf8');

/** The novel's text around `needle`, with exact offsets, as a search would return it. */
function passageAround(needle: string, id: string): Passage {
  const at = MOBY.indexOf(needle);
  if (at < 0) throw new Error(`not in the novel: ${needle}`);
  const start = Math.max(0, at - 600);
  const end = Math.min(MOBY.length, at + needle.length + 600);
  return {
    id,
    fileId: 'moby',
    kind: 'manuscript',
    chapter: 100,
    start,
    end,
    text: MOBY.slice(start, end),
    score: 1,
  };
}

describe('the thing a question asks the name of', () => {
  it.each([
    ["What was the name of the one-armed captain's ship?", 'ship', ['one-armed', 'captain', 'ship']],
    ['What was the name of the inn in New Bedford and who kept it?', 'inn', ['inn']],
    ['What was the name of the German ship and where was she from?', 'ship', ['German', 'ship']],
    ['What was the ship called?', 'ship', ['ship']],
    ['What did the sailors call the whale?', 'whale', ['whale']],
  ])('%s -> %s', (question, noun, words) => {
    expect(askedThing(question)).toEqual({ noun, words });
  });

  it('asks no thing of other questions', () => {
    expect(askedThing('Who is Mr. Darcy?')).toBeNull();
    expect(askedThing('How old was Lydia?')).toBeNull();
  });
});

describe('sentences that name a thing', () => {
  const names = (sentence: string, noun: string) => namingPatterns(noun).some((p) => p.test(sentence));

  it.each([
    ['"Samuel Enderby is the name of my ship," interrupted the one-armed captain', 'ship'],
    ['Yojo--the name of his black little god', 'god'],
    ['there was an inn called the Spouter-Inn, kept by Peter Coffin', 'inn'],
    ['The name of the ship was the Pequod.', 'ship'],
    ['Next day, a ship named the Rachel was descried.', 'ship'],
    ['the old ship, which they called the Jeroboam, lay at anchor', 'ship'],
  ])('names: %s', (sentence, noun) => {
    expect(names(sentence, noun)).toBe(true);
  });

  it.each([
    ['He called the ship a wreck.', 'ship'],
    ['The ship was named after her owner.', 'ship'],
    ['The name of the ship was painted over.', 'ship'],
    ['Samuel Enderby is the name of my ship.', 'whale'],
  ])('does not name: %s', (sentence, noun) => {
    expect(names(sentence, noun)).toBe(false);
  });
});

describe('naming evidence', () => {
  const naming = passageAround('"Samuel Enderby is the name of my ship,"', 'enderby');
  const decoy = passageAround('Next day, a large ship, the Rachel', 'rachel');
  const asked: SearchRequest[] = [];
  const search = async (request: SearchRequest) => {
    asked.push(request);
    return [decoy, naming];
  };

  it("finds the sentence naming the thing asked for, by the thing's words, verbatim at its offsets", async () => {
    const [found, ...rest] = await namingEvidence(
      "What was the name of the one-armed captain's ship?",
      search,
    );
    expect(rest).toEqual([]);
    expect(asked[0]).toMatchObject({ mode: 'lexical', text: 'one-armed captain ship name called named' });
    expect(found?.passage.id).toBe('enderby');
    expect(MOBY.slice(found?.start, found?.end)).toMatch(/^"Samuel Enderby is the name of my ship,"/);
  });

  it('leads the offline answer with that sentence though retrieval found only another passage', async () => {
    const question = "What was the name of the one-armed captain's ship?";
    const sources: ChatSources = { retrieve: async () => [decoy], bibleFacts: async () => [] };
    const without = await answerMessage(question, [], sources);
    expect(without.citations[0]?.quote).not.toContain('Samuel Enderby');
    const { citations } = await answerMessage(question, [], {
      ...sources,
      naming: (asked) => namingEvidence(asked, search),
    });
    expect(citations[0]?.quote).toContain('"Samuel Enderby is the name of my ship,"');
    expect(MOBY.slice(citations[0]?.start, citations[0]?.end)).toBe(citations[0]?.quote);
  });
});
