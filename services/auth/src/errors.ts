/**
 * Every error the Auth Server answers with, in one catalogue (the style of Fastify's
 * lib/errors.js): a code, its HTTP status and its message live here and nowhere else. Services
 * throw `authError(...)`; the runtime's error handler turns it into the JSON error body.
 */
import { HttpError } from '@george/runtime';

const CATALOGUE = {
  acting_user_required: [400, 'X-User-Id is required'],
  invalid_email: [400, 'email is not a valid address'],
  confusable_email: [
    400,
    'email must be written in plain ASCII letters (an internationalised domain is accepted)',
  ],
  weak_password: [400, 'password must be at least 10 characters'],
  invalid_invite: [400, 'the invite code is not valid, used up or expired'],
  invalid_expiry: [400, 'expiresAt must be a date in the future'],
  invalid_name: [400, 'name is empty'],
  invalid_user_reference: [400, 'give exactly one of userId and email'],
  invalid_credentials: [401, 'email or password is wrong'],
  invalid_refresh_token: [401, 'the refresh token is not valid; log in again'],
  refresh_token_reused: [401, 'the refresh token was used before; every session of this login ended'],
  refresh_token_expired: [401, 'the refresh token has expired; log in again'],
  account_disabled: [403, 'this account is disabled'],
  wrong_password: [403, 'the current password is wrong'],
  not_self: [403, 'only the user may change their password'],
  operator_required: [403, 'only operators may do this'],
  cannot_disable_self: [403, 'operators cannot disable themselves'],
  invalid_user: [403, 'the acting user is unknown or disabled'],
  role_cannot_own: [403, 'guests work in projects shared with them'],
  insufficient_access: [403, 'you do not have enough access to the project for this'],
  user_cap_reached: [403, 'this instance has reached its user limit'],
  not_invited: [404, 'no such invitation for you'],
  user_not_found: [404, 'no such user'],
  project_not_found: [404, 'no such project'],
  member_not_found: [404, 'this user has no grant on the project'],
  invite_not_found: [404, 'no such invite'],
  invitation_not_found: [404, 'no such invitation'],
  outbox_item_not_found: [404, 'no pending outbox item with this id'],
  email_taken: [409, 'an account with this email exists'],
  is_owner: [409, 'the owner has every right already'],
  password_changed: [409, 'the password was changed meanwhile; try again'],
  login_delayed: [429, 'too many failed logins; wait before trying again'],
  rate_limited: [429, 'too many attempts; try again later'],
  throttle_unavailable: [503, 'sign-in is unavailable for a moment; try again'],
} as const satisfies Record<string, readonly [number, string]>;

export type AuthErrorCode = keyof typeof CATALOGUE;

export class AuthError extends HttpError {
  constructor(code: AuthErrorCode, details?: Record<string, unknown>, message: string = CATALOGUE[code][1]) {
    super(CATALOGUE[code][0], code, message, details);
    this.name = 'AuthError';
  }
}

/** The catalogue's error for `code`, with optional details (a field, a retry time). */
export const authError = (code: AuthErrorCode, details?: Record<string, unknown>, message?: string) =>
  new AuthError(code, details, message);

/** Status of a code, for documentation and tests. */
export const statusOf = (code: AuthErrorCode): number => CATALOGUE[code][0];
