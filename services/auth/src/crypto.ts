import { createHash, randomBytes } from 'node:crypto';

/** Hex SHA-256 of a UTF-8 string: how codes and refresh tokens are stored and keys are named. */
export const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

/** `bytes` random bytes as base64url: invite codes, refresh tokens. */
export const randomToken = (bytes: number): string => randomBytes(bytes).toString('base64url');
