// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileDetail } from '../../lib/api/types.ts';
import { PROJECT, renderWithQuery, stubApi } from '../../testing/render.tsx';
import { chapterAt, ReaderPage } from './ReaderPage.tsx';

const TEXT = 'CHAPTER I.\nAlice was beginning to get very tired.\nCHAPTER II.\nCuriouser and curiouser!\n';
const DETAIL: FileDetail = {
  file: {
    id: 'f1',
    projectId: 'p1',
    name: 'alice.txt',
    kind: 'manuscript',
    type: 'text',
    mediaType: 'text/plain',
    size: TEXT.length,
    textLength: TEXT.length,
    storedBytes: TEXT.length,
    sha256: 'b'.repeat(64),
    paragraphCount: 4,
    wordCount: 14,
    chapterCount: 2,
    revision: 3,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    chapters: [
      { index: 0, title: 'CHAPTER I.', start: 0, end: 51 },
      { index: 1, title: 'CHAPTER II.', start: 51, end: TEXT.length },
    ],
  },
  statistics: null,
};

function stubReader() {
  return stubApi({
    'GET /v1/api/projects/p1/files/f1': () => DETAIL,
    'GET /v1/api/projects/p1/files/f1/text': ({ query }) => {
      const start = Number(query.get('start') ?? 0);
      const end = Math.min(TEXT.length, Number(query.get('end') ?? TEXT.length));
      return { fileId: 'f1', revision: 3, start, end, length: TEXT.length, text: TEXT.slice(start, end) };
    },
    'GET /v1/api/projects/p1/quotes': () => ({ quotes: [], speakers: [], nextCursor: null }),
  });
}

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ReaderPage', () => {
  it('finds the chapter that holds an offset', () => {
    expect(chapterAt(DETAIL.file.chapters, 0)).toBe(0);
    expect(chapterAt(DETAIL.file.chapters, 60)).toBe(1);
  });

  it('opens a cited passage in its chapter, highlighted', async () => {
    const calls = stubReader();
    window.history.pushState(null, '', '/projects/p1/manuscripts/f1?start=62&end=86');
    renderWithQuery(<ReaderPage project={PROJECT} fileId="f1" />);
    const mark = await screen.findByText('Curiouser and curiouser!');
    expect(mark.tagName).toBe('MARK');
    expect(screen.getByRole('heading', { level: 2, name: 'CHAPTER II.' })).toBeTruthy();
    const text = calls.find((c) => c.path.endsWith('/text'));
    expect([text?.query.get('start'), text?.query.get('end')]).toEqual(['51', String(TEXT.length)]);
  });

  it('goes chapter by chapter', async () => {
    stubReader();
    window.history.pushState(null, '', '/projects/p1/manuscripts/f1?chapter=1');
    renderWithQuery(<ReaderPage project={PROJECT} fileId="f1" />);
    await screen.findByText(/Alice was beginning/);
    fireEvent.click(screen.getByRole('button', { name: 'Next chapter' }));
    await waitFor(() => expect(window.location.search).toBe('?chapter=2'));
    expect(await screen.findByText(/Curiouser and curiouser/)).toBeTruthy();
  });
});
