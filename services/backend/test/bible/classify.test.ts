import { describe, expect, it } from 'vitest';
import { type ExtractedEntity, type Extraction, extract, type SourceText } from '../../src/bible/index.js';

function source(text: string): SourceText {
  return { fileId: 'story', text, chapters: [] };
}

function typeOf(extraction: Extraction, name: string): ExtractedEntity['type'] | undefined {
  return extraction.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
}

describe('types a name by how the text uses it', () => {
  it('reads a town of the gazetteer as someone when a clause of "who" describes it', () => {
    const text = `The march went badly. Washington, who had warned the general, saved the rest of the army. The reputation earned by Washington in that battle lasted.`;
    expect(typeOf(extract([source(text)]), 'Washington')).toBe('character');
  });

  it('reads a name set beside a noun of a person as someone ("from Munro, the commander of the fort")', () => {
    const text = `A runner came with an urgent request from Munro, the commander of the fort, for men and powder. The colonel read it twice.`;
    expect(typeOf(extract([source(text)]), 'Munro')).toBe('character');
  });

  it('keeps the gazetteer\'s town a place when "who" follows a head noun before a preposition or an article', () => {
    const text = `They raised an army to free the prisoners in the Temple, who had once been kings. A man from Washington, who was tired, sat down. Washington was far away.`;
    const extraction = extract([source(text)]);
    expect(typeOf(extraction, 'Washington')).toBe('location');
    expect(typeOf(extraction, 'Temple')).not.toBe('character');
  });

  it('gives no one a name in a likeness ("this young Adonis, who looks as if") nor a range "whose" summits', () => {
    const text = `Basil looked at this young Adonis, who looks as if he was made of ivory. To the south the view was bounded by the Pyrenees, whose summits were veiled in cloud.`;
    const extraction = extract([source(text)]);
    expect(typeOf(extraction, 'Adonis')).not.toBe('character');
    expect(typeOf(extraction, 'Pyrenees')).not.toBe('character');
  });

  it('keeps the gazetteer\'s place when only a weak cue reads it as someone ("her father\'s Mississippi plantation")', () => {
    const text = `Mrs. Pontellier talked about her father's Mississippi plantation and her girlhood home.`;
    expect(typeOf(extract([source(text)]), 'Mississippi')).toBe('location');
  });

  it('reads a name set after a noun of a person and a comma as that person ("that cursed Englishman, the Scarlet Pimpernel")', () => {
    const text = `We have all heard of this meddlesome Englishman, this accursed Scarlet Pimpernel. The driver was none other than that cursed Englishman, the Scarlet Pimpernel. They spoke of the Scarlet Pimpernel in every cafe of the city.`;
    expect(typeOf(extract([source(text)]), 'Scarlet Pimpernel')).toBe('character');
  });

  it('gives no one the name set after a noun of a thing ("a little flower, the Scarlet Pimpernel")', () => {
    const text = `The paper bore a little flower, the Scarlet Pimpernel. The Scarlet Pimpernel grew by the wall. They spoke of the Scarlet Pimpernel in every cafe of the city.`;
    expect(typeOf(extract([source(text)]), 'Scarlet Pimpernel')).not.toBe('character');
  });

  it('takes no apposition from a clause that goes on ("the Englishman, the Scarlet Pimpernel grew by the wall")', () => {
    const text = `Ask the Englishman, the Scarlet Pimpernel grew by the wall. The Scarlet Pimpernel grew in the garden. They spoke of the Scarlet Pimpernel in every cafe of the city.`;
    expect(typeOf(extract([source(text)]), 'Scarlet Pimpernel')).not.toBe('character');
  });

  it('reads a given name after one word of description as someone\'s nickname ("known as Black Michael")', () => {
    const text = `The big fellow, who was known among his mates as Black Michael, tried his leg. On the second day after the wounding of Black Michael, the crew came on deck.`;
    expect(typeOf(extract([source(text)]), 'Black Michael')).toBe('character');
  });

  it('keeps a given name after a place\'s head or a place word a place ("Port Arthur", "Bay Michael")', () => {
    const text = `The ship sailed from Port Arthur at dawn. Tom walked down to Bay Michael. Tom smiled.`;
    const extraction = extract([source(text)]);
    expect(typeOf(extraction, 'Port Arthur')).toBe('location');
    expect(typeOf(extraction, 'Bay Michael')).toBe('location');
  });

  it('reads the name a journey is bound for as a place ("I may head for Pinacate")', () => {
    const text = `"I may head for Pinacate or north for the river," said Gale.`;
    expect(typeOf(extract([source(text)]), 'Pinacate')).toBe('location');
  });

  it('keeps the one waited for a person ("waited for Pinacate")', () => {
    const text = `Gale waited for Pinacate at the well. Pinacate came at noon.`;
    expect(typeOf(extract([source(text)]), 'Pinacate')).toBe('character');
  });

  it('reads the name a place is left out of as a place ("scarce outside Calyforny")', () => {
    const text = `"Native Sons are as scarce outside Calyforny as buffalo are here," said Chip.`;
    expect(typeOf(extract([source(text)]), 'Calyforny')).toBe('location');
  });

  it('does not read the door a person waits outside as a place ("outside Jane\'s door")', () => {
    const text = `Tom waited outside Jane's door until Jane came out. Jane laughed.`;
    expect(typeOf(extract([source(text)]), 'Jane')).toBe('character');
  });

  it('reads a lake\'s name shortened ("the Champlain" beside "Lake Champlain") as the place', () => {
    const text = `The sheet of the Champlain stretched north. Lake George forms a tail to Lake Champlain. Montcalm was seen moving up the Champlain.`;
    expect(typeOf(extract([source(text)]), 'Champlain')).toBe('location');
  });

  it('keeps a given name that also ends a fort\'s name someone who acts ("Edward" beside "Fort Edward")', () => {
    const text = `The men marched to Fort Edward at dawn. Edward said nothing. Edward looked at the river and smiled.`;
    expect(typeOf(extract([source(text)]), 'Edward')).toBe('character');
  });

  it('reads a name a whole book writes four times as someone when it speaks once and is "he" at another', () => {
    const text = `Sir Owain sat on the bridge. A Hermit who lived above the stream came down with a jug. "He has sat there since I was a boy," the Hermit said to Sir Owain. Sir Owain laughed, and the Black Knight said that the Hermit talked too much.

In the end Sir Owain rode on to the Abbey. The Hermit, when he heard the story, went back to his cave.`;
    expect(typeOf(extract([source(text)], { longText: 10 }), 'Hermit')).toBe('character');
  });

  it('keeps a name a whole book writes four times a thing when it speaks once but is "it" ("the Gazette said")', () => {
    const text = `Sir Owain read the Gazette at breakfast. "The war is over," the Gazette said that Tuesday. Sir Owain folded the Gazette and put it in his pocket.

The Gazette came every week, and it was always late.`;
    expect(typeOf(extract([source(text)], { longText: 10 }), 'Gazette')).not.toBe('character');
  });

  it('reads a name a whole book writes three times as someone when it ends in a noun of a person and speaks once', () => {
    const text = `The Red Knight sat by the fire at the inn. The White Knight came in an hour later. The White Knight was the Red Knight's cousin, and they had not met for seven years.

"You have grown old," said the White Knight. The Red Knight laughed.`;
    expect(typeOf(extract([source(text)], { longText: 10 }), 'White Knight')).toBe('character');
  });

  it('keeps an inn a whole book names after a person a thing when it never speaks ("the Jolly Sailor")', () => {
    const text = `The Red Knight rode down to the Jolly Sailor. "Ale," said the Red Knight, and sat down. The Jolly Sailor was full that night.

In the morning the Red Knight left the Jolly Sailor and rode on.`;
    expect(typeOf(extract([source(text)], { longText: 10 }), 'Jolly Sailor')).not.toBe('character');
  });

  it('reads a newspaper named by one word of its title as no one, though it says and prints things ("the Courier said")', () => {
    const text = `Mrs. Blake took the boat train at eleven. The Courier had printed the news of the sale. "The Courier said which day it would travel," said Mrs. Blake, and she was very angry.

At Vienna the police met the train. The Courier printed the arrest on its front page, and the Courier said that Mrs. Blake had been brave.`;
    expect(typeOf(extract([source(text)]), 'Courier')).not.toBe('character');
  });

  it('keeps a man called by a newspaper word with his title someone ("Mr. Post said")', () => {
    const text = `Mrs. Blake took the boat train at eleven. Mr. Post had printed the news of the sale. "Mr. Post said which day it would travel," said Mrs. Blake, and she was very angry.

At Vienna the police met the train. Mr. Post printed the arrest on the front page, and Mr. Post said that Mrs. Blake had been brave.`;
    expect(typeOf(extract([source(text)]), 'Mr. Post')).toBe('character');
  });

  it('reads a given name before a place word the text writes after "Mr." as someone ("Enoch Street" beside "Mr. Street")', () => {
    const text = `The porter was a grizzled man named Enoch Street. "Mr. Street," said the inspector, "who locked this room?" Street said that he had, and that he took the keys home.

Enoch Street gave evidence at the trial.`;
    expect(typeOf(extract([source(text)]), 'Enoch Street')).toBe('character');
  });

  it('keeps a street named after a given name a place when no one is called by its last word ("John Street")', () => {
    const text = `The inspector had lodgings in John Street. "Who locked this room?" said the inspector. The porter said that he had, and that he took the keys home to John Street.

The porter walked back to John Street after the trial.`;
    expect(typeOf(extract([source(text)]), 'John Street')).toBe('location');
  });

  it('reads an institution\'s word before "of" as no one, though it says and keeps things ("the Bank of England says")', () => {
    const text = `"The Bank of England says it is a forgery," said Miss Hale. "The Bank of England has kept the number and will not give the note back." Pym held the note up to the window.

Scotland Yard took the forger at Gravesend. The Bank of England gave Miss Hale a true note for the false one, and the Bank of England thanked Pym.`;
    expect(typeOf(extract([source(text)]), 'Bank of England')).not.toBe('character');
  });

  it('keeps a rank before "of" someone ("the Duke of Marlow says")', () => {
    const text = `"The Duke of Marlow says it is a forgery," said Miss Hale. "The Duke of Marlow has kept the number and will not give the note back." Pym held the note up to the window.

Scotland Yard took the forger at Gravesend. The Duke of Marlow gave Miss Hale a true note for the false one, and the Duke of Marlow thanked Pym.`;
    expect(typeOf(extract([source(text)]), 'Duke of Marlow')).toBe('character');
  });
});
