/**
 * Moving a section of the body: a heading together with everything up to the
 * next heading of the same or a higher level (a part heading ends every
 * section). Generated numbers follow by themselves, since they are computed
 * from the order of the headings. One transaction, so one undo step.
 */
import type { Command, EditorState } from '@tiptap/pm/state';
import { findBody, rankOf } from '../outline-model';

/** A section's extent in the document. */
export interface SectionRange {
  /** Position before the heading. */
  readonly from: number;
  /** Position after the section's last block. */
  readonly to: number;
  /** Body indices [first, end) of the section's blocks. */
  readonly firstIndex: number;
  readonly endIndex: number;
}

/** The section that starts at body child `index` (which must be a heading), or null. */
export function sectionAt(state: EditorState, index: number): SectionRange | null {
  const found = findBody(state.doc);
  if (!found) return null;
  const { body, start } = found;
  if (index < 0 || index >= body.childCount) return null;
  const rank = rankOf(body.child(index));
  if (rank === null) return null;
  let from = start;
  for (let i = 0; i < index; i++) from += body.child(i).nodeSize;
  let to = from + body.child(index).nodeSize;
  let end = index + 1;
  while (end < body.childCount) {
    const next = rankOf(body.child(end));
    if (next !== null && next <= rank) break;
    to += body.child(end).nodeSize;
    end++;
  }
  return { from, to, firstIndex: index, endIndex: end };
}

/**
 * Moves the section starting at body child `index` so that it begins before
 * body child `beforeIndex` (`beforeIndex === body.childCount` appends it).
 * Fails (returns false) when the target lies inside the section itself, when
 * `index` is not a heading, or when the move would change nothing.
 */
export function moveSection(index: number, beforeIndex: number): Command {
  return (state, dispatch) => {
    const found = findBody(state.doc);
    const section = sectionAt(state, index);
    if (!found || !section) return false;
    const { body, start } = found;
    if (beforeIndex < 0 || beforeIndex > body.childCount) return false;
    if (beforeIndex >= section.firstIndex && beforeIndex <= section.endIndex) return false;
    // The body must keep at least one block, which it does: the section is re-inserted.
    if (dispatch) {
      let target = start;
      for (let i = 0; i < beforeIndex; i++) target += body.child(i).nodeSize;
      const content = state.doc.slice(section.from, section.to).content;
      const tr = state.tr;
      if (target > section.from) {
        tr.insert(target, content);
        tr.delete(section.from, section.to);
      } else {
        tr.delete(section.from, section.to);
        tr.insert(target, content);
      }
      tr.setMeta('duthao:moveSection', true);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * The outline's drop rule: dropping section `index` on the heading at body
 * index `targetIndex` puts it before that heading when moving up, and after
 * that heading's whole section when moving down.
 */
export function moveSectionOnto(index: number, targetIndex: number): Command {
  return (state, dispatch) => {
    if (targetIndex === index) return false;
    if (targetIndex < index) return moveSection(index, targetIndex)(state, dispatch);
    const target = sectionAt(state, targetIndex);
    if (!target) return false;
    return moveSection(index, target.endIndex)(state, dispatch);
  };
}
