import { mustAt } from '@george/runtime/collections';
import { describe, expect, it } from 'vitest';
import {
  answerShape,
  askedAtMoment,
  extractiveAnswer,
  meaningCandidates,
  questionType,
  rankSentences,
  runnerUpQuote,
  type ScoredSentence,
  SENTENCE_WEIGHTS,
  sentenceScore,
  shownQuote,
  supportOrder,
  wholeSentences,
  withAdjoining,
  withContext,
  withMeaning,
  withSceneAfter,
  withSpeechBefore,
} from '../../src/chat/extractive.js';
import type { Passage } from '../../src/chat/types.js';

/** The text of file `f`, which `cut` takes passages from. */
const FILE =
  'Mr. Bennet walked to Meryton with his daughters every day of the week. ' +
  'Mr. Bennet had five daughters and no son. ' +
  'The estate was entailed on a distant cousin. ' +
  'Elizabeth was glad of the news about the marriage. ' +
  'Elizabeth married Mr. Darcy at Longbourn church in the spring. ' +
  'a greater proportion of happiness or misery. Urged by this view of the matter, she wrote to Jane. She sealed the letter and';

/** A passage of its own text at `start` of file `f`. */
function passageAt(id: string, start: number, text: string): Passage {
  return { id, fileId: 'f', kind: 'manuscript', chapter: 1, start, end: start + text.length, text, score: 1 };
}

/** The sentence `text` of `passage` as a scored candidate, at its exact offsets. */
function sentenceIn(passage: Passage, text: string, score = 0, rank = 0): ScoredSentence {
  const start = passage.start + passage.text.indexOf(text);
  return { passage, rank, start, end: start + text.length, text, score, cutStart: false, cutEnd: false };
}

/** The passage of FILE from `from` to the end of `to`, with exact offsets. */
function cut(id: string, from: string, to?: string): Passage {
  const start = FILE.indexOf(from);
  const end = to === undefined ? FILE.length : FILE.indexOf(to) + to.length;
  if (start < 0 || end < start) throw new Error(`not in the file: ${from}`);
  return passageAt(id, start, FILE.slice(start, end));
}

