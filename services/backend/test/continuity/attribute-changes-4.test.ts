import { ATTRIBUTE_CHANGES_4_LEGITIMATE, ATTRIBUTE_CHANGES_4_REAL } from './attribute-changes-4.js';
import { testGeneralityCheck } from './check-text.js';

/** The real contradictions not found, each with why. */
const NOT_FOUND: ReadonlySet<string> = new Set([]);

testGeneralityCheck({
  title: 'attributes, fourth check',
  legitimate: ATTRIBUTE_CHANGES_4_LEGITIMATE,
  real: ATTRIBUTE_CHANGES_4_REAL,
  notFound: NOT_FOUND,
});
