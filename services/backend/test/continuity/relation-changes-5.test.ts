import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_5_LEGITIMATE, RELATION_CHANGES_5_REAL } from './relation-changes-5.js';

/**
 * The real contradictions not found (all five on arrival): the cousin's quotation is tagged by "she
 * said", a pronoun, and only a tag that names its speaker makes a speaker's "my" theirs.
 */
const NOT_FOUND: ReadonlySet<string> = new Set(["a speaker's cousin, then her sister"]);

testGeneralityCheck({
  title: 'relation changes, fifth set',
  legitimate: RELATION_CHANGES_5_LEGITIMATE,
  real: RELATION_CHANGES_5_REAL,
  notFound: NOT_FOUND,
});
