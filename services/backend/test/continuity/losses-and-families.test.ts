import { testGeneralityCheck } from './check-text.js';
import { LOSSES_AND_FAMILIES_LEGITIMATE, LOSSES_AND_FAMILIES_REAL } from './losses-and-families.js';

/**
 * The real contradictions not found on arrival (the forty-third pass wrote no rule for them): all
 * four. The two limbs used after their loss are found since the twenty-sixth session
 * (`facts/limb-loss.ts`).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // "The Laceys had five sons", "the three Benson daughters": a family's plural name is no one's count
  "a family's sons counted two ways",
  "a family's daughters counted two ways",
]);

testGeneralityCheck({
  title: 'losses and families',
  legitimate: LOSSES_AND_FAMILIES_LEGITIMATE,
  real: LOSSES_AND_FAMILIES_REAL,
  notFound: NOT_FOUND,
});
