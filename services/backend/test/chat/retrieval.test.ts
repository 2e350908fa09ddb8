import { describe, expect, it } from 'vitest';
import {
  chapterScope,
  DEFAULT_FUSION,
  expandQuery,
  type FusionWeights,
  fuse,
  fusionInputs,
  learnedScore,
  namesNoOne,
  type PooledPassage,
  poolPassages,
  resolveEntities,
  type SearchRequest,
  type StoryEntity,
  storyRetrieve,
} from '../../src/chat/retrieval.js';
import type { Passage } from '../../src/chat/types.js';

const ELIZABETH: StoryEntity = {
  id: 'e1',
  name: 'Elizabeth Bennet',
  type: 'character',
  aliases: ['Elizabeth', 'Lizzy', 'Eliza', 'Miss Bennet'],
  mentionCount: 600,
};
const JANE: StoryEntity = {
  id: 'e2',
  name: 'Jane Bennet',
  type: 'character',
  aliases: ['Jane', 'Miss Bennet'],
  mentionCount: 290,
};
const DARCY: StoryEntity = {
  id: 'e3',
  name: 'Mr. Darcy',
  type: 'character',
  aliases: ['Darcy', 'Fitzwilliam Darcy'],
  mentionCount: 400,
};
const PEMBERLEY: StoryEntity = {
  id: 'e4',
  name: 'Pemberley',
  type: 'location',
  aliases: [],
  mentionCount: 60,
};
const BIBLE = [ELIZABETH, DARCY, JANE, PEMBERLEY];

function passage(id: string, text: string, chapter: number | null = 1): Passage {
  return { id, fileId: 'book', kind: 'manuscript', chapter, start: 0, end: text.length, text, score: 0 };
}

describe('names in a question resolved to the story bible', () => {
  it('finds an entity by an alias, whole words only, as written', () => {
    expect(resolveEntities('What did Lizzy say to her aunt?', BIBLE).map((e) => e.id)).toEqual(['e1']);
    expect(resolveEntities('Is Lizzyana in the book?', BIBLE)).toEqual([]);
    expect(resolveEntities('Who is Mr Darcy?', BIBLE).map((e) => e.id)).toEqual(['e3']);
    expect(resolveEntities("Where is Darcy's estate, Pemberley?", BIBLE).map((e) => e.id)).toEqual([
      'e3',
      'e4',
    ]);
  });

  it('gives a shared alias to the entity mentioned most, and a longer name wins its words', () => {
    expect(resolveEntities('What does Miss Bennet think?', BIBLE).map((e) => e.id)).toEqual(['e1']);
    expect(resolveEntities('When does Jane Bennet go to London?', BIBLE).map((e) => e.id)).toEqual(['e2']);
  });

  it('expands a question that names an entity by another name with its canonical name', () => {
    expect(expandQuery('What did Lizzy say?', [ELIZABETH])).toBe('What did Lizzy say? (Elizabeth Bennet)');
    // Named by (part of) the canonical name: nothing to add.
    expect(expandQuery('What did Elizabeth say?', [ELIZABETH])).toBe('What did Elizabeth say?');
    expect(expandQuery('Who lives at Pemberley?', [PEMBERLEY])).toBe('Who lives at Pemberley?');
  });
});

describe('chapters named or implied in a question', () => {
  it.each([
    ['What happens in chapter 3?', 20, { from: 3, to: 3 }],
    ['Who arrives in Chapter XII?', 20, { from: 12, to: 12 }],
    ['What happens in chapters 2 to 4?', 20, { from: 2, to: 4 }],
    ['Who dies in the third chapter?', 20, { from: 3, to: 3 }],
    ['Who marries whom at the end?', 60, { from: 55, to: 60 }],
    ['What happens in the last chapter?', 61, { from: 61, to: 61 }],
    ['What happens in the final chapters?', 61, { from: 56, to: 61 }],
    ['Where do they live at the beginning?', 30, { from: 1, to: 3 }],
  ])('%s (of %i chapters) -> %o', (question, count, range) => {
    expect(chapterScope(question, count)).toEqual(range);
  });

  it('says nothing when the question does not place itself, or the count is unknown for "the end"', () => {
    expect(chapterScope('Who is Mr. Darcy?', 60)).toBeUndefined();
    expect(chapterScope('Who marries whom at the end?')).toBeUndefined();
  });

  it('reads "the end of" something other than the book as no place in it', () => {
    expect(chapterScope('What song does the turtle sing at the end of his story?', 12)).toBeUndefined();
    expect(chapterScope('Who leaves at the beginning of the ball?', 60)).toBeUndefined();
    expect(chapterScope('Who marries at the end of the novel?', 60)).toEqual({ from: 55, to: 60 });
    expect(chapterScope('Who dies by the end of the book?', 60)).toEqual({ from: 55, to: 60 });
  });
});