describe('question types', () => {
  it.each([
    ['How many daughters did Mr. Bennet have?', 'how_many'],
    ['How much is the gold coin worth?', 'how_many'],
    ['What share of the profits did Bildad offer?', 'how_many'],
    ["How large was Miss Darcy's fortune?", 'how_many'],
    ['How tall did Alice get in the hall?', 'how_many'],
    ['What was the name of the ship?', 'name'],
    ['What is the inn called?', 'name'],
    ['Who did Elizabeth marry?', 'who'],
    ['What did Ahab promise to the man who first raises the whale?', 'said'],
    ['What did Lady Catherine say about the match?', 'said'],
    ['What did Ahab do with the doubloon?', 'what_happens'],
    // Words spoken asked for by what they were: a question, an answer, advice, a message.
    ['What strange question did the stranger put to the two shipmates?', 'said'],
    ['What advice did the old captain give the boy?', 'said'],
    ['What strange animal did the stranger bring to the ship?', 'other'],
    ['Where did they marry?', 'where'],
    ['In what town did Wickham stay?', 'where'],
    // A word before the place noun, and places the list once lacked (a church, a hotel, an address).
    ['In which Scottish town did the friend live?', 'where'],
    ['At which hotel was the stone stolen?', 'where'],
    ['Which mountain did he climb alone?', 'where'],
    ['What is the address of the singer?', 'where'],
    ['What kind of carriage did he come in?', 'other'],
    ['When did Jane go to London?', 'when'],
    ['How did Starbuck react when the coffin was proposed?', 'other'],
    ['Why did Charlotte accept Mr. Collins?', 'why'],
    ['What happened to the Pequod?', 'what_happens'],
    ['Tell me about the letter', 'other'],
    // A clause of time before the question word: the question word after it asks.
    ['When the stranger knocks at the door, what does the maid say to him?', 'said'],
    ['When did the regiment leave Meryton, and why?', 'when'],
    // ... after an opening phrase of place or time; a phrase before "when did" leaves it asking when.
    ['On the crossing, when the boom broke loose, what did the harpooneer do?', 'what_happens'],
    ['At dinner, when the cousin boasted, what did the father reply?', 'said'],
    ['In the spring, when did the regiment leave Meryton?', 'when'],
    // "How did X answer/reply/respond ...?" asks the words of the reply ...
    ['How did Elizabeth answer her mother when pressed to accept?', 'said'],
    ['How does the porter reply to the traveller?', 'said'],
    ['How did the clerk respond to the accusation?', 'said'],
    // ... unless what is answered takes no words (a door, a bell, a summons, a storm).
    ['How did the maid answer the bell?', 'other'],
    ['How did the crew respond to the gale?', 'other'],
  ])('%s -> %s', (question, type) => {
    expect(questionType(question)).toBe(type);
  });

  it('checks what a sentence holds for the type; the numbers of the question do not answer it', () => {
    expect(answerShape('how_many', 'Mr. Bennet had five daughters.', 'How many daughters?')).toBe(1);
    expect(
      answerShape('how_many', 'He had five daughters.', 'Of the five daughters, how many married?'),
    ).toBe(0);
    expect(answerShape('who', 'Elizabeth married Mr. Darcy.', 'Who did Elizabeth marry?')).toBe(1);
    expect(answerShape('who', 'Elizabeth was glad.', 'Who did Elizabeth marry?')).toBe(0);
    expect(answerShape('why', 'She stayed because it rained.', 'Why did she stay?')).toBe(1);
    expect(answerShape('where', 'They married at Longbourn.', 'Where did they marry?')).toBe(1);
    expect(answerShape('when', 'They married in the spring.', 'When did they marry?')).toBe(1);
    const asked = 'What did Lady Catherine say about the match?';
    expect(answerShape('said', '“I will never consent to it,” said Lady Catherine.', asked)).toBe(1);
    expect(answerShape('said', 'Lady Catherine spoke of the match at length.', asked)).toBe(0);
  });

  it('reads a place as a capitalised name or a place noun after a preposition, not any word, nor a title', () => {
    const where = 'Where had the party gone?';
    expect(answerShape('where', 'The whole party have left by this time, on their way to town.', where)).toBe(
      1,
    );
    expect(answerShape('where', 'In Meryton they found the officers.', where)).toBe(1);
    expect(answerShape('where', 'He advanced with his arm thrust forth in welcome.', where)).toBe(0);
    expect(answerShape('where', 'A letter was delivered to Miss Bennet.', where)).toBe(0);
    expect(answerShape('where', 'The letters were given to Professor Waldman.', where)).toBe(0);
    expect(answerShape('where', 'She ran at once to Aunt Gardiner.', where)).toBe(0);
  });
});

