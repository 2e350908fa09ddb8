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
});
