import type { Fact } from '../../../src/continuity/index.js';
import { APPEARANCE_PASSAGES, type ExpectedAppearanceFact } from './appearance-phrasings.js';
import { testPhrasingCheck } from './helpers.js';

const matches = (fact: Fact, expected: ExpectedAppearanceFact): boolean =>
  fact.kind === expected.kind &&
  expected.value.test(fact.value) &&
  expected.entity.test(fact.entityKey ?? '') &&
  (expected.detail === undefined || expected.detail.test(fact.detail ?? ''));

const title = (passage: string, expected: ExpectedAppearanceFact): string =>
  `${passage}: ${expected.kind} ${expected.value}${expected.detail ? ` ${expected.detail}` : ''} of ${expected.entity}`;

/** The facts the readers do not give as the passages expect, after the forty-second pass. */
const NOT_AS_EXPECTED: ReadonlySet<string> = new Set([
  // an aside of a likeness then a height ("thin as a rake and six feet tall") is not read
  'build in a description: build /^thin$/ of /edward|crane/',
  'build in a description: height /^tall$/ of /edward|crane/',
  // a figure after "had grown" is not read
  'build in a description: build /^stout$/ of /mary|benson/',
  // complexion, as this passage gives it, is not read
  'beauty, plainness and complexion: complexion /sallow/ of /ann|lacey/',
  'beauty, plainness and complexion: complexion /ruddy/ of /edward|crane/',
  // read, as "dark": the readers give black hair the value "dark" (the expectation was written "black")
  'a person named after a description: hair /^black$/ of /edward|crane/',
  // a described common noun the sentence then says was a name ("The newcomer, a little grey-eyed man ..., turned out to be")
  'a stranger who proves to be someone: eyes /^grey$/ of /thomas|hale/',
  'a stranger who proves to be someone: height /^short$/ of /thomas|hale/',
  'a stranger who proves to be someone: hair /^fair$/ of /ann|lacey/',
  // "walked on a wooden right leg": a side after "a" has no owner
  'limbs lost and hurt: limb /^right$/ /leg/ of /edward|crane/',
  // "The Hales had two children": a family's plural name is no one's count
  "a family's plural name with a count: count /^2$/ /children/ of /thomas|hale/",
  "a family's plural name with a count: count /^3$/ /servants/ of /edward|crane/",
  "a family's plural name with a count: count /^4$/ /daughters/ of /mary|benson/",
]);

testPhrasingCheck({
  title: 'appearance phrasings',
  passages: APPEARANCE_PASSAGES,
  name: title,
  matches,
  notAsExpected: NOT_AS_EXPECTED,
});