describe('answer sentences', () => {
  it('leads a how-many answer with the number it asks for over a better-ranked sentence without one', () => {
    const passages = [
      passageAt('p0', 0, 'While Meryton was within a walk of Longbourn, they would be going there forever.'),
      passageAt('p1', 500, 'The village of Longbourn was only one mile from Meryton.'),
    ];
    const lead = rankSentences('How far is Longbourn from Meryton?', passages)[0];
    expect(lead?.passage.id).toBe('p1');
  });

  it('names the parts of each candidate score, and weighs them to the score it ranks by', () => {
    const passages = [cut('p1', 'Mr. Bennet walked', 'no son.'), cut('p2', 'The estate', 'cousin.')];
    const ranked = rankSentences('How many daughters did Mr. Bennet have?', passages);
    const five = ranked.find((c) => c.text === 'Mr. Bennet had five daughters and no son.');
    expect(five?.features).toMatchObject({
      rank: 0,
      counting: true,
      atMoment: false,
      stating: false,
      asking: false,
    });
    expect(five?.features?.shape).toBe(1);
    expect(five?.features?.focus).toBe(1);
    expect(five?.features?.match).toBeGreaterThan(0);
    const estate = ranked.find((c) => c.text === 'The estate was entailed on a distant cousin.');
    // Nothing of the question is in it, so the number it lacks anyway is not weighed either.
    expect(estate?.features).toMatchObject({ rank: 1, match: 0, shape: 0 });
    for (const c of ranked) expect(c.features && sentenceScore(c.features)).toBe(c.score);
    // The passage's rank is weighed by its prior alone.
    expect(estate?.score).toBeCloseTo(SENTENCE_WEIGHTS.rank / 2);
  });

  it('scores the sentence that holds what the question asks for above one that matches as well', () => {
    const single = { ...SENTENCE_WEIGHTS, rank: 0 };
    const question = 'How many daughters did Mr. Bennet have?';
    const passages = [cut('p1', 'Mr. Bennet walked', 'no son.')];
    const score = (weights: typeof SENTENCE_WEIGHTS, text: string) =>
      rankSentences(question, passages, [], weights).find((c) => c.text === text)?.score ?? -1;
    const walked = 'Mr. Bennet walked to Meryton with his daughters every day of the week.';
    const five = 'Mr. Bennet had five daughters and no son.';
    expect(score(single, five)).toBeGreaterThan(score(single, walked));
    // Without the type's bonus the other sentence is as good a match.
    const untyped = { ...single, shape: 0, number: 0 };
    expect(score(untyped, five)).toBeLessThanOrEqual(score(untyped, walked));
    const who = rankSentences(
      'Who did Elizabeth marry?',
      [cut('p1', 'Elizabeth was glad', 'spring.')],
      [],
      single,
    );
    expect(who[0]?.text).toMatch(/Elizabeth married Mr\. Darcy/);
  });

  it('leads a question asked of a moment with the sentence of that moment over a ledger fact of the same kind', () => {
    const retrieved = [
      passageAt('p0', 0, 'There were doors all round the hall, but they were all locked.'),
      passageAt(
        'p1',
        1000,
        'Just then her head struck against the roof of the hall: in fact Alice was now more than nine feet high.',
      ),
    ];
    // The ledger states a size of Alice's, from another moment of the story.
    const fact = passageAt(
      's',
      5000,
      'As soon as Alice was small enough to get through the door, she ran out of the house.',
    );
    const stated = [{ passage: fact, start: fact.start, end: fact.end }];
    const lead = (question: string) => rankSentences(question, retrieved, [], SENTENCE_WEIGHTS, stated)[0];
    expect(lead('How tall did Alice get when her head hit the roof of the hall?')?.passage.id).toBe('p1');
    expect(askedAtMoment('When did Alice grow?')).toBe(false);
    expect(askedAtMoment('What did Jane say after the ball?')).toBe(true);
  });

  it('leads with a sentence that tells over one of the book that only asks the same question; a question with its reply tells', () => {
    const question = "Who stole the Queen's tarts?";
    const unranked = { ...SENTENCE_WEIGHTS, rank: 0 };
    const passages = [
      passageAt('p0', 0, 'Who stole the tarts of the Queen of Hearts?'),
      passageAt('p1', 500, 'The Knave of Hearts stole the tarts.'),
    ];
    expect(rankSentences(question, passages, [], unranked)[0]?.passage.id).toBe('p1');
    // Read as telling, the question repeats more of the reader's words and leads.
    expect(rankSentences(question, passages, [], { ...unranked, asking: 1 })[0]?.passage.id).toBe('p0');
    // Followed by its reply, the question is no longer only asking: the two lead together.
    const replied = [
      passageAt('p0', 0, 'Who stole the tarts of the Queen of Hearts? The Knave of Hearts did.'),
    ];
    expect(rankSentences(question, replied, [], unranked)[0]?.text).toBe(replied[0]?.text);
  });

  it('quotes the answer sentence with the whole sentences around it, within its passage', () => {
    const passage = cut('p1', 'Mr. Bennet walked', 'marriage.');
    const [best] = rankSentences('How many daughters did Mr. Bennet have?', [passage]);
    if (!best) throw new Error('no sentence');
    const quoted = withContext(best, 100);
    expect(quoted.text).toContain('five daughters');
    expect(quoted.text.length).toBeGreaterThan(best.text.length);
    expect(FILE.slice(quoted.start, quoted.end)).toBe(quoted.text);
    expect(/^[A-Z]/.test(quoted.text) && /\.$/.test(quoted.text)).toBe(true);
  });

  it('grows the lead quote over a best candidate its passage holds just past the context, within a length', () => {
    const race = passageAt(
      'p',
      0,
      'The race went on until they were dry. Nobody could tell when it ended. At last the Dodo said that everybody had won.',
    );
    const elsewhere = passageAt('q', 500, 'At last the Mouse said that nobody had won.');
    const lead = sentenceIn(race, 'The race went on until they were dry.');
    const answering = sentenceIn(race, 'At last the Dodo said that everybody had won.');
    const quoted = withContext(lead, 40);
    expect(quoted.text).not.toContain('Dodo');
    expect(withAdjoining(quoted, [answering], 2, 900).text).toBe(race.text);
    // Another passage's sentence, or a quote grown past the length, is left alone.
    expect(withAdjoining(quoted, [sentenceIn(elsewhere, elsewhere.text)], 2, 900)).toBe(quoted);
    expect(withAdjoining(quoted, [answering], 2, 100)).toBe(quoted);
    const { citations } = extractiveAnswer(
      'Who won the race, according to the Dodo?',
      [race, elsewhere],
      [],
      {
        ranked: [lead, answering],
        weights: { ...SENTENCE_WEIGHTS, context: 40 },
      },
    );
    expect(citations[0]?.quote).toBe(race.text);
  });

  it('grows the lead quote over a best candidate a sentence past its edge, the sentences between too, not across a heading or far', () => {
    const opening = 'The race went on until they were dry. Nobody could tell when it ended.';
    const answer = 'At last the Dodo said that everybody had won.';
    const others = [
      'The Mouse sat down.',
      'The Lory was cross.',
      'The Duck said nothing.',
      'Alice had comfits.',
    ].map((text, i) => passageAt(`o${i}`, 1000 + 100 * i, text));
    // The lead's context (40 characters) stops a sentence short of the answer, fifth after the lead.
    const leadQuote = (between: string) => {
      const race = passageAt('p', 0, `${opening} ${between} ${answer}`);
      const ranked = [
        sentenceIn(race, 'The race went on until they were dry.'),
        ...others.map((o) => sentenceIn(o, o.text)),
        sentenceIn(race, answer),
      ];
      return extractiveAnswer('Who won the race, according to the Dodo?', [race, ...others], [], {
        ranked,
        weights: { ...SENTENCE_WEIGHTS, context: 40 },
      }).citations[0]?.quote;
    };
    const tired = 'The birds were tired and cross and wanted their prizes at once.';
    expect(leadQuote(tired)).toBe(`${opening} ${tired} ${answer}`);
    // Guards: a heading between, or more than `adjoiningGap` characters of sentences, keeps the quote.
    expect(leadQuote('\n\nThe Prizes\n\n')).toBe(opening);
    expect(leadQuote(Array(8).fill(tired).join(' '))).toBe(opening);
  });

  it('grows the lead of a question of what was said or done, of a reason or of no type, from the narration that sets the scene over what follows', () => {
    const scene = passageAt(
      'p',
      0,
      'A ragged old sailor stood on the wharf and stopped the two new shipmates. He pointed a finger at them. ' +
        '“Anything down there about your souls?” said he. Then he laughed and walked off along the quay.',
    );
    const elsewhere = passageAt('q', 500, 'The shipmates went home.');
    const narration = 'A ragged old sailor stood on the wharf and stopped the two new shipmates.';
    const lead: ScoredSentence = {
      passage: scene,
      rank: 0,
      start: 0,
      end: narration.length,
      text: narration,
      score: 10,
      cutStart: false,
      cutEnd: false,
    };
    const answer = (question: string) =>
      extractiveAnswer(question, [scene, elsewhere], [], {
        ranked: [lead],
        weights: { ...SENTENCE_WEIGHTS, context: 0 },
      }).citations[0]?.quote;
    expect(answer('What did the ragged sailor on the wharf say to the two shipmates?')).toBe(scene.text);
    expect(answer('What did the ragged sailor on the wharf do after stopping the shipmates?')).toBe(
      scene.text,
    );
    // A question of no type or of a reason grows too: its answer follows the scene as a said one's does.
    expect(answer('What relation is the ragged sailor to the two shipmates?')).toBe(scene.text);
    expect(answer('Why did the ragged sailor stop the two shipmates?')).toBe(scene.text);
    // A type whose answer has a shape to check keeps its lead; the growth stops at the length given.
    expect(answer('Where did the ragged sailor stop the two shipmates?')).toBe(narration);
    expect(answer('How many shipmates did the ragged sailor stop?')).toBe(narration);
    expect(answer('Who stopped the two shipmates on the wharf?')).toBe(narration);
    expect(withSceneAfter(lead, 160).text).toBe(
      `${narration} He pointed a finger at them. “Anything down there about your souls?” said he.`,
    );
  });

  it('grows the lead of a question told at length back over the speech its opening line of speech answers', () => {
    const call =
      'He raised the coin and cried: “Whoever sights the white whale with the crooked jaw shall have this gold!”';
    const cry = '“Huzza!” cried the sailors, as they watched him nail the coin to the mast.';
    const scene = passageAt('p', 0, `The captain climbed to the deck. ${call} ${cry} Then they went below.`);
    const elsewhere = passageAt('q', 500, 'The sailors went home.');
    const at = (text: string): ScoredSentence => sentenceIn(scene, text, 10);
    const answer = (question: string, lead: ScoredSentence) =>
      extractiveAnswer(question, [scene, elsewhere], [], {
        ranked: [lead],
        weights: { ...SENTENCE_WEIGHTS, context: 0 },
      }).citations[0]?.quote;
    const described = 'What whale did the captain describe when he nailed the coin to the mast?';
    expect(answer(described, at(cry))).toBe(`${call} ${cry} Then they went below.`);
    // A lead opening with narration keeps its start ("He raised" is no line of speech) ...
    expect(answer(described, at(call))).toBe(`${call} ${cry} Then they went below.`);
    // ... as does the lead of a type with a shape to check, and a growth past the length given.
    expect(answer('Where did the sailors watch him nail the coin?', at(cry))).toBe(cry);
    expect(withSpeechBefore(at(cry), 50).text).toBe(cry);
  });

  it('answers with the lead sentence first, then supporting passages, every quote verbatim at its offsets', () => {
    const passages = [cut('p1', 'Mr. Bennet had', 'cousin.'), cut('p2', 'Elizabeth was glad', 'spring.')];
    const { answer, citations } = extractiveAnswer('How many daughters did Mr. Bennet have?', passages, []);
    expect(citations[0]?.quote).toMatch(/^Mr\. Bennet had five daughters and no son\./);
    expect(answer.split('\n')[1]).toMatch(/^“Mr\. Bennet had five daughters/);
    expect(citations[1]?.quote).toMatch(/^Elizabeth was glad/);
    expect(answer).toMatch(/Supporting passages:\n\[2\]/);
    for (const c of citations) expect(FILE.slice(c.start, c.end)).toBe(c.quote);
  });

  it("names each quote's file after its chapter when given the project's file names, and not otherwise", () => {
    const passages = [cut('p1', 'Mr. Bennet had', 'cousin.'), cut('p2', 'Elizabeth was glad', 'spring.')];
    const question = 'How many daughters did Mr. Bennet have?';
    const fileNames = new Map([
      ['f', 'longbourn.md'],
      ['g', 'netherfield.md'],
    ]);
    const named = extractiveAnswer(question, passages, [], { fileNames }).answer;
    expect(named).toMatch(/cousin\.” \(longbourn\.md, chapter 1\) \[1\]/);
    expect(named).toMatch(/\[2\] \(longbourn\.md, chapter 1\): “Elizabeth/);
    expect(extractiveAnswer(question, passages, []).answer).toMatch(/\[2\] \(chapter 1\): “Elizabeth/);
  });

  it('quotes a passage cut mid-sentence from its first whole sentence to its last', () => {
    const passage = cut('p', 'a greater proportion');
    const quote = wholeSentences(passage);
    expect(quote.text).toBe('Urged by this view of the matter, she wrote to Jane.');
    expect(FILE.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.cutStart || quote.cutEnd).toBe(false);
  });

  it('keeps the sentence a supporting passage cuts when that fragment is one of the best candidates, shown cut', () => {
    const lead = passageAt('p0', 0, 'Nobody at the inn spoke of the girl or of her parents.');
    const support = passageAt(
      'p1',
      900,
      'was a German and had died on giving the girl birth. The girl stayed on with the peasants.',
    );
    const { answer, citations } = extractiveAnswer('Who were the girl’s real parents?', [lead, support], []);
    expect(citations[1]?.start).toBe(900);
    expect(citations[1]?.quote).toMatch(/^was a German/);
    expect(answer).toContain('“…was a German and had died');
    // Without such a candidate the cut sentence is left out, as before.
    expect(wholeSentences(support).text).toBe('The girl stayed on with the peasants.');
  });

  it('shows an ellipsis where a quote is cut and no whole sentence remains', () => {
    const passage = cut('p', 'She sealed the letter and');
    const { answer, citations } = extractiveAnswer('What did she do with the letter?', [passage], []);
    expect(citations[0]?.quote).toBe('She sealed the letter and');
    expect(answer).toContain('“She sealed the letter and…”');
    const title = wholeSentences({
      ...cut('t', 'The estate was', 'marriage.'),
      text: 'The estate was entailed. She spoke to Mr.',
    });
    expect(title.text).toBe('The estate was entailed.');
    const start = cut('q', 'a greater proportion', 'misery.');
    const shown = extractiveAnswer('What proportion of happiness?', [start], []);
    expect(shown.answer).toContain('“…a greater proportion of happiness or misery.”');
  });
});

