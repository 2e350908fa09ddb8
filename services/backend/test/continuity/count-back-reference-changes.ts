/**
 * Short manuscripts of my own for the thirty-first session's helper on counts, written before any
 * rule and before any output on them was read (`count-back-reference-changes.test.ts` says which
 * are found and flagged): a group or a sum the text counts, then refers back to by a definite count
 * ("the forty guineas", "the four soldiers", "his five ships") with another number and no reason
 * given; and near cases that must get no issue (more arrived, some were lost and the text says so,
 * a part of the group, "now", a sum equal to one of those stated, another chapter).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

export const BACK_REFERENCE_REAL: readonly Contradiction[] = [
  {
    name: 'a fee of fifty guineas, then "the forty guineas"',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale offered the carter fifty guineas for the journey to Esham, and the carter took off his hat. The road was bad, and the rain did not stop until the inn.`,
      'The carter came home after dark. All the way he thought of the forty guineas, and of the new roof they would buy.',
    ),
    cites: ['fifty guineas', 'the forty guineas'],
  },
  {
    name: 'three of the soldiers stay behind, then "The four soldiers"',
    text: chapters(
      `${more('Walter Grey', 'Walter')} The captain rode on to the town with his men, three of the soldiers staying behind to guard the bridge. The four soldiers sat down by the fire and cooked their supper.`,
    ),
    cites: ['three of the soldiers', 'The four soldiers'],
  },
  {
    name: 'five lamps on the landing, then "the six lamps"',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson lit five lamps on the landing before the guests came. The house was warm and bright, and the fiddler played in the hall. The six lamps burned all night.`,
    ),
    cites: ['five lamps', 'The six lamps'],
  },
  {
    name: 'two geese bought, then "the three geese" roasted',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} Ann Lacey bought two geese at the Michaelmas fair and carried them home in a basket. On Sunday she roasted the three geese for her brothers.`,
    ),
    cites: ['two geese', 'the three geese'],
  },
  {
    name: '"The two travellers", then "the three travellers" in the same scene',
    text: chapters(
      `${more('George Crane', 'George')} The two travellers had walked from Esham since dawn, and their boots were white with dust. At noon the three travellers sat down at the inn table and called for bread.`,
    ),
    cites: ['The two travellers', 'the three travellers'],
  },
  {
    name: 'a painted board of four ships, then "His five ships"',
    text: chapters(
      `${more('Edward Lacey', 'Edward')} Edward Lacey held up a board on which were painted four ships and a lighthouse. He had begged with it on the quay for years. His five ships were as good ships as any in the harbour.`,
    ),
    cites: ['four ships', 'His five ships'],
  },
];

export const BACK_REFERENCE_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'two soldiers, two more, then "The four soldiers"',
    text: chapters(
      `${more('Walter Grey', 'Walter')} Two soldiers came into the yard at noon. Two more soldiers came in at dusk, wet through. The four soldiers sat by the fire.`,
    ),
  },
  {
    name: 'five lamps, one goes out, "the four lamps that remained"',
    text: chapters(
      `${more('Mary Benson', 'Mary')} Mary Benson lit five lamps on the landing. One of them went out at midnight, and the four lamps that remained burned till dawn.`,
    ),
  },
  {
    name: 'two sums, then one of them referred back',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Thomas Hale paid fifty guineas for the horse and twenty guineas for the cart. He counted out the twenty guineas with care.`,
    ),
  },
  {
    name: 'two of the four soldiers, then "The two soldiers"',
    text: chapters(
      `${more('George Crane', 'George')} Two of the four soldiers stayed at the gate. The two soldiers played at cards until the bell.`,
    ),
  },
  {
    name: 'three travellers, a fourth comes, "now the four travellers"',
    text: chapters(
      `${more('Ann Lacey', 'Ann')} There were three travellers at the inn. A fourth came in out of the rain, and now the four travellers sat at the one table.`,
    ),
  },
  {
    name: 'six hens, a fox kills two, "The four hens left"',
    text: chapters(
      `${more('Jane Benson', 'Jane')} Jane Benson kept six hens behind the cottage. A fox killed two of them in the night. The four hens left laid no eggs for a week.`,
    ),
  },
  {
    name: 'three ships in one chapter, the five ships of the fleet in the next',
    text: chapters(
      `${more('Edward Crane', 'Edward')} Three ships lay in the harbour when Edward Crane came down to the quay.`,
      'Ten years later the five ships of the fleet sailed for the Indies.',
    ),
  },
];
