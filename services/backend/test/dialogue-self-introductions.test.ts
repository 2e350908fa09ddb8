/**
 * A speaker who gives their own name ("My name is Helen Stoner", "I am Jabez Wilson", "Call me
 * Ishmael") is that person: the line is theirs, and the "I" and "my" of the account that follows,
 * so the facts they state of themselves are theirs (docs/quality/story-bible.md, thirty-fourth
 * session, a helper: self-introductions). Read through analyseText. Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../src/bible/types.js';
import { findQuotations } from '../src/dialogue/quotations.js';
import { withIntroducedNames } from '../src/dialogue/self-introductions.js';
import { analyseText, type TextAnalysis } from '../src/ingest/analysis.js';

function read(text: string): TextAnalysis {
  return analyseText({ source: { fileId: 'book', text, chapters: [] }, splits: [] });
}

/** The name of the speaker of the quotation that holds `words`. */
function speakerOf(analysis: TextAnalysis, text: string, words: string): string | undefined {
  const at = text.indexOf(words);
  const quote = analysis.dialogue.quotes.find((q) => q.start <= at && at < q.end);
  return analysis.bible.entities.find((e) => e.key === quote?.speakerKey)?.name;
}

/** The name of the entity a fact of `kind` quoting `words` is keyed to. */
function factOwner(analysis: TextAnalysis, kind: string, words: string): string | undefined {
  const fact = analysis.facts.find((f) => f.kind === kind && (f.quote ?? '').includes(words));
  return analysis.bible.entities.find((e) => e.key === fact?.entityKey)?.name;
}

const VISIT = `It was early in the morning when Mr. Grant and I came down to breakfast. A lady dressed in black and heavily veiled, who had been sitting in the window, rose as we entered the room.

"Good morning, madam," said Mr. Grant cheerily. "Pray sit down by the fire."

"What, then?"

"It is fear, sir. My name is Helen Stoner, and I am living with my stepfather. I am thirty years old, and my hair is already grey.

"I have no one to turn to, and my mother is dead."

Mr. Grant looked at her kindly. Helen Stoner wept. Then Helen Stoner went home.`;

describe('a speaker who gives their own name', () => {
  it('is the named character, with the facts stated in the account that follows', () => {
    const analysis = read(VISIT);
    expect(speakerOf(analysis, VISIT, 'My name is Helen Stoner')).toBe('Helen Stoner');
    expect(factOwner(analysis, 'age', 'I am thirty')).toBe('Helen Stoner');
    expect(factOwner(analysis, 'hair', 'my hair is already grey')).toBe('Helen Stoner');
  });

  it('outweighs a pronoun tag taken to point to someone else', () => {
    const text = `Mrs. Hale showed the girl in and went out again. Mrs. Hale had seen many visitors come up those stairs, and she did not trouble to stay.

"I am Ruth Penrose, sir," said she. "I live with my grandfather at Wapping, and I am nineteen years old."

Mr. Grant nodded. Ruth Penrose sat down. Ruth Penrose cried.`;
    const analysis = read(text);
    expect(speakerOf(analysis, text, 'I am Ruth Penrose')).toBe('Ruth Penrose');
    expect(factOwner(analysis, 'age', 'nineteen')).toBe('Ruth Penrose');
  });

  it('reads "My name\'s X" and "Call me X" at the start of a sentence', () => {
    const text = `Mrs. Hale showed the boy in and went out again. Mrs. Hale did not trouble to stay.

"Good evening. My name's Robert Trelawney, and I have come about the boat," he said.

"Call me Tom Weller, everybody does," said the other man.

Mr. Grant nodded. Robert Trelawney sat down. Tom Weller laughed.`;
    const analysis = read(text);
    expect(speakerOf(analysis, text, "My name's Robert Trelawney")).toBe('Robert Trelawney');
    expect(speakerOf(analysis, text, 'Call me Tom Weller')).toBe('Tom Weller');
  });
});

