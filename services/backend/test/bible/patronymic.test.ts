import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('patronymics', () => {
  it('joins a given name and patronymic ("Boris Andreyevich") to the full name with the surname', () => {
    const text = `Boris Andreyevich Volkov came home in April. Boris Andreyevich was tired. "Sit down, Boris Andreyevich," said his steward. Boris Andreyevich sat down, and Boris Andreyevich Volkov slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Boris Andreyevich')).toBe(one(result, 'Boris Andreyevich Volkov'));
  });

  it('keeps two brothers of one patronymic apart ("Boris Andreyevich", "Gleb Andreyevich")', () => {
    const text = `Boris Andreyevich Volkov came home in April. Gleb Andreyevich met him at the gate. Boris Andreyevich was tired. Gleb Andreyevich laughed at him, and Boris Andreyevich Volkov slept.`;
    const result = extract([source(text)]);
    expect(one(result, 'Gleb Andreyevich')).not.toBe(one(result, 'Boris Andreyevich Volkov'));
    expect(one(result, 'Boris Andreyevich')).not.toBe(one(result, 'Gleb Andreyevich'));
  });
});
