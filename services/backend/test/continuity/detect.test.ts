import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { checkContinuity, countSpellings, findMisspellings } from '../../src/continuity/index.js';
import { checkText as check } from './check-text.js';

/** Filler paragraphs so that names are seen as names. */
const FILLER = ['Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary Benson', 'Mary', 'Thomas', 'Mary']
  .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
  .join('\n\n');

/** Filler paragraphs in which only Mary acts. */
const MARY = Array.from({ length: 4 }, () => 'Mary walked along the road and spoke with the miller.').join(
  '\n\n',
);

describe('detectContradictions', () => {
  it('compares the whole a part is taken from ("not one of the eight doors") with the group counted in its chapter only', () => {
    const counts = (text: string) =>
      check(text)
        .filter((i) => i.kind === 'count')
        .map((i) => [i.summary, i.evidence.map((e) => e.quote)]);
    expect(
      counts(
        `Chapter 1\n\n${FILLER}\n\nThere were six doors all round the hall, but they were all locked.\n\n${MARY}\n\nShe walked sadly down the middle, for not one of the eight doors would open.`,
      ),
    ).toEqual([
      [
        'The doors are 6 in Chapter 1 but 8 in Chapter 1.',
        ['There were six doors', 'not one of the eight doors'],
      ],
    ]);
    // another chapter's group may be another's ("the two tall masts" of another ship)
    expect(
      counts(
        `Chapter 1\n\n${FILLER}\n\nThe schooner carried two tall masts.\n\nChapter 2\n\n${MARY}\n\nThe men climbed each of the three tall masts.`,
      ),
    ).toEqual([]);
  });

  it('compares a whole group\'s number ("who were four in number") with the group counted in any chapter', () => {
    const scenes = `Chapter 1\n\n${FILLER}\n\nThe three guards stood at the gate.\n\nChapter 2\n\n${MARY}\n\nChapter 3\n\n${MARY}\n\nThe four guards stood at the gate.\n\nChapter 4\n\n${MARY}`;
    expect(check(scenes).filter((i) => i.kind === 'count')).toEqual([]);
    const whole = `${scenes}\n\nChapter 5\n\n${MARY}\n\nOf the castle's guards, who were three in number, none slept.`;
    expect(
      check(whole)
        .filter((i) => i.kind === 'count')
        .map((i) => i.summary),
    ).toEqual(['The guards are 4 in Chapter 3 but 3 in Chapter 5.']);
    const twoWholes = `${whole}\n\nChapter 6\n\n${MARY}\n\nThe castle's guards were five in number.`;
    expect(
      check(twoWholes)
        .filter((i) => i.kind === 'count')
        .map((i) => i.summary)
        .sort(),
    ).toEqual([
      'The guards are 3 in Chapter 5 but 5 in Chapter 6.',
      'The guards are 4 in Chapter 3 but 3 in Chapter 5.',
      'The guards are 4 in Chapter 3 but 5 in Chapter 6.',
    ]);
  });

  it('compares a group listed by name with a larger count of the group in another chapter, not a smaller', () => {
    const listed = `Chapter 1\n\n${FILLER}\n\nNow these two mates--Thomas Hale and Mary Benson, were momentous men.\n\nChapter 2\n\n${MARY}\n\nEach of the three mates quailed before the captain.`;
    expect(
      check(listed)
        .filter((i) => i.kind === 'count')
        .map((i) => i.summary),
    ).toEqual(['The mates are 2 in Chapter 1 but 3 in Chapter 2.']);
    // fewer in a scene may be some of them ("the two chief mates")
    const fewer = `Chapter 1\n\n${FILLER}\n\nNow these three mates--Thomas Hale, Mary Benson and Jane Grey, were momentous men.\n\nChapter 2\n\n${MARY}\n\nThe two mates quailed before the captain.`;
    expect(check(fewer).filter((i) => i.kind === 'count')).toEqual([]);
  });

  it("compares a beard's colour with the same person's beards, not with the hair of the head", () => {
    const beardAgainstHair = `Chapter 1\n\n${FILLER}\n\nThomas Hale had dark hair and a red beard.\n\nChapter 2\n\n${MARY}\n\nThomas Hale stroked his red beard.`;
    expect(check(beardAgainstHair).filter((i) => i.kind === 'attribute')).toEqual([]);
    const twoBeards = `${beardAgainstHair}\n\nChapter 3\n\n${MARY}\n\nThomas Hale, the rain running down into his black beard, came in.`;
    expect(
      check(twoBeards)
        .filter((i) => i.kind === 'attribute')
        .map((i) => i.summary),
    ).toEqual(['Thomas Hale is red-bearded in Chapter 1 and Chapter 2 but black-bearded in Chapter 3.']);
  });

  it('takes "the death of" a character in a chapter\'s opening, before any act of theirs in it, as foretold: their acts in that chapter stand, those of a later chapter do not', () => {
    const opening = `Chapter 1\n\n${FILLER}\n\nChapter 2\n\nOf all our cases none was stranger than the one that ended in the death of Thomas Hale. Thomas Hale came to us on a wet morning. Thomas Hale spoke of his sister.`;
    expect(check(opening).filter((i) => i.kind === 'after_death')).toEqual([]);
    const later = check(`${opening}\n\nChapter 3\n\n${MARY}\n\nThomas Hale spoke to the vicar.`);
    expect(later.filter((i) => i.kind === 'after_death').map((i) => i.summary)).toEqual([
      expect.stringMatching(/^Thomas Hale dies in Chapter 2 but \w+ in Chapter 3/),
    ]);
    const told = check(
      `Chapter 1\n\n${FILLER}\n\nChapter 2\n\nThomas Hale came to us on a wet morning. They found the body of Thomas Hale by the weir. Thomas Hale spoke of his sister.`,
    );
    expect(told.filter((i) => i.kind === 'after_death')).toHaveLength(1);
  });

  it('cites a deed after a death, not a comparison with what the dead had done ("as he had done every morning")', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nChapter 2\n\n${MARY}\n\nIn the winter Thomas Hale died.\n\nChapter 3\n\n${MARY}\n\nThe next morning Thomas Hale climbed the tower and trimmed the wick, as he had done every morning for three years.`,
    ).filter((i) => i.kind === 'after_death');
    expect(issues.map((i) => i.evidence.map((e) => e.quote))).toEqual([
      ['Thomas Hale died', 'Thomas Hale climbed'],
    ]);
  });

  it('flags grey eyes against blue ones, less surely than against green ones', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson had grey eyes. Thomas Hale had grey eyes.\n\nChapter 2\n\n${FILLER}\n\nMary Benson's eyes were of a watery blue. Thomas Hale's eyes were green.`,
    );
    const eyes = issues.filter((i) => i.kind === 'attribute');
    const mary = eyes.find((i) => /blue/.test(i.summary));
    const thomas = eyes.find((i) => /green/.test(i.summary));
    expect(mary?.summary).toMatch(/^Mary( Benson)? is grey-eyed in Chapter 1 but blue-eyed in Chapter 2\.$/);
    expect(thomas).toBeDefined();
    expect(mary?.confidence).toBeLessThan(thomas?.confidence ?? 0);
  });

  it("names chapters in a summary without their headings' own full stops ('CHAPTER II.')", () => {
    const text = `CHAPTER I.\n\n${FILLER}\n\nThomas Hale had grey eyes.\n\nCHAPTER II.\n\n${FILLER}\n\nThomas Hale's eyes were green.`;
    const second = text.indexOf('CHAPTER II.');
    const source: SourceText = {
      fileId: 'book',
      text,
      chapters: [
        { title: 'CHAPTER I.', start: 0, end: second },
        { title: 'CHAPTER II.', start: second, end: text.length },
      ],
    };
    const { issues } = checkContinuity({ sources: [source], extraction: extract([source]) });
    expect(issues.find((i) => i.kind === 'attribute')?.summary).toMatch(
      /^Thomas( Hale)? is grey-eyed in CHAPTER I but green-eyed in CHAPTER II\.$/,
    );
  });

  it('flags a clerk who is a lawyer, not an officer who is a lieutenant or a change of calling the text marks', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nThomas Hale and another officer came in. Mary Benson, a clerk in the bank, was there.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale was a lieutenant. Mary Benson was a lawyer. Thomas Hale had been formerly in trade.`,
    );
    expect(issues.filter((i) => i.kind === 'attribute').map((i) => i.summary)).toEqual([
      expect.stringMatching(/^Mary( Benson)? is a clerk in Chapter 1 but a lawyer in Chapter 2\.$/),
    ]);
  });

  it('flags things no one owns counted once against a count stated twice in the chapter', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nOut of the envelope jumped five little dried orange pips. Thomas laughed. He once held seven dried orange pips in his palm. Mary shook out five little dried orange pips.`,
    );
    expect(issues.filter((i) => i.kind === 'count').map((i) => i.summary)).toEqual([
      'The orange pips are 5 in Chapter 1 but 7 in Chapter 1.',
    ]);
  });

  it('finds a four-letter name written once with a letter left out', () => {
    const text = `${Array.from({ length: 12 }, () => 'Then Jane spoke to the miller.').join(' ')} Then Jae answered.`;
    const issues = findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] }));
    expect(issues.map((i) => i.summary)).toEqual(['"Jae" is written once; the text writes "Jane" 12 times.']);
  });

  it('flags a betrothed or a spouse the text also makes a brother', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was engaged to Thomas Hale.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale, Mary Benson's brother, came in.`,
    );
    expect(issues.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /Thomas Hale is Mary( Benson)?'s (engaged|sibling) in Chapter \d but Mary( Benson)?'s (engaged|sibling) in Chapter \d\./,
      ),
    ]);
    const married = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson married Thomas Hale in June.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale, Mary Benson's brother, came in.`,
    );
    expect(married.filter((i) => i.kind === 'relation')).toHaveLength(1);
  });

  it("compares only characters' names when the story bible is known: a place's rare spelling is left alone", () => {
    const walks = Array.from(
      { length: 12 },
      () => 'Then Jane walked to Meryton and spoke to the miller.',
    ).join(' ');
    const issues = check(`Chapter 1\n\n${walks} Then Jae answered. Then Jane walked to Merytn.`);
    expect(issues.filter((i) => i.kind === 'misspelling').map((i) => i.summary)).toEqual([
      '"Jae" is written once; the text writes "Jane" 13 times.',
    ]);
  });

  it('finds a name spelled with an initial of the same sound ("Katherine" of "Catherine")', () => {
    const text = `${Array.from({ length: 12 }, () => 'Then Catherine spoke to the miller.').join(' ')} Then Katherine answered.`;
    const issues = findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] }));
    expect(issues.map((i) => i.summary)).toEqual([
      '"Katherine" is written once; the text writes "Catherine" 12 times.',
    ]);
  });

  it('finds a name misspelt as an English word beside its other word ("Sherlock Homes"), not a thing\'s name', () => {
    const text = `${Array.from({ length: 12 }, () => 'Then Sherlock Holmes spoke. Then the Sperm Whale rose.').join(' ')} Then Sherlock Homes answered. Then a Sperm Whaler passed.`;
    const issues = findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] }));
    expect(issues.map((i) => [i.summary, i.evidence.map((e) => e.quote)])).toEqual([
      [
        '"Sherlock Homes" is written once; the text writes "Sherlock Holmes" 12 times.',
        ['Sherlock Holmes', 'Sherlock Homes'],
      ],
    ]);
  });

  it('finds a name made of English words misspelt as a word that sounds like it ("March Hair"), when both words are one character\'s', () => {
    const many = (s: string) => Array.from({ length: 12 }, () => s).join(' ');
    const text = `${many('Then the March Hare spoke. Then the White Rabbit ran. Then a Sperm Whale rose.')} Then the March Hair answered. Then the White Rabid ran. Then a Sperm Wail rose.`;
    const characterOf = (form: string): string | null =>
      ({
        March: 'character:march-hare',
        Hare: 'character:march-hare',
        White: 'character:white-rabbit',
        Rabbit: 'character:white-rabbit',
      })[form] ?? null;
    const issues = findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] }), characterOf);
    expect(issues.map((i) => i.summary).sort()).toEqual([
      '"March Hair" is written once; the text writes "March Hare" 12 times.',
      '"White Rabid" is written once; the text writes "White Rabbit" 12 times.',
    ]);
    // words that are no one character's ("White Rabbit" by default, "Sperm Whale"): no issue; a first
    // word never a name alone ("March", a month) leaves the name to its other word
    expect(
      findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] })).map((i) => i.summary),
    ).toEqual(['"March Hair" is written once; the text writes "March Hare" 12 times.']);
  });

  it('finds a name misspelt as an English word alone where the name stands ("Earnest" for "Ernest"), not a word at a sentence start, a month or a word one letter from a word', () => {
    const many = (s: string) => Array.from({ length: 12 }, () => s).join(' ');
    const summaries = (text: string) =>
      findMisspellings(countSpellings({ fileId: 'book', text, chapters: [] })).map((i) => i.summary);
    for (const [name, slip] of [
      ['Ernest', 'I tried to calm Earnest and sent for the doctor.'],
      ['Stubb', 'The mate handed the line to Stub without a word.'],
      ['Mary', 'Then Mrs. Bennet turned to Marry and spoke.'],
      ['Holmes', 'I looked across at Homes, who said nothing.'],
    ] as const) {
      expect(summaries(`${many(`Then ${name} spoke to us.`)} ${slip}`)).toEqual([
        expect.stringMatching(new RegExp(`is written once; the text writes "${name}" 12 times`)),
      ]);
    }
    // At a sentence start a capital is the sentence's; a month is a name of its own; "Whaler" is
    // a word beside a word.
    expect(summaries(`${many('Then Ernest spoke to us.')} Earnest as he was, he listened.`)).toEqual([]);
    expect(summaries(`${many('Then Jane spoke to us.')} They came in June and left.`)).toEqual([]);
    expect(summaries(`${many('Then the Whale rose.')} Then a Whaler passed.`)).toEqual([]);
  });

  it('flags an age far older a few chapters on, "now" or not, but not after years let pass or a year more', () => {
    const ages = (later: string) =>
      check(`Chapter 1\n\n${FILLER}\n\nThomas Hale was thirty.\n\nChapter 2\n\n${FILLER}\n\n${later}`).filter(
        (i) => i.kind === 'attribute',
      );
    expect(ages('Thomas Hale, a grizzled man of sixty, came in.').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /30 in Chapter 1 but 60 in Chapter 2, older than the years between seem to allow/,
      ),
    ]);
    expect(ages('Thomas Hale, now a grizzled man of sixty, came in.')).toHaveLength(1);
    expect(ages('Years passed. Thomas Hale, now a grizzled man of sixty, came in.')).toEqual([]);
    expect(ages('Thomas Hale, a man of thirty-one, came in.')).toEqual([]);
  });

  it('weighs ages against the years the text dates: six years older in three is flagged, a flashback younger by its years is not', () => {
    const dated = (first: string, later: string) =>
      check(`Chapter 1\n\n${FILLER}\n\n${first}\n\nChapter 2\n\n${FILLER}\n\n${later}`).filter(
        (i) => i.kind === 'attribute',
      );
    const slip = dated(
      'In the spring of 1887 Thomas Hale came to the village. Thomas Hale was nine years old.',
      'In the winter of 1890 the mill burned. Thomas Hale was fifteen years old.',
    );
    expect(slip.map((i) => i.summary)).toEqual([
      'Thomas Hale is 9 in 1887 (Chapter 1) but 15 in 1890 (Chapter 2), 3 years later.',
    ]);
    // Both ages and both dates are cited.
    expect(slip[0]?.evidence.map((e) => e.quote)).toEqual([
      'In the spring of 1887 Thomas Hale came to the village.',
      'Thomas Hale was nine years old',
      'In the winter of 1890 the mill burned.',
      'Thomas Hale was fifteen years old',
    ]);
    expect(
      dated(
        'In the spring of 1887 Thomas Hale came to the village. Thomas Hale was nine years old.',
        'In the winter of 1890 the mill burned. Thomas Hale was twelve years old.',
      ),
    ).toEqual([]);
    // Told out of order: younger in a later chapter, and as much younger as the years go back.
    expect(
      dated(
        'In the spring of 1887 Thomas Hale came to the village. Thomas Hale was thirty years old.',
        'In the spring of 1877 the mill was new. Thomas Hale was twenty years old.',
      ),
    ).toEqual([]);
    // Years let pass from a stated year date what follows; one year in two chapters is one year.
    const three = check(
      `Chapter 1\n\n${FILLER}\n\nIn the spring of 1887 Thomas Hale came. Thomas Hale was nine years old.\n\nChapter 2\n\n${FILLER}\n\nThree years passed. Thomas Hale was twelve now.\n\nChapter 3\n\n${FILLER}\n\nIn the winter of 1890 the mill burned. Thomas Hale was fifteen years old.`,
    ).filter((i) => i.kind === 'attribute');
    expect(three.map((i) => i.summary).sort()).toEqual([
      'Thomas Hale is 12 in 1890 (Chapter 2) but 15 in 1890 (Chapter 3), the same year.',
      'Thomas Hale is 9 in 1887 (Chapter 1) but 15 in 1890 (Chapter 3), 3 years later.',
    ]);
    // A diary's date line dates its entry, even one that looks back ("since").
    const diary = check(
      `Chapter 1\n\n${FILLER}\n\n3 May 1894.--Bistritz. Thomas Hale was twenty-six years old.\n\nChapter 2\n\n${FILLER}\n\n10 June 1895.--A year has passed since the mill burned. Thomas Hale was thirty years old.`,
    ).filter((i) => i.kind === 'attribute');
    expect(diary.map((i) => i.summary)).toEqual([
      'Thomas Hale is 26 in 1894 (Chapter 1) but 30 in 1895 (Chapter 2), a year later.',
    ]);
    // A wedding dated before a clause that looks back from it, a birth after the story's latest
    // year: the story's present, told in order.
    const married = check(
      `Chapter 1\n\n${FILLER}\n\nIn the spring of 1891 Mary Benson came to the village. Mary Benson was twenty-two years old.\n\nChapter 2\n\n${FILLER}\n\nMary Benson married Thomas Hale on the tenth of October, 1892, when the leaves had turned. Mary Benson was thirty years old.\n\nChapter 3\n\n${FILLER}\n\nThe child was born on the ninth of April, 1893. Mary Benson was thirty-one years old.`,
    ).filter((i) => i.kind === 'attribute');
    expect(married.map((i) => i.summary).sort()).toEqual([
      'Mary Benson is 22 in 1891 (Chapter 1) but 30 in 1892 (Chapter 2), a year later.',
      'Mary Benson is 22 in 1891 (Chapter 1) but 31 in 1893 (Chapter 3), 2 years later.',
    ]);
    // Years the text lets pass undated, or a year someone recalls, date nothing.
    expect(
      dated(
        'In the spring of 1887 Thomas Hale came to the village. Thomas Hale was nine years old.',
        'In the winter of 1890 the mill burned. Years passed. Three years later Thomas Hale was fifteen years old.',
      ),
    ).toEqual([]);
    expect(
      dated(
        'In the spring of 1887 Thomas Hale came to the village. Thomas Hale was nine years old.',
        'His grandfather had built the mill in 1890. Thomas Hale was fifteen years old.',
      ),
    ).toEqual([]);
  });

  it("counts a husband's and a wife's children as one family's", () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMr. Grey came in. Mr. Grey sat down. Mr. Grey had five daughters.\n\nChapter 2\n\n${FILLER}\n\nMrs. Grey came in. Mrs. Grey had six daughters.`,
    );
    expect(issues.filter((i) => i.kind === 'count').map((i) => i.summary)).toEqual([
      expect.stringMatching(/daughters are (5|6) in Chapter \d but (5|6) in Chapter \d\./),
    ]);
  });

  it('takes courtiers and seamen for companies of people, counted twice two ways', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nThe ten courtiers came first. The four seamen rowed.\n\nChapter 2\n\n${FILLER}\n\nThe twelve courtiers bowed. The six seamen rested.`,
    );
    expect(issues.filter((i) => i.kind === 'count').map((i) => i.summary)).toEqual([
      'The courtiers are 10 in Chapter 1 but 12 in Chapter 2.',
      'The seamen are 4 in Chapter 1 but 6 in Chapter 2.',
    ]);
  });

  it('reads a niece and her uncle as one relation seen from both sides, and a niece who is a daughter as two', () => {
    const consistent = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was Thomas Hale's niece.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale was Mary Benson's uncle.`,
    );
    expect(consistent.filter((i) => i.kind === 'relation')).toEqual([]);
    const contradicted = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was Thomas Hale's niece.\n\nChapter 2\n\n${FILLER}\n\nMary Benson was Thomas Hale's daughter.`,
    );
    expect(contradicted.filter((i) => i.kind === 'relation').map((i) => i.summary)).toContainEqual(
      expect.stringMatching(/niece or nephew .* but .* child|child .* but .* niece or nephew/),
    );
  });

  it('gives one issue for one disagreement of kin seen from both sides (a daughter who is a niece: a parent who is an uncle)', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was Thomas Hale's niece.\n\nChapter 2\n\n${FILLER}\n\nMary Benson was Thomas Hale's daughter.`,
    );
    expect(issues.filter((i) => i.kind === 'relation')).toHaveLength(1);
  });

  it("weighs a speaker's count of another person's own group against the narration's, never a speaker's against a speaker's", () => {
    const counts = (text: string) =>
      check(text)
        .filter((i) => i.kind === 'count')
        .map((i) => i.summary);
    // Mr. Bennet of Mrs. Long ("She has two nieces of her own"), against the narration's three
    expect(
      counts(
        `Chapter 1\n\n${FILLER}\n\nMary Benson went to the ball.\n\n"Mary Benson has two nieces of her own," said Thomas Hale.\n\nChapter 2\n\n${FILLER}\n\nMary Benson came to the ball with her three nieces.`,
      ),
    ).toEqual([expect.stringMatching(/nieces are (?:3 .* but 2|2 .* but 3)/)]);
    // the speaker's count through a possessive, or in an aside after the owner's name
    for (const said of [
      `"Mary Benson's two nieces are dull girls," said Thomas Hale.`,
      `"Mary Benson, with her two nieces, is coming to the ball," said Thomas Hale.`,
    ]) {
      expect(
        counts(
          `Chapter 1\n\n${FILLER}\n\nMary Benson went to the ball.\n\n${said}\n\nChapter 2\n\n${FILLER}\n\nMary Benson came to the ball with her three nieces.`,
        ),
      ).toEqual([expect.stringMatching(/nieces are (?:3 .* but 2|2 .* but 3)/)]);
    }
    // two speakers alone: hearsay against hearsay
    expect(
      counts(
        `Chapter 1\n\n${FILLER}\n\n"Mary Benson has two nieces of her own," said Thomas Hale.\n\nChapter 2\n\n${FILLER}\n\n"Mary Benson has three nieces," said Mr. Hale.`,
      ),
    ).toEqual([]);
  });

  it('weighs a count given with "with their" against one given with "her": "Mr. and Mrs. Hale, with their four children"', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMrs. Hale walked to the mill.\n\nMr. and Mrs. Hale, with their four children, did at length appear at the farm.\n\nChapter 2\n\n${FILLER}\n\nMrs. Hale and her three children were to remain in the village a few days longer.`,
    );
    expect(issues.filter((i) => i.kind === 'count').map((i) => i.summary)).toEqual([
      expect.stringMatching(/children are 4 .* but 3/),
    ]);
  });

  it('flags two different fathers of one person, and not a father and a mother', () => {
    const two = check(
      `Chapter 1\n\n${FILLER}\n\nJohn Price, whose father was Thomas Hale, came in.\n\nChapter 2\n\n${FILLER}\n\nJohn Price, whose father was Mr. Benson, came in.`,
    );
    expect(two.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^John Price has two fathers: Thomas(?: Hale)? in Chapter 1 and Mr\. Benson in Chapter 2\.$/,
      ),
    ]);
    const parents = check(
      `Chapter 1\n\n${FILLER}\n\nJohn Price, whose father was Thomas Hale, came in.\n\nChapter 2\n\n${FILLER}\n\nJohn Price, whose mother was Mary Benson, came in.`,
    );
    expect(parents.filter((i) => i.kind === 'relation')).toEqual([]);
  });

  it("reads a parent the text knows by a title only ('the King, Thomas Hale's father') and flags another father", () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nAt the feast he sat between the High Priest and his majesty the King, Thomas Hale's father.\n\nChapter 2\n\n${FILLER}\n\nIt was done by my particular friend Thomas Hale, the High Priest's son, whose duty it was.`,
    );
    expect(issues.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^Thomas(?: Hale)? has two fathers: the King in Chapter 1 and (?:the )?High Priest in Chapter 2\.$/,
      ),
    ]);
  });

  it('flags one person engaged to two, the second in a relative clause ("who was himself betrothed to")', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was engaged to John Price.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale, who was himself betrothed to Mary Benson, spoke of her with a lover's fondness.`,
    );
    expect(issues.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^Mary Benson is engaged to John(?: Price)? in Chapter 1 and to Thomas(?: Hale)? in Chapter 2\.$/,
      ),
    ]);
  });

  it('flags a character who never marries and has a spouse, in either order, not one who marries late', () => {
    const single = 'Thomas Hale, who had lived and would die a bachelor, walked to the mill.';
    const wed = 'Thomas Hale came in. He has a wife in the town.';
    for (const [first, second] of [
      [single, wed],
      [wed, single],
    ]) {
      const issues = check(`Chapter 1\n\n${FILLER}\n\n${first}\n\nChapter 2\n\n${FILLER}\n\n${second}`);
      expect(issues.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
        expect.stringMatching(
          /^Thomas(?: Hale)? never marries in Chapter \d but is married in Chapter \d\.$/,
        ),
      ]);
    }
    const late = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson never married till she was forty.\n\nChapter 2\n\n${FILLER}\n\nMary Benson married Thomas Hale.`,
    );
    expect(late.filter((i) => i.kind === 'relation')).toEqual([]);
  });

  it('reads "the late Mr. Hale" while Mr. Hale lives as his elder namesake, dead, who must not act later', () => {
    const alive = check(
      `Chapter 1\n\n${FILLER}\n\nHis father, the late Mr. Hale, was one of the best men that ever breathed. Mr. Hale walked to the mill.\n\nChapter 2\n\n${FILLER}\n\nThe kindness of the late Mr. Hale, though she had not known its extent, agreed with his account. Mr. Hale walked along the gallery.`,
    );
    expect(alive.filter((i) => i.kind === 'after_death')).toEqual([]);
    const acts = check(
      `Chapter 1\n\n${FILLER}\n\nHis father, the late Mr. Hale, was one of the best men that ever breathed. Mr. Hale walked to the mill.\n\nChapter 2\n\n${FILLER}\n\nMr. Hale walked along the gallery. Old Mr. Hale himself, leaning upon a cane, came slowly from the farther end and bowed.`,
    );
    expect(acts.filter((i) => i.kind === 'after_death').map((i) => i.summary)).toEqual([
      expect.stringMatching(/^the elder Mr\. Hale dies in Chapter 1 but acts in Chapter 2\.$/),
    ]);
  });

  it('weighs a death after which a character acts by its surest telling, and cites its first telling too', () => {
    const said = `Chapter 1\n\n${FILLER}\n\nMr. Hale walked to the mill.\n\n“I owe everything to the late Mr. Hale,” said Mary.\n\nMary walked home.`;
    const late = `Chapter 3\n\n${FILLER}\n\nOld Mr. Hale himself, leaning upon a cane, came slowly from the farther end and bowed.`;
    const [heard] = check(`${said}\n\n${late}`).filter((i) => i.kind === 'after_death');
    const [told] = check(
      `${said}\n\nChapter 2\n\n${FILLER}\n\nMrs. Price had known the late Mr. Hale by character perfectly well.\n\n${late}`,
    ).filter((i) => i.kind === 'after_death');
    expect(told?.summary).toMatch(
      /^the elder (?:Mr\. Hale|Thomas(?: Hale)?) dies in Chapter 1 and Chapter 2 but acts in Chapter 3\.$/,
    );
    expect(told?.evidence.map((e) => e.quote)).toEqual([
      'the late Mr. Hale',
      'the late Mr. Hale',
      expect.stringMatching(/^Mr\. Hale himself, leaning upon a cane, came/),
    ]);
    expect(told?.confidence).toBeGreaterThan(heard?.confidence ?? 1);
  });

  it('cites up to three tellings of a death: the surest and the earliest others', () => {
    const said = (who: string) =>
      `“I owe everything to the late Mr. Hale,” said ${who}.\n\nMary walked home.`;
    const [death] = check(
      `Chapter 1\n\n${FILLER}\n\nMr. Hale walked to the mill.\n\n${said('Mary')}\n\n${said('Thomas')}\n\n${said('Mary Benson')}\n\nChapter 2\n\n${FILLER}\n\nMrs. Price had known the late Mr. Hale by character perfectly well.\n\nChapter 3\n\n${FILLER}\n\nOld Mr. Hale himself, leaning upon a cane, came slowly from the farther end and bowed.`,
    ).filter((i) => i.kind === 'after_death');
    const tellings = death?.evidence.filter((e) => e.quote === 'the late Mr. Hale') ?? [];
    expect(tellings).toHaveLength(3);
    // The narration's telling in chapter 2 is the surest; the two others are the first two said.
    expect(tellings.map((e) => e.chapter)).toEqual([1, 1, 2]);
  });

  it.each([
    [
      'eye colour',
      'Mary Benson had blue eyes.',
      'Mary Benson had brown eyes.',
      'Mary Benson had green eyes.',
      /^Mary( Benson)? is blue-eyed in Chapter 1, brown-eyed in Chapter 2 and green-eyed in Chapter 3\.$/,
      [1, 2, 3],
    ],
    [
      'a count, one way stated twice,',
      'Thomas Hale came in with his two sisters. Thomas Hale sat with his five sisters.',
      'Thomas Hale came in with his three sisters.',
      'Thomas Hale came in with his five sisters.',
      /^Thomas( Hale)?'s sisters are 2 in Chapter 1; 5 in Chapter 1 and Chapter 3; and 3 in Chapter 2\.$/,
      [1, 1, 2, 3],
    ],
    [
      'a count',
      'Thomas Hale came in with his two sisters.',
      'Thomas Hale came in with his three sisters.',
      'Thomas Hale came in with his five sisters.',
      /^Thomas( Hale)?'s sisters are 2 in Chapter 1, 3 in Chapter 2 and 5 in Chapter 3\.$/,
      [1, 2, 3],
    ],
  ])(
    'reports %s stated three ways as one issue citing each',
    (_, first, second, third, summary, chapters) => {
      const issues = check(
        `Chapter 1\n\n${FILLER}\n\n${first}\n\nChapter 2\n\n${FILLER}\n\n${second}\n\nChapter 3\n\n${FILLER}\n\n${third}`,
      ).filter((i) => i.kind === 'attribute' || i.kind === 'count');
      expect(issues.map((i) => i.summary)).toEqual([expect.stringMatching(summary)]);
      expect(issues[0]?.evidence.map((e) => e.chapter)).toEqual(chapters);
    },
  );

  it('reads a stepsister and a sister as two relations, a granddaughter and her grandfather as one', () => {
    const step = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was Thomas Hale's stepsister.\n\nChapter 2\n\n${FILLER}\n\nMary Benson was Thomas Hale's sister.`,
    );
    expect(step.filter((i) => i.kind === 'relation').map((i) => i.summary)).toEqual([
      expect.stringMatching(/step-sibling .* but .* sibling|sibling .* but .* step-sibling/),
    ]);
    const grand = check(
      `Chapter 1\n\n${FILLER}\n\nMary Benson was Thomas Hale's granddaughter.\n\nChapter 2\n\n${FILLER}\n\nThomas Hale was Mary Benson's grandfather.`,
    );
    expect(grand.filter((i) => i.kind === 'relation')).toEqual([]);
  });

  it('flags a character who writes after dying, not a letter written before', () => {
    const writes = check(
      `Chapter 1\n\n${FILLER}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${MARY}\n\nThomas Hale wrote to his sister.`,
    );
    expect(writes.filter((i) => i.kind === 'after_death').map((i) => i.summary)).toEqual([
      expect.stringMatching(/dies in Chapter 1 but writes in Chapter 2/),
    ]);
    const letter = check(
      `Chapter 1\n\n${FILLER}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${MARY}\n\nMary read the letter Thomas Hale had written.`,
    );
    expect(letter.filter((i) => i.kind === 'after_death')).toEqual([]);
  });

  it('flags a letter from a character that arrives after they die', () => {
    const issues = check(
      `Chapter 1\n\n${FILLER}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${MARY}\n\nA letter from Thomas Hale reached Mary that week.`,
    );
    expect(issues.filter((i) => i.kind === 'after_death').map((i) => i.summary)).toEqual([
      expect.stringMatching(/dies in Chapter 1 but writes in Chapter 2/),
    ]);
  });

  it('flags acts after a death in the shade or "once more", words that are no memory or ghost', () => {
    for (const act of ['Thomas Hale sat in the shade.', 'Thomas Hale once more took up his pen.']) {
      const issues = check(
        `Chapter 1\n\n${FILLER}\n\nThomas Hale died in the spring.\n\nChapter 2\n\n${MARY}\n\n${act}`,
      );
      expect(issues.filter((i) => i.kind === 'after_death')).toHaveLength(1);
    }
  });

  it('lets a speaker stand whom the narration answers within a paragraph: a lie or a mistake the text shows', () => {
    const issues = (first: string, later: string) =>
      check(
        `Chapter 1\n\n${FILLER}\n\n${first}\n\nChapter 2\n\n${MARY}\n\nChapter 3\n\n${MARY}\n\n${later}`,
      ).map((i) => i.summary);
    expect(
      issues(
        'Thomas Hale was forty years old.',
        '“I am but thirty,” said Thomas Hale, though Thomas Hale was forty years old.',
      ),
    ).toEqual([]);
    expect(
      issues(
        'Mary Benson was a tall woman.',
        '“Mary Benson is a little short thing,” said Thomas Hale, though Mary Benson was a tall woman.',
      ),
    ).toEqual([]);
    // unanswered, the speaker is weighed against the narration as before
    expect(issues('Thomas Hale was forty years old.', '“I am but thirty,” said Thomas Hale.')).toEqual([
      'Thomas Hale is 40 in Chapter 1 but 30, younger, in Chapter 3, as Thomas Hale says.',
    ]);
    expect(
      issues('Mary Benson was a tall woman.', '“Mary Benson is a little short thing,” said Thomas Hale.'),
    ).toEqual(['Mary is tall in Chapter 1 but short in Chapter 3, as Thomas Hale says.']);
  });

  it('lets stand a value its clause says changed or held at another time: hair "dyed", a rank "at the time"', () => {
    const issues = (first: string, later: string) =>
      check(
        `Chapter 1\n\n${FILLER}\n\n${first}\n\nChapter 2\n\n${MARY}\n\nChapter 3\n\n${MARY}\n\n${later}`,
      ).map((i) => i.summary);
    expect(issues('Thomas Hale had black hair.', 'Thomas Hale had red hair, dyed for the fair.')).toEqual([]);
    expect(issues('Thomas Hale had black hair.', 'Thomas Hale had red hair.')).toEqual([
      'Thomas Hale is black-haired in Chapter 1 but red-haired in Chapter 3.',
    ]);
    const captain = 'Thomas Hale was a captain in the navy.';
    expect(issues(captain, 'Thomas Hale, who was a lieutenant at the time, said nothing.')).toEqual([]);
    expect(issues(captain, 'Thomas Hale was a lieutenant in those days.')).toEqual([]);
    expect(issues(captain, 'Thomas Hale was a lieutenant.')).toEqual([
      'Thomas Hale is a captain in Chapter 1 but a lieutenant in Chapter 3.',
    ]);
  });
});

