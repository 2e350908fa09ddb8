import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const deaths = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'status')
    .filter(([value]) => value === 'dead')
    .map(([, key, quote]) => [key, quote]);

/** Each sentence tells the death of the one person it names (Mary Benson or Thomas Hale). */
const expectOneDeathIn = (sentences: readonly string[]) => {
  for (const sentence of sentences)
    expect(deaths(sentence).map(([key]) => key)).toEqual([expect.stringMatching(/mary|thomas|hale/)]);
};

describe('status', () => {
  it('reads a death after the month of May, and not after the modal "may" ("Thomas Hale may die")', () => {
    expectOneDeathIn(['In May Thomas Hale died.', 'On the 3rd of May, 1894, Thomas Hale died.']);
    expect(deaths('The doctor said that Thomas Hale may die before the spring.')).toEqual([]);
  });

  it('reads a death told as what brought it on, done to death ("had sneezed herself to death", "starved to death")', () => {
    expectOneDeathIn([
      // the Duchess's cook
      'In the kitchen Mary Benson had since sneezed herself to death over the soup.',
      'Thomas Hale drank himself to death in a year.',
      'Mary Benson worked herself to death in the mill.',
      'Thomas Hale starved to death on the moor.',
      'Thomas Hale, lost in the snow, froze to death.',
      'Mary Benson bled to death before the surgeon came.',
    ]);
  });

  it('reads no death in a death nearly met, or in a fright, a weariness or a figure of speech "to death"', () => {
    for (const sentence of [
      'Thomas Hale nearly starved to death on the moor.',
      'Mary Benson was frightened to death of the dog.',
      'Mary Benson was bored to death by the sermon.',
      'Thomas Hale would have frozen to death but for the dog.',
      'Mary Benson had worried herself to death over the boy.',
      'Thomas Hale laughed himself to death at the play.',
    ]) {
      expect(deaths(sentence)).toEqual([]);
    }
  });

  it('reads a burial in a place of the dead as a death, after an aside ("had been laid in the churchyard")', () => {
    expect(
      deaths(
        'Mary Benson, who had kept the house for twenty years, had been laid in the churchyard a week since.',
      ),
    ).toEqual([
      [
        expect.stringMatching(/mary/),
        'Mary Benson, who had kept the house for twenty years, had been laid in the churchyard',
      ],
    ]);
    expect(deaths('Thomas Hale was buried at sea.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale was buried at sea'],
    ]);
    expect(deaths('Thomas Hale was buried beside his father.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale was buried beside his father'],
    ]);
  });

  it('reads a burial of a pronoun the resolver is sure of ("They buried him beside his wife"), not "laid her in the carriage"', () => {
    expect(deaths('Thomas Hale fell from the ladder. They buried him beside his wife at Lydford.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'buried him beside his wife'],
    ]);
    expect(deaths('Mary Benson fainted. They laid her in the carriage and drove home.')).toEqual([]);
    expect(
      deaths('Thomas Hale fell. Had he fallen further, they would have buried him beside his wife.'),
    ).toEqual([]);
  });

  it('reads a death at sea told without a death verb: taken overboard, or committed to the deep', () => {
    expectOneDeathIn([
      // an absolute phrase with "having been", the sailor's burial (the Manxman of batch 10)
      'Next morning, the old Thomas Hale having been sewn into his hammock and committed to the deep at the change of the watch, the sea ran high.',
      'Thomas Hale was committed to the deep at sunset.',
      'Mary Benson had been consigned to the waves off the Cape.',
      // the sea takes them: a passive, a short predicate before the participle, an aside
      'Thomas Hale was washed overboard in the first gale.',
      'Thomas Hale had been swept overboard off the Azores.',
      'Of the men I had shipped with, Thomas Hale was already lost to us, washed overboard in the first gale.',
      'Thomas Hale, swept overboard in the night, was never seen again.',
      // a pronoun the resolver is sure of, and the crew burying it
      'Thomas Hale stood at the rail. He was swept overboard that night.',
      'Thomas Hale lay still upon the deck. They committed him to the deep at dawn.',
    ]);
    for (const sentence of [
      // brought back, nearly, a thing lost overboard, a verb of leaping
      'Thomas Hale was washed overboard, but Queequeg dived after him and saved him.',
      'Thomas Hale was nearly washed overboard in the gale.',
      "Thomas Hale's hat was swept overboard in the gale.",
      'Thomas Hale jumped overboard and swam to the boat.',
      // committed to another thing than the sea
      'Thomas Hale was committed to the care of his aunt.',
      'Mary Benson had committed him to the care of the doctor.',
    ])
      expect(deaths(sentence)).toEqual([]);
  });

  it('reads no death in a burial that is no place of the dead, or in being somewhere', () => {
    expect(deaths('Thomas Hale was buried in thought, and Mary Benson was laid in the carriage.')).toEqual(
      [],
    );
    expect(deaths('Thomas Hale was at sea for a year, and Mary Benson was in the churchyard.')).toEqual([]);
  });

  it("reads a death that ends a chain of the subject's own predicates, however they are joined", () => {
    for (const sentence of [
      // a relative clause, two of them joined by "and who" (the Mouse in the pool of tears)
      'All reached the shore but poor Thomas Hale, who had spent his strength in quarrelling, and who sank within a yard of the bank and drowned.',
      // no comma, a death verb other than "died"
      'Thomas Hale sank within a yard of the bank and drowned.',
      // an aside, then three predicates, the last passive
      'Thomas Hale, the old miller, fell from the rigging, struck the rail, and was drowned.',
      // the death inside the subject's relative clause, the main verb after it
      'Thomas Hale, who caught the fever from the children and died, was buried on Sunday.',
      // an idiom for the death
      'Thomas Hale took a chill on the moor, lay a week in his bed, and breathed his last.',
      // after a semicolon, of a pronoun the resolver is sure of
      'Thomas Hale lingered through the winter; in March he sickened and died.',
    ]) {
      expect(deaths(sentence).map(([key]) => key)).toEqual([expect.stringMatching(/thomas|hale/)]);
    }
  });

  it('reads no death where another subject opens in the chain, or the death did not happen', () => {
    expect(deaths('Thomas Hale watched as the boat sank and drowned.')).toEqual([]);
    expect(deaths('Thomas Hale sank twice and was nearly drowned.')).toEqual([]);
    expect(deaths('Thomas Hale dived after the boy, who had sunk and drowned.')).toEqual([]);
    expect(deaths('Thomas Hale would have sunk and drowned.')).toEqual([]);
    // "she" is another's: the death is hers, not Thomas Hale's.
    expect(
      deaths('Thomas Hale wept all night, and she died in the morning.').map(([key]) => key),
    ).not.toContainEqual(expect.stringMatching(/thomas|hale/));
  });

  it('reads a death told by the grave (or the waters) closing over the dead, in any order', () => {
    expectOneDeathIn([
      // the dead as the object, after the verb (Mrs. Younge)
      'The grave had closed over Mary Benson a twelvemonth since.',
      'The waters closed over Thomas Hale, and no one saw him again.',
      'The earth had long since closed over Mary Benson.',
      // inverted: the dead first
      'Over Mary Benson the grave had closed in the spring.',
      // a relative clause
      'Mary Benson, over whom the grave had closed a year before, was remembered by all.',
    ]);
  });

  it('reads no death in a door closing, or a grave that will close', () => {
    expect(deaths('The door closed upon Thomas Hale.')).toEqual([]);
    expect(deaths('Over Mary Benson the door had closed.')).toEqual([]);
    expect(deaths('The grave would soon close over Thomas Hale.')).toEqual([]);
  });

  it('reads a death told by those left behind: mourning kept for the dead, a widow or widower left', () => {
    for (const sentence of [
      // mourning worn or kept for the dead (Mrs. Jenkinson)
      'The letters said that Rosings was still in mourning for Mary Benson.',
      'The whole household was in black for Thomas Hale.',
      'Her aunt wore deep mourning for Mary Benson all that winter.',
      'They had put on black for Thomas Hale at Michaelmas.',
      // the widowhood the dead leave
      'Lady Anne Wyatt, widow of Thomas Hale, kept the house.',
      'She was the relict of the late Thomas Hale.',
      "Thomas Hale's widow sold the mill.",
      "Mary Benson's widower never spoke of her.",
    ]) {
      expect(deaths(sentence).map(([key]) => key)).toContainEqual(expect.stringMatching(/mary|thomas|hale/));
    }
  });

  it('reads no death in black worn for its colour, in mourning a thing, or in a widow by pronoun only', () => {
    expect(deaths('Mary Benson was in black for the ball, and Thomas Hale wore black.')).toEqual([]);
    expect(deaths('Thomas Hale mourned the loss of his horse.')).toEqual([]);
    expect(deaths('If Thomas Hale died, Mary Benson would be in mourning for him.')).toEqual([]);
    expect(deaths('Mary Benson would never be the widow of Thomas Hale.')).toEqual([]);
  });

  it('reads a death told by a head taken off, however the sentence turns it', () => {
    expectOneDeathIn([
      // a relative clause with the head as object (the Duchess)
      'Mary Benson, whose head the executioner had taken off after all, was carried away.',
      'Thomas Hale, whose head had been struck off at dawn, lay in the yard.',
      "Mary Benson's head was cut off in the morning.",
      "The soldiers cut off Thomas Hale's head before noon.",
    ]);
  });

  it('reads no death in a head lost to temper, an order, or a head that would be cut off', () => {
    expect(deaths('Thomas Hale lost his head and shouted.')).toEqual([]);
    expect(deaths('“Off with Mary Benson’s head!” cried the Queen.')).toEqual([]);
    expect(deaths("The Queen would have cut off Mary Benson's head.")).toEqual([]);
    expect(deaths("Thomas Hale took off Mary Benson's hat.")).toEqual([]);
  });

  it('reads "dead" in an aside or a relative clause after the name, alone or with a time', () => {
    expectOneDeathIn([
      'Old Thomas Hale, dead these ten years, had left the mill to his nephew.',
      'Mary Benson, long dead, was still spoken of in the village.',
      'They talked of Mary Benson, who had been dead a twelvemonth, and of the mill.',
      'Thomas Hale, dead since the spring, was missed by all.',
      'Nobody now remembered Thomas Hale, now dead.',
    ]);
  });

  it('reads no death in "dead tired", "dead drunk", "dead against" or "dead certain" after the name', () => {
    expect(deaths('Thomas Hale, dead tired, sat down by the fire.')).toEqual([]);
    expect(deaths('Thomas Hale, dead drunk, lay in the kitchen.')).toEqual([]);
    expect(deaths('Mary Benson, dead against the match, said nothing.')).toEqual([]);
    expect(deaths('Thomas Hale, dead certain of it, nodded.')).toEqual([]);
  });

  it('reads "With Thomas Hale dead," as a death, not "with Thomas Hale dead tired"', () => {
    expect(deaths('With Thomas Hale dead, the council sent its captain to the wall.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'With Thomas Hale dead'],
    ]);
    expect(deaths('With Thomas Hale dead tired, the council sent its captain to the wall.')).toEqual([]);
  });

  it('reads the body of a name written after "the" ("wept over the body of the Reverend Thomas Hale")', () => {
    expect(deaths('Mary Benson wept over the body of the Reverend Thomas Hale until dark.')).toEqual([
      [expect.stringMatching(/thomas|hale/), expect.stringMatching(/^the body of the Reverend Thomas Hale/)],
    ]);
  });

  it('reads the dead as the object of a relative clause after the name ("whom we had followed to her grave")', () => {
    expectOneDeathIn([
      'It was our first autumn without Mary Benson, our landlady, whom we had followed to her grave at Kensal Green in the spring.',
      'Thomas Hale, whom they buried beside his wife, was soon forgotten.',
      'They spoke of Thomas Hale, whom the whale had killed.',
      'Mary Benson, whom they had laid to rest at Lydford, had no other kin.',
    ]);
    expect(deaths('Mary Benson, our landlady, whom we had followed to her grave, smiled.')).toEqual([
      [expect.stringMatching(/mary/), 'Mary Benson, our landlady, whom we had followed to her grave'],
    ]);
    for (const sentence of [
      'Mary Benson, whom we followed to the door, smiled.',
      'Thomas Hale, whom we had followed to the grave of his mother, wept.',
      'Thomas Hale, whom Mary Benson had loved, came in.',
    ])
      expect(deaths(sentence)).toEqual([]);
  });

  it('reads a funeral a pronoun is taken to ("We followed him to the grave"), not another\'s grave or a door', () => {
    expect(deaths('Thomas Hale lay still at last. We followed him to the grave on Tuesday.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'followed him to the grave'],
    ]);
    expect(deaths('Mary Benson fainted in the heat. They carried her to the door.')).toEqual([]);
    // the sentence has another die first: the buried one is that one, whomever the pronoun resolves to
    expect(
      deaths(
        'Thomas Hale came in. Before the winter was out, Mary Benson died of a fever, and I followed him to the grave.',
      ),
    ).toEqual([[expect.stringMatching(/mary/), 'Mary Benson died']]);
    expect(deaths('Thomas Hale stood by the church. We followed him to the grave of his mother.')).toEqual(
      [],
    );
  });

  it('reads a death that opens the sentence before its subject, inverted or behind a comma', () => {
    expectOneDeathIn([
      'Drowned in that pool, though none of them spoke of him, lay the miller’s Irish gardener, Thomas Hale, who had never learnt to swim.',
      'Dead at his feet lay Thomas Hale.',
      'Killed at Waterloo, Thomas Hale lies in a Belgian field.',
      'Lost at sea, poor Mary Benson was mourned by the whole village.',
    ]);
    for (const sentence of [
      'Dead tired, Mary Benson went up to bed.',
      '“Killed more whales than I can count, Thomas Hale.”',
      'Drowned in tears, Mary Benson sat at the window.',
      'Drowned in the pool was the dog that Thomas Hale had loved.',
      'Killed, if the papers were right, was Thomas Hale.',
    ])
      expect(deaths(sentence)).toEqual([]);
  });

  it('reads a death after a name set off behind "my", "his" or "her" and a noun ("My husband, Thomas Hale, died")', () => {
    expect(deaths('My husband, Thomas Hale, died in January.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale, died'],
    ]);
    expect(deaths('Then she said that her brother, Thomas Hale, had died at sea.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale, had died'],
    ]);
  });

  it('reads no death of a name set off behind a possessive when the verb is not a death\'s ("nearly died")', () => {
    expect(deaths('My husband, Thomas Hale, nearly died of the fever.')).toEqual([]);
    expect(deaths('Her brother, Thomas Hale, dined with us in January.')).toEqual([]);
  });

  it('reads a death noun with a word of its manner before it ("the sudden death of Thomas Hale")', () => {
    expectOneDeathIn([
      'Two months after the miserable death of Mary Benson, we left the valley.',
      'The untimely death of Thomas Hale was a grief to the village.',
      'Nobody spoke of the sad and sudden death of Mary Benson.',
    ]);
  });

  it('reads no death after an attempt, a rumour or a threat ("the attempted murder of Thomas Hale")', () => {
    expect(deaths('The attempted murder of Thomas Hale was the talk of the county.')).toEqual([]);
    expect(deaths('The reported death of Mary Benson proved to be a mistake.')).toEqual([]);
    expect(deaths('The near death of Thomas Hale in the flood frightened us all.')).toEqual([]);
  });

  it('reads the death of both of a pair under one verb ("Thomas Hale and Mary Benson both died")', () => {
    expect(
      deaths('Thomas Hale and Mary Benson both died of the fever that autumn.').map(([, quote]) => quote),
    ).toEqual(['Thomas Hale and Mary Benson both died', 'Mary Benson both died']);
    expect(
      deaths('In the spring Thomas Hale and Mary Benson were drowned together.').map(([, quote]) => quote),
    ).toEqual(['Thomas Hale and Mary Benson were drowned', 'Mary Benson were drowned']);
  });

  it("reads no pair's death after a preposition, in the second name's aside, or of one of the pair only", () => {
    expect(
      deaths('The children of Thomas Hale and Mary Benson were drowned in the flood.').map(
        ([, quote]) => quote,
      ),
    ).toEqual([]);
    expect(deaths('Thomas Hale and Mary Benson, who died young, were cousins.').map(([key]) => key)).toEqual([
      expect.stringMatching(/mary/),
    ]);
    expect(
      deaths('Thomas Hale and Mary Benson were caught by the tide, and Mary Benson was drowned.').map(
        ([key]) => key,
      ),
    ).toEqual([expect.stringMatching(/mary/)]);
  });

  it("reads the dead lying in the present, one a sickness carried off, and a possessive's tomb", () => {
    expect(deaths('Thomas Hale lies dead in the room over the shop.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale lies dead'],
    ]);
    expect(deaths('Mary Benson was carried off by a consumption in her twentieth year.')).toEqual([
      [expect.stringMatching(/mary/), 'Mary Benson was carried off by a consumption'],
    ]);
    expect(deaths('Every Sunday the widow walked out to Thomas Hale’s tomb with flowers.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale’s tomb'],
    ]);
  });

  it("reads no death in one lying down, carried off by people, or a maker's tombs", () => {
    expect(deaths('Thomas Hale lies down in the room over the shop.')).toEqual([]);
    expect(deaths('Mary Benson was carried off by the gypsies to the fair.')).toEqual([]);
    expect(deaths('Thomas Hale’s tombs stand in every churchyard of the county.')).toEqual([]);
  });

  it('reads no death a speaker tells when the narration after the quotation says the speaker was wrong', () => {
    expect(
      deaths('“Thomas Hale is dead,” said the boy from the inn. But the boy was wrong: it was his cousin.'),
    ).toEqual([]);
    expect(
      deaths(
        '“Mary Benson has drowned,” cried the carter. The report proved false, for she had swum ashore.',
      ),
    ).toEqual([]);
  });

  it('reads a death a speaker tells when the narration denies nothing, or something else', () => {
    expect(
      deaths('“Thomas Hale is dead,” said the boy from the inn, and he began to cry.').map(([key]) => key),
    ).toEqual([expect.stringMatching(/thomas|hale/)]);
    expect(
      deaths(
        '“Thomas Hale is dead,” said the boy from the inn. He was wrong about the hour, but not about that.',
      ).map(([key]) => key),
    ).toEqual([expect.stringMatching(/thomas|hale/)]);
  });

  it('reads a death in "went down with his ship"', () => {
    expect(deaths('Captain Thomas Hale went down with his ship off the Lizard.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Captain Thomas Hale went down with his ship'],
    ]);
  });

  it("reads no death in going down with a chill or with a ship's boy", () => {
    expect(deaths('Thomas Hale went down with a chill in the spring.')).toEqual([]);
    expect(deaths('Thomas Hale went down with his ship’s boy to the beach.')).toEqual([]);
  });

  it('reads a killing told as what was done to the subject ("had his throat cut", "had her head cut off")', () => {
    expectOneDeathIn([
      'Thomas Hale had his throat cut by robbers on the moor road.',
      "Mary Benson had her head cut off at the Queen's order.",
      'Thomas Hale had his brains blown out in a tavern brawl.',
    ]);
  });

  it('reads no killing in a haircut, a killing nearly met or a killing threatened', () => {
    for (const sentence of [
      'Thomas Hale had his hair cut in the village.',
      'Thomas Hale nearly had his throat cut by robbers on the moor road.',
      'Mary Benson would have had her head cut off but for the King.',
      'The Queen said that Mary Benson should have her head cut off.',
    ])
      expect(deaths(sentence)).toEqual([]);
  });
});
