/**
 * Locks the header, title and closing fields (native inputs inside the part
 * node views) while the body stays selectable (review: the reviewer selects
 * and comments but types nothing). The node views only disable them when the
 * whole view is uneditable, which would also stop selecting and commenting;
 * so a locked editor disables them here after every transaction.
 */

const FIELD_SELECTOR = '.dt-part input, .dt-part textarea, .dt-part select, .dt-part button';

/** Disables (or re-enables) every field of the parts under `root`; returns how many it changed. */
export function setPartFieldsDisabled(root: ParentNode, disabled: boolean): number {
  let changed = 0;
  root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement>(FIELD_SELECTOR).forEach((el) => {
    if (el.disabled === disabled) return;
    el.disabled = disabled;
    changed++;
  });
  return changed;
}
