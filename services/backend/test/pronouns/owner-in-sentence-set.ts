import type { MarkedPassage } from './generality-set-2.js';

/**
 * The owner-in-sentence set (8 December 2026, fortieth session, a helper): short invented passages
 * in the manner of a nineteenth-century novel around one possessive each. In the first twelve the
 * possessive's owner is named in its own sentence as the object of a verb or a preposition, after a
 * named subject of the other sex who cannot own it, while the sentence before had a subject of the
 * owner's sex ("Fanny sat in the window with Captain Leith and looked at his sketches"). In the
 * thirteen near cases another person of the possessive's sex is named in its sentence but the owner
 * is the sentence's subject or someone met earlier: a subject of the owner's sex, a name in a
 * fronted clause, in speech, in an aside, as a possessive, after the possessive, two such names, a
 * pronoun of that sex between name and possessive, and two whose owner only the sense gives ("Ellen
 * fetched Dr. Vane from the village to his bedside", of the sick man). Every singular pronoun is
 * marked as in the second generality set. Written and committed before any rule was made for them.
 */
export const OWNER_IN_SENTENCE_SET: readonly MarkedPassage[] = [
  {
    case: 'owner named as object',
    text: 'Mr. Dorrell had gone out to the stables. Fanny sat in the window with Captain Leith and looked at [[his|leith]] sketches of Malta.',
    characters: [
      { id: 'dorrell', names: ['Mr. Dorrell'] },
      { id: 'fanny', names: ['Fanny'] },
      { id: 'leith', names: ['Captain Leith'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Lady Brandon was resting upstairs. Arthur Wade drove Miss Pell to the station and carried [[her|pell]] trunk to the train.',
    characters: [
      { id: 'brandon', names: ['Lady Brandon'] },
      { id: 'wade', names: ['Arthur Wade', 'Arthur'] },
      { id: 'pell', names: ['Miss Pell'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mr. Quarles would not leave the fire. Susan went out to meet Dr. Amory in the lane and took [[his|amory]] bag from [[him|amory]].',
    characters: [
      { id: 'quarles', names: ['Mr. Quarles'] },
      { id: 'susan', names: ['Susan'] },
      { id: 'amory', names: ['Dr. Amory'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mrs. Hebden kept to [[her|hebden]] room all that day. Tom Rayner called on Miss Fairlie after luncheon and admired [[her|fairlie]] new piano.',
    characters: [
      { id: 'hebden', names: ['Mrs. Hebden'] },
      { id: 'rayner', names: ['Tom Rayner', 'Tom'] },
      { id: 'fairlie', names: ['Miss Fairlie'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mr. Stott had walked home early. Agnes stayed behind with Mr. Crewe and helped [[him|crewe]] sort [[his|crewe]] papers.',
    characters: [
      { id: 'stott', names: ['Mr. Stott'] },
      { id: 'agnes', names: ['Agnes'] },
      { id: 'crewe', names: ['Mr. Crewe'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Jack Fenwick was a great talker. Ellen had heard much of Colonel Brand and of [[his|brand]] years in Canada.',
    characters: [
      { id: 'fenwick', names: ['Jack Fenwick', 'Jack'] },
      { id: 'ellen', names: ['Ellen'] },
      { id: 'brand', names: ['Colonel Brand'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mr. Oakes was writing at [[his|oakes]] desk. Margaret found Mr. Rowe in the garden and mended [[his|rowe]] torn coat.',
    characters: [
      { id: 'oakes', names: ['Mr. Oakes'] },
      { id: 'margaret', names: ['Margaret'] },
      { id: 'rowe', names: ['Mr. Rowe'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mrs. Ashe had gone up to bed. Henry took Kate Lorimer in to dinner and sat at [[her|lorimer]] right hand.',
    characters: [
      { id: 'ashe', names: ['Mrs. Ashe'] },
      { id: 'henry', names: ['Henry'] },
      { id: 'lorimer', names: ['Kate Lorimer', 'Kate'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Miss Vail was busy in the kitchen. Robert walked up the hill with Mrs. Dene and listened to [[her|dene]] account of the fire.',
    characters: [
      { id: 'vail', names: ['Miss Vail'] },
      { id: 'robert', names: ['Robert'] },
      { id: 'dene', names: ['Mrs. Dene'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Lady Kerr sat reading under the trees. George handed Miss Lacy into the boat and spread a shawl over [[her|lacy]] lap.',
    characters: [
      { id: 'kerr', names: ['Lady Kerr'] },
      { id: 'george', names: ['George'] },
      { id: 'lacy', names: ['Miss Lacy'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mr. Gorse had fallen asleep over the newspaper. Nelly hurried out to greet Mr. Tarrant, and held [[his|tarrant]] horse at the gate.',
    characters: [
      { id: 'gorse', names: ['Mr. Gorse'] },
      { id: 'nelly', names: ['Nelly'] },
      { id: 'tarrant', names: ['Mr. Tarrant'] },
    ],
  },
  {
    case: 'owner named as object',
    text: 'Mr. Pratt sat silent at the end of the table. Lucy talked all through dinner to Captain Hume about [[his|hume]] regiment.',
    characters: [
      { id: 'pratt', names: ['Mr. Pratt'] },
      { id: 'lucy', names: ['Lucy'] },
      { id: 'hume', names: ['Captain Hume'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mrs. Cole was not at home. Mr. Hext met Mr. Pardoe at the gate and raised [[his|hext]] hat.',
    characters: [
      { id: 'cole', names: ['Mrs. Cole'] },
      { id: 'hext', names: ['Mr. Hext'] },
      { id: 'pardoe', names: ['Mr. Pardoe'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Tilney sat by the fire. Jane walked to church with Miss Orr and lost [[her|jane]] glove on the way.',
    characters: [
      { id: 'tilney', names: ['Mr. Tilney'] },
      { id: 'jane', names: ['Jane'] },
      { id: 'orr', names: ['Miss Orr'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Lady Ansell sat by the window. Mrs. Brook brought Miss Tate into the room and took off [[her|brook]] own bonnet.',
    characters: [
      { id: 'ansell', names: ['Lady Ansell'] },
      { id: 'brook', names: ['Mrs. Brook'] },
      { id: 'tate', names: ['Miss Tate'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Bray was away at the fair. [[He|bray]] had left Tom Gale in charge of [[his|bray]] shop.',
    characters: [
      { id: 'bray', names: ['Mr. Bray'] },
      { id: 'gale', names: ['Tom Gale', 'Tom'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Lyle lay ill upstairs. When Dr. Vane had gone, Ellen sat down again by [[his|lyle]] bed.',
    characters: [
      { id: 'lyle', names: ['Mr. Lyle'] },
      { id: 'vane', names: ['Dr. Vane'] },
      { id: 'ellen', names: ['Ellen'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Old Mr. Grant was tired after the walk. “Dr. Fry will call in the morning,” said Ann, and [[she|ann]] pulled off [[his|grant]] boots.',
    characters: [
      { id: 'grant', names: ['Mr. Grant'] },
      { id: 'fry', names: ['Dr. Fry'] },
      { id: 'ann', names: ['Ann'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Royce had a bad cold. Ellen wrote to Dr. Pym and to Mr. Hale about [[his|royce]] cough.',
    characters: [
      { id: 'royce', names: ['Mr. Royce'] },
      { id: 'ellen', names: ['Ellen'] },
      { id: 'pym', names: ['Dr. Pym'] },
      { id: 'hale', names: ['Mr. Hale'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Carr was ill in bed. Susan sent for Dr. Mott and told [[him|mott]] of [[his|carr]] fever.',
    characters: [
      { id: 'carr', names: ['Mr. Carr'] },
      { id: 'susan', names: ['Susan'] },
      { id: 'mott', names: ['Dr. Mott'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Drew had caught a chill. Lucy, who had met Dr. Hale in the lane, hurried home to [[his|drew]] bedside.',
    characters: [
      { id: 'drew', names: ['Mr. Drew'] },
      { id: 'lucy', names: ['Lucy'] },
      { id: 'hale', names: ['Dr. Hale'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: "Mr. Hurst was asleep in [[his|hurst]] chair. Mary read Mr. Bell's letter again and laid a rug over [[his|hurst]] knees.",
    characters: [
      { id: 'hurst', names: ['Mr. Hurst'] },
      { id: 'mary', names: ['Mary'] },
      { id: 'bell', names: ['Mr. Bell'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Hind had gone up to London. Polly mended [[his|hind]] shirts while Mr. Orton read aloud.',
    characters: [
      { id: 'hind', names: ['Mr. Hind'] },
      { id: 'polly', names: ['Polly'] },
      { id: 'orton', names: ['Mr. Orton'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mr. Penrose lay ill upstairs. Ellen fetched Dr. Vane from the village to [[his|penrose]] bedside.',
    characters: [
      { id: 'penrose', names: ['Mr. Penrose'] },
      { id: 'ellen', names: ['Ellen'] },
      { id: 'vane', names: ['Dr. Vane'] },
    ],
  },
  {
    case: 'owner subject or earlier near case',
    text: 'Mrs. Deane looked pale and ill. George spoke gently of Miss Ross, and took [[her|deane]] hand.',
    characters: [
      { id: 'deane', names: ['Mrs. Deane'] },
      { id: 'george', names: ['George'] },
      { id: 'ross', names: ['Miss Ross'] },
    ],
  },
];
