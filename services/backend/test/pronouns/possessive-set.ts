import type { MarkedPassage } from './generality-set-2.js';

/**
 * The possessive set (7 December 2026, thirty-ninth session, a helper): short passages in the manner
 * of a nineteenth-century novel, with invented people, each written around the owner of one
 * possessive ("her sister", "his grey eyes", "her five daughters", "his left arm"), the pronoun the
 * story bible's facts and kin take their owner from. The constructions: the possessive in the
 * sentence after a named subject with another person between; in the object of a preposition; after
 * a speech tag; in a subordinate clause or a fronted phrase before its owner; after a paragraph
 * break; owned by a name the sentence gives as its object; opening a sentence; beside a reflexive or
 * a plural; and near cases whose owner is no one the passage names, which must be left unresolved.
 * Every singular pronoun is marked as in the second generality set. Written and committed before any
 * rule was made for them.
 */
export const POSSESSIVE_SET: readonly MarkedPassage[] = [
  {
    case: 'possessive past another person',
    text: 'Mr. Carbery rode over to the Grange, where Miss Ellis was waiting at the door. [[His|carbery]] grey eyes were tired, for [[he|carbery]] had ridden since dawn.',
    characters: [
      { id: 'carbery', names: ['Mr. Carbery'] },
      { id: 'ellis', names: ['Miss Ellis'] },
    ],
  },
  {
    case: 'possessive past another person',
    text: 'Harriet Lowe called on Mrs. Pym after church. [[Her|lowe]] sister had been ill all the winter, and the doctor had ordered sea air.',
    characters: [
      { id: 'lowe', names: ['Harriet Lowe', 'Harriet'] },
      { id: 'pym', names: ['Mrs. Pym'] },
    ],
  },
  {
    case: 'possessive past another person',
    text: 'Captain Roper dined with Mrs. Ingle on Sunday. [[She|ingle]] talked of the war all the evening, and looked often at [[his|roper]] left arm, which hung in a sling.',
    characters: [
      { id: 'roper', names: ['Captain Roper'] },
      { id: 'ingle', names: ['Mrs. Ingle'] },
    ],
  },
  {
    case: 'possessive past another person',
    text: 'Mrs. Bellew had come to Bath with Lady Stroud in March. By June [[her|bellew]] five daughters were all engaged, and Lady Stroud was not pleased.',
    characters: [
      { id: 'bellew', names: ['Mrs. Bellew'] },
      { id: 'stroud', names: ['Lady Stroud'] },
    ],
  },
  {
    case: 'possessive past another person',
    text: 'Old Mr. Fenn was asleep in [[his|fenn]] chair when Dr. Marlow came. The doctor sat down without a word and took off [[his|marlow]] gloves.',
    characters: [
      { id: 'fenn', names: ['Mr. Fenn'] },
      { id: 'marlow', names: ['Dr. Marlow'] },
    ],
  },
  {
    case: 'possessive after a preposition',
    text: 'Mr. Lyle had gone up to bed early. Ellen sat on in the parlour with Mr. Kemp and listened to [[his|kemp]] stories of India.',
    characters: [
      { id: 'lyle', names: ['Mr. Lyle'] },
      { id: 'ellen', names: ['Ellen'] },
      { id: 'kemp', names: ['Mr. Kemp'] },
    ],
  },
  {
    case: 'possessive after a preposition',
    text: 'Mr. Sharp had been at school with Robert Hay. Ellen had heard a great deal of Robert and of [[his|hay]] three brothers.',
    characters: [
      { id: 'sharp', names: ['Mr. Sharp'] },
      { id: 'hay', names: ['Robert Hay', 'Robert'] },
      { id: 'ellen', names: ['Ellen'] },
    ],
  },
  {
    case: 'possessive after a preposition',
    text: 'Sir Gerald was reading the paper in the library. Lucy went up the stairs to Mrs. Daunt and sat by [[her|daunt]] bed until morning.',
    characters: [
      { id: 'gerald', names: ['Sir Gerald'] },
      { id: 'lucy', names: ['Lucy'] },
      { id: 'daunt', names: ['Mrs. Daunt'] },
    ],
  },
  {
    case: 'possessive after a preposition',
    text: 'Mrs. Ashe kept the shop in the square. Every Friday the children ran to Mr. Tobin for [[his|tobin]] apples and pears.',
    characters: [
      { id: 'ashe', names: ['Mrs. Ashe'] },
      { id: 'tobin', names: ['Mr. Tobin'] },
    ],
  },
  {
    case: 'possessive after dialogue',
    text: 'Mrs. Tarrant poured out the tea. “I cannot stay,” said Mary Holm, and [[her|holm]] eyes filled with tears.',
    characters: [
      { id: 'tarrant', names: ['Mrs. Tarrant'] },
      { id: 'holm', names: ['Mary Holm', 'Mary'] },
    ],
  },
  {
    case: 'possessive after dialogue',
    text: 'Mr. Ware came in from the yard and sat down by the fire. “The mare is lame,” said Dick Carver, and [[his|carver]] face was grave.',
    characters: [
      { id: 'ware', names: ['Mr. Ware'] },
      { id: 'carver', names: ['Dick Carver', 'Dick'] },
    ],
  },
  {
    case: 'possessive after dialogue',
    text: 'Anne looked up from the letter. “Papa is coming home,” [[she|anne]] said to Mr. Lane. [[His|lane]] face did not change.',
    characters: [
      { id: 'anne', names: ['Anne'] },
      { id: 'lane', names: ['Mr. Lane'] },
    ],
  },
  {
    case: 'possessive after dialogue',
    text: 'Mrs. Crewe rose from the sofa. “You are very welcome, Miss Dane,” [[she|crewe]] said, and gave [[her|crewe]] hand to the girl.',
    characters: [
      { id: 'crewe', names: ['Mrs. Crewe'] },
      { id: 'dane', names: ['Miss Dane'] },
    ],
  },
  {
    case: 'possessive in a subordinate clause',
    text: 'Mr. Dorne was asleep by the fire. When Tom Ashby came in, [[his|ashby]] sister rose from the piano to meet [[him|ashby]].',
    characters: [
      { id: 'dorne', names: ['Mr. Dorne'] },
      { id: 'ashby', names: ['Tom Ashby', 'Tom'] },
    ],
  },
  {
    case: 'possessive in a subordinate clause',
    text: 'Mr. Oakes kept the school at Hilby for thirty years. When [[his|keene]] father died, Walter Keene was sent there as a boarder.',
    characters: [
      { id: 'oakes', names: ['Mr. Oakes'] },
      { id: 'keene', names: ['Walter Keene', 'Walter'] },
    ],
  },
  {
    case: 'possessive in a subordinate clause',
    text: 'Mrs. Bury had gone out early to the market. To [[her|royle]] surprise, Ann Royle found the door locked.',
    characters: [
      { id: 'bury', names: ['Mrs. Bury'] },
      { id: 'royle', names: ['Ann Royle', 'Ann'] },
    ],
  },
  {
    case: 'possessive in a subordinate clause',
    text: 'Mr. Gale gave the boys a shilling each at the gate. With [[his|tom]] hands in [[his|tom]] pockets, Tom walked slowly home.',
    characters: [
      { id: 'gale', names: ['Mr. Gale'] },
      { id: 'tom', names: ['Tom'] },
    ],
  },
  {
    case: 'possessive in a subordinate clause',
    text: 'Lady Orme had written twice to Clara. Although [[her|clara]] aunt was rich, Clara would not ask for money.',
    characters: [
      { id: 'orme', names: ['Lady Orme'] },
      { id: 'clara', names: ['Clara'] },
    ],
  },
  {
    case: 'possessive across paragraphs',
    text: 'Colonel Brand rose early and went out to the stables.\n\nIn the house, Mrs. Brand and Julia sat over the breakfast-table, and neither spoke.\n\n[[His|colonel]] horse was already at the door.',
    characters: [
      { id: 'colonel', names: ['Colonel Brand'] },
      { id: 'mrsbrand', names: ['Mrs. Brand'] },
      { id: 'julia', names: ['Julia'] },
    ],
  },
  {
    case: 'possessive across paragraphs',
    text: 'Mr. Vosper said no more, and went back to the counting-house.\n\nSusan Vosper was then nineteen. [[Her|susan]] mother had died when [[she|susan]] was a child.',
    characters: [
      { id: 'vosper', names: ['Mr. Vosper'] },
      { id: 'susan', names: ['Susan Vosper', 'Susan'] },
    ],
  },
  {
    case: 'possessive across paragraphs',
    text: 'Miss Trent and Mrs. Avery walked home together.\n\nPhilip Avery was waiting at the gate with a lantern. [[His|philip]] cousin had sent [[him|philip]].',
    characters: [
      { id: 'trent', names: ['Miss Trent'] },
      { id: 'avery', names: ['Mrs. Avery'] },
      { id: 'philip', names: ['Philip Avery', 'Philip'] },
    ],
  },
  {
    case: 'possessive of a named object',
    text: 'Anne met Mr. Holt in the lane; [[his|holt]] manner was cold, and [[she|anne]] did not stop.',
    characters: [
      { id: 'anne', names: ['Anne'] },
      { id: 'holt', names: ['Mr. Holt'] },
    ],
  },
  {
    case: 'possessive of a named object',
    text: 'Mr. Dunstan stood at the window. Kitty ran down the steps to meet Captain Orde, and took [[his|orde]] hat.',
    characters: [
      { id: 'dunstan', names: ['Mr. Dunstan'] },
      { id: 'kitty', names: ['Kitty'] },
      { id: 'orde', names: ['Captain Orde'] },
    ],
  },
  {
    case: 'possessive of a named object',
    text: 'Lady Cray sent for the new curate, Mr. Foy. [[His|foy]] sermons had displeased [[her|cray]].',
    characters: [
      { id: 'cray', names: ['Lady Cray'] },
      { id: 'foy', names: ['Mr. Foy'] },
    ],
  },
  {
    case: 'possessive of a named object',
    text: 'Mrs. Lowther was at the piano. Edward helped Miss Anstey into the carriage and wrapped a rug about [[her|anstey]] knees.',
    characters: [
      { id: 'lowther', names: ['Mrs. Lowther'] },
      { id: 'edward', names: ['Edward'] },
      { id: 'anstey', names: ['Miss Anstey'] },
    ],
  },
  {
    case: 'possessive opening a sentence',
    text: 'Miss Ada Crome was the youngest of the family. [[Her|crome]] father was a clergyman in Devon, and [[her|crome]] five sisters were all married.',
    characters: [{ id: 'crome', names: ['Miss Ada Crome', 'Ada'] }],
  },
  {
    case: 'possessive opening a sentence',
    text: 'Rose Tilney had come to Bath in the spring, and Mr. Sayle thought [[her|tilney]] very handsome. [[Her|tilney]] father was a clergyman.',
    characters: [
      { id: 'tilney', names: ['Rose Tilney', 'Rose'] },
      { id: 'sayle', names: ['Mr. Sayle'] },
    ],
  },
  {
    case: 'possessive opening a sentence',
    text: 'Mrs. Pryor had a visitor that afternoon: Mr. Heale, the attorney. [[His|heale]] business was with [[her|pryor]] late husband’s will.',
    characters: [
      { id: 'pryor', names: ['Mrs. Pryor'] },
      { id: 'heale', names: ['Mr. Heale'] },
    ],
  },
  {
    case: 'possessive with a reflexive or plural',
    text: 'Kitty Lorne looked at [[herself|lorne]] in the glass. [[Her|lorne]] cheeks were pale.',
    characters: [{ id: 'lorne', names: ['Kitty Lorne', 'Kitty'] }],
  },
  {
    case: 'possessive with a reflexive or plural',
    text: 'Mr. Penn looked at [[himself|penn]] in the glass of the hall and smoothed [[his|penn]] hair before Mr. Ivory came down.',
    characters: [
      { id: 'penn', names: ['Mr. Penn'] },
      { id: 'ivory', names: ['Mr. Ivory'] },
    ],
  },
  {
    case: 'possessive with a reflexive or plural',
    text: 'The Ashtons came late, with their three daughters. Mrs. Ashton had [[her|ashton]] youngest on [[her|ashton]] arm.',
    characters: [{ id: 'ashton', names: ['Mrs. Ashton'] }],
  },
  {
    case: 'possessive with a reflexive or plural',
    text: 'Tom and Fanny walked to church with their father. Fanny carried [[her|fanny]] prayer-book, and Tom carried nothing.',
    characters: [
      { id: 'tom', names: ['Tom'] },
      { id: 'fanny', names: ['Fanny'] },
    ],
  },
  {
    case: 'possessive of no one in reach',
    text: 'Lucy Marsh sat alone in the parlour. In the road below, a carter was beating [[his|-]] horse.',
    characters: [{ id: 'marsh', names: ['Lucy Marsh', 'Lucy'] }],
  },
  {
    case: 'possessive of no one in reach',
    text: 'Mrs. Ferrar and Mr. Pole were at tea when the door opened and a young woman was shown in. [[Her|-]] bonnet was wet with rain.',
    characters: [
      { id: 'ferrar', names: ['Mrs. Ferrar'] },
      { id: 'pole', names: ['Mr. Pole'] },
    ],
  },
  {
    case: 'possessive of no one in reach',
    text: 'Nora walked home with Mr. Chalk. At the gate an old man was waiting for them with [[his|-]] dog.',
    characters: [
      { id: 'nora', names: ['Nora'] },
      { id: 'chalk', names: ['Mr. Chalk'] },
    ],
  },
  {
    case: 'possessive of no one in reach',
    text: 'Jane walked up to the house alone. The old man at the lodge touched [[his|-]] hat to [[her|jane]].',
    characters: [{ id: 'jane', names: ['Jane'] }],
  },
  {
    case: 'possessive of no one in reach',
    text: 'Mr. Rudd had left the farm at noon. In the evening a woman came to the door with [[her|-]] baby in [[her|-]] arms.',
    characters: [{ id: 'rudd', names: ['Mr. Rudd'] }],
  },
];
