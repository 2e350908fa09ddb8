/**
 * The pronoun resolver's second generality set (7 December 2026, thirty-eighth session): short
 * passages in the manner of a nineteenth-century novel, with invented people, in which every
 * he, she, him, her, his, himself and herself is marked with the character it refers to:
 * `[[she|ada]]`, or `[[his|-]]` for someone the passage never names. They cover the constructions
 * novels use most and the resolver's known weak classes (the first set, `passages.ts`, marks one
 * pronoun each). Written and committed before any rule was made for them; the characters are every
 * name of the passage, as the story bible would list them, with no gender given.
 */
export type GeneralityCase =
  | 'subject continuity'
  | 'object and subject'
  | 'told that'
  | 'gender from pronouns'
  | 'across paragraphs'
  | 'after a quotation'
  | 'semicolon and "and"'
  | 'possessive chain'
  | 'possessive name'
  | 'possessive past another person'
  | 'possessive after a preposition'
  | 'possessive after dialogue'
  | 'possessive in a subordinate clause'
  | 'possessive across paragraphs'
  | 'possessive of a named object'
  | 'possessive opening a sentence'
  | 'possessive with a reflexive or plural'
  | 'possessive of no one in reach'
  | 'described subject already named'
  | 'described subject someone new'
  | 'described subject near case'
  | 'owner named as object'
  | 'owner subject or earlier near case';

export interface MarkedPassage {
  case: GeneralityCase;
  /** The passage, each pronoun marked as `[[she|id]]` (`-`: someone unnamed). */
  text: string;
  /** Each character's id and its names as written, longest first. */
  characters: Array<{ id: string; names: string[] }>;
}

