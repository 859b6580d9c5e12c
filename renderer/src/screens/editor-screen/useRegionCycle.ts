/**
 * F6 / Shift+F6 on the editor screen: the focus cycles through its regions,
 * outline → page → comments (as in Word and browsers), skipping a region
 * that is collapsed or hidden. In the page the cursor goes back to where it
 * was in the text; elsewhere to the region's first control.
 */
import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';

/** The regions in F6 order, as selectors inside the editor screen. */
export const F6_REGIONS: readonly { readonly name: 'outline' | 'page' | 'comments'; readonly selector: string }[] = [
  { name: 'outline', selector: '.dt-ui-outline' },
  { name: 'page', selector: '.ProseMirror' },
  { name: 'comments', selector: '.editor-review' },
];

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function visible(el: HTMLElement): boolean {
  return !el.closest('[hidden]') && el.getClientRects().length > 0;
}

/** Moves the focus to the next (or previous) visible region after the one holding the focus; returns the region's name. */
export function cycleRegion(root: HTMLElement, editor: Editor | null, backwards: boolean): string | null {
  const found = F6_REGIONS.map((r) => ({ ...r, el: root.querySelector<HTMLElement>(r.selector) })).filter(
    (r): r is typeof r & { el: HTMLElement } => r.el !== null && visible(r.el),
  );
  if (found.length === 0) return null;
  const active = root.ownerDocument.activeElement;
  const at = found.findIndex((r) => active instanceof Node && r.el.contains(active));
  const step = backwards ? -1 : 1;
  const next = found[at < 0 ? (backwards ? found.length - 1 : found.findIndex((r) => r.name === 'page') % found.length) : (at + step + found.length) % found.length]!;
  if (next.name === 'page' && editor && !editor.isDestroyed) editor.view.focus();
  else {
    const target = next.el.querySelector<HTMLElement>(FOCUSABLE);
    if (target) target.focus();
    else {
      next.el.tabIndex = -1;
      next.el.focus();
    }
  }
  return next.name;
}

/** Installs F6 / Shift+F6 on the window while the editor screen is mounted. */
export function useRegionCycle(root: React.RefObject<HTMLElement | null>, editor: Editor | null): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey || !root.current) return;
      e.preventDefault();
      cycleRegion(root.current, editor, e.shiftKey);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [root, editor]);
}
