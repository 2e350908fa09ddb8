import type { CharacterInput } from '../../src/pronouns/index.js';

/**
 * A test passage's characters as the story bible would hand them to the resolver: each name found
 * in `text` wherever it stands as a word, a longer name of the character taking its place first.
 */
export function passageCharacters(
  text: string,
  characters: ReadonlyArray<{ id: string; names: readonly string[] }>,
): CharacterInput[] {
  return characters.map(({ id, names }) => {
    const mentions: Array<{ start: number; end: number }> = [];
    for (const name of names) {
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
        const bounded = !/\p{L}/u.test(text.charAt(i - 1)) && !/\p{L}/u.test(text.charAt(i + name.length));
        if (bounded && !mentions.some((m) => i >= m.start && i < m.end))
          mentions.push({ start: i, end: i + name.length });
      }
    }
    return { id, name: names[0] ?? id, aliases: names.slice(1), mentions };
  });
}
