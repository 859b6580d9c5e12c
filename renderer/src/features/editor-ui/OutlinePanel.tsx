/**
 * The outline panel (Dàn ý): the draft's part and section headings with their
 * generated numbers. Click jumps to a heading; dragging one onto another (or
 * Alt+↑ / Alt+↓) moves the whole section. The list is rebuilt 300 ms after
 * typing stops, and only re-rendered when a heading actually changed.
 */
import { useCallback, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { outlineOf, sameOutline, type OutlineEntry } from './outline-model';
import { moveSectionOnto, sectionAt } from './commands/move-section';
import { useDeferredDocValue } from './hooks/use-deferred-doc';

/** Props of the outline panel. */
export interface OutlinePanelProps {
  readonly editor: Editor | null;
}

/** Delay after the last change before the outline is rebuilt. */
export const OUTLINE_DELAY_MS = 300;

/** Selects the start of a heading and scrolls it to the top of the view. */
export function jumpToHeading(editor: Editor, pos: number): void {
  const { state, view } = editor;
  if (pos + 1 > state.doc.content.size) return;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos + 1)).scrollIntoView());
  const dom = view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
  view.focus();
}

/** Moves section `from` onto heading `to` per the outline's drop rule. */
function moveOnto(editor: Editor, from: number, to: number): boolean {
  return moveSectionOnto(from, to)(editor.state, editor.view.dispatch);
}

/** The outline panel. */
export function OutlinePanel({ editor }: OutlinePanelProps): React.JSX.Element | null {
  const entries = useDeferredDocValue(editor, outlineOf, { delayMs: OUTLINE_DELAY_MS, equal: sameOutline, immediateMetas: ['duthao:moveSection'] });
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const onKey = useCallback(
    (e: React.KeyboardEvent, entry: OutlineEntry, list: readonly OutlineEntry[]) => {
      if (!editor || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
      e.preventDefault();
      const i = list.indexOf(entry);
      if (e.key === 'ArrowUp') {
        // Before the previous heading of the same or a higher level.
        for (let k = i - 1; k >= 0; k--) if (list[k]!.rank <= entry.rank) return void moveOnto(editor, entry.index, list[k]!.index);
      } else {
        const own = sectionAt(editor.state, entry.index);
        const next = own ? list.find((x) => x.index >= own.endIndex) : undefined;
        if (next && next.rank <= entry.rank) moveOnto(editor, entry.index, next.index);
      }
    },
    [editor],
  );

  if (!editor || !entries) return null;
  return (
    <nav className="dt-ui-outline" aria-label="Dàn ý">
      <h2 className="dt-ui-outline-title">Dàn ý</h2>
      {entries.length === 0 ? <p className="dt-ui-outline-empty">Chưa có đề mục nào.</p> : null}
      <ol className="dt-ui-outline-list">
        {entries.map((entry) => (
          <li
            key={`${entry.index}:${entry.pos}`}
            className={`dt-ui-outline-item dt-ui-rank-${entry.rank}${over === entry.index && dragging !== null ? ' dt-ui-drop-target' : ''}`}
            draggable={editor.isEditable}
            data-testid="outline-item"
            data-index={entry.index}
            onDragStart={(e) => {
              setDragging(entry.index);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(entry.index));
            }}
            onDragOver={(e) => {
              if (dragging === null) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (over !== entry.index) setOver(entry.index);
            }}
            onDragLeave={() => setOver((o) => (o === entry.index ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragging ?? Number(e.dataTransfer.getData('text/plain'));
              setDragging(null);
              setOver(null);
              if (Number.isInteger(from)) moveOnto(editor, from, entry.index);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
          >
            <button
              type="button"
              className="dt-ui-outline-link"
              title="Bấm để đến đề mục; kéo thả (hoặc Alt+↑/↓) để chuyển cả phần"
              onClick={() => jumpToHeading(editor, entry.pos)}
              onKeyDown={(e) => onKey(e, entry, entries)}
            >
              {entry.number ? <span className="dt-ui-outline-number">{entry.number}</span> : null}
              <span className="dt-ui-outline-text">{entry.text || '(đề mục trống)'}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
