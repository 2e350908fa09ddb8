/**
 * Names that are no one's (issue 17; docs/quality/story-bible.md, twenty-eighth session, a
 * helper): The Harcourt Papers made characters of a court ("the Old Bailey"), an exchange known by
 * its founder's possessive ("Lloyd's"), a district after its street ("Hill Street, Mayfair"), a river
 * shortened after "the" ("the Plate") and a story's heading in capitals ("THE MAJOR'S NEPHEW").
 * Short passages of my own, none of the manuscript's sentences, each with the people it names (read
 * with the merge traps' rule: each person's names in one entry of their own) and the names that must
 * be no character's; and guards, where the same shapes name people. Written whole and committed
 * before any code was run on them.
 */
export interface NotPeoplePassage {
  /** What the passage tests, in a few words. */
  readonly kind: string;
  readonly text: string;
  readonly people: readonly (readonly string[])[];
  /** Names no character's entry may hold. */
  readonly notPeople: readonly string[];
}

export const notPeoplePassages: readonly NotPeoplePassage[] = [
  {
    kind: "a story's heading in capitals, a possessive and a rank",
    text: `II. THE COLONEL'S WARD\n\nColonel Ashby's ward was a quiet girl called Emma Rudd. Emma kept his accounts, and the Colonel trusted her with everything.\n\nIII. THE GOVERNESS'S LETTER\n\nMiss Pruett wrote to us in March. Miss Pruett had been a governess for thirty years.`,
    people: [['Colonel Ashby', 'Colonel'], ['Emma Rudd', 'Emma'], ['Miss Pruett']],
    notPeople: ["Colonel's Ward", "Governess's Letter", 'Ward', 'Letter'],
  },
  {
    kind: 'a court named "the Old X" with a capital "Old"',
    text: `Jonas Fitch was a clerk in the Temple. In the spring he was tried at the Old Bailey for forgery, and the Old Bailey gave him seven years. His brother Mark Fitch sat in the gallery every day.`,
    people: [['Jonas Fitch'], ['Mark Fitch']],
    notPeople: ['Bailey', 'Old Bailey'],
  },
  {
    kind: 'guard: "old X" in small letters is an old man',
    text: `Old Garrow kept the ferry. Everyone on the river knew old Garrow, and old Garrow knew everyone. His grandson Tom Garrow rowed for him now.`,
    people: [['Garrow'], ['Tom Garrow']],
    notPeople: [],
  },
  {
    kind: "a house of business known by its founder's possessive alone",
    text: `Mr. Henry Bassett had insured the cargo at Lloyd's. When the ship was lost, Lloyd's paid him in full, and Mr. Bassett bought another. His clerk, Amos Weekes, kept the policies in a tin box.`,
    people: [['Mr. Henry Bassett', 'Mr. Bassett'], ['Amos Weekes']],
    notPeople: ['Lloyd', "Lloyd's"],
  },
  {
    kind: "guard: a person's possessive beside his name",
    text: `We dined at Parfitt's that night. Jack Parfitt kept the best table in the town, and Parfitt himself carved. Parfitt's wife poured the wine.`,
    people: [['Jack Parfitt', 'Parfitt']],
    notPeople: [],
  },
  {
    kind: 'a district after its street and a comma',
    text: `Mr. Percy Lomax had been taken up for the theft of a brooch from the house of his aunt, Lady Pellow, in Hill Street, Mayfair; and the brooch had been found in a shop in Lambeth. Lady Pellow wept. Percy said nothing.`,
    people: [['Mr. Percy Lomax', 'Percy'], ['Lady Pellow']],
    notPeople: ['Mayfair'],
  },
  {
    kind: 'a river shortened to one word after "the"',
    text: `Captain Oswin Drake took the brig out to the Plate in the autumn. Drake had traded on the Plate for twenty years, and his mate, Peter Lusk, knew it as well as he did.`,
    people: [['Captain Oswin Drake', 'Drake'], ['Peter Lusk']],
    notPeople: ['Plate'],
  },
];
