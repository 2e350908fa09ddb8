// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT, renderWithQuery, stubApi } from '../testing/render.tsx';
import { ContinuityPage } from './Continuity.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const file = (id: string, name: string) => ({ id, name, kind: 'manuscript' });
const ISSUE = {
  id: 'a'.repeat(32),
  kind: 'attribute',
  summary: "Mara's eyes are green in chapter 1 and blue in chapter 2.",
  confidence: 0.8,
  entity: { entityId: 'e1', name: 'Mara' },
  evidence: [
    { fileId: 'f1', chapter: 1, start: 10, end: 30, quote: 'Her eyes were green' },
    { fileId: 'f2', chapter: 2, start: 40, end: 60, quote: 'Her eyes were blue' },
  ],
  status: 'open',
};

function render(files: ReturnType<typeof file>[]) {
  stubApi({
    'GET /v1/api/projects/p1/continuity': () => ({ status: 'ready', issues: [ISSUE], nextCursor: null }),
    'GET /v1/api/projects/p1/files': () => ({ files }),
  });
  renderWithQuery(<ContinuityPage project={PROJECT} />);
}

describe('ContinuityPage', () => {
  it("names each passage's manuscript when the project has several: a chapter number alone does not say which", async () => {
    render([file('f1', 'book-one.md'), file('f2', 'book-two.md')]);
    expect(
      await screen.findByRole('link', { name: /book-one\.md, chapter 1, open in the reader/ }),
    ).toBeTruthy();
    const second = await screen.findByRole('link', { name: /book-two\.md, chapter 2, open in the reader/ });
    expect(second.getAttribute('href')).toBe('/projects/p1/manuscripts/f2?start=40&end=60');
  });

  it('says only the chapter in a project of one manuscript', async () => {
    render([file('f1', 'book-one.md')]);
    const first = await screen.findByRole('link', { name: /Her eyes were green/ });
    expect(first.textContent).toContain('— chapter 1, open in the reader');
    expect(first.textContent).not.toContain('book-one.md');
  });
});
