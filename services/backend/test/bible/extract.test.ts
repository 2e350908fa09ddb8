import { describe, expect, it } from 'vitest';
import {
  type ExtractedEntity,
  type Extraction,
  extract,
  firstAppearance,
  RELATION_TYPES,
  type SourceText,
} from '../../src/bible/index.js';

function source(text: string, fileId = 'story'): SourceText {
  const chapters: SourceText['chapters'] = [];
  const heading = /^Chapter \d+$/gm;
  for (let match = heading.exec(text); match !== null; match = heading.exec(text)) {
    chapters.push({ title: match[0], start: match.index, end: text.length });
  }
  for (let i = 0; i < chapters.length - 1; i++)
    (chapters[i] as { end: number }).end = (chapters[i + 1] as { start: number }).start;
  return { fileId, text, chapters };
}

function byName(extraction: Extraction, name: string): ExtractedEntity {
  const entity = extraction.entities.find((e) => e.name === name || e.aliases.includes(name));
  if (entity === undefined)
    throw new Error(`no entity named ${name}: ${extraction.entities.map((e) => e.name).join(', ')}`);
  return entity;
}

function namesOf(entity: ExtractedEntity): string[] {
  return [entity.name, ...entity.aliases];
}

const BENNETS = `Chapter 1

Mr. Bennet was reading in the library when Mrs. Bennet came in. "My dear Mr. Bennet," said Mrs. Bennet,
"have you heard the news?" Mr. Bennet made no answer.

Miss Bennet sat by the window. Mrs. Bennet turned to her eldest daughter, and Miss Bennet smiled.

Chapter 2

Elizabeth laughed. "Lizzy, you are too severe," said Miss Bennet. Her sister Elizabeth only shook her head.
"Eliza, come here," called Mrs. Bennet from the stairs, and Elizabeth went down.

Mr. Bennet looked up from his book. Bennet had always preferred Lizzy to the rest of them.
`;

const DARCYS = `Mr. Darcy arrived at Pemberley in the evening. Fitzwilliam Darcy was the master of Pemberley.

Miss Darcy ran to meet her brother. Miss Darcy was sixteen, and shy with strangers.

Darcy smiled at her. "You have grown," said Darcy. Mr. Darcy and Miss Darcy walked in the gardens.
`;

const LUCASES = `Sir William Lucas lived at Lucas Lodge, a mile from Meryton. Sir William was fond of company.

Lady Lucas was a very good kind of woman. Sir William and Lady Lucas dined at Lucas Lodge every Sunday.

Everybody in Meryton knew Sir William. Lucas Lodge was full of guests, and Sir William was happy.
`;

describe('story-bible extraction: merging', () => {
  it('keeps Mr. Bennet, Mrs. Bennet and Miss Bennet apart and merges Lizzy and Eliza into Elizabeth', () => {
    const result = extract([source(BENNETS)]);
    const mr = byName(result, 'Mr. Bennet');
    const mrs = byName(result, 'Mrs. Bennet');
    const miss = byName(result, 'Miss Bennet');
    expect(new Set([mr.key, mrs.key, miss.key]).size).toBe(3);
    for (const entity of [mr, mrs, miss]) expect(entity.type).toBe('character');
    expect(namesOf(mrs)).not.toContain('Mr. Bennet');
    expect(namesOf(mr)).not.toContain('Mrs. Bennet');
    expect(namesOf(miss)).not.toContain('Mrs. Bennet');

    const elizabeth = byName(result, 'Elizabeth');
    expect(elizabeth.type).toBe('character');
    expect(namesOf(elizabeth)).toEqual(expect.arrayContaining(['Elizabeth', 'Lizzy', 'Eliza']));
    expect(elizabeth.key).not.toBe(miss.key);
    // "Lizzy" is written twice and both mentions belong to Elizabeth.
    expect(elizabeth.mentions.filter((m) => m.text === 'Lizzy')).toHaveLength(2);
  });

  it('resolves a bare family surname without gluing the family together', () => {
    const result = extract([source(BENNETS)]);
    const bare = result.entities.filter((e) => e.mentions.some((m) => m.text === 'Bennet'));
    // The one bare "Bennet" goes to exactly one entity, the man of the family.
    expect(bare).toHaveLength(1);
    expect(bare[0]?.name).toBe('Mr. Bennet');
    const keysPerEntity = result.entities.map((e) => namesOf(e).filter((n) => /Bennet/.test(n)).length);
    expect(Math.max(...keysPerEntity)).toBeLessThanOrEqual(2);
  });

  it('keeps Miss Darcy apart from Mr. Darcy, and joins Fitzwilliam Darcy and Darcy to Mr. Darcy', () => {
    const result = extract([source(DARCYS)]);
    const mr = byName(result, 'Mr. Darcy');
    const miss = byName(result, 'Miss Darcy');
    expect(mr.key).not.toBe(miss.key);
    expect(namesOf(mr)).toEqual(expect.arrayContaining(['Fitzwilliam Darcy', 'Darcy']));
    expect(namesOf(miss)).not.toContain('Mr. Darcy');
    expect(namesOf(mr)).not.toContain('Miss Darcy');
    expect(miss.mentions).toHaveLength(3);
    expect(byName(result, 'Pemberley').type).toBe('location');
  });

  it('types Lucas Lodge as a location, never as an alias of Sir William Lucas', () => {
    const result = extract([source(LUCASES)]);
    const lodge = byName(result, 'Lucas Lodge');
    expect(lodge.type).toBe('location');
    expect(lodge.mentions).toHaveLength(3);
    const sirWilliam = byName(result, 'Sir William');
    expect(sirWilliam.type).toBe('character');
    expect(namesOf(sirWilliam)).toContain('Sir William Lucas');
    expect(namesOf(sirWilliam)).not.toContain('Lucas Lodge');
    expect(byName(result, 'Lady Lucas').key).not.toBe(sirWilliam.key);
    expect(byName(result, 'Meryton').type).toBe('location');
  });
});

describe('story-bible extraction: more aliases', () => {
  it('joins Mr. Sherlock Holmes, Sherlock Holmes, Mr. Holmes and Holmes, and Aunt Polly with Polly', () => {
    const text = `Mr. Sherlock Holmes was seated at breakfast. "Good morning," said Mr. Holmes.

Holmes lit his pipe. Sherlock Holmes seldom slept. Dr. Watson watched Holmes.

Aunt Polly called Tom. Polly was cross, and Tom laughed at Aunt Polly.
`;
    const result = extract([source(text)]);
    const holmes = byName(result, 'Holmes');
    expect(namesOf(holmes)).toEqual(
      expect.arrayContaining(['Mr. Sherlock Holmes', 'Mr. Holmes', 'Sherlock Holmes', 'Holmes']),
    );
    expect(holmes.mentions).toHaveLength(5);
    expect(byName(result, 'Dr. Watson').key).not.toBe(holmes.key);
    const polly = byName(result, 'Aunt Polly');
    expect(namesOf(polly)).toContain('Polly');
    expect(polly.mentions).toHaveLength(3);
  });
});

describe('story-bible extraction: styles of address', () => {
  it('makes no entry of "his Grace", "your Majesty" (a style standing for someone named elsewhere)', () => {
    const text = `Tom Hale wrote to his Grace at once. Ruth Ames said his Grace was away.
"Your Majesty is kind," said Tom Hale, and Ruth Ames told her Majesty the news. Tom Hale thanked his Grace.`;
    const names = extract([source(text)]).entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('Grace');
    expect(names).not.toContain('Majesty');
    expect(names).toContain('Tom Hale');
  });
});

describe('story-bible extraction: places', () => {
  it('joins Netherfield Park with Netherfield, but not Scotland Yard with Scotland', () => {
    const text = `Mr. Bingley took Netherfield Park in the autumn. Everybody at Netherfield was merry.

Inspector Lestrade came from Scotland Yard. He had been born in Scotland, and he went back to Netherfield.
`;
    const result = extract([source(text)]);
    const netherfield = byName(result, 'Netherfield');
    expect(netherfield.type).toBe('location');
    expect(namesOf(netherfield)).toContain('Netherfield Park');
    expect(netherfield.mentions).toHaveLength(3);
    const yard = byName(result, 'Scotland Yard');
    const scotland = byName(result, 'Scotland');
    expect(yard.type).toBe('location');
    expect(scotland.type).toBe('location');
    expect(yard.key).not.toBe(scotland.key);
  });

  it('reads a name after "the straits of", "the river of" as a place', () => {
    const text = `Tom Hale sailed through the straits of Korvel. Beyond the straits of Korvel lay the sea.
Ruth Ames feared the straits of Korvel, and Tom Hale loved the river of Dunmar and the river of Dunmar's banks.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Korvel').type).toBe('location');
    expect(byName(result, 'Dunmar').type).toBe('location');
  });

  it('reads a name after "the Spire of", an ordinary noun written with a capital, as a place', () => {
    const text = `The Archmage summoned them to the Spire of Ka'reth before noon. He was an old man.`;
    const result = extract([source(text)]);
    expect(byName(result, "Ka'reth").type).toBe('location');
  });

  it.each([
    [
      'of',
      'Mr. Waymarsh of Milrose Connecticut had come. Strether knew Mr. Waymarsh well.',
      'Milrose',
      'Connecticut',
    ],
    [
      'at',
      'Ruth Ames was born at Dunmore Ohio, and Tom Hale was not. Ruth Ames left Dunmore.',
      'Dunmore',
      'Ohio',
    ],
  ])('reads a town and its state without the comma, after "%s", as two places', (_, text, town, region) => {
    const result = extract([source(text)]);
    expect(byName(result, town).type).toBe('location');
    expect(byName(result, region).type).toBe('location');
    expect(byName(result, town).key).not.toBe(byName(result, region).key);
  });

  it('keeps a known place of two words whole ("Costa Rica")', () => {
    const result = extract([source('Tom Hale sailed to Costa Rica, and Ruth Ames stayed.')]);
    expect(byName(result, 'Costa Rica').type).toBe('location');
  });

  it('takes no verb after a preposition\'s object for that name\'s own ("the apples at Hollins Cross came in early")', () => {
    const text =
      'In the autumn the apples at Hollins Cross came in early, and Ruth Adair was the first to say so.';
    const result = extract([source(text)]);
    expect(byName(result, 'Hollins Cross').type).not.toBe('character');
    expect(byName(result, 'Ruth Adair').type).toBe('character');
  });

  it('reads a possessive before a word for land ("Nell\'s Vineyard", "Cobb\'s Orchard") as a place, not a person', () => {
    const text = `Tom Hale was born at Nell's Vineyard, and Ruth Ames grew up near Cobb's Orchard.
Every summer Tom Hale sailed from Nell's Vineyard. Ruth Ames walked to Cobb's Orchard and back.`;
    const result = extract([source(text)]);
    expect(byName(result, "Nell's Vineyard").type).toBe('location');
    expect(byName(result, "Cobb's Orchard").type).toBe('location');
    expect(result.entities.filter((e) => e.type === 'character').map((e) => e.name)).toEqual([
      'Ruth Ames',
      'Tom Hale',
    ]);
  });
});

