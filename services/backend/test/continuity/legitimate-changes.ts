/**
 * Thirty short manuscripts of my own, each holding one change an author writes on purpose (issue
 * 19: a title gained, a married name, ageing over the story's years, a lie or a mistake in a
 * character's speech, a ghost, a flashback, a report after a death), and ten each holding a real
 * contradiction close to one of them. Written for the continuity fortieth pass before any rule of
 * it and before any output on them was read: the generality check of legitimate change
 * (`legitimate-changes.test.ts` says which are flagged).
 */
import { PEOPLE_FILLER } from './facts/common-phrasings.js';

export interface Manuscript {
  name: string;
  text: string;
}

/** A real contradiction: some issue must cite a passage holding each of `cites`. */
export interface Contradiction extends Manuscript {
  cites: readonly [string, string];
}

/** A manuscript of the given chapters, the first after filler that makes the people names. */
export const chapters = (...bodies: string[]): string =>
  bodies.map((body, i) => `Chapter ${i + 1}\n\n${i === 0 ? `${PEOPLE_FILLER}\n\n` : ''}${body}`).join('\n\n');

export const LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'a rank gained, with the promotion told',
    text: chapters(
      'Captain Thomas Hale commanded the company at the fort, and his men loved him.',
      'Two years later Thomas Hale was promoted for his courage at the river.',
      'Major Thomas Hale rode at the head of the regiment when it marched north.',
    ),
  },
  {
    name: 'a rank gained over years, not told',
    text: chapters(
      'Lieutenant Edward Crane was a young officer of the line, eager and poor.',
      'Twenty years went by, and the war in the south was fought and won.',
      'General Edward Crane, grey and famous now, reviewed the troops on the plain.',
    ),
  },
  {
    name: 'a title inherited',
    text: chapters(
      'Edward Crane was a plain merchant of the town, with a shop near the quay.',
      'When his old cousin the earl died without a son, Edward Crane inherited the title.',
      'Lord Crane drove up to the house in a carriage with four horses.',
    ),
  },
  {
    name: 'a married name',
    text: chapters(
      'Miss Ann Lacey was unmarried and lived with her aunt in the little house by the church.',
      'In the spring Ann Lacey married Edward Crane, and the whole village came to the wedding.',
      "Mrs. Ann Crane kept her husband's house and was married a long and happy time.",
    ),
  },
  {
    name: 'a widow',
    text: chapters(
      'Mary Benson was married to a sailor, and her husband was often away at sea.',
      'That winter her husband was lost with his ship off the northern cape.',
      'Mary Benson, a widow now, kept a little shop at the end of the street.',
    ),
  },
  {
    name: 'an age ten years later, with "now"',
    text: chapters(
      'Thomas Hale was twenty years old when he came to the village.',
      'Ten years later Thomas Hale, now thirty, was the richest farmer in the valley.',
    ),
  },
  {
    name: 'an age after years passed, without "now"',
    text: chapters(
      'Thomas Hale was twenty years old when he came to the village.',
      'Ten years passed, and the farm grew.',
      'Thomas Hale was thirty when he bought the mill from Edward Crane.',
    ),
  },
  {
    name: 'a child grown up',
    text: chapters(
      'Ann Lacey was a little girl of six, and she played all day in the orchard.',
      'Twelve years later the orchard was sold.',
      'Ann Lacey was eighteen, and the young men of the village came to call on her.',
    ),
  },
  {
    name: 'ages in dated years',
    text: chapters(
      'In 1850 Edward Crane was forty years old and lived in the old house.',
      'In 1865 Edward Crane was fifty-five years old, and he still lived in the old house.',
    ),
  },
  {
    name: 'hair gone grey with the years',
    text: chapters(
      'Mary Benson had thick black hair, which she wore in a long plait.',
      'Twenty years passed before she came back to the village.',
      "Mary Benson's hair had turned grey, and she wore it under a cap.",
    ),
  },
  {
    name: 'hair dyed',
    text: chapters(
      'Ann Lacey had brown hair and a quiet face.',
      'For the play Ann Lacey dyed her hair red, and she laughed at herself in the glass.',
      'Ann Lacey shook her red hair and went out on the stage.',
    ),
  },
  {
    name: 'an arm lost, the other arm kept',
    text: chapters(
      'Thomas Hale had two strong arms and could row all day.',
      'At the battle Thomas Hale lost his left arm to a cannon ball.',
      'Thomas Hale, who had but one arm now, held the reins in his right hand.',
    ),
  },
  {
    name: 'a move to another town',
    text: chapters(
      'Edward Crane lived in London, in a tall house near the river.',
      'In the spring Edward Crane sold the house and moved to Bath.',
      'Edward Crane lived in Bath for the rest of his life.',
    ),
  },
  {
    name: 'a ship lost from a fleet',
    text: chapters(
      'The company owned five ships, and Edward Crane was the master of the largest.',
      'In the great storm of that winter one of the five ships was lost with all hands.',
      "The company's four ships lay in the harbour all the next summer.",
    ),
  },
  {
    name: 'the law given up for the church',
    text: chapters(
      'Thomas Hale was a lawyer, and a clever one.',
      'At thirty Thomas Hale gave up the law for the church.',
      'Thomas Hale was a clergyman ever after, and preached every Sunday.',
    ),
  },
  {
    name: 'a forge sold for an inn',
    text: chapters(
      'Edward Crane was the blacksmith of the village.',
      'When his arm grew weak, Edward Crane sold his forge and became an innkeeper.',
      'Edward Crane, the innkeeper, poured the ale himself.',
    ),
  },
  {
    name: 'a death reported that proves false',
    text: chapters(
      'News came that Edward Crane had died at sea.',
      'But Edward Crane was not dead. In the spring he walked into the village and knocked at his own door.',
    ),
  },
  {
    name: 'a report of a death in the war, then the man home',
    text: chapters(
      'The newspapers said that Thomas Hale had been killed in the war.',
      'The report was false. Thomas Hale came home in June and kissed his wife.',
    ),
  },
  {
    name: 'a ghost',
    text: chapters(
      'Mary Benson died in the winter, and they buried her in the churchyard.',
      'That night the ghost of Mary Benson stood at the foot of his bed and spoke to him.',
    ),
  },
  {
    name: 'a dream of the dead',
    text: chapters(
      'Thomas Hale died of the fever in the autumn.',
      'That night Ann dreamed that Thomas Hale walked beside her in the garden and laughed.',
    ),
  },
  {
    name: 'a flashback to before a death',
    text: chapters(
      'Edward Crane died in the autumn.',
      'Ann remembered the summer before his death, when Edward Crane had rowed her across the lake.',
    ),
  },
  {
    name: 'a flashback years back',
    text: chapters(
      'Mary Benson was dead, and the house was quiet.',
      'Ten years before, when she was still alive, Mary Benson had planted the roses by the gate.',
    ),
  },
  {
    name: 'a letter read after a death',
    text: chapters(
      'Thomas Hale was dead, and the village mourned him.',
      'The lawyer read out the letter Thomas Hale had written a week before he died.',
    ),
  },
  {
    name: 'a lie about an age in speech',
    text: chapters(
      'Ann Lacey was forty years old, though she did not look it.',
      '"I am only thirty," said Ann Lacey to the young officer, and she smiled.',
    ),
  },
  {
    name: 'a mistake about a count in speech',
    text: chapters(
      'Thomas Hale had two sons, and both worked on the farm.',
      '"I hear Hale has three sons," said the miller\'s wife, who knew nothing of the family.',
    ),
  },
  {
    name: 'a lie about a calling in speech',
    text: chapters(
      'Edward Crane was a thief, and the best in London.',
      '"I am a doctor," said Edward Crane to the innkeeper, "and I need a room for the night."',
    ),
  },
  {
    name: 'a disguise',
    text: chapters(
      'Thomas Hale had black hair and a clean-shaven face.',
      'To pass the guards Thomas Hale put on a grey wig and a false beard.',
    ),
  },
  {
    name: 'hair cut and dyed to pass as a boy',
    text: chapters(
      'Mary Benson had long fair hair that fell to her waist.',
      'To pass as a boy Mary Benson cut her hair short and dyed it black.',
      "With her black hair and her brother's coat, Mary Benson walked to the port.",
    ),
  },
  {
    name: 'a nickname',
    text: chapters(
      'Edward Crane was the youngest sailor on the ship.',
      'The sailors called Edward Crane Ned, for there were two Edwards aboard.',
      'Ned laughed and poured the wine for the captain. Ned was the favourite of the crew.',
    ),
  },
  {
    name: 'a child born',
    text: chapters(
      'The Hales had two children, a boy and a girl.',
      'In the spring a third child was born to the Hales.',
      'Now the Hales had three children.',
    ),
  },
];

