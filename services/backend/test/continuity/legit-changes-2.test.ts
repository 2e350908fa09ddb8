import { testGeneralityCheck } from './check-text.js';
import { LEGITIMATE_2, LEGITIMATE_2_MORE, REAL_2, REAL_2_MORE } from './legit-changes-2.js';

/** The real contradictions not found, on arrival and after the forty-fourth pass: what each lacks. */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // "Ann Lacey, who was a widow," is read as no status, and the check does not weigh married
  // against widowed at all (a husband may die untold), only "never married" against a marriage
  'a widow and married, with no lie and no wedding',
]);

testGeneralityCheck({
  title: 'changes an author tells, second check',
  legitimate: LEGITIMATE_2,
  real: REAL_2,
  notFound: NOT_FOUND,
});

testGeneralityCheck({
  title: 'changes an author tells, second check, more',
  legitimate: LEGITIMATE_2_MORE,
  real: REAL_2_MORE,
  notFound: new Set(),
});
