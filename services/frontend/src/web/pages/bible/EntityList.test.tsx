// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntitySummary } from '../../lib/api/types.ts';
import { PROJECT, renderWithQuery, stubApi } from '../../testing/render.tsx';
import { EntityList } from './EntityList.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const entity = (
  id: string,
  name: string,
  type: EntitySummary['type'],
  mentionCount: number,
): EntitySummary => ({
  id,
  name,
  type,
  aliases: [],
  mentionCount,
  firstAppearance: { fileId: 'f1', chapter: 1, offset: 10 },
});

describe('EntityList', () => {
  it('lists the entities with links to their sheets, and filters by search, kind and sort through the API', async () => {
    const calls = stubApi({
      'GET /v1/api/projects/p1/entities': ({ query }) => ({
        entities: [
          entity('e1', 'Alice', 'character', 397),
          entity('e2', 'Wonderland', 'location', 12),
        ].filter((e) => !query.get('type') || e.type === query.get('type')),
      }),
    });
    renderWithQuery(<EntityList project={PROJECT} />);
    const alice = await screen.findByRole('link', { name: /Alice/ });
    expect(alice.getAttribute('href')).toBe('/projects/p1/bible/entity/e1');
    expect(screen.getByRole('link', { name: /Wonderland/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'location' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: /Alice/ })).toBeNull());
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    fireEvent.change(screen.getByLabelText('Search the story bible'), { target: { value: ' Won ' } });
    await waitFor(() => expect(calls.at(-1)?.query.get('q')).toBe('Won'));
    const last = calls.at(-1)?.query;
    expect([last?.get('type'), last?.get('sort'), last?.get('limit')]).toEqual(['location', 'name', '300']);
  });

  it('says the story bible is empty before anything is read', async () => {
    stubApi({ 'GET /v1/api/projects/p1/entities': () => ({ entities: [] }) });
    renderWithQuery(<EntityList project={PROJECT} />);
    expect(await screen.findByText('The story bible is empty')).toBeTruthy();
  });
});
