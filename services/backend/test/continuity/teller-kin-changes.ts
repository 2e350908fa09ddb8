/**
 * Short manuscripts of my own for the thirty-third session's helper on a teller's named kin, written
 * before any rule and before any output on them was read (`teller-kin-changes.test.ts` says which
 * are found and flagged): a teller's "my <kin> <Name>" or "<Name>, my <kin>" in an account tagged by
 * a pronoun or by nothing, or in a line of dialogue with no tag, where two kin words for one named
 * person in one telling cannot both hold; and near cases that must get no issue (two tellers, a
 * teller and the narration, a list, a betrothal that becomes a marriage).
 */
import { type Contradiction, chapters, type Manuscript } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** An account told over paragraphs after `opening` (narration), its first paragraph tagged by "said he". */
const toldByHim = (opening: string, ...paragraphs: string[]): string =>
  [
    `${opening}\n\n"I had better begin at the beginning," said he, "for the rest will make no sense without it. I was born at Esham, in the house by the bridge, and I have lived there all my life.`,
    ...paragraphs.map((p, i) => `"${p}${i === paragraphs.length - 1 ? '"' : ''}`),
  ].join('\n\n');

/** An account told over paragraphs after `opening` (narration), with no tag at all. */
const untagged = (opening: string, ...paragraphs: string[]): string =>
  [opening, ...paragraphs.map((p, i) => `"${p}${i === paragraphs.length - 1 ? '"' : ''}`)].join('\n\n');

export const TELLER_KIN_REAL: readonly Contradiction[] = [
  {
    name: 'an uncle, then a father, of one name in an account tagged "said he"',
    text: chapters(
      `${more('Walter Grey', 'Walter')} The young man drew his chair to the fire and began.`,
      toldByHim(
        'The young man drew his chair to the fire and began.',
        'When I was a boy my uncle Walter Grey came to live with us at Esham. He had made a little money in the colonies, and he took the house on the hill above the mill.',
        'He was a silent man and kept to himself, and the village thought him proud. We saw little of him after the first winter.',
        'In the spring my father Walter Grey sold the mill and we went to live in the town, where he set up as a corn merchant.',
      ),
    ),
    cites: ['my uncle Walter Grey', 'my father Walter Grey'],
  },
  {
    name: 'a brother, then a husband, of one name in an account with no tag',
    text: chapters(
      `${more('George Crane', 'George')} The old woman folded her hands in her lap and told her story.`,
      untagged(
        'The old woman folded her hands in her lap and told her story.',
        'We kept the forge at Ashby in those days. George Crane, my brother, did the shoeing, and I kept the books and saw to the house.',
        'The trade was good for ten years, until the railway came and the carriers went the other way round by Norwich.',
        'After that my husband, George Crane, sold the forge to a man from Lynn, and we came here to end our days.',
      ),
    ),
    cites: ['George Crane, my brother', 'my husband, George Crane'],
  },
  {
    name: 'a capital "My" heading a paragraph of an untagged account, then the same woman another kin',
    text: chapters(
      `${more('Ellen Grey', 'Ellen')} The farmer cleared his throat and looked at the fire.`,
      untagged(
        'The farmer cleared his throat and looked at the fire.',
        'My cousin Ellen Grey kept house for us after the old people died. She was a careful, quiet body, and she never spent a penny she need not spend.',
        'The harvest of that year was the worst in living memory, and the rent was owing at Michaelmas.',
        'It was then that my sister Ellen Grey went to Norwich and took a place as a cook, and sent home every shilling of her wages.',
      ),
    ),
    cites: ['My cousin Ellen Grey', 'my sister Ellen Grey'],
  },
  {
    name: 'a son, then a nephew, of one name in two untagged lines of one speaker',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} Mary Benson set down her cup and looked at the vicar.`,
      'Mary Benson set down her cup and looked at the vicar.\n\n"My son Thomas Hale will take the farm when I am gone."\n\n"Is he fit for it?" asked the vicar.\n\n"He is steady enough. My nephew Thomas Hale has never cared for anything but the land."',
    ),
    cites: ['My son Thomas Hale', 'My nephew Thomas Hale'],
  },
];

export const TELLER_KIN_LEGITIMATE: readonly Manuscript[] = [
  {
    name: 'two tellers in one chapter, his brother and her husband of one name',
    text: chapters(
      `${more('Walter Grey', 'Walter')} The old man and the widow sat on either side of the fire.`,
      `${toldByHim(
        'The old man and the widow sat on either side of the fire.',
        'My brother Walter Grey went to sea when he was fourteen, and I did not see him again for twenty years.',
        'He came home with a wooden chest and a parrot, and he would never say where he had been.',
      )}\n\nThe widow nodded and took up the tale.\n\n"I remember the day well," said she, "for my husband Walter Grey brought the parrot to church, and the vicar stopped in the middle of the sermon.\n\n"We were married the spring after, and the parrot came with him."`,
    ),
  },
  {
    name: 'two untagged lines of two speakers, her son and his cousin of one name',
    text: chapters(
      `${more('George Crane', 'George')} Mary Benson met the carrier at the gate.`,
      'Mary Benson met the carrier at the gate.\n\n"My son George Crane is at sea," said she.\n\n"My cousin George Crane? I saw his ship at Lynn."\n\n"Then he will be home by Sunday."',
    ),
  },
  {
    name: "a teller's brother, and the narration's husband of another woman, of one name",
    text: chapters(
      `${more('Walter Grey', 'Walter')} Walter Grey, Ann Lacey's husband, kept the ferry below the weir. The stranger sat down in the inn and began.`,
      toldByHim(
        'The stranger looked at the ferry.',
        'My brother Walter Grey taught me to handle a boat. He could take a punt across the weir in flood, and no one else in Esham would try it.',
        'I have not seen him these five years, and I came here to find him.',
      ),
    ),
  },
  {
    name: 'a list in an account: "my father and Walter Grey", then "my uncle Walter Grey"',
    text: chapters(
      `${more('Walter Grey', 'Walter')} The farmer cleared his throat and looked at the fire.`,
      untagged(
        'The farmer cleared his throat and looked at the fire.',
        'In the spring my father and Walter Grey walked to Norwich to sell the wool, and they came home with the money sewn into their coats.',
        'My uncle Walter Grey always said it was the best bargain of his life.',
      ),
    ),
  },
  {
    name: 'a betrothed, then a husband, of one name in one account',
    text: chapters(
      `${more('Thomas Hale', 'Thomas')} The widow looked out of the window at the sea.`,
      untagged(
        'The widow looked out of the window at the sea.',
        'My betrothed Thomas Hale sailed in the spring, and I waited for him two years.',
        'When he came home we were married at Esham, and my husband Thomas Hale never went to sea again.',
      ),
    ),
  },
];
