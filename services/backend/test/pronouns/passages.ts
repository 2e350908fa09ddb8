/**
 * Thirty short passages written for the pronoun resolver's generality check (5 December 2026,
 * twenty-second session), each with one marked pronoun (`[[he]]`) and the character it refers to
 * (null: a person the passage never names). Six of each hard case the dialogue notes name: a
 * pronoun after a quotation's tag, a "he" after another man's description, a third-person pronoun
 * in a first-person narration, two women in one sentence, a pronoun after a possessive subject.
 * Written and committed before the resolver was run on them; the characters are every name of the
 * passage, as the story bible would list them, with no gender given.
 */
export type PassageCase = 'after a tag' | 'after a description' | 'first person' | 'two women' | 'possessive';

export interface Passage {
  case: PassageCase;
  /** The passage, the pronoun to resolve marked as `[[she]]`. */
  text: string;
  /** Each character's id and its names as written, longest first. */
  characters: Array<{ id: string; names: string[] }>;
  /** The character the marked pronoun refers to; null when it is someone unnamed. */
  referent: string | null;
}

export const PASSAGES: readonly Passage[] = [
  {
    case: 'after a tag',
    text: 'Oliver and Mr. Pratt walked down to the harbour together. The boats were in. “We shall have rain before night,” said Mr. Pratt. [[He]] turned up the collar of his coat and walked on ahead.',
    characters: [
      { id: 'oliver', names: ['Oliver'] },
      { id: 'pratt', names: ['Mr. Pratt'] },
    ],
    referent: 'pratt',
  },
  {
    case: 'after a tag',
    text: 'Martha sat sewing by the window while Ada read aloud. “Do stop, the light is going,” said Martha. [[She]] folded the shirt and put it in the basket.',
    characters: [
      { id: 'martha', names: ['Martha'] },
      { id: 'ada', names: ['Ada'] },
    ],
    referent: 'martha',
  },
  {
    case: 'after a tag',
    text: 'Daniel found his brother George mending a net on the shore. “You are late,” George said, without looking up. “The tide turned early,” replied [[he]].',
    characters: [
      { id: 'daniel', names: ['Daniel'] },
      { id: 'george', names: ['George'] },
    ],
    referent: 'daniel',
  },
  {
    case: 'after a tag',
    text: 'Mrs. Lowe poured the tea and handed a cup to Kitty. “You look tired, my dear,” she said. “I walked from the station,” returned [[she]], and sat down.',
    characters: [
      { id: 'lowe', names: ['Mrs. Lowe'] },
      { id: 'kitty', names: ['Kitty'] },
    ],
    referent: 'kitty',
  },
  {
    case: 'after a tag',
    text: 'Frederick left Annie at the gate and went up to the house with a lantern. “Is the doctor at home?” he asked the maid. “He is out on a call, sir,” she answered. Frederick thanked [[her]] and went back down the path.',
    characters: [
      { id: 'frederick', names: ['Frederick'] },
      { id: 'annie', names: ['Annie'] },
    ],
    referent: null,
  },
  {
    case: 'after a tag',
    text: '“I never liked the man,” said Uncle Joseph, knocking out his pipe. Peter said nothing. [[He]] had liked Mr. Gray very much.',
    characters: [
      { id: 'joseph', names: ['Uncle Joseph'] },
      { id: 'peter', names: ['Peter'] },
      { id: 'gray', names: ['Mr. Gray'] },
    ],
    referent: 'peter',
  },
  {
    case: 'after a description',
    text: 'Arthur waited at the corner of the square. Presently a stout man in a grey coat came out of the bank, mopping his face. [[He]] stopped to buy a paper from the boy.',
    characters: [{ id: 'arthur', names: ['Arthur'] }],
    referent: null,
  },
  {
    case: 'after a description',
    text: 'Henry showed the visitor into the library. Mr. Vane was a thin, stooping man of sixty, with ink on his fingers and a cough that never left him. [[He]] sat down without being asked.',
    characters: [
      { id: 'henry', names: ['Henry'] },
      { id: 'vane', names: ['Mr. Vane'] },
    ],
    referent: 'vane',
  },
  {
    case: 'after a description',
    text: 'Edmund had expected a clerk. The man who opened the door was a giant, broad as the doorway, with a black beard that reached his chest. [[He]] looked Edmund up and down.',
    characters: [{ id: 'edmund', names: ['Edmund'] }],
    referent: null,
  },
  {
    case: 'after a description',
    text: 'Clara sat with her cousin James on the veranda. Their host, Colonel Ward, was a small brown man with a white moustache and quick eyes. [[He]] talked of India all through dinner.',
    characters: [
      { id: 'clara', names: ['Clara'] },
      { id: 'james', names: ['James'] },
      { id: 'ward', names: ['Colonel Ward'] },
    ],
    referent: 'ward',
  },
  {
    case: 'after a description',
    text: 'Leonard hired a boy to carry the bags. The boy was barefoot and very thin, and his shirt had been mended many times. Leonard gave [[him]] a shilling at the station.',
    characters: [{ id: 'leonard', names: ['Leonard'] }],
    referent: null,
  },
  {
    case: 'after a description',
    text: 'Silas Webb kept the inn at the crossroads. His neighbour, a farmer called Abel Stone, was a red-faced, loud man who drank too much on market days. [[He]] owed Silas eleven pounds.',
    characters: [
      { id: 'silas', names: ['Silas Webb', 'Silas'] },
      { id: 'abel', names: ['Abel Stone'] },
    ],
    referent: 'abel',
  },
  {
    case: 'first person',
    text: 'My name is Robert Hale, and I was then a clerk in my uncle’s office. One morning Mr. Finch came in with a parcel under his arm. [[He]] laid it on my desk without a word.',
    characters: [
      { id: 'robert', names: ['Robert Hale'] },
      { id: 'finch', names: ['Mr. Finch'] },
    ],
    referent: 'finch',
  },
  {
    case: 'first person',
    text: 'I went down to breakfast late. My sister Ruth was already at the table with the letters. [[She]] handed me one without looking up.',
    characters: [{ id: 'ruth', names: ['Ruth'] }],
    referent: 'ruth',
  },
  {
    case: 'first person',
    text: 'I, Thomas Grey, set this down so that it may be known. Harding came to my door on the night of the fire. I let [[him]] in, though I did not trust him.',
    characters: [
      { id: 'thomas', names: ['Thomas Grey'] },
      { id: 'harding', names: ['Harding'] },
    ],
    referent: 'harding',
  },
  {
    case: 'first person',
    text: 'Lucy and I had shared a room at school. I saw her again at a wedding in June, ten years later. [[She]] had married a doctor and lived in Bath.',
    characters: [{ id: 'lucy', names: ['Lucy'] }],
    referent: 'lucy',
  },
  {
    case: 'first person',
    text: 'I followed Mr. Carver into the yard, where his men were loading the cart. I asked [[him]] whether the horse was sound.',
    characters: [{ id: 'carver', names: ['Mr. Carver'] }],
    referent: 'carver',
  },
  {
    case: 'first person',
    text: 'My father never spoke of his brother. I learned of Uncle Ned only when a letter came from Canada. [[He]] had died there in the spring, and left me his watch.',
    characters: [{ id: 'ned', names: ['Uncle Ned'] }],
    referent: 'ned',
  },
  {
    case: 'two women',
    text: 'Emily met her cousin Grace at the station, and [[she]] took her straight home in the trap.',
    characters: [
      { id: 'emily', names: ['Emily'] },
      { id: 'grace', names: ['Grace'] },
    ],
    referent: 'emily',
  },
  {
    case: 'two women',
    text: 'When Mrs. Bell came into the room, Nora stood up and offered [[her]] the best chair.',
    characters: [
      { id: 'bell', names: ['Mrs. Bell'] },
      { id: 'nora', names: ['Nora'] },
    ],
    referent: 'bell',
  },
  {
    case: 'two women',
    text: 'Jane wrote to Harriet every week, but [[she]] never answered.',
    characters: [
      { id: 'jane', names: ['Jane'] },
      { id: 'harriet', names: ['Harriet'] },
    ],
    referent: 'harriet',
  },
  {
    case: 'two women',
    text: 'Aunt Maud disliked Sophie from the first, and Sophie knew it. [[She]] took care to keep out of her way.',
    characters: [
      { id: 'maud', names: ['Aunt Maud'] },
      { id: 'sophie', names: ['Sophie'] },
    ],
    referent: 'sophie',
  },
  {
    case: 'two women',
    text: 'Lady Ross introduced Miss Finch to her daughter Alice, who was shy and said very little. Miss Finch liked [[her]] at once.',
    characters: [
      { id: 'ross', names: ['Lady Ross'] },
      { id: 'finch', names: ['Miss Finch'] },
      { id: 'alice', names: ['Alice'] },
    ],
    referent: 'alice',
  },
  {
    case: 'two women',
    text: 'Kate passed the bread to Mrs. Dunn, who thanked [[her]] and took two slices.',
    characters: [
      { id: 'kate', names: ['Kate'] },
      { id: 'dunn', names: ['Mrs. Dunn'] },
    ],
    referent: 'kate',
  },
  {
    case: 'possessive',
    text: 'George read the post at breakfast. Frank’s letter was the last. [[He]] wrote that the farm was sold and that he was coming home.',
    characters: [
      { id: 'george', names: ['George'] },
      { id: 'frank', names: ['Frank'] },
    ],
    referent: 'frank',
  },
  {
    case: 'possessive',
    text: 'Anna’s brother Paul came home from sea in May. [[He]] brought her a green parrot.',
    characters: [
      { id: 'anna', names: ['Anna'] },
      { id: 'paul', names: ['Paul'] },
    ],
    referent: 'paul',
  },
  {
    case: 'possessive',
    text: 'Mr. Dale’s housekeeper met Laura at the door. [[She]] said that the master was out.',
    characters: [
      { id: 'dale', names: ['Mr. Dale'] },
      { id: 'laura', names: ['Laura'] },
    ],
    referent: null,
  },
  {
    case: 'possessive',
    text: 'Robert’s father, Captain Fell, had been lost at sea when Robert was two. [[He]] had left nothing but a sea chest and a name.',
    characters: [
      { id: 'robert', names: ['Robert'] },
      { id: 'fell', names: ['Captain Fell'] },
    ],
    referent: 'fell',
  },
  {
    case: 'possessive',
    text: 'Miss Hay’s niece, Dora, kept house for her. [[She]] was a quiet girl of twenty who read novels in the kitchen.',
    characters: [
      { id: 'hay', names: ['Miss Hay'] },
      { id: 'dora', names: ['Dora'] },
    ],
    referent: 'dora',
  },
  {
    case: 'possessive',
    text: 'Jack’s uncle Matthew owned the mill, and Jack worked there every summer. [[He]] paid the boy a shilling a week.',
    characters: [
      { id: 'jack', names: ['Jack'] },
      { id: 'matthew', names: ['Matthew'] },
    ],
    referent: 'matthew',
  },
];
