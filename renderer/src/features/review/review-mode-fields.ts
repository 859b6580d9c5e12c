/**
 * In review mode the header, title and closing fields (native inputs inside
 * the part node views) must not take typing either. The node views only
 * disable them when the whole view is uneditable, which would also stop the
 * reviewer's Ctrl+Alt+M; so review mode disables them here.
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
