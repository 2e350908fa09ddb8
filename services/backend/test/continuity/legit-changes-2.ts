/**
 * Twelve short manuscripts of my own, each holding one or two changes an author tells on purpose,
 * in kinds and phrasings the fortieth and forty-second passes' texts do not use (hair turned white
 * in one night, a widow married again, a lie told in narration, a belief corrected, a rumour
 * against the truth, a play inside the story, a hypothetical, a comparison with another's looks, an
 * age in a flashback, a grandfather of the same name, a clerk made a partner, a false name
 * revealed), and three holding a real contradiction close to one of them, so that a rule silencing
 * every such text fails. Written for the continuity forty-fourth pass before any rule of it and
 * before any output on them was read: the generality check of legitimate change
 * (`legit-changes-2.test.ts` says which are flagged). The people are those of
 * `facts/common-phrasings.ts`.
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';

export const LEGITIMATE_2: readonly Manuscript[] = [
  {
    name: 'hair turned white in one night of terror',
    text: chapters(
      'Edward Crane had thick black hair, and he was proud of it. He combed it every morning before the glass in the hall, and the maids said that no man in the county had finer hair. He was a quiet, careful man, and he kept the books of the mill.',
      'On the night of the great flood Edward Crane was shut in the mill-house while the water rose about him. All night he heard the walls crack and the timbers groan, and he thought every hour would be his last. When the boats came for him at dawn, the terror of that night had turned his hair white.',
      "Edward Crane's white hair shone in the sun as he walked to church the next Sunday, and the people stared at him. Edward Crane said nothing of the flood, and no one dared to ask him.",
    ),
  },
  {
    name: 'a widow married again',
    text: chapters(
      'Mary Benson was a widow, for her husband had died of a fever ten years before. She lived alone in the cottage by the mill and kept bees, and she sold the honey at the market on Thursdays.',
      'In the summer Thomas Hale began to call at the cottage. He mended her gate and carried her honey to the market, and in October he asked her to be his wife. The banns were read three times, and they were married in the little church on the hill.',
      'Mary Benson was married now, and her cottage was full of noise again. She laughed more than she had laughed in ten years, and the bees, the neighbours said, gave better honey for it.',
    ),
  },
  {
    name: 'a lie told to the magistrate, in narration',
    text: chapters(
      'Ann Lacey was married to a sailor who had gone to the Indies three years before. She had heard nothing of him since the spring, and she did her sewing by the window and waited for a letter.',
      'When the magistrate asked who she was, Ann Lacey told him that she was a widow. It was a lie. She was afraid that he would send her back to her husband’s parish if she told the truth, and she lowered her eyes and said no more.',
      'In the evening Ann Lacey wept over her lie, for she was an honest woman, and she wrote to her husband that very night.',
    ),
  },
  {
    name: 'a brother believed drowned walks in',
    text: chapters(
      'For seven years Mary Benson believed that her brother Thomas Hale had drowned in the wreck of the Hope. She wore a black ribbon for him, and every Sunday she laid flowers on the stone the parish had put up to his memory.',
      'One evening in March there was a knock at the door. A brown, bearded man stood on the step, and Mary Benson cried out, for it was Thomas Hale. He had not drowned at all; a fishing boat had picked him up, and he had sailed the world for seven years before he could come home.',
      'Thomas Hale sat by the fire that night and ate his supper, and told his sister of the islands he had seen.',
    ),
  },
  {
    name: 'a rumour of a birthplace, and the truth',
    text: chapters(
      'Edward Crane came to the village in the spring and took the old house on the green. He spoke little, and he paid for everything in gold.',
      'It was said in the village that Edward Crane was born in France, and the children called him the Frenchman behind his back. The baker was sure of it, and the baker’s wife was surer still.',
      'The truth was plainer. Edward Crane was born in Bristol, the son of a ship’s chandler, and he had never set foot in France in his life. He laughed when the parson told him what the village said.',
    ),
  },
  {
    name: 'a part played on the stage',
    text: chapters(
      'Ann Lacey was nineteen years old, and the prettiest girl in the company of players that came to the town each summer. She had golden hair and a clear voice.',
      'On the first night the company played a tragedy. In it Ann Lacey was an old queen of eighty with white hair, who wept for her sons; she wore a grey wig and walked with a stick, and the whole house wept with her.',
      'After the play Ann Lacey took off the wig and shook out her golden hair, and she ran laughing to supper with the others.',
    ),
  },
  {
    name: 'a hypothetical of looks and calling',
    text: chapters(
      'Thomas Hale was a farmer, and his father and his grandfather had been farmers before him. He had grey eyes and a slow, kind smile.',
      '"If Thomas had blue eyes," said his aunt, "he would be the handsomest man in the parish. And if he were a lawyer, he would be the richest." Thomas Hale only smiled and went out to the fields.',
      'Thomas Hale ploughed the long field that afternoon, and looked up now and then at the rooks with his grey eyes.',
    ),
  },
  {
    name: "eyes compared with a mother's",
    text: chapters(
      'Mary Benson had grey eyes, very large and clear, and a quiet voice that everyone trusted.',
      'Her eyes were grey, not brown like her mother’s, and the old women of the village said she had her father’s eyes and her father’s temper. Mary Benson did not care what the old women said.',
      'Mary Benson looked up from her work with her clear grey eyes when the door opened.',
    ),
  },
  {
    name: 'an age in a flashback',
    text: chapters(
      'Thomas Hale was forty years old, and he had kept the inn at the crossroads for half his life. He was a big man with a loud laugh.',
      'Sitting by the fire that night, Thomas Hale remembered the winter when he was ten years old and had run away to sea. He remembered the cold of the deck and the captain’s rope, and he laughed at the boy he had been.',
      'In the morning Thomas Hale opened the inn as he always did, and served the carters their ale.',
    ),
  },
  {
    name: 'a grandfather of the same name',
    text: chapters(
      'Edward Crane was a young man of twenty-two, a clerk in his uncle’s office in the town. He was quick and cheerful, and he walked home to the farm every Saturday.',
      'At the farm lived his grandfather, also called Edward Crane, who was eighty years old and nearly blind. The old man sat all day in the chimney corner and told stories of the wars.',
      'Young Edward Crane read the newspaper aloud to the old man every Saturday evening, and the old man listened with his eyes shut.',
    ),
  },
  {
    name: 'a clerk made a partner',
    text: chapters(
      'Edward Crane was a clerk in the bank of Lacey and Son, and he sat on a high stool from eight in the morning until six at night. He was poor, and he saved every penny.',
      'In the year of the great panic Edward Crane saved the bank by his good sense, and old Mr. Lacey made him a partner in the firm. The town talked of nothing else for a week.',
      'Edward Crane, the banker, drove to church in his own carriage now, and the clerks stood up when he came into the office.',
    ),
  },
  {
    name: 'a false name revealed',
    text: chapters(
      'A stranger came to the inn that autumn and gave his name as John Reed. He said he was a schoolmaster out of work, and he paid for his room by the week.',
      'In the spring a letter came for the stranger, and the landlady saw the name on it. His real name was Thomas Hale, and he was the son of the squire, who had quarrelled with his father and run away from home.',
      'Thomas Hale went home to the hall in May, and his father wept to see him.',
    ),
  },
];

export const REAL_2: readonly Contradiction[] = [
  {
    name: 'eyes of two colours, with no hypothetical',
    text: chapters(
      'Thomas Hale was a farmer, and his father had been a farmer before him. He had grey eyes and a slow, kind smile.',
      'Thomas Hale ploughed the long field that afternoon, and looked up now and then at the rooks with his blue eyes.',
    ),
    cites: ['grey eyes', 'blue eyes'],
  },
  {
    name: 'one man of two ages, with no grandfather',
    text: chapters(
      'Edward Crane was a young man of twenty-two, a clerk in his uncle’s office in the town. He was quick and cheerful.',
      'The next Saturday Edward Crane, who was eighty years old and nearly blind, sat all day in the chimney corner.',
    ),
    cites: ['twenty-two', 'eighty'],
  },
  {
    name: 'a widow and married, with no lie and no wedding',
    text: chapters(
      'Ann Lacey was married to a sailor who had gone to the Indies three years before, and she waited for a letter.',
      'That same week Ann Lacey, who was a widow, did her sewing by the window and spoke to no one.',
    ),
    cites: ['married to', 'widow'],
  },
];

/**
 * Five more legitimate changes and one real contradiction, written after the first rules of the
 * pass (from probes of the brief's kinds: a hypothetical in narration, a wish, and looks told of a
 * childhood) and committed before any rule for them: their arrival figure is their own.
 */
