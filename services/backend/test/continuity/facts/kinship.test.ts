import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { extractFacts } from '../../../src/continuity/index.js';
import { PEOPLE_FILLER } from './common-phrasings.js';
import { FILLER } from './helpers.js';

/** The relations read in `sentence`: the entity, its role to the other, the kin word and the other. */
function kinOf(sentence: string): Array<[string | null, string, string | null, string | null]> {
  const text = `${FILLER}\n\n${sentence}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === 'relation')
    .map((f) => [f.entityKey, f.value, f.detail, f.objectKey]);
}

describe('kinship', () => {
  it('reads "boy", "girl", "lad" and "lass" after a possessive as a child, and "old" before the possessive name', () => {
    expect(kinOf("Then I saw Thomas, old Mary Benson's boy, at the gate.")).toEqual([
      [expect.stringMatching(/mary/), 'child', 'boy', expect.stringMatching(/thomas/)],
    ]);
    expect(kinOf("Mary, Thomas Hale's girl, kept house for him.")).toEqual([
      [expect.stringMatching(/thomas|hale/), 'child', 'girl', expect.stringMatching(/mary/)],
    ]);
  });

  it('reads kin in an apposition that joins a second calling to it ("Lady Anne, her aunt and guardian,")', () => {
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    expect(
      kinOf(
        'Thomas Hale had learnt his trade at the mill, from old Mary Benson, his aunt and guardian, in whose house he had been brought up.',
      ),
    ).toEqual([[thomas, 'aunt', 'aunt', mary]]);
    expect(kinOf('Thomas Hale wrote to Mary Benson, his cousin and only friend.')).toEqual([
      [thomas, 'cousin', 'cousin', mary],
    ]);
    // a list of people, a pronoun or a name joined: no second calling
    for (const sentence of [
      'Thomas Hale came to the door. Mary Benson, his wife and daughters followed him in.',
      'Thomas Hale came to the door. Mary Benson, his sister and she went in together.',
      'Thomas Hale came to the door. Mary Benson, his sister and Thomas went in together.',
    ])
      expect(kinOf(sentence)).toEqual([]);
  });

  it('reads kin in an apposition closed by ", and" before a verb ("Aunt Charity, Bildad\'s good wife, and that was")', () => {
    /** The quotes of the relations read in `sentence`. */
    const quotes = (sentence: string): string[] => {
      const source: SourceText = { fileId: 'book', text: `${FILLER}\n\n${sentence}`, chapters: [] };
      return extractFacts(source, extract([source]))
        .filter((f) => f.kind === 'relation')
        .map((f) => f.quote);
    };
    const apposition = "Mary Benson, Thomas Hale's wife";
    expect(quotes(`The kettle was the gift of ${apposition}, and that was given away.`)).toContain(
      apposition,
    );
    expect(quotes(`The kettle was the gift of ${apposition}, and was given away.`)).toContain(apposition);
    // ", and" before another person goes on with a list
    expect(quotes(`Then ${apposition}, and the two boys came in.`)).not.toContain(apposition);
  });

  it('reads kin named in apposition after "whose" ("Mr. Turner, whose granddaughter, Miss Turner, kept house")', () => {
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    expect(kinOf('Thomas Hale, whose granddaughter, Mary Benson, kept house for him, was old.')).toEqual([
      [thomas, expect.any(String), 'granddaughter', mary],
    ]);
    expect(kinOf('Thomas Hale, whose wife--Mary Benson--kept the inn, was away.')).toEqual([
      [thomas, 'spouse', 'wife', mary],
    ]);
    // the form with "was" reads as before
    expect(kinOf('Thomas Hale, whose wife was Mary Benson, was away.')).toEqual([
      [thomas, 'spouse', 'wife', mary],
    ]);
    // without the apposition's commas the name may be the clause's subject
    expect(kinOf('Thomas Hale, whose father Mary Benson had loved, was away.')).toEqual([]);
    expect(kinOf('Thomas Hale, whose wife, Mary Benson and the boys, were away.')).toEqual([]);
  });

  it('reads kin after a possessive with a word of affection, pity or death before it ("Hale\'s good wife")', () => {
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    expect(kinOf("Mary Benson, Thomas Hale's good wife, came in.")).toContainEqual([
      thomas,
      'spouse',
      'wife',
      mary,
    ]);
    expect(kinOf("Mary Benson, Thomas Hale's late sister, had kept the inn.")).toContainEqual([
      thomas,
      'sibling',
      'sister',
      mary,
    ]);
  });

  it('reads no kin whose sex the title of the name said to be it contradicts ("His father, Miss Bennet, was")', () => {
    // a vocative between the kin noun and its clause, not an apposition (the story bible's own
    // relations, read apart, are not this rule's)
    expect(
      kinOf('Thomas Hale came to the gate. His father, Miss Benson, was the best man alive.'),
    ).not.toContainEqual([expect.anything(), 'parent', 'father', expect.anything()]);
    expect(kinOf('Thomas Hale came home. His sister, Miss Benson, was at the gate.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'sibling', 'sister', expect.stringMatching(/mary|benson/)],
    ]);
  });

  it('reads a kin noun said to be a person known by a rank ("his uncle a High Priest", "her father was the Duke")', () => {
    const thomas = expect.stringMatching(/thomas|hale/);
    expect(
      kinOf(
        'Thomas Hale was born on an island. His father was a High Chief, a King; his uncle a High Priest; and his aunts were the wives of warriors.',
      ),
    ).toEqual([
      // of the titles in apposition the last is read: one father, not two
      [thomas, 'parent', 'father', 'title:king'],
      [thomas, 'uncle', 'uncle', 'title:high priest'],
    ]);
    expect(kinOf('Mary Benson came in. Her father was the Duke, and she knew it.')).toEqual([
      [expect.stringMatching(/mary|benson/), 'parent', 'father', 'title:duke'],
    ]);
    // a rank before a name, a people, a faith, a rank's possessive: no titled kin
    for (const sentence of [
      'Mary Benson came in. Her father was the Duke Ferdinand.',
      'Thomas Hale came in. His father, a Frenchman, was dead.',
      'Thomas Hale came in. His father was a Quaker.',
      "Thomas Hale came in. His father was a King's man.",
    ])
      expect(kinOf(sentence)).toEqual([]);
  });

  it('reads kin "of" a name with a second calling joined to it or an age word before the name ("nephew and heir of old Hale")', () => {
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    expect(kinOf('Thomas Hale, nephew and heir of old Mary Benson, would have the mill.')).toEqual([
      [mary, 'nephew', 'nephew', thomas],
    ]);
    expect(kinOf('Mary Benson was the niece and ward of Thomas Hale.')).toEqual([
      [thomas, 'niece', 'niece', mary],
    ]);
    // a plural joined is a list of the other's people, not a calling of the name
    expect(kinOf('Thomas Hale, the son and servants of Mary Benson, came.')).toEqual([]);
  });

  it('reads kin after a possessive when an age word comes before the name ("his mother, old Mary Benson")', () => {
    expect(kinOf("Thomas Hale's mother, old Mary Benson, sat by the fire.")).toEqual([
      [expect.stringMatching(/thomas|hale/), 'parent', 'mother', expect.stringMatching(/mary/)],
    ]);
    expect(kinOf("Thomas Hale's mother, young Mary Benson's nurse, sat by the fire.")).toEqual([]);
  });
});

/** The relations read in `passage` after the filler naming Thomas Hale, Mary Benson, Edward Crane and Ann Lacey. */
function kinAmong(passage: string): Array<[string | null, string, string | null, string | null]> {
  const text = `${PEOPLE_FILLER}\n\n${passage}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  const from = text.length - passage.length;
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === 'relation' && f.start >= from)
    .map((f) => [f.entityKey, f.value, f.detail, f.objectKey]);
}

