/**
 * Ids of threads and entries: random, URL- and attribute-safe, and valid for
 * the contract's id rule (letters, digits, - and _), so two machines that
 * comment on copies of one draft never produce the same id.
 */

/** The one Web Crypto call common needs; Node (>= 19) and browsers both have it, and common sees neither's types. */
interface RandomUuidSource {
  randomUUID(): string;
}

/** A new random id for a thread or an entry. */
export function newReviewId(): string {
  return (globalThis as unknown as { readonly crypto: RandomUuidSource }).crypto.randomUUID();
}

/** Whether a string can be a thread or entry id. */
export function isReviewId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
