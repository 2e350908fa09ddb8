/**
 * Eight short passages of the looks, kin, callings and acts as novels commonly phrase them, written
 * for the continuity thirty-seventh pass before any rule of it and before any output on them was
 * read: the generality check of its readers (`common-phrasings.test.ts` says which are read).
 */

/** A fact a passage states: its kind, a pattern of its value, its entity and (for kin) the other. */
export interface ExpectedFact {
  kind: 'eyes' | 'hair' | 'height' | 'build' | 'scar' | 'limb' | 'relation' | 'occupation' | 'act';
  value: RegExp;
  entity: RegExp;
  /** For a relation: what `object` is to `entity` is `value`. */
  object?: RegExp;
}

export interface Passage {
  name: string;
  text: string;
  facts: readonly ExpectedFact[];
}

/** The people of the passages, each named in full and short so that the story bible sees them. */
export const PEOPLE_FILLER = [
  'Thomas Hale',
  'Thomas',
  'Mary Benson',
  'Mary',
  'Edward Crane',
  'Edward',
  'Ann Lacey',
  'Ann',
  'Thomas',
  'Mary',
  'Edward',
  'Ann',
]
  .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
  .join('\n\n');

const THOMAS = /thomas|hale/;
const MARY = /mary|benson/;
const EDWARD = /edward|crane/;
const ANN = /ann|lacey/;
const ANY = /./;

export const PASSAGES: readonly Passage[] = [
  {
    name: 'eyes and hair',
    text: "Ann Lacey had large grey eyes and a mass of dark brown hair, which she wore loose about her shoulders. Edward Crane's eyes were a pale, washed-out blue, and his hair was as red as a fox's.",
    facts: [
      { kind: 'eyes', value: /grey|gray/, entity: ANN },
      { kind: 'hair', value: /brown/, entity: ANN },
      { kind: 'eyes', value: /blue/, entity: EDWARD },
      { kind: 'hair', value: /red/, entity: EDWARD },
    ],
  },
  {
    name: 'height and build',
    text: 'Edward Crane was a big, heavy-set man, well over six feet tall. Beside him Ann Lacey looked small and slight. Thomas Hale, a lanky youth of twenty, stood a full head taller than either of them.',
    facts: [
      { kind: 'height', value: /tall/, entity: EDWARD },
      { kind: 'build', value: /stout|heavy|broad|large|big/, entity: EDWARD },
      { kind: 'height', value: /short/, entity: ANN },
      { kind: 'build', value: /thin|slight|slender/, entity: ANN },
      { kind: 'height', value: /tall/, entity: THOMAS },
    ],
  },
  {
    name: 'scars and limbs',
    text: "A white scar ran from the corner of Thomas Hale's left eye down to his jaw. Edward Crane had lost his right arm at Waterloo, and wore the empty sleeve pinned across his chest. Mary Benson limped, for her left leg had been broken in a fall and badly set.",
    facts: [
      { kind: 'scar', value: /left/, entity: THOMAS },
      { kind: 'limb', value: /right/, entity: EDWARD },
      { kind: 'limb', value: /left/, entity: MARY },
    ],
  },
  {
    name: 'kin said of a name',
    text: "Ann Lacey was Edward Crane's only sister. Mary Benson, the widow of Thomas Hale, lived with them. Edward Crane, nephew and heir of old Thomas Hale, would have the mill one day.",
    facts: [
      { kind: 'relation', value: /sibling/, entity: EDWARD, object: ANN },
      { kind: 'relation', value: /spouse/, entity: THOMAS, object: MARY },
      { kind: 'relation', value: /nephew/, entity: THOMAS, object: EDWARD },
    ],
  },
  {
    name: 'kin after a possessive',
    text: "Thomas Hale came home with his daughter, Mary Benson, and her husband, Edward Crane. Edward Crane's mother, old Ann Lacey, sat by the fire. Ann Lacey and Mary Benson were cousins.",
    facts: [
      { kind: 'relation', value: /child/, entity: THOMAS, object: MARY },
      { kind: 'relation', value: /spouse/, entity: MARY, object: EDWARD },
      { kind: 'relation', value: /parent/, entity: EDWARD, object: ANN },
      { kind: 'relation', value: /cousin/, entity: ANN, object: MARY },
    ],
  },
  {
    name: 'callings stated',
    text: 'Thomas Hale was a surgeon in the town. Edward Crane kept the inn at the crossroads. Mary Benson earned her bread as a seamstress, and Ann Lacey taught at the village school.',
    facts: [
      { kind: 'occupation', value: /surgeon|doctor/, entity: THOMAS },
      { kind: 'occupation', value: /innkeeper/, entity: EDWARD },
      { kind: 'occupation', value: /seamstress|dressmaker/, entity: MARY },
      { kind: 'occupation', value: /teacher|school/, entity: ANN },
    ],
  },
  {
    name: 'callings as verb phrases and appositions',
    text: 'Edward Crane drives a cab for his living. Thomas Hale, the village blacksmith, shod the horse. Mary Benson had been a governess before her marriage.',
    facts: [
      { kind: 'occupation', value: /cab|driver|coachman/, entity: EDWARD },
      { kind: 'occupation', value: /blacksmith|smith/, entity: THOMAS },
      { kind: 'occupation', value: /governess/, entity: MARY },
    ],
  },
  {
    name: 'acts',
    text: 'Edward Crane rode into the village at noon. Ann Lacey opened the door and let him in. They went down to the river, Thomas Hale carrying the basket. That evening Mary Benson wrote a long letter to her sister.',
    facts: [
      { kind: 'act', value: ANY, entity: EDWARD },
      { kind: 'act', value: ANY, entity: ANN },
      { kind: 'act', value: ANY, entity: THOMAS },
      { kind: 'act', value: ANY, entity: MARY },
    ],
  },
];
