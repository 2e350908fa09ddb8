import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { extractFacts } from '../../../src/continuity/index.js';
import { FILLER, factsOf } from './helpers.js';

describe('figure', () => {
  it("reads a figure and a birthplace after the name's appositions, not after another name in one", () => {
    const read = (sentence: string, kind: 'height' | 'build' | 'origin') =>
      factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key, quote]) => [value, key, quote]);
    const thomas = expect.stringMatching(/thomas|hale/);
    expect(read('Thomas Hale, the miller, a tall, gaunt man, came in.', 'height')).toEqual([
      ['tall', thomas, 'Thomas Hale, the miller, a tall, gaunt man'],
    ]);
    expect(read('Thomas Hale, the miller, a tall, gaunt man, came in.', 'build')).toEqual([
      ['thin', thomas, 'Thomas Hale, the miller, a tall, gaunt man'],
    ]);
    expect(read('Thomas Hale, the miller, who was a tall man, came in.', 'height')).toEqual([
      ['tall', thomas, 'Thomas Hale, the miller, who was a tall man'],
    ]);
    expect(read('Thomas Hale, the miller, who was born in Devon, came in.', 'origin')).toEqual([
      ['Devon', thomas, 'Thomas Hale, the miller, who was born in Devon'],
    ]);
    // a name inside the apposition: what follows is that name's
    expect(read('Thomas Hale, the friend of Mary Benson, a tall woman, came in.', 'height')).toEqual([
      ['tall', expect.stringMatching(/mary/), 'Mary Benson, a tall woman'],
    ]);
  });

  it('reads a figure in an apposition however it is marked: a dash, a bracket, or fronted before the name', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key, quote]) => [value, key, quote]);
    const mary = expect.stringMatching(/mary/);
    // a dash apposition with a comparison in it (Mary King at Meryton)
    expect(heights('Mary Benson--a tall girl, taller by half a head than Thomas--came in.')).toEqual([
      ['tall', mary, 'Mary Benson--a tall girl'],
    ]);
    expect(heights('Mary Benson—a short, plump woman—came in.')).toEqual([
      ['short', mary, 'Mary Benson—a short, plump woman'],
    ]);
    expect(heights('Mary Benson (a tall girl) came in.')).toEqual([
      ['tall', mary, 'Mary Benson (a tall girl'],
    ]);
    // the described person before the name
    expect(heights('A tall girl, Mary Benson came in.')).toEqual([
      ['tall', mary, 'A tall girl, Mary Benson'],
    ]);
    expect(
      factsOf(`${FILLER}\n\nA stout, red-faced woman, Mary Benson kept the inn.`, 'build').map(
        ([value, key]) => [value, key],
      ),
    ).toEqual([['stout', mary]]);
  });

  it('reads a figure granted in passing, after its words: "short and slight as he was", "tall though she was"', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key]) => [value, key]);
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    // an aside after the name (Mr. Darcy striding in)
    expect(heights('She saw Thomas Hale, short and slight as he was, stride into the room.')).toEqual([
      ['short', thomas],
    ]);
    expect(heights('Mary Benson, tall though she was, stooped under the lintel.')).toEqual([['tall', mary]]);
    expect(heights('Thomas Hale, small as he looked, lifted the cask.')).toEqual([['short', thomas]]);
    // fronted before the name
    expect(heights('Short as she was, Mary Benson reached the shelf.')).toEqual([['short', mary]]);
    expect(heights('Tall and gaunt though he was, Thomas Hale moved quietly.')).toEqual([['tall', thomas]]);
    // a concession that is no figure
    expect(heights('Thomas Hale, angry as he was, said nothing.')).toEqual([]);
    expect(heights('Proud as she was, Mary Benson wept.')).toEqual([]);
  });

  it('reads no figure from a dash apposition without a person in it, or a described person who is someone else', () => {
    const heights = (sentence: string) => factsOf(`${FILLER}\n\n${sentence}`, 'height');
    expect(heights('Thomas Hale--a short letter in his hand--came in.')).toEqual([]);
    expect(heights('A tall girl came in, and Mary Benson rose.')).toEqual([]);
    // a speaker's tag after the description: the tall girl is someone else
    expect(heights('A tall girl, Mary Benson said.')).toEqual([]);
  });

  it('reads height and build words of common usage in an aside ("slight and undersized")', () => {
    const text = `${FILLER}\n\nBeside the table sat Thomas Hale, slight and undersized, and Mary Benson, rotund and dumpy, stood by him.`;
    expect(factsOf(text, 'height').map(([value, key]) => [value, key])).toEqual([
      ['short', expect.stringMatching(/thomas|hale/)],
    ]);
    expect(factsOf(text, 'build').map(([value, key]) => [value, key])).toEqual([
      ['thin', expect.stringMatching(/thomas|hale/)],
      ['stout', expect.stringMatching(/mary/)],
      ['stout', expect.stringMatching(/mary/)],
    ]);
  });

  it('reads a figure in an aside with words of complexion or age, or likened to something ("spare and lean as a heron")', () => {
    const figures = (sentence: string) =>
      (['height', 'build'] as const).flatMap((kind) =>
        factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key, quote]) => [value, key, quote]),
      );
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    // each figure word is read ("spare", "lean")
    expect(figures('Mr. Hale, spare and lean as a heron, came in.')).toEqual([
      ['thin', thomas, 'Mr. Hale, spare and lean as a heron'],
      ['thin', thomas, 'Mr. Hale, spare and lean as a heron'],
    ]);
    expect(figures('Mary Benson, slight and pale as a reed, was fond of him.')).toEqual([
      ['thin', mary, 'Mary Benson, slight and pale as a reed'],
    ]);
    expect(figures('Thomas Hale, stout and red-faced, sat down.')).toEqual([
      ['stout', thomas, 'Thomas Hale, stout and red-faced'],
    ]);
    expect(figures('Mary Benson, short, dark and elderly, kept the shop.')).toEqual([
      ['short', mary, 'Mary Benson, short, dark and elderly'],
    ]);
    // an aside with a word of another kind, or a comparison that is no figure
    expect(figures('Mary Benson, tall and handsome as a queen, smiled.')).toEqual([]);
    expect(figures('Thomas Hale, pale as a ghost, sat down.')).toEqual([]);
  });

  it('reads a stout build in a noun after a possessive ("heaved his great bulk"), not in "the bulk of"', () => {
    const text = `${FILLER}\n\nThomas Hale heaved his great bulk out of the chair. Mary Benson's ample girth filled the doorway. The bulk of his fortune went to Mary.`;
    expect(factsOf(text, 'build').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['stout', expect.stringMatching(/thomas|hale/), 'his great bulk'],
      ['stout', expect.stringMatching(/mary/), "Mary Benson's ample girth"],
    ]);
  });

  it('reads a beard\'s colour as hair of a beard, a later item of a "with" list as the subject\'s', () => {
    const text = `${FILLER}\n\nThomas Hale was a noble man with a head like a Roman, and a flowing golden beard. Mary Benson talked with the red-bearded miller.`;
    expect(factsOf(text, 'hair').map(([value, key, quote]) => [value, key, quote])).toEqual([
      [
        'fair',
        expect.stringMatching(/thomas|hale/),
        'Thomas Hale was a noble man with a head like a Roman, and a flowing golden beard',
      ],
    ]);
  });

  it('reads a figure after an age in the same predicate, and no figure in a time of life ("when she was small")', () => {
    const text = `${FILLER}\n\nMary Benson was nineteen that year, tall for a girl, with a scar where a hook had slipped when she was small. Thomas Hale was forty years old, stout and slow. Ever since he was little Thomas Hale had feared the sea.`;
    expect(factsOf(text, 'height').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['tall', expect.stringMatching(/mary/), 'Mary Benson was nineteen that year, tall'],
    ]);
    expect(factsOf(text, 'build').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['stout', expect.stringMatching(/thomas|hale/), 'Thomas Hale was forty years old, stout'],
    ]);
  });

  it('reads a figure after a hedged age in the same predicate ("about two and twenty, tall and pale")', () => {
    const text = `${FILLER}\n\nMary Benson was about two and twenty, tall and pale, in a plain brown dress. Thomas Hale was not more than thirty, stout and slow.`;
    expect(factsOf(text, 'height').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['tall', expect.stringMatching(/mary/), 'Mary Benson was about two and twenty, tall'],
    ]);
    expect(factsOf(text, 'build').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['stout', expect.stringMatching(/thomas|hale/), 'Thomas Hale was not more than thirty, stout'],
    ]);
    // the figure of another clause after the age is not the subject's
    expect(
      factsOf(
        `${FILLER}\n\nMary Benson was about nineteen, and her sister was small and thin.`,
        'height',
      ).filter(([, key]) => /mary/.test(key ?? '')),
    ).toEqual([]);
  });

  it('reads a figure put before its verb and subject ("So tall was Thomas Hale that")', () => {
    const text = `${FILLER}\n\nSo tall was Thomas Hale that his hat brushed the beam. So thin and so small was Mary Benson as to pass for a child.`;
    expect(factsOf(text, 'height').map(([value, key, quote]) => [value, key, quote])).toEqual([
      ['tall', expect.stringMatching(/thomas|hale/), 'So tall was Thomas Hale'],
      ['short', expect.stringMatching(/mary/), 'So thin and so small was Mary Benson'],
    ]);
    expect(factsOf(text, 'build').map(([value, key]) => [value, key])).toEqual([
      ['thin', expect.stringMatching(/mary/)],
    ]);
  });
});

