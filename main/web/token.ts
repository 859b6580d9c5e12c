/**
 * The per-launch secret that every API request must carry: made fresh at
 * each start, compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Makes a fresh token: 32 random bytes, base64url (43 characters, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** True when `given` is the expected token; takes the same time whatever `given` is. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  // Hash both sides so the comparison runs over equal lengths and leaks nothing about the length.
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