describe('story-bible extraction: mentions', () => {
  it('gives every mention the exact range of its text, its chapter and the first appearance', () => {
    const text = BENNETS;
    const result = extract([source(text)]);
    expect(result.entities.length).toBeGreaterThan(3);
    for (const entity of result.entities) {
      for (const mention of entity.mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.fileId).toBe('story');
      }
      const starts = entity.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const elizabeth = byName(result, 'Elizabeth');
    const first = firstAppearance(elizabeth);
    // Chapters are numbered from 1 in text order.
    expect(first?.chapter).toBe(2);
    expect(first?.start).toBe(text.indexOf('Elizabeth laughed'));
    expect(firstAppearance(byName(result, 'Mr. Bennet'))?.chapter).toBe(1);
  });

  it('keeps an invented full name whole at a sentence start ("Sera Dain came from Tor-Amun."), not "Fifteen-year-old Jo"', () => {
    const result = extract([source('Sera Dain came from Tor-Amun. The wall was cold.')]);
    expect(byName(result, 'Sera Dain').type).toBe('character');
    const aged = extract([source('Fifteen-year-old Jo was very tall. Jo laughed, and Jo ran.')]);
    expect(byName(aged, 'Jo').mentions.map((m) => m.text)).toEqual(['Jo', 'Jo', 'Jo']);
  });

  it('ignores words capitalised only by their place at a sentence start or a verse line', () => {
    const text = `However the morning was fine. Nothing could be done. Perhaps Anne would come.
Yesterday it rained. Whatever happened, Anne stayed at home. "Never," said Anne. Such was life.

Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date.

Anne read the sonnet aloud to Captain Wentworth in Bath.
`;
    const result = extract([source(text)]);
    const names = result.entities.flatMap(namesOf);
    for (const word of [
      'However',
      'Nothing',
      'Perhaps',
      'Yesterday',
      'Whatever',
      'Never',
      'Such',
      'Shall',
      'Thou',
      'Rough',
      'And',
    ]) {
      expect(names).not.toContain(word);
    }
    expect(byName(result, 'Anne').type).toBe('character');
    expect(byName(result, 'Captain Wentworth').type).toBe('character');
    expect(byName(result, 'Bath').type).toBe('location');
  });

  it('takes a given name met only at sentence starts when the text gives it as the first of a full name', () => {
    const text = `Nadia Okafor is thirty-four, and she lives above the bakery.

"You need to come down," her brother says. "The boat is back."

"What do you mean?" Nadia asks.

Nadia pulls on her coat and runs. Nadia arrives out of breath.

"Well?" Nadia says.
`;
    const nadia = byName(extract([source(text)]), 'Nadia');
    expect(nadia.type).toBe('character');
    expect(nadia.aliases).toContain('Nadia Okafor');
    expect(nadia.mentions.length).toBeGreaterThanOrEqual(5);
  });

  it('takes an order named with an article and a plural noun of people for a group ("the Drowned Kings")', () => {
    const text = `Lyra walked to the shore. "The Drowned Kings will rise," Lyra said.

The Drowned Kings slept under the water, and the Silent Sisters kept watch over them. Lyra knelt.
`;
    const result = extract([source(text)]);
    expect(byName(result, 'Drowned Kings').type).toBe('group');
    expect(byName(result, 'Silent Sisters').type).toBe('group');
    expect(byName(result, 'Lyra').type).toBe('character');
  });

  it('takes what a family calls its own ("Mum", "Dad", "Gran") for characters when the narration says it', () => {
    const text = `Mum was in the kitchen when I got home. "You're late," Mum said.

"The bus broke down," I said. Dad laughed from behind his paper, and Gran was asleep by the fire.

"Mamma, may I go?" I asked. Gran woke.
`;
    const names = extract([source(text)])
      .entities.filter((e) => e.type === 'character')
      .flatMap(namesOf);
    expect(names).toEqual(expect.arrayContaining(['Mum', 'Dad', 'Gran']));
    // Only in speech, a way of addressing someone the story names otherwise.
    expect(names).not.toContain('Mamma');
  });

  it('takes the Irish and the short "Da", "Ma" and "Pa" for what a family calls its own, not for names', () => {
    const text = `Their father came in with the milk. "Leave her be, Bess," he said.

"That is what I am afraid of, Da," said Bess. "Write to Da," she said later, and Ma laughed.
`;
    const names = extract([source(text)])
      .entities.filter((e) => e.type === 'character')
      .flatMap(namesOf);
    expect(names).not.toContain('Da');
    expect(names).toContain('Ma');
  });

  it('takes a rank alone for someone when the text never writes it in lower case and makes it speak once', () => {
    const text = `The Major met me at the station. He shook my hand with his left.

His daughter Phoebe was waiting in the car, and the Major drove.

"You were forty-five last spring," said the Major, and Phoebe laughed.
`;
    expect(byName(extract([source(text)]), 'Major').type).toBe('character');
    // Written in lower case too, the rank is an office.
    const office = `${text}\nEvery major of the regiment came to dinner.\n`;
    expect(extract([source(office)]).entities.flatMap(namesOf)).not.toContain('Major');
  });

  it('takes a rank alone after the article for someone when the text writes it before a name ("Major Vane ... the Major")', () => {
    const text = `"The regiment has given me my majority," said the captain.

"Major Vane," said Nell. "How grand."

So the Major asked Harriet to marry him, and the Major walked beside her to the church.

"I have gained a major and a poet," said her brother.
`;
    const result = extract([source(text)]);
    expect(byName(result, 'Major')).toBe(byName(result, 'Major Vane'));
    expect(byName(result, 'Major Vane').mentions).toHaveLength(3);
  });

  it('takes a deity named only in oaths ("by Jove", "thank God", "for God\'s sake") for no character, even in a short text', () => {
    const text = `"Are you, by God," said the Major. "By Jove, I beg your pardon." "God love him," she said.

"Thank God you came," said Tom. "For God's sake sit down. God knows I waited."
`;
    const characters = extract([source(text)])
      .entities.filter((e) => e.type === 'character')
      .flatMap(namesOf);
    expect(characters).not.toContain('God');
    expect(characters).not.toContain('Jove');
    // A deity that acts is still a character in a short text, as LitBank counts it.
    const acting = extract([
      source('And God said, Let there be light. God saw the light, that it was good.\n'),
    ]);
    expect(byName(acting, 'God').type).toBe('character');
  });

  it('takes a deity\'s name written after "the" each time for no character ("the Providence", a boat)', () => {
    const text = `Captain Harker owned the Providence and the Good Intent, and most of the men.
His mate on the Providence was Tom Vane. Tom Vane said nothing. In the spring Captain Harker sold the Providence.
`;
    const characters = extract([source(text)])
      .entities.filter((e) => e.type === 'character')
      .flatMap(namesOf);
    expect(characters).not.toContain('Providence');
    expect(characters).toContain('Tom Vane');
  });

  it('takes a rank written as a name, never with an article, for a character ("Duchess, the grey mare", "rode out on Duchess")', () => {
    const text = `By breakfast it was known in the stables, where Duchess, the grey mare, was the only creature who did not care.

"Shall we have to sell Duchess?" said Nell.

So the captain rode out on Duchess every morning, and Nell sat with Duchess for an hour.
`;
    const duchess = byName(extract([source(text)]), 'Duchess');
    expect(duchess.type).toBe('character');
    expect(duchess.mentions).toHaveLength(4);
    // After an article or a possessive, or written in lower case too, it is a rank.
    const rank = `The duchess came to dinner. He bowed to the Duchess, and to her Duchess, and to Duchess Anne.\n`;
    expect(extract([source(rank)]).entities.flatMap(namesOf)).not.toContain('Duchess');
  });

  it('takes a full name always after "the" for a boat or an inn named after someone, not for someone', () => {
    const text = `Nadia ran down to the harbour with her brother Sam.

"The Mary Rose came in on the tide with nobody aboard," Sam said. Nadia looked at the Mary Rose, rocking at the wall.

They walked up to the Golden Lion, where Mary Rose Tiller kept the bar.
`;
    const result = extract([source(text)]);
    expect(byName(result, 'Mary Rose').type).toBe('term');
    expect(byName(result, 'Mary Rose Tiller').type).toBe('character');
    expect(byName(result, 'Sam').type).toBe('character');
  });

  it('takes a nickname that speaks for a character, a nationality word included, but not the people', () => {
    const text = `The boys sat on the fence in the sun.

"He's some gaudy to look at," Irish murmured under his breath.

"By golly, he looks like a pair of trays," Slim stated solemnly.

"The Irish said so long ago," Pink answered, "and the English never listened."
`;
    const result = extract([source(text)]);
    expect(byName(result, 'Irish').type).toBe('character');
    expect(byName(result, 'Irish').mentions).toHaveLength(1);
    expect(byName(result, 'Slim').type).toBe('character');
    expect(result.entities.flatMap(namesOf)).not.toContain('English');
  });

  it('takes a surname that is also a place word for a character when it speaks, never "the Hall"', () => {
    const speaks = extract([source('"Nay," quoth Hob. "No," said Hall, and Hall went out.\n')]);
    expect(byName(speaks, 'Hall').type).toBe('character');
    expect(byName(speaks, 'Hob').type).toBe('character');
    const building = extract([source('They walked up to the Hall. The Hall was cold and dark, said Hob.\n')]);
    expect(building.entities.flatMap(namesOf)).not.toContain('Hall');
    const verger = extract([
      source('The verger, a man named Orchard, was sweeping. "Home to bed," said Orchard.\n'),
    ]);
    expect(byName(verger, 'Orchard').type).toBe('character');
  });
});

