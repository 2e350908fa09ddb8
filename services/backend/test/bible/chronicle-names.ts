/**
 * The Vellacott Chronicles' naming patterns (issue 17; docs/quality/story-bible.md, twenty-seventh
 * session): short passages of my own, none of the manuscript's sentences, in which the narration
 * says what many people call someone ("The whole parish called him Whistler", "the drovers had
 * nicknamed him the Deacon"), gives the nickname before the name ("Rook, as the keepers called Abel
 * Tremlett,"), or writes a titled wife by her given name and by her husband's surname alone; and a
 * guard in which the words after "as we call" are a description, not a name. Written whole and
 * committed before any code was run on them; read with the merge traps' rule (misreadTraps): each
 * person's names sit in one entry, and no other person's names in it.
 */
import type { MergeTrap } from './merge-traps.js';

export const chronicleNames: readonly MergeTrap[] = [
  {
    kind: '"The whole parish called him X"',
    text: `Ezra Clegg drove the carrier's cart between the villages. The whole parish called him Whistler, for he never stopped. Whistler brought the letters on Tuesdays. Mrs. Dunn, at the shop, gave Whistler his tea.`,
    people: [['Ezra Clegg', 'Whistler'], ['Mrs. Dunn']],
  },
  {
    kind: '"the other girls called her X"',
    text: `Mary Veal sat at the window with her bobbins from dawn. In the lace room the other girls called her Thimble. Thimble finished a yard a day. The forewoman, Mrs. Gisby, never praised Thimble.`,
    people: [['Mary Veal', 'Thimble'], ['Mrs. Gisby']],
  },
  {
    kind: '"the drovers had nicknamed him the X"',
    text: `Abel Penhale wore black and quoted scripture at the cattle market. The drovers had nicknamed him the Deacon. The Deacon bought cheap and sold dear. Jim Rowse would not deal with the Deacon.`,
    people: [['Abel Penhale', 'Deacon'], ['Jim Rowse']],
  },
  {
    kind: '"X, as the keepers called Full Name,"',
    text: `Rook, as the keepers called Abel Tremlett, had poached the estate for twenty years. Rook knew every covert. Sir Henry Vyvyan swore he would catch Rook one day.`,
    people: [['Abel Tremlett', 'Rook'], ['Sir Henry Vyvyan']],
  },
  {
    kind: '"X, as the village calls Full Name," beside his wife',
    text: `Admiral, as the village calls Seth Jewell, has never been further than Falmouth. The Admiral sits on the quay all day. Mrs. Jewell brings the Admiral his dinner at noon.`,
    people: [['Seth Jewell', 'Admiral'], ['Mrs. Jewell']],
  },
  {
    kind: 'a titled wife by her given name and by the surname alone',
    text: `Lady Maud Trevanion came down to breakfast late. Sir Piers Trevanion had gone out with the dogs. Lady Trevanion rang for more tea. Sir Piers came in at ten and kissed Lady Trevanion.`,
    people: [
      ['Lady Maud Trevanion', 'Lady Trevanion'],
      ['Sir Piers Trevanion', 'Sir Piers'],
    ],
  },
  {
    kind: 'guard: "X, as we call" a description, not a name',
    text: `Fenwick, as we call the new shepherd, came over from Hexham with Adam Storr. Fenwick and Adam Storr walked the fells all day. Fenwick talked; Adam Storr did not.`,
    people: [['Fenwick'], ['Adam Storr']],
  },
];