describe('a change marked in its own clause', () => {
  const changes = (text: string) => {
    const source: SourceText = { fileId: 'book', text, chapters: [] };
    return extractFacts(source, extract([source]))
      .filter((f) => f.kind === 'eyes' || f.kind === 'hair')
      .map((f) => [f.kind, f.value, f.change]);
  };

  it("leaves a change another subject's clause marks to that clause ('and Thomas said she had grown')", () => {
    expect(
      changes(
        `${FILLER}\n\nMary Benson's blue eyes shone in the cold air, and Thomas said she had grown into a beauty.`,
      ),
    ).toEqual([['eyes', 'blue', false]]);
  });

  it('reads no change of colour in a "now" about the eyes\' state ("Kit\'s blue eyes were wet now")', () => {
    expect(
      changes(`${FILLER}\n\nMary Benson's blue eyes were wet now, for the first time that day.`),
    ).toEqual([['eyes', 'blue', false]]);
    expect(changes(`${FILLER}\n\nMary Benson's grey hair had grown thin.`)).toEqual([
      ['hair', 'grey', false],
    ]);
  });

  it("keeps a change marked in the fact's own clause, before the other subject's", () => {
    const hair = changes(
      `${FILLER}\n\nMary Benson's grey hair was now white, and Thomas said she looked tired.`,
    );
    expect(hair.length).toBeGreaterThan(0);
    for (const [kind, , change] of hair) expect([kind, change]).toEqual(['hair', true]);
  });
});

