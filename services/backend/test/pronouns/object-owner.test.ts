import { describe, expect, it } from 'vitest';
import type { MarkedPassage } from './generality-set-2.js';
import { misses } from './marked-passages.js';

/** A passage of the case its owner is named as object in, or a near case's, its pronouns marked. */
const passage = (text: string, characters: MarkedPassage['characters'], near = false): MarkedPassage => ({
  case: near ? 'owner subject or earlier near case' : 'owner named as object',
  text,
  characters,
});

describe('the owner of a possessive named in its clause after a subject of the other sex (pronouns objectOwner)', () => {
  it('is the one person of its sex the clause names after the subject', () => {
    expect(
      misses([
        passage(
          'Mr. Lyle had gone up to bed. Ellen sat on in the parlour with Mr. Kemp and listened to [[his|kemp]] stories.',
          [
            { id: 'lyle', names: ['Mr. Lyle'] },
            { id: 'ellen', names: ['Ellen'] },
            { id: 'kemp', names: ['Mr. Kemp'] },
          ],
        ),
        passage(
          'Mrs. Orde stayed indoors. Harry drove Miss Tull to the farm, and carried [[her|tull]] basket up the lane.',
          [
            { id: 'orde', names: ['Mrs. Orde'] },
            { id: 'harry', names: ['Harry'] },
            { id: 'tull', names: ['Miss Tull'] },
          ],
        ),
      ]),
    ).toEqual([]);
  });

  it('is not sought when the subject may own it, the name stands before the subject, in an aside or past the subject’s clause, or is not the only one', () => {
    const earlier = [
      { id: 'lyle', names: ['Mr. Lyle'] },
      { id: 'ellen', names: ['Ellen'] },
      { id: 'vane', names: ['Dr. Vane'] },
      { id: 'tom', names: ['Tom'] },
      { id: 'harry', names: ['Harry'] },
      { id: 'pym', names: ['Mr. Pym'] },
    ];
    expect(
      misses([
        passage(
          'Mrs. Cole was not at home. Mr. Hext met Mr. Pardoe at the gate and raised [[his|hext]] hat.',
          [
            { id: 'cole', names: ['Mrs. Cole'] },
            { id: 'hext', names: ['Mr. Hext'] },
            { id: 'pardoe', names: ['Mr. Pardoe'] },
          ],
          true,
        ),
        passage(
          'Mr. Lyle lay ill. When Dr. Vane had gone, Ellen sat down by [[his|lyle]] bed.',
          earlier,
          true,
        ),
        passage(
          'Mr. Lyle lay ill. Ellen, who had met Dr. Vane, hurried to [[his|lyle]] bedside.',
          earlier,
          true,
        ),
        passage('Mr. Lyle lay ill. Ellen wrote to Tom and to Harry about [[his|lyle]] cough.', earlier, true),
        passage('Mr. Lyle lay ill. Ellen was tired; Mr. Pym sat down by [[his|lyle]] bed.', earlier, true),
      ]),
    ).toEqual([]);
  });

  it('is not sought for a name heard only in speech or a possessive name, or past a pronoun of its sex after the name', () => {
    const earlier = [
      { id: 'lyle', names: ['Mr. Lyle'] },
      { id: 'ellen', names: ['Ellen'] },
      { id: 'vane', names: ['Dr. Vane'] },
    ];
    expect(
      misses([
        passage(
          'Mr. Lyle was tired. “Dr. Vane is coming,” said Ellen, and [[she|ellen]] pulled off [[his|lyle]] boots.',
          earlier,
          true,
        ),
        passage(
          "Mr. Lyle was asleep. Ellen read Dr. Vane's letter and laid a rug over [[his|lyle]] knees.",
          earlier,
          true,
        ),
        passage(
          'Mr. Lyle was ill. Ellen fetched Dr. Vane [[himself|vane]] to [[his|lyle]] bedside.',
          earlier,
          true,
        ),
      ]),
    ).toEqual([]);
  });
});
