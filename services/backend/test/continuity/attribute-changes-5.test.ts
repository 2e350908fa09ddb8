import { ATTRIBUTE_CHANGES_5_LEGITIMATE, ATTRIBUTE_CHANGES_5_REAL } from './attribute-changes-5.js';
import { testGeneralityCheck } from './check-text.js';

/**
 * The real contradictions not found. On arrival (0f04d2d6) 8 of 17 were found and none of the 7
 * legitimate changes flagged.
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a man of middle height, then a very tall man',
  'a girl with golden hair, then black hair in speech',
  'wounded in the left leg, then limping on his lame right leg',
  'born and bred in Liverpool, then his native town of Norwich',
  'the curate of the parish, then a doctor these twenty years',
  'a little fellow in speech, then tall and broad-shouldered',
  'a woman of slender figure, then stout and heavy',
  'thirty last birthday in her own speech, then a girl of seventeen',
  'grey eyes in another’s speech, then hazel eyes',
]);

testGeneralityCheck({
  title: 'attributes, fifth check',
  legitimate: ATTRIBUTE_CHANGES_5_LEGITIMATE,
  real: ATTRIBUTE_CHANGES_5_REAL,
  notFound: NOT_FOUND,
});