describe('story-bible extraction: someone known by what they are or by rank alone', () => {
  it('counts a trade before "who" and a verb as acting ("It was the housekeeper who told Bess")', () => {
    const text = `Father Quinlan's housekeeper came from Sligo. The parish called her the housekeeper.

It was the housekeeper who told Bess. "They are going tonight," she said.

"Your father," said the housekeeper, "knows the weather." Bess married, with the housekeeper to cry at the back.
`;
    const housekeeper = byName(extract([source(text)]), 'the housekeeper');
    expect(housekeeper.type).toBe('character');
    expect(housekeeper.mentions).toHaveLength(4);
  });

  it('takes no nameless "the priest" beside a "Father Quinlan": the style names his calling', () => {
    const text = `Father Quinlan came in late for Mass. The priest smiled at the girls.

"You will be married," said the priest. It was the priest who had christened her. The priest laughed.
`;
    const result = extract([source(text)]);
    expect(result.entities.flatMap(namesOf)).not.toContain('the priest');
    expect(byName(result, 'Father Quinlan').type).toBe('character');
  });

  it('takes a trade for one nameless character in a short text when it acts and speaks in half its mentions', () => {
    const text = `An old sailor sat on the hatch. "First voyage," the old sailor said.

"Yes," I answered. The old sailor nodded. "You'll be sick till the Cape," said the old sailor.

The old sailor and I rowed ashore. "Remember that," said the old sailor. The old sailor took his money.
`;
    const result = extract([source(text)]);
    const sailor = byName(result, 'the old sailor');
    expect(sailor.type).toBe('character');
    expect(sailor.mentions).toHaveLength(6);
  });

  it('takes a name written with an article for a character in a short text when the text makes it speak twice', () => {
    const text = `She came to the table. "No room!" cried the Hatter.

"Your hair wants cutting," said the Hatter. The Hatter opened his eyes very wide.

Then she met the Caterpillar on a mushroom. "Who are you?" said the Caterpillar. The Caterpillar smoked.
`;
    const result = extract([source(text)]);
    expect(byName(result, 'Hatter').type).toBe('character');
    // Speaking once is not enough.
    expect(byName(result, 'Caterpillar').type).not.toBe('character');
  });

  it('takes a name the lines speak to twice for a character, whatever its ending ("Dunstan")', () => {
    const text = `Hawtrey looked up from his maps when I came in. "You write a clear hand, Dunstan," he said.

I sat down by the fire. Hawtrey went on reading.

"Put it in your notes, Dunstan," said Hawtrey, "and leave the end blank."
`;
    const result = extract([source(text)]);
    expect(byName(result, 'Dunstan').type).toBe('character');
  });

  it('reads "Widow" before a name as a woman\'s title, so "the Widow" is "the Widow Pennywhistle"', () => {
    const text = `We went first to the Widow Pennywhistle. She lived in a round house at the top of the Row.

"Oh, do be quiet," said the Widow to the cat. The Widow Pennywhistle dropped her knitting.

"Of course I am glad of that lamp," said the Widow. The Widow Pennywhistle took her shawl.
`;
    const result = extract([source(text)]);
    const widow = byName(result, 'Widow Pennywhistle');
    expect(widow.type).toBe('character');
    expect(byName(result, 'Widow')).toBe(widow);
  });

  it('reads a kin noun written as a name after a description\'s possessive as one person ("the Miller\'s Daughter")', () => {
    const text = `The Miller was away. The Miller's Daughter was sitting on the step.

"You have come about the crown," said the Miller's Daughter. The Miller came home.

The Miller's Daughter laughed. The Miller swore. The Miller's Daughter went in.
`;
    const result = extract([source(text)]);
    expect(byName(result, "Miller's Daughter").type).toBe('character');
    expect(byName(result, "Miller's Daughter").mentions).toHaveLength(4);
    expect(byName(result, 'Miller').mentions).toHaveLength(3);
  });

  it('takes no name from a possessive description in a heading in capitals ("II. THE DUKE\'S SON")', () => {
    const text = `I. THE BORROWED NAME

Ashgrove read the letter to me. The Duke of Kessingham had written it.

II. THE DUKE'S SON

The Duke came up the stairs. Mr. Gedge followed the Duke. Ashgrove rose.
`;
    const result = extract([source(text)]);
    expect(result.entities.filter((e) => e.name.includes("'s"))).toEqual([]);
  });

  it('still reads a heading in capitals as the name its fable writes ("THE MILLER\'S WIFE")', () => {
    const text = `THE MILLER'S WIFE

Nell ran to the Miller's Wife. The Miller's Wife laughed. The Miller came home.
`;
    const result = extract([source(text)]);
    expect(byName(result, "Miller's Wife").mentions).toHaveLength(3);
  });

  it('takes a one-word name ending in "wood" written with the article for a place ("into the Greywood")', () => {
    const text = `"Into the Greywood," said the Princess. Nobody went into the Greywood.

The Greywood was dark even at noon. Martin walked on. "Come," said Martin.
`;
    expect(byName(extract([source(text)]), 'Greywood').type).toBe('location');
  });

  it('keeps one entry for a trade the text writes as a name ("said the Cook")', () => {
    const text = `The kitchens were ruled by the Cook. "You have that look," said the Cook.

"I need bread," said the girl. The Cook put down her spoon. "Take it," said the Cook.

The Cook laughed. "Go on," said the Cook. The Cook went back to the fire.
`;
    const cooks = extract([source(text)]).entities.filter((e) => /cook/i.test(e.name));
    expect(cooks.map((e) => e.name)).toEqual(['Cook']);
  });

  it('takes a rank after "the" and a word describing it for a character when it speaks ("said the old Queen")', () => {
    const text = `The old Queen sat by the window. "Glass does not walk," said the old Queen.

Some said that the Duchess ought to have been queen herself.

"I will take the word of a bird," said the old Queen. The old Queen laughed.
`;
    const result = extract([source(text)]);
    const queen = byName(result, 'Queen');
    expect(queen.type).toBe('character');
    expect(queen.mentions).toHaveLength(4);
  });

  it('reads a name after "the" and a describing word as a name, not as one written with the article ("the gentle Ysolde")', () => {
    const text = `The gentle Ysolde sat by the window. Everyone loved the gentle Ysolde.

The poor Ysolde wept all night, and the poor Ysolde would not eat.

In the morning the gentle Ysolde walked to the church with her mother.
`;
    expect(byName(extract([source(text)]), 'Ysolde').type).toBe('character');
  });

  it('takes a rank after "the" for a character when it speaks, and joins it to the one person of that rank', () => {
    const text = `The Queen of Hearts looked at the girl. "Who is this?" said the Queen.

"Off with her head!" the Queen shouted. The Queen turned away.

"Consider, my dear," said the King. The King was a kind man. "Call the first witness," said the King.

Miss King sat in the corner. The Colonel was out; the Colonel had gone to Meryton.
`;
    const result = extract([source(text)]);
    const queen = byName(result, 'Queen of Hearts');
    expect(queen.type).toBe('character');
    expect(namesOf(queen)).toContain('Queen');
    expect(queen.mentions).toHaveLength(4);
    const king = byName(result, 'King');
    expect(king.type).toBe('character');
    expect(king.mentions).toHaveLength(3);
    // "Miss King" is a surname, another person; a rank that never speaks is an office.
    expect(byName(result, 'Miss King').key).not.toBe(king.key);
    expect(result.entities.flatMap(namesOf)).not.toContain('Colonel');
  });

  it('gives a rank alone to the person of that rank named most by far, and leaves it out when several share the rank', () => {
    const captains = (peleg: number): string =>
      `${'Captain Ahab paced the deck. '.repeat(8)}${'Captain Peleg counted the money. '.repeat(peleg)}

"Lower away!" said the Captain. "Stand by!" cried the Captain. The Captain went below.
`;
    const dominant = extract([source(captains(2))]);
    expect(namesOf(byName(dominant, 'Captain Ahab'))).toContain('Captain');
    const shared = extract([source(captains(6))]);
    expect(namesOf(byName(shared, 'Captain Ahab'))).not.toContain('Captain');
    expect(namesOf(byName(shared, 'Captain Peleg'))).not.toContain('Captain');
    expect(shared.entities.flatMap(namesOf)).not.toContain('Captain');
  });

  it('takes no rank alone for someone when the text mostly writes it in lower case', () => {
    const text = `The captain of the brig was ill, and a captain from the port came aboard. Every captain knows the sea.

"Lower away!" said the Captain. "Stand by!" cried the Captain. The Captain went below.
`;
    const result = extract([source(text)]);
    expect(result.entities.flatMap(namesOf)).not.toContain('Captain');
  });
});

