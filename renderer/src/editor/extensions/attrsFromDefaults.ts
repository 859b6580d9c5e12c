/**
 * Builds TipTap attribute definitions from a plain defaults object, so a
 * structural node's attrs in the editor are exactly those of the common schema.
 */
import type { Attributes } from '@tiptap/core';

/** TipTap attributes (not rendered to HTML) whose defaults are the given object's values. */
export function attrsFromDefaults(defaults: object): Attributes {
  const attrs: Attributes = {};
  for (const [name, value] of Object.entries(defaults)) {
    attrs[name] = { default: value, rendered: false };
  }
  return attrs;
}
