import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../src/bible/index.js';
import {
  type AttributedQuotation,
  analyseDialogue,
  attributeSpeakers,
  findQuotations,
} from '../src/dialogue/index.js';
import type { CharacterInput } from '../src/pronouns/index.js';

/** A character whose mentions are every whole-word occurrence of its names. */
function character(
  text: string,
  id: string,
  names: string[],
  extra: Partial<CharacterInput> = {},
): CharacterInput {
  const mentions: Array<{ start: number; end: number }> = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (/\p{L}/u.test(text.charAt(at - 1)) || /\p{L}/u.test(text.charAt(at + name.length))) continue;
      if (!mentions.some((m) => at >= m.start && at < m.end))
        mentions.push({ start: at, end: at + name.length });
    }
  }
  return { id, name: names[0] as string, aliases: names.slice(1), mentions, ...extra };
}

function attribute(text: string, characters: CharacterInput[], narratorId?: string): AttributedQuotation[] {
  return attributeSpeakers(
    text,
    findQuotations(text),
    characters,
    narratorId === undefined ? {} : { narratorId },
  );
}

/** [first words of the quotation, speaker, kind] per quotation. */
function summary(text: string, quotes: AttributedQuotation[]): Array<[string, string | null, string]> {
  return quotes.map((q) => [text.slice(q.start, q.start + 12), q.speakerId, q.kind]);
}

const BENNETS = (text: string) => [
  character(text, 'elizabeth', ['Elizabeth', 'Lizzy']),
  character(text, 'jane', ['Jane']),
  character(text, 'mr-bennet', ['Mr. Bennet']),
  character(text, 'mrs-bennet', ['Mrs. Bennet']),
  character(text, 'darcy', ['Mr. Darcy', 'Darcy']),
];

