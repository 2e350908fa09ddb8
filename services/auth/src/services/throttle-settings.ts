/** The throttle's settings (read by config.ts, used by the throttle service). */

export type ThrottleScope = 'account' | 'account_address' | 'address';
export const THROTTLE_SCOPES: readonly ThrottleScope[] = ['account', 'account_address', 'address'];

export interface ThrottleRule {
  /** Failures before the first delay. */
  free: number;
  maxDelaySeconds: number;
}

export interface ThrottleSettings {
  rules: Record<ThrottleScope, ThrottleRule>;
  baseDelaySeconds: number;
  /** Failures are forgotten this long after the first one of a series. */
  windowSeconds: number;
  /** How long an address where the account signed in stays exempt from the account-wide delay. */
  knownAddressSeconds: number;
  invites: { points: number; windowSeconds: number };
}