describe('story-bible extraction: several files, couples, headings and groups', () => {
  it('merges names across files and keeps each mention in its own file', () => {
    const first = 'Mr. Darcy rode to Pemberley. Mr. Darcy was silent.\n';
    const second = 'Fitzwilliam Darcy wrote a letter at Pemberley. Darcy sealed it.\n';
    const result = extract([source(first, 'one'), source(second, 'two')]);
    const darcy = byName(result, 'Mr. Darcy');
    expect(darcy.mentions.map((m) => m.fileId)).toEqual(['one', 'one', 'two', 'two']);
    for (const m of darcy.mentions) {
      expect((m.fileId === 'one' ? first : second).slice(m.start, m.end)).toBe(m.text);
    }
    expect(byName(result, 'Pemberley').mentions.map((m) => m.fileId)).toEqual(['one', 'two']);
  });

  it('reads "Mr. and Mrs. Gardiner" as a married couple, both mentioned', () => {
    const text =
      'Mr. and Mrs. Gardiner came to Longbourn. Mrs. Gardiner was kind, and Mr. Gardiner laughed.\n';
    const result = extract([source(text)]);
    const husband = byName(result, 'Mr. Gardiner');
    const wife = byName(result, 'Mrs. Gardiner');
    expect(husband.key).not.toBe(wife.key);
    expect(husband.mentions.map((m) => m.text)).toEqual(['Mr.', 'Mr. Gardiner']);
    expect(husband.mentions[0]?.start).toBe(0);
    expect(result.relations).toContainEqual(
      expect.objectContaining({ type: 'spouse', sourceKey: husband.key, targetKey: wife.key, label: 'wife' }),
    );
  });

  it('does not take the capitalised words of a heading for names, and types a people as a group', () => {
    const text = `Stubb Kills a Whale

The boat was lowered. Stubb shouted to the men, and Queequeg threw the harpoon.

The Boers had crossed the river. Queequeg said nothing to the Boers.
`;
    const result = extract([source(text)]);
    const names = result.entities.flatMap(namesOf);
    expect(names).not.toContain('Kills');
    expect(names).not.toContain('Stubb Kills');
    expect(names).not.toContain('Whale');
    expect(byName(result, 'Stubb').type).toBe('character');
    expect(byName(result, 'Stubb').mentions).toHaveLength(2);
    expect(byName(result, 'Queequeg').type).toBe('character');
    expect(byName(result, 'Boers').type).toBe('group');
  });
});

describe('a family named by its surname', () => {
  it('makes the family of "the Armstrong family physician", not Paul Armstrong', () => {
    const text = `The house was owned by Paul Armstrong, the president of the bank. Doctor Walker, the Armstrong family physician, called on Tuesday. Mr. Armstrong was in the west.`;
    const result = extract([source(text)]);
    const paul = byName(result, 'Paul Armstrong');
    expect(paul.mentions.map((m) => m.text)).toEqual(['Paul Armstrong', 'Mr. Armstrong']);
    const family = result.entities.find((e) => e.mentions.some((m) => m.text === 'Armstrong'));
    expect(family?.type).toBe('group');
  });

  it('makes a group of "the Hale girls", not a character Hale', () => {
    const text = `Margaret Hale kept the accounts and Lucy Hale rode the worst horse in the county. The Hale girls grew too. Margaret Hale read the library through twice.`;
    const result = extract([source(text)]);
    const hale = result.entities.find((e) => e.mentions.some((m) => m.text === 'Hale'));
    expect(hale?.type).toBe('group');
    expect(namesOf(byName(result, 'Margaret Hale'))).not.toContain('Hale');
  });

  it('leaves out of the family a bearer of its surname the text says is no relation to it', () => {
    const text = `Chapter 1

Joseph Ridley owned the mill. Walter Ridley, his son, ran it. Walter talked more than the two Ridleys together ought to.

Chapter 2

A week later Dr. Ridley, the police surgeon, brought the fan round himself. He was no relation to the Ridleys of the mill; he had never heard of them.`;
    const result = extract([source(text)]);
    const family = byName(result, 'Ridleys');
    const members = result.relations
      .filter((r) => r.type === 'member_of' && r.targetKey === family.key)
      .map((r) => result.entities.find((e) => e.key === r.sourceKey)?.name);
    expect(members).toContain('Joseph Ridley');
    expect(members).not.toContain('Dr. Ridley');
  });
});

