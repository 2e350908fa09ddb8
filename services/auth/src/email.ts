import { domainToASCII } from 'node:url';
import { authError } from './errors.js';

/** Printable ASCII without `@`: a local part in which no letter can pass for another. */
const LOCAL_PART = /^[\x21-\x3f\x41-\x7e]{1,64}$/;
const NON_ASCII = /[^\p{ASCII}]/u;
const LATIN_LETTER = /[a-z]/;

/**
 * The one form of an address: NFKC (full-width and compatibility letters become plain ones),
 * trimmed, lower case, the domain in its ASCII (punycode) form. Refused, so that no address can
 * pass for another when shown to other users: a non-ASCII local part (`раul@` with Cyrillic
 * letters) and a domain label that mixes ASCII letters with others (`exаmple.com`). A domain
 * wholly in another script is kept, shown as `xn--...`.
 */
export function normaliseEmail(raw: string): string {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.length > 254) throw authError('invalid_email', { field: 'email' });
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (NON_ASCII.test(local)) throw authError('confusable_email', { field: 'email' });
  if (!LOCAL_PART.test(local)) throw authError('invalid_email', { field: 'email' });
  for (const label of domain.split('.')) {
    if (LATIN_LETTER.test(label) && NON_ASCII.test(label)) {
      throw authError('confusable_email', { field: 'email' });
    }
  }
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === '' || !asciiDomain.includes('.') || asciiDomain.split('.').some((l) => l === '')) {
    throw authError('invalid_email', { field: 'email' });
  }
  return `${local}@${asciiDomain}`;
}