describe('headings are not prose', () => {
  // A chapter's title line under its heading, as Moby Dick writes them ("CHAPTER 23" / "The Lee Shore").
  const TEXT =
    'The Lee Shore\n\nSome chapters back, one Bulkington was spoken of, a tall, newlanded mariner. He was seen in New Bedford.\n\nThe Spouter Inn\n\nBulkington was never seen again.';
  const passage: Passage = {
    id: 'h',
    fileId: 'h',
    kind: 'manuscript',
    chapter: 23,
    start: 0,
    end: TEXT.length,
    text: TEXT,
    score: 1,
  };

  it('never starts, ends or reaches across a quote with a heading line; a support quotes the longest run of prose', () => {
    const { citations } = extractiveAnswer('Who was Bulkington?', [passage], [], {
      weights: { ...SENTENCE_WEIGHTS, context: 1000 },
    });
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.quote).not.toContain('The Lee Shore');
      expect(c.quote).not.toContain('The Spouter Inn');
    }
    expect(wholeSentences(passage).text).toBe(
      'Some chapters back, one Bulkington was spoken of, a tall, newlanded mariner. He was seen in New Bedford.',
    );
  });

  it('knows a Markdown heading for one', () => {
    const md = TEXT.replace('The Lee Shore', '## The Lee Shore').replace(
      'The Spouter Inn',
      '### The Spouter Inn ###',
    );
    const { citations } = extractiveAnswer(
      'Who was Bulkington?',
      [{ ...passage, end: md.length, text: md }],
      [],
      {
        weights: { ...SENTENCE_WEIGHTS, context: 1000 },
      },
    );
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(c.quote).not.toMatch(/Lee Shore|Spouter/);
  });

  it("keeps a scene break's mark out of every quote", () => {
    const text =
      'Nell watched the boat go. Her eyes were green, and she did not cry.\n\n* * *\n\nThe village of Penmarrow lay two miles inland. Mrs. Crane kept the shop there.';
    const scene = { ...passage, end: text.length, text };
    const { citations } = extractiveAnswer('What colour were Nell’s eyes?', [scene], [], {
      weights: { ...SENTENCE_WEIGHTS, context: 1000 },
    });
    expect(citations.map((c) => c.quote)).toContain(
      'Nell watched the boat go. Her eyes were green, and she did not cry.',
    );
    for (const c of citations) expect(c.quote).not.toContain('*');
    expect(wholeSentences(scene).text).toBe(
      'The village of Penmarrow lay two miles inland. Mrs. Crane kept the shop there.',
    );
  });
});

