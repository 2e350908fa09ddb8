import { readFileSync } from 'node:fs';

/** The team's own texts for replies that need no manuscript, and the model prompts, kept in files. */
const PROMPTS = new URL('../../prompts/', import.meta.url);
const cache = new Map<string, string>();

export function prompt(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z-]+$/.test(name)) throw new Error('bad prompt name');
    text = readFileSync(new URL(`${name}.md`, PROMPTS), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}
