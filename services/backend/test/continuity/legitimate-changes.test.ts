import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { type Contradiction, LEGITIMATE, REAL } from './legitimate-changes.js';

/** Whether some issue cites a passage holding each of the contradiction's two phrases. */
const found = (contradiction: Contradiction): boolean =>
  checkText(contradiction.text).some((issue) =>
    contradiction.cites.every((phrase) => issue.evidence.some((e) => e.quote.includes(phrase))),
  );

describe('legitimate changes (the generality check: none flagged)', () => {
  for (const manuscript of LEGITIMATE)
    it(`does not flag ${manuscript.name}`, () => {
      const issues = checkText(manuscript.text);
      expect(issues.map((i) => i.summary)).toEqual([]);
    });
});

describe('real contradictions close to legitimate change (all still found)', () => {
  for (const contradiction of REAL)
    it(`finds ${contradiction.name}`, () => expect(found(contradiction)).toBe(true));
});