describe('explicit speech tags', () => {
  it('name the speaker of a tag before the speech past an aside with its own object ("Jane, clearing the cups, said,")', () => {
    const text = [
      'Elizabeth watched them go from the window, and Jane, clearing the cups, said, “That will be settled before the harvest.”',
      '“Settled how?” said Elizabeth.',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    expect(summary(text, quotes).map(([, speaker, kind]) => [speaker, kind])).toEqual([
      ['jane', 'explicit'],
      ['elizabeth', 'explicit'],
    ]);
  });

  it('name the speaker in every order, after, inside and before the speech', () => {
    const text = [
      '“It is a fine day,” said Elizabeth.',
      '“It is,” Jane replied.',
      '“Nonsense!” cried Mrs. Bennet, “it will rain.”',
      'Mr. Darcy said: “I never dance.”',
      'Said Mr. Bennet, “Nor do I.”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    expect(summary(text, quotes)).toEqual([
      ['“It is a fin', 'elizabeth', 'explicit'],
      ['“It is,” Jan', 'jane', 'explicit'],
      ['“Nonsense!” ', 'mrs-bennet', 'explicit'],
      ['“I never dan', 'darcy', 'explicit'],
      ['“Nor do I.”', 'mr-bennet', 'explicit'],
    ]);
    expect(quotes[2]?.parts).toHaveLength(2);
    for (const q of quotes) expect(q.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('read a name described by the words before it ("said old Hobbs", "replied poor little Hobbs")', () => {
    const text = [
      'Hobbs came in with Mary.',
      '“Good morning,” said old Hobbs.',
      '“You are late,” said Mary.',
      '“I know,” replied poor little Hobbs.',
    ].join('\n\n');
    const characters = [
      character(text, 'hobbs', ['Hobbs'], { gender: 'male' }),
      character(text, 'mary', ['Mary'], { gender: 'female' }),
    ];
    expect(summary(text, attribute(text, characters)).map(([, id, kind]) => [id, kind])).toEqual([
      ['hobbs', 'explicit'],
      ['mary', 'explicit'],
      ['hobbs', 'explicit'],
    ]);
  });

  it('give a quoted letter to the character who signs it, and not to one signed with an initial', () => {
    const letter = (signature: string) =>
      [
        'Mr. Darcy had gone. Elizabeth opened the letter and read:',
        '“Be not alarmed, madam, on receiving this letter.',
        '“I will only add, God bless you.',
        `“${signature}”`,
        'Elizabeth read it twice.',
      ].join('\n\n');
    const characters = (text: string) => [
      character(text, 'darcy', ['Mr. Darcy', 'Fitzwilliam Darcy'], { gender: 'male' }),
      character(text, 'elizabeth', ['Elizabeth'], { gender: 'female' }),
      // The story bible reads "M." as Monsieur, so a signature "M. GARDINER" can name him.
      character(text, 'mr-gardiner', ['Mr. Gardiner', 'M. Gardiner'], { gender: 'male' }),
      character(text, 'mrs-gardiner', ['Mrs. Gardiner'], { gender: 'female' }),
    ];
    const signed = letter('FITZWILLIAM DARCY');
    expect(attribute(signed, characters(signed))[0]).toMatchObject({ speakerId: 'darcy', kind: 'explicit' });
    const initialled = letter('M. GARDINER.');
    expect(attribute(initialled, characters(initialled))[0]?.kind).not.toBe('explicit');
  });

  it('does not read indirect speech after a quotation as its tag', () => {
    const text =
      '“Have you heard the news?” said Mrs. Bennet.\n\n“Is it true?” Mr. Bennet replied that he had not.';
    const quotes = attribute(text, BENNETS(text));
    expect(quotes[1]?.kind).not.toBe('explicit');
  });
});

describe('anaphoric tags', () => {
  it('resolve "said she" and "he replied" to the nearest character of that gender', () => {
    const text =
      'Elizabeth came in with Mr. Darcy.\n\n“You are late,” said she.\n\n“I was detained,” he replied.';
    expect(summary(text, attribute(text, BENNETS(text)))).toEqual([
      ['“You are lat', 'elizabeth', 'anaphoric'],
      ['“I was detai', 'darcy', 'anaphoric'],
    ]);
  });

  it('resolve "his wife" to the Mrs. of his surname', () => {
    const text =
      'Mr. Bennet read his paper.\n\n“My dear,” said his wife, “have you heard?”\n\nMrs. Bennet waited.';
    const [q] = attribute(text, BENNETS(text));
    expect(q?.speakerId).toBe('mrs-bennet');
    expect(q?.kind).toBe('anaphoric');
  });

  it('read "the parson" as the character written Parson Tringham', () => {
    const text =
      'Parson Tringham rode by, and Durbeyfield stopped.\n\n“Good night,” said Durbeyfield.\n\n“Good night, Sir John,” said the parson.';
    const characters = [
      character(text, 'tringham', ['Tringham']),
      character(text, 'durbeyfield', ['Durbeyfield', 'Sir John']),
    ];
    expect(attribute(text, characters)[1]?.speakerId).toBe('tringham');
  });

  it('read "the clergyman" as Parson Tringham, one calling under two words, in a tag and in the narration', () => {
    const scene = 'Parson Tringham and Durbeyfield met on the road. Fred ran up to them, and Fred stopped.';
    const tagged = `${scene}\n\n“Good night, Sir John,” replied the clergyman.`;
    const beat = `${scene}\n\nThe clergyman smiled. “It was only my whim.”`;
    for (const text of [tagged, beat]) {
      const characters = [
        character(text, 'tringham', ['Tringham']),
        character(text, 'durbeyfield', ['Durbeyfield']),
        character(text, 'fred', ['Fred']),
      ];
      expect(attribute(text, characters).map((q) => q.speakerId)).toEqual(['tringham']);
    }
  });

  it('read "the vicar" as the Reverend Ambrose Pell: "Reverend" before a name is a clergyman\'s calling', () => {
    const text =
      '“He drinks,” said Mrs. Crane to the Reverend Ambrose Pell.\n\n“You have seen nothing,” said the Reverend Ambrose Pell.\n\nDaniel stayed.\n\n“Then who is he?” asked the vicar.';
    const characters = [
      character(text, 'pell', ['Reverend Ambrose Pell']),
      character(text, 'crane', ['Mrs. Crane']),
      character(text, 'daniel', ['Daniel']),
    ];
    expect(attribute(text, characters).map((q) => q.speakerId)).toEqual(['crane', 'pell', 'pell']);
  });

  it('take the name among the tags of one utterance over its pronoun, a phrasal verb included', () => {
    const text = [
      'Strether waited in the hall for Waymarsh, who had not come.',
      '“Oh yes,” he replied, “my very well-known friend. Do you know him?” Strether wound up.',
    ].join('\n\n');
    const characters = [
      character(text, 'strether', ['Strether'], { gender: 'male' }),
      character(text, 'waymarsh', ['Waymarsh'], { gender: 'male' }),
    ];
    expect(attribute(text, characters)[0]).toMatchObject({ speakerId: 'strether', kind: 'explicit' });
  });

  it('give "said the clergyman" to the one man of the scene, named some sentences before', () => {
    const text = [
      'Mr. Beebe came forward, and Lucy gave him a chair.',
      '“I am so glad to see you,” said Lucy. “Just fancy how small the world is. Summer Street, too.”',
      '“Lucy lives in the parish,” said Miss Bartlett. “She told me so. You have the living, I hear.”',
      '“Quite right,” said the clergyman.',
    ].join('\n\n');
    const characters = [
      character(text, 'beebe', ['Mr. Beebe'], { gender: 'male' }),
      character(text, 'lucy', ['Lucy'], { gender: 'female' }),
      character(text, 'bartlett', ['Miss Bartlett'], { gender: 'female' }),
    ];
    expect(attribute(text, characters).at(-1)).toMatchObject({ speakerId: 'beebe', kind: 'anaphoric' });
  });

  it('read a description set beside a name in apposition as that character ("the artist himself, Basil Hallward")', () => {
    const text = [
      'In the centre of the room stood a portrait, and in front of it sat the artist himself, Basil Hallward. Lord Henry lay on the divan and spoke of Dorian Gray.',
      '“You don’t understand me, Harry,” answered the artist.',
    ].join('\n\n');
    const characters = [
      character(text, 'basil', ['Basil Hallward'], { gender: 'male' }),
      character(text, 'henry', ['Lord Henry', 'Harry'], { gender: 'male' }),
      character(text, 'dorian', ['Dorian Gray'], { gender: 'male' }),
    ];
    // Without it "the artist" goes to the man the narration named last, Dorian Gray.
    expect(attribute(text, characters)[0]).toMatchObject({ speakerId: 'basil', kind: 'explicit' });
  });

  it('read the name opening a long apposition as the subject of the tag after it, not its last noun', () => {
    const text = [
      'Carol walked at the end of the line and said nothing to anyone.',
      'A classmate named Stewart Snyder, a competent bulky young man in a gray flannel shirt, a rusty black bow tie, and the green-and-purple class cap, grumbled to her as they walked behind the others in the muck of the stockyards, “These college chumps make me tired.”',
    ].join('\n\n');
    const characters = [
      character(text, 'carol', ['Carol'], { gender: 'female' }),
      character(text, 'stewart', ['Stewart Snyder'], { gender: 'male' }),
    ];
    // Without it the tag's subject is "the green-and-purple class cap", a description given to Carol.
    expect(attribute(text, characters)[0]).toMatchObject({ speakerId: 'stewart', kind: 'explicit' });
  });

  it('take only a calling in apposition: "in the carriage, Mr. Gardiner" does not make him "the carriage"', () => {
    const text = [
      'Mr. Bennet and Mr. Gardiner rode on; in the carriage, Mr. Gardiner slept.',
      'Mr. Bennet looked out. The carriage stopped at the inn.',
      '“We are here,” said he.',
    ].join('\n\n');
    const characters = [
      character(text, 'bennet', ['Mr. Bennet'], { gender: 'male' }),
      character(text, 'gardiner', ['Mr. Gardiner'], { gender: 'male' }),
    ];
    expect(attribute(text, characters)[0]?.speakerId).toBe('bennet');
  });

  it('give "said she" to the wife the narration has just referred to as "his wife"', () => {
    const text = [
      'Mrs. Bennet and Mr. Bennet sat with Kitty.',
      '“Now, Kitty, you may cough as much as you choose,” said Mr. Bennet; and he left the room, fatigued with the raptures of his wife.',
      '“What an excellent father you have, girls!” said she.',
    ].join('\n\n');
    const characters = [...BENNETS(text), character(text, 'kitty', ['Kitty'], { gender: 'female' })];
    // Without it the line goes to Kitty, whom the last line called by name.
    expect(attribute(text, characters)[1]?.speakerId).toBe('mrs-bennet');
  });

  it('read a verb of instruction as a speech tag ("instructed her husband")', () => {
    const text = [
      'Mr. Pontellier rose, and Robert stayed with Mrs. Pontellier.',
      '“Well, send him away when he bores you, Edna,” instructed her husband.',
    ].join('\n\n');
    const characters = [
      character(text, 'leonce', ['Mr. Pontellier'], { gender: 'male' }),
      character(text, 'edna', ['Mrs. Pontellier', 'Edna'], { gender: 'female' }),
      character(text, 'robert', ['Robert'], { gender: 'male' }),
    ];
    expect(attribute(text, characters)[0]).toMatchObject({ speakerId: 'leonce', kind: 'anaphoric' });
  });

  it('never give a tag to the one it says is spoken to ("she said to Lucy")', () => {
    const text = [
      'Miss Bartlett sat down. Lucy looked at her plate, and Lucy said nothing.',
      '“Eat your dinner, dear,” she said to Lucy.',
    ].join('\n\n');
    const characters = [
      character(text, 'lucy', ['Lucy'], { gender: 'female' }),
      character(text, 'bartlett', ['Miss Bartlett'], { gender: 'female' }),
    ];
    expect(attribute(text, characters)[0]).toMatchObject({
      speakerId: 'bartlett',
      addresseeIds: ['lucy'],
      kind: 'anaphoric',
    });
  });

  it('give "continued the man" and "he went on" to the one who spoke last', () => {
    const text = [
      'Durbeyfield lay on the bank. Fred stood before Durbeyfield.',
      '“Do you know who I am?” asked Durbeyfield.',
      'The lad shook his head and looked down at him.',
      '“Sir John, that is who I am,” continued the prostrate man.',
    ].join('\n\n');
    const characters = [
      character(text, 'durbeyfield', ['Durbeyfield'], { gender: 'male' }),
      character(text, 'fred', ['Fred'], { gender: 'male' }),
    ];
    expect(attribute(text, characters)[1]).toMatchObject({ speakerId: 'durbeyfield', kind: 'anaphoric' });
  });

  it('never give "said he" to a first-person narrator', () => {
    const text = [
      '“Mr. Heathcliff?” I said.',
      '“Your new tenant, sir.”',
      '“Thrushcross Grange is my own, sir,” he interrupted.',
    ].join('\n\n');
    const characters = [
      character(text, 'lockwood', ['Mr. Lockwood'], { gender: 'male' }),
      character(text, 'heathcliff', ['Mr. Heathcliff']),
    ];
    // Turn-taking expects the narrator, the speaker before last, to answer.
    expect(attribute(text, characters, 'lockwood')[2]).toMatchObject({
      speakerId: 'heathcliff',
      kind: 'anaphoric',
    });
  });
});

describe('pronouns from beyond the window', () => {
  it('do not make the character they guess the speaker of the line after them', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `The rain fell for the ${i + 1}th hour.`).join(' ');
    const text = `Billy went home.\n\n${filler}\n\nHe stood by the fire, puzzled.\n\n“Who is there?”`;
    const [q] = attribute(text, [character(text, 'billy', ['Billy'], { gender: 'male' })]);
    expect(q?.speakerId).toBeNull();
  });
});

describe('kin tags', () => {
  it('give "her mother" to the present character of that title when no family name links them', () => {
    const text = [
      'Kitty coughed, and Jane looked up.',
      '“Don’t keep coughing so, Kitty!” said Mrs. Bennet.',
      '“I do not cough for my own amusement,” replied Kitty.',
      '“When is the next ball?” asked Jane.',
      '“Aye, so it is,” cried her mother.',
    ].join('\n\n');
    const characters = [
      character(text, 'kitty', ['Kitty'], { gender: 'female' }),
      character(text, 'jane', ['Jane'], { gender: 'female' }),
      character(text, 'mrs-bennet', ['Mrs. Bennet']),
    ];
    // Turn-taking alone would give the line back to Kitty.
    expect(attribute(text, characters)[3]).toMatchObject({ speakerId: 'mrs-bennet', kind: 'anaphoric' });
  });
});

describe('untagged lines', () => {
  it('alternate between the two speakers of a conversation, forwards and backwards', () => {
    const text = [
      '“Is he married or single?”',
      '“Single, my dear, to be sure!” said Mrs. Bennet.',
      '“How can that affect them?” said Mr. Bennet.',
      '“You must know that I am thinking of his marrying one of them.”',
      '“Is that his design?”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    expect(quotes.map((q) => q.speakerId)).toEqual([
      'mr-bennet',
      'mrs-bennet',
      'mr-bennet',
      'mrs-bennet',
      'mr-bennet',
    ]);
    expect(quotes[3]?.kind).toBe('implicit');
    // Untagged lines are less certain than tagged ones, and fade with the distance from a tag.
    expect(quotes[3]?.confidence ?? 1).toBeLessThan(quotes[2]?.confidence ?? 0);
    expect(quotes[4]?.confidence ?? 1).toBeLessThan(quotes[3]?.confidence ?? 0);
  });

  it('give the next line to the character the last one called by name', () => {
    const text = [
      'Mrs. Bennet and Mr. Bennet sat by the fire with Jane.',
      '“Jane, will you walk to Meryton?” asked Mrs. Bennet.',
      '“Gladly.”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    expect(quotes[1]?.speakerId).toBe('jane');
    expect(quotes[0]?.addresseeIds).toEqual(['jane']);
  });

  it('give the next line to the one called by name even when the narration has not named them', () => {
    const text = [
      'Mr. Bennet, Mrs. Bennet and Jane walked on. The road was long. The hedges were high. The sun went down. The birds sang. The wind rose.',
      '“It is late,” said Mr. Bennet.',
      '“Not so late,” said Jane.',
      '“Far too late,” said Mrs. Bennet.',
      '“Come, Lizzy, what do you say?” said Mr. Bennet.',
      '“I say we go home.”',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text))[4]?.speakerId).toBe('elizabeth');
  });

  it('call a character by the word before their name ("aunt" for Aunt Polly), never by "dear", and after "you"', () => {
    const text = [
      'Aunt Polly found Tom in the closet. Dear Lizzy had seen it all.',
      '“What have you been doing there?”',
      '“I don’t know, aunt.”',
      '“Come here, my dear,” said Mrs. Bennet.',
      '“You Tom!” cried Aunt Polly.',
    ].join('\n\n');
    const characters = [
      character(text, 'polly', ['Aunt Polly'], { gender: 'female' }),
      character(text, 'tom', ['Tom'], { gender: 'male' }),
      ...BENNETS(text),
    ];
    const quotes = attribute(text, characters);
    expect(quotes[1]?.addresseeIds).toContain('polly');
    expect(quotes[1]?.speakerId).not.toBe('polly');
    expect(quotes[2]?.addresseeIds).not.toContain('elizabeth');
    expect(quotes[3]?.addresseeIds).toEqual(['tom']);
  });

  it('take the lead of narration after the tag that closed the last line, in its paragraph', () => {
    const text = [
      'Mrs. Shaw called from the drawing-room, where Edith lay on the sofa.',
      '“Edith! Edith!” cried Mrs. Shaw; and then she sank back, wearied. Margaret stepped forward.',
      '“Edith is asleep, Aunt Shaw. Is it anything I can do?”',
    ].join('\n\n');
    const characters = [
      character(text, 'shaw', ['Mrs. Shaw', 'Aunt Shaw'], { gender: 'female' }),
      character(text, 'edith', ['Edith'], { gender: 'female' }),
      character(text, 'margaret', ['Margaret'], { gender: 'female' }),
    ];
    expect(attribute(text, characters)[1]).toMatchObject({ speakerId: 'margaret', kind: 'implicit' });
  });

  it('give a line nothing else attributes the speaker of the line before last, in an exchange of two', () => {
    const text = [
      'The old lady pulled her spectacles down and looked about the room. There was a noise behind her, and she seized Tom by the slack of his jacket.',
      '“There! What you been doing in there?”',
      '“Nothing.”',
      '“Nothing! Look at your hands. What is that truck?”',
      '“I don’t know, aunt.”',
      '“Well, I know. It is jam. Hand me that switch.”',
      '“My! Look behind you, aunt!”',
      'Aunt Polly whirled round, and Tom fled over the fence.',
    ].join('\n\n');
    const characters = [
      character(text, 'polly', ['Aunt Polly'], { gender: 'female' }),
      character(text, 'tom', ['Tom'], { gender: 'male' }),
    ];
    const quotes = attribute(text, characters);
    expect(quotes.map((q) => q.speakerId)).toEqual(['polly', 'tom', 'polly', 'tom', 'polly', 'tom']);
    // The last line follows the turns before it, less surely than a line a tag attributes.
    expect(quotes[5]?.confidence ?? 1).toBeLessThan(0.5);
  });

  it('never answer across a chapter break: a new chapter opens a new conversation', () => {
    const text = [
      '2',
      'Tom Okafor has been awake for twenty-two hours. The patient in bed fourteen is not making sense.',
      '“He was fine at six,” Priya says. She has the chart. She has, Tom notices, already written everything down.',
      '“Then what changed?”',
      '“You tell me. You’re the doctor.”',
      'He almost laughs. He doesn’t.',
      '3',
      'The next evening the patient is moved to a side room. His daughter, Ellen, comes in at nine.',
      'Priya brings her tea. Ellen says thank you without looking up.',
      '“He was a teacher,” Ellen says. “Forty years. Chemistry.”',
      '“I’m sorry.”',
      '“Don’t be sorry. Be honest. Is he dying?”',
    ].join('\n\n');
    const cast = [
      character(text, 'tom', ['Tom Okafor', 'Tom']),
      character(text, 'priya', ['Priya']),
      character(text, 'ellen', ['Ellen']),
    ];
    const chapterStarts = [0, text.indexOf('3\n\nThe next evening')];
    const quotes = attributeSpeakers(text, findQuotations(text), cast, { chapterStarts });
    // Chapter 2's lines are not Ellen's, whom Chapter 3 names first.
    expect(quotes.slice(0, 3).map((q) => q.speakerId)).not.toContain('ellen');
  });

  it('never give a line by turn-taking to a character it speaks of', () => {
    const text = [
      'Jane and Elizabeth sat by the fire.',
      '“It is late,” said Jane.',
      '“Not so late,” said Elizabeth.',
      '“Mamma will scold us.”',
      '“Let her scold.”',
      '“Jane is always afraid of mamma.”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    expect(quotes.slice(0, 4).map((q) => q.speakerId)).toEqual(['jane', 'elizabeth', 'jane', 'elizabeth']);
    expect(quotes[4]?.speakerId).not.toBe('jane');
  });

  it("give an untagged account over paragraphs to the turn-taking speaker though it names its teller's kin and quotes someone calling the teller", () => {
    const text = [
      'Holmes and John Openshaw sat by the fire.',
      '"It began with my uncle," said John Openshaw.',
      '"Pray go on," said Holmes.',
      "\"My uncle Colonel Openshaw came home from Florida in the spring. 'Why, what does this mean, John?' he asked me when the letter came.",
      '"He burned the papers that night."',
    ].join('\n\n');
    const cast = [
      character(text, 'holmes', ['Holmes']),
      character(text, 'openshaw', ['John Openshaw', 'Colonel Openshaw', 'Openshaw', 'John']),
    ];
    const quotes = attribute(text, cast);
    expect(quotes.map((q) => q.speakerId)).toEqual(['openshaw', 'holmes', 'openshaw']);
  });

  it('still keep a one-paragraph line from the character it names', () => {
    const text = [
      'Holmes and John Openshaw sat by the fire.',
      '"It began with my uncle," said John Openshaw.',
      '"Pray go on," said Holmes.',
      '"Colonel Openshaw came home from Florida in the spring, John."',
    ].join('\n\n');
    const cast = [
      character(text, 'holmes', ['Holmes']),
      character(text, 'openshaw', ['John Openshaw', 'Colonel Openshaw', 'Openshaw', 'John']),
    ];
    const quotes = attribute(text, cast);
    expect(quotes[2]?.speakerId).not.toBe('openshaw');
  });

  it('give a line to the one whose voice the tag says it was ("replied another voice, which Margaret knew to be that of Mrs. Gibson")', () => {
    const text = [
      'Margaret lay on the sofa in the back drawing-room, half asleep, while Edith and her aunt talked.',
      '‘I have spared no expense in her trousseau,’ said Mrs. Shaw.',
      '‘She is a lucky girl,’ replied another voice, which Margaret knew to be that of Mrs. Gibson, a lady who had married a daughter lately.',
    ].join('\n\n');
    const cast = [
      character(text, 'margaret', ['Margaret']),
      character(text, 'edith', ['Edith']),
      character(text, 'shaw', ['Mrs. Shaw']),
      character(text, 'gibson', ['Mrs. Gibson']),
    ];
    const quotes = attribute(text, cast);
    expect(quotes.map((q) => q.speakerId)).toEqual(['shaw', 'gibson']);
  });

  it('take the last clause\'s subject of a lead of several clauses ("Meg ..., Amy ..., and Jo forgot how tired she was")', () => {
    const text = [
      '“Don’t peck at one another, children,” said Meg.',
      'The clock struck six. Meg stopped lecturing, and lighted the lamp, Amy got out of the easy chair without being asked, and Jo forgot how tired she was as she sat up to hold the slippers nearer to the blaze.',
      '“They are quite worn out. Marmee must have a new pair.”',
    ].join('\n\n');
    const cast = [
      character(text, 'meg', ['Meg']),
      character(text, 'jo', ['Jo']),
      character(text, 'amy', ['Amy']),
      character(text, 'beth', ['Beth']),
    ];
    const quotes = attribute(text, cast);
    expect(quotes.map((q) => q.speakerId)).toEqual(['meg', 'jo']);
  });

  it('never let one speaker take two paragraphs running by turn-taking: a third speaker of the scene', () => {
    // Pride and Prejudice, chapter 5: turn-taking gave Mrs. Bennet's line to Miss Lucas, whose tag
    // follows it with nothing between; it goes to the scene's latest speaker who is neither
    // neighbour's (Jane's tag is just before it).
    const text = [
      'The Lucases came to talk over the ball.',
      '“You began the evening well, Charlotte,” said Mrs. Bennet. “You were Mr. Bingley’s first choice.”',
      '“My overhearings were more to the purpose than yours, Eliza,” said Charlotte.',
      '“I beg you would not put it into Lizzy’s head to be vexed by his ill-treatment. Mrs. Long told me that he sat close to her for half an hour without once opening his lips.”',
      '“Are you quite sure, ma’am?” said Jane. “I certainly saw Mr. Darcy speaking to her.”',
      '“Aye, because she asked him at last how he liked Netherfield.”',
      '“Miss Bingley told me,” said Jane, “that he never speaks much.”',
      '“I do not believe a word of it, my dear. If he had been so very agreeable, he would have talked to Mrs. Long.”',
      '“I do not mind his not talking to Mrs. Long,” said Miss Lucas, “but I wish he had danced with Eliza.”',
    ].join('\n\n');
    const cast = [
      character(text, 'jane', ['Jane']),
      character(text, 'elizabeth', ['Elizabeth', 'Eliza', 'Lizzy']),
      character(text, 'mrs-bennet', ['Mrs. Bennet']),
      character(text, 'charlotte', ['Miss Lucas', 'Charlotte']),
      character(text, 'darcy', ['Mr. Darcy']),
    ];
    const quotes = attribute(text, cast);
    const line = quotes.find((q) => text.slice(q.start).startsWith('“I do not believe'));
    expect(line?.speakerId).toBe('mrs-bennet');
  });

  it('take the speaker of an action beat in the paragraph', () => {
    const text = 'Mr. Darcy entered the room.\n\nElizabeth smiled. “We meet again.”';
    const [q] = attribute(text, BENNETS(text));
    expect(q).toMatchObject({ speakerId: 'elizabeth', kind: 'implicit' });
  });

  it('take no beat from a name deep in the narration between two parts of a line', () => {
    const text = [
      '“It is late,” said Mr. Bennet.',
      '“Not so late,” said Jane.',
      '“There is always more tea.” She sat down and passed the cup to Elizabeth. “Drink it while it is hot.”',
    ].join('\n\n');
    const cast = [
      character(text, 'mr-bennet', ['Mr. Bennet'], { gender: 'male' }),
      character(text, 'jane', ['Jane'], { gender: 'female' }),
      character(text, 'elizabeth', ['Elizabeth'], { gender: 'female' }),
    ];
    expect(attribute(text, cast)[2]?.speakerId).toBe('jane');
  });

  it('take the lead-in sentence’s main subject, not that of a subordinate clause opening it', () => {
    const scene = (leadIn: string) =>
      [
        '“It is late,” said Mr. Bennet.',
        '“Not so late,” said Jane.',
        leadIn,
        '“Did you walk to Meryton this morning?”',
      ].join('\n\n');
    for (const leadIn of [
      'When Jane rose to fetch the tea Mr. Darcy leaned towards Elizabeth.',
      'While Jane poured the tea, Mr. Darcy leaned towards Elizabeth.',
    ]) {
      const text = scene(leadIn);
      expect(attribute(text, BENNETS(text))[2]).toMatchObject({ speakerId: 'darcy', kind: 'implicit' });
    }
    // "As for" opens no clause: its name is the sentence's subject.
    const asFor = scene('As for Elizabeth, she had been silent all evening.');
    expect(attribute(asFor, BENNETS(asFor))[2]?.speakerId).toBe('elizabeth');
  });

  it('take a beat after the speech only from narration that opens on the character', () => {
    const text = [
      '“Shall we walk to Meryton?” said Elizabeth.',
      '“Gladly,” said Jane.',
      '“Then let us go at once.” The sound of the door made them turn, and Mr. Bennet came in.',
      '“Not without me.” Mr. Bennet took his hat.',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    // Mr. Bennet, named late in the narration after the third line, is what happens next: turn-taking decides.
    expect(quotes[2]).toMatchObject({ speakerId: 'elizabeth', kind: 'implicit' });
    expect(quotes[3]).toMatchObject({ speakerId: 'mr-bennet', kind: 'implicit' });
  });

  it('do not take a beat from a character the line itself names', () => {
    const text = [
      '“It is late,” said Mr. Bennet.',
      '“Not so late,” said Jane.',
      '“Lizzy will miss me to-night, I should think!” Elizabeth was her favourite sister.',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    // Elizabeth opens the narration after the line, but the line speaks of her: turn-taking decides.
    expect(quotes[2]).toMatchObject({ speakerId: 'mr-bennet', kind: 'implicit' });
  });

  it('take the character a pronoun opens the narration after the line with, over turn-taking', () => {
    const text = [
      '“It is late,” said Mr. Bennet.',
      '“Not so late,” said Jane.',
      '“I shall go up all the same.” She took her candle and went to the door.',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    // Turn-taking alone would give the line back to Mr. Bennet.
    expect(quotes[2]).toMatchObject({ speakerId: 'jane', kind: 'implicit' });
  });

  it('take the character the narration just before the line opens on, over turn-taking', () => {
    const text = [
      '“It is late,” said Mr. Bennet.',
      '“Not so late,” said Jane.',
      'The fire burned low in the grate, and the clock on the wall struck ten while Mr. Bennet watched Jane. She shook her head. “We shall never agree.”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    // Turn-taking alone would give the line back to Mr. Bennet; "She shook her head." leads into it.
    expect(quotes[2]).toMatchObject({ speakerId: 'jane', kind: 'implicit' });
  });

  it('give the line after told speech to the one who answers it', () => {
    const text = [
      '“Eat your dinner, dear,” said Mrs. Bennet to Jane.',
      'Jane murmured that the people opposite were very odd.',
      '“Eat your dinner. To-morrow we will make a change.”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    // Jane opens the narration before the line, but her turn was told: the line answers it.
    expect(quotes[1]).toMatchObject({ speakerId: 'mrs-bennet', kind: 'implicit' });
  });

  it('give a line nothing points at to the conversation’s latest speaker it neither names nor answers', () => {
    const text = [
      '“Tom, you didn’t undo your collar, did you?” said Aunt Polly.',
      '“No’m,” said Tom.',
      'Tom opened his jacket. The collar was sewed. The clock ticked. The kettle sang. Sid looked up from his plate. Sid had finished his chips long ago. Sid was a quiet boy. Sid watched everything. Sid smiled. Sid put down his fork.',
      'But Sid said:',
      '“I thought you sewed his collar with white thread, but it’s black.”',
      '“Why, I did sew it with white! Tom!”',
    ].join('\n\n');
    const characters = [
      character(text, 'polly', ['Aunt Polly'], { gender: 'female' }),
      character(text, 'tom', ['Tom'], { gender: 'male' }),
      character(text, 'sid', ['Sid'], { gender: 'male' }),
    ];
    // Not Tom, whom it calls, nor Sid, who spoke last: Aunt Polly spoke before them, though the
    // narration has not named her for ten sentences.
    expect(attribute(text, characters)[3]?.speakerId).toBe('polly');
  });

  it('give a line nothing points at to the last speaker when nobody else is present', () => {
    const text = [
      '“Did you sew your collar, Lizzy?” said Mrs. Bennet.',
      'Elizabeth opened her jacket. Her collar was sewed.',
      '“Bother! Well, I forgive you, Lizzy.”',
    ].join('\n\n');
    const characters = [
      character(text, 'elizabeth', ['Elizabeth', 'Lizzy']),
      character(text, 'mrs-bennet', ['Mrs. Bennet']),
    ];
    // The line calls Elizabeth, so it is not hers; nobody but Mrs. Bennet is there to say it.
    expect(attribute(text, characters)[1]).toMatchObject({ speakerId: 'mrs-bennet', kind: 'implicit' });
  });

  it('give a line nothing points at in a first-person text to its narrator', () => {
    const text = 'I looked over the fields my father left me.\n\n“Well! An honest farmer is a useful man.”';
    const quotes = attribute(text, [character(text, 'gilbert', ['Gilbert'])], 'gilbert');
    expect(quotes[0]).toMatchObject({ speakerId: 'gilbert', kind: 'implicit' });
  });

  it('give a line before the narration names anyone to the first character it names after it', () => {
    const text =
      '“Tom! You Tom!”\n\nNo answer.\n\nNo Tom. The old lady looked about the room. Aunt Polly sighed.';
    const characters = [character(text, 'tom', ['Tom']), character(text, 'polly', ['Aunt Polly'])];
    // Tom is named first, but the line calls him.
    expect(attribute(text, characters)[0]).toMatchObject({ speakerId: 'polly', kind: 'implicit' });
  });

  it('leave a line whose description tag fits nobody open to turn-taking', () => {
    const text = [
      'Cotter sat by the fire with Blick, smoking.',
      '“Well, so your old friend is gone,” said Cotter.',
      '“Who?” said Blick.',
      '“Father Flynn.”',
      '“Is he dead?” said my uncle.',
      '“Died last night.”',
      '“God rest him.”',
    ].join('\n\n');
    // Neither name says a gender, so "my uncle" fits no one; the exchange still alternates.
    const characters = [character(text, 'cotter', ['Cotter']), character(text, 'blick', ['Blick'])];
    expect(attribute(text, characters).map((q) => q.speakerId)).toEqual([
      'cotter',
      'blick',
      'cotter',
      'blick',
      'cotter',
      'blick',
    ]);
  });

  it('give a line to the character the reply to it calls by name', () => {
    const text = [
      'Elizabeth sat with Jane and Mr. Bennet.',
      '“It is late,” said Jane.',
      '“Not so late,” said Mr. Bennet.',
      '“I shall go to bed all the same.”',
      '“Good night, Lizzy,” said Jane.',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    // Turn-taking alone would give the third line to Jane, who answers it.
    expect(quotes[2]).toMatchObject({ speakerId: 'elizabeth', kind: 'implicit' });
  });

  it('follow the tags’ alternation over a beat that names the listener', () => {
    const text = [
      '“Hulloa, Emma!” said Philip.',
      '“Your mamma is quite well,” said Emma.',
      '“Oh, I am glad.”',
      '“Your mamma’s gone away.” Philip did not know what she meant.',
      '“Why not?”',
      '“Your mamma’s in heaven,” said Emma.',
    ].join('\n\n');
    const characters = [
      character(text, 'philip', ['Philip'], { gender: 'male' }),
      character(text, 'emma', ['Emma'], { gender: 'female' }),
    ];
    expect(attribute(text, characters).map((q) => q.speakerId)).toEqual([
      'philip',
      'emma',
      'philip',
      'emma',
      'philip',
      'emma',
    ]);
  });

  it('let a speaker go on after narration when the tags around cannot alternate', () => {
    // Elizabeth's tags are three turns apart: strict alternation cannot join them, so she went on
    // where narration closed her paragraph.
    const text = [
      '“Shall we walk to Meryton?” said Elizabeth, taking up her bonnet.',
      '“The lane will be muddy, but I do not mind it.”',
      '“Nor do I.”',
      '“Then come along,” said Elizabeth.',
      '“I am coming,” said Jane.',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text)).map((q) => q.speakerId)).toEqual([
      'elizabeth',
      'elizabeth',
      'jane',
      'elizabeth',
      'jane',
    ]);
  });

  it('let a speaker go on after a paragraph of narration when the tags around cannot alternate', () => {
    // Elizabeth's tags are three turns apart; a paragraph of narration stands before the second.
    const text = [
      '“Shall we walk to Meryton?” said Elizabeth.',
      '“The lane will be muddy.”',
      '“I do not mind the mud.”',
      'The rain had stopped an hour before, and the sun was out over the fields.',
      '“Then let us go at once,” said Elizabeth.',
      '“I am coming,” said Jane.',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text)).map((q) => q.speakerId)).toEqual([
      'elizabeth',
      'jane',
      'elizabeth',
      'elizabeth',
      'jane',
    ]);
  });

  it('take no lead from a possessive opening the sentence before the line ("Her daughter only ...")', () => {
    const text = [
      'Elizabeth sat beside her mother at supper, and Mr. Darcy sat opposite.',
      '“What is Mr. Darcy to me, pray?” said Mrs. Bennet.',
      'Her daughter only looked down at her plate.',
      '“For heaven’s sake, madam, speak lower.”',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text))[1]?.speakerId).toBe('elizabeth');
  });

  it('give a line calling the one the narration just showed to the last speaker', () => {
    const text = [
      '“So I did, Beth. Well, I think we are,” said Meg.',
      '“Jo does use such slang words!” observed Amy.',
      'Jo immediately sat up, put her hands in her pockets, and began to whistle.',
      '“Don’t, Jo. It’s so boyish!”',
    ].join('\n\n');
    const characters = ['Meg', 'Jo', 'Amy', 'Beth'].map((name) =>
      character(text, name.toLowerCase(), [name], { gender: 'female' }),
    );
    // The speaker before last (Meg) is what turn-taking alone would expect.
    expect(attribute(text, characters)[2]?.speakerId).toBe('amy');
  });

  it('take a beat after the line naming the last tagged speaker for them listening', () => {
    const text = [
      '“It is a fine morning,” said Jane.',
      '“Shall we walk to Meryton?” said Elizabeth.',
      '“I move into Netherfield next June,” said Mr. Darcy.',
      '“Oh, how glad I am!” Mr. Darcy bowed.',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text))[3]?.speakerId).toBe('elizabeth');
  });

  it('give a line calling the speaker tagged before it in its paragraph to the turn-taking', () => {
    const text = [
      '“It has indeed, and by a single lady!” said Jane.',
      'Elizabeth looked up from her work, and Elizabeth smiled at her father.',
      '“Oh, dear! I hoped she was a witch,” observed Mr. Bennet, carving the bread. “Nonsense, Mr. Bennet! But is it not strange?”',
    ].join('\n\n');
    const quotes = attribute(text, BENNETS(text));
    expect(quotes[2]?.speakerId).toBe('jane');
  });

  it('do not give a line to the one the reply calls when they spoke the line just before', () => {
    const text = [
      '“I sewed your collar with white thread,” said Mrs. Bennet.',
      'But Jane said:',
      '“It is black now.”',
      '“Why, I did sew it with white!”',
      '“Jane, you are a tell-tale,” said Elizabeth.',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text))[2]?.speakerId).toBe('mrs-bennet');
  });

  it('give a line to the one whose voice the narration before it hears', () => {
    const text = [
      '“I have got to go home,” said Elizabeth.',
      'She went out of the room and waited on the landing. Elizabeth heard Mrs. Bennet’s voice.',
      '“Her mother was my greatest friend.”',
    ].join('\n\n');
    expect(attribute(text, BENNETS(text))[1]?.speakerId).toBe('mrs-bennet');
  });

  it('do not take the lead from narration that follows the previous speech in its paragraph', () => {
    const text = [
      '“Go in and tell them I am coming,” said Mr. Bennet. He heard her knock.',
      '“Mr. Bennet is coming, ma’am.”',
    ].join('\n\n');
    const quotes = attribute(text, [
      ...BENNETS(text),
      character(text, 'hill', ['Hill'], { gender: 'female' }),
    ]);
    expect(quotes[1]?.speakerId).not.toBe('mr-bennet');
  });
});

