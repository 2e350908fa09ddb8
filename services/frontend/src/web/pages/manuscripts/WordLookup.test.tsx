// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithQuery, stubApi } from '../../testing/render.tsx';
import { LookupArea, selectedWord } from './WordLookup.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('word look-up', () => {
  it('takes one word of a selection, never a phrase or a number', () => {
    expect(selectedWord('  whale ')).toBe('whale');
    expect(selectedWord("Ahab's")).toBe("Ahab's");
    expect(selectedWord('well-known')).toBe('well-known');
    expect(selectedWord('the whale')).toBeNull();
    expect(selectedWord('1851')).toBeNull();
    expect(selectedWord('')).toBeNull();
    expect(selectedWord('a'.repeat(101))).toBeNull();
  });

  it('looks a typed word up: definitions, synonyms, and a source that could not answer said in words', async () => {
    const calls = stubApi({
      'GET /v1/api/projects/p1/lookup': () => ({
        word: 'whale',
        dictionary: {
          term: 'whale',
          senses: [{ partOfSpeech: 'Noun', definitions: ['A large marine mammal.'] }],
          source: 'Wiktionary',
          sourceUrl: 'https://en.wiktionary.org/wiki/whale',
        },
        encyclopedia: null,
        synonyms: ['leviathan', 'cetacean'],
        unavailable: { encyclopedia: 'upstream_unavailable' },
      }),
    });
    renderWithQuery(
      <LookupArea projectId="p1">
        <p>Call me Ishmael.</p>
      </LookupArea>,
    );
    fireEvent.change(screen.getByLabelText(/^Look up/), { target: { value: 'whale' } });
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    expect(await screen.findByText('A large marine mammal.')).toBeTruthy();
    expect(screen.getByText('leviathan, cetacean')).toBeTruthy();
    expect(screen.getByText('The encyclopedia could not answer (upstream unavailable).')).toBeTruthy();
    expect(calls[0]?.query.get('word')).toBe('whale');
    expect(document.activeElement?.textContent).toBe('whale');
    fireEvent.keyDown(screen.getByRole('region', { name: 'whale' }), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'whale' })).toBeNull();
  });
});
