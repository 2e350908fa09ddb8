import { describe, expect, it } from 'vitest';
import {
  describedCharacters,
  type NameMention,
  type PronounMention,
} from '../../src/continuity/descriptions.js';
import type { Gender } from '../../src/pronouns/index.js';

/** Name mentions and pronouns of `text`: every occurrence of each name, and of he/his/him/she/her. */
function mentionsOf(text: string, names: Record<string, string>) {
  const quotes = [...text.matchAll(/"[^"]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inSpeech = (offset: number) => quotes.some((q) => offset >= q.start && offset < q.end);
  const found: NameMention[] = [];
  for (const [written, key] of Object.entries(names)) {
    for (const m of text.matchAll(new RegExp(`\\b${written}\\b`, 'g'))) {
      found.push({ start: m.index, end: m.index + written.length, key, inSpeech: inSpeech(m.index) });
    }
  }
  const pronouns: PronounMention[] = [...text.matchAll(/\b(?:he|his|him|she|her)\b/gi)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    gender: /^(?:he|his|him)$/i.test(m[0]) ? 'male' : 'female',
    key: 'holmes',
  }));
  return { names: found.sort((a, b) => a.start - b.start), pronouns, inSpeech };
}

const GENDERS = new Map<string, Gender>([
  ['holmes', 'male'],
  ['windibank', 'male'],
  ['watson', 'male'],
  ['wilson', 'male'],
  ['mary', 'female'],
]);

