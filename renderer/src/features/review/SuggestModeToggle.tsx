/**
 * The "Đề xuất sửa" switch of the editor bar: turns suggestion mode on and
 * off (also Ctrl+Shift+E in the text). In review mode it is how a reviewer
 * proposes edits; a drafter may use it too. It follows the editor's own
 * switch, so the shortcut and the button always agree.
 */
import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { isSuggesting } from '../../editor/suggestions/mode';

/** Props of the switch. */
export interface SuggestModeToggleProps {
  readonly editor: Editor | null;
  /** Called instead of switching on when the user has not said who they are (suggestions are signed). */
  readonly onNeedUser?: () => void;
  readonly userName: string;
}

/** The suggestion-mode switch. */
export function SuggestModeToggle({ editor, onNeedUser, userName }: SuggestModeToggleProps): React.JSX.Element {
  const on = useEditorState({ editor, selector: ({ editor: e }) => (e ? isSuggesting(e.state) : false) }) ?? false;
  // Suggestions are signed with the user's name from the settings (also when switched on by Ctrl+Shift+E).
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setSuggestionAuthor(userName);
  }, [editor, userName]);
  const toggle = (): void => {
    if (!editor) return;
    if (!on && userName.trim() === '' && onNeedUser) return onNeedUser();
    editor.commands.setSuggestionMode(!on);
  };
  return (
    <button
      type="button"
      className={`button suggest-mode-toggle${on ? ' is-on' : ''}`}
      data-testid="suggest-mode-toggle"
      aria-pressed={on}
      disabled={!editor}
      title="Chế độ đề xuất sửa: chữ gõ thêm và chữ xóa thành đề xuất để người soạn chấp nhận hoặc từ chối (Ctrl+Shift+E)"
      onMouseDown={(e) => e.preventDefault()}
      onClick={toggle}
    >
      {on ? 'Đang đề xuất sửa' : 'Đề xuất sửa'}
    </button>
  );
}
