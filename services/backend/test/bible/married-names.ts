/**
 * A woman's maiden and married names stated together, and a titled woman under several forms (issue
 * 17; docs/quality/story-bible.md, twenty-eighth session, a helper): "I was Miss X before I married
 * Mr. Y", "She was Miss X until she married Sir Y", "Mrs. Y, the former Miss X", "née X", "X, now
 * Mrs. Y"; "Lady Honoria", "Lady Honoria Vosper" and "Lady Vosper" of one woman the text marries to
 * the one man of the surname; "his wife, Lady Morwenna" then "Lady Hosken" (the last three passages,
 * added after the first ten were measured and read). Short passages of my own, none of the
 * manuscripts' sentences; guards: a speaker who knew the maiden name's bearer, a widow "who had
 * been" another's governess, a married woman's unmarried sister, and a man's wife beside his mother
 * of the same title and surname. Each set written whole and committed before any code was run on
 * it; read with the merge traps' rule (misreadTraps): each person's names sit in one entry, and no
 * other person's names in it.
 */
import type { MergeTrap } from './merge-traps.js';

export const marriedNames: readonly MergeTrap[] = [
  {
    kind: 'maiden name then the husband, in speech ("I was Miss X until I married Mr. Y")',
    text: `"I was Miss Grace Holloway until I married Mr. Ruddock," said our visitor. "We have the mill at Pentreath." Mrs. Ruddock folded her hands, and Grace looked at the fire while Inspector Lusty wrote.`,
    people: [['Miss Grace Holloway', 'Mrs. Ruddock', 'Grace'], ['Mr. Ruddock'], ['Inspector Lusty']],
  },
  {
    kind: 'the husband then the maiden name, in speech ("Before I married Mr. Y I was Miss X")',
    text: `"Before I married Mr. Penwarden I was Miss Lucy Trelease," the widow said. "Mr. Penwarden left me the farm and nothing else." Mrs. Penwarden looked tired, and Lucy had not slept.`,
    people: [['Miss Lucy Trelease', 'Mrs. Penwarden', 'Lucy'], ['Mr. Penwarden']],
  },
  {
    kind: 'a titled wife in narration: "She was Miss X until she married Sir Y", then "Lady Given", "Lady Surname"',
    text: `Her name was Lady Honoria Vosper. She was Miss Honoria Blight, a doctor's daughter, until she married Sir Hugh Vosper two years ago. Lady Honoria received us in the morning-room. "You are kind to come," said Lady Vosper. Sir Hugh was in town, and Lady Honoria had not heard from him.`,
    people: [
      ['Lady Honoria Vosper', 'Miss Honoria Blight', 'Lady Honoria', 'Lady Vosper'],
      ['Sir Hugh Vosper', 'Sir Hugh'],
    ],
  },
  {
    kind: '"the former Miss X" after the married name',
    text: `Mrs. Trounson, the former Miss Bessie Kitto, opened the door to us. Bessie had grown stout since her wedding, and Mr. Trounson was out with the boats.`,
    people: [['Mrs. Trounson', 'Miss Bessie Kitto', 'Bessie'], ['Mr. Trounson']],
  },
  {
    kind: '"née X" after the married name, then "Miss X" of her girlhood',
    text: `Mrs. Blaney, née Cardew, kept the school at Polwith. As Miss Cardew she had taught there for ten years before her marriage, and Mr. Blaney, the miller, was proud of her.`,
    people: [['Mrs. Blaney', 'Miss Cardew'], ['Mr. Blaney']],
  },
  {
    kind: '"X, now Mrs. Y" and a husband of the surname',
    text: `Jenny Loveday, now Mrs. Pascoe, came down to the quay. She had married the harbour-master, Mr. Pascoe, in May, and Jenny Loveday was a name the quay still used.`,
    people: [['Jenny Loveday', 'Mrs. Pascoe'], ['Mr. Pascoe']],
  },
  {
    kind: '"Mrs. Y, who had been X"',
    text: `Mrs. Colenso, who had been Martha Quick, sat by the window. Martha Quick had been the prettiest girl in Mevagissey, and Mr. Colenso had courted her for a year.`,
    people: [['Mrs. Colenso', 'Martha Quick'], ['Mr. Colenso']],
  },
  {
    kind: 'guard: the speaker knew the woman of the maiden name before she married; two women',
    text: `"I knew Miss Agnes Penrice before I married Mr. Tamblyn," said Mrs. Tamblyn. "Miss Penrice was a governess then." Agnes Penrice still wrote to Mrs. Tamblyn every spring.`,
    people: [['Mrs. Tamblyn'], ['Miss Agnes Penrice', 'Miss Penrice', 'Agnes Penrice'], ['Mr. Tamblyn']],
  },
  {
    kind: 'guard: "who had been" before another\'s possessive names no maiden name',
    text: `Mrs. Hext, who had been Miss Prowse's governess, lived at the lodge. Miss Prowse visited her on Sundays, and Mrs. Hext kept a cake for her.`,
    people: [['Mrs. Hext'], ['Miss Prowse']],
  },
  {
    kind: 'guard: a titled wife and her unmarried sister of the maiden surname',
    text: `Lady Julia Marsh had been Miss Julia Pender until she married Sir Edwin Marsh. Her sister, Miss Clara Pender, lived with them. "Good morning, Miss Pender," said the vicar to Clara. Lady Julia smiled, and Lady Marsh poured the tea.`,
    people: [
      ['Lady Julia Marsh', 'Miss Julia Pender', 'Lady Julia', 'Lady Marsh'],
      ['Miss Clara Pender', 'Miss Pender', 'Clara'],
      ['Sir Edwin Marsh'],
    ],
  },
  {
    kind: '"his wife, Lady Given" then "Lady Surname" of the one man of the surname',
    text: `Sir Piran Hosken and his wife, Lady Morwenna, lived at Trelask. Lady Morwenna met us at the gate. "Good evening, Lady Hosken," said the doctor. Sir Piran was away, and Lady Hosken was glad of company.`,
    people: [
      ['Lady Morwenna', 'Lady Hosken'],
      ['Sir Piran Hosken', 'Sir Piran'],
    ],
  },
  {
    kind: '"his wife, Given" then "Mrs. Surname" of the one man of the surname',
    text: `Mr. Jory Pengelly brought his wife, Ellen, to the fair. Ellen looked at the ribbons for an hour, and at last Mrs. Pengelly bought a blue one. Mr. Pengelly paid.`,
    people: [
      ['Ellen', 'Mrs. Pengelly'],
      ['Mr. Jory Pengelly', 'Mr. Pengelly'],
    ],
  },
  {
    kind: 'guard: "his wife, Lady Given" beside "his mother, Lady Surname", the dowager',
    text: `Sir Piran Hosken came with his wife, Lady Morwenna. His mother, Lady Hosken, stayed at Trelask. Lady Morwenna danced all night, and Lady Hosken wrote to her son next morning.`,
    people: [['Lady Morwenna'], ['Lady Hosken'], ['Sir Piran Hosken']],
  },
];