describe('story-bible extraction: relations', () => {
  it('records co-occurrence and stated relations with evidence ranges', () => {
    const text = `Mrs. Bennet sat with her daughter. Her sister Jane was walking at Netherfield with Mr. Bingley.

Elizabeth wrote to Jane. Elizabeth and Jane were the dearest of friends, and Mr. Bingley admired Jane.

Mrs. Bennet, Mr. Bennet's wife, was not pleased; Elizabeth laughed at Mrs. Bennet.
`;
    const result = extract([source(text)]);
    expect(result.relations.length).toBeGreaterThan(0);
    for (const relation of result.relations) {
      expect(RELATION_TYPES).toContain(relation.type);
      expect(relation.weight).toBeGreaterThan(0);
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const evidence of relation.evidence) {
        expect(evidence.fileId).toBe('story');
        expect(evidence.start).toBeGreaterThanOrEqual(0);
        expect(evidence.end).toBeLessThanOrEqual(text.length);
        expect(evidence.end).toBeGreaterThan(evidence.start);
      }
    }
    const key = (name: string) => byName(result, name).key;
    const co = result.relations.find(
      (r) =>
        r.type === 'co_occurs' &&
        [r.sourceKey, r.targetKey].sort().join() === [key('Elizabeth'), key('Jane')].sort().join(),
    );
    expect(co?.weight).toBe(1);
    expect(text.slice(co?.evidence[0]?.start, co?.evidence[0]?.end)).toContain('Elizabeth wrote to Jane');

    const sister = result.relations.find((r) => r.type === 'sibling' && r.targetKey === key('Jane'));
    // "Her" is resolved to the nearest woman named before it.
    expect(sister?.sourceKey).toBe(key('Mrs. Bennet'));
    expect(sister?.label).toBe('sister');
    expect(text.slice(sister?.evidence[0]?.start, sister?.evidence[0]?.end)).toContain('Her sister Jane');

    const wife = result.relations.find((r) => r.type === 'spouse');
    expect(wife).toMatchObject({
      sourceKey: key('Mr. Bennet'),
      targetKey: key('Mrs. Bennet'),
      label: 'wife',
    });
    expect(text.slice(wife?.evidence[0]?.start, wife?.evidence[0]?.end)).toContain("Mr. Bennet's wife");

    const place = result.relations.find((r) => r.type === 'located_in' && r.targetKey === key('Netherfield'));
    expect(place?.sourceKey).toBe(key('Jane'));
  });

  it('places no one in a place by a name in the possessive ("Mr. Lowther\'s clerk ... in Leeds")', () => {
    const text = `Mr. Lowther kept the office on the Green. Mr. Tillotson, who had been Mr. Lowther's clerk for twenty years, wrote to a firm of solicitors in Leeds. Mr. Tillotson went to Leeds.`;
    const result = extract([source(text)]);
    const placed = result.relations.filter(
      (r) => r.type === 'located_in' && r.targetKey === byName(result, 'Leeds').key,
    );
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Mr. Lowther').key);
  });

  it('places no speaker in a place his quoted words name ("said Crale, "... the nurse at Hythe?"")', () => {
    const text = `Crale went to Denmark Hill. "Captain Dancy," said Crale, "what was the name of the nurse at Hythe?" Mrs. Ashby wept. Mrs. Ashby lived at Hythe.`;
    const result = extract([source(text)]);
    const placed = result.relations.filter(
      (r) => r.type === 'located_in' && r.targetKey === byName(result, 'Hythe').key,
    );
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Crale').key);
  });

  it('places no one in the place he sends another to ("Crale sent me to Fore Street")', () => {
    const text = `"Come in," said Crale. On Friday morning Crale sent me to Fore Street with a watch to be mended. Mr. Ashdown kept the shop in Fore Street.`;
    const result = extract([source(text)]);
    const placed = result.relations.filter(
      (r) => r.type === 'located_in' && r.targetKey === byName(result, 'Fore Street').key,
    );
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Crale').key);
    expect(placed.map((r) => r.sourceKey)).toContain(byName(result, 'Mr. Ashdown').key);
  });

  it('places no one in the place "and the ... of" gives another noun ("and the old men of Hanover Square")', () => {
    const text = `"Come in," said Crale. Crale had a gift for making old men talk, and the old men of Hanover Square were glad to be made to. Mr. Dimmock, the vicar of Hanover Square, came too.`;
    const result = extract([source(text)]);
    const placed = result.relations.filter(
      (r) => r.type === 'located_in' && r.targetKey === byName(result, 'Hanover Square').key,
    );
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Crale').key);
    expect(placed.map((r) => r.sourceKey)).toContain(byName(result, 'Mr. Dimmock').key);
  });

  it('places no one in the place "and the ..." gives another noun, but keeps what "was" says of the name', () => {
    const text = `At the window Tom remembered Edward Crane on the river bank, and the bills on every wall in Lancashire. Charlotte Ashby was twenty-six, and the elder of two sisters who had lived with an aunt in the Market Place.`;
    const result = extract([source(text)]);
    const placedIn = (place: string): string[] =>
      result.relations
        .filter((r) => r.type === 'located_in' && r.targetKey === byName(result, place).key)
        .map((r) => r.sourceKey);
    expect(placedIn('Lancashire')).not.toContain(byName(result, 'Edward Crane').key);
    expect(placedIn('Market Place')).toContain(byName(result, 'Charlotte Ashby').key);
  });

  it('places no one spoken to in the place the line sends him ("Pocock, take us to Queen\'s Terrace")', () => {
    const text = `We took a cab, driven by an old man called Pocock who knew Crale. Pocock waited at the corner, and he smoked his pipe.

"A careful man," said Crale in the street. "He did not once look at my watch. Pocock, take us to Queen's Terrace by way of the river."`;
    const result = extract([source(text)]);
    const placed = result.relations.filter(
      (r) => r.type === 'located_in' && r.targetKey === byName(result, "Queen's Terrace").key,
    );
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Pocock').key);
  });

  it('places no one in the place of a clause they report ("whom Gran had said was ... into the Lantern Wood")', () => {
    const text = `Nell thought about the Tinker, whom Gran had said was the only man who had ever been into the Lantern Wood. Gran slept. "Tell him the Magpie says the man from the van is in Tanner's Lane," said Crale. Crale waited.`;
    const result = extract([source(text)]);
    const placed = result.relations.filter((r) => r.type === 'located_in');
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Gran').key);
    expect(placed.map((r) => r.sourceKey)).not.toContain(byName(result, 'Magpie').key);
  });

  it('reads a manuscript written one paragraph per line as separate paragraphs', () => {
    const filler = 'The rain fell on the roofs of the town and nobody went out that afternoon at all. ';
    const text = [
      `Elizabeth walked alone. ${filler.repeat(3)}`,
      `Mr. Collins read a sermon. ${filler.repeat(3)}`,
      `Elizabeth and Jane talked. ${filler.repeat(3)}`,
      `Mr. Collins bowed. ${filler.repeat(3)}`,
    ].join('\n');
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const pair = (a: string, b: string) =>
      result.relations.find(
        (r) =>
          r.type === 'co_occurs' &&
          [r.sourceKey, r.targetKey].sort().join() === [key(a), key(b)].sort().join(),
      );
    expect(pair('Elizabeth', 'Jane')?.weight).toBe(1);
    expect(pair('Elizabeth', 'Mr. Collins')).toBeUndefined();
    const evidence = pair('Elizabeth', 'Jane')?.evidence[0];
    expect(text.slice(evidence?.start, evidence?.end)).toMatch(/^Elizabeth and Jane talked\./);
  });

  it('puts a place in another place only when the text sets them side by side, and skips vocatives', () => {
    const text = `Jane drove to Meryton, in Hertfordshire, on Monday. Kitty stayed in Brighton while Jane walked to Longbourn.

"His father, Miss Bennet, was a good man," said Mr. Wickham. Mr. Darcy introduced his friend, Mr. Bingley, to everyone.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const typed = result.relations.filter((r) => r.type !== 'co_occurs');
    expect(typed).toContainEqual(
      expect.objectContaining({
        type: 'located_in',
        sourceKey: key('Meryton'),
        targetKey: key('Hertfordshire'),
      }),
    );
    expect(typed.some((r) => r.sourceKey === key('Brighton'))).toBe(false);
    expect(typed.some((r) => r.type === 'parent_of')).toBe(false);
    expect(typed).toContainEqual(
      expect.objectContaining({ type: 'friend', sourceKey: key('Mr. Darcy'), targetKey: key('Mr. Bingley') }),
    );
  });

  it('reads the kin a person is said to have ("Robert Fenwick had one sister, Harriet", "has a son called Kit")', () => {
    const text = `Robert Fenwick had one sister, Harriet, who had never married. Harriet Fenwick lived at Ashcombe.

Mary Brown has a son called Kit. Kit Brown was nine.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const typed = result.relations.filter((r) => r.type !== 'co_occurs');
    expect(typed).toContainEqual(
      expect.objectContaining({
        type: 'sibling',
        sourceKey: key('Robert Fenwick'),
        targetKey: key('Harriet'),
        label: 'sister',
      }),
    );
    expect(typed).toContainEqual(
      expect.objectContaining({ type: 'parent_of', sourceKey: key('Mary Brown'), targetKey: key('Kit') }),
    );
  });

  it('reads the kin a pronoun or a person is said to have, each of a counted list and a later "and a son," ("He had a son, John", "two children: Mary and Tom")', () => {
    const text = `Mr. Mackay came in April. He had a son, John, who was fourteen.

Martha Kemp was a widow. She had two daughters, Kate and Jo. Kate Kemp was tall.

George Tilney was a widower with two children: Mary and Tom. Mary was twenty.

James Cole had a daughter, Ruth, who was pretty, and a son, Henry, who was not. Ruth Cole sang. Henry Cole sulked.

Anne Price had a sister, Lucy and Tom came to tea.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const parents = result.relations
      .filter((r) => r.type === 'parent_of')
      .map((r) => [r.sourceKey, r.targetKey]);
    expect(parents).toEqual(
      expect.arrayContaining([
        [key('Mr. Mackay'), key('John')],
        [key('Martha Kemp'), key('Kate')],
        [key('Martha Kemp'), key('Jo')],
        [key('George Tilney'), key('Mary')],
        [key('George Tilney'), key('Tom')],
        [key('James Cole'), key('Ruth')],
        [key('James Cole'), key('Henry')],
      ]),
    );
    // One sister, no count: the name after "and" is not hers.
    expect(result.relations.some((r) => r.type === 'sibling' && r.targetKey === key('Tom'))).toBe(false);
  });

  it('reads who works for whom ("X employed two men, Y and Z", "Y worked for X", "in the service of X")', () => {
    const text = `George Tilney employed two men, Sam Riddle and John Hale. Sam Riddle was slow. John Hale was quick.

Mary Price worked for Mrs. Ashby. Mrs. Ashby was old. Mary Price was young.

Mr. Cole came in May. He had been in the service of Lord Henry Vane. Lord Henry Vane was dead.

Anne Price employed Tom Hale and Lucy Ford came to tea. Tom Hale was kind. Lucy Ford was shy.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const work = result.relations
      .filter((r) => r.type === 'works_for')
      .map((r) => [r.sourceKey, r.targetKey]);
    expect(work).toEqual(
      expect.arrayContaining([
        [key('Sam Riddle'), key('George Tilney')],
        [key('John Hale'), key('George Tilney')],
        [key('Mary Price'), key('Mrs. Ashby')],
        [key('Mr. Cole'), key('Lord Henry Vane')],
        [key('Tom Hale'), key('Anne Price')],
      ]),
    );
    // No count: the name after "and" is not employed.
    expect(work).toHaveLength(5);
  });

  it('reads kin stated by "was a man called" after a phrase of where ("His mate on the Providence was a man called Joe Pender")', () => {
    const text = `Captain Harker came ashore. His mate on the Providence was a man called Joe Pender. Joe Pender was silent.

Mary Hale was a widow. Her father was a man named Tom Ford. Tom Ford was old.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const typed = result.relations
      .filter((r) => r.type !== 'co_occurs')
      .map((r) => [r.type, r.sourceKey, r.targetKey]);
    expect(typed).toEqual(
      expect.arrayContaining([
        ['works_for', key('Joe Pender'), key('Captain Harker')],
        ['parent_of', key('Tom Ford'), key('Mary Hale')],
      ]),
    );
  });

  it('reads kin named by a pronoun alone ("Ingrid kissed her brother") as the one person of its gender named in a sentence before', () => {
    const text = `Ingrid Lindqvist lived at Malmo. Ingrid was tall.

"It's a fair question, Aksel." Ingrid kissed her brother on both cheeks.

Joe carried his son down the hill, and Robert held him. Joe laughed.

Maria had a cold. Tom said that Ruth Ames would soon be here. Ruth Ames said that Tom would bring his sister to visit her.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const kin = result.relations.filter((r) => r.type === 'sibling' || r.type === 'parent_of');
    expect(kin).toContainEqual(
      expect.objectContaining({
        type: 'sibling',
        sourceKey: key('Ingrid'),
        targetKey: key('Aksel'),
        label: 'brother',
      }),
    );
    // The son is named after the kin word; a woman named in Tom's sentence leaves his sister open.
    expect(kin).toHaveLength(1);
  });

  it('puts no place in another when both follow the same preposition ("at Haltwhistle, at St. Cuthbert\'s")', () => {
    const text = `Joe and Annie were married at Haltwhistle, at St. Cuthbert's, in June. Whinfell lies near Haltwhistle, in Northumberland.`;
    const result = extract([source(text)]);
    const located = result.relations.filter(
      (r) => r.type === 'located_in' && r.sourceKey === byName(result, 'Haltwhistle').key,
    );
    expect(located.map((r) => r.targetKey)).toEqual([byName(result, 'Northumberland').key]);
  });

  it('types a school form ("the Fourth Form") as an organisation, not someone who laughs', () => {
    const text = `Mr. Cobb could make the Fourth Form laugh. By supper the Fourth Form knew. The prize for the Fourth Form went to Arthur.`;
    expect(byName(extract([source(text)]), 'Fourth Form').type).toBe('organization');
  });

  it('types a name a clause of "where" follows as a place ("about Crete, where he had been")', () => {
    const text = `Dr. Ingram taught Scripture, and told them about Crete, where he had been in the war. Dr. Ingram smiled.`;
    expect(byName(extract([source(text)]), 'Crete').type).toBe('location');
  });

  it('puts no one in a place named in a clause of another subject ("Dowd told her that his master was shot at Kandahar")', () => {
    const text = `Mrs. Fenwick spoke to Dowd, and Dowd told her that his master had been shot at Kandahar. Nell lived at Ashcombe.

Dowd was silent because he had been in Calcutta. Nell rode to Aldershot, and Ashcombe was quiet.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const located = result.relations.filter((r) => r.type === 'located_in');
    expect(located.some((r) => r.sourceKey === key('Dowd'))).toBe(false);
    expect(located).toContainEqual(
      expect.objectContaining({ sourceKey: key('Nell'), targetKey: key('Ashcombe') }),
    );
    expect(located).toContainEqual(
      expect.objectContaining({ sourceKey: key('Nell'), targetKey: key('Aldershot') }),
    );
  });

  it('reads a kin word with the side it is on and a name going on with "of" ("Margaret\'s cousin on her mother\'s side, Captain Arthur Vane of the Forty-Third")', () => {
    const text = `In June a visitor came. He was Margaret's cousin on her mother's side, Captain Arthur Vane of the Forty-Third, home on leave. Margaret laughed.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    expect(result.relations).toContainEqual(
      expect.objectContaining({
        type: 'family',
        label: 'cousin',
        sourceKey: key('Margaret'),
        targetKey: key('Captain Arthur Vane'),
      }),
    );
  });

  it('runs parent_of from the parent and works_for from the servant, whichever side the kin word names', () => {
    const text = `John Smith came home late. His father, Mr. Peter Smith, was waiting at the door. John Smith smiled.

Mary Brown wrote a letter. Her daughter Alice Brown read it. Mary Brown rang for her maid, Ann Parker, and Ann Parker came.
`;
    const result = extract([source(text)]);
    const key = (name: string) => byName(result, name).key;
    const typed = result.relations.filter((r) => r.type !== 'co_occurs');
    expect(typed).toContainEqual(
      expect.objectContaining({
        type: 'parent_of',
        sourceKey: key('Mr. Peter Smith'),
        targetKey: key('John Smith'),
        label: 'child',
      }),
    );
    expect(typed).toContainEqual(
      expect.objectContaining({
        type: 'parent_of',
        sourceKey: key('Mary Brown'),
        targetKey: key('Alice Brown'),
        label: 'daughter',
      }),
    );
    expect(typed).toContainEqual(
      expect.objectContaining({
        type: 'works_for',
        sourceKey: key('Ann Parker'),
        targetKey: key('Mary Brown'),
        label: 'employer',
      }),
    );
  });
});