describe('what is not a self-introduction', () => {
  const SCENE = `Mr. Grant sat by the fire with the post. Mary Ward put down her sewing and looked at him.

`;
  const AFTER = `

Mr. Grant nodded. Jack Hale went out. Mary Ward smiled.`;
  /** The speaker of the one line set in the scene. */
  const speaker = (line: string) => {
    const text = `${SCENE}${line}${AFTER}`;
    return speakerOf(read(text), text, line.slice(1, 12));
  };

  it('leaves a name stated as a lie to the one the tag points to', () => {
    expect(speaker('"My name is Jack Hale," she lied.')).toBe('Mary Ward');
  });

  it('leaves alone a name the speaker quotes from someone else', () => {
    expect(
      speaker(`"He stood at the door and said, 'My name is Jack Hale,' and I let him in," she said.`),
    ).toBe('Mary Ward');
  });

  it('leaves alone "his name is X", "I am X\'s", and a name that is not given', () => {
    expect(speaker('"His name is Jack Hale, and he brings the post," she said.')).toBe('Mary Ward');
    expect(speaker(`"I am Jack Hale's cousin, sir," she said.`)).toBe('Mary Ward');
    expect(speaker('"My name is not important. Jack Hale knows me," she said.')).toBe('Mary Ward');
    expect(speaker(`"Nobody but I am Jack Hale's friend here," she said.`)).toBe('Mary Ward');
  });

  it('keeps a tag that names the speaker', () => {
    expect(speaker('"My name is Jack Hale," said Mary Ward, in a gruff voice.')).toBe('Mary Ward');
  });

  it('leaves alone a denial with no name after "it is", or another\'s name there', () => {
    expect(speaker('"My name is not Jack Hale. It is late, and Jack Hale is waiting," she said.')).toBe(
      'Mary Ward',
    );
    expect(speaker('"I am not Mr. Grant. It is Jack Hale who wants you," she said.')).toBe('Mary Ward');
    expect(speaker(`"My name is not Mr. Grant. It is Jack Hale's letter," she said.`)).toBe('Mary Ward');
  });

  it("leaves alone a split line giving someone else's name, or lying in its tag", () => {
    expect(speaker(`"My name," she said, "is Jack Hale's too, for he is my husband."`)).toBe('Mary Ward');
    expect(speaker('"My name," she said, "is his brother\'s: Jack Hale gave it to me."')).toBe('Mary Ward');
    expect(speaker('"My name," she lied, "is Jack Hale."')).toBe('Mary Ward');
  });

  it('leaves alone a denial or a split line the speaker quotes from someone else', () => {
    expect(speaker(`"He said, 'My name is not Grant. It is Jack Hale,' and I let him in," she said.`)).toBe(
      'Mary Ward',
    );
    expect(speaker(`"He stood there. 'My name,' said he, 'is Jack Hale,' and I let him in," she said.`)).toBe(
      'Mary Ward',
    );
  });
});

describe('a name given across the tag, or after denying another', () => {
  it('reads "My name," said he, "is X" as the speaker giving his name, with the account after it', () => {
    const text = `Mrs. Hale showed the stout old man in and went out again. Mr. Grant looked up from his papers.

"My name," said he, "is Jabez Wilson, and I keep a small shop near the City. I am fifty-three years old."

Mr. Grant nodded. Jabez Wilson sat down. Jabez Wilson sighed.`;
    const analysis = read(text);
    expect(speakerOf(analysis, text, 'is Jabez Wilson')).toBe('Jabez Wilson');
    expect(factOwner(analysis, 'age', 'fifty-three')).toBe('Jabez Wilson');
  });

  it('reads an address before the tag: "My name, sir," she said, "is X"', () => {
    const text = `Mrs. Hale showed the young woman in and went out again. Mrs. Hale did not trouble to stay.

"My name, sir," she said, "is Mary Sutherland, and I have come about my father."

Mr. Grant nodded. Mary Sutherland sat down. Mary Sutherland wept.`;
    expect(speakerOf(read(text), text, 'is Mary Sutherland')).toBe('Mary Sutherland');
  });

  it('reads the name given after denying another: "My name is not Brand. It is X."', () => {
    const text = `Mr. Grant came into the room where the stranger stood by the fire. Mr. Grant held out the card.

"Good evening, Mr. Brand," said Mr. Grant.

"My name is not Brand. It is Edmund Fairlie, and I have come a long way to see you," he said.

Mr. Grant nodded. Edmund Fairlie sat down. Edmund Fairlie smiled.`;
    expect(speakerOf(read(text), text, 'is not Brand')).toBe('Edmund Fairlie');
  });

  it('reads "I am not Mr. Brand. I am X." and the denial joined by a semicolon', () => {
    const scene = `Mr. Grant came into the room where the stranger stood by the fire. Mr. Grant held out the card.

"Good evening, Mr. Brand," said Mr. Grant.

`;
    const after = `

Mr. Grant nodded. Edmund Fairlie sat down. Edmund Fairlie smiled.`;
    for (const line of [
      '"I am not Mr. Brand. I am Edmund Fairlie," he said.',
      '"I am not Mr. Brand; it is Edmund Fairlie, sir," he said.',
    ]) {
      const text = `${scene}${line}${after}`;
      expect(speakerOf(read(text), text, 'not Mr. Brand')).toBe('Edmund Fairlie');
    }
  });
});

