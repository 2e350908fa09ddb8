/**
 * Nine short passages of looks (build, beauty, plainness, complexion), a person named after their
 * description, titles, limbs lost and a family's plural name with a count, written for the
 * continuity forty-second pass before any rule of it and before any output on them was read: the
 * generality check of those readers (`appearance-phrasings.test.ts` says which are read). The
 * people are those of `common-phrasings.ts`.
 */

/** A fact a passage states: its kind, a pattern of its value, its entity and (for a count or limb) its detail. */
export interface ExpectedAppearanceFact {
  /** `beauty` and `complexion` are no kind the readers give yet: the check asks for them all the same. */
  kind: 'build' | 'height' | 'eyes' | 'hair' | 'limb' | 'title' | 'count' | 'beauty' | 'complexion';
  value: RegExp;
  entity: RegExp;
  /** The counted noun of a count, or the limb of a limb. */
  detail?: RegExp;
}

export interface AppearancePassage {
  name: string;
  text: string;
  facts: readonly ExpectedAppearanceFact[];
}

const THOMAS = /thomas|hale/;
const MARY = /mary|benson/;
const EDWARD = /edward|crane/;
const ANN = /ann|lacey/;

export const APPEARANCE_PASSAGES: readonly AppearancePassage[] = [
  {
    name: 'build in a description',
    text: 'Thomas Hale was a heavy, thickset farmer who could lift a calf. Edward Crane, thin as a rake and six feet tall, stood beside him. Mary Benson had grown plump and comfortable in her middle years. Ann Lacey was a slip of a girl, pale and slight.',
    facts: [
      { kind: 'build', value: /^stout$/, entity: THOMAS },
      { kind: 'build', value: /^thin$/, entity: EDWARD },
      { kind: 'height', value: /^tall$/, entity: EDWARD },
      { kind: 'build', value: /^stout$/, entity: MARY },
      { kind: 'build', value: /^thin$/, entity: ANN },
    ],
  },
  {
    name: 'beauty, plainness and complexion',
    text: 'Mary Benson had been the beauty of the county, and was handsome still. Ann Lacey was plain, with a sallow complexion and a long nose. Edward Crane had the ruddy, weather-beaten face of a sailor.',
    facts: [
      { kind: 'beauty', value: /beaut|handsome/, entity: MARY },
      { kind: 'beauty', value: /plain/, entity: ANN },
      { kind: 'complexion', value: /sallow/, entity: ANN },
      { kind: 'complexion', value: /ruddy/, entity: EDWARD },
    ],
  },
  {
    name: 'a person named after a description',
    text: 'A tall, gaunt man with a black beard came up the path. It was Edward Crane. Presently a short, stout woman followed him into the yard; this was Mary Benson.',
    facts: [
      { kind: 'height', value: /^tall$/, entity: EDWARD },
      { kind: 'build', value: /^thin$/, entity: EDWARD },
      { kind: 'hair', value: /^black$/, entity: EDWARD },
      { kind: 'height', value: /^short$/, entity: MARY },
      { kind: 'build', value: /^stout$/, entity: MARY },
    ],
  },
  {
    name: 'a stranger who proves to be someone',
    text: 'The newcomer, a little grey-eyed man in a brown coat, turned out to be Thomas Hale. The rider at the gate, a fair-haired young woman, was Ann Lacey.',
    facts: [
      { kind: 'eyes', value: /^grey$/, entity: THOMAS },
      { kind: 'height', value: /^short$/, entity: THOMAS },
      { kind: 'hair', value: /^fair$/, entity: ANN },
    ],
  },
  {
    name: 'titles before full names',
    text: 'Captain Thomas Hale dined at the Hall with Sir Edward Crane, and Lady Mary Benson poured the wine.',
    facts: [
      { kind: 'title', value: /^Captain$/, entity: THOMAS },
      { kind: 'title', value: /^Sir$/, entity: EDWARD },
      { kind: 'title', value: /^Lady$/, entity: MARY },
    ],
  },
  {
    name: 'titles before surnames',
    text: 'Sergeant Hale saluted as the carriage passed, and Admiral Crane lifted his hat to him.',
    facts: [
      { kind: 'title', value: /^Sergeant$/, entity: THOMAS },
      { kind: 'title', value: /^Admiral$/, entity: EDWARD },
    ],
  },
  {
    name: 'limbs lost and hurt',
    text: "Thomas Hale had lost his left arm to a cannon ball at the siege. Edward Crane walked on a wooden right leg. A French sabre had cut off Mary Benson's right hand. Ann Lacey limped on her left foot after the fall.",
    facts: [
      { kind: 'limb', value: /^left$/, entity: THOMAS, detail: /arm/ },
      { kind: 'limb', value: /^right$/, entity: EDWARD, detail: /leg/ },
      { kind: 'limb', value: /^right$/, entity: MARY, detail: /hand/ },
      { kind: 'limb', value: /^left$/, entity: ANN, detail: /foot/ },
    ],
  },
  {
    name: "a family's plural name with a count",
    text: 'The Hales had two children, a boy and a girl. The Cranes kept three servants and a coachman. The Bensons had four daughters, all unmarried.',
    facts: [
      { kind: 'count', value: /^2$/, entity: THOMAS, detail: /children/ },
      { kind: 'count', value: /^3$/, entity: EDWARD, detail: /servants/ },
      { kind: 'count', value: /^4$/, entity: MARY, detail: /daughters/ },
    ],
  },
  {
    name: 'counts after a titled name',
    text: "Captain Hale had five sons and no daughter. Miss Benson's two maids slept in the attic.",
    facts: [
      { kind: 'count', value: /^5$/, entity: THOMAS, detail: /sons/ },
      { kind: 'count', value: /^2$/, entity: MARY, detail: /maids/ },
    ],
  },
];
