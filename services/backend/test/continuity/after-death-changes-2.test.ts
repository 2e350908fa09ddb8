import { AFTER_DEATH_2_LEGITIMATE, AFTER_DEATH_2_REAL } from './after-death-changes-2.js';
import { testGeneralityCheck } from './check-text.js';

/**
 * The real contradictions not found, each with why. On arrival (before any rule of the
 * thirty-eighth session) 4 of 13 found and 2 of 6 legitimate flagged (a flashback's "As a boy", no
 * act since `EARLIER_LIFE` in `facts/acts.ts`; a death in dialogue the narration says is wrong, none
 * since `quotationDenied` in `facts/status.ts`); 7 of 13 found since a pair's
 * death (`pairDeath` in `facts/status.ts`), 10 since "lies dead", "carried off by" a sickness and
 * a possessive's tomb, 11 since "went down with his ship".
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // "that Mary Benson has died" inside dialogue after "I am sorry to tell you"
  'a death told in dialogue by "has died", then the dead woman answers',
  // "poor dead Mary Benson": "dead" before the name is not read
  'poor dead Mary Benson, then she laughs',
]);

testGeneralityCheck({
  title: 'acts after death, fourth check',
  legitimate: AFTER_DEATH_2_LEGITIMATE,
  real: AFTER_DEATH_2_REAL,
  notFound: NOT_FOUND,
});
