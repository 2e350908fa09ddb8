/**
 * Helpers for the component tests beside the components (Testing Library on happy-dom): a fresh
 * react-query cache per render, and the API answered by a table of routes through a stubbed fetch
 * (the app's client sends every request through `globalThis.fetch`).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Project } from '../lib/api/types.ts';
import { createQueryClient } from '../lib/query.ts';

export function renderWithQuery(ui: ReactNode): RenderResult {
  return render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);
}

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/**
 * Answers `METHOD /path` (without the query) from the table, waiting for an answer that is a promise
 * (a slow server); anything else is a 404.
 */
export function stubApi(routes: Record<string, (call: Call) => unknown>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    const text = await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const answer = routes[`${call.method} ${call.path}`];
    if (!answer)
      return Response.json(
        { error: { code: 'not_found', message: `no route ${call.path}` } },
        { status: 404 },
      );
    return Response.json(await answer(call));
  });
  return calls;
}

export const PROJECT: Project = {
  id: 'p1',
  name: 'Wonderland',
  description: '',
  ownerId: 'u1',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  access: 'owner',
};
