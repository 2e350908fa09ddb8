import { testGeneralityCheck } from './check-text.js';
import { NOW_FIRM_LEGITIMATE, NOW_FIRM_REAL } from './narrative-now-firm-changes.js';

/**
 * The real contradictions not found. On arrival (c4a748b) none of the four; the little woman, an
 * apposition after the verb's object ("ran to the hearth, a little woman"), found since the
 * thirty-first session (`facts/looks.ts` `objectBeforeApposition`).
 */
const NOT_FOUND: ReadonlySet<string> = new Set();

testGeneralityCheck({
  title: 'a narrative "now" and a firm\'s trade',
  legitimate: NOW_FIRM_LEGITIMATE,
  real: NOW_FIRM_REAL,
  notFound: NOT_FOUND,
});
