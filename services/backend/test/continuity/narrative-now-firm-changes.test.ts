import { testGeneralityCheck } from './check-text.js';
import { NOW_FIRM_LEGITIMATE, NOW_FIRM_REAL } from './narrative-now-firm-changes.js';

/** The real contradictions not found (filled in on arrival). */
const NOT_FOUND: ReadonlySet<string> = new Set([]);

testGeneralityCheck({
  title: 'a narrative "now" and a firm\'s trade',
  legitimate: NOW_FIRM_LEGITIMATE,
  real: NOW_FIRM_REAL,
  notFound: NOT_FOUND,
});
