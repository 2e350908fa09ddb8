import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../src/bible/index.js';
import {
  type ContinuityIssue,
  checkContinuity,
  countSpellings,
  type Fact,
  findMisspellings,
} from '../src/continuity/index.js';

/** A text with "Chapter N" headings as the filesystem service reports them. */
function source(text: string, fileId = 'book'): SourceText {
  const chapters: SourceText['chapters'] = [];
  const heading = /^Chapter \d+$/gm;
  for (let m = heading.exec(text); m !== null; m = heading.exec(text)) {
    chapters.push({ title: m[0], start: m.index, end: text.length });
  }
  for (let i = 0; i < chapters.length - 1; i++) {
    (chapters[i] as { end: number }).end = (chapters[i + 1] as { start: number }).start;
  }
  return { fileId, text, chapters };
}

function check(text: string) {
  const s = source(text);
  const result = checkContinuity({ sources: [s], extraction: extract([s]) });
  return { ...result, text };
}

function factsOf(facts: Fact[], kind: Fact['kind']): Fact[] {
  return facts.filter((f) => f.kind === kind);
}

function cites(issue: ContinuityIssue, text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  return issue.evidence.some((e) => e.start < at + phrase.length && at < e.end);
}

/** Filler paragraphs so that names are seen as names and chapters are apart. */
const FILLER = (names: string[]) =>
  names
    .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
    .join('\n\n');

const PEOPLE = ['Mary Benson', 'Mary', 'Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary', 'Thomas', 'Mary'];

