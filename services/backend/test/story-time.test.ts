import { describe, expect, it } from 'vitest';
import { findTimeExpressions, scanTimeMatches } from '../src/story/time.js';
import { buildTimeline } from '../src/story/timeline.js';

const dated = (text: string) =>
  findTimeExpressions(text).map((e) => [e.text.replace(/\s+/g, ' '), e.date, e.kind]);

describe('time expressions', () => {
  it('scans only where a word starts, each expression after the last, as a global search would', () => {
    const text =
      'On Mayday, the 3rd of May, 1894, he wrote; to-day5 came yesterday, and ſunday was in 1887.\n1944\nSeptember';
    expect(scanTimeMatches(text).map((m) => [m.start, m.raw, m.kind])).toEqual([
      // Not "May" inside "Mayday"; the date's year is part of it.
      [11, 'the 3rd of May, 1894', 'dayMonth'],
      // An expression may end inside a run of letters and digits: "5" is no word start after it.
      [43, 'to-day', 'relativeDay'],
      [56, 'yesterday', 'relativeDay'],
      // Case folded as the pattern's `i` flag folds it (the reader then wants a capital).
      [71, 'ſunday', 'weekday'],
      [85, '1887', 'year'],
      // A year alone on its line, by a lookbehind that reaches back past the word start.
      [91, '1944', 'year'],
    ]);
  });

  it('reads diary headings, inherits their year and rolls over December', () => {
    const text = [
      '3 May 1894.--Carrow Point. This morning the boat came.',
      '4 May.--A grey sea.',
      'Saturday, 5 May.--Fog.',
      'The next morning the fog lifted.',
    ].join('\n\n');
    expect(dated(text)).toEqual([
      ['3 May 1894', '1894-05-03', 'heading'],
      ['This morning', '1894-05-03', 'relative'],
      ['4 May', '1894-05-04', 'heading'],
      ['Saturday, 5 May', '1894-05-05', 'heading'],
      ['The next morning', '1894-05-06', 'relative'],
    ]);
  });

  it('gives partial dates when the year is hidden, and counts the year on after December', () => {
    const text =
      'St. Petersburgh, Dec. 11th, 17--\n\nI arrived yesterday.\n\nArchangel, 28th March, 17--\n\nHow slowly the time passes.';
    const found = findTimeExpressions(text);
    expect(found.map((e) => e.date)).toEqual(['--12-11', '--12-10', '--03-28']);
    // Story order keeps March after December: the key counts the unknown year on.
    expect((found[2]?.key as number) > (found[0]?.key as number)).toBe(true);
  });

  it('moves "now" only with past narration that opens a sentence', () => {
    const text = [
      '7 May.--The boat came.',
      'I had last seen her on the 1st of April. On Wednesday I sent my answer back.',
      'Two days later a steamer stood in. On the 21st of May I must be back at the office. 3 days later the gale came.',
    ].join('\n\n');
    expect(dated(text)).toEqual([
      ['7 May', '--05-07', 'heading'],
      ['the 1st of April', '--04-01', 'absolute'],
      // A weekday needs the year.
      ['On Wednesday', null, 'weekday'],
      ['Two days later', '--05-09', 'relative'],
      ['the 21st of May', '--05-21', 'absolute'],
      ['3 days later', '--05-12', 'relative'],
    ]);
    const withYear = findTimeExpressions(
      `7 May 1894.--The boat came.\n\n${text.split('\n\n').slice(1).join('\n\n')}`,
    );
    expect(withYear.map((e) => e.date)).toEqual([
      '1894-05-07',
      '1894-04-01',
      '1894-05-09',
      '1894-05-11',
      '1894-05-21',
      '1894-05-14',
    ]);
  });

  it('dates a quoted letter by its own line without moving "now" back, and counts back from "now"', () => {
    const text = [
      '7 May 1894.--A letter from Thomas.',
      '"Harwick, 28 April 1894.',
      '"My dear Anna,',
      '"Come soon.',
      'It was written nine days ago. The next day I answered.',
    ].join('\n\n');
    expect(dated(text)).toEqual([
      ['7 May 1894', '1894-05-07', 'heading'],
      ['28 April 1894', '1894-04-28', 'heading'],
      ['nine days ago', '1894-04-28', 'relative'],
      ['The next day', '1894-05-08', 'relative'],
    ]);
  });

  it('knows months, years, feasts, "last year" and vague spans', () => {
    expect(
      dated(
        'It was in 1893 that we met, in May 1894 we married. In March of 1896 he fell.\n\nSunday, 17 September 1911.--Home.',
      ),
    ).toEqual([
      ['1893', '1893', 'year'],
      ['May 1894', '1894-05', 'year'],
      ['March of 1896', '1896-03', 'year'],
      ['Sunday, 17 September 1911', '1911-09-17', 'heading'],
    ]);
    expect(
      dated(
        '2 October 1911.--Tidy since the 14th of August last year. Some years ago it burned. He comes at Martinmas.',
      ),
    ).toEqual([
      ['2 October 1911', '1911-10-02', 'heading'],
      ['the 14th of August last year', '1910-08-14', 'absolute'],
      ['Some years ago', null, 'relative'],
      ['Martinmas', '1911-11-11', 'feast'],
    ]);
  });

  it('dates Easter and the feasts it moves from the narration’s year, and none without one', () => {
    expect(
      dated(
        'Sunday, 2 January 1910.--We came home.\n\nWe were married at Easter, and on Whit Monday we sailed. Good Friday was wet.',
      ),
    ).toEqual([
      ['Sunday, 2 January 1910', '1910-01-02', 'heading'],
      ['Easter', '1910-03-27', 'feast'],
      ['Whit Monday', '1910-05-16', 'feast'],
      ['Good Friday', '1910-03-25', 'feast'],
    ]);
    expect(dated('He had the flu at Easter.')).toEqual([['Easter', null, 'feast']]);
  });

  it('reads a day of the month in words, and "on the sixth" as a day but not "on the sixth day"', () => {
    const text =
      'Ashby Hall, 14 August 1851\n\nHis horse fell at the ford on the second of August, and he died that night. We buried him on the sixth. On the twenty-first of August, or August the twenty-first as Tom writes it, we left; on the third day we came home.';
    expect(dated(text)).toEqual([
      ['14 August 1851', '1851-08-14', 'heading'],
      ['the second of August', '1851-08-02', 'absolute'],
      ['that night', '1851-08-02', 'relative'],
      ['the sixth', '1851-08-06', 'absolute'],
      ['the twenty-first of August', '1851-08-21', 'absolute'],
      ['August the twenty-first', '1851-08-21', 'absolute'],
    ]);
  });

  it('looks back from a dated letter for a weekday after a past verb inside a sentence', () => {
    // 3 May 1851 was a Saturday.
    const letter =
      'Ashby Hall, 3 May 1851\n\nMy dear Agnes,\n\nThe governess came on Tuesday, and I believe we shall keep her.';
    expect(dated(letter)).toEqual([
      ['3 May 1851', '1851-05-03', 'heading'],
      ['on Tuesday', '1851-04-29', 'weekday'],
    ]);
    // Opening its sentence, the weekday tells the entry's next days.
    const diary = '3 May 1851.--A grey sea.\n\nOn Tuesday I sent my answer back with the boat.';
    expect(dated(diary)[1]?.[1]).toBe('1851-05-06');
  });

  it('looks back for "the Saturday before" and a weekday after a participle, and finds "the Tuesday" the story told', () => {
    // 7 March 2023 was a Tuesday.
    const text = [
      'Tuesday, 7 March 2023',
      'Mr. Beck, admitted on the Saturday before with a chest infection, is not making sense.',
      'Thursday, 9 March 2023',
      'He sees what Priya had seen on Tuesday: a dose given on the Sunday by a signature he does not know. Two weeks later the inquest opens.',
      '"You knew on the Tuesday," she says. "We will meet on the Tuesday after the funeral."',
    ].join('\n\n');
    expect(dated(text)).toEqual([
      ['Tuesday, 7 March 2023', '2023-03-07', 'heading'],
      ['on the Saturday before', '2023-03-04', 'weekday'],
      ['Thursday, 9 March 2023', '2023-03-09', 'heading'],
      ['on Tuesday', '2023-03-07', 'weekday'],
      ['Sunday', '2023-03-05', 'weekday'],
      ['Two weeks later', '2023-03-23', 'relative'],
      // "the Tuesday" is the Tuesday the story told, two weeks and more before.
      ['Tuesday', '2023-03-07', 'weekday'],
      // A plan is the Tuesday to come.
      ['Tuesday', '2023-03-28', 'weekday'],
    ]);
  });

  it('reads a chapter that opens by going back as a flashback, and comes back at the next chapter', () => {
    const text = [
      'CHAPTER ONE',
      'The Major met me at the station in the autumn of 1936.',
      'CHAPTER TWO',
      'Twenty years earlier, the Major had been plain Captain Vane. His brother was killed in July.',
      'CHAPTER THREE',
      'I stayed through the winter. In March his cousin came down from London.',
    ].join('\n\n');
    const chapterStarts = [...text.matchAll(/^CHAPTER \w+$/gm)].map((m) => m.index ?? 0);
    expect(findTimeExpressions(text, { chapterStarts }).map((e) => [e.text, e.date])).toEqual([
      ['1936', '1936'],
      ['Twenty years earlier', '1916'],
      ['July', '1916-07'],
      ['March', '1937-03'],
    ]);
    // Without chapters going back is no flashback: it names 1916, and July is the July after the
    // autumn of 1936.
    expect(findTimeExpressions(text).map((e) => e.date)).toEqual(['1936', '1916', '1937-07', '1938-03']);
  });

  it('dates a month alone and years let pass by the year the narration is in, on to the next after its winter', () => {
    const text = [
      'In the spring of 1887 the keeper came. Three years passed. One night in November the stranger came.',
      'In the winter of 1890 Tobias died. He kept the light until the spring. In April the Board sent a new keeper.',
      '“I was there in May,” she said. May smiled.',
    ].join('\n\n');
    expect(dated(text)).toEqual([
      ['1887', '1887', 'year'],
      ['Three years passed', '1890', 'relative'],
      ['November', '1890-11', 'absolute'],
      ['1890', '1890', 'year'],
      ['April', '1891-04', 'absolute'],
      ['May', '1891-05', 'absolute'],
    ]);
    // Without a year told, a month alone has no date.
    expect(dated('One night in November the stranger came.')).toEqual([['November', null, 'absolute']]);
  });

  it('reads "every Christmas" as a habit, with every day and feast of its sentence, and dates a feast told once', () => {
    const text =
      'It was the 3rd of March, 1920. Every Christmas they went to Bath, and at Easter they stayed at home. On the Monday we walked to the sea. At Christmas it snowed.';
    expect(findTimeExpressions(text).map((e) => [e.text, e.date])).toEqual([
      ['the 3rd of March, 1920', '1920-03-03'],
      ['Monday', '1920-03-08'],
      ['Christmas', '1920-12-25'],
    ]);
  });

  it('reads a year standing alone on its line as the heading of what follows', () => {
    const text = [
      'Prologue',
      'The house burned on the last night of 1961.',
      'PART ONE',
      '1944',
      'Chapter One',
      'On the 6th of June the lorries went, all at once, in the night.',
      'PART TWO',
      '1961',
      'Chapter Two',
      'Robert came home in December, with a wife nobody had met.',
    ].join('\n\n');
    expect(findTimeExpressions(text).map((e) => [e.text, e.date])).toEqual([
      ['1961', '1961'],
      ['1944', '1944'],
      ['the 6th of June', '1944-06-06'],
      ['1961', '1961'],
      ['December', '1961-12'],
    ]);
  });

  it('dates "since Christmas" and "last Easter" to the feast before now', () => {
    const text =
      'It was the 3rd of March, 1920. She had come every Sunday since Christmas. Last Easter he was ill. At Christmas it snowed.';
    expect(findTimeExpressions(text).map((e) => [e.text, e.date])).toEqual([
      ['the 3rd of March, 1920', '1920-03-03'],
      ['Christmas', '1919-12-25'],
      ['Easter', '1919-04-20'],
      ['Christmas', '1920-12-25'],
    ]);
  });

  it('takes the narration\'s date from "it was ...: <date>", years recalled inside a sentence as backstory, and years on as a year', () => {
    const text = [
      'CHAPTER ONE',
      'I remember the day because it was her birthday: the 3rd of January, 1951. On the Tuesday following the ice still held. She baked on a Friday, as always.',
      'CHAPTER TWO',
      'My grandfather told me the firth froze in 1895, and two men went through at Candlemas and were found in April. Three days later the thaw came.',
      'CHAPTER THREE',
      'He came on the first ferry, on the 14th of January, with a suitcase. That evening he talked. By Easter he owed everybody. Ten years later the ferry was gone. The next morning was grey.',
    ].join('\n\n');
    const chapterStarts = [...text.matchAll(/^CHAPTER \w+$/gm)].map((m) => m.index ?? 0);
    expect(findTimeExpressions(text, { chapterStarts }).map((e) => [e.text, e.date])).toEqual([
      ['the 3rd of January, 1951', '1951-01-03'],
      ['On the Tuesday following', '1951-01-09'],
      // "on a Friday" is a habit: no day of the story.
      ['1895', '1895'],
      ['Candlemas', '1895-02-02'],
      ['April', '1895-04'],
      // The grandfather's 1895 is recalled: the narration is still in January 1951.
      ['Three days later', '1951-01-12'],
      ['the 14th of January', '1951-01-14'],
      ['That evening', '1951-01-14'],
      ['Easter', '1951-03-25'],
      ['Ten years later', '1961'],
      // Ten years on, the day is not known.
      ['The next morning', null],
    ]);
  });

  it('does not date relative expressions far from the last date', () => {
    const text = `1 June 1900.--Begun.\n\n${'Nothing happened. '.repeat(600)}\n\nThe next morning it rained.`;
    expect(findTimeExpressions(text).map((e) => e.date)).toEqual(['1900-06-01', null]);
  });

  it('never joins a number and a month across a paragraph break', () => {
    expect(dated('Letter 3\n\nJuly 7th, 17--\n\nMy dear Sister,')).toEqual([
      ['July 7th, 17--', '--07-07', 'heading'],
    ]);
  });
});

describe('timeline', () => {
  it('puts events in story order beside narrative order, with chapters from 1', () => {
    const text =
      'Chapter 1\n\n7 May 1894.--The boat came.\n\nChapter 2\n\n"Harwick, 28 April 1894.\n\n"My dear Anna,';
    const chapters = [
      { index: 1, title: 'Chapter 1', start: 0, end: text.indexOf('Chapter 2') },
      { index: 2, title: 'Chapter 2', start: text.indexOf('Chapter 2'), end: text.length },
    ];
    const events = buildTimeline('f1', text, chapters);
    expect(events.map((e) => [e.chapter, e.when.date, e.narrativeOrder, e.storyOrder])).toEqual([
      [1, '1894-05-07', 1, 2],
      [2, '1894-04-28', 2, 1],
    ]);
    expect(events[0]?.quote).toBe('7 May 1894.--The boat came.');
    expect(events[0]?.id).toBe(`f1:${text.indexOf('7 May')}`);
    expect(text.slice(events[1]?.whenStart, events[1]?.whenEnd)).toBe('28 April 1894');
  });
});
