import type { Role } from '@george/contracts';
import { OPERATOR_ONLY } from '../errors.js';

/** The authenticated caller of one request, as the services see it. */
export interface Principal {
  userId: string;
  role: Role;
  email: string;
  /** How the request authenticated: the session cookie (CSRF-checked) or a bearer token. */
  via: 'cookie' | 'bearer';
  /** The request this principal acts in: logs and calls to other services carry it. */
  requestId: string;
}

/** Operators only (403 otherwise). */
export function requireOperator(principal: Principal): void {
  if (principal.role !== 'operator') throw OPERATOR_ONLY();
}

/** The author a commit made for this principal carries (a valid e-mail, a name without markup). */
export function gitAuthor(principal: Pick<Principal, 'email' | 'userId'>) {
  const email = /^[^<>\s]+@[^<>\s]+$/.test(principal.email)
    ? principal.email
    : `${principal.userId}@george.local`;
  const name = (email.split('@')[0] ?? '').replace(/[^\p{L}\p{N}._ -]/gu, '') || principal.userId;
  return { name, email };
}
