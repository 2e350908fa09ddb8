/**
 * Nine short passages of facts the continuity check did not read before its twenty-fifth session:
 * complexion, beauty and plainness, the shape of the hair, a limb lost, birth order, a parent's
 * death told in the first person and a family's plural name with a count. Written before any rule
 * of that session and before any output on them was read: the generality check of those readers
 * (`new-kinds-phrasings.test.ts` says which are read). The people are those of `common-phrasings.ts`.
 */

/** A fact a passage states: its kind, a pattern of its value, its owner and (for a count or limb) its detail. */
export interface ExpectedNewKindFact {
  /** `complexion`, `beauty` and `order` (birth order) were no kind the readers gave when this was written. */
  kind: 'complexion' | 'beauty' | 'hair' | 'limb' | 'order' | 'status' | 'count';
  value: RegExp;
  /** The owner's entity key; a parent told of as "my mother" is matched by the relation word. */
  entity: RegExp;
  /** The counted noun of a count, or the limb of a limb. */
  detail?: RegExp;
}

export interface NewKindPassage {
  name: string;
  text: string;
  facts: readonly ExpectedNewKindFact[];
}

const THOMAS = /thomas|hale/;
const MARY = /mary|benson/;
const EDWARD = /edward|crane/;
const ANN = /ann|lacey/;

export const NEW_KIND_PASSAGES: readonly NewKindPassage[] = [
  {
    name: 'complexions',
    text: 'Mary Benson had a dark complexion and black brows. Ann Lacey had the fair skin of her mother. Edward Crane was sunburnt and swarthy from years at sea. Thomas Hale had a pale, freckled face.',
    facts: [
      { kind: 'complexion', value: /dark/, entity: MARY },
      { kind: 'complexion', value: /fair/, entity: ANN },
      { kind: 'complexion', value: /dark|swarthy/, entity: EDWARD },
      { kind: 'complexion', value: /pale/, entity: THOMAS },
    ],
  },
  {
    name: 'complexions after a pronoun',
    text: 'Ann Lacey came in from the garden. Her fair complexion was flushed with the cold. Edward Crane followed her; his swarthy skin glistened with rain.',
    facts: [
      { kind: 'complexion', value: /fair/, entity: ANN },
      { kind: 'complexion', value: /dark|swarthy/, entity: EDWARD },
    ],
  },
  {
    name: 'beauty and plainness',
    text: 'Mary Benson was a plain girl with a kind heart. Ann Lacey was the beauty of the county. Edward Crane was a handsome young man, and Thomas Hale was an ugly old fellow.',
    facts: [
      { kind: 'beauty', value: /plain/, entity: MARY },
      { kind: 'beauty', value: /beaut/, entity: ANN },
      { kind: 'beauty', value: /handsome|beaut/, entity: EDWARD },
      { kind: 'beauty', value: /ugly|plain/, entity: THOMAS },
    ],
  },
  {
    name: 'the shape of the hair',
    text: 'Ann Lacey wore her straight black hair in a plait. Mary Benson shook her curls. Edward Crane had curly red hair. Thomas Hale smoothed his lank hair with his palm.',
    facts: [
      { kind: 'hair', value: /straight/, entity: ANN },
      { kind: 'hair', value: /curl/, entity: MARY },
      { kind: 'hair', value: /curl/, entity: EDWARD },
      { kind: 'hair', value: /straight|lank/, entity: THOMAS },
    ],
  },
  {
    name: 'limbs lost',
    text: "Thomas Hale had lost his left arm at Waterloo. Edward Crane had lost a leg in the wreck of the Mary Rose. The surgeon took off Mary Benson's right hand after the fire.",
    facts: [
      { kind: 'limb', value: /^left$/, entity: THOMAS, detail: /arm/ },
      { kind: 'limb', value: /.+/, entity: EDWARD, detail: /leg/ },
      { kind: 'limb', value: /^right$/, entity: MARY, detail: /hand/ },
    ],
  },
  {
    name: 'birth order',
    text: 'Mary Benson was the eldest of the Benson girls. Ann Lacey, the youngest of the Laceys, was still at school. Thomas Hale was the second son of a clergyman. Edward Crane was an only child.',
    facts: [
      { kind: 'order', value: /eldest|oldest/, entity: MARY },
      { kind: 'order', value: /youngest/, entity: ANN },
      { kind: 'order', value: /second/, entity: THOMAS },
      { kind: 'order', value: /only/, entity: EDWARD },
    ],
  },
  {
    name: "a parent's death told in the first person",
    text: 'My name is Thomas Hale. My mother died when I was six, and my father brought me up alone. He was killed in a fall from his horse the winter I turned twenty.',
    facts: [
      { kind: 'status', value: /^dead$/, entity: /mother/ },
      { kind: 'status', value: /^dead$/, entity: /father/ },
    ],
  },
  {
    name: "a family's plural name with a count",
    text: 'The three Miss Bensons came to the ball in white. The two young Cranes rode over from the Hall. All four Lacey sisters were there.',
    facts: [
      { kind: 'count', value: /^3$/, entity: MARY, detail: /bensons|daughters|sisters|miss/i },
      { kind: 'count', value: /^2$/, entity: EDWARD, detail: /cranes|sons|children/i },
      { kind: 'count', value: /^4$/, entity: ANN, detail: /sisters/ },
    ],
  },
  {
    name: 'a family counted in sisters',
    text: 'Ann Lacey and her three sisters lived with their aunt. Mary Benson was one of five sisters.',
    facts: [
      { kind: 'count', value: /^[34]$/, entity: ANN, detail: /sisters/ },
      { kind: 'count', value: /^[45]$/, entity: MARY, detail: /sisters/ },
    ],
  },
];