export const LEGITIMATE_2_MORE: readonly Manuscript[] = [
  {
    name: 'a hypothetical of looks in narration',
    text: chapters(
      'Mary Benson had grey eyes and a plain, pleasant face, and she was the best dairymaid in the parish.',
      'If Mary Benson had had blue eyes, she would have been the beauty of the county, and the squire’s son would have married her. But she was content with her cows and her cheeses.',
    ),
  },
  {
    name: 'a wish for other eyes',
    text: chapters(
      'Ann Lacey had brown eyes, like all the Laceys, and she thought them very dull.',
      'Ann Lacey wished she had blue eyes like her cousin, and she said so to her glass every morning while she brushed her hair.',
    ),
  },
  {
    name: 'a childhood remembered, with other hair',
    text: chapters(
      'Thomas Hale was a tall man with black hair, and he stooped a little when he came through the low door of the inn.',
      'Thomas Hale remembered himself as a small boy with fair curls, running barefoot along the river while his mother called him in to supper.',
    ),
  },
  {
    name: 'hair as a boy',
    text: chapters(
      'Thomas Hale was a tall man with black hair, and the children of the village were a little afraid of him.',
      'As a boy Thomas Hale had had fair curls, which his mother loved and would not cut until he went to school.',
    ),
  },
  {
    name: 'hair in youth',
    text: chapters(
      'Thomas Hale had black hair, cut short like a soldier’s, and a scar on his chin.',
      'In his youth Thomas Hale had fair hair, and the girls of the town called him the Angel, which he hated.',
    ),
  },
];

export const REAL_2_MORE: readonly Contradiction[] = [
  {
    name: 'black hair, then fair curls, with no childhood',
    text: chapters(
      'Thomas Hale was a tall man with black hair, and he stooped a little when he came through the low door of the inn.',
      'That evening Thomas Hale ran his hand through his fair curls and laughed at the landlord’s story.',
    ),
    cites: ['black hair', 'fair curls'],
  },
];
