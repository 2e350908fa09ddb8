// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT, renderWithQuery, stubApi } from '../../testing/render.tsx';
import { PassageSearch } from './PassageSearch.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PassageSearch', () => {
  it('sends the query and lists the passages, each opening the reader at it', async () => {
    const calls = stubApi({
      'POST /v1/api/projects/p1/search': () => ({
        results: [
          {
            fileId: 'f1',
            chapter: 1,
            chapterTitle: 'CHAPTER I. Down the Rabbit-Hole',
            start: 100,
            end: 160,
            quote: 'a White Rabbit with pink eyes ran close by her',
            score: 0.9,
            kind: 'manuscript',
          },
        ],
      }),
    });
    renderWithQuery(<PassageSearch project={PROJECT} names={new Map([['f1', 'alice.txt']])} />);
    fireEvent.change(screen.getByLabelText('Find passages about'), { target: { value: '  white rabbit ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const link = await screen.findByRole('link', { name: /pink eyes/ });
    expect(link.getAttribute('href')).toBe('/projects/p1/manuscripts/f1?start=100&end=160');
    expect(link.textContent).toContain('alice.txt, CHAPTER I. Down the Rabbit-Hole');
    expect(calls.map((c) => c.body)).toEqual([{ query: 'white rabbit', limit: 8 }]);
  });

  it('says when nothing matches, and shows an error the API gives', async () => {
    let fail = false;
    stubApi({
      'POST /v1/api/projects/p1/search': () => {
        if (fail) throw new Error('down');
        return { results: [] };
      },
    });
    renderWithQuery(<PassageSearch project={PROJECT} names={new Map()} />);
    fireEvent.change(screen.getByLabelText('Find passages about'), { target: { value: 'dragons' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No passage matches.')).toBeTruthy();
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
