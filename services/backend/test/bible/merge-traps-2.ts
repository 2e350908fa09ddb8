/**
 * The second set of merge traps (docs/quality/story-bible.md, twenty-fifth session): short passages
 * of novels' prose in which two people share a name, a title or a surname, of kinds the first set
 * (merge-traps.ts) does not hold, and guards in which one person is named several ways. Written whole
 * and committed before any code was run on them; read with the first set's rule (misreadTraps).
 */
import type { MergeTrap } from './merge-traps.js';

export const mergeTraps2: readonly MergeTrap[] = [
  {
    kind: 'father and son of one name told apart by "senior"',
    text: `Mr. Ainslie senior had been the only lawyer in Dunmere for forty years. His son, Mr. George Ainslie, had lately been taken into the firm. The clients still asked for the old man. George sat in the outer office and copied deeds. "They will come to you in time," said Mr. Ainslie. George did not believe it.`,
    people: [['Mr. Ainslie'], ['Mr. George Ainslie', 'George']],
  },
  {
    kind: 'the eldest sister by "Miss" and surname, a younger by given name',
    text: `Miss Harper was the eldest of the three sisters, and kept house for her father. Lydia Harper was the youngest and the prettiest. Lydia went to every ball in the county. Miss Harper went to none. "Somebody must mind the house," said Miss Harper. Lydia kissed her and ran out to the carriage.`,
    people: [['Miss Harper'], ['Lydia Harper', 'Lydia']],
  },
  {
    kind: 'husband and wife ("Mr. and Mrs. Grant", then "Grant" with "his")',
    text: `Mr. and Mrs. Grant took the farm at Michaelmas. Grant put on his best coat and went to see the landlord. Mrs. Grant stayed at home and scrubbed the floors. The landlord gave Grant a glass of wine. When Grant came home, Mrs. Grant asked what the landlord was like. "A gentleman," said Grant.`,
    people: [['Grant'], ['Mrs. Grant']],
  },
  {
    kind: "a man and his brother's widow",
    text: `Edmund Hurst had not seen his brother's widow since the funeral. Mrs. Hurst lived in a small house at Clifton with her two boys. Edmund went down to Clifton in the autumn. Mrs. Hurst received him coldly. "You never liked Charles," she said. Edmund Hurst did not deny it. He left a cheque on the table and went back to London.`,
    people: [['Edmund Hurst', 'Edmund'], ['Mrs. Hurst']],
  },
  {
    kind: 'cousins of one surname, one by given name and one by rank',
    text: `Arthur Penrose was a clerk in the City, and his cousin Major Penrose was a soldier in India. The Major came home on leave in the summer. Arthur met him at Southampton. Major Penrose was brown and loud and had a great deal of luggage. Arthur carried most of it. "You have not changed, Arthur," said the Major.`,
    people: [['Arthur Penrose', 'Arthur'], ['Major Penrose']],
  },
  {
    kind: 'an earl\'s two daughters ("Lady Catherine", "Lady Anne") and their mother ("Lady Mowbray")',
    text: `Lady Mowbray had two daughters. Lady Catherine Mowbray was tall and clever. Lady Anne was small and kind. Lady Catherine read Greek in the library. Lady Anne took soup to the cottages. Lady Mowbray thought neither of them would ever marry. Lady Catherine married a bishop at thirty.`,
    people: [['Lady Mowbray'], ['Lady Catherine Mowbray', 'Lady Catherine'], ['Lady Anne']],
  },
  {
    kind: 'a servant named by his master\'s surname ("Harker\'s man")',
    text: `Mr. Harker sent his man to the inn with a letter. Harker's man was a sullen fellow called Dobbs. Dobbs gave the letter to the landlord and asked for beer. The landlord read the letter and frowned. "Tell Mr. Harker he shall have his answer tomorrow," he said. Dobbs drank his beer and went back.`,
    people: [['Mr. Harker'], ['Dobbs']],
  },
  {
    kind: 'two men of one given name and different surnames',
    text: `John Meade and John Fenwick had been at school together. Meade went into the Church; Fenwick went into trade. Thirty years later Fenwick was rich and Meade was poor. Fenwick bought the living of Ashby and gave it to Meade. Meade preached his first sermon there in May. Fenwick sat in the front pew and slept.`,
    people: [
      ['John Meade', 'Meade'],
      ['John Fenwick', 'Fenwick'],
    ],
  },
  {
    kind: "a nickname that is also another man's surname",
    text: `Ned Pyle's father drove the carrier's cart, and so the boys at the school called Ned "Carter." Mr. Carter, the usher, did not like the joke. Mr. Carter kept Ned in after school for a week. Ned bore it cheerfully. On the last day Mr. Carter laughed and let him go.`,
    people: [['Ned Pyle', 'Ned', 'Carter'], ['Mr. Carter']],
  },
  {
    kind: 'a baronet ("Sir John") and his son by title and surname, who is called "sir"',
    text: `Sir John Middleham rode over to the mill on Monday. His son, Mr. Middleham, rode beside him. The miller touched his hat to Sir John. "Good morning, sir," said the miller to the young man. Mr. Middleham nodded. Sir John asked about the rent. The miller said the rent would be paid at Lady Day.`,
    people: [['Sir John Middleham', 'Sir John'], ['Mr. Middleham']],
  },
  {
    kind: 'two colonels, each by rank and surname and by surname alone',
    text: `Colonel Harcourt and Colonel Dacre had served in the same regiment and now lived in the same street. Harcourt was tall and silent. Dacre was short and talked all day. Every evening Colonel Dacre called on Colonel Harcourt to play chess. Harcourt always won. Dacre always said he would win tomorrow.`,
    people: [
      ['Colonel Harcourt', 'Harcourt'],
      ['Colonel Dacre', 'Dacre'],
    ],
  },
  {
    kind: 'two women in a scene of pronouns',
    text: `Mrs. Linton called on Harriet Crewe on Tuesday afternoon. She found her alone in the drawing room. She sat down and asked for tea. Harriet rang the bell. "You are very pale," said Mrs. Linton. Miss Crewe said she had not slept. She did not say why, and her visitor did not ask.`,
    people: [['Mrs. Linton'], ['Harriet Crewe', 'Harriet', 'Miss Crewe']],
  },
  {
    kind: 'a dead father remembered by rank and surname, and his son',
    text: `Walter Renshaw had never known his father. The late Captain Renshaw had been drowned off the Cape when the boy was two. Walter kept his sword over the fireplace. Mr. Renshaw, as the servants now called Walter, was twenty-one in June. He gave a dinner to the tenants. Everyone drank to the memory of Captain Renshaw.`,
    people: [['Captain Renshaw'], ['Walter Renshaw', 'Walter', 'Mr. Renshaw']],
  },
  {
    kind: 'a son named by his mother\'s possessive ("Mrs. Ellery\'s Tom")',
    text: `Mrs. Ellery's Tom had come home from sea. The whole village went out to see him. Tom Ellery was brown as a nut and had a parrot in a cage. Mrs. Ellery cried all the afternoon. Tom gave the parrot to the parson's children. Mrs. Ellery said it was the best thing he could have done with it.`,
    people: [['Mrs. Ellery'], ['Tom Ellery', 'Tom']],
  },
  {
    kind: 'a grandfather "Sir Hugh" and his grandson "Master Hugh"',
    text: `Sir Hugh Latimer was eighty and could no longer ride. Master Hugh, his grandson, was eight and could ride anything. Every morning Master Hugh rode past the library window. Sir Hugh watched him from his chair. "He sits like his father," said Sir Hugh. The butler agreed.`,
    people: [['Sir Hugh Latimer', 'Sir Hugh'], ['Master Hugh']],
  },
  {
    kind: 'an earl ("Lord Carrick") and his younger brother ("Lord Edward Carrick")',
    text: `Lord Carrick seldom left his estates. His younger brother, Lord Edward Carrick, lived in London and spent his allowance in a month. Lord Edward wrote home for money every quarter. Lord Carrick always sent it. One year Lord Carrick sent a lecture instead. Lord Edward came home in a rage.`,
    people: [['Lord Carrick'], ['Lord Edward Carrick', 'Lord Edward']],
  },
  {
    kind: 'a doctor and his wife ("Dr. Barlow", "Mrs. Barlow")',
    text: `Dr. Barlow was out on his rounds all day. Mrs. Barlow saw the patients who came to the door. Dr. Barlow did not like it. "You are not qualified, my dear," said Dr. Barlow. Mrs. Barlow said that the patients did not seem to mind. Dr. Barlow gave it up.`,
    people: [['Dr. Barlow'], ['Mrs. Barlow']],
  },
  {
    kind: 'an aunt and her niece of one given name ("Aunt Sophia", "Sophy Marsh")',
    text: `Sophy Marsh was named for her aunt, and Aunt Sophia never let her forget it. Aunt Sophia came to stay every Christmas. Sophy had to sit with her in the parlour. Aunt Sophia talked about her rheumatism. Sophy looked out of the window at the snow. "You are not listening, child," said Aunt Sophia.`,
    people: [['Aunt Sophia'], ['Sophy Marsh', 'Sophy']],
  },
  {
    kind: 'a father and his boy by titles ("Mr. Bolton", "Master Bolton")',
    text: `Mr. Bolton kept the draper's shop in the market square. Master Bolton, aged ten, was expected to sweep it. Master Bolton preferred to fish. Mr. Bolton found the broom in the yard and the boy gone. He went down to the river with a stick. Master Bolton saw him coming and hid in the reeds.`,
    people: [['Mr. Bolton'], ['Master Bolton']],
  },
  {
    kind: 'two brothers of one rank by given names ("Captain Harry Vyse", "Captain George Vyse")',
    text: `Captain Harry Vyse was in the navy and Captain George Vyse was in the army. The brothers met at home once a year. Harry told stories of storms. George told stories of battles. Their mother believed every word of both. Harry said George invented half of his. George said the same of Harry.`,
    people: [
      ['Captain Harry Vyse', 'Harry'],
      ['Captain George Vyse', 'George'],
    ],
  },
  {
    kind: 'an uncle and nephew of one given name ("Uncle Ben", "Ben Tulley")',
    text: `Uncle Ben kept the lighthouse on the point. Every summer his nephew Ben Tulley came to stay. Uncle Ben taught the boy to trim the lamp. Ben Tulley learnt it in a week. Uncle Ben said he had never had a quicker pupil. At the end of the summer Ben Tulley went home and cried all the way.`,
    people: [['Uncle Ben'], ['Ben Tulley']],
  },
  {
    kind: 'two sisters-in-law by their husbands\' given names ("Mrs. John Ward", "Mrs. William Ward")',
    text: `Mrs. John Ward and Mrs. William Ward had married two brothers and did not like each other. Mrs. John Ward was fat and merry. Mrs. William Ward was thin and pious. They met every Sunday at church. Mrs. William Ward looked at Mrs. John Ward's bonnet. Mrs. John Ward looked at the sky.`,
    people: [['Mrs. John Ward'], ['Mrs. William Ward']],
  },
  {
    kind: 'two brothers as "the elder Mr. Norris" and "the younger", with given names',
    text: `There were two Mr. Norrises at the bank. The elder Mr. Norris, Thomas, sat in the back parlour and saw nobody. Edward Norris, the younger, sat at the front and saw everybody. Thomas Norris signed the letters. Edward wrote them. When Thomas died, Edward had the back parlour painted yellow.`,
    people: [
      ['Thomas Norris', 'Thomas'],
      ['Edward Norris', 'Edward'],
    ],
  },
  {
    kind: 'a widow and her son\'s wife, "the Dowager Lady Ormsby" and "young Lady Ormsby", apart from him (the two share their written form)',
    text: `When Sir Ralph Ormsby married, his mother moved to the dower house. The Dowager Lady Ormsby did not like the change. Young Lady Ormsby did not like the Dowager. Sir Ralph tried to please them both. He dined with his mother on Sundays. On Sundays his wife dined alone.`,
    people: [['Sir Ralph Ormsby', 'Sir Ralph'], ['Lady Ormsby']],
  },
  {
    kind: 'a brother and a sister by title and surname ("Mr. Crawley", "Miss Crawley")',
    text: `Mr. Crawley came to the parsonage with his sister. Miss Crawley kept his house and wrote his sermons, people said. Mr. Crawley preached them very well. Miss Crawley sat in the front pew and listened with her eyes shut. After church Mr. Crawley shook hands with everybody. Miss Crawley went straight home.`,
    people: [['Mr. Crawley'], ['Miss Crawley']],
  },
  {
    kind: 'guard: a man promoted from lieutenant to captain',
    text: `Lieutenant Morris sailed for the Indies in the spring. Morris was twenty and had never seen a shot fired. He saw a great many before the year was out. When the ship came home, Captain Morris walked up the hill to his mother's door. She did not know him at first. "It is Morris, mother," he said.`,
    people: [['Lieutenant Morris', 'Morris', 'Captain Morris']],
  },
  {
    kind: 'guard: a man by a nickname the text gives, his full name and his surname',
    text: `Christopher Blake was Kit to his friends and Mr. Blake to his tenants. Kit was a poor landlord and a good friend. Blake let the rents fall behind and mended the roofs himself. His agent despaired of him. "You will ruin yourself, Mr. Blake," said the agent. Kit laughed and went out with his gun.`,
    people: [['Christopher Blake', 'Kit', 'Blake', 'Mr. Blake']],
  },
  {
    kind: 'guard: a clergyman in full and by title and surname',
    text: `The Reverend Samuel Pike had been vicar of Holme for thirty years. Mr. Pike knew every family in the parish. Samuel Pike had buried their fathers and christened their children. On his last Sunday Mr. Pike could not finish his sermon. The congregation waited. Then Pike sat down, and the organist began to play.`,
    people: [['Samuel Pike', 'Mr. Pike', 'Pike']],
  },
  {
    kind: 'guard: an earl\'s daughter in full and by "Lady" and given name',
    text: `Lady Catherine Stowe was the terror of the county. Lady Catherine drove her own ponies and shot her own pheasants. The vicar was afraid of her. Lady Catherine knew it and called on him every week. "You are a coward, Mr. Dawes," said Lady Catherine. Mr. Dawes agreed that he was.`,
    people: [['Lady Catherine Stowe', 'Lady Catherine'], ['Mr. Dawes']],
  },
  {
    kind: 'guard: a wife by full name, a pet name her husband gives her, and her married title',
    text: `Martha Pyne was the carrier's wife, and her husband called her Patty. Patty kept the accounts and drove the cart when Pyne was ill. Mrs. Pyne was known on every road in the county. One winter Pyne was ill for three months. Martha drove the cart every day. "Patty is the better carrier," the farmers said.`,
    people: [['Martha Pyne', 'Patty', 'Martha', 'Mrs. Pyne'], ['Pyne']],
  },
  {
    kind: 'guard: a boy by "Master" and given name, by full name and by given name',
    text: `Master Harry was the squire's only son, and the servants spoiled him. Harry Fenton was nine and had never been refused anything. Harry wanted a pony for his birthday. The squire said no. Master Harry cried all day. On his birthday Harry Fenton found a pony in the stable.`,
    people: [['Master Harry', 'Harry Fenton', 'Harry']],
  },
  {
    kind: 'guard: a man of two given names by both, and by surname',
    text: `John Henry Bright was the cleverest boy in the school. The masters called him Bright. His mother called him John Henry. Bright won every prize and went up to Cambridge. At Cambridge John Henry Bright won nothing at all. He came home and became a schoolmaster.`,
    people: [['John Henry Bright', 'Bright', 'John Henry']],
  },
  {
    kind: 'guard: a professor by rank and surname, surname, and "the Professor"',
    text: `Professor Grey lived at the top of the house and kept beetles. Grey came down only for his meals. The landlady's children were afraid of the Professor. One day Professor Grey showed them his beetles. After that the children went up every evening. Grey taught them the names of all the beetles in England.`,
    people: [['Professor Grey', 'Grey']],
  },
  {
    kind: 'guard: a widow by full name, title and given name, and her late husband by title',
    text: `Mrs. Amelia Stokes had been a widow for ten years. The late Mr. Stokes had left her the shop and a great many debts. Amelia paid the debts one by one. Mrs. Stokes was proud of it. She kept Mr. Stokes's portrait over the counter. "He meant well," said Mrs. Stokes to her customers.`,
    people: [['Mrs. Amelia Stokes', 'Amelia', 'Mrs. Stokes'], ['Mr. Stokes']],
  },
  {
    kind: 'guard: one man in possessives and plain forms ("Mr. Oswald\'s", "Oswald\'s", "Oswald")',
    text: `Mr. Oswald's house stood at the top of the hill. Oswald's dog barked at everyone who passed. Mr. Oswald himself was seldom seen. The postman left Oswald's letters at the gate. Once a year Oswald came down to the village to pay his bills. The shopkeepers were glad to see Mr. Oswald go.`,
    people: [['Mr. Oswald', 'Oswald']],
  },
];