describe('eyes and hair', () => {
  const read = (sentence: string, kind: 'eyes' | 'hair') =>
    factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key, quote]) => [value, key, quote]);
  const mary = expect.stringMatching(/mary/);
  const thomas = expect.stringMatching(/thomas|hale/);

  it('reads a colour in an aside opened by "of" after the noun ("her eyes, of a grey so pale that")', () => {
    // Miss de Bourgh at Rosings
    expect(
      read(
        'Mary Benson was pale; her eyes, of a grey so washed-out that they seemed colourless, were her best feature.',
        'eyes',
      ),
    ).toEqual([['grey', mary, 'her eyes, of a grey']]);
    expect(read('Thomas Hale came in; his hair, of the deepest black, was wet.', 'hair')).toEqual([
      ['dark', thomas, 'his hair, of the deepest black'],
    ]);
    // "of course" is no colour
    expect(read('Mary Benson smiled; her eyes, of course, were on the door.', 'eyes')).toEqual([]);
  });

  it('reads a colour after an article and a hyphened word in the predicate ("were a pale, washed-out blue")', () => {
    expect(read("Thomas Hale's eyes were a pale, washed-out blue.", 'eyes')).toEqual([
      ['blue', thomas, "Thomas Hale's eyes were a pale, washed-out blue"],
    ]);
    // the colour of a thing the eyes are on
    expect(read("Thomas Hale's eyes were on a well-worn, green-bound book.", 'eyes')).toEqual([]);
    expect(read('Mary Benson came in; her hair was a rich, deep-toned auburn.', 'hair')).toEqual([
      ['red', mary, 'her hair was a rich, deep-toned auburn'],
    ]);
  });

  it('reads a possessive pronoun after "of" as the owner ("those brown eyes of hers")', () => {
    expect(
      read('Mary Benson looked up, turning those large brown eyes of hers upon the window.', 'eyes'),
    ).toEqual([['dark', mary, 'brown eyes of hers']]);
    expect(read('Thomas Hale laughed and shook that red hair of his.', 'hair')).toEqual([
      ['red', thomas, 'red hair of his'],
    ]);
    // no pronoun: no one's
    expect(read('Mary Benson painted a pair of brown eyes of great beauty.', 'eyes')).toEqual([]);
  });

  it('reads a height told as all of a person after the name: "stood, all six feet four of him"', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key, quote]) => [value, key, quote]);
    expect(
      heights(
        'But now Thomas Hale started to his feet, and stood, all six feet four of him, above the crowd.',
      ),
    ).toEqual([
      [
        'tall',
        expect.stringMatching(/thomas|hale/),
        'Thomas Hale started to his feet, and stood, all six feet four of him',
      ],
    ]);
    expect(heights('Mary Benson drew herself up, all five feet of her, and glared.')).toEqual([
      ['short', expect.stringMatching(/mary/), 'Mary Benson drew herself up, all five feet of her'],
    ]);
    // another name between: "of him" is not the first name's
    expect(
      heights('Thomas Hale pointed at Mary Benson, all five feet of her.').map(([, key]) => key),
    ).not.toContainEqual(expect.stringMatching(/thomas|hale/));
  });

  it('reads a height after a described person the subject is said to be ("a big man, well over six feet tall")', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key, quote]) => [value, key, quote]);
    expect(heights('Thomas Hale was a big, heavy-set man, well over six feet tall.')).toEqual([
      ['tall', thomas, 'Thomas Hale was a big, heavy-set man, well over six feet tall'],
    ]);
    expect(heights('Mary Benson was a neat, quiet woman, barely five feet in height.')).toEqual([
      ['short', mary, 'Mary Benson was a neat, quiet woman, barely five feet in height'],
    ]);
    // a distance, not a height
    expect(heights('Thomas Hale was a quiet man, six feet from the door.')).toEqual([]);
  });

  it('reads a head above a whole company as tall ("stood a full head above the rest"), not above one other', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key, quote]) => [value, key, quote]);
    expect(heights('Thomas Hale, a lanky youth, stood a full head taller than the others.')).toEqual([
      ['tall', thomas, 'Thomas Hale, a lanky youth, stood a full head taller than the others'],
    ]);
    expect(heights('Mary Benson stood head and shoulders above the crowd.')).toEqual([
      ['tall', mary, 'Mary Benson stood head and shoulders above the crowd'],
    ]);
    expect(heights('Thomas Hale stood a head taller than his wife.')).toEqual([]);
    expect(heights('Mary Benson stood a head above the water.')).toEqual([]);
  });

  it('reads a bound of a height on one side of the middle band, after "who", and no distance as a height', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key]) => [value, key]);
    const mary = expect.stringMatching(/mary/);
    const thomas = expect.stringMatching(/thomas|hale/);
    expect(heights('Mary Benson was not above five feet in height.')).toEqual([['short', mary]]);
    expect(heights('Mary Benson, who was not above five feet in height, came in.')).toEqual([
      ['short', mary],
    ]);
    expect(heights('Thomas Hale was under five feet.')).toEqual([['short', thomas]]);
    expect(heights('Thomas Hale was over six feet.')).toEqual([['tall', thomas]]);
    // a bound reaching into the middle band says nothing
    expect(heights('Thomas Hale was under six feet.')).toEqual([]);
    expect(heights('Mary Benson was fully five feet in height.')).toEqual([]);
    // a distance, not a height
    expect(heights('Thomas Hale was six feet from the door.')).toEqual([]);
    expect(heights('Thomas Hale, who stood six feet behind her, coughed.')).toEqual([]);
    // a thing's height is no person's
    expect(heights('Thomas Hale built a wall eight feet high.')).toEqual([]);
    expect(heights('Thomas Hale saw that the room was ten feet in height.')).toEqual([]);
  });

  it('reads a figure said as a likeness before "of a" and a person noun: "a slip of a woman"', () => {
    const read = (sentence: string, kind: 'height' | 'build') =>
      factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key]) => [value, key]);
    const mary = expect.stringMatching(/mary/);
    expect(read('Mary Benson was a slip of a woman.', 'build')).toEqual([['thin', mary]]);
    expect(read('Mary Benson, a slip of a girl, came in.', 'build')).toEqual([['thin', mary]]);
    expect(read('Thomas Hale was a giant of a man.', 'height')).toEqual([
      ['tall', expect.stringMatching(/thomas|hale/)],
    ]);
    // a likeness of a thing, or a slip that is one
    expect(read('Mary Benson was a slip of a thing.', 'build')).toEqual([]);
    expect(read('Mary Benson handed him a slip of paper.', 'build')).toEqual([]);
  });

  it('reads a colour named by a thing it is like: "eyes the colour of slate", "flax-coloured hair"', () => {
    const read = (sentence: string, kind: 'eyes' | 'hair') =>
      factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key]) => [value, key]);
    const mary = expect.stringMatching(/mary/);
    const thomas = expect.stringMatching(/thomas|hale/);
    expect(read('Mary Benson had eyes the colour of wet slate.', 'eyes')).toEqual([['grey', mary]]);
    expect(read("Mary Benson's eyes, the colour of the summer sky, met his.", 'eyes')).toEqual([
      ['blue', mary],
    ]);
    expect(read('Thomas Hale, whose hair was the colour of ripe corn, came in.', 'hair')).toEqual([
      ['fair', thomas],
    ]);
    expect(read('Thomas Hale shook his flax-coloured hair.', 'hair')).toEqual([['fair', thomas]]);
    // a colour the likeness does not name for eyes, and a colour of something else
    expect(read('Mary Benson had eyes the colour of snow.', 'eyes')).toEqual([]);
    expect(read('Mary Benson wore a gown the colour of slate.', 'eyes')).toEqual([]);
  });

  it('reads a colour compared in an aside or right after the noun: "his hair, fair as flax," "her eyes blue as the sea"', () => {
    const read = (sentence: string, kind: 'eyes' | 'hair') =>
      factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key]) => [value, key]);
    expect(read('Thomas Hale came in, his hair, fair as flax, blown about his face.', 'hair')).toEqual([
      ['fair', expect.stringMatching(/thomas|hale/)],
    ]);
    expect(read('Mary Benson looked up, her eyes blue as the sea.', 'eyes')).toEqual([
      ['blue', expect.stringMatching(/mary/)],
    ]);
    // a comparison of another word: no colour of the eyes
    expect(read('Mary Benson looked up, her eyes, wide as saucers, on him.', 'eyes')).toEqual([]);
  });

  it('reads a figure in an apposition after a pronoun and its verb: "he cried, a small, spare man"', () => {
    const heights = (sentence: string) =>
      factsOf(`${FILLER}\n\n${sentence}`, 'height').map(([value, key]) => [value, key]);
    expect(
      heights(
        'Thomas Hale rushed into the room. "You have it!" he cried, a small, spare man of barely five feet four, grasping my hand.',
      ),
    ).toEqual([['short', expect.stringMatching(/thomas|hale/)]]);
    // no person in the apposition: no figure
    expect(
      heights('Thomas Hale rushed into the room. "You have it!" he cried, a little out of breath.'),
    ).toEqual([]);
  });

  it('reads a colour the clause says is turning to another as a change: "whose golden hair had begun to turn grey"', () => {
    const changes = (sentence: string) => {
      const text = `${FILLER}\n\n${sentence}`;
      const source: SourceText = { fileId: 'book', text, chapters: [] };
      return extractFacts(source, extract([source]))
        .filter((f) => f.kind === 'hair')
        .map((f) => [f.value, f.change]);
    };
    expect(changes('Mary Benson, whose golden hair had begun to turn grey that winter, was ill.')).toEqual([
      ['fair', true],
    ]);
    expect(changes("Mary Benson's black hair was going quite white.")).toContainEqual(['dark', true]);
    // turning of another thing: the colour stands
    expect(changes('Mary Benson, turning her golden hair from the fire, spoke.')).toEqual([['fair', false]]);
  });
});

