/**
 * Eight short manuscripts of my own on a limb lost and a family's count: four holding a real
 * contradiction (which must be found: an issue citing both sides) and four holding a legitimate
 * change close to one of them (which must get no issue). Written for the continuity forty-third
 * pass before any rule of it and before any output on them was read: the generality check of those
 * kinds in phrasings the earlier items do not use (`losses-and-families.test.ts` says which are
 * found and flagged). The people are those of `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const LOSSES_AND_FAMILIES_REAL: readonly Contradiction[] = [
  {
    name: 'an arm amputated, then both hands used',
    text: chapters(
      "The surgeon amputated Thomas Hale's left arm at the shoulder after the battle.",
      'Thomas Hale caught the rope with his left hand and hauled the boat in.',
    ),
    cites: ["amputated Thomas Hale's left arm", 'caught the rope with his left hand'],
  },
  {
    name: 'a leg lost, then walked on',
    text: chapters(
      'Edward Crane had lost a leg in the war and never walked without his crutches.',
      'Edward Crane ran up the hill on both legs to ring the bell.',
    ),
    cites: ['lost a leg in the war', 'ran up the hill on both legs'],
  },
  {
    name: "a family's sons counted two ways",
    text: chapters(
      'The Lacey family had four sons, all of them sailors.',
      'The Laceys had five sons, and every one of them went to sea.',
    ),
    cites: ['four sons', 'five sons'],
  },
  {
    name: "a family's daughters counted two ways",
    text: chapters(
      'The Bensons had two daughters, both married in the same year.',
      'Mary Benson was the eldest of the three Benson daughters.',
    ),
    cites: ['two daughters', 'three Benson daughters'],
  },
];

export const LOSSES_AND_FAMILIES_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a wooden leg after the loss',
    text: chapters(
      "Edward Crane's right leg was shot away at the siege.",
      'Edward Crane stumped across the deck on his wooden leg.',
    ),
  },
  {
    name: 'a child born between the counts',
    text: chapters(
      'The Laceys had one child, a little girl called Ann.',
      'That winter Mrs. Lacey gave birth to a son.',
      'The Laceys had two children now, and the cottage was too small.',
    ),
  },
  {
    name: "a family's sons and its children",
    text: chapters(
      'The Cranes had two sons, both at school in the town.',
      'The Cranes had five children in all, three girls and two boys.',
    ),
  },
  {
    name: 'a loss told after the use',
    text: chapters(
      'Thomas Hale raised his right arm and waved his hat at the passing ship.',
      'A week later, in the storm, Thomas Hale lost his right arm when the boom swung loose.',
    ),
  },
];
