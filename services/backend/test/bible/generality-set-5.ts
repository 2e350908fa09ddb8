/**
 * A fifth generality set for issue 17 (docs/quality/story-bible.md, thirty-ninth session): whole
 * short manuscripts (500 to 1,500 words each) in the manner of Victorian detective and adventure
 * fiction, written and committed before any rule was run on them. Beside the invented people, each
 * names several times, in capitals, things that are no one: streets and squares ("Cullen Street",
 * "Harrow Square"), institutions ("Scotland Yard", "the Admiralty"), firms ("Pellow & Grange",
 * "Tamsin and Sons"), newspapers ("the Times", "the Evening Courier"), ships and trains, clubs and
 * inns ("the Corvid Club", "the Blue Heron"), houses ("Ashby Lodge", "the Grange"), days and feasts,
 * money and documents. Some of them stand as subjects and beside the verbs of people ("the Courier
 * said", "Scotland Yard sent a man", "the Gazette reported"). Some people carry a name that looks like
 * one of these things ("Mr. Street", "Mr. Lodge"), and must still be found. Each person is listed by the
 * fullest form the text writes.
 */
import { tales } from '../support/bible.js';
import type { GeneralityManuscript } from './generality-set.js';

export const fifthGeneralityManuscripts: readonly GeneralityManuscript[] = [
  {
    title: 'The Cullen Street Affair',
    source: tales(
      [
        'I. A Letter from Scotland Yard',
        `It was on a raw morning in November that Inspector Quarrie of Scotland Yard climbed the stairs of our lodgings in Cullen Street and laid a folded copy of the Times upon the breakfast table. My friend Aurelian Voss glanced at it without touching it.

"The Times says that the thing was done by a clerk," said Quarrie, "and Scotland Yard says the same, for the present. But I confess I am not easy about it."

"The Times is seldom easy about anything," said Voss, "and Scotland Yard is easy about everything. What is the matter, Inspector?"

The matter, as Quarrie told it, was simple enough. On the Tuesday before, a packet of bonds worth four thousand pounds had vanished from the strong room of Pellow & Grange, the bankers of Harrow Square. Pellow & Grange had kept their strong room for sixty years without the loss of a sovereign. The junior clerk, a young man named Ambrose Tilling, had not come to work on the Wednesday, and the Times had drawn its own conclusions.

"And Scotland Yard sent a man to his lodgings?" asked Voss.

"Scotland Yard sent me," said Quarrie, a little stiffly. "The lodgings were empty. His landlady says he went out on Tuesday night and has not been back."`,
      ],
      [
        'II. Harrow Square',
        `We went down to Harrow Square that afternoon. The offices of Pellow & Grange stood on the north side of the square, a tall grey house with a brass plate beside the door. Mr. Josiah Pellow received us himself, a stout old man with a gold watch chain across his waistcoat.

"Pellow & Grange will not be made a laughing stock," he said. "The Times has printed the name of the firm three days running. I want the bonds back, sir, and I want Tilling in the dock."

"And Mr. Grange?" asked Voss.

"Mr. Grange has been dead these twenty years. His name stays on the plate, that is all."

Voss spent an hour in the strong room and ten minutes with the porter, a grizzled man named Enoch Street. "Mr. Street," he said at last, "who locked this room on Tuesday night?"

"I did, sir," said Street. "Mr. Tilling gave me the keys at six, as he always did, and I locked up after him and took the keys home to Mr. Pellow in Fenchurch Lane."

"Then the bonds were gone before six," said Voss, "or they were taken by someone who had no need of keys."`,
      ],
      [
        'III. What the Times Did Not Say',
        `It was two days later that the Times printed a letter from Ambrose Tilling himself, sent from an inn at Dover. He had gone, he wrote, to meet his brother off the Calais boat, and he had told Mr. Pellow so a week before. Scotland Yard sent a man to Dover by the first train, and found him at breakfast.

"The Times has done us a service at last," said Voss, when Quarrie brought the news. "Now ask Mr. Pellow who else knew that the clerk would be away on Wednesday."

The answer was Mr. Pellow's nephew, Lionel Pellow, who had borrowed heavily at cards at the Corvid Club in Pall Mall. The Corvid Club had asked for its money on the Monday. On the Thursday the bonds were found in a hat box in his rooms. Street gave evidence at the trial, and the Times printed every word of it.`,
      ],
    ),
    people: [
      ['Aurelian Voss', 'Voss'],
      ['Quarrie', 'Inspector Quarrie'],
      ['Ambrose Tilling', 'Tilling'],
      ['Mr. Josiah Pellow', 'Mr. Pellow'],
      ['Enoch Street', 'Street', 'Mr. Street'],
      ['Lionel Pellow'],
    ],
    notPeople: [
      'Times',
      'Scotland Yard',
      'Pellow & Grange',
      'Harrow Square',
      'Cullen Street',
      'Corvid Club',
      'Pall Mall',
    ],
  },
  {
    title: 'The Mystery of Ashby Lodge',
    source: tales(
      [
        'Chapter I',
        `Ashby Lodge stands at the end of a long avenue of limes, two miles out of the market town of Corbridge. When I first saw it, in the spring of the year I write of, Ashby Lodge had been shut up for eleven years, and the Corbridge Gazette called it the loneliest house in the county.

Miss Harriet Venn had taken it on a lease in March. She was a small grey lady with sharp eyes, and she sent for my friend Dr. Caleb Morrow within a week of her arrival. "Someone walks in the east wing at night," she told him. "The Gazette says it is the ghost of old Lord Ashby. I say it is a man with boots on."

"The Gazette reported the same ghost in 1871," said Morrow drily, "and again in 1879. It appears to walk only when the house is let."

Miss Venn smiled for the first time. "Then you will stay, Doctor?"`,
      ],
      [
        'Chapter II',
        `We stayed. The house was served by a gardener named Silas Lodge, who had lived in the lodge by the gate since he was a boy, and by his wife, who cooked. Lodge was a silent man. He answered questions with a nod or a shake of the head, and on the second evening he told Morrow that the east wing was better left alone.

"Better for whom, Mr. Lodge?" asked Morrow.

Lodge did not answer. He went back to the lodge and shut the door.

That night the boots came along the east corridor at two in the morning. Morrow was waiting at the turn of the stair with a dark lantern, and the man who wore them ran straight into it. He was a thin young fellow with ink on his fingers, and he gave his name as Peter Quill, a reporter on the Corbridge Gazette.

"The Gazette wanted a ghost," said Quill miserably, "and the Gazette pays by the column."`,
      ],
      [
        'Chapter III',
        `It was not quite so simple. Quill had been let in each night by Silas Lodge, and Lodge, it came out, had been paid by a firm of London solicitors, Hennet and Sons of Gray's Inn, to keep Ashby Lodge empty. Hennet and Sons acted for the Ashby family, and the Ashby family wished to sell the land to the railway. A house with a ghost is not let, and a house that is not let is soon sold.

"Hennet and Sons wrote to me twice last month," said Miss Venn, when Morrow laid it before her, "offering to buy out my lease. I thought it very odd at the time."

The Gazette printed an apology on the Saturday. Hennet and Sons printed nothing. Miss Venn kept her lease, and Silas Lodge kept his cottage, for she said that a man who had lied to keep his home was not the worst sort of man. Ashby Lodge has been quiet ever since.`,
      ],
    ),
    people: [
      ['Miss Harriet Venn', 'Miss Venn'],
      ['Dr. Caleb Morrow', 'Morrow'],
      ['Silas Lodge', 'Lodge', 'Mr. Lodge'],
      ['Peter Quill', 'Quill'],
    ],
    notPeople: ['Ashby Lodge', 'Gazette', 'Corbridge Gazette', 'Hennet and Sons', 'Corbridge'],
  },
  {
    title: 'The Voyage of the Kestrel',
    source: tales(
      [
        'Chapter One. The Kestrel',
        `The Kestrel lay at the Blackwall pier on the morning of Lady Day, a brig of two hundred tons bound for the Gold Coast with a cargo of cotton goods and muskets. Captain Elias Harcourt walked her deck from bow to stern before he would let the pilot aboard. The Kestrel was the fastest vessel on the river, and she knew it; she pulled at her cables like a horse at a gate.

"She'll want watching in a blow," said the mate, Jonah Brisk. "The Kestrel always did."

The Admiralty had asked Captain Harcourt to carry a passenger, a young surveyor named Thomas Wren, as far as Cape Coast Castle. The Admiralty paid his passage in sovereigns, forty of them, and the Admiralty asked no questions about the muskets.`,
      ],
      [
        'Chapter Two. The Albatross',
        `Nine days out of the Channel they sighted a schooner on the weather bow. Brisk put up his glass and swore. "The Albatross," he said. "Yankee built, and she carries no flag she can't change."

The Albatross came down on them with the wind, and for three hours the two vessels ran south together, the Kestrel a mile ahead. Wren stood by the wheel and watched the captain. Harcourt said nothing at all. At noon the Albatross fired a gun, and the shot fell short in their wake.

"She wants us to heave to," said Wren.

"The Albatross may want what she likes," said Harcourt. "The Kestrel is going to Cape Coast."

By dusk the wind had backed into the east, and the Kestrel, which sailed closer to the wind than any ship of her size, drew away. When the moon rose the Albatross was a grey smudge on the horizon, and by morning she was gone.`,
      ],
      [
        'Chapter Three. Cape Coast',
        `They came into Cape Coast roads on the feast of Saint John. Wren went ashore with his instruments and his forty sovereigns, and the governor gave a dinner for the officers. Brisk got drunk, and said that the Admiralty ought to give the Kestrel a medal.

"The Admiralty gives medals to men, Mr. Brisk," said Harcourt, "not to ships."

Wren wrote home by the next mail. He told his mother that Captain Harcourt was the quietest man he had ever met, and that the Kestrel had outrun a pirate, and that the Admiralty had not told him what he was to survey. The letter reached London in August, and the Morning Post printed part of it, which Wren never forgave.

Harcourt took the Kestrel home in the autumn with a cargo of palm oil and ivory. The Albatross was never seen again on that coast, though Brisk swore for years that he had sighted her off Madeira, painted black and flying the colours of Portugal. The Admiralty sent Wren to survey the harbour at Accra the following spring, and this time it paid his passage in notes. Wren asked to sail in the Kestrel again. The Admiralty said that the Kestrel was a merchant ship and no concern of theirs, and sent him out in a gunboat that rolled all the way to Sierra Leone.`,
      ],
    ),
    people: [
      ['Captain Elias Harcourt', 'Captain Harcourt', 'Harcourt'],
      ['Jonah Brisk', 'Brisk', 'Mr. Brisk'],
      ['Thomas Wren', 'Wren'],
    ],
    notPeople: ['Kestrel', 'Albatross', 'Admiralty', 'Lady Day', 'Morning Post', 'Cape Coast'],
  },
  {
    title: 'The Adventure of the Blue Heron',
    source: tales(
      [
        'I',
        `The Blue Heron is an old coaching inn on the Bath road, with a yard behind it and a sign of a heron standing in blue water. On Christmas Eve of the year 1888 a guest at the Blue Heron was found dead in his bed, and on Boxing Day my friend Septimus Crane was asked to look into it.

"The Blue Heron has never had a death in it," said the landlord, Mr. Obadiah Finch, wringing his hands. "Not in a hundred years. The Bath Chronicle will have it in every line by Saturday."

"The Chronicle will have it by tomorrow," said Crane, "if I know the Chronicle. Who was the man?"

The man had signed the book as Mr. George Ainslie, of Bristol. He had come on the London coach on the evening of Christmas Eve, eaten a good supper, and gone up to bed at ten.`,
      ],
      [
        'II',
        `Crane looked at the room, the window, the supper tray, and the book. Then he went down to the taproom and talked to the ostler, a boy called Kit Marlow, for half an hour about horses.

"Did the gentleman come on the coach, Kit?"

"No, sir. The coach came in at six and he came at nine, on foot. I saw him cross the yard. He asked was the Blue Heron full, and Mr. Finch said there was one room."

"Then why does the book say he came by the coach?"

Mr. Finch turned red. "He asked me to write it so, sir. He gave me a half sovereign for it."

The Bath Chronicle came out the next morning. The Chronicle said that the dead man was a wine merchant of Bristol, and that he had died of his heart. Crane read it at breakfast and laughed. "The Chronicle has been told what to say," he said, "and by someone in a hurry."`,
      ],
      [
        'III',
        `The man was not George Ainslie, nor a wine merchant. He was a clerk of the Great Western Railway named Walter Dunning, who had taken the Christmas wages of the Bristol goods yard, nine hundred pounds in notes and gold, and meant to be in France before Twelfth Night. His partner in the theft, a booking clerk called Amos Kettle, had followed him to the Blue Heron and poisoned his wine.

Crane found Kettle on Twelfth Night, in a lodging at Reading with the notes sewn into his coat. The Great Western gave Crane a gold watch. The Chronicle printed the true story a week later, on the page behind the prices of corn, and the Blue Heron did a better trade that winter than ever it had.

Kit Marlow stayed at the Blue Heron as ostler until he was grown, and then went to London to drive a cab. He used to tell his fares that he had once helped Septimus Crane to hang a murderer, which was not quite true, for Kettle was transported and not hanged. Mr. Finch never again wrote in his book anything that a guest asked him to write. The Bath Chronicle, for its part, sent a young man to interview Crane at Christmas every year after, and every year Crane told him that there was nothing to report, and every year the Chronicle printed that too.`,
      ],
    ),
    people: [
      ['Septimus Crane', 'Crane'],
      ['Mr. Obadiah Finch', 'Mr. Finch'],
      ['Kit Marlow', 'Kit'],
      ['Walter Dunning'],
      ['Amos Kettle', 'Kettle'],
    ],
    notPeople: [
      'Blue Heron',
      'Chronicle',
      'Bath Chronicle',
      'Great Western',
      'Christmas Eve',
      'Twelfth Night',
      'Boxing Day',
    ],
  },
  {
    title: 'The Red Book of Tresco Hall',
    source: tales(
      [
        'Part the First',
        `The Red Book had been kept in the library at the Grange for three hundred years. It held the rents of every farm on the estate, written in the hand of every steward since Queen Elizabeth's time, and the Red Book said, on its last written page, that the mill farm belonged to the Grange and not to the village.

Sir Roland Tresco was proud of the Red Book. He showed it to every guest, and he showed it to me on the first evening of my visit, in the winter of 1891. "The Red Book settles everything," he said. "The village may say what it likes."

The village said a good deal. The miller, Nathaniel Hobb, had a lease older than Sir Roland's grandfather, and Hobb swore that the mill farm had been freehold since the Restoration. The Grange and the mill had been at law for four years.`,
      ],
      [
        'Part the Second',
        `On the morning after my arrival the Red Book was gone. The library window was open, there was frost on the sill, and a line of footprints crossed the lawn towards the village.

"Hobb," said Sir Roland at once. "The Grange will have him in gaol by noon."

His daughter, Miss Lettice Tresco, was not so sure. "Father, Hobb cannot read. What would he want with the Red Book?"

I followed the footprints myself. They crossed the lawn, went through the gap in the hedge, and stopped at the Grange's own boathouse on the lake. Inside the boathouse, wrapped in oilcloth, lay the Red Book, and beside it a candle end and a penknife. Three leaves had been cut out of it, very neatly, close to the binding.`,
      ],
      [
        'Part the Third',
        `The leaves turned up in the steward's desk. The steward, a quiet man named Gideon Ashe, had served the Grange for twenty years, and for twenty years he had been paid by Hobb's father and then by Hobb to write a little less in the Red Book than the Grange was owed. The cut leaves held the old rents in his hand; the new ones, he had hoped, would be written in again without them.

Sir Roland dismissed him that day. The Red Book went back to the library with three leaves sewn in where they had been cut out, and the suit about the mill farm was settled at the Lady Day sessions, in favour of the Grange. Miss Tresco sent Hobb a Christmas goose every year after, which her father never knew.

Hobb lived to a great age. He used to sit in the mill doorway in the evenings and tell anyone who would listen that the Red Book was a liar and always had been, and that the Grange had stolen the mill farm from his grandfather with a pen. Nobody at the Grange minded him any more. Sir Roland himself took to stopping at the mill on his rides, and the two old men would argue about the Restoration for an hour at a time, and part the best of friends. When Sir Roland died, Miss Tresco found in his desk a note, in his own hand, pinned to the first leaf of the Red Book: "Hobb may have been right."`,
      ],
    ),
    people: [
      ['Sir Roland Tresco', 'Sir Roland'],
      ['Nathaniel Hobb', 'Hobb'],
      ['Miss Lettice Tresco', 'Miss Tresco'],
      ['Gideon Ashe'],
    ],
    notPeople: ['Red Book', 'Grange', 'Restoration', 'Lady Day'],
  },
  {
    title: 'The Diamond of the Orient Express',
    source: tales(
      [
        'I. Victoria',
        `The boat train left Victoria at eleven, and Mrs. Honoria Blake was on it, with the Margrave diamond in a velvet bag sewn into her stays. The Continental Mail was full that night. Mrs. Blake had a compartment to herself, and at Dover she saw the bag safely across to the Calais boat, and at Calais onto the night train for Paris.

Her companion was a young Frenchwoman named Odile Marchand, engaged as a maid in Paris a month before. Odile spoke good English and very little of it. "The Mail is always late," she said at Dover, and that was all she said until Amiens.

The Evening Courier had printed the news of the diamond's sale three days before. The Courier said that the stone was to go to a prince in Vienna, and the Courier said which day it would travel, and Mrs. Blake had been very angry.`,
      ],
      [
        'II. Paris',
        `At Paris Mrs. Blake changed to the Orient Express. The Orient Express left the Gare de l'Est at seven in the evening, and the conductor, a tall Belgian called Anselm Verhoeven, showed her to her compartment with great ceremony. The Orient Express carried four other English passengers that night, and Mrs. Blake knew one of them: a Captain Rupert Shard, whom she had met at a ball in Belgravia.

"What a chance," said Shard, bowing. "Are you going all the way to Vienna?"

"As far as the diamond goes," said Mrs. Blake, and then wished she had not.

Between Strasbourg and Munich she slept, and when she woke the velvet bag was still in her stays, but the stone in it was glass.`,
      ],
      [
        'III. Vienna',
        `The Viennese police met the Orient Express on the Friday morning. They searched every compartment, every passenger, and the conductor's van, and found nothing. Captain Shard was indignant. Odile Marchand wept. Verhoeven said that in nineteen years on the Orient Express nothing had ever been stolen.

It was Verhoeven, in the end, who found it, in the hollow heel of Captain Shard's spare boots. Shard had bought a glass copy from a jeweller in Hatton Garden a month before, on the word of the Evening Courier, and changed the stones while the lady slept. The Courier printed the arrest on its front page. Mrs. Blake gave Verhoeven fifty pounds and Odile a character for any house in London.

The Margrave diamond went on to Vienna by the next train, in the conductor's own keeping, and reached the prince on the Saturday. Mrs. Blake went home by the Continental Mail. At Victoria she was met by a young man from the Evening Courier, who asked her how it had felt to sleep beside a thief. "The Courier," said Mrs. Blake, "should ask its own conscience that question," and she walked past him to her cab. Verhoeven retired two years later and kept a small hotel at Ostend. Odile Marchand married a farmer in Normandy, and the Orient Express ran on without either of them.`,
      ],
    ),
    people: [
      ['Mrs. Honoria Blake', 'Mrs. Blake'],
      ['Odile Marchand', 'Odile'],
      ['Anselm Verhoeven', 'Verhoeven'],
      ['Captain Rupert Shard', 'Captain Shard', 'Shard'],
    ],
    notPeople: [
      'Orient Express',
      'Continental Mail',
      'Evening Courier',
      'Courier',
      'Mail',
      'Victoria',
      'Margrave',
    ],
  },
  {
    title: 'The Tamsin Warehouse Fire',
    source: tales(
      [
        'Chapter I',
        `Tamsin and Sons had sold tea from the same warehouse in Mincing Lane since the days of the East India Company. On the night of the fifth of November, while the town was burning its guys, the warehouse of Tamsin and Sons burned too, and with it eight hundred chests of the finest Assam.

"Tamsin and Sons will be ruined," said the Standard the next morning. The Standard was wrong. Tamsin and Sons were insured with the Phoenix Office for twenty thousand pounds, and the Phoenix Office, as my friend Inspector Hallam Gaunt remarked, did not like to pay twenty thousand pounds for a bonfire.

"The Phoenix sent for me at eight," said Gaunt, "and the Standard sent a reporter at nine. I have been asked the same questions by both."`,
      ],
      [
        'Chapter II',
        `Old Mr. Barnabas Tamsin was in his bed with the gout, and his two sons ran the firm. Edwin Tamsin, the elder, was a careful, colourless man who kept the books. Felix Tamsin, the younger, was a member of the Pelican Club and owed money in every part of St James's.

"The Pelican Club has nothing to do with it," said Felix, when Gaunt called on him. "I was at the Pelican Club from eight until two. Thirty men saw me there."

"Thirty men saw you," said Gaunt, "and the night porter saw you leave at half past ten."

The Standard printed Felix's name on the Thursday, and the Phoenix Office refused to pay. Edwin Tamsin came to Gaunt that afternoon, white to the lips. "Inspector, my brother is a fool, but he is not a thief. The chests were not in the warehouse when it burned. I moved them myself, on the Monday."`,
      ],
      [
        'Chapter III',
        `The chests were found in a barge at Limehouse, in the name of a wharfinger called Jabez Crook. Crook had been paid by a rival house, Moberly Brothers, to set the fire and steal the tea; the warehouse was to burn empty, the chests were to be sold at Rotterdam, and Tamsin and Sons were to be ruined after all, by the Phoenix's refusal.

Edwin's moving of the chests, which he had done to save the rent of the upper floor, spoiled the plan. Moberly Brothers closed their doors in January. The Standard printed an apology to Felix Tamsin, which Felix framed and hung in the Pelican Club, and the Phoenix Office paid for the warehouse, if not for the bonfire.

Jabez Crook was sentenced at the Old Bailey to seven years. Old Barnabas Tamsin got up from his bed for the first time in a month to hear the sentence, and said afterwards that it was the best medicine he had taken in his life. Edwin went back to his books, and Felix, to the surprise of everyone at the Pelican Club, went with him; within a year he was keeping the accounts of the new warehouse in Mincing Lane, and the Standard, which had once printed his name as a thief, printed it as a witness at the trial of Moberly Brothers' manager, which came on in the spring.`,
      ],
    ),
    people: [
      ['Inspector Hallam Gaunt', 'Gaunt'],
      ['Mr. Barnabas Tamsin'],
      ['Edwin Tamsin', 'Edwin'],
      ['Felix Tamsin', 'Felix'],
      ['Jabez Crook', 'Crook'],
    ],
    notPeople: [
      'Tamsin and Sons',
      'Standard',
      'Phoenix Office',
      'Phoenix',
      'Pelican Club',
      'Moberly Brothers',
      'Mincing Lane',
    ],
  },
  {
    title: 'The Bank of England Note',
    source: tales(
      [
        'One',
        `The note was for a thousand pounds, and it was drawn on the Bank of England. Miss Clementine Hale brought it to my friend Mr. Ignatius Pym in a sealed envelope, on the first Monday of Lent.

"The Bank of England says it is a forgery," she said. "The Bank of England has kept the number and will not give the note back until I say where I had it. I had it from my late uncle's desk, Mr. Pym, and I do not know where he had it."

Pym held the note up to the window. "The Bank is quite right," he said. "The paper is good and the watermark is better, but the cashier's name is spelled with one t. The Bank of England has never employed a man who could not spell his own name."`,
      ],
      [
        'Two',
        `Her uncle, Colonel Hector Hale, had lived for thirty years at Mallow House in Russell Square, and had died there at Michaelmas. Mallow House was a dark place of Indian brasses and tiger skins, and it was kept by an old housekeeper, Mrs. Prudence Gale, who had been with the Colonel since India.

"The Colonel never trusted banks," said Mrs. Gale. "He kept his money in the house, in gold. He never had a paper note in his life."

"Then where did this one come from?" asked Pym.

Mrs. Gale did not know. But she remembered that a man had called at Mallow House on Michaelmas Eve, the night before the Colonel died, a thin dark man who said he came from the India Office. The India Office, when Pym wrote to it, had sent no one.`,
      ],
      [
        'Three',
        `The thin dark man was a forger named Silas Venner, well known to Scotland Yard and to the Bank of England, who had learned his trade in Calcutta. He had known Colonel Hale in India and had come to sell him a bundle of false notes for half their face in gold. The Colonel had taken one to test it, and died the same night of a stroke, before he could take it to the Bank.

Scotland Yard took Venner at Gravesend. The Bank of England gave Miss Hale a true note for the false one, which Pym said was more than it had ever done for anybody, and Mallow House was sold at Christmas to a family from Leeds.

Miss Hale did not keep the true note long. She gave half of it to Mrs. Gale, who had served her uncle without wages for the last three years of his life, and with the other half she took a small house at Richmond. Pym kept the false note, which the Bank of England had given back to him as a curiosity, framed above his desk, and he would show it to visitors and ask them to find the mistake. Very few did. Inspector Dunmore of Scotland Yard looked at it for ten minutes and said that it was the best forgery he had ever seen, and that the Bank was lucky in its spelling.`,
      ],
    ),
    people: [
      ['Miss Clementine Hale', 'Miss Hale'],
      ['Mr. Ignatius Pym', 'Pym', 'Mr. Pym'],
      ['Colonel Hector Hale', 'Colonel Hale'],
      ['Mrs. Prudence Gale', 'Mrs. Gale'],
      ['Silas Venner', 'Venner'],
      ['Inspector Dunmore'],
    ],
    notPeople: [
      'Bank of England',
      'Bank',
      'Mallow House',
      'India Office',
      'Scotland Yard',
      'Michaelmas',
      'Lent',
      'Russell Square',
    ],
  },
];
