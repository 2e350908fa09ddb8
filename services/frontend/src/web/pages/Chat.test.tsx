// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
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
  it('a question asked before the saved conversation arrives stays, and gets its answer, after it', async () => {
    const conversation = later();
    const reply = later();
    const calls = stubApi({
      'GET /v1/api/projects/p1/chat': () => conversation.promise,
      'POST /v1/api/projects/p1/chat': () => reply.promise,
      'GET /v1/api/projects/p1/books': () => ({ books: [], unassigned: [] }),
      'GET /v1/api/projects/p1/entities': () => ({ entities: [] }),
      'GET /v1/api/projects/p1/files': () => ({ files: [file('f1', 'orchard.txt')] }),
    });
    renderWithQuery(<ChatPage project={PROJECT} />);
    fireEvent.change(screen.getByLabelText('Your question'), { target: { value: 'Who keeps the orchard?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ask' }));
    // The question is on its way (the streaming route is missing here, so the plain POST) ...
    await vi.waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/chat'))).toBe(true),
    );
    // ... when the saved conversation arrives.
    conversation.resolve({ messages: [SAVED_TURN] });
    expect(await screen.findByText('When does it rain?')).toBeTruthy();
    expect(screen.getByText('Who keeps the orchard?')).toBeTruthy();
    reply.resolve({
      messageId: 'm2',
      answer: 'From your manuscript (quoted, not generated):\n“Mara Quill kept the orchard.” [1]',
      citations: [{ ...SAVED_TURN.citations[0], start: 40, end: 68, quote: 'Mara Quill kept the orchard.' }],
      intent: 'passage',
      cost: 0,
      generated: false,
      removed: [],
    });
    expect(await screen.findByText(/“Mara Quill kept the orchard\.” \[1\]/)).toBeTruthy();
    const questions = screen.getAllByText(/^(When does it rain\?|Who keeps the orchard\?)$/);
    expect(questions.map((q) => q.textContent)).toEqual([
      'You asked: When does it rain?',
      'You asked: Who keeps the orchard?',
    ]);
  });
});

const file = (id: string, name: string, kind = 'manuscript') => ({ id, name, kind });

/** A saved turn: one answered question citing the first file. */
const SAVED_TURN = {
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
};

/** A conversation of one answered question citing the first file, with the project's files. */
function answered(files: ReturnType<typeof file>[]) {
  stubApi({
    'GET /v1/api/projects/p1/chat': () => ({
      messages: [SAVED_TURN],
    }),
    'GET /v1/api/projects/p1/books': () => ({ books: [], unassigned: [] }),
    'GET /v1/api/projects/p1/entities': () => ({ entities: [] }),
    'GET /v1/api/projects/p1/files': () => ({ files }),
  });
  renderWithQuery(<ChatPage project={PROJECT} />);
}

/** A promise settled by the test: a server that answers when told to. */
function later() {
  let resolve: (value: unknown) => void = () => {};
  const promise = new Promise<unknown>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
