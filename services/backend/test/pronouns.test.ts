import { describe, expect, it } from 'vitest';
import { namedCallings } from '../src/pronouns/callings.js';
import {
  type CharacterInput,
  inferGender,
  inferGenders,
  resolvePronouns,
  Salience,
  sentenceStarts,
} from '../src/pronouns/index.js';

/** A character whose mentions are every occurrence of its names in the text. */
function character(
  text: string,
  id: string,
  names: string[],
  extra: Partial<CharacterInput> = {},
): CharacterInput {
  const mentions: Array<{ start: number; end: number }> = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + name.length);
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
      if (!mentions.some((m) => at >= m.start && at < m.end))
        mentions.push({ start: at, end: at + name.length });
    }
  }
  return { id, name: names[0] as string, aliases: names.slice(1), mentions, ...extra };
}

/** pronoun as written -> character id, in text order. */
function resolved(text: string, characters: CharacterInput[]): Array<[string, string | null]> {
  return resolvePronouns(text, characters).map((p) => [p.text, p.characterId]);
}

describe('gender', () => {
  it('comes from titles, then given names, then the pronouns of the narration', () => {
    const text =
      'Mr. Darcy bowed. Miss Bingley smiled. Elizabeth laughed. Ogden walked in; he was tall, and he sat. Ogden spoke and he left. Ogden came back and he stayed.';
    const characters = [
      character(text, 'darcy', ['Mr. Darcy']),
      character(text, 'bingley', ['Miss Bingley']),
      character(text, 'elizabeth', ['Elizabeth']),
      character(text, 'ogden', ['Ogden']),
    ];
    const genders = inferGenders(text, characters);
    expect(Object.fromEntries(genders)).toEqual({
      darcy: 'male',
      bingley: 'female',
      elizabeth: 'female',
      ogden: 'male',
    });
  });

  it('reads the gender of a description by calling ("said the parson")', () => {
    const text = 'Parson Tringham rode by. “Good night,” said the parson.';
    expect(inferGenders(text, [character(text, 'tringham', ['Tringham'])]).get('tringham')).toBe('male');
  });

  it('reads the speech tag of the line after a sentence a name opens, and a rank where the pronouns lean its way', () => {
    // Two pronouns to one: not clear enough alone, enough for a captain.
    const text =
      'Captain Hale brought letters from her aunt. Captain Hale came with the boat. “You cannot stay, child,” he said. Nell told Captain Hale that his boat was late.';
    expect(inferGenders(text, [character(text, 'hale', ['Captain Hale'])]).get('hale')).toBe('male');
    // In the present tense too, past an object pronoun of the sentence, who is someone else.
    const present = 'Constable Reyes walks along the wall towards him. “Your father’s name?” she asks.';
    expect(inferGenders(present, [character(present, 'reyes', ['Constable Reyes'])]).get('reyes')).toBe(
      'female',
    );
    // A name that does not open the sentence: the line after may be anyone's.
    const object = 'Nell wrote to Captain Hale. “You cannot stay,” he said.';
    expect(inferGenders(object, [character(object, 'hale', ['Hale'])]).get('hale')).toBe('unknown');
    // A rank weighs nothing against pronouns that lean the other way.
    const her = 'Captain Ward brought her sword. Captain Ward lifted her lamp. Captain Ward smiled.';
    expect(inferGenders(her, [character(her, 'ward', ['Captain Ward'])]).get('ward')).toBe('female');
  });

  it("reads a title only right before the name, or after an abbreviation's full stop", () => {
    const text = 'I wrote to my father. Elizabeth laughed. Father Brown smiled. Mr. Darcy bowed.';
    const genders = inferGenders(text, [
      character(text, 'elizabeth', ['Elizabeth']),
      character(text, 'brown', ['Brown']),
      character(text, 'darcy', ['Darcy']),
    ]);
    expect(Object.fromEntries(genders)).toEqual({ elizabeth: 'female', brown: 'male', darcy: 'male' });
  });

  it('keeps a given gender and reads nothing from speech', () => {
    const text = '“Hulloa, Emma!” he said. Emma laughed.';
    expect(inferGender(text, character(text, 'emma', ['Emma']))).toBe('female');
    const blank = 'Quill nodded. “He is late,” said someone.';
    expect(inferGender(blank, character(blank, 'quill', ['Quill']))).toBe('unknown');
    expect(inferGender(blank, character(blank, 'quill', ['Quill'], { gender: 'female' }))).toBe('female');
  });
});