describe('quotes as shown', () => {
  it('puts a quote in quotation marks, with an ellipsis where the passage cuts it', () => {
    expect(shownQuote({ text: 'She was  engaged\nto him.', cutStart: false, cutEnd: false })).toBe(
      '“She was engaged to him.”',
    );
    expect(shownQuote({ text: 'engaged to him', cutStart: true, cutEnd: true })).toBe('“…engaged to him…”');
  });

  it('keeps a line of dialogue in its own marks instead of doubling them', () => {
    expect(shownQuote({ text: '“Yes,” said she, “he is.”', cutStart: false, cutEnd: false })).toBe(
      '“Yes,” said she, “he is.”',
    );
    expect(shownQuote({ text: '"No," he said.', cutStart: false, cutEnd: false })).toBe('"No," he said.');
  });
});

describe('the story bible lines', () => {
  it("names each relation before the other's name, in words that read", () => {
    const passage = cut('p', 'Elizabeth married');
    const { answer } = extractiveAnswer(
      'Whom did Elizabeth marry?',
      [passage],
      [
        {
          entityId: 'e',
          name: 'Elizabeth',
          type: 'character',
          aliases: ['Lizzy'],
          mentionCount: 2,
          firstChapter: 1,
          relations: [
            { type: 'family', label: 'engaged', other: 'Mr. Darcy', weight: 2 },
            { type: 'sibling', label: 'sister', other: 'Jane', weight: 1 },
          ],
        },
      ],
    );
    expect(answer).toContain('engaged to Mr. Darcy; sister Jane.');
  });
});