describe('facts', () => {
  it('reads eyes and hair after "whose", "with eyes of", in comparisons and after words of manner, but not after a participle', () => {
    const { facts, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale, whose eyes were of a watery blue, ran down the road. Mary Benson, whose hair was as black as a raven's wing, watched him go. Thomas Hale's eyes were fixed on the green door. Mr. Hale came in with eyes of the deepest grey.`,
    );
    expect(factsOf(facts, 'eyes').map((f) => [f.value, f.quote])).toEqual([
      ['blue', 'Thomas Hale, whose eyes were of a watery blue'],
      ['grey', 'Mr. Hale came in with eyes of the deepest grey'],
    ]);
    expect(factsOf(facts, 'hair').map((f) => [f.value, f.quote])).toEqual([
      ['dark', 'Mary Benson, whose hair was as black'],
    ]);
    for (const f of facts) expect(f.quote).toBe(text.slice(f.start, f.end));
  });

  it('reads eyes and hair in a "which" clause after them', () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson's eyes, which were of a deep blue, shone. Thomas Hale's hair, which was black, was wet.`,
    );
    expect(factsOf(facts, 'eyes').map((f) => [f.value, f.quote])).toEqual([
      ['blue', "Mary Benson's eyes, which were of a deep blue"],
    ]);
    expect(factsOf(facts, 'hair').map((f) => [f.value, f.quote])).toEqual([
      ['dark', "Thomas Hale's hair, which was black"],
    ]);
  });

  it('reads eyes at the end of a long description of its subject, not of someone met', () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale was a sturdy, middle-sized fellow, some thirty years of age, clean-shaven, and sallow-skinned, with a bland, insinuating manner, and a pair of wonderfully sharp and penetrating grey eyes. Mary found Thomas Hale in deep conversation with a very stout, florid-faced, elderly gentleman of the town with fiery red hair. A pair of blue eyes looked at Mary.`,
    );
    expect(factsOf(facts, 'eyes').map((f) => [f.value, f.entityKey, f.quote])).toEqual([
      ['grey', expect.stringMatching(/thomas|hale/), 'grey eyes'],
    ]);
    expect(factsOf(facts, 'hair')).toEqual([]);
  });

  it('reads an age in a concessive clause, for the subject before it or after it', () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson was tall; and, though little more than sixteen, her manner was grave. Though not yet thirty, Thomas Hale was grey.`,
    );
    const ages = factsOf(facts, 'age').map((f) => [f.value, f.low, f.high, f.quote]);
    expect(ages).toEqual([
      ['16', 16, 17, 'Mary Benson was tall; and, though little more than sixteen'],
      ['30', 20, 29.5, 'Though not yet thirty, Thomas Hale'],
    ]);
    const owners = factsOf(facts, 'age').map((f) => f.entityKey);
    expect(owners[0]).toMatch(/mary/);
    expect(owners[1]).toMatch(/thomas|hale/);
  });

  it('reads appearance from names and resolved pronouns, with the exact passage', () => {
    const { facts, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes and a quiet voice. Thomas Hale was a tall, stout man of forty.\n\nMary smiled, and her long black hair fell over her shoulders.`,
    );
    const eyes = factsOf(facts, 'eyes');
    expect(eyes).toEqual([expect.objectContaining({ value: 'grey', voice: 'narration' })]);
    expect(factsOf(facts, 'hair')).toEqual([expect.objectContaining({ value: 'dark', detail: 'black' })]);
    expect(factsOf(facts, 'height').map((f) => f.value)).toEqual(['tall']);
    expect(factsOf(facts, 'build').map((f) => f.value)).toEqual(['stout']);
    expect(factsOf(facts, 'age')).toEqual([expect.objectContaining({ value: '40', low: 40 })]);
    for (const f of facts) {
      expect(f.quote).toBe(text.slice(f.start, f.end));
      expect(f.chapter).toBe(1);
    }
  });

  it('keeps what a character says as speech, with its speaker, and a long account as an account', () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\n"Thomas Hale was a short man, I remember," said Mary.\n\nThomas Hale was a tall man.`,
    );
    const heights = factsOf(facts, 'height');
    expect(heights.map((f) => [f.value, f.voice])).toEqual([
      ['short', 'speech'],
      ['tall', 'narration'],
    ]);
  });

  it("keeps what a speaker's 'I' and 'my' say of their own person and named kin under a tag naming them, not their counts", () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\n"I am thirty. My cousin Mary Benson is here. I had two daughters," said Thomas Hale.`,
    );
    expect(facts.filter((f) => f.kind !== 'act').map((f) => [f.kind, f.value])).toEqual([
      ['age', '30'],
      ['relation', 'cousin'],
    ]);
  });

  it('reads no age in a difference of ages', () => {
    const { facts } = check(`Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale was two years older than Mary.`);
    expect(factsOf(facts, 'age')).toEqual([]);
  });

  it('reads ages with their hedges as ranges', () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale appeared about fifty years of age. Mary Benson, who was not yet thirty, laughed.`,
    );
    const ages = factsOf(facts, 'age');
    expect(ages.map((f) => [f.value, f.low, f.high, f.hedged])).toEqual([
      ['50', 45, 55, true],
      ['30', 20, 29.5, true],
    ]);
  });

  it('marks a change the text states and reads counts, deaths and kinship', () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale had four daughters. Mary Benson, Mr. Hale's only sister, came in. Mary Benson was a clerk.\n\nMary Benson, who had lately been made a governess, came home. Thomas Hale died in the spring.`,
    );
    expect(factsOf(facts, 'count')).toEqual([expect.objectContaining({ value: '4', detail: 'daughters' })]);
    expect(factsOf(facts, 'relation')).toEqual([
      expect.objectContaining({ value: 'sibling', detail: 'sister' }),
    ]);
    expect(factsOf(facts, 'occupation').map((f) => [f.value, f.change])).toEqual([
      ['clerk', false],
      ['governess', true],
    ]);
    expect(factsOf(facts, 'status')).toEqual([expect.objectContaining({ value: 'dead', detail: 'died' })]);
  });
});

