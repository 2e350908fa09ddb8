import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_3_LEGITIMATE, RELATION_CHANGES_3_REAL } from './relation-changes-3.js';

/** The real contradictions not found: all four on arrival. */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a daughter, then "whose niece" with no comma',
  'a son, then "whose nephew" with no comma',
  'a wife, then "whose sister" with no comma',
  'a brother, then "whose cousin" with no comma',
]);

testGeneralityCheck({
  title: 'relation changes, third set',
  legitimate: RELATION_CHANGES_3_LEGITIMATE,
  real: RELATION_CHANGES_3_REAL,
  notFound: NOT_FOUND,
});