describe("a name given as the speaker's own that the extraction did not read there", () => {
  /** A character of `names` (the first its name), mentioned where `text` writes its first name. */
  const character = (text: string, ...names: [string, ...string[]]): ExtractedEntity => {
    const at = text.lastIndexOf(names[0]);
    const [name, ...aliases] = names;
    return {
      key: `character:${name}`,
      name,
      type: 'character',
      aliases,
      mentions: [{ fileId: 'book', chapter: null, start: at, end: at + name.length, text: name }],
    };
  };
  /** The texts of the mentions `withIntroducedNames` gives each entity, by name. */
  const mentionsAfter = (text: string, entities: ExtractedEntity[]) => {
    const source = { fileId: 'book', text, chapters: [] };
    const { quotations } = findQuotations(text);
    const named = withIntroducedNames(source, { entities, relations: [] }, quotations);
    return Object.fromEntries(named.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]));
  };
  const LATER = '\n\nMr. Grant nodded. Later Miss Stoner went home, and Mrs. Hale closed the door.';
  const people = (text: string) => [
    character(text, 'Miss Stoner', 'Miss Helen Stoner'),
    character(text, 'Mrs. Hale'),
    character(text, 'Mr. Grant'),
  ];

  it('is a mention of the one character bearing the name, without or with its title', () => {
    const text = `A lady dressed in black rose as we entered.\n\n"It is fear, sir. My name is Helen Stoner. I live with my stepfather."${LATER}`;
    expect(mentionsAfter(text, people(text))['Miss Stoner']).toEqual(['Helen Stoner', 'Miss Stoner']);
    const titled = `The old man came in.\n\n"I am Dr. Roylott, of Stoke Moran," said he.\n\nLater Dr. Grimesby Roylott went home.`;
    const doctor = character(titled, 'Dr. Grimesby Roylott', 'Dr. Roylott');
    expect(mentionsAfter(titled, [doctor])['Dr. Grimesby Roylott']).toEqual([
      'Dr. Roylott',
      'Dr. Grimesby Roylott',
    ]);
  });

  it('reads the name split by the tag: "My name," said she, "is X"', () => {
    const text = `A lady rose as we entered.\n\n"My name," said she, "is Helen Stoner."${LATER}`;
    expect(mentionsAfter(text, people(text))['Miss Stoner']).toEqual(['Helen Stoner', 'Miss Stoner']);
  });

  it('leaves alone a quoted introduction, a denial, a lie, a third person introduced, and a name two bear', () => {
    for (const line of [
      `"He said to me, 'My name is Helen Stoner,' and went away," said the lady.`,
      '"My name is not Helen Stoner, sir," said the lady.',
      '"My name is Helen Stoner," she lied.',
      '"This is my sister, Helen Stoner," said the lady.',
    ]) {
      const text = `A lady rose as we entered.\n\n${line}${LATER}`;
      expect(mentionsAfter(text, people(text))['Miss Stoner']).toEqual(['Miss Stoner']);
    }
    const shared = `A lady rose as we entered.\n\n"I am Miss Stoner, sir."${LATER}\n\nThe other Miss Stoner stayed.`;
    const sisters = [
      character(shared, 'Miss Stoner', 'Miss Helen Stoner'),
      character(shared, 'Julia', 'Miss Stoner'),
    ];
    expect(Object.values(mentionsAfter(shared, sisters)).flat()).toHaveLength(2);
  });

  it('adds nothing where the extraction read a name already', () => {
    const text = `A lady rose as we entered.\n\n"My name is Helen Stoner."${LATER}`;
    const entities = [character(text, 'Helen Stoner'), ...people(text)];
    const source = { fileId: 'book', text, chapters: [] };
    const extraction = { entities, relations: [] };
    expect(withIntroducedNames(source, extraction, findQuotations(text).quotations)).toBe(extraction);
  });
});