export const GENERALITY_SET: readonly MarkedPassage[] = [
  {
    case: 'subject continuity',
    text: 'Mr. Thorne met Captain Lisle on the steps of the club. [[He|thorne]] had not seen the captain since the spring, and [[he|thorne]] thought [[him|lisle]] much altered.',
    characters: [
      { id: 'thorne', names: ['Mr. Thorne'] },
      { id: 'lisle', names: ['Captain Lisle'] },
    ],
  },
  {
    case: 'subject continuity',
    text: 'Harriet walked with Lucy as far as the mill. [[She|harriet]] was tired of the lane, and at the stile [[she|harriet]] turned back alone.',
    characters: [
      { id: 'harriet', names: ['Harriet'] },
      { id: 'lucy', names: ['Lucy'] },
    ],
  },
  {
    case: 'subject continuity',
    text: 'Edmund wrote to [[his|edmund]] cousin Walter every week. [[He|edmund]] told [[him|walter]] of the harvest, of the new curate, and of [[his|edmund]] own small troubles.',
    characters: [
      { id: 'edmund', names: ['Edmund'] },
      { id: 'walter', names: ['Walter'] },
    ],
  },
  {
    case: 'subject continuity',
    text: 'Mrs. Garland received Miss Fenwick in the drawing-room. [[She|garland]] rang for tea and asked after [[her|fenwick]] father.',
    characters: [
      { id: 'garland', names: ['Mrs. Garland'] },
      { id: 'fenwick', names: ['Miss Fenwick'] },
    ],
  },
  {
    case: 'object and subject',
    text: 'Robert found old Mr. Pym asleep in the library. [[He|robert]] did not wake [[him|pym]], but sat down quietly by the fire.',
    characters: [
      { id: 'robert', names: ['Robert'] },
      { id: 'pym', names: ['Mr. Pym'] },
    ],
  },
  {
    case: 'object and subject',
    text: 'Clara had quarrelled with Agnes at breakfast. All the morning [[she|clara]] avoided [[her|agnes]], and at dinner [[she|clara]] would not look up.',
    characters: [
      { id: 'clara', names: ['Clara'] },
      { id: 'agnes', names: ['Agnes'] },
    ],
  },
  {
    case: 'object and subject',
    text: 'The Squire sent for Dawson after church. Dawson came up the drive slowly, for [[he|dawson]] knew that the Squire meant to scold [[him|dawson]].',
    characters: [
      { id: 'squire', names: ['The Squire', 'the Squire'] },
      { id: 'dawson', names: ['Dawson'] },
    ],
  },
  {
    case: 'object and subject',
    text: 'Jane watched Mrs. Cole cross the square with [[her|cole]] basket. When Mrs. Cole saw [[her|jane]], [[she|cole]] waved and called out.',
    characters: [
      { id: 'jane', names: ['Jane'] },
      { id: 'cole', names: ['Mrs. Cole'] },
    ],
  },
  {
    case: 'told that',
    text: 'Mr. Ashby told Frank that [[he|ashby]] had sold the grey mare at Lewes. Frank was sorry, for [[he|frank]] had ridden [[her|-]] since [[he|frank]] was a boy.',
    characters: [
      { id: 'ashby', names: ['Mr. Ashby'] },
      { id: 'frank', names: ['Frank'] },
    ],
  },
  {
    case: 'told that',
    text: 'Lady Ormond wrote to Sophia that [[she|ormond]] would come to Bath in March. Sophia read the letter twice before [[she|sophia]] put it away.',
    characters: [
      { id: 'ormond', names: ['Lady Ormond'] },
      { id: 'sophia', names: ['Sophia'] },
    ],
  },
  {
    case: 'told that',
    text: 'Philip assured the doctor that [[he|philip]] felt perfectly well. Dr. Venn shook [[his|venn]] head and took [[his|philip]] pulse all the same.',
    characters: [
      { id: 'philip', names: ['Philip'] },
      { id: 'venn', names: ['Dr. Venn', 'the doctor'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'Tamsin Corbell kept the post-office at the end of the village. [[She|corbell]] knew every letter that came in, and [[her|corbell]] neighbours said [[she|corbell]] read half of them.',
    characters: [{ id: 'corbell', names: ['Tamsin Corbell', 'Tamsin'] }],
  },
  {
    case: 'gender from pronouns',
    text: 'Ravell had been the keeper of the lighthouse for thirty years. [[He|ravell]] was a silent man, and Wenna, [[his|ravell]] niece, did most of the talking for [[him|ravell]]. [[She|wenna]] was fond of [[him|ravell]] for all that.',
    characters: [
      { id: 'ravell', names: ['Ravell'] },
      { id: 'wenna', names: ['Wenna'] },
    ],
  },
  {
    case: 'gender from pronouns',
    text: 'A stranger had taken the rooms over the saddler’s. [[She|-]] was a tall woman in black, and Tobias, who carried up [[her|-]] boxes, said [[she|-]] had given [[him|tobias]] a shilling.',
    characters: [{ id: 'tobias', names: ['Tobias'] }],
  },
  {
    case: 'gender from pronouns',
    text: 'Jory Tregear and Morwenna Pascoe were married at Whitsun. Morwenna had a little money of [[her|pascoe]] own, and Jory spent it for [[her|pascoe]] before the year was out. [[He|tregear]] was never a careful man.',
    characters: [
      { id: 'tregear', names: ['Jory Tregear', 'Jory'] },
      { id: 'pascoe', names: ['Morwenna Pascoe', 'Morwenna'] },
    ],
  },
  {
    case: 'across paragraphs',
    text: 'Anne stood at the window until the carriage had gone.\n\n[[She|anne]] went back to [[her|anne]] work, but [[her|anne]] hands would not keep still.\n\nAt six [[she|anne]] gave it up and went out into the garden.',
    characters: [{ id: 'anne', names: ['Anne'] }],
  },
  {
    case: 'across paragraphs',
    text: 'Mr. Hale came home late from the vestry meeting, and found [[his|hale]] wife still up.\n\n“You should not have waited,” [[he|hale]] said.\n\n[[He|hale]] sat down heavily and pulled off [[his|hale]] boots.',
    characters: [{ id: 'hale', names: ['Mr. Hale'] }],
  },
  {
    case: 'across paragraphs',
    text: 'Margaret and [[her|margaret]] brother Tom had not spoken since the funeral.\n\nIt was Tom who came to the farm at last. [[He|tom]] stood in the yard with [[his|tom]] hat in [[his|tom]] hand.\n\nMargaret saw [[him|tom]] from the dairy. [[She|margaret]] did not go out to [[him|tom]] at once.',
    characters: [
      { id: 'margaret', names: ['Margaret'] },
      { id: 'tom', names: ['Tom'] },
    ],
  },
  {
    case: 'after a quotation',
    text: '“I shall not go,” said Ellen. [[She|ellen]] took up [[her|ellen]] sewing again, and Mrs. Marsh did not press [[her|ellen]].',
    characters: [
      { id: 'ellen', names: ['Ellen'] },
      { id: 'marsh', names: ['Mrs. Marsh'] },
    ],
  },
  {
    case: 'after a quotation',
    text: 'Captain Hardy looked at the sky. “We sail at dawn,” [[he|hardy]] said to Mr. Orme. [[He|hardy]] went below without another word.',
    characters: [
      { id: 'hardy', names: ['Captain Hardy'] },
      { id: 'orme', names: ['Mr. Orme'] },
    ],
  },
  {
    case: 'after a quotation',
    text: '“Is it true?” asked Letty. [[Her|letty]] aunt nodded. Letty put [[her|letty]] hands over [[her|letty]] face, and [[she|letty]] wept.',
    characters: [{ id: 'letty', names: ['Letty'] }],
  },
  {
    case: 'after a quotation',
    text: '“You will find [[him|-]] in the stable,” said Mrs. Prior to the boy. Dick ran off at once, and [[she|prior]] went back into the kitchen.',
    characters: [
      { id: 'prior', names: ['Mrs. Prior'] },
      { id: 'dick', names: ['Dick'] },
    ],
  },
  {
    case: 'semicolon and "and"',
    text: 'Mr. Lamb was a slow reader; [[he|lamb]] read the paper from end to end every evening, and [[he|lamb]] let no one touch it until [[he|lamb]] had done.',
    characters: [{ id: 'lamb', names: ['Mr. Lamb'] }],
  },
  {
    case: 'semicolon and "and"',
    text: 'Julia played and Miss Dacre sang; [[she|dacre]] had a thin, sweet voice, and the old Colonel listened to [[her|dacre]] with [[his|colonel]] eyes shut.',
    characters: [
      { id: 'julia', names: ['Julia'] },
      { id: 'dacre', names: ['Miss Dacre'] },
      { id: 'colonel', names: ['Colonel'] },
    ],
  },
  {
    case: 'semicolon and "and"',
    text: 'Walter sent for the carriage, and Mary went up to fetch [[her|mary]] cloak. [[She|mary]] was down again in five minutes.',
    characters: [
      { id: 'walter', names: ['Walter'] },
      { id: 'mary', names: ['Mary'] },
    ],
  },
  {
    case: 'semicolon and "and"',
    text: 'Hester kept the accounts; George kept the keys, and [[he|george]] kept them jealously.',
    characters: [
      { id: 'hester', names: ['Hester'] },
      { id: 'george', names: ['George'] },
    ],
  },
  {
    case: 'possessive chain',
    text: 'Bessie had not seen [[her|bessie]] mother for a year. [[Her|bessie]] mother had grown thin, and [[she|-]] coughed in the cold.',
    characters: [{ id: 'bessie', names: ['Bessie'] }],
  },
  {
    case: 'possessive chain',
    text: 'Arthur rode over with [[his|arthur]] father to see the new horse. [[His|arthur]] father bought it, and Arthur was allowed to ride it home. [[He|arthur]] was very proud.',
    characters: [{ id: 'arthur', names: ['Arthur'] }],
  },
  {
    case: 'possessive chain',
    text: 'Kitty’s sister was married in June. Kitty wore [[her|kitty]] best blue silk, and [[she|kitty]] cried all through the service.',
    characters: [{ id: 'kitty', names: ['Kitty'] }],
  },
  {
    case: 'possessive name',
    text: 'Mr. Quarles’s dog came bounding across the lawn. [[He|quarles]] followed it slowly, leaning on [[his|quarles]] stick.',
    characters: [{ id: 'quarles', names: ['Mr. Quarles'] }],
  },
  {
    case: 'possessive name',
    text: 'Nelly carried the tray up to Mrs. Bray’s room. [[She|nelly]] knocked twice, but no one answered [[her|nelly]].',
    characters: [
      { id: 'nelly', names: ['Nelly'] },
      { id: 'bray', names: ['Mrs. Bray'] },
    ],
  },
  {
    case: 'possessive name',
    text: 'It was Rosamund’s birthday, and the whole house knew it. [[She|rosamund]] came down late to breakfast, and [[her|rosamund]] presents were waiting by [[her|rosamund]] plate.',
    characters: [{ id: 'rosamund', names: ['Rosamund'] }],
  },
  {
    case: 'possessive name',
    text: 'Squire Lowther’s son had come home from Oxford. Young Lowther was thinner than [[his|lowther-son]] father had hoped, and [[he|lowther-son]] slept till noon.',
    characters: [
      { id: 'lowther', names: ['Squire Lowther'] },
      { id: 'lowther-son', names: ['Young Lowther'] },
    ],
  },
  {
    case: 'subject continuity',
    text: 'Dr. Mayne examined the boy while Mrs. Reed held the lamp. [[He|mayne]] said nothing until [[he|mayne]] had done; then [[he|mayne]] turned to [[her|reed]] and smiled.',
    characters: [
      { id: 'mayne', names: ['Dr. Mayne'] },
      { id: 'reed', names: ['Mrs. Reed'] },
    ],
  },
  {
    case: 'object and subject',
    text: 'Susan gave Martha the letter, and Martha read it at once. [[She|martha]] handed it back to [[her|susan]] without a word.',
    characters: [
      { id: 'susan', names: ['Susan'] },
      { id: 'martha', names: ['Martha'] },
    ],
  },
];
