/**
 * Login throttling that slows an attacker without locking the owner out. Three counters of
 * failed logins, each with free failures and then a delay that doubles with every further
 * failure, up to a ceiling (never a lock-out):
 *
 * - per account and address: the guesser at one address slows down quickly;
 * - per address, over every account: one address spraying many accounts slows down too;
 * - per account, over every address: many addresses on one account slow down. Addresses where the
 *   account has signed in before skip this one, so the owner at home is not slowed by strangers,
 *   and a correct password from a new address is accepted once its delay has passed.
 *
 * Only failures count: an attempt takes a slot before the password check (so parallel guesses
 * across workers cannot exceed the free ones), a success gives it back. While a delay runs, one
 * attempt at a time may pass its gate when the delay ends. The counters live in a
 * rate-limiter-flexible store (the service's database or Redis), shared by every worker.
 */
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AuthError, authError } from '../errors.js';
import type { ThrottleStore } from '../repositories/throttle.js';
import {
  THROTTLE_SCOPES,
  type ThrottleRule,
  type ThrottleScope,
  type ThrottleSettings,
} from './throttle-settings.js';

export { THROTTLE_SCOPES, type ThrottleRule, type ThrottleScope, type ThrottleSettings };

/** How long one attempt may hold a gate (a crashed request frees it after this). */
const IN_FLIGHT_SECONDS = 10;
const NO_LIMIT = 1_000_000_000;

interface Held {
  scope: ThrottleScope;
  key: string;
  /** Failures plus attempts in flight when this one took its slot. */
  position: number;
  gate: boolean;
}

/** One password check in progress: report how it ended. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

export interface ThrottleState {
  scope: ThrottleScope;
  /** Account key (hash of the email) for the account scopes, else null. */
  account: string | null;
  address: string | null;
  failures: number;
  /** Epoch ms until which attempts wait, or null. */
  delayedUntil: number | null;
}

/**
 * A refusal of the limiter (it rejects with a RateLimiterRes), else the store failed: fail closed
 * with 503 rather than let attempts through uncounted.
 */
function refusedBy(err: unknown): RateLimiterRes {
  if (err instanceof RateLimiterRes) return err;
  if (err instanceof AuthError) throw err;
  throw authError('throttle_unavailable');
}

export class LoginThrottle {
  private readonly failures: Record<ThrottleScope, ReturnType<ThrottleStore['limiter']>>;
  private readonly gates: Record<ThrottleScope, ReturnType<ThrottleStore['limiter']>>;
  private readonly known: ReturnType<ThrottleStore['limiter']>;
  private readonly invites: ReturnType<ThrottleStore['limiter']>;

  constructor(
    private readonly store: ThrottleStore,
    private readonly settings: ThrottleSettings,
  ) {
    const family = (name: string, points: number, durationSeconds: number) =>
      store.limiter({ prefix: name, points, durationSeconds });
    this.failures = {
      account: family('fail-account', NO_LIMIT, settings.windowSeconds),
      account_address: family('fail-pair', NO_LIMIT, settings.windowSeconds),
      address: family('fail-address', NO_LIMIT, settings.windowSeconds),
    };
    this.gates = {
      account: family('gate-account', 1, IN_FLIGHT_SECONDS),
      account_address: family('gate-pair', 1, IN_FLIGHT_SECONDS),
      address: family('gate-address', 1, IN_FLIGHT_SECONDS),
    };
    this.known = family('known', 1, settings.knownAddressSeconds);
    this.invites = family('invite', settings.invites.points, settings.invites.windowSeconds);
  }

  /** The delay after `failures` failures under `rule` (0 while free). */
  delaySeconds(rule: ThrottleRule, failures: number): number {
    if (failures < rule.free) return 0;
    const doubled = this.settings.baseDelaySeconds * 2 ** Math.min(failures - rule.free, 30);
    return Math.min(rule.maxDelaySeconds, doubled);
  }

  /**
   * Takes a slot for a password check of `account` (a hash of the email, whether or not it
   * exists) from `address`, or refuses with 429 `login_delayed` and `retryAfterSeconds`.
   */
  async begin(account: string, address: string): Promise<LoginAttempt> {
    const held: Held[] = [];
    try {
      const known = (await this.known.get(`${account}:${address}`)) !== null;
      const scopes: [ThrottleScope, string][] = [
        ['account_address', `${account}:${address}`],
        ['address', address],
      ];
      if (!known) scopes.push(['account', account]);
      for (const [scope, key] of scopes) {
        const taken = await this.failures[scope].penalty(key, 1);
        const entry: Held = { scope, key, position: taken.consumedPoints, gate: false };
        held.push(entry);
        if (entry.position > this.settings.rules[scope].free) {
          await this.gates[scope].consume(key, 1);
          entry.gate = true;
        }
      }
    } catch (err) {
      await this.release(held).catch(() => undefined);
      const refusal = refusedBy(err);
      throw authError('login_delayed', {
        retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
      });
    }
    return {
      failed: () => this.failed(held),
      succeeded: () => this.succeeded(held, account, address),
    };
  }

