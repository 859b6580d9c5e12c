/**
 * The right-click menu on a selection in the page: "Góp ý về đoạn này".
 * Shown only when text is selected; any other right-click keeps the
 * browser's own menu.
 */
import { useEffect, useRef } from 'react';
import type { MenuPoint } from './openDraftController';

/** Props of the comment context menu. */
export interface CommentContextMenuProps {
  readonly at: MenuPoint;
  readonly onComment: () => void;
  readonly onClose: () => void;
}

/** The context menu. */
export function CommentContextMenu({ at, onComment, onClose }: CommentContextMenuProps): React.JSX.Element {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', onDown, true);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onClose, true);
    return () => {
      document.removeEventListener('mousedown', onDown, true);
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onClose, true);
    };
  }, [onClose]);
  return (
    <div ref={ref} className="comment-context-menu" role="menu" style={{ left: at.x, top: at.y }} data-testid="comment-context-menu">
      <button
        type="button"
        role="menuitem"
        className="comment-context-menu__item"
        // Keep the editor's selection: the click must not move the focus first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          onClose();
          onComment();
        }}
      >
        Góp ý về đoạn này <span className="muted">Ctrl+Alt+M</span>
      </button>
    </div>
  );
}