describe('the comparison in meaning', () => {
  const passages = [cut('p1', 'Mr. Bennet walked', 'marriage.'), cut('p2', 'Elizabeth married', 'spring.')];
  const ranked = rankSentences('How many daughters did Mr. Bennet have?', passages);
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && a.end > b.start;

  it('compares different sentences: none overlaps a better candidate, so the comparison reaches further', () => {
    // The lexical ranking's first candidates are one sentence and the two-sentence candidates holding it.
    const first = ranked.slice(0, 4);
    expect(first.some((a, i) => first.slice(i + 1).some((b) => overlap(a, b)))).toBe(true);
    const compared = meaningCandidates(ranked, 4);
    expect(compared).toHaveLength(4);
    compared.forEach((a, i) => {
      for (const b of compared.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    });
    expect(compared.some((c) => c.passage.id === 'p2')).toBe(true);
    // In the lexical ranking's order.
    expect(compared.map((c) => ranked.indexOf(c))).toEqual(
      [...compared.map((c) => ranked.indexOf(c))].sort((a, b) => a - b),
    );
  });

  it('puts the compared candidates, ranked with their closeness, ahead of the rest', () => {
    const compared = meaningCandidates(ranked, 4);
    const closest = compared.length - 1;
    const reranked = withMeaning(
      ranked,
      compared,
      compared.map((_, i) => (i === closest ? 1 : 0)),
      100,
    );
    expect(reranked[0]?.text).toBe(compared[closest]?.text);
    expect(reranked).toHaveLength(ranked.length);
    expect(new Set(reranked.slice(0, compared.length).map((c) => c.text))).toEqual(
      new Set(compared.map((c) => c.text)),
    );
  });
});

describe('the best candidate outside the lead quoted second', () => {
  // The captain's promise lies far past the sentence that leads, in the same passage.
  const filler = 'The men stood along the deck and watched the sea roll grey under the low sky. '.repeat(6);
  const text = `Ahab nailed the gold coin to the mast before the crew. ${filler}Whoever raises the white whale shall have this ounce of gold, he promised.`;
  const own: Passage = {
    id: 'p1',
    fileId: 'm',
    kind: 'manuscript',
    chapter: 36,
    start: 0,
    end: text.length,
    text,
    score: 1,
  };
  const other = (id: string, start: number): Passage => ({
    id,
    fileId: 'm',
    kind: 'manuscript',
    chapter: 40,
    start,
    end: start + 40,
    text: 'Starbuck spoke against the hunt at once.',
    score: 1,
  });
  const p2 = other('p2', 5000);
  const p3 = other('p3', 6000);
  const lead = sentenceIn(own, 'Ahab nailed the gold coin to the mast before the crew.', 20, 0);
  const promise = 'Whoever raises the white whale shall have this ounce of gold, he promised.';

  it('quotes the runner-up of the lead’s passage second when it beats the last support by the margin', () => {
    const ranked = [
      lead,
      sentenceIn(own, promise, 18, 0),
      sentenceIn(p2, p2.text, 6, 1),
      sentenceIn(p3, p3.text, 4, 2),
    ];
    // A question of where, whose lead does not grow over its passage to the promise (nor across the
    // sentences between: `adjoiningGap` 0).
    const { citations } = extractiveAnswer('Where did Ahab nail the gold coin?', [own, p2, p3], [], {
      ranked,
      weights: { ...SENTENCE_WEIGHTS, adjoiningGap: 0 },
    });
    expect(citations.map((c) => c.quote)).toEqual([
      expect.stringMatching(/^Ahab nailed/),
      expect.stringContaining(promise),
      p2.text,
    ]);
    expect(citations[0]?.quote).not.toContain('Whoever raises');
    for (const c of citations) expect(c.quote).toBe(c.start < 5000 ? text.slice(c.start, c.end) : p2.text);
  });

  it('quotes the runner-up of a passage retrieved too low to be quoted, in place of the last support', () => {
    const p4 = { ...other('p4', 7000), text: 'Ahab promised the gold to the man who first cried out.' };
    const ranked = [
      lead,
      sentenceIn(p4, p4.text, 18, 3),
      sentenceIn(p2, p2.text, 6, 1),
      sentenceIn(p3, p3.text, 4, 2),
    ];
    const { citations } = extractiveAnswer('What did Ahab promise?', [own, p2, p3, p4], [], { ranked });
    expect(citations.map((c) => c.start)).toEqual([0, 7000, 5000]);
    // Not a sentence the passage cuts: it would not read on its own.
    const cut = [
      lead,
      { ...sentenceIn(p4, p4.text, 18, 3), cutStart: true },
      sentenceIn(p2, p2.text, 6, 1),
      sentenceIn(p3, p3.text, 4, 2),
    ];
    const kept = extractiveAnswer('What did Ahab promise?', [own, p2, p3, p4], [], { ranked: cut });
    expect(kept.citations.map((c) => c.start)).toEqual([0, 5000, 6000]);
  });

  it('keeps the supporting passages when a support already holds the runner-up or it scores too little', () => {
    const close = [
      lead,
      sentenceIn(own, promise, 6, 0),
      sentenceIn(p2, p2.text, 5, 1),
      sentenceIn(p3, p3.text, 4, 2),
    ];
    const ids = (ranked: ScoredSentence[]) =>
      extractiveAnswer('What did Ahab promise?', [own, p2, p3], [], { ranked }).citations.map((c) => c.start);
    expect(ids(close)).toEqual([0, 5000, 6000]);
    expect(runnerUpQuote(close, lead, [lead, wholeSentences(p2), wholeSentences(p3)], 3)).toBeUndefined();
    const elsewhere = [
      lead,
      sentenceIn(p2, p2.text, 19, 1),
      sentenceIn(own, promise, 18, 0),
      sentenceIn(p3, p3.text, 4, 2),
    ];
    expect(ids(elsewhere)).toEqual([0, 5000, 6000]);
  });
});

describe('the supporting passages quoted after the lead', () => {
  // Eight retrieved passages of a ship's log; the lead is in the first.
  const log = [
    'The Rachel sailed from Nantucket with a crew of thirty.',
    'Rain fell all morning and the deck was slick.',
    'Her captain, Gardiner, had lost a boat with his son in it.',
    'The captain begged the other ship to help search for the boat.',
    'The cook served biscuit and salt beef at noon.',
    'Gulls followed the wake until dusk.',
    'A sailor mended the sail by lantern light.',
    'The wind turned to the north before midnight.',
  ];
  const passages = log.map((text, i) => passageAt(`p${i}`, i * 1000, text));
  const candidate = (i: number, score: number): ScoredSentence => ({
    passage: mustAt(passages, i),
    rank: i,
    start: i * 1000,
    end: i * 1000 + mustAt(log, i).length,
    text: mustAt(log, i),
    score,
    cutStart: false,
    cutEnd: false,
  });
  const question = 'Who was the captain of the Rachel?';
  const quoted = (ranking: number[]) =>
    extractiveAnswer(question, passages, [], {
      ranked: ranking.map((i, place) => candidate(i, 20 - place)),
    }).citations.map((c) => c.start / 1000);

  it('passes over a passage retrieved second whose sentences rank last for one that ranks near the lead', () => {
    // The weather (p1) holds nothing of the question; the captain's loss (p2, p3) does.
    expect(quoted([0, 2, 3, 4, 5, 6, 7, 1])).toEqual([0, 2, 3]);
    expect(
      supportOrder(
        passages,
        [0, 2, 3, 4, 5, 6, 7, 1].map((i) => candidate(i, 1)),
        0,
      ).map((p) => p.id),
    ).toEqual(passages.map((p) => p.id));
  });

  it('keeps the retrieval order when the passage retrieved second ranks close behind (the guard)', () => {
    expect(quoted([0, 2, 1, 3, 4, 5, 6, 7])).toEqual([0, 1, 2]);
    expect(quoted([0, 1, 2, 3, 4, 5, 6, 7])).toEqual([0, 1, 2]);
  });
});
