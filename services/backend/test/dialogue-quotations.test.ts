import { describe, expect, it } from 'vitest';
import { findQuotations, innerQuotationParts } from '../src/dialogue/quotations.js';

/** The text of each quotation's parts, joined by " | ". */
function quoted(text: string): string[] {
  return findQuotations(text).quotations.map((q) =>
    q.parts.map((p) => text.slice(p.start, p.end)).join(' | '),
  );
}

describe('findQuotations', () => {
  it('finds curly and straight, double and single quotations', () => {
    expect(quoted('“Is he married or single?”\n\n"Single, my dear!"')).toEqual([
      '“Is he married or single?”',
      '"Single, my dear!"',
    ]);
    expect(quoted("‘Oh dear!’ said the Rabbit.\n\n'I shall be late!' he cried.")).toEqual([
      '‘Oh dear!’',
      "'I shall be late!'",
    ]);
  });

  it('keeps a quotation interrupted by a speech tag as one utterance in parts', () => {
    const text =
      '“My dear Mr. Bennet,” said his lady to him one day, “have you heard that Netherfield Park is let?”';
    const [q] = findQuotations(text).quotations;
    expect(q?.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      '“My dear Mr. Bennet,”',
      '“have you heard that Netherfield Park is let?”',
    ]);
    expect(q && text.slice(q.start, q.end)).toBe(text);
  });

  it('makes two utterances when the part after the tag calls its speaker by name', () => {
    const text =
      '‘I’d hoped she was a witch,’ observed Fergus, carving his bread. ‘Nonsense, Fergus! But isn’t it strange?’';
    expect(quoted(text)).toEqual([
      '‘I’d hoped she was a witch,’',
      '‘Nonsense, Fergus! But isn’t it strange?’',
    ]);
    const same = '‘Well, Fergus,’ said Rose, ‘you are late.’';
    expect(quoted(same)).toEqual(['‘Well, Fergus,’ | ‘you are late.’']);
  });

  it('makes two utterances when the narration between parts tags the next with a pronoun of the other gender', () => {
    const text =
      '“To-morrow?” he said. “There is no speedier delivery?” and seemed quite disappointed when she answered, “No.”';
    expect(quoted(text)).toEqual(['“To-morrow?” | “There is no speedier delivery?”', '“No.”']);
    const same = '“To-morrow?” he said. “There is no speedier delivery?” he asked, “None?”';
    expect(quoted(same)).toEqual(['“To-morrow?” | “There is no speedier delivery?” | “None?”']);
  });

  it('makes two utterances when a part broken off on a dash is answered at once', () => {
    const text = '“The first vacant room in the front --” “You must have it,” said Miss Bartlett.';
    expect(quoted(text)).toEqual(['“The first vacant room in the front --”', '“You must have it,”']);
    const same = '“The first vacant room --” she stopped, “no, the second.”';
    expect(quoted(same)).toEqual(['“The first vacant room --” | “no, the second.”']);
  });

  it('takes a short speech introduced by a colon, a whole sentence, for speech', () => {
    const text =
      'She crouched beside him and whispered in eager, tense tones: “Dreams!”\n\nHe looked at her.';
    expect(quoted(text)).toEqual(['“Dreams!”']);
    const term = 'Over the door hung a sign: “Dreams”, in gold letters.';
    expect(quoted(term)).toEqual([]);
  });

  it('takes a short exclamation or question in the middle of narration for speech, not a term', () => {
    expect(quoted('There was a cry of “Fire!” from the street.')).toEqual(['“Fire!”']);
    expect(quoted('He could never write the word “fire” without a shiver.')).toEqual([]);
  });

  it('joins a speech over several paragraphs, each reopened with a mark', () => {
    const text =
      '“It was a long winter,” she said. “We had no coal.\n\n“Then the spring came, and with it the river.\n\n“That is all.”\n\nHe nodded.';
    const scan = findQuotations(text);
    expect(scan.quotations).toHaveLength(1);
    const q = scan.quotations[0];
    expect(q?.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      '“It was a long winter,”',
      '“We had no coal.',
      '“Then the spring came, and with it the river.',
      '“That is all.”',
    ]);
    expect(q?.paragraph).toBe(0);
    expect(q?.lastParagraph).toBe(2);
  });

  it('closes an unfinished speech at the end of its paragraph when the next does not reopen it', () => {
    expect(quoted('“I never finished this\n\nThe narration goes on.')).toEqual(['“I never finished this']);
  });

  it('keeps nested quotations inside their outer one', () => {
    expect(quoted('‘I see it is marked “poison,” so I shall not drink it,’ said Alice.')).toEqual([
      '‘I see it is marked “poison,” so I shall not drink it,’',
    ]);
    expect(quoted('"He called me \'Sir John\' twice," said the man.')).toEqual([
      '"He called me \'Sir John\' twice,"',
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted("'Tis late, and it's four o'clock at the Bennets' house; the boys' dogs sleep.")).toEqual(
      [],
    );
    expect(quoted('‘Well, ’tis true, I’ll go to the Bennets’ house,’ she said, ‘at four o’clock.’')).toEqual([
      '‘Well, ’tis true, I’ll go to the Bennets’ house,’ | ‘at four o’clock.’',
    ]);
    expect(quoted("'I'll be ridin' along to the Bennets' place,' he said.")).toEqual([
      "'I'll be ridin' along to the Bennets' place,'",
    ]);
  });

  it('leaves out terms and titles in quotation marks inside a sentence', () => {
    const text =
      'The boys called his hat a “stove-pipe,” laughed at his “congress gaiters”; “full dress” meant a tail coat.';
    expect(quoted(text)).toEqual([]);
    // Beside a speech verb, even a short quotation is speech.
    expect(quoted('He said “no” and left.')).toEqual(['“no”']);
  });

  it('reads dash-introduced dialogue', () => {
    const text = '— Where are you going? — asked Marie. — To the market.\n\n— So early?';
    expect(quoted(text)).toEqual(['— Where are you going? | — To the market.', '— So early?']);
  });

  it('reports the paragraphs it read, with the offsets of the text', () => {
    const text = 'Narration.\n\n“Speech.”';
    const scan = findQuotations(text);
    expect(scan.paragraphs).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 21 },
    ]);
    expect(scan.quotations[0]?.paragraph).toBe(1);
  });
});

describe('innerQuotationParts', () => {
  it('finds the quotations a speaker quotes inside a part of their speech', () => {
    const text = '"My uncle came home. \'Why, what does this mean, John?\' he asked me."';
    expect(
      innerQuotationParts(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end)),
    ).toEqual(["'Why, what does this mean, John?'"]);
  });

  it('finds none in a part whose apostrophes are not quotation marks', () => {
    const text = '"It is ten o\'clock, John, and the Bennets\' carriage is late."';
    expect(innerQuotationParts(text, { start: 0, end: text.length })).toEqual([]);
  });
});