export const REAL: readonly Contradiction[] = [
  {
    name: 'hair of two colours with no change',
    text: chapters(
      'Mary Benson had thick black hair, which she wore in a long plait.',
      "Mary Benson's fair hair shone in the sun as she walked to church.",
    ),
    cites: ['black hair', 'fair hair'],
  },
  {
    name: 'an age going backwards over a year',
    text: chapters(
      'Thomas Hale was thirty years old when he came to the village.',
      'A year later Thomas Hale was twenty years old.',
    ),
    cites: ['thirty', 'twenty'],
  },
  {
    name: 'the lost arm used',
    text: chapters(
      'At the battle Thomas Hale lost his left arm to a cannon ball.',
      'Thomas Hale raised his left arm and waved to the crowd.',
    ),
    cites: ['lost his left arm', 'left arm'],
  },
  {
    name: 'the dead walking with no report',
    text: chapters(
      'Edward Crane died in the autumn, and they buried him in the churchyard.',
      'In the spring Edward Crane walked into the village and bought bread.',
    ),
    cites: ['died', 'walked'],
  },
  {
    name: 'the dead pouring tea',
    text: chapters(
      'Mary Benson died in the winter.',
      'Mary Benson laughed and poured the tea for her guests.',
    ),
    cites: ['died', 'poured'],
  },
  {
    name: 'children counted two ways with no birth',
    text: chapters(
      'The Hales had two children, a boy and a girl.',
      'The three children of the Hales played in the garden.',
    ),
    cites: ['two children', 'three children'],
  },
  {
    name: 'eyes of two colours',
    text: chapters('Ann Lacey had large grey eyes.', 'Ann Lacey turned her brown eyes on the stranger.'),
    cites: ['grey eyes', 'brown eyes'],
  },
  {
    name: 'two callings with no change',
    text: chapters(
      'Thomas Hale was a lawyer, and a clever one.',
      'Thomas Hale was a blacksmith, and his arms were black with soot.',
    ),
    cites: ['lawyer', 'blacksmith'],
  },
  {
    name: 'two ages in narration',
    text: chapters(
      'Ann Lacey was forty years old, though she did not look it.',
      'That same week Ann Lacey, who was thirty years old, danced at the ball.',
    ),
    cites: ['forty', 'thirty'],
  },
  {
    name: 'never married, then a husband',
    text: chapters(
      'Mary Benson never married, and lived alone all her life.',
      'Mary Benson was married to Edward Crane, the blacksmith.',
    ),
    cites: ['never married', 'married to'],
  },
];