describe('names of days', () => {
  it('makes no one of "Lady Day", "Speech Day" or "St. Andrew\'s Day", and keeps Mrs. Day a person', () => {
    const text = `The Penhallows and the Kittos sat at one table every Lady Day. On St. Andrew's Day she brought him a letter. Lady Day came round again, and so did Lady Day.

At Speech Day the boys sang. Speech Day was long. Mrs. Day laughed, and Mrs. Day went home, and Mrs. Day slept.`;
    const result = extract([source(text)]);
    const names = result.entities.flatMap(namesOf);
    expect(names).not.toContain('Day');
    expect(names).not.toContain('Lady Day');
    expect(names).not.toContain('Speech Day');
    expect(names).not.toContain('St. Andrew');
    expect(byName(result, 'Mrs. Day').type).toBe('character');
  });

  it('makes no one of a day named only at a sentence\'s start ("Speech Day came"), and keeps "Then Day said" a person', () => {
    const text = `The boys waited all term. Speech Day came at the end of the summer, and the boys sang.

Ruth Ames laughed at the play. Then Day said nothing, and Ruth Ames went home.`;
    const result = extract([source(text)]);
    const days = result.entities.filter((e) => namesOf(e).includes('Day'));
    expect(days.map((e) => e.mentions.map((m) => m.text.slice(0, 3)))).toEqual([['Day']]);
    expect(days[0]?.mentions[0]?.start).toBe(text.indexOf('Day said'));
  });
});

describe('a thing named after the article', () => {
  it('makes no one of an inn written "the Gull" in almost every mention', () => {
    const text = `My father kept the Gull for twenty years. The Gull stood at the top of the slip. The stranger came to the Gull in a gale.

Nobody set foot in the Gull on Sundays. Jacob Kitto went up to the Gull to dry his jersey, and Jacob Kitto sang in the Gull till late.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Gull').type).not.toBe('character');
    expect(byName(result, 'Jacob Kitto').type).toBe('character');
  });

  it('reads no speaker in a verb with a subject of its own ("They said the Kestrel steered")', () => {
    const text = `The name on the brass was Kestrel. "Was there a ship called the Kestrel?" asked Ruth Ames.

"They said the Kestrel steered for the light," said Jacob Kitto. Ruth Ames asked about the Kestrel. Captain Hale of the Kestrel was drowned, and the cook of the Kestrel with him.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Kestrel').type).not.toBe('character');
    expect(byName(result, 'Jacob Kitto').type).toBe('character');
  });

  it('keeps a person called by a noun of a person or a calling after the article ("the Boy", "the Miller")', () => {
    const text = `The Boy fetched the boards. The Miller shouted at the Boy. The Boy ran to the sluice, and the Miller followed.

The Miller swore at the rain. Ruth Ames watched the Boy. The Boy lay down on the planks. The Miller went to market, and the Boy slept.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Boy').type).toBe('character');
    expect(byName(result, 'Miller').type).toBe('character');
  });
});

describe('an inn of two words', () => {
  it('makes no one of "the Rose and Crown" (an inn), and leaves Rose at the door a person', () => {
    const text = `Dr. Henderson set the collarbone on the kitchen table of the Rose and Crown. Giles was taken for a drink at the Rose and Crown. Rose waited at the door.

He set the leg, as he had at the Rose and Crown. The King and Queen came in. "Sit," said the King, and the Queen sat.`;
    const result = extract([source(text)]);
    const rose = byName(result, 'Rose');
    expect(rose.mentions).toHaveLength(1);
    expect(result.entities.flatMap(namesOf)).not.toContain('Crown');
  });
});

describe('a description the sentence names at once', () => {
  it('reads "Her father, Henry Penhallow" as Eliza\'s after "The girl was Eliza Penhallow"', () => {
    const text = `The girl was Eliza Penhallow, and she was kind. Her father, Henry Penhallow, was a net-maker. Eliza laughed. Henry Penhallow smiled.`;
    const result = extract([source(text)]);
    const eliza = byName(result, 'Eliza Penhallow');
    const henry = byName(result, 'Henry Penhallow');
    expect(
      result.relations.some(
        (r) => r.type === 'parent_of' && r.sourceKey === henry.key && r.targetKey === eliza.key,
      ),
    ).toBe(true);
  });
});

describe('a coast at sea', () => {
  it('reads a name after "off" as a place ("went down off Ushant")', () => {
    const text = `The old man had a schooner. She went down off Ushant in the great storm, and nobody came home.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Ushant').type).toBe('location');
  });
});

describe('a subject taught', () => {
  it('takes a school subject for no character ("taught the Fourth Form Scripture")', () => {
    const text = `The Head taught the Sixth Form Greek and the Fourth Form Scripture, and in Scripture he told them about the war. Arthur listened.`;
    const result = extract([source(text)]);
    expect(result.entities.some((e) => e.name === 'Scripture' && e.type === 'character')).toBe(false);
  });
});

describe('a family the text names only in the plural', () => {
  it('types a plural name always after "the" as a group, though it acts ("The Trebilcocks went to America")', () => {
    const text = `The Trebilcocks went to America, all nine of them, and wrote that it was very flat. Nat laughed at the letter. Nat said nothing.`;
    expect(byName(extract([source(text)]), 'Trebilcocks').type).toBe('group');
  });
});

describe('a given name and a family plural', () => {
  it('types "two George Ferrerses" as a group, not a person, beside "Mr. Ferrers"', () => {
    const text = `The town had two George Ferrerses, and nobody confused them. Mr. Ferrers owned the brewery. George owned nothing at all. Mr. Ferrers said so at breakfast, and George laughed.`;
    const result = extract([source(text)]);
    expect(
      result.entities.some((e) => e.type === 'character' && namesOf(e).includes('George Ferrerses')),
    ).toBe(false);
  });

  it('types "Thomas Garlands" as a group beside "Mr. Garland" and "Thomas Garland", a surname that is also a given name', () => {
    const text = `Old Thomas Garland owned the mill. Mr. Garland rose early. Tom Garland ran to the race.

Mrs. Ashby said that there had been Thomas Garlands at the mill for three generations. Tom smiled.`;
    const result = extract([source(text)]);
    const plural = result.entities.find((e) => namesOf(e).includes('Thomas Garlands'));
    expect(plural?.type).toBe('group');
    expect(byName(result, 'Tom Garland').mentions.map((m) => m.text)).toContain('Tom');
  });

  it('makes no one a member of the namesakes "Thomas Garlands" by the surname', () => {
    const text = `Old Thomas Garland owned the mill. Mr. Garland rose early. Walter Garland, his nephew, came from Manchester.

Mrs. Ashby said that there had been Thomas Garlands at the mill for three generations.`;
    const result = extract([source(text)]);
    const plural = result.entities.find((e) => namesOf(e).includes('Thomas Garlands'));
    expect(result.relations.filter((r) => r.type === 'member_of' && r.targetKey === plural?.key)).toEqual([]);
  });
});

