import { describe, expect, it } from 'vitest';
import { type Fact, stated } from './facts.tsx';

const fact = (more: Partial<Fact>): Fact => ({
  kind: 'relation',
  value: 'parent',
  detail: 'father',
  object: { entityId: 'thomas', name: 'Thomas Adair' },
  voice: 'narration',
  speaker: null,
  low: null,
  high: null,
  hedged: false,
  change: false,
  confidence: 0.9,
  evidence: { fileId: 'f', chapter: 1, start: 0, end: 23, quote: 'Her father, Thomas Adair' },
  ...more,
});

describe('a fact on the sheet', () => {
  it('names what the other of a relation is to this entity ("father: Thomas Adair" on his daughter\'s sheet)', () => {
    expect(stated(fact({}))).toBe('father: Thomas Adair');
    expect(stated(fact({ detail: null, value: 'spouse', object: { entityId: 'd', name: 'Daniel' } }))).toBe(
      'spouse: Daniel',
    );
  });

  it('gives a count its noun and a look its detail when it differs', () => {
    expect(stated(fact({ kind: 'count', value: '42', detail: 'barrels', object: null }))).toBe('42 barrels');
    expect(stated(fact({ kind: 'hair', value: 'dark', detail: 'black', object: null }))).toBe('dark (black)');
  });
});
