/**
 * A teller's named kin where no tag names the teller (`facts/teller-relations.ts`): "my uncle
 * Walter Grey" in an account tagged "said he" or by nothing, or in a line with no tag, is a relation
 * of the telling, so that two kin words for one person in one telling meet, and two tellers' never
 * do. Guards: two tellers, a teller beside the narration, words of address ("Scully, my girl"), kin
 * in a quotation the teller quotes, two people of one given name.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { checkContinuity, extractFacts } from '../../src/continuity/index.js';
import { manuscriptSource } from './check-text.js';
import { chapters } from './legitimate-changes.js';
import { more } from './relation-changes.js';

/** The relation issues of a manuscript of the given chapters, `unkept` names left out of the story bible. */
function relationIssues(bodies: string[], unkept: readonly string[] = []): string[] {
  const source = manuscriptSource(chapters(...bodies));
  const extraction = extract([source]);
  const kept = { ...extraction, entities: extraction.entities.filter((e) => !unkept.includes(e.name)) };
  return checkContinuity({ sources: [source], extraction: kept })
    .issues.filter((i) => i.kind === 'relation')
    .map((i) => i.summary);
}

/** The relation facts of a teller (no tag names them) in a manuscript of the given chapters. */
function tellerKin(...bodies: string[]): string[] {
  const source = manuscriptSource(chapters(...bodies));
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === 'relation' && f.entityKey?.startsWith('teller:'))
    .map((f) => f.quote);
}

/** An account over paragraphs, its first paragraph tagged "said he" after `opening`. */
const toldByHim = (opening: string, ...paragraphs: string[]): string =>
  [
    `${opening}\n\n"I must begin with my own people," said he, "or the rest will make no sense. I was born at Esham, by the bridge, and I have lived there all my life.`,
    ...paragraphs.map((p, i) => `"${p}${i === paragraphs.length - 1 ? '"' : ''}`),
  ].join('\n\n');