describe('a person named after their description', () => {
  const read = (passage: string, kind: 'height' | 'build' | 'eyes' | 'hair') =>
    factsOf(`${FILLER}\n\n${passage}`, kind).map(([value, key]) => [value, key]);
  const thomas = expect.stringMatching(/thomas|hale/);
  const mary = expect.stringMatching(/mary|benson/);

  it('gives the looks of "A tall man ... It was Thomas Hale." to the name the next sentence gives', () => {
    const passage = 'A tall, gaunt man with a red beard came up the path. It was Thomas Hale.';
    expect(read(passage, 'height')).toEqual([['tall', thomas]]);
    expect(read(passage, 'build')).toEqual([['thin', thomas]]);
    expect(read(passage, 'hair')).toContainEqual(['red', thomas]);
  });

  it('gives them to the name of a clause after a semicolon: "a short woman ...; this was Mary Benson"', () => {
    const passage = 'Presently a short woman with grey eyes came into the yard; this was Mary Benson.';
    expect(read(passage, 'height')).toEqual([['short', mary]]);
    expect(read(passage, 'eyes')).toEqual([['grey', mary]]);
  });

  it('gives them to no one when the name is denied, comes in another paragraph or does more than name', () => {
    expect(read('A tall man came up the path. It was not Thomas Hale, but the postman.', 'height')).toEqual(
      [],
    );
    expect(read('A tall man came up the path.\n\nIt was Thomas Hale.', 'height')).toEqual([]);
    expect(read('A tall man came up the path. It was Thomas Hale who opened the gate.', 'height')).toEqual(
      [],
    );
    // the described person is an object, not the clause's subject
    expect(read('Mary Benson met a tall man on the path. It was Thomas Hale.', 'height')).toEqual([]);
  });
});

