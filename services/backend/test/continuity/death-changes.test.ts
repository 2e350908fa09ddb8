import { testGeneralityCheck } from './check-text.js';
import { DEATH_CHANGES_LEGITIMATE, DEATH_CHANGES_REAL } from './death-changes.js';

testGeneralityCheck({
  title: 'death changes',
  legitimate: DEATH_CHANGES_LEGITIMATE,
  real: DEATH_CHANGES_REAL,
  notFound: new Set(),
});
