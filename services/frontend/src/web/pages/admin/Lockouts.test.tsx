// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lockout } from '../../lib/api/types.ts';
import { renderWithQuery, stubApi } from '../../testing/render.tsx';
import { Lockouts, liftTarget } from './Lockouts.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ACCOUNT: Lockout = {
  scope: 'account',
  userId: 'u1',
  email: 'author@example.com',
  address: null,
  failures: 6,
  delayedUntil: '2026-12-02T04:00:00.000Z',
};
const AT_ADDRESS: Lockout = { ...ACCOUNT, scope: 'account_address', address: '::1' };
const ADDRESS: Lockout = { ...ACCOUNT, scope: 'address', userId: null, email: null, address: '::1' };
const UNKNOWN: Lockout = { ...ACCOUNT, userId: null, email: null, delayedUntil: null };

describe('Lockouts', () => {
  it('lifts an account (everywhere) or an address; an unknown account only through its address', () => {
    expect(liftTarget(ACCOUNT)).toEqual({ userId: 'u1' });
    expect(liftTarget(AT_ADDRESS)).toEqual({ userId: 'u1' });
    expect(liftTarget(ADDRESS)).toEqual({ address: '::1' });
    expect(liftTarget({ ...AT_ADDRESS, userId: null, email: null })).toEqual({ address: '::1' });
    expect(liftTarget(UNKNOWN)).toBeNull();
  });

  it('lists the lock-outs and lifts one, then reads the list again', async () => {
    let list = [ACCOUNT, ADDRESS];
    const calls = stubApi({
      'GET /v1/api/admin/lockouts': () => ({ lockouts: list }),
      'DELETE /v1/api/admin/users/u1/lockout': () => {
        list = [ADDRESS];
        return {};
      },
      // The address goes into the path encoded.
      'DELETE /v1/api/admin/addresses/%3A%3A1/lockout': () => {
        list = [];
        return {};
      },
    });
    renderWithQuery(<Lockouts />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lift the lock-out of author@example.com' }));
    expect(await screen.findByText('Lifted for author@example.com.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Lift the lock-out of ::1' }));
    expect(await screen.findByText('No failed sign-ins')).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${decodeURIComponent(c.path)}`)).toEqual([
      'GET /v1/api/admin/lockouts',
      'DELETE /v1/api/admin/users/u1/lockout',
      'GET /v1/api/admin/lockouts',
      'DELETE /v1/api/admin/addresses/::1/lockout',
      'GET /v1/api/admin/lockouts',
    ]);
  });
});
