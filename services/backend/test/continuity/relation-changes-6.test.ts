import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_6_LEGITIMATE, RELATION_CHANGES_6_REAL } from './relation-changes-6.js';

/**
 * The real contradictions not found (all three on arrival): the story bible makes "the Duke of
 * Balmoral" a character of its own, so "whose father was the Duke of Balmoral" names a person, and
 * the Duke of chapter 2, known by his rank alone, is another entity.
 */
const NOT_FOUND: ReadonlySet<string> = new Set(['a father who is the Duke, then the Duke an uncle']);

testGeneralityCheck({
  title: 'relation changes, sixth set',
  legitimate: RELATION_CHANGES_6_LEGITIMATE,
  real: RELATION_CHANGES_6_REAL,
  notFound: NOT_FOUND,
});