describe("a teller's named kin where no tag names the teller", () => {
  it('meets two kin words for one name in an account tagged "said he"', () => {
    expect(
      relationIssues([
        `${more('Walter Grey')} The young man sat down by the fire.`,
        toldByHim(
          'The young man sat down by the fire.',
          'When I was a boy my uncle Walter Grey kept the mill below the church.',
          'The mill did well for ten years, and the family was comfortable.',
          'Then my father Walter Grey sold it and went into the corn trade at Lynn.',
        ),
      ]),
    ).toEqual([
      "Walter Grey is the teller's uncle or aunt in Chapter 2 but the teller's parent in Chapter 2.",
    ]);
  });

  it('meets "<Name>, my <kin>" and a capital "My" in an account with no tag', () => {
    expect(
      relationIssues([
        `${more('George Crane')} The old woman folded her hands.`,
        'The old woman folded her hands.\n\n"George Crane, my brother, kept the forge at Ashby, and I kept his house.\n\n"The trade fell off when the railway came.\n\n"My husband George Crane sold the forge at last."',
      ]),
    ).toEqual(["George Crane is the teller's sibling in Chapter 2 but the teller's spouse in Chapter 2."]);
  });

  it('weighs two untagged lines the attribution gives one speaker', () => {
    expect(
      relationIssues([
        `${more('Thomas Hale')} Mary Benson looked at the vicar.`,
        'Mary Benson looked at the vicar.\n\n"My son Thomas Hale will take the farm."\n\n"Is he fit for it?" asked the vicar.\n\n"He is. My nephew Thomas Hale was always steady."',
      ]),
    ).toEqual([
      "Thomas Hale is the teller's child in Chapter 2, as Mary Benson says but the teller's niece or nephew in Chapter 2, as Mary Benson says.",
    ]);
  });

  it('reads a given name the story bible keeps no entity for', () => {
    const bodies = [
      'The young man sat down by the fire.',
      toldByHim(
        'The young man sat down by the fire.',
        'When I was a boy my uncle Joseph came to live with us.',
        'Then my father Joseph sold the mill.',
      ),
    ];
    expect(relationIssues(bodies, ['Joseph'])).toEqual([
      "Joseph is the teller's uncle or aunt in Chapter 2 but the teller's parent in Chapter 2.",
    ]);
  });

  it('keeps two given names with other surnames apart', () => {
    const bodies = [
      'The young man sat down by the fire.',
      toldByHim(
        'The young man sat down by the fire.',
        'When I was a boy my uncle Joseph Hale came to live with us.',
        'Then my father Joseph Crane sold the mill.',
      ),
    ];
    expect(relationIssues(bodies, ['Joseph Hale', 'Joseph Crane'])).toEqual([]);
  });

  it("keeps two tellers' kin apart", () => {
    expect(
      relationIssues([
        `${more('Walter Grey')} The old man and the widow sat by the fire.`,
        `${toldByHim('The old man and the widow sat by the fire.', 'My brother Walter Grey went to sea at fourteen.', 'He came home with a parrot.')}\n\nThe widow nodded.\n\n"I remember it," said she, "for my husband Walter Grey brought the parrot to church.\n\n"We were married the spring after."`,
      ]),
    ).toEqual([]);
  });

  it("keeps a teller's kin apart from the narration's", () => {
    expect(
      relationIssues([
        `${more('Walter Grey')} Walter Grey, Ann Lacey's husband, kept the ferry.`,
        toldByHim(
          'The stranger looked at the ferry.',
          'My brother Walter Grey taught me to handle a boat.',
          'I came here to find him.',
        ),
      ]),
    ).toEqual([]);
  });

  it('leaves "my girl" and "my lad" after a name alone: words of address', () => {
    expect(
      tellerKin(
        `${more('Ann Scully', 'Tom Bunger')} The old sailor laughed.`,
        'The old sailor laughed.\n\n"Ann Scully, my girl, you shall have the shell.\n\n"And you, Tom Bunger, my lad, shall have the knife."',
      ),
    ).toEqual([]);
  });

  it('leaves kin in a quotation the teller quotes, or a letter the teller reads out, to its own speaker', () => {
    expect(
      relationIssues([
        `${more('Walter Grey')} The young man sat down by the fire.`,
        toldByHim(
          'The young man sat down by the fire.',
          "My brother Walter Grey was the elder by two years. 'My son Walter Grey shall have the mill,' said my mother, and so he did.",
          "I kept the letter my mother wrote to the vicar that spring.\n\"'DEAR SIR,--My son Walter Grey will call upon you on Monday.'",
        ),
      ]),
    ).toEqual([]);
  });
});

describe("a named speaker's kin by a given name the story bible keeps no entity for", () => {
  it('reads that given name in the line of a speaker the tag names', () => {
    const bodies = [
      'Walter Grey sat down by the fire.',
      'Walter Grey sat down by the fire.\n\n"When I was a boy my uncle Joseph came to live with us, and then my father Joseph sold the mill," said Walter Grey.',
    ];
    expect(relationIssues(bodies, ['Joseph'])).toEqual([
      "Joseph is Walter Grey's uncle or aunt in Chapter 2, as Walter Grey says but Walter Grey's parent in Chapter 2, as Walter Grey says.",
    ]);
  });
});

describe('an account going on after the listener speaks, its teller named by the tag before', () => {
  /** Walter Grey's account tagged by name, Parson Lacey's "Go on", then Walter Grey's untagged account. */
  const resumed = (goingOn: string): string[] => [
    'Walter Grey and Parson Lacey sat by the fire.',
    [
      'Walter Grey and Parson Lacey sat by the fire.',
      '"I must begin with my own people," said Walter Grey, "or the rest will make no sense. My father Joseph kept the mill at Esham.',
      '"He kept it for twenty years."',
      '"Go on," said Parson Lacey.',
      goingOn,
    ].join('\n\n'),
  ];

  it("keys the untagged account's kin to the teller the tag named", () => {
    const bodies = resumed(
      '"When I was a boy my uncle Joseph came to live with us at the mill.\n\n"He stayed until the spring."',
    );
    expect(relationIssues(bodies, ['Joseph'])).toEqual([
      "Joseph is Walter's parent in Chapter 2 but Walter's uncle or aunt in Chapter 2.",
    ]);
  });

  it("leaves a short untagged line's kin to the telling", () => {
    const bodies = resumed('"My uncle Joseph came to live with us."');
    expect(relationIssues(bodies, ['Joseph'])).toEqual([]);
  });
});