describe('a reach of land or river', () => {
  it('types a name ending in "Reach" as a place, and keeps "the Reach" alone out ("the Ashen Reach")', () => {
    const text = `Beyond the wall lay the Ashen Reach, and beyond the Reach the Veil itself. Lyra looked north.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Ashen Reach').type).toBe('location');
    expect(result.entities.some((e) => e.name === 'Reach')).toBe(false);
  });
});

describe('how far a voyage has come', () => {
  it('reads a name after "till" or "past" as a place ("sick till Finisterre")', () => {
    const text = `"You'll be sick till Finisterre," said Tom. I was sick, as he had said, until well past Finisterre.`;
    expect(byName(extract([source(text)]), 'Finisterre').type).toBe('location');
  });
});

describe('a region named by its place', () => {
  it('reads a name before "way" after a word of direction as a place ("from over Beverley way")', () => {
    const text = `Mrs. Pardoe came from over Beverley way. We went to the magistrate in Beverley. Louisa took rooms in Beverley.`;
    expect(byName(extract([source(text)]), 'Beverley').type).toBe('location');
  });

  it('reads the name a distance is measured to as a place ("Never farther than Gloucester.")', () => {
    const text = `"Have you been far from home, Tom?" asked the clerk.

"Never farther than Gloucester." Tom laughed.`;
    expect(byName(extract([source(text)]), 'Gloucester').type).toBe('location');
  });
});

describe('a list of places', () => {
  it('types a name written only in a list of places as a place ("Lisbon, Madeira, Tenerife, and Sydney")', () => {
    const text = `Tom had been everywhere. "Lisbon, Madeira, Tenerife, Bahia, Valparaiso, Callao, and Sydney twice," he said. Tom laughed.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Tenerife').type).toBe('location');
    expect(byName(result, 'Sydney').type).toBe('location');
    expect(byName(result, 'Tom').type).toBe('character');
  });

  it('leaves a list of people as people ("Jane, Elizabeth, Mary, and Kitty")', () => {
    const text = `Jane, Elizabeth, Mary, and Kitty walked to Meryton. Kitty laughed. Jane smiled.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Mary').type).toBe('character');
  });
});

describe('someone known by age and sex', () => {
  const scenes = (who: string, named: string) =>
    `${named} came down the road. ${who.replace(/^t/, 'T')} was standing at the gate. ${named} looked at her.

"No," said ${who}. ${who.replace(/^t/, 'T')} got on the bus with her potatoes.

${named} watched. ${who.replace(/^t/, 'T')} fell in the garden. ${who.replace(/^t/, 'T')} was lying on the path.

"Fetch my hat," said ${who}. ${named} fetched it, and ${who} looked at the ceiling.`;

  it('makes "the old woman" who acts throughout a character', () => {
    const result = extract([source(scenes('the old woman', 'Frances Mowbray'))]);
    expect(byName(result, 'the old woman').type).toBe('character');
  });

  it('leaves "the old man" to the named man a text calls "old Ahab"', () => {
    const text = scenes('the old man', 'Stubb').replace(
      'Stubb came down the road.',
      'Old Ahab came down the road. Stubb saw old Ahab, and old Ahab said nothing.',
    );
    const result = extract([source(text)]);
    expect(result.entities.flatMap(namesOf)).not.toContain('the old man');
  });
});

describe('a marriage told with a pronoun', () => {
  it('reads "Jacob Kitto married her" as a spouse of the woman the pronoun means', () => {
    const text = `Isabel Roscorla kept house for her father in the cottage. That spring Jacob Kitto married her, which surprised everybody. Jacob Kitto sang. Isabel Roscorla smiled.`;
    const result = extract([source(text)]);
    const isabel = byName(result, 'Isabel Roscorla');
    const jacob = byName(result, 'Jacob Kitto');
    const spouses = result.relations.filter((r) => r.type === 'spouse');
    expect(
      spouses.some((r) => [r.sourceKey, r.targetKey].sort().join() === [isabel.key, jacob.key].sort().join()),
    ).toBe(true);
  });

  it('reads nothing into "married her sister"', () => {
    const text = `Ruth Ames laughed. Tom Hale married her sister in June. Tom Hale sang. Ruth Ames smiled.`;
    const result = extract([source(text)]);
    expect(result.relations.filter((r) => r.type === 'spouse')).toHaveLength(0);
  });
});

describe('kin named in the next sentence', () => {
  it('reads "with a wife nobody had met. Her name was Claire" as the wife of the one person named before', () => {
    const text = `Robert Marl came home in December, with a wife nobody had met. Her name was Claire, and she was French. Robert Marl laughed. Claire sat down.`;
    const result = extract([source(text)]);
    const robert = byName(result, 'Robert Marl');
    const claire = byName(result, 'Claire');
    expect(result.relations).toContainEqual(
      expect.objectContaining({
        type: 'spouse',
        sourceKey: robert.key,
        targetKey: claire.key,
        label: 'wife',
      }),
    );
  });

  it('reads nothing when the pronoun is not the kin\'s ("a wife ... His name was") or two people are named before', () => {
    const other = `Robert Marl came home with a wife nobody had met. His name was Tom Hale, the driver. Robert Marl laughed. Tom Hale sat down.`;
    expect(extract([source(other)]).relations.filter((r) => r.type === 'spouse')).toHaveLength(0);
    const two = `Robert Marl and Tom Hale came home with a wife nobody had met. Her name was Claire. Robert Marl laughed. Claire sat down.`;
    expect(extract([source(two)]).relations.filter((r) => r.type === 'spouse')).toHaveLength(0);
  });
});

describe('a nickname in quotation marks inside a full name', () => {
  const text = (nickname: string) =>
    `Thomas ${nickname} Reid had been the harbourmaster for thirty years. Tommy liked his pipe. Reid said nothing. Thomas walked home. Margaret Reid was a small woman.`;

  it.each(['"Tommy"', "'Tommy'", '\u201cTommy\u201d', '\u2018Tommy\u2019'])(
    'reads Thomas %s Reid as one entry Thomas Reid with the alias Tommy',
    (nickname) => {
      const result = extract([source(text(nickname))]);
      const thomas = byName(result, 'Thomas Reid');
      expect(thomas.name).toBe('Thomas Reid');
      expect(thomas.aliases).toContain('Tommy');
      expect(thomas.aliases).toContain('Reid');
      expect(
        result.entities
          .filter((e) => e.type === 'character')
          .map((e) => e.name)
          .sort(),
      ).toEqual(['Margaret Reid', 'Thomas Reid']);
      const tommy = thomas.mentions.find((m) => m.text === 'Tommy');
      expect(tommy?.start).toBe(text(nickname).indexOf('Tommy'));
    },
  );
});

describe('a maiden name told with a pronoun', () => {
  it.each([
    'Margaret Reid was a small woman. She had been born Margaret Cole, in Dunmore.',
    'Margaret Reid, née Margaret Cole, was a small woman.',
  ])('joins the maiden name to the married one: %s', (opening) => {
    const text = `${opening} Margaret Reid kept the shop. Margaret Cole had been a teacher once.`;
    const result = extract([source(text)]);
    expect(namesOf(byName(result, 'Margaret Reid'))).toContain('Margaret Cole');
  });

  it('leaves apart a woman born to another name than the one named before', () => {
    const text = `Margaret Reid was a small woman. She had been born Ellen Cole, in Dunmore. Ellen Cole laughed. Margaret Reid smiled.`;
    const result = extract([source(text)]);
    expect(namesOf(byName(result, 'Margaret Reid'))).not.toContain('Ellen Cole');
  });
});

describe('a book read', () => {
  it.each([
    'Frances had brought Middlemarch from Bristol and was reading it for the third time.',
    'Frances was reading Middlemarch again on the bus.',
    'Frances sat on the bus with _Middlemarch_ open on her knee.',
  ])('makes the title no character: %s', (sentence) => {
    const text = `${sentence} Frances laughed. Robert Hale came in. Frances smiled at Robert Hale.`;
    const result = extract([source(text)]);
    const characters = result.entities.filter((e) => e.type === 'character').flatMap(namesOf);
    expect(characters).not.toContain('Middlemarch');
    expect(characters).toContain('Frances');
  });

  it('takes "the Book of Job" for a book\'s title, not a place', () => {
    const text = `My father sat on the rock with a man who read him the Book of Job at breakfast. Ewan Fraser laughed.`;
    const result = extract([source(text)]);
    expect(result.entities.flatMap(namesOf)).not.toContain('Job');
  });

  it('leaves a person read to a character: "read Emma the letter"', () => {
    const text = `Robert Hale read Emma the letter. Emma smiled. Robert Hale laughed.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Emma').type).toBe('character');
  });
});

