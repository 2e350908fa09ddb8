// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT, renderWithQuery, stubApi } from '../testing/render.tsx';
import { ProjectPage } from './Project.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function open(rest: string) {
  const calls = stubApi({
    'GET /v1/api/projects/p1': () => ({ project: PROJECT }),
    'GET /v1/api/projects/p1/members': () => ({ members: [] }),
    'GET /v1/api/projects/p1/invitations': () => ({ invitations: [] }),
  });
  renderWithQuery(<ProjectPage projectId="p1" rest={rest} />);
  return calls;
}

describe('ProjectPage', () => {
  it('a section the project does not have is "Page not found", not another section', async () => {
    const calls = open('sharnig');
    expect(await screen.findByText('Page not found')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sharing' })).toBeNull();
    expect(calls.some((c) => c.path.endsWith('/members'))).toBe(false);
  });

  it('"Page not found" links back to the manuscripts and says so in the window title', async () => {
    open('no-such-section');
    const back = await screen.findByRole('link', { name: 'the manuscripts' });
    expect(back.getAttribute('href')).toBe('/projects/p1/manuscripts');
    expect(document.title).toBe('Page not found — Wonderland · George');
    // No section is marked as the current one.
    expect(
      screen.getByRole('navigation', { name: 'Project sections' }).querySelector('[aria-current]'),
    ).toBeNull();
  });

  it('the sharing section still opens at its own address', async () => {
    open('sharing');
    expect(await screen.findByRole('heading', { name: 'Sharing' })).toBeTruthy();
    expect(screen.queryByText('Page not found')).toBeNull();
  });
});
