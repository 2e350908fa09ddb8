import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { extractFacts } from '../../../src/continuity/index.js';
import { FILLER } from './helpers.js';

/** The quotes of the acts told after `after`'s first sentence (a death), in text order. */
const actsAfter = (text: string, after: string): string[] => {
  const second = text.indexOf('Chapter 2');
  const chapters =
    second < 0
      ? []
      : [
          { title: 'Chapter 1', start: 0, end: second },
          { title: 'Chapter 2', start: second, end: text.length },
        ];
  const source: SourceText = { fileId: 'book', text, chapters };
  const from = text.indexOf(after) + after.length;
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === 'act' && f.entityKey === 'character:thomas-hale' && f.start >= from)
    .map((f) => f.quote);
};

/** The acts told after "Thomas Hale died on Tuesday night". */
const actsAfterDeath = (after: string): string[] =>
  actsAfter(`${FILLER}\n\nThomas Hale died on Tuesday night, in his sleep.\n\n${after}`, 'in his sleep.');

describe('acts set before the death told earlier', () => {
  it('leaves out an act whose sentence places it before its actor’s death', () => {
    expect(actsAfterDeath('Mary said that the day before Thomas Hale died, he held the baby.')).toEqual([]);
    expect(actsAfterDeath('The week before his death, Thomas Hale walked to the mill.')).toEqual([]);
    expect(actsAfterDeath('On the eve of his death Thomas Hale climbed the bank.')).toEqual([]);
    expect(actsAfterDeath('Thomas Hale walked to the mill every morning until he died.')).toEqual([]);
    // Another's death does not place Thomas's act: he walks after his own.
    expect(actsAfterDeath('The day before Mary Benson died, Thomas Hale walked to the mill.')).toEqual([
      'Thomas Hale walked',
    ]);
  });

  it('leaves out an act dated earlier on the death’s weekday, or looking back, in the death’s chapter', () => {
    expect(actsAfterDeath('Joe came down on Tuesday afternoon, and Thomas Hale held the baby.')).toEqual([]);
    expect(actsAfterDeath('Mary came on the Monday before, and Thomas Hale held the baby.')).toEqual([]);
    // A later part of the day, or a look forward, is after the death.
    expect(actsAfterDeath('Joe came down on Wednesday morning, and Thomas Hale held the baby.')).toEqual([
      'Thomas Hale held',
    ]);
    expect(actsAfterDeath('Mary came on the Monday after, and Thomas Hale held the baby.')).toEqual([
      'Thomas Hale held',
    ]);
    // In a later chapter, "the Monday before" may be before that chapter's moment, not the death.
    expect(
      actsAfter(
        `Chapter 1\n\n${FILLER}\n\nThomas Hale died on Tuesday night, in his sleep.\n\nChapter 2\n\nMary came on the Monday before, and Thomas Hale held the baby.`,
        'in his sleep.',
      ),
    ).toEqual(['Thomas Hale held']);
  });

  it('leaves out an act whose sentence is dated before the death’s sentence', () => {
    const acted = (when: string) =>
      actsAfter(
        `${FILLER}\n\nThomas Hale died on the 3rd of May, 1894.\n\n${when}, Thomas Hale walked to the mill.`,
        'May, 1894.',
      );
    expect(acted('On the 1st of May, 1894')).toEqual([]);
    expect(acted('On the 5th of May, 1894')).toEqual(['Thomas Hale walked']);
  });
});
