import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { extractFacts, type Fact } from '../../src/continuity/index.js';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

/** The facts of one kind in a manuscript of the given chapters: value, whether a change, quote. */
function factsOf(kind: Fact['kind'], ...bodies: string[]): Array<[string, boolean, string]> {
  const text = chapters(...bodies);
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === kind)
    .map((f) => [f.value, f.change, f.quote]);
}

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe('legitimate change (the fortieth pass)', () => {
  it('reads hair dyed a colour as a change of the subject\'s hair ("dyed her hair red", "dyed it black")', () => {
    expect(factsOf('hair', 'For the play Ann Lacey dyed her hair red.')).toEqual([
      ['red', true, 'Ann Lacey dyed her hair red'],
    ]);
    expect(factsOf('hair', 'Mary Benson cut her hair short and dyed it black.')).toEqual([
      ['dark', true, 'Mary Benson cut her hair short and dyed it black'],
    ]);
    // "it" with no hair before it in its sentence is no one's hair
    expect(factsOf('hair', 'Mary Benson took the cloth and dyed it black.')).toEqual([]);
  });

  it('reads a calling become after another act, and a calling left for another, as a change', () => {
    expect(factsOf('occupation', 'Edward Crane sold his forge and became an innkeeper.')).toEqual([
      ['innkeeper', true, 'Edward Crane sold his forge and became an innkeeper'],
    ]);
    expect(factsOf('occupation', 'At thirty Thomas Hale gave up the law for the church.')).toEqual([
      ['clergyman', true, 'Thomas Hale gave up the law for the church'],
    ]);
  });

  it('takes the later statements of a value the text marked as changed to as the new state', () => {
    const before = 'Ann Lacey had brown hair and a quiet face.';
    const after = 'Ann Lacey shook her red hair and went out on the stage.';
    expect(summaries(before, 'For the play Ann Lacey dyed her hair red.', after)).toEqual([]);
    // with no change told, the two colours still disagree
    expect(summaries(before, 'The play was a great success.', after)).toEqual([
      'Ann Lacey is brown-haired in Chapter 1 but red-haired in Chapter 3.',
    ]);
    // a change to red does not excuse another colour
    expect(
      summaries(before, 'For the play Ann Lacey dyed her hair red.', 'Ann Lacey shook her golden hair.'),
    ).toHaveLength(1);
  });

  it('does not weigh what a speaker passes on as heard ("I hear Hale has three sons")', () => {
    const narrated = 'Thomas Hale had two sons, and both worked on the farm.';
    expect(summaries(narrated, '"I hear Thomas Hale has three sons," said the miller\'s wife.')).toEqual([]);
    expect(summaries(narrated, '"They say Thomas Hale has three sons," said the miller\'s wife.')).toEqual(
      [],
    );
    // said as known, it is weighed against the narration
    expect(summaries(narrated, '"Thomas Hale has three sons," said the miller\'s wife.')).toHaveLength(1);
  });

  it('takes "years before" and "when she was still alive" as a look back to before a death', () => {
    const death = 'Mary Benson was dead, and the house was quiet.';
    expect(summaries(death, 'Ten years before, Mary Benson had planted the roses by the gate.')).toEqual([]);
    expect(
      summaries(death, 'When she was still alive, Mary Benson had planted the roses by the gate.'),
    ).toEqual([]);
    expect(summaries(death, 'In the spring Mary Benson planted the roses by the gate.')).toHaveLength(1);
  });

  it('lets a character age by the years the text says pass ("Twelve years later"), not by many more', () => {
    const child = 'Ann Lacey was a little girl of six, and she played all day in the orchard.';
    const grown = 'Ann Lacey was eighteen, and the young men of the village came to call on her.';
    expect(summaries(child, 'Twelve years later the orchard was sold.', grown)).toEqual([]);
    // without the years told, or with more ageing than they and a few unmarked years allow
    expect(summaries(child, 'The orchard was sold.', grown)).toHaveLength(1);
    expect(
      summaries(child, 'Twelve years later the orchard was sold.', 'Ann Lacey was forty, and a widow.'),
    ).toHaveLength(1);
  });
});

describe('legitimate change (the forty-fourth pass)', () => {
  it('does not weigh a rumour the narration passes on, with or without who passed it on or where', () => {
    const truth = 'Edward Crane was born in Bristol, the son of a chandler.';
    expect(summaries('It was said that Edward Crane was born in France.', truth)).toEqual([]);
    expect(summaries('It was said in the village that Edward Crane was born in France.', truth)).toEqual([]);
    expect(
      summaries('It was whispered among the servants that Edward Crane was born in France.', truth),
    ).toEqual([]);
    // told as the narration's own, the two birthplaces still disagree
    expect(summaries('Everyone knew that Edward Crane was born in France.', truth)).toHaveLength(1);
    expect(
      summaries('It was said that Edward Crane was a kind man. He was born in France.', truth),
    ).toHaveLength(1);
  });

  it('takes a name given to a kinsman as "also called" or "likewise named" as an elder namesake\'s', () => {
    const young = 'Edward Crane was a young man of twenty-two, a clerk in the town.';
    expect(
      summaries(
        young,
        'His grandfather, also called Edward Crane, who was eighty years old, sat by the fire.',
      ),
    ).toEqual([]);
    expect(
      summaries(young, 'His father, likewise named Edward Crane, was a man of sixty and a farmer.'),
    ).toEqual([]);
    // with no kinsman named, or the name not said to be his too, the two ages are one man's
    expect(
      summaries(young, 'The next day Edward Crane, who was eighty years old, sat by the fire.'),
    ).toHaveLength(1);
    expect(
      summaries(young, 'His grandfather spoke to Edward Crane, who was eighty years old, by the fire.'),
    ).toHaveLength(1);
  });

  it('reads no looks in a clause of what is only wished or supposed ("If she had had blue eyes", "wished she had")', () => {
    expect(
      factsOf('eyes', 'If Mary Benson had had blue eyes, she would have been the beauty of the county.'),
    ).toEqual([]);
    expect(factsOf('eyes', 'Ann Lacey wished she had blue eyes like her cousin.')).toEqual([]);
    // a clause of its own after the supposition is read; so are looks with no supposition
    expect(factsOf('hair', 'If it rained, Thomas Hale, with his black hair wet, ran home.')).toEqual([
      ['dark', false, 'his black hair'],
    ]);
    expect(factsOf('eyes', 'Mary Benson had blue eyes.')).toEqual([
      ['blue', false, 'Mary Benson had blue eyes'],
    ]);
  });

  it('reads no looks in a sentence told of a childhood ("As a boy", "In his youth", "remembered himself as a small boy")', () => {
    expect(factsOf('hair', 'As a boy Thomas Hale had had fair curls, which his mother loved.')).toEqual([]);
    expect(factsOf('hair', 'In his youth Thomas Hale had fair hair.')).toEqual([]);
    expect(factsOf('hair', 'Thomas Hale remembered himself as a small boy with fair curls.')).toEqual([]);
    // a disguise is no childhood; the next sentence, back in the present, is read
    expect(factsOf('hair', 'To pass as a boy Mary Benson cut her hair short and dyed it black.')).toEqual([
      ['dark', true, 'Mary Benson cut her hair short and dyed it black'],
    ]);
    expect(factsOf('hair', 'As a boy Thomas Hale lived by the river. Thomas Hale had fair hair.')).toEqual([
      ['fair', false, 'Thomas Hale had fair hair'],
    ]);
  });
});
