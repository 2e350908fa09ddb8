// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT, renderWithQuery, stubApi } from '../testing/render.tsx';
import { ChatPage } from './Chat.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function open(characters: string[]) {
  const calls = stubApi({
    'GET /v1/api/projects/p1/chat': () => ({ messages: [] }),
    'GET /v1/api/projects/p1/books': () => ({ books: [], unassigned: [] }),
    'GET /v1/api/projects/p1/entities': () => ({
      entities: characters.map((name, i) => ({
        id: `e${i}`,
        name,
        type: 'character',
        aliases: [],
        mentionCount: 10 - i,
        firstAppearance: null,
      })),
    }),
  });
  renderWithQuery(<ChatPage project={PROJECT} />);
  return calls;
}

describe('ChatPage', () => {
  it("the empty chat's example asks about the story's own main character, not another book's", async () => {
    const calls = open(['Elizabeth']);
    expect(await screen.findByText(/Try “Who is Elizabeth\?”/)).toBeTruthy();
    expect(screen.queryByText(/White Rabbit/)).toBeNull();
    const asked = calls.find((c) => c.path.endsWith('/entities'))?.query;
    expect([asked?.get('type'), asked?.get('sort'), asked?.get('limit')]).toEqual([
      'character',
      'mentions',
      '1',
    ]);
  });

  it('before any character is read, the example names no one', async () => {
    open([]);
    expect(await screen.findByText(/once a manuscript is uploaded and read/)).toBeTruthy();
    expect(screen.queryByText(/Who is/)).toBeNull();
  });

  it("a source under an answer names its manuscript when the project has several, as the answer's text does", async () => {
    answered([file('f1', 'orchard.txt'), file('f2', 'harbour.txt')]);
    const source = await screen.findByRole('link', { name: /Rain fell on the orchard/ });
    expect(source.textContent).toContain('— orchard.txt · Chapter Six');
    expect(source.getAttribute('href')).toBe('/projects/p1/manuscripts/f1?start=5&end=29');
  });

  it('a source in a project of one manuscript says only its chapter, a bookmarked note being no second manuscript', async () => {
    answered([file('f1', 'orchard.txt'), file('n1', 'notes/chat-m1.md', 'note')]);
    const source = await screen.findByRole('link', { name: /Rain fell on the orchard/ });
    expect(source.textContent).toContain('— Chapter Six');
    expect(source.textContent).not.toContain('orchard.txt');
  });
});

const file = (id: string, name: string, kind = 'manuscript') => ({ id, name, kind });

/** A conversation of one answered question citing the first file, with the project's files. */
function answered(files: ReturnType<typeof file>[]) {
  stubApi({
    'GET /v1/api/projects/p1/chat': () => ({
      messages: [
        {
          messageId: 'm1',
          message: 'When does it rain?',
          answer: 'From your manuscript (quoted, not generated):\n“Rain fell on the orchard.” [1]',
          citations: [
            {
              fileId: 'f1',
              chapter: 6,
              chapterTitle: 'Chapter Six',
              start: 5,
              end: 29,
              quote: 'Rain fell on the orchard.',
            },
          ],
          intent: 'passage',
          cost: 0,
          generated: false,
          bookmarked: false,
          noteFileId: null,
          feedback: null,
          createdAt: '2026-11-02T10:00:00.000Z',
        },
      ],
    }),
    'GET /v1/api/projects/p1/books': () => ({ books: [], unassigned: [] }),
    'GET /v1/api/projects/p1/entities': () => ({ entities: [] }),
    'GET /v1/api/projects/p1/files': () => ({ files }),
  });
  renderWithQuery(<ChatPage project={PROJECT} />);
}