describe('relations from the story bible', () => {
  it("reads what the other is from the side the relation runs: a maid's employer, a father's child", () => {
    const { facts } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale's maid, Mary Benson, came in. Thomas Hale's father, John Hale, sat down.`,
    );
    const values = factsOf(facts, 'relation').map((f) => [f.value, f.detail]);
    expect(values).toContainEqual(['employer', 'employer']);
    expect(values).toContainEqual(['child', 'child']);
  });
});

describe('contradictions', () => {
  it('finds an attribute with two values and cites both passages', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nMary looked up, and Mary's green eyes were wet.`,
    );
    const issue = issues.find((i) => i.kind === 'attribute');
    expect(issue?.summary).toMatch(
      /^Mary( Benson)? is grey-eyed in Chapter 1 but green-eyed in Chapter 2\.$/,
    );
    expect(issue && cites(issue, text, 'grey eyes') && cites(issue, text, "Mary's green eyes")).toBe(true);
    for (const e of issue?.evidence ?? []) expect(e.quote).toBe(text.slice(e.start, e.end));
  });

  it('does not flag compatible values, marked changes, an age said in speech, or ageing over chapters', () => {
    const { issues } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had dark eyes. Thomas Hale had black hair. Thomas Hale was a clerk. Mary Benson was twenty.\n\n"Mary Benson is twelve," said Thomas.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nMary's brown eyes were closed. Thomas Hale, now grey, had white hair. Thomas Hale, who had lately been made a magistrate, sat down. Mary Benson was now twenty-three.`,
    );
    expect(issues.filter((i) => i.kind !== 'misspelling')).toEqual([]);
  });

  it('flags a description in speech against the narration, says whose it is, and ranks it below narration against narration', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes. Thomas Hale had grey eyes.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nThomas Hale's eyes were green.\n\n"Mary Benson has green eyes," said Thomas.`,
    );
    const mary = issues.find((i) => /^Mary/.test(i.summary));
    const thomas = issues.find((i) => /^Thomas/.test(i.summary));
    expect(mary?.summary).toMatch(/green-eyed in Chapter 2, as Thomas( Hale)? says\.$/);
    expect(mary && cites(mary, text, 'Mary Benson has green eyes')).toBe(true);
    expect(mary?.confidence).toBeLessThan(thomas?.confidence ?? 0);
  });

  it("does not weigh one character's word against another's", () => {
    const { issues } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\n"Mary Benson has grey eyes," said Thomas.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\n"Mary Benson has green eyes," said Mr. Hale.`,
    );
    expect(issues.filter((i) => i.kind === 'attribute')).toEqual([]);
  });

  it("flags a speaker's own age against the narration's, not against its estimate or another speaker's", () => {
    const said = (narrated: string, spoken: string) =>
      check(
        `Chapter 1\n\n${FILLER(PEOPLE)}\n\n${narrated}\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\n"I am thirty," said Thomas Hale. ${spoken}`,
      ).issues.filter((i) => i.kind === 'attribute');
    expect(said('Thomas Hale was fifty.', '').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^Thomas( Hale)? is 50 in Chapter 1 but 30, younger, in Chapter 2, as Thomas( Hale)? says\.$/,
      ),
    ]);
    expect(said('Thomas Hale was about fifty.', '')).toEqual([]);
    const before = (narrated: string) =>
      check(
        `Chapter 1\n\n${FILLER(PEOPLE)}\n\n"I am thirty," said Thomas Hale.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\n${narrated}`,
      ).issues.filter((i) => i.kind === 'attribute');
    expect(before('Thomas Hale was fifty.')).toHaveLength(1);
    expect(before('Thomas Hale was about fifty.')).toEqual([]);
    expect(said('Mary smiled.', '"I am fifty," said Thomas Hale.')).toEqual([]);
  });

  it('flags a younger age later, and two ages in one chapter', () => {
    const later = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson was twenty-five.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nMary Benson was eighteen.`,
    );
    expect(later.issues.map((i) => i.summary)).toContainEqual(expect.stringMatching(/25 .* but 18, younger/));
    const same = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson was eighteen. Thomas smiled. Mary Benson was thirty.`,
    );
    expect(same.issues.map((i) => i.summary)).toContainEqual(expect.stringMatching(/18 and 30 in the same/));
  });

  it('flags a count stated two ways', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale had four daughters.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nThomas Hale's five daughters came to the door.`,
    );
    const issue = issues.find((i) => i.kind === 'count');
    expect(issue?.summary).toMatch(/daughters are/);
    expect(issue && cites(issue, text, 'four daughters') && cites(issue, text, 'five daughters')).toBe(true);
  });

  it('flags a company of people counted twice two ways in neighbouring chapters, not other things', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThe twelve jurors were writing on their slates. The three lamps were lit.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nThe ten jurors looked up. The two lamps went out.`,
    );
    const counts = issues.filter((i) => i.kind === 'count');
    expect(counts.map((i) => i.summary)).toEqual(['The jurors are 12 in Chapter 1 but 10 in Chapter 2.']);
    expect(counts.every((i) => cites(i, text, 'The twelve jurors') && cites(i, text, 'The ten jurors'))).toBe(
      true,
    );
    const apart = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThe twelve jurors sat.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nChapter 3\n\n${FILLER(PEOPLE)}\n\nThe ten jurors sat.`,
    );
    expect(apart.issues.filter((i) => i.kind === 'count')).toEqual([]);
  });

  it('flags a character who acts after the text has them die, but not a memory of them', () => {
    const acting = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door and knocked.`,
    );
    const issue = acting.issues.find((i) => i.kind === 'after_death');
    expect(issue?.summary).toMatch(/Thomas Hale dies in Chapter 1 but acts in Chapter 2/);
    expect(
      issue && cites(issue, acting.text, 'Thomas Hale died') && cites(issue, acting.text, 'Thomas Hale came'),
    ).toBe(true);
    const remembered = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nMary remembered how Thomas Hale came to the door and knocked.`,
    );
    expect(remembered.issues.filter((i) => i.kind === 'after_death')).toEqual([]);
  });

  it('takes a character named in apposition to a description as one character', () => {
    const lizard = (apposition: string) =>
      check(
        `Chapter 1\n\n${FILLER(['Mary', 'the Lizard', 'Mary', 'the Lizard', 'Mary'])} Mary met Bill at the mill. Then Bill spoke to Mary. The miller saw Bill.\n\n${apposition} was in the middle of the crowd. Mary went home. The poor little Lizard died in their arms.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])} Mary met Bill at the mill.\n\nBill had left off writing, but he now hastily began again.`,
      );
    const one = lizard('The poor little Lizard, Bill,');
    const issue = one.issues.find((i) => i.kind === 'after_death');
    expect(issue?.summary).toBe('Bill dies in Chapter 1 but acts in Chapter 2 (and 1 more time).');
    expect(
      issue && cites(issue, one.text, 'Lizard died') && cites(issue, one.text, 'he now hastily began'),
    ).toBe(true);
    const listed = lizard('The poor little Lizard, Bill, and Mary');
    expect(listed.issues.filter((i) => i.kind === 'after_death')).toEqual([]);
  });

  it('cites the first act after a death and the clearest of the others', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale had walked to the mill. Thomas Hale had sat by the fire. Thomas Hale had looked at the sky. Thomas Hale came to the door and knocked.`,
    );
    const issue = issues.find((i) => i.kind === 'after_death');
    expect(issue && cites(issue, text, 'Thomas Hale had walked')).toBe(true);
    expect(issue && cites(issue, text, 'Thomas Hale came')).toBe(true);
  });

  it('reads a death in other phrasings', () => {
    for (const death of [
      'Thomas Hale had breathed his last',
      'Thomas Hale passed away',
      'Thomas Hale lost his life',
      'Thomas Hale was stabbed to death',
      'Thomas Hale was beheaded',
    ]) {
      const { issues, text } = check(
        `Chapter 1\n\n${FILLER(PEOPLE)}\n\n${death} in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door and knocked.`,
      );
      const issue = issues.find((i) => i.kind === 'after_death');
      expect(issue && cites(issue, text, death), death).toBe(true);
    }
  });

  it('reads a death told as a killing, a burial or a death noun, not a relative’s or a passive', () => {
    for (const [death, cited] of [
      ['The bull had killed Thomas Hale', 'killed Thomas Hale'],
      ['Smith shot Thomas Hale dead', 'shot Thomas Hale dead'],
      ['Thomas Hale was found dead', 'Thomas Hale was found dead'],
      ['Thomas Hale fell dead', 'Thomas Hale fell dead'],
      ['Mary wept after the death of Thomas Hale', 'after the death of Thomas Hale'],
      ['Mary went to the funeral of Thomas Hale', 'funeral of Thomas Hale'],
      ['They buried Thomas Hale', 'buried Thomas Hale'],
    ]) {
      const { issues, text } = check(
        `Chapter 1\n\n${FILLER(PEOPLE)}\n\n${death} in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door and knocked.`,
      );
      const issue = issues.find((i) => i.kind === 'after_death');
      expect(issue && cites(issue, text, cited as string), death).toBe(true);
    }
    for (const alive of [
      "Mary wept after the death of Thomas Hale's father",
      'Many had been so killed, Thomas Hale knew',
      'The bull had nearly killed Thomas Hale',
    ]) {
      const { issues } = check(
        `Chapter 1\n\n${FILLER(PEOPLE)}\n\n${alive} in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door and knocked.`,
      );
      expect(
        issues.filter((i) => i.kind === 'after_death'),
        alive,
      ).toEqual([]);
    }
  });

  it('counts children a parent has in a relative clause or as "the father of"', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale, who had four daughters, came in.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nThomas Hale was the father of five daughters.`,
    );
    const issue = issues.find((i) => i.kind === 'count');
    expect(issue?.summary).toMatch(/daughters are 4 .* but 5/);
    expect(issue && cites(issue, text, 'four daughters') && cites(issue, text, 'five daughters')).toBe(true);
  });

  it('counts a group a sentence opens with', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThree gardeners were painting the roses. Mary watched the three gardeners. Then the four gardeners ran away.`,
    );
    const issue = issues.find((i) => i.kind === 'count');
    expect(issue?.summary).toBe('The gardeners are 3 in Chapter 1 but 4 in Chapter 1.');
    expect(issue && cites(issue, text, 'Three gardeners')).toBe(true);
  });

  it('counts a character listened to after their death as speaking', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nMary could even listen to Thomas Hale without a smile.`,
    );
    const issue = issues.find((i) => i.kind === 'after_death');
    expect(issue?.summary).toMatch(/Thomas Hale dies in Chapter 1 but speaks in Chapter 2/);
    expect(issue && cites(issue, text, 'listen to Thomas Hale')).toBe(true);
  });

  it('flags relations that cannot both hold', () => {
    const { issues } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson, Thomas Hale's only sister, came in.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nMary Benson, Thomas Hale's wife, sat down.`,
    );
    expect(issues.find((i) => i.kind === 'relation')?.summary).toMatch(
      /sibling .* but .* spouse|spouse .* but .* sibling/,
    );
  });

  it('reads kinship stated as "was the daughter of"', () => {
    const { issues, text } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson was the daughter of Thomas Hale.\n\nChapter 2\n\n${FILLER(PEOPLE)}\n\nMary Benson, Thomas Hale's wife, sat down.`,
    );
    const issue = issues.find((i) => i.kind === 'relation');
    expect(issue?.summary).toMatch(
      /child .* but .* spouse|spouse .* but .* child|parent .* but .* spouse|spouse .* but .* parent/,
    );
    expect(issue && cites(issue, text, 'was the daughter of Thomas Hale')).toBe(true);
  });

  it('finds a rare spelling of a frequent name, not a plural or a word made from it', () => {
    const text = `Chapter 1\n\n${Array.from({ length: 12 }, () => 'Then Hartwell spoke to the miller.').join(' ')} Then Hartwel answered. The Hartwells left. A Hartwellian smile.`;
    const issues = findMisspellings(countSpellings(source(text)));
    expect(issues.map((i) => i.summary)).toEqual([
      '"Hartwel" is written once; the text writes "Hartwell" 12 times.',
    ]);
  });

  it('ranks issues most confident first', () => {
    const { issues } = check(
      `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes. Thomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door. Mary's green eyes were wet.`,
    );
    expect(issues.length).toBeGreaterThanOrEqual(2);
    const confidences = issues.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });
});
