/**
 * A son introduced by his given name and then given a title with it by the servants ("He had a
 * son, Philip ... still 'Mr. Philip' to the servants"), from The Thornleigh Emeralds
 * (docs/quality/story-bible.md, twenty-ninth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('a title and given name after the son of that name is introduced', () => {
  it('gives "Mr. Julian" to the son Julian Penhale, introduced as "a son, Julian" before it', () => {
    const text = `"Perhaps he did," said Mrs. Dunstan, "and perhaps he never had any."

Polly Hatch, the second housemaid, who was seventeen and thought Captain Castle very handsome, said nothing, and went red.

Yew Cottage belonged, like half the parish that was not Elmhurst's, to the Penhales of Brisley Grange. Silas Penhale was a lawyer who had made money in London and come home to spend it, a stout, shrewd, grey man of sixty who was agent for half the estates in the district and trusted by all of them. He had a son, Julian, who had been at Cambridge, and who was now supposed to be learning his father's business and was in fact learning very little but the names of the best trout pools.

At the Grange they did things in the old way. The master of the house was the master, and his son, though he was six-and-twenty and six feet high, was still "Mr. Julian" to the servants, as he had been when he was six.


Julian Penhale did not think that he was clever, and nobody else thought so either, but he had a good memory for faces and a bad habit of following his curiosity wherever it went. In the second week of October it went to Yew Cottage.

He had played cards there twice with Harry Dorrance and the captain, and once with a fourth man, a silent red-faced person called Tapp who said he was a horse-dealer from Reading. The play had been for small stakes at first and then for larger ones, and Julian, who had lost eleven pounds and did not mean to lose twelve, had noticed three things. The captain never shuffled the cards himself when he dealt. The captain's writing-desk, which stood open on the side table, had a brass plate on the lid with the initials "N. G." on it. And the captain, when Harry asked him once in which regiment he had served, had said "the Ninety-Third" in one breath and "the Madras Fusiliers" later in the same evening, and nobody but Julian had noticed.

"N. G.," said Julian to himself, walking home along the river. "Not Castle, at all events."

He said nothing to his father. Old Penhale was an excellent lawyer and a very poor confidant; he would have written at once to the captain's bankers, and the captain would have been warned. Instead Julian took the question to the one person at Elmhurst whom he thought likely to listen.

He found Mrs. Dorrance in the walled garden, cutting the last of the dahlias. She was alone; her husband was at the home farm and her brother-in-law had gone to Salisbury.
`;
    const result = extract([source(text)]);
    expect(one(result, 'Mr. Julian')).toBe(one(result, 'Julian Penhale'));
    expect(one(result, 'Julian Penhale')).not.toBe(one(result, 'Silas Penhale'));
  });

  it('keeps "Uncle Lewis", named before his nephew of that name is introduced, apart from the nephew', () => {
    const text = `Uncle Lewis kept the mill at Sedge End. Uncle Lewis was seventy and deaf.

His nephew Lewis Brant came to stay in the spring. Lewis Brant was nineteen.

Uncle Lewis shouted at the miller's boy. Lewis Brant went fishing.`;
    const result = extract([source(text)]);
    expect(one(result, 'Uncle Lewis')).not.toBe(one(result, 'Lewis Brant'));
  });
});