describe("a wife named by her husband's name", () => {
  const text = `Dr. Alan Henderson kept his surgery on the square, and Dr. and Mrs. Henderson lived above it. The card said Mrs. Alan Henderson, At Home, Thursday. Dr. Henderson laughed. Mrs. Henderson smiled. Robert Henderson married Frances Mowbray. Mrs. Robert Henderson was not a person who existed yet. Frances Henderson sat down. Mrs. Henderson poured tea.`;

  it('gives "Gideon" to Gideon Pritchard, and "Mrs. Gideon Pritchard" and "Lucy" to the Lucy who took his name', () => {
    const text = `Miss Lucy Ashdown wrote to Mr. Gideon Pritchard. Mr. Pritchard blushed. Lucy Ashdown laughed at him.

${'The rain fell on the town all that winter, and nobody came up the stairs. '.repeat(25)}

The paper told of a marriage between Gideon Pritchard and Lucy, only daughter of the corn merchant. Two years later Lucy Pritchard called on us. Mrs. Gideon Pritchard put the cake on the table. "Gideon sends his thanks," she said. Mrs. Pritchard smiled.`;
    const result = extract([source(text)]);
    expect(namesOf(byName(result, 'Mr. Gideon Pritchard'))).toContain('Gideon');
    expect(namesOf(byName(result, 'Lucy Ashdown'))).toContain('Mrs. Gideon Pritchard');
    expect(namesOf(byName(result, 'Lucy Ashdown'))).not.toContain('Gideon');
    expect(namesOf(byName(result, 'Lucy Ashdown'))).toContain('Lucy');
  });

  it('gives "Mrs. Amos Harker" to the woman who took the name, though his brother is a Harker too', () => {
    const text = `Captain Amos Harker owned the boats. His brother Joseph Harker kept the inn. Louisa Gault was a governess in Scarborough.

${'The rain fell on the town all that winter, and nobody came up the stairs. '.repeat(25)}

The card said that Mrs. Amos Harker would be at home. Louisa Harker poured the tea. Joseph Harker laughed.`;
    const result = extract([source(text)]);
    expect(namesOf(byName(result, 'Louisa Harker'))).toContain('Mrs. Amos Harker');
    expect(namesOf(byName(result, 'Louisa Harker'))).toContain('Louisa Gault');
  });

  it('joins "Mrs. Alan Henderson" and "Mrs. Robert Henderson" to the stated wives', () => {
    const result = extract([source(text)]);
    expect(namesOf(byName(result, 'Mrs. Henderson'))).toContain('Mrs. Alan Henderson');
    expect(namesOf(byName(result, 'Frances Henderson'))).toContain('Mrs. Robert Henderson');
    expect(namesOf(byName(result, 'Dr. Henderson'))).not.toContain('Mrs. Alan Henderson');
    expect(namesOf(byName(result, 'Robert Henderson'))).not.toContain('Mrs. Robert Henderson');
  });

  it('makes "Mrs. Robert Henderson" the wife of Robert Henderson when the text states no wife of his', () => {
    const result = extract([
      source(
        'Robert Henderson had the Curlew, a boat that went after whelks. The card said that Mrs. Robert Henderson would be at home on Thursday. Robert Henderson laughed at it.',
      ),
    ]);
    const spouse = result.relations.filter((r) => r.type === 'spouse');
    expect(spouse.map((r) => [r.sourceKey, r.targetKey, r.label])).toEqual([
      [byName(result, 'Robert Henderson').key, byName(result, 'Mrs. Robert Henderson').key, 'wife'],
    ]);
  });
});

describe("kin named after a calling's possessive", () => {
  const text = `Dr. Alan Henderson was the town's doctor. The doctor's wife, Margaret Henderson, sat on every committee. The vicar's son, Tom Ashe, rang the bell, and the Reverend Paul Ashe watched him.`;

  it('relates "the doctor\'s wife, Margaret Henderson," to the one doctor of her surname', () => {
    const result = extract([source(text)]);
    const typed = result.relations.filter((r) => r.type !== 'co_occurs');
    expect(typed.map((r) => [r.sourceKey, r.type, r.label, r.targetKey])).toContainEqual([
      byName(result, 'Dr. Alan Henderson').key,
      'spouse',
      'wife',
      byName(result, 'Margaret Henderson').key,
    ]);
    expect(typed.map((r) => [r.sourceKey, r.type, r.targetKey])).toContainEqual([
      byName(result, 'Reverend Paul Ashe').key,
      'parent_of',
      byName(result, 'Tom Ashe').key,
    ]);
  });

  it('leaves the kin alone when two holders of the calling bear the surname', () => {
    const two = `${text} Dr. John Henderson, his cousin, kept the other surgery.`;
    const result = extract([source(two)]);
    expect(result.relations.some((r) => r.type === 'spouse')).toBe(false);
  });
});

describe('kin stated by "was" after a possessive pronoun', () => {
  it('relates "Her father was Nat Vane" to the woman the pronoun stands for, not "was Nat Vane\'s friend"', () => {
    const result = extract([
      source(
        "Margaret sat by the window. Her father was Nat Vane, who had the Curlew. Ruth sat by the door. Her brother was Nat Vane's friend.",
      ),
    ]);
    const typed = result.relations.filter((r) => r.type !== 'co_occurs');
    expect(typed.map((r) => [r.sourceKey, r.type, r.targetKey])).toEqual([
      [byName(result, 'Nat Vane').key, 'parent_of', byName(result, 'Margaret').key],
    ]);
  });
});

describe('a given name ending in s', () => {
  it('makes a character of "Angus Fraser" beside a known surname, and no one of "Adonis" alone', () => {
    const text = `Angus Fraser brought the letter on the first Monday of March. Angus Fraser was kind. Then Angus left.

Adonis was a word the teacher liked; Adonis, she said, meant beauty, and Adonis was a god.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Angus Fraser').type).toBe('character');
    const characters = result.entities.filter((e) => e.type === 'character').flatMap(namesOf);
    expect(characters).not.toContain('Adonis');
  });
});

describe('a street named after a rank', () => {
  it('makes places of "Queen Street" and "Duke Street", never one person, and keeps "Captain Hill" a man', () => {
    const text = `She went to a school in Queen Street that took clever girls. Later she lived in King Street, near Duke Street, and walked every day along Queen Street.

Captain Hill came to the door. Captain Hill said nothing, and Captain Hill went away.`;
    const result = extract([source(text)]);
    for (const name of ['Queen Street', 'King Street', 'Duke Street'])
      expect(byName(result, name).type).toBe('location');
    expect(byName(result, 'Queen Street').aliases).toEqual([]);
    expect(byName(result, 'Captain Hill').type).toBe('character');
  });
});

describe('a place named after a person', () => {
  it('makes places of "Old Meg\'s Hill" and "Mother Shipton\'s Well", not people', () => {
    const text = `The wind came down off Old Meg's Hill and rattled the windows. Nell climbed Old Meg's Hill in the rain. From the top of Old Meg's Hill she saw the village.

They went on to Mother Shipton's Well. The water of Mother Shipton's Well was cold, and Nell sat by Mother Shipton's Well until dark. Nell was tired.`;
    const result = extract([source(text)]);
    expect(byName(result, "Meg's Hill").type).toBe('location');
    expect(byName(result, "Mother Shipton's Well").type).toBe('location');
    const characters = result.entities.filter((e) => e.type === 'character').flatMap(namesOf);
    expect(characters).toEqual(['Nell']);
  });
});

describe('a speaker whose name ends in a place word', () => {
  it('makes a character of "Nimble Dock", whom the text makes speak again and again', () => {
    const text = `Rosa Pell sat on the step. A grey mouse ran out of the wall.

"Good morning," said Nimble Dock. "I live in the clock."

"Do you?" said Rosa Pell.

"I do," said Nimble Dock. "I run up it when it strikes." Nimble Dock ran up the clock, and Rosa Pell laughed at Nimble Dock.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Nimble Dock').type).toBe('character');
  });

  it('leaves "Pudding Dock" a place when it is named but never speaks', () => {
    const text = `Rosa Pell walked down to Pudding Dock. The boats at Pudding Dock were old.

"I like Pudding Dock," said Rosa Pell. "Nobody comes to Pudding Dock."`;
    const result = extract([source(text)]);
    expect(byName(result, 'Pudding Dock').type).toBe('location');
  });
});

describe('a rank named by a describing word', () => {
  it('reads "the Grey Lady" as one person named by the rank, not a thing called "Grey"', () => {
    const text = `Nell thought about the Grey Lady and the lanterns. "The Grey Lady keeps them," said Gran.

The Grey Lady stood up from her chair. "What did you do?" she said. Nell looked at the Grey Lady.`;
    const result = extract([source(text)]);
    expect(byName(result, 'Grey Lady').type).toBe('character');
    expect(result.entities.flatMap(namesOf)).not.toContain('Grey');
  });
});

describe('kin with a word of age between', () => {
  it('reads "Nell and her little brother Tom" as a sister and her brother', () => {
    const text = `Her mother was in the hospital, and so Nell and her little brother Tom had been sent to stay with Gran.

Nell ran. Tom slept. Nell laughed. Tom cried.`;
    const result = extract([source(text)]);
    const siblings = result.relations.filter((r) => r.type === 'sibling');
    expect(siblings.map((r) => [r.sourceKey, r.targetKey])).toEqual([
      [byName(result, 'Nell').key, byName(result, 'Tom').key],
    ]);
  });
});

describe('a rank beside a married title of the surname', () => {
  it('gives "Dr. Pell" to the man of the name, not to the wife named "Eliza Pell" and "Mrs. Pell"', () => {
    const text = `Chapter 1

At Bentham there was a doctor, a widower of forty named Samuel Pell. "Dr. Pell is a good man," said Kate.

Chapter 2

Eliza married Dr. Pell in June. Mrs. Pell kept the doctor's house. Dr. Pell was kind to the boy.

Chapter 3

Eliza Pell sat by the window. Dr. Pell and Mrs. Pell sat behind them.`;
    const result = extract([source(text)]);
    const doctor = byName(result, 'Samuel Pell');
    expect(doctor.mentions.filter((m) => m.text === 'Dr. Pell')).toHaveLength(4);
  });
});
