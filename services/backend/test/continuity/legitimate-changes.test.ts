import { describe, expect, it } from 'vitest';
import { checkText, citesBothSides } from './check-text.js';
import { LEGITIMATE, REAL } from './legitimate-changes.js';

describe('legitimate changes (the generality check: none of the 30 flagged)', () => {
  for (const manuscript of LEGITIMATE)
    it(`does not flag ${manuscript.name}`, () => {
      const issues = checkText(manuscript.text);
      expect(issues.map((i) => i.summary)).toEqual([]);
    });
});

/**
 * The real contradictions not found as written, on arrival and after the fortieth pass (their
 * readers are other areas'): what each lacks.
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // "lost his left arm to a cannon ball" is not read as a loss, so the arm raised later meets nothing
  'the lost arm used',
  // found, but the issue cites the act "Mary Benson laughed", not the passage with "poured"
  'the dead pouring tea',
  // "The Hales had two children": a family's plural name is no one's count
  'children counted two ways with no birth',
]);

describe('real contradictions close to legitimate change (7 of 10 found)', () => {
  for (const contradiction of REAL.filter((c) => !NOT_FOUND.has(c.name)))
    it(`finds ${contradiction.name}`, () => expect(citesBothSides(contradiction)).toBe(true));

  it('finds at least 7 of the 10', () => {
    const missed = REAL.filter((c) => !citesBothSides(c)).map((c) => c.name);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(NOT_FOUND.size);
  });
});
