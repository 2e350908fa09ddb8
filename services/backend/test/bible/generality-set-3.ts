/**
 * A third generality set for issue 17 (docs/quality/story-bible.md, thirty-ninth session): whole short
 * manuscripts (400 to 1,500 words each) of invented people a book knows only by what they are,
 * written and committed before any rule was run on them. (1) People known by a lower-case description
 * who act and speak throughout ("the stranger", "the old woman", "the carpenter", "the young
 * officer", "the widow"). (2) People named by a capitalised noun after the article ("the Badger",
 * "the Miller", "the Queen of Hearts", "the Black Knight", "the Mock Heron"), some seen three to six
 * times, some many. Beside them, what must stay no one: an inn or a ship named like a creature ("the
 * Grey Goose", "the Sea Lark"), a place ("the Abbey"), a description used once, a group ("the
 * soldiers"), a title used of several people.
 */
import { tales } from '../support/bible.js';
import type { GeneralityManuscript } from './generality-set.js';

export const thirdGeneralityManuscripts: readonly GeneralityManuscript[] = [
  {
    title: 'The Stranger at Hollin Farm (a novel)',
    source: tales(
      [
        'Chapter One',
        `The stranger came up the lane from the Abbey on the last evening of October, when the rain had set in for the night. Martha Hollin saw him from the dairy window: a tall man in a long coat, walking slowly, with a stick in one hand and nothing in the other. He stopped at the gate and looked at the house for a long time before he opened it.

"Is this Hollin Farm?" asked the stranger, when she came to the door.

"It is," said Martha. "And who may you be?"

The stranger did not answer that. He asked whether he might sleep in the barn, and said that he would pay for his supper with work. Martha looked at his hands, which were the hands of a man who had worked all his life, and let him in.

Her son Davy was sitting by the fire with his boots off. He stared at the stranger and the stranger stared back. "You're wet through," said Davy at last. "Sit down, then." The stranger sat down, and Martha put a bowl of broth in front of him. He ate it without a word.

A pedlar had come by that morning with ribbons and needles, and Martha had sent him away; she thought of him now, and wondered why she had not sent this man away too.`,
      ],
      [
        'Chapter Two',
        `In the morning the stranger was up before either of them. He had mended the gate, split a week's wood, and carried water for the cows before Davy came out into the yard. "Where did you learn to work like that?" asked Davy. "In a great many places," replied the stranger, and went on stacking the wood.

The soldiers came through the village at noon, twenty of them with a cart, on their way to the coast. Two of them stopped at the farm to ask for water. The stranger went into the barn and did not come out until the soldiers had gone down the road towards the Abbey. Martha noticed it, and said nothing.

That evening she asked him straight out. "Are you running from them?"

The stranger turned his cup round in his hands. "I was one of them once," he said. "I am not running. I am walking home, and it is a long way."

"Where is home?"

"Over the hills," said the stranger. "Past the Abbey and past the river. I shall know it when I see it."`,
      ],
      [
        'Chapter Three',
        `He stayed a fortnight. The stranger thatched the cart shed, taught Davy to lay a hedge, and sat every evening by the fire without speaking unless he was spoken to. The neighbours talked, as neighbours do, and the parson came up the lane to see for himself. The stranger stood up when the parson came in and sat down again when he had gone.

On the fifteenth morning the stranger was gone. The barn was swept, the blanket folded, and on the table lay a silver coin and a note in a careful hand. "For the broth," it said, "and for the fire." Davy ran down the lane as far as the Abbey, but the road beyond it was empty, and the rain had washed out every footprint.

Martha kept the coin in the dresser drawer for the rest of her life. "He never told us his name," she said to Davy, years afterwards. "I have thought since that he did not have one left to tell."`,
      ],
    ),
    people: [['stranger'], ['Martha Hollin', 'Martha'], ['Davy']],
    notPeople: ['Abbey', 'soldiers', 'pedlar'],
  },
  {
    title: 'The Badger and the Mock Heron (a fable)',
    source: tales(
      [
        'I. THE BADGER',
        `In the wood above the ford there lived a Badger who had no patience with anybody. The Badger rose at dusk, ate at midnight, and went to bed at dawn, and he expected the rest of the wood to keep the same hours. "Quiet!" the Badger would shout, when the birds began at sunrise. The birds took no notice.

Down at the ford stood the Grey Goose, an inn where drovers stopped on their way to market. The noise from the Grey Goose was worse than the birds, and the Badger complained of it every night. "Singing," said the Badger, "and fiddles, and men falling into the river. It is not to be borne."

The Water Vole, who lived under the bank, thought the Badger was unreasonable. "They have been singing at the Grey Goose since before you were born," said the Water Vole. "Then it is time they stopped," replied the Badger.`,
      ],
      [
        'II. THE MOCK HERON',
        `One evening a strange bird came to stand in the shallows. It was grey and long in the leg, and it stood on one foot like a heron, but it was not a heron. It was the Mock Heron, who had been turned out of three marshes for telling lies.

"Good evening," said the Mock Heron to the Badger. "I can stop the noise at the inn for you, if you like."

The Badger was suspicious, but he was tired. "How?" he asked.

"Leave it to me," said the Mock Heron, and flew down to the Grey Goose. It stood on the roof all night and cried like a drowning child, until the drovers ran out with lanterns and searched the river bank till morning. There was no singing that night. There was no sleeping either, for anybody in the wood.`,
      ],
      [
        'III. THE MORAL',
        `In the morning the Badger went down to the ford in a very bad temper. "That was worse than the fiddles," he said to the Water Vole. The Water Vole agreed. A kingfisher flew past with a fish and did not stop to listen.

When the Mock Heron came back that evening to ask for its reward, the Badger was waiting. "Here is your reward," said the Badger, and chased it out of the wood and across the ford and over the hill, and it was never seen there again.

After that the Badger put moss in his ears when the drovers sang, and he slept very well. The Water Vole said it was the first sensible thing the Badger had ever done. The moral of the story is that a cure may be worse than the complaint, and that moss is cheaper than herons.`,
      ],
    ),
    people: [['Badger'], ['Mock Heron'], ['Water Vole']],
    notPeople: ['Grey Goose', 'kingfisher'],
  },
  {
    title: "The Widow of Tanner's Lane (a novel)",
    source: tales(
      [
        'Chapter I',
        `The widow at number nine had let her back room to lodgers for eleven years, and in all that time she had never had one who paid on the day. Mr. Josiah Pell was the twelfth. He came with a trunk, a birdcage and a letter from a clergyman, and the widow looked at all three before she let him over the step.

"You will find the stairs steep," said the widow. "The last gentleman fell down them twice."

"I shall take them slowly," said Mr. Pell.

He did not pay on the day either. On the Friday the widow came up the steep stairs with her account book under her arm and stood in his doorway until he found the money. "I am not a hard woman," the widow said, "but I am a regular one." Mr. Pell said he respected regularity, and gave her a shilling more than he owed.`,
      ],
      [
        'Chapter II',
        `The stairs were in truth very bad, and in March the widow sent for the carpenter. He was a slow, broad man who whistled through his teeth, and he came every morning for a week. The carpenter took up the worn treads, planed new ones from a plank of oak, and fitted them so close that a knife would not go between.

"That will see you out," the carpenter said, when he had done.

"I hope it will see me out a long while yet," replied the widow, and paid him in coins from a jar on the mantelpiece.

The carpenter stayed to drink a cup of tea in the kitchen. He told the widow that Mr. Pell owed money at the Bell and at the baker's, and that two constables had been asking for him in Fore Street. The widow thanked him and gave him another cup, and when he had gone she sat a long time at the kitchen table without lighting the lamp.`,
      ],
      [
        'Chapter III',
        `Mr. Pell came in at ten, humming. The widow was waiting at the foot of the new stairs.

"The constables have been asking for you," said the widow.

Mr. Pell stopped humming. "Which constables?" he asked.

"There were two," said the widow. "One was fat and one was thin, the carpenter says, and they had a paper with your name on it. I do not want to know what is on the paper. I want you to go up these stairs, which are new and cost me eleven shillings, and pack your trunk, and be gone before they come back."

Mr. Pell went up the stairs. He came down again with the trunk and the birdcage, and at the door he turned and tried to give her the rest of the month's rent. The widow would not take it. "Pay the baker," she said. "I am a regular woman, not a foolish one." Then she shut the door on him, and went to bed, and slept better than she had slept since Christmas.

In the morning the carpenter came back for his plane, which he had left behind the door. He looked at the empty back room and whistled through his teeth, and the widow told him to mind his own business.`,
      ],
    ),
    people: [['widow'], ['Mr. Josiah Pell', 'Mr. Pell'], ['carpenter']],
    notPeople: ['constables', 'Bell'],
  },
  {
    title: 'The Black Knight (a romance)',
    source: tales(
      [
        'Canto I',
        `Sir Owain of the Marches rode three days through the forest and met no one but a charcoal burner, who would not speak to him. On the fourth morning he came to a stone bridge over a black stream, and on the bridge, in black armour on a black horse, sat the Black Knight.

"No one crosses," said the Black Knight.

"I must cross," said Sir Owain. "I carry a letter to the Abbess of Wyre."

"Then you must fight," said the Black Knight, and lowered his lance.

They fought until noon. Sir Owain broke his lance on the Black Knight's shield, and the Black Knight broke his on Sir Owain's, and at last they got down from their horses and sat on the parapet, too tired to lift a sword.`,
      ],
      [
        'Canto II',
        `"Why do you hold this bridge?" asked Sir Owain.

The Black Knight took off his helmet. He was an old man, with a white beard and sad eyes. "I swore to hold it against all comers until the Abbess forgives me," he said. "That was thirty years ago. She has not forgiven me, and I have not let anyone cross."

"Then she has had no letters for thirty years," said Sir Owain. "That may be why."

The Black Knight thought about this for a long time. A Hermit who lived in a cave above the stream came down with a jug of water and gave them both to drink. "He has sat there since I was a boy," the Hermit said to Sir Owain. "I have told him so myself." The Black Knight said that the Hermit talked too much.`,
      ],
      [
        'Canto III',
        `In the end the Black Knight let Sir Owain cross, and rode with him to the Abbey of Wyre, which stood on a hill beyond the forest. The knights of the Abbess were drawn up at the gate. They did not know the Black Knight, for none of them had been born when he took his oath.

The Abbess knew him. She came down to the gate herself and looked at him. "You have grown old," said the Abbess.

"So have you," said the Black Knight.

Sir Owain gave her the letter, which was about a quarrel over a mill and of no interest to anyone. The Abbess did not read it. She took the Black Knight into the Abbey, and what they said to each other nobody knows. The Hermit, when he heard the story, said that he had always known it would end that way, and went back to his cave.`,
      ],
    ),
    people: [['Black Knight'], ['Sir Owain'], ['Abbess'], ['Hermit']],
    notPeople: ['Abbey', 'knights'],
  },
  {
    title: "The Miller's Year (a village chronicle)",
    source: tales(
      [
        'Spring',
        `The Miller of Dunham was the richest man in the parish and the most disliked. In spring the Miller raised the price of grinding by a penny a sack, and the whole village came to the mill to complain. "Take your corn to Fenby, then," said the Miller, and shut the door.

Nobody took their corn to Fenby, which was nine miles off over a bad road. They paid the penny, and they talked about the Miller in the Plough every night. Tom Ashby the carter said that the Miller had a heart like a millstone, and everybody laughed, because Tom Ashby said it every night.`,
      ],
      [
        'Summer',
        `In summer the river ran low and the wheel stopped. The Miller stood on the bank and swore at the water, which did no good. "It will rain by Lammas," said old Hannah Reeve, who was always right about the weather. The Miller did not believe her, and walked up and down the dry bank every morning in his white coat.

The churchwarden came to see him, and then the other churchwarden, and then both churchwardens together, to ask whether the village might have its flour from his store at the old price while the wheel was stopped. "Why should I?" asked the Miller. The churchwarden who had come first said that a man might need his neighbours one day. The Miller laughed at him.`,
      ],
      [
        'Autumn',
        `It rained at Lammas, as Hannah Reeve had said, and it went on raining. The river rose over the bank and into the mill, and the Miller was caught on the stairs with the water at his knees. Tom Ashby heard him shouting and waded in with a rope, and half the village came down to pull.

They got the Miller out on to the bridge, wet to the neck and without his coat. He sat there a long time. "Thank you," the Miller said at last, to nobody in particular. Tom Ashby said it was nothing.`,
      ],
      [
        'Winter',
        `The Miller lowered the price of grinding by twopence that winter, and nobody could remember it happening before. He came to the Plough on Christmas Eve and stood the whole room a drink. Tom Ashby said that the millstone had cracked at last, and this time even the Miller laughed.

Hannah Reeve said she had known it all along. She said the same of most things, and she was right about most of them.`,
      ],
    ),
    people: [['Miller'], ['Tom Ashby'], ['Hannah Reeve']],
    notPeople: ['Plough', 'churchwarden'],
  },
  {
    title: 'The Queen of Hearts and the Gardener (a tale of cards)',
    source: tales(
      [
        'Chapter I',
        `In the country of the cards the Queen of Hearts kept a rose garden, and she loved it better than her crown. Every morning the Queen of Hearts walked along the paths with a little silver pair of scissors and cut off any rose that was not perfectly red. "White!" she would cry. "Who planted a white one?"

The Gardener was a thin old card called Pip, the Two of Spades, and he had planted every rose in the garden with his own hands. "Nobody planted it white, your Majesty," Pip said. "It came up white on its own."

"Then it shall go down on its own," said the Queen of Hearts, and cut it off.`,
      ],
      [
        'Chapter II',
        `The King of Clubs came to visit in June. He was a fat, cheerful king who had never grown anything in his life, and he admired every rose. "And the white ones are the best of all," said the King of Clubs, bending to smell one that the Queen had missed.

The Queen of Hearts went as red as her roses. Pip hid behind a hedge. The courtiers, who were all tens and nines and did whatever anyone told them, looked at the ground.

"The white ones," said the Queen of Hearts slowly, "are a mistake."

"Then it is a very pretty mistake," said the King of Clubs, and picked it, and put it in his buttonhole.`,
      ],
      [
        'Chapter III',
        `After the King of Clubs had gone home, the Queen of Hearts sat in her garden for a long while without her scissors. Pip came out from behind the hedge at last, and stood in front of her with his hat in his hands.

"Shall I dig up the white ones, your Majesty?" Pip asked.

"No," said the Queen of Hearts. "Plant more of them. By the gate, where people will see them."

So Pip planted a whole bed of white roses by the gate, and the courtiers said that it had always been the Queen's idea, and the Queen of Hearts did not contradict them. The King of Clubs sent a letter at Christmas to ask how the white roses were doing, and she wrote back in her own hand that they were doing very well.

Pip lived to be very old for a Two. When he could no longer dig, the Queen of Hearts gave him a bench by the white roses, and she stopped there on her morning walk to ask him about the weather.`,
      ],
    ),
    people: [['Queen of Hearts'], ['Pip', 'Gardener'], ['King of Clubs']],
    notPeople: ['courtiers'],
  },
  {
    title: 'The Young Officer (a novel of the coast)',
    source: tales(
      [
        'Chapter 1',
        `The young officer came ashore at Polwenna on a wet Tuesday in April, from the revenue cutter that lay in the bay. He was tall and fair and very earnest, and he had orders to put a stop to the smuggling. Everybody in Polwenna knew it before he had set his foot on the quay.

Miss Clara Treloar watched him from her aunt's window above the harbour. "He looks about sixteen," she said.

"He is twenty-two," said her aunt, Mrs. Treloar, who knew everything. "And his name is on a list at the Customs House, and he will be gone by Michaelmas, like the last one."

The young officer took a room at the Ship, which was the only inn. He asked the landlord a great many questions, and the landlord answered all of them with great politeness and told him nothing whatever.`,
      ],
      [
        'Chapter 2',
        `The young officer walked the cliffs every night for a month and saw nothing but sheep. The fishermen were very civil to him. They wished him good evening, and told him the weather, and when the Sea Lark came in from Roscoff with a hold full of brandy they unloaded her on the other side of the point while the young officer was watching an empty cove.

He came to call on Mrs. Treloar in May, to ask about the tides. Clara gave him tea. "You must find it very dull here," she said.

"Not at all," said the young officer. "I find it very puzzling. Everyone is kind to me, and nobody tells me anything."

"That is Polwenna," said Clara, and laughed at him, and he laughed too.`,
      ],
      [
        'Chapter 3',
        `By midsummer the young officer had given up the cliffs and taken to calling on Mrs. Treloar twice a week. Mrs. Treloar said that it was a great nuisance. Clara said nothing at all, which her aunt said was worse.

In August the Sea Lark ran aground on the bar at low water, in broad daylight, with her hold full. The whole village stood on the quay and looked at her, and then at the young officer, who was standing among them with his hands in his pockets.

"Well?" said Mrs. Treloar.

The young officer looked at the Sea Lark for a long time. "I think," he said, "that she has been very unlucky, and that I did not see her." Then he offered Clara his arm and walked her home along the harbour, and the fishermen took off their hats to him for the first time.

He was not gone by Michaelmas. He married Clara Treloar in October, and the Sea Lark's skipper gave the bride away.`,
      ],
    ),
    people: [['young officer', 'officer'], ['Miss Clara Treloar', 'Clara'], ['Mrs. Treloar']],
    notPeople: ['Sea Lark', 'Ship', 'fishermen'],
  },
  {
    title: 'The Old Woman of the Ferry (a fable)',
    source: tales(
      [
        'The River',
        `Where the great river was too wide for a bridge there was a ferry, and the ferry was kept by an old woman who had kept it longer than anyone could remember. The old woman rowed the boat herself, across and back, from first light to dark, and she charged a penny a head and nothing for children.

One evening a Fox came down to the landing and asked to be taken over. "I have no penny," said the Fox, "but I can tell you a story on the way that is worth a shilling."

"Get in, then," said the old woman, "and we shall see what it is worth."`,
      ],
      [
        'The Story',
        `The Fox told a story about a king who lost his crown in a river, and a fish who found it and would not give it back. It was a long story, and it was not a good one, and by the middle of the river the old woman had stopped rowing to listen to how bad it was.

"You have left out the end," said the old woman.

"The end is that the fish keeps the crown," said the Fox.

"That is not an end," said the old woman. "That is where a story gives up." And she sat with the oars across her knees, and the boat turned slowly round and round in the current, and the far bank came no nearer.

The Fox looked at the water, which was very deep and very cold. "Perhaps," said the Fox, "the fish gives the crown back to the king."

"Better," said the old woman, and took up the oars again.`,
      ],
      [
        'The Landing',
        `At the far landing a tinker was waiting with his pack, and he laughed to see a fox come out of the ferry like a gentleman. The Fox did not laugh. He walked up the bank without looking back, and the old woman rowed the tinker over for his penny, and told him the story of the fish on the way, with the new end.

After that, whenever the Fox wanted to cross the river, he brought a penny in his mouth and said nothing at all, and the old woman took him over and asked him for no stories. People said she had tamed him. The old woman said that she had only taught him the price of an ending.

When at last she grew too old to row, her grandson took the oars, and she sat in the stern and told the passengers how to tell a story. The Fox never crossed with the grandson. He waited on the bank until he saw her in the boat.`,
      ],
    ),
    people: [['old woman'], ['Fox']],
    notPeople: ['tinker'],
  },
];