describe('ranks a name carries', () => {
  const issues = (...chapters: string[]) =>
    check(
      chapters.map((body, i) => `Chapter ${i + 1}\n\n${i === 0 ? `${FILLER}\n\n` : ''}${body}`).join('\n\n'),
    )
      .filter((issue) => issue.kind === 'attribute')
      .map((issue) => issue.summary);

  it('finds two military ranks of one name with no promotion or time told between', () => {
    expect(
      issues(
        'Lieutenant Thomas Hale led the patrol out of the gate at dawn.',
        'At noon Colonel Thomas Hale led the patrol back through the gate.',
      ),
    ).toHaveLength(1);
  });

  it('leaves a rank gained after a promotion, or after years, told between, and titles that are no ranks', () => {
    expect(
      issues(
        'Lieutenant Thomas Hale led the patrol out of the gate at dawn.',
        'For his courage Thomas Hale received a commission as colonel.',
        'Colonel Thomas Hale led the regiment back through the gate.',
      ),
    ).toEqual([]);
    expect(
      issues(
        'Lieutenant Thomas Hale led the patrol out of the gate at dawn.',
        'Many years went by.',
        'Colonel Thomas Hale led the regiment back through the gate.',
      ),
    ).toEqual([]);
    expect(
      issues(
        'Captain Thomas Hale led the patrol out of the gate at dawn.',
        'At noon Sir Thomas Hale led the patrol back through the gate.',
      ),
    ).toEqual([]);
  });
});
