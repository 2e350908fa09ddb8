import { ACCOUNT_LEGITIMATE, ACCOUNT_REAL } from './account-changes.js';
import { testGeneralityCheck } from './check-text.js';

/**
 * The real contradictions not found. On arrival (a746cc7f's data on c3f11140's code) 1 of 7 found
 * (the named death in a tale within the tale, read already), none of the 6 flagged; the kin and the
 * looks found since the speaker's kin after "have a" (`facts/kinship.ts` `HAS_KIN`) and a look after
 * a verb's object (`facts/looks.ts` `objectBeforeApposition`). The two deaths told by "he" or "she"
 * in an account are missed: `facts/status.ts` `pronounDeath` reads the narration only (a rule giving
 * such a death to the one person of that sex the account's paragraph names was built and dropped:
 * it made new issues on two untouched novels).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a death told by "he" in an account, then the dead man acting in the narration',
  'a death told by "she" in an account, then the dead woman acting in the narration',
]);

testGeneralityCheck({
  title: 'what a long account tells, and a look after an object',
  legitimate: ACCOUNT_LEGITIMATE,
  real: ACCOUNT_REAL,
  notFound: NOT_FOUND,
});