describe('a hurt limb', () => {
  const limbs = (passage: string) =>
    factsOf(`${FILLER}\n\n${passage}`, 'limb').map(([value, key, quote]) => [value, key, quote]);
  const thomas = expect.stringMatching(/thomas|hale/);

  it('reads no hurt side where the hurt is told in another clause of the sentence: "stood on his left leg and leaned on his crutch"', () => {
    expect(limbs('Thomas Hale stood on his left leg and leaned on his crutch.')).toEqual([]);
    expect(limbs('Thomas Hale raised his right hand; his crutch lay on the floor.')).toEqual([]);
  });

  it('still reads the side whose own clause tells the hurt, and one a later sentence tells', () => {
    expect(limbs('Thomas Hale had lost his left arm at the siege, and he walked with a crutch.')).toEqual([
      ['left', thomas, 'his left arm'],
    ]);
    expect(limbs("Thomas Hale's left leg was wounded, and he leaned on his crutch.")).toEqual([
      ['left', thomas, "Thomas Hale's left leg"],
    ]);
    expect(
      limbs('Thomas Hale held out his right hand. Where the thumb should have been there was a stump.'),
    ).toEqual([['right', thomas, 'his right hand']]);
  });

  it('reads the possessive over words before the side: "limped on his lame right leg"', () => {
    expect(limbs('Thomas Hale limped into the room on his lame right leg.')).toEqual([
      ['right', thomas, 'his lame right leg'],
    ]);
    expect(limbs('Thomas Hale nursed his poor wounded left arm by the fire.')).toEqual([
      ['left', thomas, 'his poor wounded left arm'],
    ]);
  });

  it('reads no side over words when no possessive comes before them', () => {
    expect(limbs('Thomas Hale limped past a lame right-hand horse in the team.')).toEqual([]);
  });
});

describe('a figure said to last', () => {
  const builds = (sentence: string) =>
    factsOf(`${FILLER}\n\n${sentence}`, 'build').map(([value, key, quote]) => [value, key, quote]);

  it('reads a figure in an aside closed by "as ever" or "as always": "Mary Benson, thin and pale as ever,"', () => {
    expect(builds('Mary Benson, thin and pale as ever, came into the kitchen.')).toEqual([
      ['thin', expect.stringMatching(/mary/), 'Mary Benson, thin and pale as ever'],
    ]);
    expect(builds('Thomas Hale, stout as always, sat down.')).toEqual([
      ['stout', expect.stringMatching(/thomas|hale/), 'Thomas Hale, stout as always'],
    ]);
  });

  it('reads none from an aside of other words that last', () => {
    expect(builds('Mary Benson, kind and cheerful as ever, came into the kitchen.')).toEqual([]);
  });
});
