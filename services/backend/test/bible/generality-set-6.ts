/**
 * A sixth generality set for issue 17 (docs/quality/story-bible.md, fortieth session): eight whole
 * invented manuscripts (about 900 to 1,100 words each) in eight genres, a sea story, a village tale, a
 * school story, war letters, a ghost story, a family saga of many cousins, a comic tale of talking
 * animals and a detective story of a seaside public house, written and committed before any rule was
 * run on them. They hold the shapes issue 17 lists as general weaknesses: people known only by a
 * calling the lexicons lack ("the bosun", "the padre", "the purser"); ships and boats, some named like
 * women or titled people ("the Sally Ann", "the Lady Rowena"); a surname before a plural noun ("the two
 * Pettigrew boys", "the Grimsby twins", "the Pargeter girls"); villages and houses named like surnames
 * or given names ("Harling", "Aldous", "Morland", "Ravelston", "Fennick", the town "Albert"); and things
 * named like people (a bell "Gabriel", a clock "Old Tom", a scarecrow "Lord Nelson", a public house
 * "the Duke of Clarence", the enemy "Fritz"). Each person is listed by the fullest form the text writes.
 */
import { tales } from '../support/bible.js';
import type { GeneralityManuscript } from './generality-set.js';

export const sixthGeneralityManuscripts: readonly GeneralityManuscript[] = [
  {
    title: 'The Petrel of Porthallow (a sea story)',
    source: tales(
      [
        'I. OUTWARD',
        `The brig Petrel lay at Porthallow quay for three weeks that spring, waiting for a wind and for her master. Captain Amos Threlfall had been ashore with a bad leg since Christmas, and the owners would not let her sail without him. The crew mended sails, quarrelled, and drank what they could get on credit at the harbour inn.

The bosun kept them at work. He was a square grey man who had sailed with Threlfall for twenty years, and nobody on the quay had ever heard his name. The bosun said little and saw everything. When the cook's boy was caught with a bottle under his jersey, the bosun took the bottle, drank half of it, and poured the rest over the side. "That is how it goes on the Petrel," said the bosun, and the cook's boy did not try again.

Jacob Venning, the mate, was younger and less patient. He walked up to the Captain's cottage every morning and came down every morning with the same answer. "Thursday," he would say, "or Friday, if the leg allows." Mr. Venning had a wife in Falmouth and wanted to be at sea and home again before the summer.

On the Friday the Captain came down to the quay himself, leaning on a stick, with his wife Hester on his arm. Hester Threlfall looked the Petrel over from stem to stern as though she meant to buy her. "She wants paint," said Hester. "She wants a master," said Threlfall, and went aboard.`,
      ],
      [
        'II. THE FOG',
        `They cleared the Lizard on the Sunday with a light easterly behind them. Toby Marsh, who was thirteen and on his first voyage, was sick for two days and then never sick again. He carried the Captain's coffee, learned his knots from the bosun, and asked so many questions that Mr. Venning threatened to put him in the boat and tow him.

The Petrel's boat was an old green thing called the Sally Ann, which had been bought second-hand from a pilchard man at Mevagissey. The Sally Ann leaked. Toby spent an hour every afternoon bailing her where she hung in the davits, and the bosun said it was the best thing for a boy's character.

On the fifth day a fog came down. Threlfall would not leave the deck. He stood by the wheel with his bad leg on a coil of rope, listening. Toby stood beside him and listened too, though he did not know what for. "Bells," said the Captain at last. "Somebody is anchored ahead of us." Venning went forward with the lead, and the bosun brought the Petrel up into the wind until she lay still and dripping.

Out of the fog came a long grey cutter with her sails half furled. She was the Vigilant, of the revenue service, and a young officer stood in her stern sheets with a speaking trumpet. "What ship is that?" he called. "The Petrel of Porthallow," said Threlfall, "bound for Lisbon with china clay." The young officer asked if he might come aboard. Threlfall said he might come aboard and welcome, if he did not mind the smell of the cook's stew.`,
      ],
      [
        'III. THE SEARCH',
        `Lieutenant Giles Ormerod came over in the Vigilant's gig with four men. He was perhaps twenty-two, very clean, very polite, and very sure that the Petrel carried something besides china clay. He had the hatches off and the casks out, and he climbed down into the hold himself with a lantern.

"You will find clay," said the bosun, watching him go. Toby thought he had never heard the bosun so cheerful.

Ormerod found clay. He found the Captain's brandy, which was entered in the ship's papers, and a box of tea belonging to Mr. Venning, which was not. Venning turned red and said it was a present for his wife. The young officer looked at the tea, looked at Venning, and wrote something in his book. Then he wrote something else and crossed it out.

"Lieutenant," said Threlfall from his coil of rope, "I have been forty years at sea and I have never run so much as a pound of tobacco. My mate is a fool about his wife, but he is not a smuggler. Take the tea if you must."

Ormerod did not take the tea. He shook hands with the Captain, bowed to the portrait of Hester Threlfall in the cabin, because he had been told that she was the real owner of the Petrel, and went back to the Vigilant in the last of the fog.`,
      ],
      [
        'IV. HOME',
        `They made Lisbon in eleven days and Porthallow again in the first week of July. Hester was on the quay, and so was half the village. The Sally Ann was lowered for the last time, leaking as badly as ever, and the bosun rowed the Captain ashore in her with Toby in the bows.

"Well, Amos," said Hester. "Did the leg hold?" Threlfall said it had. Venning went off to Falmouth with his tea. Toby Marsh told his mother everything, including a good deal that had not happened, and the bosun went up to the inn and was not seen again until the Petrel sailed in August.

Lieutenant Ormerod came to Porthallow once that summer, in his own clothes, and called at the Captain's cottage. Nobody knew why. Hester said it was to apologise; Threlfall said it was to see the portrait; and Toby Marsh, who had his own opinion about young officers, said nothing at all.`,
      ],
    ),
    people: [
      ['Captain Amos Threlfall', 'Threlfall', 'Amos'],
      ['bosun'],
      ['Jacob Venning', 'Mr. Venning', 'Venning'],
      ['Hester Threlfall', 'Hester'],
      ['Toby Marsh', 'Toby'],
      ['Lieutenant Giles Ormerod', 'Lieutenant Ormerod', 'Ormerod'],
    ],
    notPeople: [
      'Petrel',
      'Sally Ann',
      'Vigilant',
      'Porthallow',
      'Lizard',
      'Lisbon',
      'Falmouth',
      'Mevagissey',
    ],
  },
  {
    title: 'The Harling Bell (a village tale)',
    source: tales(
      [
        'I. THE CRACKED BELL',
        `Harling is a small village on a chalk hill, with one street, one shop and a church too big for it. For three hundred years the tower of Harling church has held six bells, and the greatest of them is called Gabriel. Gabriel was cast in the reign of Queen Anne, and every child in Harling knows the rhyme on his rim, though few of them could read it.

In the winter of the great frost Gabriel cracked. Noah Pettigrew, the sexton, heard it happen. He was ringing for evensong alone, as he had rung every Sunday since he was a boy, and at the ninth stroke the great bell gave a sound like a plate breaking on a stone floor. Old Noah let go of the rope and sat down on the belfry step, and when the Rector found him there half an hour later he was still sitting with his cap in his hands.

"Gabriel is done for," said Noah. "I heard him go."

The Rector, Mr. Simon Ashdown, was a young man and new to Harling. He did not know much about bells. But he knew what Gabriel meant to the village, and he climbed up into the tower with a lantern and looked at the crack for a long time.`,
      ],
      [
        'II. THE POST OFFICE',
        `By Monday morning the whole of Harling knew, because Mrs. Ruth Cobbold had been told. Mrs. Cobbold kept the shop and the post office and most of the village's secrets. She told the carrier, who told the farm at Aldous, and by Tuesday they knew in Aldous too, and were not sorry; for Aldous had only three bells and had always thought Harling proud.

"It will cost two hundred pounds to recast him," said Mrs. Cobbold to everyone who came in for stamps. "Two hundred pounds! And where is Harling to find that?"

The answer, as everyone knew, was Morland. Morland was the big house at the foot of the hill, with its long wall and its cedar trees, and for as long as anyone could remember Morland had paid for whatever Harling could not. But Morland had been shut up since the old General died, and the only one of the family left was his sister, Miss Letitia Vane, who lived in two rooms of it with a cook and a cat and saw nobody.`,
      ],
      [
        'III. THE RECTOR CALLS',
        `Mr. Ashdown walked down to Morland on the Wednesday. The gate was rusted open and the drive was green with moss. Miss Vane received him in a cold drawing room full of covered chairs.

"You want money for the bell," she said before he had sat down. "My brother gave money to Harling for forty years, Mr. Ashdown, and Harling laughed at him for forty years behind his back. I heard them."

The Rector said that he did not want money. He wanted her to come up to the church on Sunday and hear the bells without Gabriel. Miss Vane looked at him as if he had asked her to dance.

"I have not been up that hill in eleven years," she said.

"Then the view will be new to you," said Mr. Ashdown, and to his own surprise she laughed.`,
      ],
      [
        'IV. THE PETTIGREW BOYS',
        `Meanwhile the two Pettigrew boys, Noah's grandsons, had taken matters into their own hands. Sam Pettigrew was fifteen and Eli was twelve, and they had decided that if Harling could not pay for Gabriel, Harling could at least pay for the cart to take him to the foundry. They went from door to door with a biscuit tin. Mrs. Cobbold gave a shilling and told them it was hopeless. The carrier gave sixpence. The farm at Aldous, to everyone's astonishment, gave a pound, with a note saying that a bell was a bell, whatever village it hung in.

By Saturday the biscuit tin held four pounds and eleven shillings, and Sam had a black eye from a boy in Aldous who had said that Gabriel was a cracked pot like the people who rang him.`,
      ],
      [
        'V. SUNDAY',
        `On Sunday morning Miss Letitia Vane walked up the hill to Harling church for the first time in eleven years, in a black coat that smelled of camphor, with the cook on one side of her and Eli Pettigrew on the other. The village watched from its windows. Old Noah rang the five bells that were left, and they sounded thin and wrong without Gabriel's great voice underneath them.

Miss Vane sat in the Morland pew at the front and did not sing. After the service she stood in the porch and looked up at the tower.

"It sounds like a house with the father gone out of it," she said. Then she asked Mr. Ashdown how much was in the biscuit tin, and when he told her she said that Morland would find the rest.

Gabriel went to the foundry in March on a farm cart from Aldous, with the two Pettigrew boys sitting beside him. He came back in June with a new rim and the old rhyme cast into it again, and Noah Pettigrew rang him for Miss Vane's birthday, which nobody in Harling had known until Mrs. Cobbold found it in the parish book.`,
      ],
    ),
    people: [
      ['Noah Pettigrew', 'Noah'],
      ['Mr. Simon Ashdown', 'Mr. Ashdown', 'Rector'],
      ['Mrs. Ruth Cobbold', 'Mrs. Cobbold'],
      ['Miss Letitia Vane', 'Miss Vane'],
      ['Sam Pettigrew', 'Sam'],
      ['Eli Pettigrew', 'Eli'],
    ],
    notPeople: ['Harling', 'Aldous', 'Morland', 'Gabriel', 'Pettigrew'],
  },
  {
    title: "Saint Wulfric's (a school story)",
    source: tales(
      [
        'I. A NEW BOY',
        `Peter Lockyer arrived at Saint Wulfric's on a wet Tuesday in September, three weeks after everyone else, with a tin trunk and a letter for the Head. The Head was Dr. Crispin Harrowby, a tall thin man with a voice like a gate that needed oiling. He read the letter twice, put it in a drawer, and looked at Lockyer over his spectacles.

"Your uncle writes that you are clever and idle," said Dr. Harrowby. "At Saint Wulfric's we have no objection to the first. You will go to Blakeney's, and you will sleep in the Long Dormitory, and you will do what Matron tells you."

Blakeney's was the smallest of the three houses, named after a master who had died in the school's first year and whose portrait hung, scowling, over the fireplace in the house room. Matron met Lockyer at the door of it. She was a round woman with keys at her belt, and she looked at his wet boots and said, "Off," before she said anything else.`,
      ],
      [
        'II. THE FOURTH FORM',
        `The Fourth Form was taught by Mr. Oswin Tewkesbury, whom everybody called Tewks, though never to his face. Tewks taught Latin, history and cricket, and believed that the three were much the same thing. He had been at Saint Wulfric's as a boy and had never really left.

Lockyer sat next to a fat cheerful boy named Horace Dobbs, who was called Fatty by the whole school and answered to it without complaint. Fatty knew everything. He knew that Tewks had once been engaged to a lady in Bath; that the Head kept a bottle of port behind the encyclopaedia; and that the Grimsby twins were to be avoided at all costs.

The Grimsby twins sat at the back. Ralph Grimsby and Roger Grimsby were fourteen, red-haired, and so alike that even Tewks could not tell them apart, and so he punished both of them for whatever either of them did. This, Fatty explained, was very convenient for the twins, because it meant that only one of them ever had to do anything.

"Which is which?" asked Lockyer.

"Ralph has a chipped tooth," said Fatty. "But you have to make him laugh to see it, and he doesn't laugh."`,
      ],
      [
        'III. THE AFFAIR OF THE PORTRAIT',
        `In the third week of term somebody drew a moustache on the portrait of old Blakeney. It was a fine curling moustache in blue ink, and it was discovered by Matron at six o'clock on a Friday morning. By breakfast the whole school had seen it. By prayers the Head had announced that the house would lose its half-holiday until the artist owned up.

Nobody owned up. Blakeney's lost its half-holiday, and the match against Saint Olave's, which the house had been going to play, was given to School House instead. Tewks, who had been coaching Blakeney's eleven for a month, was more upset than anyone.

Suspicion fell at once upon the Grimsby twins. Ralph said it was Roger. Roger said it was Ralph. Tewks punished both of them, out of habit, and they wrote five hundred lines each and said it was the best joke of the year.

Lockyer was not so sure. He had noticed that the ink was blue, and that the only boy in Blakeney's with blue ink was Fatty Dobbs, who had been given a bottle for his birthday by an aunt who did not know any better.`,
      ],
      [
        'IV. WHAT LOCKYER DID',
        `He said nothing to anyone. But on Saturday, while the others were watching School House lose to Saint Olave's, he went to find Fatty, who had stayed behind with a cold.

"It was you," said Lockyer.

Fatty went very red. "It was a dare," he said. "Ralph dared me. I didn't think the Head would stop the half. And now the twins are taking the blame, and they like it, and I feel like a worm."

"Then tell Tewks," said Lockyer.

Horace Dobbs told Tewks that evening. Tewks listened without a word and then took him to the Head, and Dr. Harrowby listened without a word too, and then, to everyone's astonishment, began to laugh.

"Blakeney," said the Head, "would have liked the moustache. He always wanted one and could never grow it." He gave Fatty a hundred lines for the ink and the house its half-holiday back.`,
      ],
      [
        'V. THE RETURN MATCH',
        `Blakeney's played Saint Olave's on the last Saturday of October. Tewks umpired and pretended not to care. The Grimsby twins opened the batting, and since nobody could tell them apart, nobody was sure afterwards which of them had made forty. Lockyer took three wickets. Fatty dropped two catches and held one, which he said was a fair average.

Matron sent over a cake. Old Blakeney's portrait, cleaned but faintly blue about the lip, looked down on the tea in the house room, and Peter Lockyer, who had been at Saint Wulfric's for seven weeks, found that he no longer wanted to go home.`,
      ],
    ),
    people: [
      ['Peter Lockyer', 'Lockyer'],
      ['Dr. Crispin Harrowby', 'Dr. Harrowby', 'Head'],
      ['Matron'],
      ['Mr. Oswin Tewkesbury', 'Tewks'],
      ['Horace Dobbs', 'Fatty Dobbs', 'Fatty'],
      ['Ralph Grimsby', 'Ralph'],
      ['Roger Grimsby', 'Roger'],
    ],
    notPeople: ["Saint Wulfric's", "Saint Olave's", 'School House', 'Bath', 'Grimsby'],
  },
  {
    title: 'Letters from the Line (war letters)',
    source: tales(
      [
        'In the Field, 3rd March 1916',
        `Dearest Mother,

We are out of the line at last and billeted in a farm behind Albert, so you may stop worrying for a week. I have a bed, a real one, with a feather mattress that the old woman of the farm says belonged to her grandmother, and I believe her, because it smells of the grandmother still.

Albert is a poor knocked-about town with a great church in the middle of it, and on top of the church there is a gilt statue which a shell has knocked sideways, so that it hangs out over the street as if it meant to fall. The men say the war will end when it falls. Fritz has been trying to make it fall for a year, and so far it has not obliged him.

My servant is a man called Mossop, from Bolton, who was a tram conductor before the war and treats me like a passenger who has not paid his fare. Private Walter Mossop can cook anything in a mess tin and find eggs where there are no hens. I should be lost without him, and he knows it.

The company commander is Captain Dennis Fairweather, whom everybody calls the Skipper, because he was in the merchant navy before he was anything else. The Skipper is the best officer in the battalion and the worst shot. He says he has never hit anything smaller than a barn and does not mean to start now.

Please send socks, and a cake if Nell can make one that will survive the post.

Your loving son,
Harry`,
      ],
      [
        'In the Field, 19th March 1916',
        `Dear Nell,

Thank you for the cake. It survived the post better than it survived Mossop, who found it before I did and has declared it the best he has eaten since Bolton. I had a slice. The Skipper had two. The padre, who came to take a service on Sunday, had three and said grace over the fourth.

You asked what the padre is like. He is a small bald man from Shropshire with a voice much too big for him, and he goes up the line with the ration parties at night, which he need not do, and talks to the men in the dark. The Colonel has told him twice to stop it. The padre says that the Colonel may command the battalion but not the Almighty, and goes on doing it.

We had a bad night on Thursday. Fritz sent over a great many shells and one of them fell in the trench next to ours. Sergeant Joseph Haddock dug out two men with his hands and carried a third down to the dressing station on his back. Haddock is forty-one and says he is too old for medals, so I have put him in for one without telling him. Don't tell Mother about the shells.

Your affectionate brother,
Harry`,
      ],
      [
        'In the Field, 2nd April 1916',
        `Dearest Mother,

Nell will have told you about the shells, because I asked her not to. It is all over and we are out again.

I have been to Amiens for a day's leave with the Skipper. Amiens is a proper town, with shops and a cathedral that has not been knocked about, and a restaurant where we ate an omelette each and a whole chicken between us. The Skipper told the waitress that he was an admiral. She did not believe him, but she gave us the chicken.

Coming back we got a lift on a lorry as far as Albert, and walked the rest. Mossop was waiting with hot water and a face like a wet Sunday, because the Colonel had been round the billets while we were away and found my boots not cleaned.

The Colonel is a tall silent man called Pritchard who was wounded at Mons and still walks with a stick. He does not say much, and when he does, everyone listens. He asked after you, which surprised me, until I remembered that Father knew him at Sandhurst. He says you will remember him as the boy who fell in the lake at Father's twenty-first birthday.

Your loving son,
Harry`,
      ],
      [
        'In the Field, 30th April 1916',
        `Dear Nell,

The Skipper has gone home with a wound in the shoulder: not a bad one, the doctor says, but enough to keep him in England for the summer. He went down the line on a stretcher with his pipe in his mouth and told the bearers that he had been waiting two years for a barn to hit him, and that it had come at last. I have the company until he comes back. I am twenty years old and I have a hundred and sixty men, a sergeant who is twice my age, and a servant who thinks I cannot tie my own bootlaces.

Haddock got his medal. He says it was a clerical error, and keeps it in his pay book where nobody can see it.

The padre was hit in the hand on Tuesday night going up with the rations. He has had it bandaged and says he can still hold a prayer book, which is all that matters. The Colonel went to see him at the dressing station, and they were heard laughing together, which no one in the battalion has ever heard the Colonel do.

Tell Mother the feather bed is still here, and the grandmother's smell. Tell her that Fritz is quiet. Tell her that I am well, which is true, and that I am not frightened, which is nearly true.

Your loving brother,
Harry`,
      ],
    ),
    people: [
      ['Harry'],
      ['Private Walter Mossop', 'Mossop'],
      ['Captain Dennis Fairweather', 'Skipper'],
      ['Nell'],
      ['padre'],
      ['Colonel', 'Pritchard'],
      ['Sergeant Joseph Haddock', 'Haddock'],
      ['Mother'],
    ],
    notPeople: ['Albert', 'Fritz', 'Amiens', 'Bolton', 'Shropshire', 'Mons', 'Sandhurst', 'England'],
  },
  {
    title: 'The Long Gallery at Ravelston (a ghost story)',
    source: tales(
      [
        'I. RAVELSTON',
        `I came to Ravelston in the last week of October, to catalogue the library for Sir Marcus Ingram, who had inherited the house from a cousin and wished to sell the books before he sold the walls. Sir Marcus did not come himself. He wrote that Mrs. Brindle, the housekeeper, would see to everything, and that I was to ask her for whatever I needed, except a fire in the long gallery, which the house did not allow.

I thought this a joke of the kind that men who own old houses like to make. Mrs. Agatha Brindle did not think it a joke. She was a tall woman with a face like a shut door, and when I asked her, on my first evening, why there should be no fire in the gallery, she said that it had always been so and would always be so, and that I should find the library warm enough.

The library was on the ground floor, at the end of the east wing. It held four thousand books, most of them sermons, and a tall case clock that Mrs. Brindle called Old Tom. Old Tom was three hundred years old and kept better time than I did. He struck the hours with a deep, slow, deliberate voice, and at midnight he struck thirteen.

"He always has," said Mrs. Brindle, when I told her. "Nobody minds it."`,
      ],
      [
        'II. THE GALLERY',
        `Her husband was the gardener. Brindle was a small bent man, as talkative as his wife was silent, and he liked nothing better than to lean on his spade outside the library window and tell me about the family. The Ingrams, he said, had built Ravelston in the reign of the first James, and had been unlucky in it ever since.

"There was a Lady Margery," said Brindle, "that was married to old Sir Walter. He was a hard man and she was a soft lady, and she took a fever in the long gallery one winter and died of it, because he would not have a fire lit. Grudged the wood. Since then nobody lights a fire up there, and she don't mind, and nobody sees her."

"Nobody?" said I.

"Hardly nobody," said Brindle, and went back to his roses.

I did not believe in Lady Margery. I did not believe in ghosts at all. But on my tenth night, working late in the library with a lamp and a pile of sermons, I heard Old Tom strike thirteen, and after the thirteenth stroke I heard footsteps in the gallery overhead, slow and light, going from one end to the other and back again.`,
      ],
      [
        'III. MRS. BRINDLE',
        `I went up. I am not proud of the time it took me, but I went. The long gallery was dark and bitterly cold, much colder than the rest of the house, and it was empty. The portraits of the Ingrams looked down at me from the walls. Halfway along there was a picture of a young woman in grey silk, with a small pale face and her hands folded, and under it a brass plate with her name.

In the morning I told Mrs. Brindle. She listened, and then she said a strange thing.

"She walks to keep warm," said Mrs. Brindle. "That is all. She has been cold for two hundred and sixty years. You would walk too."

I asked if she had seen her. Mrs. Brindle said that she had seen her every winter since she came to Ravelston as a kitchen maid, fifty years ago, and that Lady Margery had never done anybody any harm, but that she was cold, and that it was a shame.`,
      ],
      [
        'IV. THE FIRE',
        `I wrote to Sir Marcus that week about the sermons, and added, as a kind of joke, that the house would sell better if the long gallery were warm. He wrote back by return. He said that he was a practical man, that the chimney in the gallery was sound, and that if a fire would sell the house I was to light one and send him the bill for the coal.

I showed the letter to the Brindles. Old Brindle shook his head and said it had not been done in his time, nor his father's. His wife read the letter twice, folded it, and went upstairs with a coal scuttle in each hand.

We lit the fire in the long gallery at dusk on the first of December. Mrs. Brindle built it herself, very high. Brindle stood in the doorway with his cap off. I sat in the library below, waiting, and at midnight Old Tom struck twelve, and stopped.

There were no footsteps that night, nor any night after. Mrs. Brindle kept the fire in all winter, and said she slept better for it. The portrait in the gallery is still there; I looked at it before I left. I do not say the small pale face had changed. I say only that in the firelight it looked warmer, and that Old Tom has kept perfect time ever since, and strikes twelve at midnight like any other clock.`,
      ],
    ),
    people: [
      ['Sir Marcus Ingram', 'Sir Marcus'],
      ['Mrs. Agatha Brindle', 'Mrs. Brindle'],
      ['Brindle'],
      ['Lady Margery'],
      ['Sir Walter'],
    ],
    notPeople: ['Ravelston', 'Old Tom'],
  },
  {
    title: 'Christmas at Fennick (a family saga)',
    source: tales(
      [
        'I. FENNICK',
        `Every Christmas of my childhood the whole family went down to Fennick. Fennick was my grandmother's house, a square red house in a wet Somerset valley, with a yew hedge and a stable clock that had stopped at twenty past four in the year my grandfather died. Granny would not have it mended. She said Fennick had had enough of time.

My grandmother was Mrs. Honoria Pargeter, and she had four children, eleven grandchildren and opinions about all of them. She sat at the head of the table in a black dress and a lace cap and ruled Fennick like a small cross queen. The grown-ups called her Mother. We called her Granny, and behind her back, Granny Pargeter, to tell her apart from our other grandmother, who was kind and lived in Leeds and did not count.`,
      ],
      [
        'II. THE COUSINS',
        `There were too many of us to remember, so I shall only tell you about the ones who matter to this story.

Uncle Ned's girls, Maud and Edith, were the eldest. The Pargeter girls, as everyone called them, were tall and fair and very good, and they played duets on the drawing-room piano every Christmas Eve whether anyone wanted them to or not. Maud was eighteen that year and engaged to a curate. Edith was sixteen and wished she were.

Aunt Sophy had married a Mr. Lumley, a solicitor from Bristol, and had two boys. The Lumley boys were Cecil and Hugh, and they were the terror of Fennick. Cecil was fourteen and built things that exploded. Hugh was twelve and blamed Cecil for whatever he had done himself, which was usually more. Uncle George Lumley, their father, spent Christmas in the library with the door shut, and said that he did it for his nerves.

I was Winifred, the only child of my grandmother's youngest son, who had died when I was six. Everyone called me Win. I was thirteen that Christmas and belonged nowhere: too old for the Lumley boys, too young for the Pargeter girls, and too plain, Granny said, to be anybody's favourite.`,
      ],
      [
        'III. COUSIN BARNABY',
        `That Christmas a stranger came to Fennick. He arrived on the twenty-third in a hired fly from the station, with a carpet bag and a very brown face, and he said that he was Barnaby Royce, the son of Granny's sister who had gone out to Australia in 1851, and that he had come twelve thousand miles to spend one Christmas with his family.

Nobody had known that Granny had a sister. The grown-ups held a council in the library, with Uncle George's nerves sacrificed for the purpose. Aunt Sophy thought he was an adventurer. Uncle Ned thought he was a bore. Granny said nothing at all, and then she said that Cousin Barnaby was to have the blue room and a place at her right hand, and that anyone who did not like it might spend Christmas in Bristol.

Cousin Barnaby was a great success with the young. He taught the Lumley boys to throw a boomerang, which broke two windows in the stables. He told the Pargeter girls about snakes until Edith screamed, and Maud had to be taken out. He told me that I had a face like his mother's, which nobody had ever said to me before.`,
      ],
      [
        'IV. CHRISTMAS DAY',
        `On Christmas Day we went to church, all nineteen of us, and filled three pews. Cousin Barnaby sang louder than anyone and knew none of the words. After church we had dinner, and after dinner Granny rang her glass with a spoon and stood up, which she had never done.

"My sister Lettice," said Granny, "ran away from Fennick when she was nineteen, with a man our father would not have in the house. I was fifteen. I did not see her again. I did not write to her, because I was told not to, and she did not write to me, because she was proud. She died in Melbourne last winter. Her son has brought me her letters. They are all addressed to me, and she never posted one of them."

She sat down. Nobody said anything. Then Hugh Lumley, who was twelve, asked if that meant Cousin Barnaby was really a cousin, and Granny laughed for the first time that anyone could remember.`,
      ],
      [
        'V. AFTERWARDS',
        `Cousin Barnaby went back to Australia in March. Before he left he took the stable clock to pieces and put it together again, and it has gone ever since. Granny let him. Maud married her curate in the summer, and Edith was a bridesmaid and cried. Cecil Lumley blew the eyebrows off the gardener's boy with a firework and was sent to a stricter school. And Granny Pargeter, who had never had a favourite, left me her sister's letters in her will, with a note that said: For Win, who has Lettice's face.`,
      ],
    ),
    people: [
      ['Mrs. Honoria Pargeter', 'Granny', 'Granny Pargeter'],
      ['Uncle Ned'],
      ['Maud'],
      ['Edith'],
      ['Aunt Sophy'],
      ['Uncle George Lumley', 'Uncle George', 'Mr. Lumley'],
      ['Cecil Lumley', 'Cecil'],
      ['Hugh Lumley', 'Hugh'],
      ['Winifred', 'Win'],
      ['Barnaby Royce', 'Cousin Barnaby'],
      ['Lettice'],
    ],
    notPeople: ['Fennick', 'Pargeter girls', 'Lumley boys'],
  },
  {
    title: 'The Mayor of the Pond (a comic tale of talking animals)',
    source: tales(
      [
        'I. THE ELECTION',
        `Every spring the animals of Judd's farm chose a Mayor of the Pond, and every spring for nine years they had chosen the Gander. The Gander was old and stout and very white, and he had a voice like a trumpet with a cold. He did nothing as Mayor except stand on the island in the middle of the pond and say "Order!" whenever anyone else was speaking. But he said it so well that nobody had ever dared to stand against him.

This year was different. This year Mrs. Dabble had had enough.

Mrs. Dabble was a brown duck with eleven ducklings and no patience. "Nine years," she said to the hens, "nine years he has stood on that island, and what has he done? The reeds are choked, the rats are in the bank, and my youngest fell in the drain on Tuesday and had to be fished out by the cat. I shall stand for Mayor myself."

The hens said that a duck had never been Mayor. Mrs. Dabble said that there was a first time for everything, including hens keeping their beaks shut, and went off to find a seconder.`,
      ],
      [
        'II. CAPTAIN BRISTLE',
        `She found one in the hedge. Captain Bristle was a hedgehog who had been, by his own account, in the army, though nobody could discover which army or for how long. He wore no uniform but he walked as if he did, and he called everybody "my good fellow," including the ducklings.

"A campaign!" said Captain Bristle, when Mrs. Dabble explained. "My good woman, you shall have the finest campaign this pond has ever seen. Posters! Speeches! A procession! Leave it to me."

Mrs. Dabble said she would rather leave it to somebody sensible. But there was nobody sensible on Judd's farm, as the Captain pointed out, and so she left it to him.`,
      ],
      [
        'III. THE PROCESSION',
        `The Captain's procession set off from the cart shed on the Saturday before the election. At the front marched the Captain himself, with a dandelion in his prickles. Behind him came the eleven ducklings in a line, each carrying a feather with a vote for their mother written on it in blackberry juice. Behind them came Percival, the pig, who had been promised a turnip, and behind Percival came a great many hens, who had not been promised anything and had come to see what would happen.

They marched round the yard twice and down to the pond. On the way they passed Lord Nelson, the scarecrow in the bean field, who had one arm, one eye and a coat that Farmer Judd had worn for twenty years. The Captain saluted Lord Nelson. Lord Nelson, being made of straw, did not salute back, and the Captain said afterwards that this was typical of the navy.

At the pond the Gander was waiting on his island. "Order!" he cried. "Order! What is the meaning of this?"

"It is the meaning of democracy, my good fellow," said Captain Bristle, and the ducklings cheered.`,
      ],
      [
        'IV. THE DEBATE',
        `The debate was held on the Monday, on the bank, with Percy the pig in the chair because he was the only animal large enough to keep order. The Gander spoke first. He said that he had been Mayor for nine years, and that in nine years the pond had not once caught fire. Mrs. Dabble said that a pond could not catch fire. The Gander said that this proved his point.

Then Mrs. Dabble spoke. She spoke about the reeds, and the rats, and the drain. She spoke for twenty minutes, and the hens, who had come to laugh, stopped laughing and began to nod. When she had finished, Smudge the kitten, who had fished her youngest out of the drain, stood up on the fence and said that anyone who could talk for twenty minutes without saying "Order" would make a better Mayor than the Gander, and the whole bank agreed.`,
      ],
      [
        'V. THE RESULT',
        `The votes were counted in Farmer Judd's hat, which he had left on the fence, and which was returned to him afterwards somewhat damp. Mrs. Dabble had forty-one votes. The Gander had three: his own, his wife's, and one that nobody could account for, which the Captain said was Lord Nelson's and ought to be struck out.

Mrs. Dabble was Mayor of the Pond for the whole of that year. She cleared the reeds, she had the rats driven out of the bank by Smudge, and she had the drain covered with a board. The Gander stood on his island and said "Order!" out of habit, and nobody minded. Captain Bristle asked to be made General of the Pond, and was told that the pond had no army. He said he would raise one, and went off into the hedge to do it, and was not seen again until the autumn, when he came back with three rather surprised frogs.`,
      ],
    ),
    people: [
      ['Gander'],
      ['Mrs. Dabble'],
      ['Captain Bristle', 'Captain'],
      ['Percival', 'Percy'],
      ['Smudge'],
      ['Farmer Judd'],
    ],
    notPeople: ['Lord Nelson'],
  },
  {
    title: 'The Duke of Clarence (a detective story)',
    source: tales(
      [
        'I. THE TAKINGS',
        `The Duke of Clarence stands at the bottom of Quay Street in Pennick, where the ferry comes in, and on a summer Saturday it takes more money than any public house in the county. On the last Saturday of August it took three hundred and twelve pounds, and on the Sunday morning every penny of it was gone.

Detective Sergeant Owen Pryce was sent down from Carrow at ten o'clock, in a borrowed car with a bad clutch. He found the Duke of Clarence shut, the blinds down, and Constable Gareth Bevan standing outside the door with the air of a man guarding the Crown Jewels.

"The landlord's inside, Sergeant," said Bevan. "Mr. Skeet. He's in a state."

Harold Skeet was a large soft man of sixty in his shirt sleeves. He had kept the Duke of Clarence for twenty-two years, and nothing like this had ever happened. He said so four times before Pryce could get him to sit down.

The money, it appeared, had been counted at closing time by Skeet and his wife and locked in the cash box, and the cash box had been put where it was always put, in the cupboard under the stairs. At seven in the morning Mrs. Skeet had gone to the cupboard, and the box had been there, and locked, and empty.`,
      ],
      [
        'II. THE HOUSEHOLD',
        `Pryce saw Mrs. Skeet next. Doreen Skeet was as small and sharp as her husband was large and soft, and she had already decided who had done it.

"It was Vincent Lusk," she said. "You ask anyone. He was in the bar till closing and he owes money all over Pennick. He came over on the Lady Rowena on Friday and he's going back on her this afternoon, you see if he isn't."

The Lady Rowena was the ferry. She crossed twice a day from Pennick to the island and back, a squat old steamer with one tall funnel, and she was due out at three.

The barmaid, Iris Mottram, was nineteen and frightened. She had gone home at half past ten, she said, and had seen nothing. She did not like Mr. Lusk, but she did not think he was a thief. He tipped too well to be a thief, said Iris, and went red.

Pryce asked who had keys to the cash box. There were two: Skeet's, on his watch chain, and his wife's, in her purse. Both were where they should be. Nobody else had a key, and the lock had not been forced.`,
      ],
      [
        'III. THE FERRY',
        `At half past two Pryce walked down to the quay. The Lady Rowena was taking on passengers, and among them, with a small suitcase, was a thin man in a check cap. Bevan, who had followed Pryce down, said that this was Lusk.

Vincent Lusk was polite, and not at all surprised. He had been in the Duke of Clarence till closing, he said; he had lost four pounds to Skeet at dominoes, which was more than he could afford; and he had gone to bed at his lodgings in Chapel Row and slept like a log. He opened his suitcase without being asked. It held a shirt, a razor and a paperback novel.

The purser of the Lady Rowena, a cheerful red-faced woman who had known everyone in Pennick for thirty years, leaned out of her little office to listen. When Lusk had finished she said, "Sergeant, if you're looking for money, you might ask who changed three hundred pounds in notes for a postal order at my window on Friday night."

Pryce asked who it was. The purser said it was Mrs. Skeet.`,
      ],
      [
        'IV. THE CUPBOARD',
        `"Friday," said Pryce, back in the Duke of Clarence. "Not Saturday. Friday."

Doreen Skeet said nothing for a long time. Then she said that the money was hers, that she had put it by over twenty-two years, shilling by shilling, and that she was going to her sister in Swansea and not coming back. She had sent her savings ahead by postal order on Friday night. On Saturday night she had emptied the cash box as well, after her husband was asleep, because it was as much hers as his, and a good deal more than he deserved.

Harold Skeet sat at the bar with his head in his hands. "Twenty-two years," he said.

Pryce did not charge her that day. He took a statement, and left the rest to the Skeets, and drove back to Carrow with the bad clutch. On the way out of Pennick he passed Vincent Lusk sitting on the harbour wall, eating chips, watching the Lady Rowena pull out for the island without him.

"Missed her?" said Pryce, slowing down.

"Didn't want her," said Lusk. "I think I'll stop a while. The Duke of Clarence will be wanting a barman, I should think." And he was right, though it was Iris Mottram who got the place.`,
      ],
    ),
    people: [
      ['Detective Sergeant Owen Pryce', 'Pryce'],
      ['Constable Gareth Bevan', 'Bevan'],
      ['Harold Skeet', 'Mr. Skeet', 'Skeet'],
      ['Doreen Skeet', 'Mrs. Skeet'],
      ['Vincent Lusk', 'Mr. Lusk', 'Lusk'],
      ['Iris Mottram', 'Iris'],
      ['purser'],
    ],
    notPeople: [
      'Duke of Clarence',
      'Lady Rowena',
      'Pennick',
      'Carrow',
      'Quay Street',
      'Chapel Row',
      'Swansea',
    ],
  },
];
