import type { MarkedPassage } from './generality-set-2.js';

/**
 * The gender evidence set (7 December 2026, thirty-eighth session, a helper): short passages whose
 * characters have invented names no name list knows, so that their genders come from the text
 * alone. A name is followed by a pronoun that cannot be its own (an object pronoun in the clause it
 * is subject of: "Pender carried the trays for her"), or is given a gender by a kin word beside it
 * ("Ysolde, his granddaughter", "his sister Loveday"); the guards keep the evidence that is sound (a
 * reflexive, a possessive in the name's clause, a list that is no apposition). Every singular
 * pronoun is marked as in the second generality set. Written and committed before any rule.
 */
export const GENDER_EVIDENCE_SET: readonly MarkedPassage[] = [
  {
    case: 'gender from pronouns',
    text: 'Pender and Kerensa kept the inn at the ford. Kerensa cooked and kept the books, and Pender carried the trays for [[her|kerensa]] on market days. [[He|pender]] was a big, slow man, and [[she|kerensa]] was glad of [[him|pender]].',
    characters: [
      { id: 'pender', names: ['Pender'] },
      { id: 'kerensa', names: ['Kerensa'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Old Hendra kept the mill at Polwin. Every morning Senara brought [[him|hendra]] bread from the farm, and [[she|senara]] stayed while [[he|hendra]] ate it.',
    characters: [
      { id: 'hendra', names: ['Hendra'] },
      { id: 'senara', names: ['Senara'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Keverne and Wella walked up from the church together. Keverne handed [[her|wella]] over the stile, and then [[he|keverne]] went on to the forge alone.',
    characters: [
      { id: 'keverne', names: ['Keverne'] },
      { id: 'wella', names: ['Wella'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Madron kept the toll-gate on the moor road, and Ysolde, [[his|madron]] granddaughter, took the pennies for [[him|madron]]. [[She|ysolde]] was quicker at sums than [[he|madron]] was.',
    characters: [
      { id: 'madron', names: ['Madron'] },
      { id: 'ysolde', names: ['Ysolde'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Colan came home from sea in the autumn. [[His|colan]] sister Loveday met [[him|colan]] at the quay, and [[she|loveday]] cried a little.',
    characters: [
      { id: 'colan', names: ['Colan'] },
      { id: 'loveday', names: ['Loveday'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Crewenna, a widow of sixty, let the front room to Gwinear. [[She|crewenna]] cooked for [[him|gwinear]] and mended [[his|gwinear]] shirts, and [[he|gwinear]] paid [[her|crewenna]] on Saturdays.',
    characters: [
      { id: 'crewenna', names: ['Crewenna'] },
      { id: 'gwinear', names: ['Gwinear'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Morvah had grown up at the farm. Morvah taught [[herself|morvah]] to read from the almanac, and later [[she|morvah]] taught the shepherd’s boy.',
    characters: [{ id: 'morvah', names: ['Morvah'] }],
  },
  {
    case: 'gender from pronouns',
    text: 'Treve, [[his|treve]] wife and the children came to the fair in the cart. [[He|treve]] drove, and the children sang.',
    characters: [{ id: 'treve', names: ['Treve'] }],
  },
  {
    case: 'gender from pronouns',
    text: 'Kitto took off [[his|kitto]] hat and stood in the doorway of the vestry until [[he|kitto]] was asked in.',
    characters: [{ id: 'kitto', names: ['Kitto'] }],
  },
];