describe('describedCharacters', () => {
  it('takes a newcomer described before the narration names him as the character announced, with his pronouns', () => {
    const text =
      '"This is the girl\'s stepfather, Mr. Windibank," said Holmes.\n\nThe man who entered was a sturdy fellow with grey eyes. He shot a glance at each of us and his hat fell.\n\n"Good-evening, Mr. Windibank," said Holmes.';
    const { names, pronouns, inSpeech } = mentionsOf(text, { Windibank: 'windibank', Holmes: 'holmes' });
    const found = describedCharacters(text, names, pronouns, GENDERS, inSpeech);
    expect(found.map((d) => [text.slice(d.start, d.end), d.key, d.subject])).toEqual([
      ['The man who entered', 'windibank', true],
    ]);
    expect(found[0]?.pronouns.map((i) => text.slice(pronouns[i]?.start, pronouns[i]?.end))).toEqual([
      'He',
      'his',
    ]);
  });

  it('takes someone met as the character named nearest who is not in the scene nor called out to', () => {
    const text =
      'I found Holmes in deep conversation with a very stout, elderly gentleman with fiery red hair.\n\n"You could not have come at a better time, my dear Watson," he said. "This gentleman, Mr. Wilson, has been my partner."';
    const { names, pronouns, inSpeech } = mentionsOf(text, {
      Holmes: 'holmes',
      Watson: 'watson',
      Wilson: 'wilson',
    });
    const found = describedCharacters(text, names, pronouns, GENDERS, inSpeech);
    expect(found.map((d) => [text.slice(d.start, d.end), d.key, d.subject])).toEqual([
      ['a very stout, elderly gentleman', 'wilson', false],
    ]);
  });

  it('takes a newcomer who gives his name as that character, though another name he speaks of is nearer', () => {
    const text =
      'Holmes sat by the fire.\n\nThe man who entered was young.\n\n"I heard of you from Mr. Windibank," said he.\n\n"My name," said he, "is Wilson."';
    const { names, pronouns, inSpeech } = mentionsOf(text, {
      Holmes: 'holmes',
      Windibank: 'windibank',
      Wilson: 'wilson',
    });
    expect(describedCharacters(text, names, pronouns, GENDERS, inSpeech).map((d) => d.key)).toEqual([
      'wilson',
    ]);
  });

  it('takes someone there when the narrator arrives as the one who gives her name pages later, with her pronouns after the speech between', () => {
    const filler = ' The rain fell on the square and the cab waited by the kerb.'.repeat(80);
    const text = `Holmes was dressing when we came down.\n\nA lady dressed in black and heavily veiled rose as we entered.\n\n"Good-morning, madam," said Holmes.\n\n"It is fear." She raised her veil as she spoke.${filler}\n\n"My name is Mary, and I live with my stepfather."`;
    const { names, pronouns, inSpeech } = mentionsOf(text, { Holmes: 'holmes', Mary: 'mary' });
    const found = describedCharacters(text, names, pronouns, GENDERS, inSpeech);
    expect(found.map((d) => [text.slice(d.start, d.end), d.key, d.subject])).toEqual([
      ['A lady', 'mary', true],
    ]);
    expect(found[0]?.pronouns.map((i) => text.slice(pronouns[i]?.start, pronouns[i]?.end))).toEqual([
      'She',
      'her',
      'she',
    ]);
  });

  it('takes a newcomer whose coming in the sentence tells ("that a huge man had framed himself in the door") as the one who gives his name, with his pronouns', () => {
    const text =
      'Holmes was speaking when our door was dashed open, and a huge man had framed himself in the aperture. So tall was he that his hat brushed the bar.\n\n"Which of you is Holmes?" asked this apparition.\n\n"I am Dr. Roylott, of Stoke Moran."';
    const { names, pronouns, inSpeech } = mentionsOf(text, { Holmes: 'holmes', 'Dr. Roylott': 'roylott' });
    // The name's own mentions had made it a woman's: the self-introduction is surer.
    const genders = new Map<string, Gender>([...GENDERS, ['roylott', 'female']]);
    const found = describedCharacters(text, names, pronouns, genders, inSpeech);
    expect(found.map((d) => [text.slice(d.start, d.end), d.key, d.subject])).toEqual([
      ['a huge man', 'roylott', true],
    ]);
    expect(found[0]?.pronouns.map((i) => text.slice(pronouns[i]?.start, pronouns[i]?.end))).toEqual([
      'he',
      'his',
    ]);
  });

  it('leaves a description no one new is named around, one of another gender, and "that a man"', () => {
    const text =
      'Holmes sat by the fire. This man was tall. He said that a man should not wait.\n\nMary came in. Our visitor was a tall man.';
    const { names, pronouns, inSpeech } = mentionsOf(text, { Holmes: 'holmes', Mary: 'mary' });
    expect(describedCharacters(text, names, pronouns, GENDERS, inSpeech)).toEqual([]);
  });

  it('takes someone the narrator notices ("the single gentleman whose conduct had drawn my attention") as the one who gives his name, with the next paragraph\'s "He was a man of about fifty"', () => {
    const text =
      'Holmes stood looking over my shoulder. No one was coming save the single gentleman whose eccentric conduct had drawn my attention.\n\nHe was a man of about fifty, and his face was grey.\n\n"What is the matter with him?" I asked.\n\n"My name," answered our visitor, "is Wilson."';
    const { names, pronouns, inSpeech } = mentionsOf(text, { Holmes: 'holmes', Wilson: 'wilson' });
    const found = describedCharacters(text, names, pronouns, GENDERS, inSpeech);
    expect(found.map((d) => [text.slice(d.start, d.end), d.key, d.subject])).toEqual([
      ['the single gentleman', 'wilson', true],
    ]);
    expect(found[0]?.pronouns.map((i) => text.slice(pronouns[i]?.start, pronouns[i]?.end))).toEqual([
      'He',
      'his',
    ]);
  });

  it('takes a newcomer shown in, or of an age, as the one who gives his name as it', () => {
    const shown =
      'Holmes sat by the fire when a tall young man was shown in. He bowed.\n\nHe gave his name as Wilson.';
    const aged = 'Holmes sat by the fire. A man of about fifty entered. He bowed.\n\n"I am Wilson," said he.';
    for (const [text, description] of [
      [shown, 'a tall young man'],
      [aged, 'A man'],
    ] as const) {
      const { names, pronouns, inSpeech } = mentionsOf(text, { Holmes: 'holmes', Wilson: 'wilson' });
      const found = describedCharacters(text, names, pronouns, GENDERS, inSpeech);
      expect(found.map((d) => [text.slice(d.start, d.end), d.key])).toEqual([[description, 'wilson']]);
    }
  });

  it('leaves someone noticed by another than the narrator, and one whose attention is drawn', () => {
    const text =
      'Holmes sat by the fire. A man whose conduct had drawn his attention stood there. The man whose attention I had drawn was Holmes.\n\n"I am Wilson," said he.';
    const { names, pronouns, inSpeech } = mentionsOf(text, { Holmes: 'holmes', Wilson: 'wilson' });
    expect(describedCharacters(text, names, pronouns, GENDERS, inSpeech)).toEqual([]);
  });

  it("puts no one in the scene by a name alone on its line, as a letter's signature", () => {
    const letter = (signature: string) =>
      `Holmes tossed a letter across to me. It ran: I shall call at ten. Yours faithfully,\n    ${signature}\n\nAs he spoke the door opened and a young lady entered the room. She was plainly dressed.\n\n"I have been a governess," said she.\n\n"Pray sit down, Mary," said Holmes. "Mrs. Wilson sent you?"`;
    const names = { Holmes: 'holmes', Mary: 'mary', Wilson: 'wilson' };
    const signed = letter('Mary.');
    const { names: mentions, pronouns, inSpeech } = mentionsOf(signed, names);
    const genders = new Map<string, Gender>([...GENDERS, ['wilson', 'female']]);
    expect(describedCharacters(signed, mentions, pronouns, genders, inSpeech).map((d) => d.key)).toEqual([
      'mary',
    ]);
    // Named in a sentence of the narration, she is in the scene already: the newcomer is another.
    const met = letter('Mary smiled.');
    const inScene = mentionsOf(met, names);
    expect(
      describedCharacters(met, inScene.names, inScene.pronouns, genders, inScene.inSpeech).map((d) => d.key),
    ).toEqual(['wilson']);
  });
});