describe('relatives in tags', () => {
  it('do not take "her" in "said her mother" for a man the line calls', () => {
    const text = [
      'Mrs. Bennet was at home that morning.',
      'The rain fell. The wind rose. The fire smoked. The clock struck. The dog slept. The cat woke. The kettle sang. The door shut. The lamp flickered.',
      'Lydia came in from the garden, and Lydia sat down.',
      '“When you have shot all your own birds, Mr. Bingley,” said her mother, “come and shoot ours.”',
    ].join('\n\n');
    const characters = [
      character(text, 'lydia', ['Lydia'], { gender: 'female' }),
      character(text, 'mrs-bennet', ['Mrs. Bennet'], { gender: 'female' }),
      character(text, 'mr-bingley', ['Mr. Bingley'], { gender: 'male' }),
    ];
    expect(attribute(text, characters)[0]?.speakerId).toBe('mrs-bennet');
  });
});

describe('addressees and narrators', () => {
  it('records the characters called by name and "said X to Y"', () => {
    const text =
      '“Lizzy, my dear, come here,” said Mr. Bennet.\n\n“I am coming, papa,” said Elizabeth to Mr. Bennet.';
    const quotes = attribute(text, BENNETS(text));
    expect(quotes[0]).toMatchObject({ speakerId: 'mr-bennet', addresseeIds: ['elizabeth'] });
    expect(quotes[1]).toMatchObject({ speakerId: 'elizabeth', addresseeIds: ['mr-bennet'] });
  });

  it('gives "said I" to the narrator, and to nobody when there is none', () => {
    const text = 'I sat down by the fire.\n\n“Wedlock suits you, Watson,” said Holmes.\n\n“Seven!” said I.';
    const characters = [character(text, 'holmes', ['Holmes']), character(text, 'watson', ['Watson'])];
    expect(attribute(text, characters, 'watson')[1]).toMatchObject({ speakerId: 'watson', kind: 'explicit' });
    expect(attribute(text, characters.slice(0, 1))[1]?.speakerId).toBeNull();
  });

  it('infers the narrator called by name as often as the narration names them', () => {
    const text = [
      'I had walked over from the Grange that morning, and found Heathcliff in the yard. Lockwood, my landlord would have called me, had he cared to; he did not look up.',
      '“Good morning, Mr. Lockwood,” said Heathcliff.',
      '“Good morning,” said I.',
    ].join('\n\n');
    const characters = [
      character(text, 'lockwood', ['Mr. Lockwood', 'Lockwood']),
      character(text, 'heathcliff', ['Heathcliff']),
    ];
    expect(attribute(text, characters)[1]).toMatchObject({ speakerId: 'lockwood', kind: 'explicit' });
  });

  it('never infers as the narrator one called by name who answers in the third person', () => {
    const text = [
      'I came downstairs to supper and my aunt gave me my plate. I ate and said nothing.',
      '“Let a young lad run about and play. Am I right, Jack?” said old Cotter.',
      '“That’s my principle, too,” said my uncle.',
      '“Who?” said I.',
    ].join('\n\n');
    const characters = [character(text, 'cotter', ['Cotter']), character(text, 'jack', ['Jack'])];
    // Jack, the one called, answers as "my uncle": not the narrator, so "said I" is nobody listed.
    expect(attribute(text, characters)[2]?.speakerId).toBeNull();
  });
});

