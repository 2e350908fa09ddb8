/**
 * A fourth generality set for issue 17 (docs/quality/story-bible.md, thirty-ninth session, a helper):
 * whole short manuscripts of invented people in the manner of Victorian detective and domestic
 * fiction, some told in the first person, written and committed before any rule was run on them. The
 * shapes are those of a casebook of short stories, where each story brings its own client and villain:
 * a full name, then title and surname, then the surname alone, then the first name in speech ("Miss
 * Helena Marchbank", "Miss Marchbank", "Helena"); a nickname ("Nell" for Eleanor, "Kit" for
 * Christopher, "Bob" for Robert); a rank and surname, then the rank alone ("Captain Deverell", "the
 * Captain"); a doctor as "Dr. Hollis" and "Doctor" in address; a narrator named only by others; a
 * married woman known by her husband's name ("Mrs. Robert Haldane"). Beside them, people who must
 * stay apart: a father and son of one surname, two sisters ("Miss Lark" and "Miss Jane Lark"), two
 * brothers, two Colonels in two stories of one book, a wife and the husband whose name she bears.
 */
import { tales } from '../support/bible.js';
import type { GeneralityManuscript } from './generality-set.js';

export const fourthGeneralityManuscripts: readonly GeneralityManuscript[] = [
  {
    title: 'The Marchbank Pearls (a casebook story, told by the doctor)',
    source: tales(
      [
        'I. THE CLIENT',
        `It was a wet evening in November, and my friend Ambrose Lorimer and I sat by the fire in his rooms in Cork Street. I had been out on my rounds since the morning, and Lorimer had been sitting in his chair since the morning, with his pipe and his scrapbooks about him.

"You have been to Camden Town, Fenwick," said he, without looking up. "And you have lost something there."

"I have lost nothing," said I. "The child will live."

"Then you have lost an umbrella, Doctor, which is the smaller matter."

It was true, and I laughed and sat down. Before I could ask him how he knew, the bell rang below, and a moment later the landlady showed in a young lady in grey. She was Miss Helena Marchbank, of Whitby, and she had come up to London by the morning train.

"Mr. Lorimer," said she, "I have nobody else to go to. My uncle's pearls have gone, and my uncle says that I took them."

"Sit down, Miss Marchbank," said Lorimer. "Dr. Fenwick is my friend and my colleague. You may speak before him as before myself."

Miss Marchbank told her story plainly. Her uncle, Mr. Julius Crowe, was a shipowner of Whitby, a widower and a hard man. She had kept his house since her father died. Three nights before, the pearls, which had been her mother's, were taken from the locked desk in his study. There were two keys: her uncle's, and the one which hung in her own room. "He has not gone to the police," she said, "because he will not have a niece of his in the dock. But he has told the servants, and he has told his partner, Captain Rowland Deverell, and now the whole town knows."

"And Captain Deverell?" asked Lorimer.

"He has been kind to me," said Miss Marchbank, and coloured.

Lorimer said nothing for some minutes. Then he rose and knocked out his pipe. "We will take the night train, Fenwick," said he.`,
      ],
      [
        'II. WHITBY',
        `Mr. Crowe met us at his own door in the grey of the morning. He was a heavy red man with a voice made for a ship's deck. "So Helena has brought the London men," said he. "Well, Mr. Lorimer, you will find nothing. The girl took them. Who else could?"

"Your partner, perhaps," said Lorimer mildly.

Crowe laughed. "Deverell? Deverell is rich. Deverell does not need pearls."

The Captain himself came in at that moment, a tall brown man with a scar across his chin, and shook hands with us both. "The Captain has been at sea for thirty years," said Crowe, "and never lost a cargo."

Lorimer spent the day in the study with his lens and his tape. I walked with Miss Marchbank on the cliff above the harbour. "Dr. Fenwick," said she, "does your friend believe me?"

"He believes nobody until he has looked," said I, "and then he believes the facts."

At dinner Captain Deverell was very gay, and told us stories of the China seas. Afterwards Lorimer drew me into the hall. "Doctor, I want you to watch the harbour tonight. If a boat goes out after midnight, note whose it is, and come for me."`,
      ],
      [
        'III. THE PEARLS',
        `At two in the morning a boat went out under oars, and I knew the figure in its stern: it was the Captain. I ran for Lorimer, and by first light we were on the quay at Sandsend with two constables, where Deverell came ashore. In the lining of his coat were the pearls.

"You had the key copied in Hull," said Lorimer. "The locksmith remembered a sea captain with a scar." Deverell said nothing at all, and went with the constables.

Crowe begged his niece's pardon at the breakfast table, which I think cost him more than the pearls. "Helena," said he, "I have been a fool."

"You have, Uncle," said Miss Marchbank, and she laughed for the first time since we had known her.

"Well, Fenwick," said Lorimer in the train, "you may write it up, if you leave out the umbrella."`,
      ],
    ),
    people: [
      ['Ambrose Lorimer', 'Mr. Lorimer', 'Lorimer'],
      ['Dr. Fenwick', 'Fenwick'],
      ['Miss Helena Marchbank', 'Miss Marchbank', 'Helena'],
      ['Mr. Julius Crowe', 'Mr. Crowe', 'Crowe'],
      ['Captain Rowland Deverell', 'Captain Deverell', 'Deverell', 'Captain'],
    ],
  },
  {
    title: 'The Misses Lark (a village tale)',
    source: tales(
      [
        'Chapter I',
        `The Misses Lark lived at the white house at the end of Mill Lane, in the village of Ebbing. Miss Lark, the elder, was thirty-four, and kept the accounts, the keys and the garden. Her sister called her Margaret, and nobody else in Ebbing called her anything but Miss Lark. Miss Jane Lark was twenty-six, and kept nothing at all, though she was very fond of the garden when her sister had weeded it.

In the spring of that year their cousin, Eleanor Shaw, came from Bath to stay with them. She was nineteen, with no money and a great deal of hair. "You must call me Nell," she said at the gate. "Everybody does." And she kissed them both. Miss Lark said that she would try.

"Margaret will never manage it," said Jane that night, brushing her hair before the glass. "She calls the cat Mr. Thomas."

"Then I shall be Miss Shaw until Michaelmas," said Nell, and they both laughed.`,
      ],
      [
        'Chapter II',
        `The new curate, Mr. Philip Ormsby, came to tea on the first Sunday. He was a tall young man who dropped things. He dropped his hat in the hall and a cup in the drawing room, and he said that he was very sorry to each of them in turn.

"Nell, do pass Mr. Ormsby the cake," said Jane. Nell passed it, and Mr. Ormsby dropped that too.

After he had gone, Miss Lark said that he would do very well for the parish. Miss Jane Lark said that he would do very well for Nell. Nell said nothing, and went out into the garden.

Ormsby came again on the Tuesday, and on the Thursday, and on the Saturday after. The village noticed. Old Mrs. Pook at the post office noticed most of all, and told everybody who came in for stamps that the curate was courting Miss Shaw, and that it would not last, because curates never had any money.`,
      ],
      [
        'Chapter III',
        `It was Miss Lark, in the end, who spoke. She met Mr. Ormsby in Mill Lane on a wet afternoon, and she did not step aside for him.

"Mr. Ormsby," said she, "you have called at our house eleven times in three weeks. My sister thinks that you come for my cousin. I think that you come for the cake. Which is it?"

Ormsby turned very red. "It is not the cake, Miss Lark," said he. "And it is not Miss Shaw."

Miss Lark looked at him for a long moment. Then she took him home, and put him in the garden, and went to fetch her sister. "Jane," said she, "Mr. Ormsby would like to speak to you about the roses."

Nell laughed when she heard. "I knew it from the first Sunday," said she. "Philip dropped the cup when Jane came in, and not when I did."

"Well, Margaret," said Jane that night, very pink, "you have managed it after all." And Miss Lark, who had managed everything in that house for twenty years, went back to her accounts.`,
      ],
    ),
    people: [
      ['Miss Lark', 'Margaret'],
      ['Miss Jane Lark', 'Jane'],
      ['Eleanor Shaw', 'Nell', 'Miss Shaw'],
      ['Mr. Philip Ormsby', 'Mr. Ormsby', 'Ormsby', 'Philip'],
      ['Mrs. Pook'],
    ],
  },
  {
    title: 'Two Colonels (a casebook of two stories)',
    source: tales(
      [
        'THE ASKE WILL',
        `Inspector Nathaniel Royle of Scotland Yard was not often sent into Surrey, and he did not like it. The message had come from Colonel Hugh Aske of Fernhill, who wrote that his will had been stolen from his desk and another put in its place.

Colonel Aske received him in the library. He was a small, upright old man with a white moustache, and he had fought in the Crimea. "Inspector Royle," said he, "I have one nephew and one housekeeper, and one of them is a thief."

The nephew was Frederick Aske, a pleasant idle young man who had been sent down from Oxford. He came in from the stables with mud on his boots. "Uncle, the grey is lame again," said he, and then he saw the Inspector and stopped.

"Freddy," said the Colonel, "this gentleman is from the police."

The housekeeper, Mrs. Bunce, had been at Fernhill for thirty years. She cried when Royle spoke to her, and said that she could not read, which was true. The false will left everything to Frederick Aske.

Royle walked in the garden for an hour. Then he asked the Colonel for the name of his solicitor, and took the afternoon train to Guildford. The solicitor's clerk had written the false will, at the bidding of the solicitor himself, who meant to be its executor and to lend the estate's money to himself. Freddy had known nothing of it. "I am glad, sir," said he to Royle, "though I should have liked the money."

The Colonel gave the Inspector a glass of brandy and a cold handshake, and Royle was glad to see London again.`,
      ],
      [
        'THE DOVER DOG',
        `A month later Inspector Royle was sent to Dover, where a Colonel Brandreth had lost a dog. Royle thought it beneath him, and said so to his sergeant, but the dog had been a gift from a royal duke, and the Yard thought otherwise.

Colonel Brandreth was a large, loud, cheerful man, as unlike the master of Fernhill as a man could be. "Royle, is it?" said the Colonel. "Sit down, Royle. The dog was in the yard at ten and gone at eleven, and the gate was locked."

His daughter, Miss Winifred Brandreth, had loved the dog better than anyone. "Papa is making a great noise about it," said she to Royle in the garden, "but he cries about Caesar at night."

Royle looked at the yard, the gate and the wall. The wall was low on the side of the lane, and there was a baker's cart in the lane every morning at half past ten. He found the baker's boy before dinner, and the dog in the baker's shed before supper, with a new collar and a good deal of bread inside him.

"Winifred!" shouted the Colonel, when Caesar came in at the door. Miss Brandreth came running down the stairs, and for some minutes nobody said anything sensible.

"Well, Royle," said Colonel Brandreth at last, "you have done the Army a service." Royle said that he was glad to have been of use, and went back to London, where nobody had lost a dog.`,
      ],
    ),
    people: [
      ['Inspector Nathaniel Royle', 'Inspector Royle', 'Royle'],
      ['Colonel Hugh Aske', 'Colonel Aske'],
      ['Frederick Aske', 'Freddy'],
      ['Mrs. Bunce'],
      ['Colonel Brandreth'],
      ['Miss Winifred Brandreth', 'Miss Brandreth', 'Winifred'],
    ],
  },
  {
    title: 'The Tresham Cheque (a City story)',
    source: tales(
      [
        'Chapter I',
        `Mr. Oswald Tresham had been a banker in Lombard Street for forty years, and had never in that time lent a penny without security. His son, Arthur Tresham, had been a clerk in his father's bank for two years, and had never in that time been in the office before ten.

On a Monday in March a cheque for three hundred pounds came back to the bank with Mr. Tresham's name on it. Mr. Tresham had not signed it. The chief clerk, who disliked young Tresham, said that he knew the hand.

Mr. Tresham sent for his solicitor, Mr. Simeon Gale, that afternoon. Gale was a dry, grey, careful man, and he had known Arthur since the boy was in petticoats. "You think your son wrote it," said Gale.

"I think nothing," said Mr. Tresham. "I want to know."

Gale took the cheque away with him in his pocket-book, and sat up late with it under the lamp in his chambers in Gray's Inn. The signature was a good one, too good: the old man's hand had been shaky since his illness, and this one did not shake at all. He put it away at midnight, and went to bed no wiser than he had risen.`,
      ],
      [
        'Chapter II',
        `Gale went first to the family doctor, Dr. Edwin Hollis, who had attended Mr. Tresham through a long illness in the winter.

"Doctor," said Gale, "was your patient well enough in January to sign his own name?"

"Barely," said Dr. Hollis. "His hand shook so much that his son signed the household cheques for him, with his leave. I saw him do it."

"Then the son knows the father's hand very well."

"So does anybody who has seen the old man's letters, Mr. Gale," said the doctor. "And the old man writes a good many letters."

Gale went next to Arthur Tresham's lodgings in Bloomsbury. Young Tresham was at home, and not at the bank. "I did not write it," said Arthur, before Gale had asked him anything. "I know what they say at the bank. I have signed for my father, with his leave, and never for myself."

"I believe you," said Gale, "but belief is not evidence, Arthur. Who else had your father's letters?"`,
      ],
      [
        'Chapter III',
        `It was the chief clerk who had the letters, as it turned out: he had kept every letter Mr. Tresham had written to the bank for ten years, and had practised the hand on the backs of them. Gale found the practice sheets in the clerk's desk, under a volume of sermons.

Mr. Tresham heard him out in silence. Then he sent for his son. "Arthur," said he, "I owe you an apology, and I am not used to making them."

"Then I shall not ask for one, Father," said Arthur.

Mr. Tresham looked at him, and for the first time in two years he smiled at his son. Dr. Hollis, who dined with them that night, said afterwards that the old man's hand had not shaken once.`,
      ],
    ),
    people: [
      ['Mr. Oswald Tresham', 'Mr. Tresham'],
      ['Arthur Tresham', 'Arthur'],
      ['Mr. Simeon Gale', 'Gale', 'Mr. Gale'],
      ['Dr. Edwin Hollis', 'Dr. Hollis'],
    ],
  },
  {
    title: 'The Brothers Quarles (told by a young solicitor)',
    source: tales(
      [
        'Chapter I',
        `I had been a partner in the firm for less than a month when old Mr. Bellamy put the Quarles papers on my desk. "You had better learn the worst of our clients first, Penhallow," said he. "They are brothers, and they have not spoken to each other for eleven years."

Mr. Edward Quarles was the elder. He lived in the great house at Linton and farmed his own land, and he came to the office in a gig on the first Tuesday of every month. Mr. Henry Quarles was the younger. He lived in two rooms over a chemist's shop in the town and wrote a history of the county which nobody had read. Their father had left the house to Edward and the library to Henry, and the library was in the house.

My clerk, Robert Dakin, knew everything about everybody in the town. "Mr. Edward will never give up the books, sir," said Dakin, "and Mr. Henry will never give up asking."

I read the papers that night in my lodgings. There were eleven years of letters in them, all from the brothers to the firm and none from either to the other, and every one of them ended with the same words: the library, the library, the library.`,
      ],
      [
        'Chapter II',
        `Edward Quarles came in on the Tuesday and sat down in the chair before my desk as if he owned it. "You are the new man," said he. "Mr. Penhallow, is it? Well, Mr. Penhallow, my brother has written to you, I suppose."

"He has," said I.

"Then you may tell him that the books stay where my father put them."

Henry Quarles came in on the Thursday. He was thinner and shabbier than his brother, and a great deal more polite. "I do not want the house, Mr. Penhallow," said he. "I want to read my father's books. Edward has not opened one of them in his life."

That evening I stayed late over the will. Dakin brought me a lamp. "Bob," said I, for the whole office called him so, "who witnessed this will?"

"Old Mr. Bellamy and the vicar, sir," said Dakin. "The vicar is dead."`,
      ],
      [
        'Chapter III',
        `There was a codicil. It was in the vicar's hand, folded into the back of a sermon in the library at Linton, and Dakin found it there when I sent him to make a list of the books. It gave the library to Henry and the shelves to Edward, which was the old man's idea of a joke.

I asked the brothers to the office on the same afternoon, which had not been done in eleven years. Edward read the codicil twice and laughed. Henry read it once and did not. "He always said we should have to share something," said Henry.

"Then come to dinner on Sunday, Henry," said Edward, "and bring your history. I may as well read it, since I am to keep the shelves."

"Well done, sir," said Bob Dakin, when they had gone out together. I said that it had been his work, and he did not deny it.`,
      ],
    ),
    people: [
      ['Mr. Edward Quarles', 'Edward'],
      ['Mr. Henry Quarles', 'Henry'],
      ['Robert Dakin', 'Dakin', 'Bob'],
      ['Penhallow', 'Mr. Penhallow'],
      ['Mr. Bellamy'],
    ],
  },
  {
    title: 'The Governess at Ferne (told by the governess)',
    source: tales(
      [
        'Chapter I',
        `I came to Ferne in the autumn of the year my father died, with one trunk and a letter from the agency. The letter was addressed to Mrs. Robert Haldane, and it said that I was competent in French, music and the use of the globes, which was two parts true.

Mrs. Haldane met me in the hall. She was a small, quick, anxious lady in black silk. "You are Miss Ashby," said she. "I hope you are stronger than the last one. Georgiana has had three governesses in a year."

Georgiana was nine, and she was behind the door. She came out when her mother had gone and looked at me very hard. "I am Georgie," said she. "Nobody calls me Georgiana except Mamma when she is cross. Can you climb?"

I said that I could, and by the end of the week I had proved it, to the ruin of one of my two good dresses.

The house was large and cold and very quiet. The servants were old, and had been at Ferne since before Georgie was born, and they watched me for a month before they decided that I would do. The cook decided first, because I ate everything she gave me.`,
      ],
      [
        'Chapter II',
        `Mr. Haldane was in India, and had been for two years. His wife wrote to him every Sunday and read his letters aloud at breakfast on the first of every month, when the mail came. "Robert says that the heat is very great," she would say, "and that he hopes Georgiana is learning her French."

Georgie was not learning her French. She was learning to fish, from the gardener's boy, and I was learning with her. "Miss Ashby," said Mrs. Haldane one evening, "the cook tells me that you were seen in the brook."

"Only to the ankles, ma'am," said I.

Mrs. Haldane looked at me for some time, and then she laughed, which I had never heard her do. "Robert used to fish in that brook," said she. "I expect that is where Georgie has it from."`,
      ],
      [
        'Chapter III',
        `Mr. Haldane came home at Christmas, two months before anyone expected him. He walked up from the station in the snow and came in at the kitchen door, and the cook screamed. He was a tall, brown, silent man, and Georgie did not know him at first.

"So you are the governess who fishes," said Mr. Haldane to me at dinner. "Lucy Ashby, is it? My wife writes that you have made a savage of my daughter."

"She has made her happy, Robert," said Mrs. Haldane quietly, "which is more than the other three did."

Mr. Haldane said nothing, but in the morning he took Georgie and me down to the brook, and showed us where the big trout lay under the bank. I stayed at Ferne for six years, and I have never been so happy anywhere since.`,
      ],
    ),
    people: [
      ['Miss Ashby', 'Lucy Ashby'],
      ['Mrs. Robert Haldane', 'Mrs. Haldane'],
      ['Mr. Haldane', 'Robert'],
      ['Georgiana', 'Georgie'],
    ],
  },
  {
    title: 'The Speckled Room (a casebook story, told by the barrister)',
    source: tales(
      [
        'I. MISS VARDON',
        `My friend Mr. Lucian Hart was at his breakfast when the lady was shown in, and I was at mine. She was young, and dressed in deep mourning, and her hands shook as she lifted her veil.

"My name is Cecily Vardon," said she. "I live with my stepfather at Stoke Hallam, in Sussex. My sister died there two years ago, a fortnight before her wedding, and last night I heard in my own room the sound which she heard on the night she died."

"Pray sit down, Miss Vardon," said Hart. "This is my friend Mr. Chalmers, of the Inner Temple. Chalmers, a cup for the lady."

Miss Vardon told us that her stepfather, Dr. Septimus Carrow, had been a physician in India, and had come home with a fortune, a bad temper and a taste for animals from the East. Her mother had left the girls a small income each, to be paid to them when they married. "My stepfather has never struck me," said she, "but his only friend is a Major Pellow, who was with him in India, and who drinks with him every night in the library, and I am afraid of them both."

Hart listened with his eyes closed. When she had finished he asked only one question: whether the bell rope in her room had been put up before or after her sister's death. "After, I think," said Miss Vardon. "My stepfather had the rooms altered in the spring."`,
      ],
      [
        'II. STOKE HALLAM',
        `We went down to Sussex on the same afternoon. Dr. Carrow had gone up to London, the servants said, and the Major with him. Hart went over the three bedrooms in an hour, and spent the rest of the afternoon looking at a ventilator in the wall between Miss Vardon's room and her stepfather's.

"Chalmers," said he, when we were alone, "a ventilator which opens into the next room instead of the open air, and a bell rope which rings no bell. What do you make of it?"

"Nothing good," said I.

"Nothing good," said Hart. "Miss Vardon must sleep in her sister's old room tonight, and we must sleep in hers."

Carrow came home at ten, in a temper. We heard him on the stairs, and then the Major's voice, thick with brandy. "Cecily!" shouted Dr. Carrow at her door. "Cecily, are you awake?" Miss Vardon did not answer, as we had told her, and after a while he went away.`,
      ],
      [
        'III. THE BELL ROPE',
        `We sat in the dark for three hours. At half past one there was a click, and a low hissing, and a thin shape came down the bell rope onto the bed. Hart struck at it with his cane again and again, and it went back through the ventilator the way it had come.

There was a scream from the next room, and then silence. We found Dr. Carrow in his chair with the creature about his neck. The Major, who had slept through it all in the library, was taken by the police in the morning, for he had bought the creature for his friend in Calcutta and knew what it was for.

"I am sorry for the Major," said Hart in the train, "but I cannot say that I am sorry for Carrow. You will write it up, Chalmers, I suppose."

I said that I would, and I have.`,
      ],
    ),
    people: [
      ['Mr. Lucian Hart', 'Hart'],
      ['Mr. Chalmers', 'Chalmers'],
      ['Cecily Vardon', 'Miss Vardon', 'Cecily'],
      ['Dr. Septimus Carrow', 'Dr. Carrow', 'Carrow'],
      ['Major Pellow', 'Major'],
    ],
  },
  {
    title: 'Kit and Nell (a seaside romance)',
    source: tales(
      [
        'Chapter I',
        `Eleanor Brayne was twenty, and had spent every summer of her life at Saltcombe, in the tall house on the Parade that her mother took for August. Mrs. Brayne liked Saltcombe because nothing ever happened there. Miss Brayne liked it for the same reason, until the summer that Christopher Dunstan came.

Mr. Dunstan was a painter, or said that he was. He set up his easel on the sands below the Parade every morning at nine and painted the same rock until one, and Mrs. Brayne said that it was a very odd way for a young man to live.

"He is painting the rock, Mamma," said Eleanor.

"He is painting you, Nell," said Mrs. Brayne, "and not very well."

Eleanor said nothing to that. She took her book down to the Parade every afternoon, where she could see the sands and not be seen from them, and she did not read a page of it in a fortnight. Her mother noticed, and said nothing either, which was not like her.`,
      ],
      [
        'Chapter II',
        `Miss Brayne went down to the sands on the Wednesday to see whether this was true. It was. There was a small figure in a blue dress on the rock in every one of the pictures, and the dress was hers.

"Mr. Dunstan," said she, "you have put me in your painting without asking."

"I have put you in eleven paintings without asking," said Christopher Dunstan, "and I should like to put you in a great many more. My friends call me Kit. Will you sit for me properly, Miss Brayne, if your mother allows it?"

Mrs. Brayne did not allow it. Mrs. Brayne said that she had never heard of the Dunstans, and that painters were not a profession. Nell said that she had heard of Turner, and went to her room.`,
      ],
      [
        'Chapter III',
        `It was the rock that settled it. A storm came in on the Friday night, and in the morning the rock was gone, or the top of it was, and half the town went down to the sands to look at the place where it had been. Kit Dunstan stood in front of his empty easel and laughed until he had to sit down.

"Well, Kit," said Nell, who had come down with everybody else, "what will you paint now?"

"You," said Kit, "if your mother will have me to the house."

Mrs. Brayne had him to the house. She found, over the tea cups, that the Dunstans were the Dunstans of Hexham, and that the young man had an uncle in the Church and a picture in the Academy, and she said afterwards that she had always thought him a very sensible young man. Eleanor Brayne was married from the house on the Parade the next August, and the picture of the girl on the rock that is no longer there hangs in her drawing room still.`,
      ],
    ),
    people: [
      ['Eleanor Brayne', 'Miss Brayne', 'Nell'],
      ['Christopher Dunstan', 'Mr. Dunstan', 'Kit', 'Kit Dunstan'],
      ['Mrs. Brayne'],
    ],
  },
];
