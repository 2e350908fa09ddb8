/**
 * Nicknames the text tells (issue 17; docs/quality/story-bible.md, twenty-sixth session): short
 * passages in which the narration says what others call someone ("Dabs was what the boys called
 * him", "whom everyone called Dabs", "known to his friends as Dabs", "Dabs, as they called Tom
 * Darrow"), so the nickname is an alias of that one person; and guards in which "called" gives no
 * one a name ("called him a fool", "called at the house", "a village called Dabs"). Written whole and
 * committed before any code was run on them; read with the merge traps' rule (misreadTraps): each
 * person's names sit in one entry, and no other person's names in it.
 */
import type { MergeTrap } from './merge-traps.js';

export const nicknames: readonly MergeTrap[] = [
  {
    kind: '"X was what the boys called him"',
    text: `Tom Darrow came to the school at eleven with ink on every finger. Dabs was what the boys called him, and Dabs he stayed for six years. Mr. Pellow, the usher, never used the name. Dabs won the Latin prize in his last term.`,
    people: [['Tom Darrow', 'Dabs'], ['Mr. Pellow']],
  },
  {
    kind: '"whom everyone called X"',
    text: `The ferry was kept by Silas Venning, whom everyone called Grumble. Grumble took a penny from each passenger and said nothing. Mrs. Hosken crossed every Friday with her eggs. She paid Grumble and sat in the stern.`,
    people: [['Silas Venning', 'Grumble'], ['Mrs. Hosken']],
  },
  {
    kind: '"known to his friends as X"',
    text: `Arthur Bellamy was a clerk in the tea trade, known to his friends as Pudding. Pudding ate three dinners a day and never grew fat. His employer, Mr. Soames, thought him idle. Pudding thought Mr. Soames a tyrant.`,
    people: [['Arthur Bellamy', 'Pudding'], ['Mr. Soames']],
  },
  {
    kind: '"nicknamed the Captain"',
    text: `Jack Lanyon had never been to sea, but he wore a blue coat with brass buttons and was nicknamed the Captain. The Captain ruled the taproom of the Anchor. Ben Rowe, the landlord, let him. Every night the Captain told the same story of a shipwreck.`,
    people: [['Jack Lanyon', 'Captain'], ['Ben Rowe']],
  },
  {
    kind: '"X, as they called Tom Darrow"',
    text: `Nobody at the works remembered how the name began. Dabs, as they called Tom Darrow, had been there since the engine house was built. Dabs oiled the engine every morning. The foreman, George Pascoe, said the engine would stop if Dabs left.`,
    people: [['Tom Darrow', 'Dabs'], ['George Pascoe']],
  },
  {
    kind: '"was called X by everyone"',
    text: `Walter Quince was called Bunny by everyone at the bank, from the manager down to the porter. Bunny did not mind. He had been Bunny at school. Miss Carlyon, who kept the ledgers, was the only one who said Mr. Quince.`,
    people: [['Walter Quince', 'Bunny', 'Mr. Quince'], ['Miss Carlyon']],
  },
  {
    kind: '"the girls at the mill called her X"',
    text: `Lizzie Thorne was small and quick and brown. The girls at the mill called her Sparrow. Sparrow could mend a broken thread faster than any of them. The overlooker, Mr. Haigh, paid her a shilling more than the rest.`,
    people: [['Lizzie Thorne', 'Sparrow'], ['Mr. Haigh']],
  },
  {
    kind: '"whose nickname was X"',
    text: `Harold Pim, whose nickname was Bosun, had served twenty years in the Navy. Bosun kept the lodge gates at Trevose. Lady Carne liked him. When Bosun died, Lady Carne paid for the stone.`,
    people: [['Harold Pim', 'Bosun'], ['Lady Carne']],
  },
  {
    kind: '"better known as X"',
    text: `Jacob Thwaite, better known as Jinks, sold pies at the corner of Bridge Street. Jinks knew every constable in the town. Sergeant Moss bought a pie from Jinks each night. Jinks never charged him.`,
    people: [['Jacob Thwaite', 'Jinks'], ['Sergeant Moss']],
  },
  {
    kind: '"X to her friends"',
    text: `Margaret Allardyce, Midge to her friends, was the youngest of the party. Midge wanted to climb the hill before breakfast. Her aunt, Mrs. Pender, said it was too wet. Midge climbed it anyway.`,
    people: [['Margaret Allardyce', 'Midge'], ['Mrs. Pender']],
  },
  {
    kind: '"the whole parish called him X"',
    text: `Reuben Glass mended pots and kettles from farm to farm. The whole parish called him Tinker. Tinker slept in barns and paid for his bread with songs. The vicar, Mr. Lumley, said Tinker had a better voice than the choir.`,
    people: [['Reuben Glass', 'Tinker'], ['Mr. Lumley']],
  },
  {
    kind: '", nicknamed X,"',
    text: `Silas Oakhurst, nicknamed Badger, had kept the mill for thirty years. Badger came out only at dusk. His nephew, Davy Oakhurst, did the work by day. Badger counted the money at night.`,
    people: [['Silas Oakhurst', 'Badger'], ['Davy Oakhurst']],
  },
  {
    kind: '"known in the family as X"',
    text: `Ellen Marsh was the second of five sisters, and known in the family as Pickle. Pickle put frogs in her sisters' beds. Her mother, Mrs. Marsh, despaired of her. Pickle grew up to be a headmistress.`,
    people: [['Ellen Marsh', 'Pickle'], ['Mrs. Marsh']],
  },
  {
    kind: '", or X, as the sailors called him,"',
    text: `Barnaby Crouch, or Corky, as the sailors called him, ran the ship's stores. Corky gave out the biscuit and the rum. Captain Teague trusted him with the keys. Corky never lost one.`,
    people: [['Barnaby Crouch', 'Corky'], ['Captain Teague']],
  },
  {
    kind: '"whom the children called X"',
    text: `In the cottage by the pond lived Hetty Spurling, whom the children called Jampot. Jampot gave them bread and jam when they came from school. Their teacher, Miss Ansell, told them not to trouble her. They went to Jampot every day all the same.`,
    people: [['Hetty Spurling', 'Jampot'], ['Miss Ansell']],
  },
  {
    kind: '"the other girls had dubbed her X"',
    text: `Rose Fennimore was thin and pale and read all night. At school the other girls had dubbed her Moth. Moth did not care. Her friend Kitty Lane was the only one who called her Rose.`,
    people: [['Rose Fennimore', 'Rose', 'Moth'], ['Kitty Lane']],
  },
  {
    kind: '"to everyone in the yard he was simply X"',
    text: `Albert Gedge was a big, slow man, and to everyone in the yard he was simply Tiny. Tiny could lift a cask alone. The yard master, Mr. Crabb, paid him by the cask. Tiny carried forty on a good day.`,
    people: [['Albert Gedge', 'Tiny'], ['Mr. Crabb']],
  },
  {
    kind: 'a nickname given to the second of two names ("called Ned Stilts")',
    text: `Peter Lusk was short and Ned Carrow was tall, so the boys called Ned Stilts. Stilts took it well. Peter did not; he wanted a name too. Nobody gave him one.`,
    people: [
      ['Ned Carrow', 'Ned', 'Stilts'],
      ['Peter Lusk', 'Peter'],
    ],
  },
  // Guards: "called" gives no one a name here.
  {
    kind: 'guard: "called him a fool"',
    text: `Harry Pledge upset the ink over the ledger. Mr. Ormsby called him a fool and sent him home. Harry Pledge did not come back. Mr. Ormsby found another boy the next week.`,
    people: [['Harry Pledge'], ['Mr. Ormsby']],
  },
  {
    kind: 'guard: "called at the house"',
    text: `Mrs. Treen called at the house on Monday. Jenny Cole opened the door to her. Mrs. Treen asked for the mistress. Jenny Cole said the mistress was in Bath.`,
    people: [['Mrs. Treen'], ['Jenny Cole']],
  },
  {
    kind: 'guard: "called for the doctor"',
    text: `Sam Birtle fell from the hayrick in August. His mother called for Dr. Venn, and Dr. Venn came at once. Dr. Venn set the arm. Sam Birtle was in the field again by harvest.`,
    people: [['Sam Birtle'], ['Dr. Venn']],
  },
  {
    kind: 'guard: "a village called Dabs"',
    text: `Tom Darrow was born in a village called Dabs, on the edge of the fen. Dabs had one street and a chapel. Tom Darrow left Dabs at fourteen and never went back.`,
    people: [['Tom Darrow'], ['Dabs']],
  },
  {
    kind: 'guard: "called on Miss X"',
    text: `Captain Lamb called on Miss Dorothy Rudd every Sunday. Miss Rudd gave him tea and seed cake. Captain Lamb talked of the war. Miss Rudd knitted and listened.`,
    people: [['Captain Lamb'], ['Miss Dorothy Rudd', 'Miss Rudd']],
  },
  {
    kind: 'guard: "a horse called X"',
    text: `Jem Holt bought a horse called Bramble at Launceston fair. Bramble was lame in a week. Jem Holt sold him again to Mr. Trask. Mr. Trask said Bramble was the best horse he ever had.`,
    people: [['Jem Holt'], ['Bramble'], ['Mr. Trask']],
  },
  {
    kind: 'guard: a name called out ("called Mary Fenn to the door")',
    text: `Mrs. Glanville called Mary Fenn to the door. Mary Fenn came, drying her hands. Mrs. Glanville gave her the letter. Mary Fenn read it and sat down.`,
    people: [['Mrs. Glanville'], ['Mary Fenn']],
  },
];
