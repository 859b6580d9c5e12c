/**
 * Takes the user to where a format issue is, through the editor handle: a
 * header, title or closing field gets the focus (on the page, or in the
 * "Thông tin văn bản" inspector for codes without an input on the page), a
 * body issue selects its block, anything else scrolls its part into view.
 */
import type { FormatTarget } from '../../../../common/format-check/types';
import type { EditorHandle } from '../../editor/contributions/editorHandle';

/** Moves the focus to the issue's place; resolves false when nothing on the page matches. */
export async function jumpToIssue(target: FormatTarget, editor: EditorHandle): Promise<boolean> {
  if (target.part === 'body') return editor.selectBodyPath(target.path ?? []);
  const field = target.field ?? '';
  const index = target.part === 'closing' && field === 'recipients' ? (target.path?.[0] ?? 0) : 0;
  if (field && (await editor.focusField(target.part, field, index))) return true;
  return editor.revealPart(target.part);
}
