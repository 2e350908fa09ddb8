import { AFTER_DEATH_3_LEGITIMATE, AFTER_DEATH_3_REAL } from './after-death-changes-3.js';
import { testGeneralityCheck } from './check-text.js';

/**
 * The real contradictions not found. On arrival (before any rule of the fortieth session's helper)
 * 10 of 15 found and 0 of 9 legitimate flagged.
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'laid in the churchyard, then writes a letter',
  'never rose from her bed again, then she nods',
  'a teller’s father dies, then he is at the table',
  'a teller’s mother dies, then she speaks',
  'the late Mr. Crane, then he answers',
]);

testGeneralityCheck({
  title: 'acts after death, fifth check',
  legitimate: AFTER_DEATH_3_LEGITIMATE,
  real: AFTER_DEATH_3_REAL,
  notFound: NOT_FOUND,
});