/** A question as fusion sees it: naming `entities` (someone when there are any). */
function asked(entities: StoryEntity[] = []) {
  return { entities, namesSomeone: entities.length > 0, type: 'other' as const, chapters: undefined };
}

describe('fusion', () => {
  const a = passage('a', 'The ship sailed at dawn.');
  const b = passage('b', 'Lizzy laughed at the letter.');
  const c = passage('c', 'The letter came from London.');

  it('adds reciprocal ranks, so a passage both rankings find leads', () => {
    const fused = fuse(poolPassages([a, c], [c, b], asked([DARCY])), {
      ...DEFAULT_FUSION,
      k: 60,
      vectorWeight: 1,
      lexicalWeight: 1,
    });
    expect(fused.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61);
  });

  it('prefers the passages that mention the entity asked about, by any of its names', () => {
    const plain = fuse(poolPassages([c, b], [c, b], asked()), { ...DEFAULT_FUSION, entityBoost: 0 });
    expect(plain.map((p) => p.id)).toEqual(['c', 'b']);
    const aware = fuse(poolPassages([c, b], [c, b], asked([ELIZABETH])), {
      ...DEFAULT_FUSION,
      entityBoost: 2,
    });
    expect(aware.map((p) => p.id)).toEqual(['b', 'c']);
  });

  it("states each pooled passage's features: ranks, scores, entity share, chapters, the question", () => {
    const scored = (p: Passage, score: number) => ({ ...p, score });
    const pooled: PooledPassage[] = poolPassages(
      [scored(a, 0.8), scored(b, 0.6)],
      [scored(b, 12), scored(c, 3)],
      { entities: [ELIZABETH], namesSomeone: true, type: 'who', chapters: { from: 1, to: 2 } },
    );
    expect(pooled.map((p) => p.passage.id)).toEqual(['a', 'b', 'c']);
    expect(pooled[1]?.features).toEqual({
      vectorRank: 1,
      vectorScore: 0.6,
      lexicalRank: 0,
      lexicalShare: 1,
      entityShare: 1,
      inNamedChapters: true,
      namesSomeone: true,
      questionType: 'who',
      length: b.text.length,
    });
    // Absent from a ranking: no rank, and that ranking's lowest score (it is no closer).
    expect(pooled[0]?.features).toMatchObject({ lexicalRank: null, lexicalShare: 0.25, entityShare: 0 });
    expect(pooled[2]?.features).toMatchObject({ vectorRank: null, vectorScore: 0.6 });
  });
});

