// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityDetail } from '../../lib/api/types.ts';
import { PROJECT, renderWithQuery, stubApi } from '../../testing/render.tsx';
import { EntitySheet } from './EntitySheet.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ALICE: EntityDetail = {
  id: 'e1',
  name: 'Alice',
  type: 'character',
  aliases: ['the child'],
  mentionCount: 397,
  firstAppearance: { fileId: 'f1', chapter: 1, offset: 10 },
  sheet: '# Alice\n\n> Alice was beginning to get very tired. [CHAPTER I. Down the Rabbit-Hole, f1:10-50]\n',
  sheetEdited: false,
  mentions: [
    {
      fileId: 'f1',
      chapter: 1,
      start: 9,
      end: 14,
      text: 'Alice',
      passage: {
        fileId: 'f1',
        chapter: 1,
        chapterTitle: 'CHAPTER I. Down the Rabbit-Hole',
        start: 0,
        end: 60,
        quote: 'Chapter. Alice was beginning to get very tired of sitting',
      },
    },
  ],
  mentionsTotal: 1,
  relations: [
    {
      type: 'co_occurs',
      direction: 'both',
      other: { id: 'e2', name: 'White Rabbit', type: 'character' },
      labels: [],
      weight: 4,
    },
  ],
};

describe('EntitySheet', () => {
  it("shows the entity's sheet with its citations, aliases, relationships and mentions", async () => {
    stubApi({ 'GET /v1/api/projects/p1/entities/e1': () => ({ entity: ALICE }) });
    renderWithQuery(<EntitySheet project={PROJECT} entityId="e1" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Alice' })).toBeTruthy();
    const aliases = screen.getByRole('region', { name: 'Also called' });
    expect(within(aliases).getByText('the child')).toBeTruthy();
    const cite = screen.getByRole('link', { name: '(CHAPTER I. Down the Rabbit-Hole)' });
    expect(cite.getAttribute('href')).toBe('/projects/p1/manuscripts/f1?start=10&end=50');
    expect(screen.getByRole('link', { name: 'White Rabbit' }).getAttribute('href')).toBe(
      '/projects/p1/bible/entity/e2',
    );
    expect(document.querySelector('.mentions mark')?.textContent).toBe('Alice');
  });

  it('saves an edited sheet with a PATCH and shows the answer', async () => {
    const calls = stubApi({
      'GET /v1/api/projects/p1/entities/e1': () => ({ entity: ALICE }),
      'PATCH /v1/api/projects/p1/entities/e1': ({ body }) => ({
        entity: { ...ALICE, sheet: 'She **grows and shrinks**.', sheetEdited: true, ...(body as object) },
      }),
    });
    renderWithQuery(<EntitySheet project={PROJECT} entityId="e1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit sheet' }));
    fireEvent.change(screen.getByLabelText('Sheet (Markdown)'), {
      target: { value: 'She **grows and shrinks**.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save sheet' }));
    expect((await screen.findByText('grows and shrinks')).tagName).toBe('STRONG');
    expect(screen.getByText(/sheet edited by you/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      name: 'Alice',
      sheet: 'She **grows and shrinks**.',
    });
  });

  it('offers no changes to a reader', async () => {
    stubApi({ 'GET /v1/api/projects/p1/entities/e1': () => ({ entity: ALICE }) });
    renderWithQuery(<EntitySheet project={{ ...PROJECT, access: 'read' }} entityId="e1" />);
    await screen.findByRole('heading', { level: 2, name: 'Alice' });
    expect(screen.queryByRole('button', { name: 'Edit sheet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove alias the child' })).toBeNull();
  });
});
