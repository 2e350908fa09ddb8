/** The throttle's rules on rate-limiter-flexible's memory store. */
import { describe, expect, it } from 'vitest';
import { memoryThrottleStore } from '../../src/repositories/throttle.js';
import { LoginThrottle, type ThrottleSettings } from '../../src/services/throttle.js';

const settings: ThrottleSettings = {
  rules: {
    account: { free: 3, maxDelaySeconds: 8 },
    account_address: { free: 2, maxDelaySeconds: 60 },
    address: { free: 5, maxDelaySeconds: 60 },
  },
  baseDelaySeconds: 1,
  windowSeconds: 3600,
  knownAddressSeconds: 3600,
  invites: { points: 2, windowSeconds: 60 },
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (err: { code?: string; details?: { retryAfterSeconds?: number } }) => err,
  );

describe('login throttle', () => {
  it('delays double after the free failures, up to the ceiling', () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    const rule = settings.rules.account;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => throttle.delaySeconds(rule, n))).toEqual([0, 0, 1, 2, 4, 8, 8]);
  });

  it('refuses while a delay runs, with the time to wait, and counts only failures', async () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    for (let i = 0; i < 2; i++) await (await throttle.begin('acct', '10.0.0.1')).failed();
    const refused = await refusal(throttle.begin('acct', '10.0.0.1'));
    expect(refused).toMatchObject({ code: 'login_delayed', details: { retryAfterSeconds: 1 } });
    // Successes at another address are never counted.
    for (let i = 0; i < 10; i++) await (await throttle.begin('other', '10.0.0.2')).succeeded();
    expect((await throttle.states()).filter((s) => s.address === '10.0.0.2')).toEqual([]);
  });

  it('parallel attempts take slots first: no more checks than the free failures plus one', async () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => refusal(throttle.begin('acct', `10.1.0.${i}`))),
    );
    // Account scope: three free, one through the gate; the rest wait and are not counted.
    expect(results.filter((r) => r === undefined)).toHaveLength(4);
    const state = (await throttle.states()).find((s) => s.scope === 'account');
    expect(state?.failures).toBe(4);
  });

  it('an attempt refused while others succeed gives its slot back without going below zero', async () => {
    // The refused attempt's give-back waits until the successes have cleared the account's counters.
    const store = memoryThrottleStore();
    let resume = () => {};
    const paused = new Promise<void>((resolve) => {
      resume = resolve;
    });
    let reached = () => {};
    const waiting = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const limiter = store.limiter.bind(store);
    store.limiter = (options) => {
      const inner = limiter(options);
      if (options.prefix === 'fail-pair') {
        const reward = inner.reward.bind(inner);
        inner.reward = async (key, points) => {
          reached();
          await paused;
          return reward(key, points);
        };
      }
      return inner;
    };
    const throttle = new LoginThrottle(store, settings);
    const held = [];
    for (let i = 0; i < 3; i++) held.push(await throttle.begin('acct', '10.4.0.1'));
    const refused = refusal(throttle.begin('acct', '10.4.0.1'));
    await waiting;
    for (const attempt of held) await attempt.succeeded();
    resume();
    expect(await refused).toMatchObject({ code: 'login_delayed' });
    for (const state of await throttle.states()) expect(state.failures).toBeGreaterThanOrEqual(0);
    // Three failures from this address are the account-address scope's free two plus a delayed one.
    for (let i = 0; i < 2; i++) await (await throttle.begin('acct', '10.4.0.1')).failed();
    expect(await refusal(throttle.begin('acct', '10.4.0.1'))).toMatchObject({ code: 'login_delayed' });
  });

  it('a success forgets the account’s failures but not the address’s', async () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    for (let i = 0; i < 2; i++) await (await throttle.begin(`acct-${i}`, '10.0.0.9')).failed();
    await (await throttle.begin('mine', '10.0.0.9')).succeeded();
    const states = await throttle.states();
    expect(states.find((s) => s.scope === 'address')?.failures).toBe(2);
    expect(states.filter((s) => s.account === 'mine')).toEqual([]);
  });

  it('an address where the account signed in skips the account-wide delay', async () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    await (await throttle.begin('acct', '192.0.2.1')).succeeded();
    for (let i = 0; i < 3; i++) await (await throttle.begin('acct', `10.2.0.${i}`)).failed();
    expect(await refusal(throttle.begin('acct', '10.2.0.99'))).toMatchObject({ code: 'login_delayed' });
    expect(await refusal(throttle.begin('acct', '192.0.2.1'))).toBeUndefined();
  });

  it('operators lift an account with its per-address counters, and an address', async () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    for (let i = 0; i < 2; i++) await (await throttle.begin('acct', '10.3.0.1')).failed();
    expect(await throttle.states()).toHaveLength(3);
    await throttle.liftAccount('acct');
    expect((await throttle.states()).filter((s) => s.account === 'acct')).toEqual([]);
    expect((await throttle.states()).find((s) => s.scope === 'address')?.failures).toBe(2);
    await throttle.liftAddress('10.3.0.1');
    expect(await throttle.states()).toEqual([]);
  });

  it('limits invite checks per address', async () => {
    const throttle = new LoginThrottle(memoryThrottleStore(), settings);
    await throttle.inviteAttempt('10.4.0.1');
    await throttle.inviteAttempt('10.4.0.1');
    expect(await refusal(throttle.inviteAttempt('10.4.0.1'))).toMatchObject({ code: 'rate_limited' });
    expect(await refusal(throttle.inviteAttempt('10.4.0.2'))).toBeUndefined();
  });
});