describe('analyseDialogue', () => {
  it('attributes quotations to the extraction’s characters and counts dialogue per chapter', () => {
    const text = [
      'Chapter 1',
      'Elizabeth walked to Netherfield with Jane. The morning was fine and the lanes were dry.',
      '“What a lovely morning,” said Elizabeth.',
      'Chapter 2',
      'Mr. Darcy stood at the window for an hour and said nothing at all to anybody in the room.',
    ].join('\n\n');
    const chapters: SourceText['chapters'] = [];
    for (const heading of ['Chapter 1', 'Chapter 2'])
      chapters.push({ title: heading, start: text.indexOf(heading), end: 0 });
    (chapters[0] as { end: number }).end = (chapters[1] as { start: number }).start;
    (chapters[1] as { end: number }).end = text.length;
    const source: SourceText = { fileId: 'f', text, chapters };
    const extraction = extract([source]);
    const { quotes, chapters: share } = analyseDialogue(source, extraction);
    expect(quotes).toHaveLength(1);
    const speaker = extraction.entities.find((e) => e.key === quotes[0]?.speakerKey);
    expect(speaker?.name).toBe('Elizabeth');
    expect(quotes[0]).toMatchObject({ chapter: 1, kind: 'explicit', words: 4 });
    expect(share.map((c) => [c.chapter, c.quotations, c.dialogueWords])).toEqual([
      [1, 1, 4],
      [2, 0, 0],
    ]);
    expect(share[0]?.share).toBeCloseTo(4 / (share[0]?.words ?? 1), 3);
  });
});

describe('a name in a quotation the line quotes', () => {
  const scene = (line: string) =>
    [
      'Mr. Grant sat by the fire. Mary Ward sat across from him and went on with her story.',
      '“Pray go on,” said Mr. Grant.',
      line,
    ].join('\n\n');
  const cast = (text: string) => [
    character(text, 'grant', ['Mr. Grant']),
    character(text, 'mary', ['Mary Ward', 'Mary']),
  ];

  it('does not rule out the teller another voice calls in it', () => {
    const text = scene(
      '“I could not sleep. Then my sister cried out, ‘Oh, Mary! The band!’ and I ran to her.”',
    );
    expect(attribute(text, cast(text)).at(-1)?.speakerId).toBe('mary');
  });

  it('still rules out a character the line itself names', () => {
    const text = scene('“I could not sleep. Then Mary ran to the door, and I followed her.”');
    expect(attribute(text, cast(text)).at(-1)?.speakerId).not.toBe('mary');
  });
});
