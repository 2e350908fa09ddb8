import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/chat/extractive.js';
import {
  answeringFacts,
  askedKinds,
  describedCharacter,
  type LedgerFact,
  ledgerEvidence,
  unstatedNote,
} from '../../src/chat/ledger.js';
import type { SearchRequest, StoryEntity } from '../../src/chat/retrieval.js';
import type { Passage } from '../../src/chat/types.js';

/** One file's text, cut into passages with exact offsets; facts point into it. */
const FILE = [
  'Lydia walked to Meryton with her sisters every day of the week, and laughed a hundred times on the road.',
  'Lydia was a stout, well-grown girl of fifteen, with a fine complexion.',
  'Stubb, the second mate, laughed at the squall.',
  'Stubb was the second mate. He was a native of Cape Cod.',
  'Ahab swore that he would see the whale before he could die.',
  'Mr. Collins was her cousin, and Charlotte was his wife.',
  'Jane was engaged to Mr. Bingley.',
  'He brought his daughter, Nell, to the lighthouse.',
  'Stubb had dark hair and a red beard.',
].join(' ');

const at = (quote: string) => {
  const start = FILE.indexOf(quote);
  if (start < 0) throw new Error(`not in the file: ${quote}`);
  return { start, end: start + quote.length, quote };
};

const fact = (
  entityId: string,
  kind: LedgerFact['kind'],
  value: string,
  quote: string,
  more: Partial<LedgerFact> = {},
): LedgerFact => ({
  entityId,
  objectId: null,
  kind,
  value,
  detail: null,
  voice: 'narration',
  hedged: false,
  confidence: 1,
  fileId: 'f',
  chapter: 1,
  ...at(quote),
  ...more,
});

const LYDIA_AGE = fact('lydia', 'age', '15', 'Lydia was a stout, well-grown girl of fifteen');
const MATE_IN_PASSING = fact('stubb', 'occupation', 'second mate', 'Stubb, the second mate');
const MATE_STATED = fact('stubb', 'occupation', 'second mate', 'Stubb was the second mate');
const AHAB_DEAD = fact('ahab', 'status', 'dead', 'he could die');
const COLLINS_WIFE = fact('collins', 'relation', 'spouse', 'Charlotte was his wife', { detail: 'wife' });
const JANE_ENGAGED = fact('jane', 'relation', 'engaged', 'Jane was engaged to Mr. Bingley', {
  detail: 'engaged',
  objectId: 'bingley',
});
const TOBIAS_DAUGHTER = fact('tobias', 'relation', 'child', 'his daughter, Nell', {
  detail: 'daughter',
  objectId: 'nell',
});
const FACTS = [
  LYDIA_AGE,
  MATE_IN_PASSING,
  MATE_STATED,
  AHAB_DEAD,
  COLLINS_WIFE,
  JANE_ENGAGED,
  TOBIAS_DAUGHTER,
];

const ENTITIES: StoryEntity[] = [
  { id: 'lydia', name: 'Lydia', type: 'character', aliases: [], mentionCount: 9 },
  { id: 'stubb', name: 'Stubb', type: 'character', aliases: [], mentionCount: 9 },
  { id: 'ahab', name: 'Ahab', type: 'character', aliases: [], mentionCount: 9 },
  { id: 'collins', name: 'Mr. Collins', type: 'character', aliases: ['Collins'], mentionCount: 9 },
  { id: 'pequod', name: 'Pequod', type: 'term', aliases: [], mentionCount: 9 },
];

/** Passages of about 120 characters (overlapping), like the chunker's. */
const PASSAGES: Passage[] = [];
for (let start = 0; start < FILE.length; start += 100) {
  const end = Math.min(FILE.length, start + 120);
  PASSAGES.push({
    id: `p${start}`,
    fileId: 'f',
    kind: 'manuscript',
    chapter: 1,
    start,
    end,
    text: FILE.slice(start, end),
    score: 1,
  });
}