  /** Gives back slots that were taken for an attempt that did not run. */
  private async release(held: Held[]): Promise<void> {
    for (const h of held) {
      await this.giveBack(h.scope, h.key);
      if (h.gate) await this.gates[h.scope].delete(h.key);
    }
  }

  /**
   * Gives one point back to a counter without taking it below zero: a success may have deleted the
   * counter while this attempt waited, and a negative count would hand out a free failure. The
   * top-up is an increment, so it stays right whatever other attempts do meanwhile.
   */
  private async giveBack(scope: ThrottleScope, key: string): Promise<void> {
    const left = await this.failures[scope].reward(key, 1);
    if (left.consumedPoints < 0) await this.failures[scope].penalty(key, -left.consumedPoints);
  }

  private async failed(held: Held[]): Promise<void> {
    for (const h of held) {
      const delay = this.delaySeconds(this.settings.rules[h.scope], h.position);
      if (delay > 0) await this.gates[h.scope].block(h.key, delay);
      else if (h.gate) await this.gates[h.scope].delete(h.key);
    }
  }

  private async succeeded(held: Held[], account: string, address: string): Promise<void> {
    for (const h of held) {
      // The account's own counters start again; the address keeps its failures (an attacker who
      // signs in to an account of their own does not wipe what they did to others).
      if (h.scope === 'address') await this.giveBack('address', h.key);
      else await this.failures[h.scope].delete(h.key);
      if (h.gate || h.scope !== 'address') await this.gates[h.scope].delete(h.key);
    }
    await this.known.set(`${account}:${address}`, 1, this.settings.knownAddressSeconds);
  }

  /** Counts an invite check or a sign-up against an address: 429 `rate_limited` past the limit. */
  async inviteAttempt(address: string): Promise<void> {
    try {
      await this.invites.consume(address, 1);
    } catch (err) {
      const refusal = refusedBy(err);
      throw authError('rate_limited', {
        retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
      });
    }
  }

  /** Every counter with failures, with the delay it imposes now. */
  async states(now = Date.now()): Promise<ThrottleState[]> {
    const states: ThrottleState[] = [];
    const prefixes: Record<ThrottleScope, [string, string]> = {
      account: ['fail-account', 'gate-account'],
      account_address: ['fail-pair', 'gate-pair'],
      address: ['fail-address', 'gate-address'],
    };
    for (const scope of THROTTLE_SCOPES) {
      const [failPrefix, gatePrefix] = prefixes[scope];
      const gates = new Map((await this.store.list(gatePrefix)).map((g) => [g.key, g]));
      for (const entry of await this.store.list(failPrefix)) {
        if (entry.points <= 0) continue;
        const gate = gates.get(entry.key);
        // A gate above one point is a delay (block); one point is an attempt in flight.
        const delayedUntil =
          gate && gate.points > 1 && gate.expiresAt !== null && gate.expiresAt > now ? gate.expiresAt : null;
        const [account, address] =
          scope === 'account'
            ? [entry.key, null]
            : scope === 'address'
              ? [null, entry.key]
              : splitPair(entry.key);
        states.push({ scope, account, address, failures: entry.points, delayedUntil });
      }
    }
    return states;
  }

  /** Forgets the failures and delays of an account (and of the account at each address). */
  async liftAccount(account: string): Promise<void> {
    await this.forget('account', account);
    for (const state of await this.states()) {
      if (state.scope === 'account_address' && state.account === account) {
        await this.forget('account_address', `${account}:${state.address}`);
      }
    }
  }

  /** Forgets the failures and delays of an address (and of every account at it). */
  async liftAddress(address: string): Promise<void> {
    await this.forget('address', address);
    for (const state of await this.states()) {
      if (state.scope === 'account_address' && state.address === address) {
        await this.forget('account_address', `${state.account}:${address}`);
      }
    }
  }

  private async forget(scope: ThrottleScope, key: string): Promise<void> {
    await this.failures[scope].delete(key);
    await this.gates[scope].delete(key);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** `<account hash>:<address>`: the hash has no colon, an IPv6 address may. */
function splitPair(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}
