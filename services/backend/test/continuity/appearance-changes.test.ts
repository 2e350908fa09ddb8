import { APPEARANCE_LEGITIMATE, APPEARANCE_REAL } from './appearance-changes.js';
import { testGeneralityCheck } from './check-text.js';

/** The real contradictions not found after the forty-second pass: what each lacks. */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // a limb taken off is a hurt side, and a later use of it ("kicked ... with his right leg") is no fact
  'a leg taken off, then used',
  // "The Cranes had three children": a family's plural name is no one's count
  "a family's children counted two ways",
]);

testGeneralityCheck({
  title: 'appearance, titles, losses and family counts',
  legitimate: APPEARANCE_LEGITIMATE,
  real: APPEARANCE_REAL,
  notFound: NOT_FOUND,
});
