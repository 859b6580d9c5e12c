/**
 * Review mode as a TipTap extension: installs `createReviewModePlugin` with
 * a switch the editor reads on each transaction, so the same editor can go
 * in and out of review mode without being rebuilt.
 */
import { Extension } from '@tiptap/core';
import { createReviewModePlugin } from './review-mode-plugin';

/** Options of the review-mode extension. */
export interface ReviewModeOptions {
  /** True while the draft is open for review (text read-only, comments allowed). */
  isActive: () => boolean;
}

/** Review mode in the editor (inactive unless `isActive` says so). */
export const ReviewMode = Extension.create<ReviewModeOptions>({
  name: 'reviewMode',
  addOptions() {
    return { isActive: () => false };
  },
  addProseMirrorPlugins() {
    return [createReviewModePlugin(() => this.options.isActive())];
  },
});