describe('kinship in constructions nineteenth-century novels use often', () => {
  const thomas = expect.stringMatching(/thomas|hale/);
  const mary = expect.stringMatching(/mary|benson/);
  const edward = expect.stringMatching(/edward|crane/);
  const ann = expect.stringMatching(/ann|lacey/);

  it('leaves out a kin of a kin that the story bible reads as the first kin word ("Thomas Hale\'s wife\'s sister")', () => {
    expect(kinAmong("Ann Lacey, Thomas Hale's wife's sister, came to stay.")).toEqual([]);
    // guard: the kin word alone, and a chain told beside it, are read
    expect(kinAmong("Ann Lacey, Thomas Hale's wife, came to stay.")).toEqual([
      [thomas, 'spouse', 'wife', ann],
    ]);
  });

  it('reads a double genitive\'s kin ("a cousin of Mary Benson\'s"), after a name or a resolved pronoun', () => {
    expect(kinAmong("Edward Crane, a cousin of Mary Benson's, came to stay.")).toEqual([
      [mary, 'cousin', 'cousin', edward],
    ]);
    expect(kinAmong("Edward Crane came to the farm. He was a cousin of Mary Benson's.")).toEqual([
      [mary, 'cousin', 'cousin', edward],
    ]);
    // guard: a possessive before a noun is no kin's owner
    expect(kinAmong("Edward Crane, a cousin of Mary Benson's friend, came to stay.")).toEqual([]);
  });

  it('reads "intended" as a betrothed where its phrase closes, not before a noun ("his intended visit")', () => {
    expect(kinAmong("Ann Lacey, Thomas Hale's intended, came to stay.")).toEqual([
      [thomas, 'engaged', 'intended', ann],
    ]);
    expect(kinAmong("Ann Lacey, Thomas Hale's intended visit being put off, came to stay.")).toEqual([]);
  });

  it('reads a wedding told by "made <Name> his wife" and ", whom <he> had married"', () => {
    expect(kinAmong('In May Edward Crane made Ann Lacey his wife.')).toEqual([
      [edward, 'spouse', 'wife', ann],
    ]);
    expect(kinAmong('In May Edward Crane took Ann Lacey to wife.')).toEqual([
      [edward, 'spouse', 'wife', ann],
    ]);
    expect(kinAmong('At dusk Edward Crane came home to Ann Lacey, whom he had married in May.')).toEqual([
      [edward, 'spouse', 'married', ann],
    ]);
    // guard: "made <Name> his friend", "whom he had met"
    expect(kinAmong('In May Edward Crane made Ann Lacey his friend.')).toEqual([]);
    expect(kinAmong('At dusk Edward Crane came home to Ann Lacey, whom he had met in May.')).toEqual([]);
  });

  it('reads each name of a list of kin set off after a count ("his two sisters, Mary Benson and Ann Lacey,")', () => {
    expect(kinAmong("Thomas Hale's two sisters, Mary Benson and Ann Lacey, kept house for him.")).toEqual([
      [thomas, 'sibling', 'sister', mary],
      [thomas, 'sibling', 'sister', ann],
    ]);
    // guard: a list the count does not match, or no count ("my brothers, Elizabeth, and Clerval")
    expect(kinAmong("Thomas Hale's three sisters, Mary Benson and Ann Lacey, kept house for him.")).toEqual(
      [],
    );
    expect(kinAmong("Thomas Hale's sisters, Mary Benson and Ann Lacey, kept house for him.")).toEqual([]);
  });

  it('reads a name set off after "one of" a possessive\'s plural kin as that kin ("one of Hale\'s nephews, Thomas,")', () => {
    const thomas = expect.stringMatching(/thomas|hale/);
    const mary = expect.stringMatching(/mary/);
    expect(kinOf("One of Thomas Hale's nephews, Mary Benson, came to work in the shop.")).toEqual([
      [thomas, 'nephew', 'nephew', mary],
    ]);
    expect(
      kinOf('One of her brothers, Thomas Hale, came to the door, and Mary Benson let him in.'),
    ).toContainEqual([mary, 'sibling', 'brother', thomas]);
  });

  it('reads no kin from "one of" a plural kin before a list of names or no name', () => {
    expect(kinOf("One of Thomas Hale's nephews, Mary Benson and Ann Lacey came in.")).toEqual([]);
    expect(kinOf("One of Thomas Hale's nephews, a tall boy, came in with Mary Benson.")).toEqual([]);
  });
});
