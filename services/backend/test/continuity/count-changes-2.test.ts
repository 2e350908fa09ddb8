import { testGeneralityCheck } from './check-text.js';
import { COUNT_CHANGES_2_LEGITIMATE, COUNT_CHANGES_2_REAL } from './count-changes-2.js';

/** The real contradictions not found (all fourteen on arrival, before any rule). */
const NOT_FOUND: ReadonlySet<string> = new Set(COUNT_CHANGES_2_REAL.map((c) => c.name));

/**
 * The near cases flagged (one of seven on arrival): "The two daughters of Thomas Hale walked with
 * the four daughters of Mary Benson" is read as one group of the scene referred back to with another
 * number, the owners after "of" unread.
 */
const FLAGGED: ReadonlySet<string> = new Set([
  'two daughters and four daughters of two parents, then each parent\'s counted with "of"',
]);

testGeneralityCheck({
  title: 'a count stated two ways in common constructions',
  legitimate: COUNT_CHANGES_2_LEGITIMATE.filter((m) => !FLAGGED.has(m.name)),
  real: COUNT_CHANGES_2_REAL,
  notFound: NOT_FOUND,
});
