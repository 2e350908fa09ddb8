import type { MarkedPassage } from './generality-set-2.js';

/**
 * The described-subject set (7 December 2026, thirty-ninth session, a helper): short passages in
 * the manner of a nineteenth-century novel, with invented people, each opening a sentence on a
 * person by a description of several words ("The old man", "The tired young woman"). In half, the
 * description is a named character met just before, the one person of that sex in the scene (and
 * of that age where the text gave one: "old Mr. Hobday", "a man of seventy", "the child Alice"), and
 * the pronoun after it is that character's. In the other half it is someone new: no named person of
 * that sex is in the scene, two are and nothing decides, the age the text gave does not fit, or the
 * article is "A"; the pronoun after it is left to no one, or goes to the right named person. Near
 * cases open on no person ("The house where the man lived", "The storm woke the man"). Every
 * singular pronoun is marked. Written and committed before any rule was made for them.
 */
export const DESCRIBED_SUBJECT_SET: readonly MarkedPassage[] = [
  {
    case: 'described subject already named',
    text: 'Old Mr. Hobday sat by the fire while Lucy Dane read aloud. The old man nodded, and [[his|hobday]] pipe went out.',
    characters: [
      { id: 'hobday', names: ['Mr. Hobday'] },
      { id: 'dane', names: ['Lucy Dane'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'Mr. Hale, a man of seventy, walked with Margaret Ord to the gate. The old gentleman stopped there and leaned on [[his|hale]] stick.',
    characters: [
      { id: 'hale', names: ['Mr. Hale'] },
      { id: 'ord', names: ['Margaret Ord'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'Miss Dora Vane came down the stairs as Mr. Crane was leaving. The young lady held out [[her|vane]] hand, and [[he|crane]] bowed over it.',
    characters: [
      { id: 'vane', names: ['Miss Dora Vane'] },
      { id: 'crane', names: ['Mr. Crane'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'The child Alice ran ahead of Mr. Dodd along the lane. The little girl stopped at the stile and waved [[her|alice]] bonnet at [[him|dodd]].',
    characters: [
      { id: 'alice', names: ['Alice'] },
      { id: 'dodd', names: ['Mr. Dodd'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'Mrs. Rudd was baking when young Tom Baxter came into the kitchen. The hungry boy put down [[his|baxter]] satchel and asked for bread.',
    characters: [
      { id: 'baxter', names: ['Tom Baxter'] },
      { id: 'rudd', names: ['Mrs. Rudd'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'Ellen Marsh waited at the station for an hour, and Mr. Pryor did not come. The tired young woman picked up [[her|marsh]] bag and walked home.',
    characters: [
      { id: 'marsh', names: ['Ellen Marsh'] },
      { id: 'pryor', names: ['Mr. Pryor'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'Mrs. Gower and Captain Lisle walked home from church together. The old lady took [[his|lisle]] arm at the corner, and [[she|gower]] talked of the sermon.',
    characters: [
      { id: 'gower', names: ['Mrs. Gower'] },
      { id: 'lisle', names: ['Captain Lisle'] },
    ],
  },
  {
    case: 'described subject already named',
    text: 'Dr. Penrose had been up all night with Mrs. Ashby. The weary man rubbed [[his|penrose]] eyes as [[he|penrose]] climbed into the gig.',
    characters: [
      { id: 'penrose', names: ['Dr. Penrose'] },
      { id: 'ashby', names: ['Mrs. Ashby'] },
    ],
  },
  {
    case: 'described subject someone new',
    text: 'Mr. Hallam had gone to London on Monday. Mary Tolland was sweeping the step when the cart stopped. The old man climbed down and tied [[his|-]] horse to the rail.',
    characters: [
      { id: 'hallam', names: ['Mr. Hallam'] },
      { id: 'tolland', names: ['Mary Tolland'] },
    ],
  },
  {
    case: 'described subject someone new',
    text: 'Mr. Orme sat alone in the waiting room. A stout young man came in and hung up [[his|-]] hat.',
    characters: [{ id: 'orme', names: ['Mr. Orme'] }],
  },
  {
    case: 'described subject someone new',
    text: 'Young Harry Vell held the horses while the carriage waited. The old man inside it leaned out and shook [[his|-]] fist.',
    characters: [{ id: 'vell', names: ['Harry Vell'] }],
  },
  {
    case: 'described subject someone new',
    text: 'Mr. Ruddle and Mr. Kemp were arguing in the bar. The old man at the window drank [[his|-]] ale in silence.',
    characters: [
      { id: 'ruddle', names: ['Mr. Ruddle'] },
      { id: 'kemp', names: ['Mr. Kemp'] },
    ],
  },
  {
    case: 'described subject someone new',
    text: 'Mr. Cobb, a lad of nineteen, kept the gate. The old woman who came to it each morning gave [[him|cobb]] an egg from [[her|-]] basket.',
    characters: [{ id: 'cobb', names: ['Mr. Cobb'] }],
  },
  {
    case: 'described subject someone new',
    text: 'Mrs. Fane and Miss Lowry sat sewing in the parlour. The young lady at the piano turned [[her|-]] music and did not look up.',
    characters: [
      { id: 'fane', names: ['Mrs. Fane'] },
      { id: 'lowry', names: ['Miss Lowry'] },
    ],
  },
  {
    case: 'described subject someone new',
    text: 'Old Mrs. Kettle was asleep in the chair. An elderly gentleman knocked at the door and asked for [[his|-]] umbrella.',
    characters: [{ id: 'kettle', names: ['Mrs. Kettle'] }],
  },
  {
    case: 'described subject someone new',
    text: 'Mr. Blount, a man of sixty, was reading the paper. The small boy by the door kicked [[his|-]] heels against the bench, and [[he|blount]] looked up crossly.',
    characters: [{ id: 'blount', names: ['Mr. Blount'] }],
  },
  {
    case: 'described subject near case',
    text: 'Mr. Orr walked down the lane at dusk. The house where the man lived was empty now, and [[he|orr]] did not stop.',
    characters: [{ id: 'orr', names: ['Mr. Orr'] }],
  },
  {
    case: 'described subject near case',
    text: 'Mr. Tamsin slept badly at the inn. The storm woke the man at two, and [[he|tamsin]] lit [[his|tamsin]] candle.',
    characters: [{ id: 'tamsin', names: ['Mr. Tamsin'] }],
  },
];