describe('resolvePronouns', () => {
  it('resolves she and he to the nearest character of that gender', () => {
    const text = 'Elizabeth met Mr. Darcy at the ball. She danced, and he watched her.';
    const characters = [character(text, 'elizabeth', ['Elizabeth']), character(text, 'darcy', ['Mr. Darcy'])];
    expect(resolved(text, characters)).toEqual([
      ['She', 'elizabeth'],
      ['he', 'darcy'],
      ['her', 'elizabeth'],
    ]);
  });

  it('prefers the subject and follows a chain of pronouns across sentences', () => {
    const text =
      'Jane wrote to Elizabeth in the morning. She told her everything. She was happy. Then Mr. Bingley came, and he stayed.';
    const characters = [
      character(text, 'jane', ['Jane']),
      character(text, 'elizabeth', ['Elizabeth']),
      character(text, 'bingley', ['Mr. Bingley']),
    ];
    const out = resolved(text, characters);
    expect(out[0]).toEqual(['She', 'jane']);
    // The object of the clause is not its subject: "her" is Elizabeth.
    expect(out[1]).toEqual(['her', 'elizabeth']);
    expect(out[2]).toEqual(['She', 'jane']);
    expect(out[3]).toEqual(['he', 'bingley']);
  });

  it('does not give a subject pronoun to a name later in its own clause', () => {
    // "She ... begged Justine": the pronoun is not Justine, the most salient woman, but her mother;
    // nor is the last "her", whose infinitive's subject is Justine ("Justine to forgive her").
    const text =
      'Mrs. Moritz was very vacillating. Justine came home to her. She sometimes begged Justine to forgive her.';
    const characters = [character(text, 'moritz', ['Mrs. Moritz']), character(text, 'justine', ['Justine'])];
    expect(resolved(text, characters)).toEqual([
      ['her', 'moritz'],
      ['She', 'moritz'],
      ['her', 'moritz'],
    ]);
  });

  it('lets a subject pronoun be the name a copula gives it', () => {
    const text = 'Jane came in from the garden. She was Jane again, and laughed.';
    expect(resolved(text, [character(text, 'jane', ['Jane'])])).toEqual([['She', 'jane']]);
  });

  it('does not take a possessive name for the subject of its sentence', () => {
    const text = "Mary sang. Mary's letter lay on the table, and Elizabeth read it slowly. She smiled.";
    const characters = [character(text, 'mary', ['Mary']), character(text, 'elizabeth', ['Elizabeth'])];
    expect(resolved(text, characters)).toEqual([['She', 'elizabeth']]);
  });

  it('weighs a possessive name that opens its sentence above an older subject ("Frank’s letter was the last")', () => {
    const text =
      'George read the post at breakfast. Frank’s letter was the last. He wrote that the farm was sold.';
    const characters = [character(text, 'george', ['George']), character(text, 'frank', ['Frank'])];
    expect(resolved(text, characters)).toEqual([['He', 'frank']]);
  });

  it('binds an object pronoun only by the subject of its own clause', () => {
    const polly = (text: string) => [
      character(text, 'tom', ['Tom']),
      character(text, 'polly', ['Aunt Polly']),
    ];
    // A subordinate clause after the subject has a subject of its own: "him" may be Tom.
    const subordinate = 'Tom came in late. Tom stood still while Aunt Polly looked him over.';
    expect(resolved(subordinate, polly(subordinate)).at(-1)).toEqual(['him', 'tom']);
    // A subject pronoun of another person opens a clause of its own.
    const newSubject = 'Tom came in late. He searched Aunt Polly’s face, but it told him nothing.';
    expect(resolved(newSubject, polly(newSubject)).at(-1)).toEqual(['him', 'tom']);
    // "and" alone joins verbs of the same subject: "her" is still not Jane.
    const joined = 'Elizabeth came in with Jane. Jane rose and kissed her.';
    const sisters = [character(joined, 'elizabeth', ['Elizabeth']), character(joined, 'jane', ['Jane'])];
    expect(resolved(joined, sisters)).toEqual([['her', 'elizabeth']]);
  });

  it('binds an object pronoun in a relative clause by the name "who" follows, not the sentence\'s subject', () => {
    const text = 'Kate passed the bread to Mrs. Dunn, who thanked her and took two slices.';
    const characters = [character(text, 'kate', ['Kate']), character(text, 'dunn', ['Mrs. Dunn'])];
    expect(resolved(text, characters)).toEqual([['her', 'kate']]);
  });

  it("binds an object pronoun by a name its verb follows straight, not the sentence's first name", () => {
    const gallows = (text: string) => [
      character(text, 'pyncheon', ['Colonel Pyncheon']),
      character(text, 'maule', ['Maule']),
    ];
    const scene = 'While Colonel Pyncheon sat on horseback, watching the scene Maule had addressed him from.';
    expect(resolved(scene, gallows(scene))).toEqual([['him', 'pyncheon']]);
    // An aside between the name and its verb.
    const aside =
      'When Miss Pinkerton had finished the letter, Jemima, with a timid air, handed her the pen.';
    const sisters = [
      character(aside, 'pinkerton', ['Miss Pinkerton']),
      character(aside, 'jemima', ['Jemima']),
    ];
    expect(resolved(aside, sisters)).toEqual([['her', 'pinkerton']]);
  });

  it('does not bind an object pronoun by a name a conjunction or a preposition follows', () => {
    // "Jane" is the object of "saw"; "and" joins another verb of Tom's.
    const joined = 'Tom saw Jane and kissed her.';
    const pair = [character(joined, 'tom', ['Tom']), character(joined, 'jane', ['Jane'])];
    expect(resolved(joined, pair)).toEqual([['her', 'jane']]);
    // A name a preposition governs is no subject.
    const governed = 'The son of Maule had addressed him.';
    expect(resolved(governed, [character(governed, 'maule', ['Maule'])])).toEqual([['him', 'maule']]);
  });

  it('gives a reflexive pronoun to the name it stresses, or to the subject of its clause', () => {
    const stressed = 'Miss Pinkerton wrote to the friend of Mrs. Chapone herself.';
    const ladies = [
      character(stressed, 'pinkerton', ['Miss Pinkerton']),
      character(stressed, 'chapone', ['Mrs. Chapone']),
    ];
    expect(resolved(stressed, ladies)).toEqual([['herself', 'chapone']]);
    const clause = 'Jane sat with Mary. Mary was kind, and Jane busied herself with the tea.';
    const sisters = [character(clause, 'jane', ['Jane']), character(clause, 'mary', ['Mary'])];
    expect(resolved(clause, sisters)).toEqual([['herself', 'jane']]);
  });

  it("leaves a reflexive to the salience when its clause's subject is of the other gender", () => {
    const text = 'Jane came in. Tom asked her to seat herself.';
    const pair = [character(text, 'jane', ['Jane']), character(text, 'tom', ['Tom'])];
    expect(resolved(text, pair)).toEqual([
      ['her', 'jane'],
      ['herself', 'jane'],
    ]);
  });

  it("leaves a reflexive to the salience when a name stands between it and the sentence's subject", () => {
    const text =
      'Dr. Kemp said little; but the ladies talked, and Mr. Collins was not inclined to be silent himself.';
    const characters = [character(text, 'kemp', ['Dr. Kemp']), character(text, 'collins', ['Mr. Collins'])];
    expect(resolved(text, characters)).toEqual([['himself', 'collins']]);
  });

  it("takes the main clause's name for the subject after a subordinate clause the sentence opens on", () => {
    const text =
      'Anna was busy in the nursery. While Anna went to fetch the shawls, Margaret looked round the room. She had loved it as a child.';
    const characters = [character(text, 'anna', ['Anna']), character(text, 'margaret', ['Margaret'])];
    expect(resolved(text, characters)).toEqual([['She', 'margaret']]);
  });

  it("keeps the subordinate clause's name the subject when the main clause opens on a pronoun", () => {
    const text = 'Anna sat by the fire. When Margaret came downstairs later, she looked hard at the door.';
    const characters = [character(text, 'anna', ['Anna']), character(text, 'margaret', ['Margaret'])];
    expect(resolved(text, characters)).toEqual([['she', 'margaret']]);
  });

  it('lets a preposition of place bind an object pronoun to its own subject ("before him")', () => {
    const text = 'Oak walked up the hill. Oak saw a waggon coming down the road before him.';
    expect(resolved(text, [character(text, 'oak', ['Oak'])])).toEqual([['him', 'oak']]);
  });

  it('leaves a pronoun unresolved when no compatible character is near', () => {
    const text = 'Elizabeth walked alone. He had gone.';
    const out = resolvePronouns(text, [character(text, 'elizabeth', ['Elizabeth'])]);
    expect(out).toHaveLength(1);
    expect(out[0]?.characterId).toBeNull();
    expect(out[0]?.confidence).toBe(0);
  });

  it('resolves a pronoun met before anyone of its gender is named to the first one named after it', () => {
    const text =
      'Tom hid. She looked perplexed for a moment. She went to the door. Then Aunt Polly laughed, and Tom ran.';
    const characters = [
      character(text, 'tom', ['Tom'], { gender: 'male' }),
      character(text, 'polly', ['Aunt Polly'], { gender: 'female' }),
    ];
    const out = resolvePronouns(text, characters);
    expect(out.map((p) => [p.text, p.characterId])).toEqual([
      ['She', 'polly'],
      ['She', 'polly'],
    ]);
    expect(out[0]).toMatchObject({ refersAhead: true });
    expect(out[0]?.confidence).toBeLessThan(0.6);
  });

  it('does not look ahead to a name a preposition governs ("the plays of Brieux")', () => {
    const text =
      'She saw no mills now. She was thinking of the plays of Brieux. It is Carol Milford, on a hill.';
    const characters = [
      character(text, 'brieux', ['Brieux'], { gender: 'female' }),
      character(text, 'carol', ['Carol Milford'], { gender: 'female' }),
    ];
    expect(resolved(text, characters)).toEqual([
      ['She', 'carol'],
      ['She', 'carol'],
    ]);
  });

  it('never looks ahead for a pronoun once someone of its gender has been named', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `The rain fell for the ${i + 1}th hour.`).join(' ');
    const text = `Jane left the house. ${filler} She came back. Mary was waiting.`;
    const characters = [
      character(text, 'jane', ['Jane'], { gender: 'female' }),
      character(text, 'mary', ['Mary'], { gender: 'female' }),
    ];
    // Jane, from beyond the window (see the test after this one), never Mary.
    expect(resolved(text, characters)).toEqual([['She', 'jane']]);
  });

  it('gives a narration pronoun with no one of its gender in the window to the last one the narration named', () => {
    const filler = Array.from({ length: 6 }, (_, i) => `The rain fell for the ${i + 1}th hour.`).join(' ');
    const speech = Array.from({ length: 7 }, (_, i) => `I have said it ${i + 1} times.`).join(' ');
    const text = `Carol sat by the window. ${filler} Stewart came in. “Mrs. Bogart thinks so. ${speech}” She fled. Stewart's hat fell. He ran.`;
    const characters = [
      character(text, 'carol', ['Carol'], { gender: 'female' }),
      character(text, 'stewart', ['Stewart'], { gender: 'male' }),
      character(text, 'bogart', ['Mrs. Bogart'], { gender: 'female' }),
    ];
    const out = resolvePronouns(text, characters);
    // Not Mrs. Bogart, more recent but named only in the speech.
    expect(out.map((p) => [p.text, p.characterId])).toEqual([
      ['She', 'carol'],
      ['He', 'stewart'],
    ]);
    expect(out[0]).toMatchObject({ beyondWindow: true });
    expect(out[0]?.confidence).toBeLessThan(0.45);
    expect(out[1]).toMatchObject({ beyondWindow: false });
  });

  it('looks beyond the window only when the window calls no one of the pronoun’s gender by a noun', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `The rain fell for the ${i + 1}th hour.`).join(' ');
    const text = `Holmes sat down. ${filler} At last the boy in buttons entered, and his small figure stood by the door.`;
    expect(resolved(text, [character(text, 'holmes', ['Holmes'], { gender: 'male' })])).toEqual([
      ['his', null],
    ]);
  });

  it('does not let an answer from beyond the window outweigh the scene after it', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `The rain fell for the ${i + 1}th hour.`).join(' ');
    const text = `Tom left. ${filler} He sighed. Jim's dog barked. He ran.`;
    const characters = [
      character(text, 'tom', ['Tom'], { gender: 'male' }),
      character(text, 'jim', ['Jim'], { gender: 'male' }),
    ];
    expect(resolved(text, characters)).toEqual([
      ['He', 'tom'],
      ['He', 'jim'],
    ]);
  });

  it('takes a description by a character’s calling for a mention of them', () => {
    const text =
      'Parson Tringham rode by. Durbeyfield called to him. The clergyman explained that he knew the family.';
    const characters = [
      character(text, 'tringham', ['Tringham']),
      character(text, 'durbeyfield', ['Durbeyfield'], { gender: 'male' }),
    ];
    // "he" is the clergyman, the subject of its sentence, not the one named last.
    expect(resolved(text, characters).at(-1)).toEqual(['he', 'tringham']);
  });

  it('leaves a pronoun to an unnamed person who opens the sentence ("The landlord ... his cousin")', () => {
    const text =
      'Queequeg and I went ashore. The landlord of the inn had recommended us to his cousin. He was a fat man. Queequeg laughed, and he ate.';
    const characters = [character(text, 'queequeg', ['Queequeg'], { gender: 'male' })];
    expect(resolved(text, characters)).toEqual([
      ['his', null],
      ['He', null],
      ['he', 'queequeg'],
    ]);
    // A described character ("The clergyman" for Parson Tringham) stays a mention of that character.
    const parson = 'Parson Tringham rode by. The clergyman said that his horse was lame.';
    expect(resolved(parson, [character(parson, 'tringham', ['Tringham'])])).toEqual([['his', 'tringham']]);
  });

  it('leaves a pronoun to the unnamed person a named character\'s noun opens the sentence with ("Mr. Dale\'s wife")', () => {
    const text =
      'Laura walked up from the village. Mr. Dale’s wife met Laura at the door. She said that the master was out.';
    const characters = [character(text, 'laura', ['Laura']), character(text, 'dale', ['Mr. Dale'])];
    expect(resolved(text, characters)).toEqual([['She', null]]);
    // Named at once, the person is that name: "Anna's brother Paul".
    const named = 'Anna’s brother Paul came home from sea. He brought her a parrot.';
    const family = [character(named, 'anna', ['Anna']), character(named, 'paul', ['Paul'])];
    expect(resolved(named, family)).toEqual([
      ['He', 'paul'],
      ['her', 'anna'],
    ]);
  });

  it('counts a chapter break as sentences between the last chapter and the next', () => {
    const text =
      'Thomas walked in the lane. He was a quiet man. Chapter 2. In March John fell from the ladder. He died three days later.';
    const characters = [
      character(text, 'thomas', ['Thomas'], { gender: 'male' }),
      character(text, 'john', ['John'], { gender: 'male' }),
    ];
    const he = (options: { chapterStarts?: number[] }) =>
      resolvePronouns(text, characters, options).find((p) => p.start > text.indexOf('three') - 10);
    const plain = he({});
    const chaptered = he({ chapterStarts: [0, text.indexOf('Chapter 2')] });
    expect([plain?.characterId, chaptered?.characterId]).toEqual(['john', 'john']);
    expect(chaptered?.confidence).toBeGreaterThan(plain?.confidence ?? 1);
  });

  it('reads a calling written before a name or after it with an adjective ("the poet Syme", "Gregory, the red-haired poet,")', () => {
    const text = 'Lucian Gregory, the red-haired poet, sat down. "Nonsense," replied the poet Syme.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const callings = namedCallings(text, [
      { id: 'gregory', ...at('Lucian Gregory') },
      { id: 'syme', ...at('Syme') },
    ]);
    expect([...(callings.get('poet') ?? [])].sort()).toEqual(['gregory', 'syme']);
  });

  it('resolves "they" only to a group', () => {
    const text = 'The Bennets came to dinner, and Elizabeth too. They were late.';
    const alone = resolvePronouns(text, [character(text, 'elizabeth', ['Elizabeth'])]);
    expect(alone[0]?.characterId).toBeNull();
    const withGroup = resolvePronouns(text, [
      character(text, 'elizabeth', ['Elizabeth']),
      character(text, 'bennets', ['The Bennets'], { plural: true }),
    ]);
    expect(withGroup[0]).toMatchObject({ text: 'They', plural: true, characterId: 'bennets' });
  });

  it('marks pronouns in speech and resolves them from the speech itself, at a lower confidence', () => {
    const text = 'Elizabeth looked up. “Mr. Darcy is here, and he is angry,” said Jane.';
    const characters = [
      character(text, 'elizabeth', ['Elizabeth']),
      character(text, 'darcy', ['Mr. Darcy']),
      character(text, 'jane', ['Jane']),
    ];
    const [he] = resolvePronouns(text, characters);
    expect(he).toMatchObject({ text: 'he', inQuotation: true, characterId: 'darcy' });
    expect(he?.confidence).toBeLessThan(0.6);
  });

  it('weighs a name said in speech far below one of the narration', () => {
    const text =
      'Elizabeth walked to the window. The rain fell. The wind blew hard. The clock struck ten. “Is Mary coming?” called a voice. She turned round.';
    const characters = [
      character(text, 'elizabeth', ['Elizabeth'], { gender: 'female' }),
      character(text, 'mary', ['Mary'], { gender: 'female' }),
    ];
    expect(resolved(text, characters)).toEqual([['She', 'elizabeth']]);
  });

  it('takes the attributed speaker of a quotation for an antecedent of the narration after it', () => {
    const text =
      '“It is not Mr. Bingley,” said her husband. This roused a general astonishment; and he had the pleasure of being questioned.';
    const characters = [
      character(text, 'bennet', ['Mr. Bennet'], { gender: 'male' }),
      character(text, 'bingley', ['Mr. Bingley'], { gender: 'male' }),
    ];
    const he = (speakers: Array<{ start: number; id: string }>) =>
      resolvePronouns(text, characters, { speakers }).find((p) => p.text === 'he')?.characterId;
    // Without the attribution, the only man is the one the speech names.
    expect(he([])).toBe('bingley');
    expect(he([{ start: 0, id: 'bennet' }])).toBe('bennet');
  });

  it('reports only the pronouns inside the range, reading the text before it for antecedents', () => {
    const text = 'Elizabeth sat down.\n\nChapter 2\n\nShe wrote a letter.';
    const chapter = { start: text.indexOf('Chapter 2'), end: text.length };
    const out = resolvePronouns(text, [character(text, 'elizabeth', ['Elizabeth'])], { range: chapter });
    expect(out.map((p) => [p.text, p.characterId, text.slice(p.start, p.end)])).toEqual([
      ['She', 'elizabeth', 'She'],
    ]);
  });
});

describe('sentences and salience', () => {
  it('does not end a sentence at Mr. or an initial', () => {
    const text = 'Mr. Darcy met J. Smith. They spoke.';
    expect(sentenceStarts(text)).toEqual([0, text.indexOf('They')]);
  });

  it('ranks the most recent compatible reference first and fades older ones', () => {
    const genders = new Map([
      ['a', 'female' as const],
      ['b', 'female' as const],
      ['c', 'male' as const],
    ]);
    const salience = new Salience(genders, new Set());
    salience.note('a', 0, 2);
    salience.note('b', 3, 1);
    salience.note('c', 4, 2);
    expect(salience.ranked({ gender: 'female', plural: false, sentence: 4 }).map((r) => r.id)).toEqual([
      'b',
      'a',
    ]);
    expect(salience.best({ gender: 'male', plural: false, sentence: 4 })).toEqual({
      id: 'c',
      confidence: 0.9,
    });
    expect(salience.best({ gender: 'female', plural: false, sentence: 4, exclude: new Set(['b']) })?.id).toBe(
      'a',
    );
  });
});
