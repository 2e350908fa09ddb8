/**
 * A generality check of wrong merges (issue 17; docs/quality/story-bible.md, twenty-fourth session):
 * short passages of novels' prose in which two people share a name, a title or a surname, and guards
 * in which one person is named two or three ways. Written whole before any code was run on them.
 * Each person is the list of names (as written in the text) that must sit in one entry, and no other
 * person's names may sit in that entry.
 */
import { extract } from '../../src/bible/index.js';
import { peopleMisread, source } from '../support/bible.js';

export interface MergeTrap {
  /** What the passage tests, in a few words. */
  readonly kind: string;
  readonly text: string;
  readonly people: readonly (readonly string[])[];
}

export const mergeTraps: readonly MergeTrap[] = [
  {
    kind: 'father and son of one name ("old Mr. Hale", "young Hale")',
    text: `Old Mr. Hale had kept the mill at Stanton for forty years. His son Frederick came home from sea in March. Frederick Hale was a tall, brown young man, and the village hardly knew him. Mr. Hale met him at the gate and wept. "You have grown, Frederick," said Mr. Hale. Young Hale laughed and took his father's arm. That evening Frederick walked down to the river alone.`,
    people: [['Mr. Hale'], ['Frederick Hale', 'Frederick']],
  },
  {
    kind: 'two brothers by given names',
    text: `The two Ashby brothers farmed the land below the church. John Ashby was the elder, a silent man; Robert Ashby talked enough for both. John went to market on Thursdays. Robert stayed behind and quarrelled with the carter. When John came home, Robert had sold the grey mare. "You had no right," said John. Robert shrugged and went out to the yard.`,
    people: [
      ['John Ashby', 'John'],
      ['Robert Ashby', 'Robert'],
    ],
  },
  {
    kind: 'two brothers by title and surname, and by given names',
    text: `Mr. Walter Denny and his brother Mr. Philip Denny kept a chemist's shop in the High Street. Walter made up the prescriptions in the back room. Philip stood at the counter and talked to the customers. On Saturdays Walter went to see their mother at Kew. Philip never went; he said the train made him ill. "You might come once," said Walter. "Next week," said Philip.`,
    people: [
      ['Mr. Walter Denny', 'Walter'],
      ['Mr. Philip Denny', 'Philip'],
    ],
  },
  {
    kind: 'husband and wife ("Mr. and Mrs. Crane", "Mrs. Crane" and "Crane")',
    text: `Mr. and Mrs. Crane lived at the end of Mill Lane. Mrs. Crane kept the house spotless and the garden in rows. Crane himself was a clerk at the bank, a thin man with a cough. Every morning Crane walked to town; every morning Mrs. Crane watched him from the window. One morning she called after him, but Crane did not turn. Mrs. Crane went back to her kitchen.`,
    people: [['Mrs. Crane'], ['Crane']],
  },
  {
    kind: 'husband and wife by title ("Mr. Pell", "Mrs. Pell")',
    text: `Mr. Pell was the schoolmaster, and Mrs. Pell taught the little ones to sew. Mr. Pell rang the bell at nine. Mrs. Pell sat by the stove with the infants. At noon Mr. Pell went home for his dinner, and Mrs. Pell stayed to mind the school. "You spoil them," said Mr. Pell. Mrs. Pell only smiled.`,
    people: [['Mr. Pell'], ['Mrs. Pell']],
  },
  {
    kind: 'husband and wife by full names',
    text: `Henry Vane married Clara Lisle in the spring. Clara was the doctor's daughter, and Henry was a lawyer with no practice. Mrs. Vane furnished the little house in Church Row herself. Henry sat in his study and wrote poems nobody read. Clara paid the bills. "We shall be rich one day," said Henry. "Of course," said Mrs. Vane.`,
    people: [
      ['Henry Vane', 'Henry'],
      ['Clara Lisle', 'Clara', 'Mrs. Vane'],
    ],
  },
  {
    kind: 'mother and daughter ("Mrs. Bell", "Miss Bell")',
    text: `Mrs. Bell was a widow with one child. Miss Bell, her daughter, was nineteen and wished to be a governess. Mrs. Bell would not hear of it. "You will stay here," said Mrs. Bell. Miss Bell said nothing, but she wrote to an agency that night. In the morning Mrs. Bell found the letter and burnt it. Miss Bell cried in her room.`,
    people: [['Mrs. Bell'], ['Miss Bell']],
  },
  {
    kind: 'two sisters ("Miss Bell" the elder, "Miss Kitty Bell")',
    text: `There were two Miss Bells at the rectory. Miss Bell, the elder, was grave and kept the accounts. Miss Kitty Bell was seventeen and laughed at everything. Kitty ran down to the gate whenever the post came. Miss Bell stayed at her desk. "Kitty, your bonnet," said Miss Bell. Kitty did not listen.`,
    people: [['Miss Bell'], ['Miss Kitty Bell', 'Kitty']],
  },
  {
    kind: 'two sisters by given names and surname',
    text: `Jane Fairley and Emma Fairley shared a room at the top of the house. Jane was neat and kept her ribbons in a box. Emma threw hers on the floor. Every night Jane folded Emma's clothes. One night Jane refused. Emma sulked until morning, and then she laughed. "You are a goose," said Jane.`,
    people: [
      ['Jane Fairley', 'Jane'],
      ['Emma Fairley', 'Emma'],
    ],
  },
  {
    kind: 'a servant sharing his master\'s given name ("Sir Thomas", "Thomas")',
    text: `Sir Thomas Wray rang for his man. Thomas, the footman, came up the stairs slowly. Sir Thomas wanted his boots, his hat and the carriage. The footman brought the boots. Sir Thomas swore at him. Thomas bore it, as he bore everything, and went down to the kitchen. There the cook gave Thomas his supper.`,
    people: [['Sir Thomas Wray', 'Sir Thomas'], ['Thomas']],
  },
  {
    kind: 'a maid sharing her mistress\'s given name ("Lady Mary", "Mary")',
    text: `Lady Mary Vere was dressing for the ball. Her maid, a girl called Mary, knelt to fasten her shoes. Lady Mary complained of the heat. Mary opened the window. "Not so wide, you silly girl," said Lady Mary. Mary shut it again and said nothing. When the carriage had gone, Mary sat down by the fire and ate the sweets her mistress had left.`,
    people: [['Lady Mary Vere', 'Lady Mary'], ['Mary']],
  },
  {
    kind: 'two unrelated people of one surname ("Dr. Morgan", "Evan Morgan")',
    text: `There were two Morgans in the village and they were no kin. Dr. Morgan was the doctor, a stout man with a pony trap. Evan Morgan was the blacksmith. Dr. Morgan called at the forge one wet morning. Evan Morgan was shoeing a horse and did not look up. "Your bill is unpaid," said Dr. Morgan. Evan laughed.`,
    people: [['Dr. Morgan'], ['Evan Morgan', 'Evan']],
  },
  {
    kind: 'two unrelated people of one surname ("Mrs. Hale" the landlady, "Captain Hale" her lodger)',
    text: `Captain Hale took rooms with Mrs. Hale in Bath Street, and the neighbours laughed at the names. Mrs. Hale was no relation; she said so to everyone. Captain Hale paid his rent on Fridays. Mrs. Hale brought up his tea at five. "We are not cousins, Captain," said Mrs. Hale. The Captain bowed.`,
    people: [['Mrs. Hale'], ['Captain Hale', 'the Captain']],
  },
  {
    kind: 'a nickname beside a full name (one person), and her aunt',
    text: `Margaret Lacy was called Peggy by everyone at the farm. Peggy milked the cows before dawn. Her aunt, Mrs. Dunn, called her Margaret when she was angry. "Margaret, the pails," said Mrs. Dunn. Peggy fetched the pails. Mrs. Dunn watched her from the door.`,
    people: [['Margaret Lacy', 'Margaret', 'Peggy'], ['Mrs. Dunn']],
  },
  {
    kind: 'a title against a name ("the Colonel" is Colonel Ross, "the Major" another)',
    text: `Colonel Ross came down to breakfast late. The Colonel was in a temper. Major Pike was already at the table, reading the paper. The Major did not look up. "Good morning, Pike," said the Colonel. The Major grunted. Colonel Ross sat down and rang for more toast.`,
    people: [
      ['Colonel Ross', 'the Colonel'],
      ['Major Pike', 'the Major'],
    ],
  },
  {
    kind: 'father and daughter ("Mr. Gray", "Lucy Gray", "Miss Gray")',
    text: `Mr. Gray was a widower who grew roses. His daughter Lucy kept his house. Lucy Gray was twenty and had refused two offers. Mr. Gray was glad of it. "Miss Gray is not at home," the maid told the third suitor. Lucy watched him go from the garden. Mr. Gray went on cutting his roses.`,
    people: [['Mr. Gray'], ['Lucy Gray', 'Lucy', 'Miss Gray']],
  },
  {
    kind: 'mother and son ("Mrs. Thorne", "Walter Thorne")',
    text: `Mrs. Thorne had one son, Walter, and she meant him for the Church. Walter Thorne meant himself for the sea. Mrs. Thorne wrote to the bishop. Walter wrote to a shipowner at Bristol. The shipowner answered first. "You will break my heart," said Mrs. Thorne. Walter went all the same.`,
    people: [['Mrs. Thorne'], ['Walter Thorne', 'Walter']],
  },
  {
    kind: 'a lord and his wife ("Lord Ashton", "Lady Ashton")',
    text: `Lord Ashton came back from London on Tuesday. Lady Ashton met him in the hall. Lord Ashton was tired and wanted his dinner. Lady Ashton wanted to talk about the new curate. "Tomorrow, my dear," said Lord Ashton. Lady Ashton went up to bed without a word.`,
    people: [['Lord Ashton'], ['Lady Ashton']],
  },
  {
    kind: 'a baronet and his son ("Sir Robert Dale", "Charles Dale")',
    text: `Sir Robert Dale was a hard old man who hunted three days a week. His son Charles Dale had come down from Oxford in debt. Sir Robert paid the debts and said nothing. Charles was ashamed. One evening Charles went to his father's study. Sir Robert was asleep in his chair. Charles went away again.`,
    people: [
      ['Sir Robert Dale', 'Sir Robert'],
      ['Charles Dale', 'Charles'],
    ],
  },
  {
    kind: 'an uncle and nephew ("Captain Forde", "Jack Forde")',
    text: `Captain Forde had brought up his nephew since the boy was six. Jack Forde was now eighteen and wished to go for a soldier. The Captain would not allow it. "One Forde in the army was enough," said Captain Forde. Jack said he would enlist as a private. The Captain laughed at him. Jack enlisted on Monday.`,
    people: [
      ['Captain Forde', 'the Captain'],
      ['Jack Forde', 'Jack'],
    ],
  },
  {
    kind: 'two cousins of one surname by given names',
    text: `Tom Price and Harry Price were cousins and had been at school together. Tom was quick and lazy. Harry was slow and worked. They both went into their uncle's office. In a year Harry was head clerk. Tom was still copying letters. "It is luck," said Tom. Harry did not argue.`,
    people: [
      ['Tom Price', 'Tom'],
      ['Harry Price', 'Harry'],
    ],
  },
  {
    kind: 'father and son of one given name ("old James Carr", "his son")',
    text: `Old James Carr kept the inn at the crossroads. His son, young Jem, kept the stables. Old Carr was fat and slow. Jem was quick and thin. When the coach came in, Jem ran out with the fresh horses. Old Carr stood in the doorway and counted the passengers. "Ten," said old Carr. "Eleven," said Jem.`,
    people: [['James Carr'], ['Jem']],
  },
  {
    kind: 'husband by surname, wife by given name and title ("Mrs. Oakes", "Oakes")',
    text: `Oakes was the keeper on the estate and lived in the lodge by the gate. Mrs. Oakes took in washing. Oakes went round the coverts every night with his gun. Mrs. Oakes waited up for him. One night Oakes did not come back. Mrs. Oakes went to the house and woke the squire.`,
    people: [['Oakes'], ['Mrs. Oakes']],
  },
  {
    kind: 'a mother-in-law and a daughter-in-law ("old Mrs. Pratt", "Mrs. Henry Pratt")',
    text: `Old Mrs. Pratt lived with her son and his wife. Mrs. Henry Pratt found this hard. Old Mrs. Pratt criticised the puddings. Mrs. Henry Pratt said nothing and made the puddings again. Henry Pratt came home at six and kissed them both. His mother complained of the puddings to him.`,
    people: [['Mrs. Pratt'], ['Mrs. Henry Pratt'], ['Henry Pratt']],
  },
  {
    kind: 'guard: one man named in full, by title and surname, by surname and by given name',
    text: `Mr. Edward Marsh took the house on the hill in June. Marsh was a quiet man who walked every morning. The vicar called on Mr. Marsh in July. "You must dine with us, Mr. Marsh," said the vicar. Marsh said he never dined out. His sister called him Edward and scolded him for it.`,
    people: [['Mr. Edward Marsh', 'Marsh', 'Mr. Marsh', 'Edward']],
  },
  {
    kind: 'guard: one woman named in full, by given name and by title and surname',
    text: `Miss Anne Grey came to the school as the new mistress. Anne was twenty-two and very shy. The children called her Miss Grey and laughed at her bonnet. Miss Grey pretended not to hear. In a month Anne knew every child by name. By Christmas the children loved Miss Grey.`,
    people: [['Miss Anne Grey', 'Anne', 'Miss Grey']],
  },
  {
    kind: 'guard: one doctor by title, surname and given name',
    text: `Dr. John Weston came to the village in the year of the fever. Dr. Weston worked day and night. Weston slept in his chair when he slept at all. His old friend the vicar called him John. "You will kill yourself, John," said the vicar. Dr. Weston only laughed and went out again.`,
    people: [['Dr. John Weston', 'Dr. Weston', 'Weston', 'John']],
  },
  {
    kind: 'guard: an inspector by rank and surname and by "the inspector"',
    text: `Inspector Lane arrived at the house at noon. The inspector looked at the broken window. Lane said nothing for a long time. Then he knelt and picked up a button. "A sailor's button," said Inspector Lane. The butler stared at him. Lane put the button in his pocket.`,
    people: [['Inspector Lane', 'Lane']],
  },
  {
    kind: 'guard: a wife by full name, given name and married title, and her husband by title',
    text: `Ellen Crane had been married ten years. Mr. Crane was a builder and was seldom at home. Ellen kept the books of the business. When Mr. Crane came in at night, Mrs. Crane had his supper ready. "You work too hard, Ellen," said Mr. Crane. Ellen laughed at him.`,
    people: [['Ellen Crane', 'Ellen', 'Mrs. Crane'], ['Mr. Crane']],
  },
  {
    kind: 'guard: one old man by "old Mr. Hale", "Mr. Hale" and "Hale"',
    text: `Old Mr. Hale lived alone at the end of the lane. Nobody visited him. Mr. Hale kept bees and sold the honey at the door. Hale was deaf and shouted at his customers. One winter Mr. Hale fell ill. The neighbours took turns to sit with him. Hale died in March, and they missed his shouting.`,
    people: [['Mr. Hale', 'Hale']],
  },
  {
    kind: 'guard: one girl by her pet name and her full name',
    text: `Elizabeth Ward was the youngest of the family, and they all called her Bessie. Bessie was lame and could not run with the others. She sat at the window and drew. Her brother Frank took her drawings to a dealer in town. The dealer bought three. Elizabeth Ward was in the newspaper that week. Bessie cut out the notice and kept it.`,
    people: [
      ['Elizabeth Ward', 'Bessie'],
      ['Frank', 'Frank Ward'],
    ],
  },
  {
    kind: 'two brothers by surname with titles ("Captain Lyle", "Mr. Lyle")',
    text: `Captain Lyle was home on leave, and his brother Mr. Lyle, the curate, met him at the station. Captain Lyle talked of India all the way home. Mr. Lyle listened patiently. At dinner the Captain drank too much. Mr. Lyle went to bed early. In the morning the Captain apologised.`,
    people: [['Captain Lyle', 'the Captain'], ['Mr. Lyle']],
  },
  {
    kind: 'father and daughter by title ("Mr. Lorne", "Miss Lorne")',
    text: `Mr. Lorne was the agent of the estate. Miss Lorne, his only daughter, kept house for him. Mr. Lorne rode round the farms every morning. Miss Lorne visited the cottages in the afternoon. The tenants liked Miss Lorne better than her father. Mr. Lorne knew it and did not mind.`,
    people: [['Mr. Lorne'], ['Miss Lorne']],
  },
  {
    kind: 'a widow and her son who is "Mr." ("Mrs. Ferrars", "Mr. Ferrars")',
    text: `Mrs. Ferrars was a rich widow who lived in Park Street. Her son Mr. Ferrars lived with her and did nothing at all. Mrs. Ferrars wished him to marry money. Mr. Ferrars wished to marry the curate's daughter. "Never," said Mrs. Ferrars. Mr. Ferrars married her in June.`,
    people: [['Mrs. Ferrars'], ['Mr. Ferrars']],
  },
];

/** Each passage read wrong, as "kind: why"; the traps are read one passage at a time. */
export function misreadTraps(traps: readonly MergeTrap[]): string[] {
  return traps.flatMap((trap) => {
    const why = peopleMisread(trap.people, extract([source(trap.text)]));
    return why === undefined ? [] : [`${trap.kind}: ${why}`];
  });
}