describe('learned fusion', () => {
  const a = passage('a', 'The ship sailed at dawn.');
  const b = passage('b', 'Lizzy laughed at the letter.');
  const c = passage('c', 'The letter came from London.');
  const none: FusionWeights = {
    vectorReciprocal: 0,
    lexicalReciprocal: 0,
    vectorReciprocalUnnamed: 0,
    lexicalReciprocalUnnamed: 0,
    vectorReciprocalDescriptive: 0,
    vectorScore: 0,
    lexicalShare: 0,
    entityShare: 0,
    bothRankings: 0,
    logLength: 0,
  };
  const weights = (set: Partial<FusionWeights>): FusionWeights => ({ ...none, ...set });

  it('scores a passage by the weighted sum of its inputs', () => {
    const [pooled] = poolPassages([a], [a], asked());
    if (!pooled) throw new Error('pooled nothing');
    const inputs = fusionInputs(pooled.features, 5);
    expect(inputs.vectorReciprocal).toBeCloseTo(1 / 6);
    expect(inputs.vectorReciprocalUnnamed).toBeCloseTo(1 / 6);
    expect(inputs.bothRankings).toBe(1);
    expect(learnedScore(pooled.features, weights({ vectorReciprocal: 2, bothRankings: 0.5 }), 5)).toBeCloseTo(
      2 / 6 + 0.5,
    );
  });

  it('ranks by the learned weights when the settings hold them, not by reciprocal ranks', () => {
    // BM25 puts c first, the vectors a; reciprocal ranks (BM25 weighted over the vectors) lead with c.
    const pooled = poolPassages([a, b, c], [c, b, a], asked([DARCY]));
    expect(fuse(pooled, DEFAULT_FUSION)[0]?.id).toBe('c');
    const vectorsFirst = {
      ...DEFAULT_FUSION,
      learned: weights({ vectorReciprocal: 2, lexicalReciprocal: 1 }),
    };
    expect(fuse(pooled, vectorsFirst).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('weighs the rankings by the question: a weight for the unnamed leaves a named question alone', () => {
    const learned = {
      ...DEFAULT_FUSION,
      learned: weights({ lexicalReciprocal: 1, vectorReciprocalUnnamed: 3 }),
    };
    expect(fuse(poolPassages([a, b, c], [c, b, a], asked()), learned)[0]?.id).toBe('a');
    expect(fuse(poolPassages([a, b, c], [c, b, a], asked([DARCY])), learned)[0]?.id).toBe('c');
  });
});

describe('story-aware retrieval', () => {
  it('asks the lexical side with the aliases, both sides within the chapters named, and fuses', async () => {
    const asked: SearchRequest[] = [];
    const search = async (request: SearchRequest) => {
      asked.push(request);
      return request.mode === 'vector' ? [passage('v', 'Elizabeth walked on.', 3)] : [passage('l', 'x', 3)];
    };
    const found = await storyRetrieve(
      'What does Lizzy do in chapter 3?',
      5,
      { search, entities: BIBLE },
      { ...DEFAULT_FUSION, vectorWeight: 1, lexicalWeight: 1, entityBoost: 1 },
    );
    expect(found.entities.map((e) => e.id)).toEqual(['e1']);
    expect(found.chapters).toEqual({ from: 3, to: 3 });
    const lexical = asked.find((r) => r.mode === 'lexical');
    expect(lexical?.text).toContain('Elizabeth Bennet');
    expect(lexical?.chapters).toEqual({ from: 3, to: 3 });
    expect(asked.find((r) => r.mode === 'vector')?.text).toBe('What does Lizzy do in chapter 3?');
    // The passage naming Elizabeth gets the entity bonus over the equal-ranked lexical one.
    expect(found.passages.map((p) => p.id)).toEqual(['v', 'l']);
  });

  it('searches everywhere when the chapters named hold nothing, and asks the chapter count only for "the end"', async () => {
    let counted = 0;
    const search = async (request: SearchRequest) =>
      request.chapters ? [] : [passage(`${request.mode}-all`, 'Darcy wrote.', 9)];
    const context = {
      search,
      entities: BIBLE,
      chapterCount: async () => {
        counted += 1;
        return 10;
      },
    };
    const found = await storyRetrieve('Who writes to Darcy in chapter 40?', 5, context);
    expect(found.chapters).toBeUndefined();
    expect(found.passages.map((p) => p.id).sort()).toEqual(['lexical-all', 'vector-all']);
    expect(counted).toBe(0);
    await storyRetrieve('Who writes to Darcy at the end?', 5, context);
    expect(counted).toBe(1);
  });

  it('weighs the vectors more for a question that names no one', async () => {
    // The vector ranking puts the answer first, BM25 (common words only) puts it third.
    const answer = passage('answer', 'He has a wife, not three voyages wedded.');
    const other = [
      passage('x', 'The skipper of the sloop.'),
      passage('y', 'Married at sea, the skipper said.'),
    ];
    const search = async (request: SearchRequest) =>
      request.mode === 'vector' ? [answer, ...other] : [...other, answer];
    const settings = { ...DEFAULT_FUSION, vectorWeight: 0.5, lexicalWeight: 1, unnamedVectorWeight: 2 };
    const unnamed = await storyRetrieve(
      'Is the one-legged skipper married?',
      3,
      { search, entities: BIBLE },
      settings,
    );
    expect(unnamed.passages[0]?.id).toBe('answer');
    // Named, the usual weights: BM25's first passage leads.
    const named = await storyRetrieve('Is Darcy married?', 3, { search, entities: BIBLE }, settings);
    expect(named.passages[0]?.id).toBe('x');
  });
});

describe('a question that names no one', () => {
  it('names no entity of the story bible, or without a story bible no capitalised name', () => {
    expect(namesNoOne('Is the one-legged skipper married?', [], false)).toBe(true);
    expect(namesNoOne('Is Ahab married?', [], false)).toBe(false);
    // With a story bible, a capitalised word it does not know names no one of the story.
    expect(namesNoOne('Which French port did they sail to?', [], true)).toBe(true);
    expect(namesNoOne('Is Darcy married?', [DARCY], true)).toBe(false);
    expect(DEFAULT_FUSION.unnamedVectorWeight).toBeGreaterThan(DEFAULT_FUSION.vectorWeight);
  });
});