/** A lexical search over the passages: by the number of the query's words each holds. */
const search = async ({ text, k }: SearchRequest): Promise<Passage[]> => {
  const asked = text.toLowerCase().split(/\W+/).filter(Boolean);
  return PASSAGES.map((p) => ({ p, n: asked.filter((w) => p.text.toLowerCase().includes(w)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, k)
    .map((x) => x.p);
};

const context = {
  entities: ENTITIES,
  search,
  facts: async (ids: string[] | null) =>
    FACTS.filter((f) => ids === null || (f.entityId !== null && ids.includes(f.entityId))),
};

describe('the kinds of fact a question asks for', () => {
  it.each([
    ['How old was Lydia?', ['age', 'birth']],
    ['Where does Queequeg come from?', ['origin', 'birth']],
    ['Where did Miss Darcy live?', ['residence']],
    ['What was the profession of Mr. Phillips?', ['occupation', 'title']],
    ['What colour were her eyes?', ['eyes']],
    ['How did Ahab die?', ['status']],
    ['What happened to Ahab?', ['status']],
    ['What became of Lydia?', ['status']],
    ['What did Fedallah say Ahab must see before he could die?', []],
    ['What did Darcy say at the ball?', []],
  ])('%s', (question, kinds) => {
    expect([...askedKinds(question)].sort()).toEqual([...kinds].sort());
  });
});

describe('the facts that answer', () => {
  it("answers a question about the hair with the hair, and one about a beard with the beard's colour", () => {
    const hair = fact('stubb', 'hair', 'dark', 'Stubb had dark hair', { detail: 'dark' });
    const beard = fact('stubb', 'hair', 'red', 'a red beard', { detail: 'red-bearded' });
    expect(answeringFacts("What colour is Stubb's hair?", [hair, beard], ['stubb'])).toEqual([hair]);
    expect(answeringFacts("What colour was Stubb's beard?", [hair, beard], ['stubb'])).toEqual([beard]);
  });

  it("answers an age asked of a named character with that character's age", () => {
    expect(answeringFacts('How old was Lydia?', FACTS, ['lydia'])).toEqual([LYDIA_AGE]);
    expect(answeringFacts('How old was Stubb?', FACTS, ['stubb'])).toEqual([]);
  });

  it('answers "who was the second mate" with whoever holds it, the stated fact before the one in passing, once', () => {
    expect(answeringFacts('Who was the second mate of the Pequod?', FACTS, ['pequod'])).toEqual([
      MATE_STATED,
    ]);
  });

  it("needs a relation's label in the question", () => {
    expect(answeringFacts("Who was Mr. Collins's wife?", FACTS, ['collins'])).toEqual([COLLINS_WIFE]);
    expect(answeringFacts("Who was Mr. Collins's patron?", FACTS, ['collins'])).toEqual([]);
  });

  it('answers a relation asked from the other side: "Nell\'s father" by "his daughter, Nell"', () => {
    expect(answeringFacts("Who is Nell's father?", FACTS, ['nell'])).toEqual([TOBIAS_DAUGHTER]);
    expect(answeringFacts("Who is Tobias's daughter?", FACTS, ['tobias'])).toEqual([TOBIAS_DAUGHTER]);
    // The side matters: Tobias is no one's father here by "Tobias's father", nor Nell's husband.
    expect(answeringFacts("Who is Tobias's father?", FACTS, ['tobias'])).toEqual([]);
    expect(answeringFacts("Who is Nell's husband?", FACTS, ['nell'])).toEqual([]);
  });

  it('answers who is engaged or married to whom from either side, and only a who-question', () => {
    expect(answeringFacts('Who is engaged to whom?', FACTS, [])).toEqual([JANE_ENGAGED]);
    expect(answeringFacts('To whom is Mr. Bingley engaged?', FACTS, ['bingley'])).toEqual([JANE_ENGAGED]);
    expect(answeringFacts('Whom did Jane marry?', FACTS, ['jane'])).toEqual([]);
    expect(answeringFacts('Where was Jane engaged?', FACTS, ['jane'])).toEqual([]);
  });

  it("does not answer a question about a relative's marriage with the named person's own", () => {
    expect(answeringFacts("Who was Jane's sister engaged to?", FACTS, ['jane'])).toEqual([]);
    expect(answeringFacts('To whom was the daughter of Mr. Bingley engaged?', FACTS, ['bingley'])).toEqual(
      [],
    );
    expect(answeringFacts("How did Ahab's father die?", FACTS, ['ahab'])).toEqual([]);
    expect(answeringFacts("How old was Lydia's husband?", FACTS, ['lydia'])).toEqual([]);
    // Guards: the named person's own engagement, and the tie to the relative asked, still answer.
    expect(answeringFacts("Who is Tobias's daughter?", FACTS, ['tobias'])).toEqual([TOBIAS_DAUGHTER]);
    expect(answeringFacts('Who was Jane engaged to?', FACTS, ['jane'])).toEqual([JANE_ENGAGED]);
  });

  it('answers a death only when the question asks about it', () => {
    expect(answeringFacts('How did Ahab die?', FACTS, ['ahab'])).toEqual([AHAB_DEAD]);
    expect(answeringFacts('What must Ahab see before he could die?', FACTS, ['ahab'])).toEqual([]);
  });

  it('answers what happened to a character with the changes of state the text gives them', () => {
    expect(answeringFacts('What happened to Ahab?', FACTS, ['ahab'])).toEqual([AHAB_DEAD]);
    expect(answeringFacts('What happened to Lydia?', FACTS, ['lydia'])).toEqual([]);
  });

  it('weighs what a character says below the narration', () => {
    const said = { ...LYDIA_AGE, voice: 'speech' as const, value: '16' };
    expect(answeringFacts('How old was Lydia?', [said, LYDIA_AGE], ['lydia'], 1)).toEqual([LYDIA_AGE]);
  });
});

describe('ledger evidence in the answer', () => {
  it('finds the passage that holds the whole fact, and the answer leads with its sentence', async () => {
    const evidence = await ledgerEvidence('How old was Lydia?', context);
    expect(evidence).toHaveLength(1);
    const [found] = evidence;
    expect(found?.passage.start).toBeLessThanOrEqual(LYDIA_AGE.start);
    expect(found?.passage.end).toBeGreaterThanOrEqual(LYDIA_AGE.end);
    // Retrieval brought only the first passage, whose "hundred times" looks like a number.
    const retrieved = PASSAGES.slice(0, 1);
    const without = extractiveAnswer('How old was Lydia?', retrieved, []);
    expect(without.citations[0]?.quote).not.toContain('fifteen');
    const { citations } = extractiveAnswer('How old was Lydia?', retrieved, [], { stated: evidence });
    expect(citations[0]?.quote).toContain('Lydia was a stout, well-grown girl of fifteen');
    expect(FILE.slice(citations[0]?.start, citations[0]?.end)).toBe(citations[0]?.quote);
  });

  it('reads no fact for a question that names no one and asks no who or how many', async () => {
    let read = 0;
    const counted = {
      ...context,
      facts: async (ids: string[] | null) => {
        read += 1;
        return context.facts(ids);
      },
    };
    expect(await ledgerEvidence('What happens at the ball?', counted)).toEqual([]);
    expect(read).toBe(0);
  });
});

describe('a look or an age the ledger does not state', () => {
  it("says George found no sentence stating it, for one character's look or age the ledger lacks", async () => {
    expect(await unstatedNote("What colour are Lydia's eyes?", context)).toBe(
      "George found no sentence in the manuscript that states the colour of Lydia's eyes; the passages quoted are the closest it found.",
    );
    expect(await unstatedNote('How tall is Ahab?', context)).toContain("Ahab's height");
  });

  it('says nothing when the ledger states it, when the question asks who, or names no single character', async () => {
    expect(await unstatedNote('How old was Lydia?', context)).toBeNull();
    expect(await unstatedNote('Who has blue eyes?', context)).toBeNull();
    expect(await unstatedNote("What colour are Lydia's and Stubb's eyes?", context)).toBeNull();
    expect(await unstatedNote('What happens at the ball?', context)).toBeNull();
    // The Pequod is no character.
    expect(await unstatedNote('How old is the Pequod?', context)).toBeNull();
  });
});

describe('a character described by their calling', () => {
  const CLERGYMAN = fact('collins', 'occupation', 'clergyman', 'Mr. Collins was her cousin');
  const MATES = [MATE_STATED, fact('ahab', 'occupation', 'second mate', 'Ahab swore')];
  const described = (facts: LedgerFact[]) => ({
    ...context,
    facts: async (ids: string[] | null) =>
      facts.filter((f) => ids === null || (f.entityId !== null && ids.includes(f.entityId))),
  });

  it('is the character the ledger most often gives that calling, every word of it in the question', async () => {
    const found = await describedCharacter(
      'How old was the pompous clergyman cousin?',
      described([CLERGYMAN, CLERGYMAN, ...MATES]),
    );
    expect(found?.name).toBe('Mr. Collins');
    expect((await describedCharacter('What did the mate eat?', described(MATES)))?.name).toBeUndefined();
    const stubbMostly = described([...MATES, MATE_IN_PASSING]);
    expect((await describedCharacter('How old was the second mate?', stubbMostly))?.name).toBe('Stubb');
  });

  it('is no one when the calling is an owner\'s, by a possessive ("the clergyman\'s servant")', async () => {
    const collins = described([CLERGYMAN]);
    expect(await describedCharacter("What did the clergyman's servant say?", collins)).toBeNull();
    expect((await describedCharacter('What did the clergyman say to the servant?', collins))?.name).toBe(
      'Mr. Collins',
    );
    // The owner of a thing, not of a person, is the one asked about.
    expect((await describedCharacter("What was the clergyman's false leg made of?", collins))?.name).toBe(
      'Mr. Collins',
    );
  });

  it('is no one when two hold the calling as often, the question asks who, or names someone', async () => {
    expect(await describedCharacter('How old was the second mate?', described(MATES))).toBeNull();
    const collins = described([CLERGYMAN]);
    expect(await describedCharacter('Who was the clergyman?', collins)).toBeNull();
    expect(await describedCharacter('How old was Lydia, the clergyman said?', collins)).toBeNull();
    expect(await describedCharacter('How old was the clergyman?', collins)).not.toBeNull();
  });
});

describe('a character described by their relation to someone', () => {
  const relation = (entityId: string, detail: string, objectId: string) =>
    fact(entityId, 'relation', detail, 'Mr. Collins was her cousin', { detail, objectId });
  const described = (facts: LedgerFact[]) => ({
    ...context,
    facts: async (ids: string[] | null) =>
      facts.filter((f) => ids === null || (f.entityId !== null && ids.includes(f.entityId))),
  });

  it('is the one the ledger calls by the relation word the question describes with', async () => {
    const inLaw = described([relation('lydia', 'brother-in-law', 'collins')]);
    expect((await describedCharacter('What did the lazy brother-in-law care about?', inLaw))?.name).toBe(
      'Mr. Collins',
    );
  });

  it("is no one when the relation word is someone else's, by a possessive", async () => {
    const son = described([relation('ahab', 'son', 'stubb')]);
    expect((await describedCharacter("What did the banker's son steal?", son))?.name).toBe(undefined);
    expect((await describedCharacter('Where did her eldest son go?', son))?.name).toBe(undefined);
    expect((await describedCharacter('Where did the eldest son go?', son))?.name).toBe('Stubb');
  });

  it('is no one when the relation word follows "a" or "an", which names no one in particular', async () => {
    const wives = described([relation('collins', 'wife', 'lydia')]);
    expect((await describedCharacter('Why did the cousin want a wife?', wives))?.name).toBe(undefined);
    expect((await describedCharacter('Why did he want an obedient wife?', wives))?.name).toBe(undefined);
    expect((await describedCharacter('Where did the wife go?', wives))?.name).toBe('Lydia');
  });

  it('counts both sides of a relation that holds both ways', async () => {
    const cousins = described([relation('collins', 'cousin', 'lydia')]);
    expect(await describedCharacter('What did the pompous cousin want?', cousins)).toBeNull();
    const twice = described([relation('collins', 'cousin', 'lydia'), relation('stubb', 'cousin', 'collins')]);
    expect((await describedCharacter('What did the pompous cousin want?', twice))?.name).toBe('Mr. Collins');
  });

  it('is the most mentioned character for "the heroine" or "the narrator", when nothing else describes', async () => {
    const story = {
      ...described([]),
      entities: [
        ...ENTITIES,
        { id: 'ishmael', name: 'Ishmael', type: 'character', aliases: [], mentionCount: 90 },
      ],
    };
    expect((await describedCharacter('Why did the narrator go to sea?', story))?.name).toBe('Ishmael');
    expect((await describedCharacter('What did the heroine fear?', story))?.name).toBe('Ishmael');
    expect(await describedCharacter('Who was the narrator?', story)).toBeNull();
    expect(await describedCharacter('Did she want a hero?', story)).toBeNull();
  });

  it('is not the heroine when "the heroine\'s" owns the description ("the heroine\'s nervous mother")', async () => {
    const story = {
      ...described([]),
      entities: [
        ...ENTITIES,
        { id: 'ishmael', name: 'Ishmael', type: 'character', aliases: [], mentionCount: 90 },
      ],
    };
    expect(await describedCharacter("What did the heroine's nervous mother complain of?", story)).toBeNull();
    expect((await describedCharacter('What did the nervous heroine complain of?', story))?.name).toBe(
      'Ishmael',
    );
  });

  it('is the first description of the question, the one asked about, not the one stated most often', async () => {
    const clergyman = fact('collins', 'occupation', 'clergyman', 'Mr. Collins was her cousin');
    const both = described([relation('stubb', 'sister', 'lydia'), clergyman, clergyman]);
    expect(
      (await describedCharacter('Where did the eldest sister run away with the clergyman?', both))?.name,
    ).toBe('Lydia');
    expect((await describedCharacter('What did the clergyman tell the eldest sister?', both))?.name).toBe(
      'Mr. Collins',
    );
  });

  it('counts no relation of a character to themself (a misread)', async () => {
    const sisters = described([relation('ahab', 'sister', 'ahab'), relation('stubb', 'sister', 'lydia')]);
    expect((await describedCharacter('Where did the eldest sister live?', sisters))?.name).toBe('Lydia');
  });
});
