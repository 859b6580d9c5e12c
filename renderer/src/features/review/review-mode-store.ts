/**
 * Which drafts are open "để góp ý" (review mode) in this window. Kept in
 * session storage so a reload stays in review mode, and so the library can
 * open a draft for review (e.g. a review copy just opened) before the editor
 * screen mounts.
 */

const KEY_PREFIX = 'duthao.reviewMode.';

/** True when `draftId` was last shown in review mode in this window. */
export function isReviewModeStored(draftId: string): boolean {
  try {
    return sessionStorage.getItem(KEY_PREFIX + draftId) === '1';
  } catch {
    return false;
  }
}

/** Remembers whether `draftId` is shown in review mode. */
export function storeReviewMode(draftId: string, on: boolean): void {
  try {
    if (on) sessionStorage.setItem(KEY_PREFIX + draftId, '1');
    else sessionStorage.removeItem(KEY_PREFIX + draftId);
  } catch {
    // Storage refused (private mode): the mode lasts until the screen closes.
  }
}
