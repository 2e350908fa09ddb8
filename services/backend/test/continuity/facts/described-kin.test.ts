import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/bible/index.js';
import { extractFacts, type Fact } from '../../../src/continuity/index.js';
import { manuscriptSource } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { more } from '../relation-changes.js';

/** The facts of `kind` in a manuscript of chapters, as [entity, value, object]. */
function factsIn(kind: Fact['kind'], ...bodies: string[]): Array<[string | null, string, string | null]> {
  const source = manuscriptSource(chapters(...bodies));
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === kind)
    .map((f) => [f.entityKey, f.value, f.objectKey]);
}

const thomas = expect.stringMatching(/thomas/);
const walter = expect.stringMatching(/walter/);
const ellen = expect.stringMatching(/ellen/);
const robert = expect.stringMatching(/robert/);
const edward = expect.stringMatching(/edward/);
const george = expect.stringMatching(/george/);

describe('kin of a description', () => {
  it("gives the calling's kin to the one character who holds the calling", () => {
    const saddler = 'Thomas Hale, the saddler, kept a shop in the square.';
    const nephew = "Walter Hale, the saddler's nephew, sold a bridle.";
    expect(factsIn('relation', `${more('Walter Hale')} ${saddler}`, nephew)).toContainEqual([
      thomas,
      'nephew',
      walter,
    ]);
    // Guard: two saddlers, no link.
    const two = `${more('Walter Hale')} ${saddler} Robert Grey, the saddler, kept one by the bridge.`;
    expect(factsIn('relation', two, nephew)).toEqual([]);
  });

  it('gives the kin of "the dead man" to the one dead character named near it', () => {
    const heir = 'George Crane, nephew and heir of the dead man, sold the cooperage.';
    expect(
      factsIn('relation', more('George Crane', 'Edward Crane'), `Edward Crane died of a fever. ${heir}`),
    ).toEqual([[edward, 'nephew', george]]);
    // Guard: no one has died, no link.
    expect(
      factsIn('relation', more('George Crane', 'Edward Crane'), `Edward Crane fell ill. ${heir}`),
    ).toEqual([]);
  });

  it("gives the girl's kin to the one girl named in the scene before", () => {
    const uncle = '"This is the girl\'s uncle, Mr. Robert Grey," said the parson.';
    expect(
      factsIn('relation', more('Robert Grey', 'Ellen Grey'), `Ellen Grey came up the path.\n\n${uncle}`),
    ).toEqual([[ellen, 'uncle', robert]]);
    // Guards: two girls in the scene; a girl who comes in unnamed after the one named; the only girl
    // named in the chapter before.
    expect(
      factsIn(
        'relation',
        more('Robert Grey', 'Ellen Grey', 'Ann Lacey'),
        `Ellen Grey and Ann Lacey came up the path.\n\n${uncle}`,
      ),
    ).toEqual([]);
    expect(
      factsIn(
        'relation',
        more('Robert Grey', 'Ellen Grey'),
        `Ellen Grey sat at the window. A girl came up the path with a basket.\n\n${uncle}`,
      ),
    ).toEqual([]);
    expect(factsIn('relation', `${more('Robert Grey')} Ellen Grey came up the path.`, uncle)).toEqual([]);
  });
});

describe('a newcomer described before the text names them', () => {
  const described =
    'Pulling an oar in the boat was Walter Grey, and beside him, was a man of a singular appearance. He was a small, short man, with a quick step.';
  // Names heard long before the scene: a name in the lines just before is someone already there.
  const before = `${more('Walter Grey', 'Thomas Hale', 'Edward Crane')} ${'The rain fell on the roofs of the village all that week. '.repeat(30)}`;
  it('gives the looks of "a man of a singular appearance" to the name he announces himself by', () => {
    const named = `${described} Edward Crane hailed the boat from the deck.\n\nLater he announced himself as the archangel Thomas Hale, and the crew believed him.`;
    expect(factsIn('height', before, named)).toContainEqual([thomas, 'short', null]);
  });
  it('leaves a man of striking appearance who is named as the subject with his name', () => {
    const predicate =
      'Thomas Hale was a man of striking appearance. He was a small, short man. Then Walter Grey came in.';
    const heights = factsIn('height', before, predicate);
    expect(heights).toContainEqual([thomas, 'short', null]);
    expect(heights).not.toContainEqual([expect.stringMatching(/walter/), 'short', null]);
  });
});
