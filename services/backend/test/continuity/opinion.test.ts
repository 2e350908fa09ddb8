/** The second opinion's request and the reading of the model's reply (plain functions). */
import { describe, expect, it } from 'vitest';
import { evidenceKey, inContext, opinionMessage, parseOpinion } from '../../src/continuity/opinion.js';

const TEXT = `${'Some words before. '.repeat(40)}Mary Benson had grey eyes. ${'And words after it. '.repeat(40)}`;
const start = TEXT.indexOf('grey eyes');
const passage = { fileId: 'f1', chapter: 2, start, end: start + 'grey eyes'.length, quote: 'grey eyes' };

describe('second opinion', () => {
  it('shows each passage marked, with whole words around it, numbered with its chapter', () => {
    const context = inContext(TEXT, passage);
    expect(context).toContain('Mary Benson had «grey eyes». And');
    expect(context.startsWith('…Some') || context.startsWith('…before')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context.length).toBeLessThan(900);
    const message = opinionMessage({ summary: "Mary's eyes are grey and green.", entityName: 'Mary' }, [
      { passage, context },
      { passage: { ...passage, chapter: null }, context: 'x' },
    ]);
    expect(message).toContain("The check says: Mary's eyes are grey and green.");
    expect(message).toContain('[1] (chapter 2)\n');
    expect(message).toContain('[2] (no chapter)\nx');
    expect(message).toMatch(/<manuscript_passages>[\s\S]*<\/manuscript_passages>/);
  });

  it('reads the verdict line in the forms models write it, and unsure without one', () => {
    expect(parseOpinion('VERDICT: contradiction\nGrey in [1], green in [2].')).toEqual({
      verdict: 'contradiction',
      reasoning: 'Grey in [1], green in [2].',
    });
    expect(parseOpinion('**Verdict:** No contradiction. She is lying in [2].').verdict).toBe(
      'no_contradiction',
    );
    expect(parseOpinion('verdict: no-contradiction').verdict).toBe('no_contradiction');
    expect(parseOpinion('VERDICT: maybe\nHard to say.')).toEqual({
      verdict: 'unsure',
      reasoning: 'Hard to say.',
    });
    expect(parseOpinion('I cannot tell.')).toEqual({ verdict: 'unsure', reasoning: 'I cannot tell.' });
    expect(parseOpinion(`VERDICT: unsure\n${'a'.repeat(5000)}`).reasoning).toHaveLength(2000);
  });

  it('fingerprints the passages by file and quote, not by offsets', () => {
    const moved = { ...passage, start: passage.start + 50, end: passage.end + 50 };
    expect(evidenceKey([passage])).toBe(evidenceKey([moved]));
    expect(evidenceKey([passage])).not.toBe(evidenceKey([{ ...passage, quote: 'green eyes' }]));
    expect(evidenceKey([passage])).toMatch(/^[0-9a-f]{32}$/);
  });
});
