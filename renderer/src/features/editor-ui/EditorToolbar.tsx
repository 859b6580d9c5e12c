/**
 * The formatting toolbar above the page: undo/redo, bold/italic/underline,
 * heading level, lists, tables (with Trang ngang), QUYẾT NGHỊ, page break,
 * footnote and Phụ lục, with Vietnamese labels and the shortcut in each tooltip,
 * and the "Kiểu đoạn" dropdown. Buttons whose glyph alone would be cryptic
 * carry a text label. One Tab stop; ← → move between controls (ARIA
 * toolbar pattern). Its active states are
 * read from the selection on each transaction (no document scan). In review
 * mode ("Chế độ góp ý") every button is disabled: the text is read-only.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import {
  headingLevelDown,
  headingLevelUp,
  insertAddressees,
  runListCommand,
  insertAppendix,
  insertFootnote,
  insertPageBreak,
  insertResolutionClause,
  insertTable,
  selectionInTable,
  tableActions,
  tableCellActions,
  tableIsLandscape,
  toggleDashList,
  toggleMark,
  toggleOrderedList,
  toggleTableLandscape,
  undoRedo,
} from './commands/editor-commands';
import { useRovingToolbar } from './hooks/use-roving-toolbar';
import { ParagraphStyleSelect } from './ParagraphStyleSelect';

/** Props of the toolbar. */
export interface EditorToolbarProps {
  readonly editor: Editor | null;
}

interface ToolbarState {
  readonly editable: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly dashList: boolean;
  readonly orderedList: boolean;
  readonly indicatorList: boolean;
  readonly indicatorContinue: boolean;
  readonly canLevelUp: boolean;
  readonly canLevelDown: boolean;
  readonly inTable: boolean;
  readonly canMerge: boolean;
  readonly canSplit: boolean;
  readonly ordinal: boolean;
  readonly landscape: boolean;
}

/** Whether the editor is in review mode (the `reviewMode` extension's switch; O(extensions), no document scan). */
export function isInReviewMode(editor: Editor): boolean {
  const ext = editor.extensionManager.extensions.find((e) => e.name === 'reviewMode');
  const isActive = (ext?.options as { isActive?: unknown } | undefined)?.isActive;
  return typeof isActive === 'function' ? Boolean((isActive as () => unknown)()) : false;
}

function readState(editor: Editor): ToolbarState {
  const can = editor.can() as unknown as Record<string, (() => boolean) | undefined>;
  const $from = editor.state.selection.$from;
  const block = $from.parent;
  return {
    editable: editor.isEditable && !isInReviewMode(editor),
    canUndo: can.undo?.() ?? false,
    canRedo: can.redo?.() ?? false,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    dashList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    indicatorList: editor.isActive('orderedList', { type: '(1)' }),
    indicatorContinue: editor.isActive('orderedList', { type: '(1)', continueNumbering: true }),
    // The editor core's commands decide (paragraph → 3 → 2 → 1 → part); a dry run reads only the selection.
    canLevelUp: can.headingLevelUp ? can.headingLevelUp() : block.type.name === 'paragraph' || (block.type.name === 'heading' && Number(block.attrs.level) > 1),
    canLevelDown: can.headingLevelDown ? can.headingLevelDown() : block.type.name === 'heading',
    inTable: selectionInTable(editor),
    canMerge: tableCellActions.canMerge(editor),
    canSplit: tableCellActions.canSplit(editor),
    ordinal: tableCellActions.ordinalOn(editor),
    landscape: tableIsLandscape(editor),
  };
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

interface ButtonProps {
  readonly label: string;
  readonly shortcut?: string;
  readonly icon: string;
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  readonly onRun: () => void;
  readonly testId: string;
  /** Show the label as text beside (or instead of) the glyph. */
  readonly text?: string;
}

function ToolButton({ label, shortcut, icon, pressed, disabled, onRun, testId, text }: ButtonProps): React.JSX.Element {
  return (
    <button
      type="button"
      className={`dt-ui-tool${pressed ? ' dt-ui-tool-on' : ''}${text ? ' dt-ui-tool-text' : ''}`}
      aria-label={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      data-testid={testId}
      // Keep the editor's selection: a toolbar click must not take focus away.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onRun}
    >
      {text ? (
        <>
          {icon ? <span aria-hidden="true">{icon} </span> : null}
          {text}
        </>
      ) : (
        icon
      )}
    </button>
  );
}

/** The editor's toolbar. */
export function EditorToolbar({ editor }: EditorToolbarProps): React.JSX.Element | null {
  const st = useEditorState({ editor, selector: ({ editor: e }) => (e ? readState(e) : null) });
  const roving = useRovingToolbar();
  if (!editor || !st) return null;
  const off = !st.editable;
  return (
    <div className="dt-ui-toolbar" role="toolbar" aria-label="Định dạng" ref={roving.ref} onKeyDown={roving.onKeyDown}>
      <div className="dt-ui-group" role="group" aria-label="Kiểu đoạn">
        <ParagraphStyleSelect editor={editor} disabled={off} />
      </div>
      <div className="dt-ui-group" role="group" aria-label="Lịch sử">
        <ToolButton testId="tb-undo" label="Hoàn tác" shortcut={`${MOD}+Z`} icon="↶" disabled={off || !st.canUndo} onRun={() => undoRedo(editor, 'undo')} />
        <ToolButton testId="tb-redo" label="Làm lại" shortcut={`${MOD}+Y`} icon="↷" disabled={off || !st.canRedo} onRun={() => undoRedo(editor, 'redo')} />
      </div>
      <div className="dt-ui-group" role="group" aria-label="Kiểu chữ">
        <ToolButton testId="tb-bold" label="Đậm" shortcut={`${MOD}+B`} icon="B" pressed={st.bold} disabled={off} onRun={() => toggleMark(editor, 'bold')} />
        <ToolButton testId="tb-italic" label="Nghiêng" shortcut={`${MOD}+I`} icon="I" pressed={st.italic} disabled={off} onRun={() => toggleMark(editor, 'italic')} />
        <ToolButton testId="tb-underline" label="Gạch chân" shortcut={`${MOD}+U`} icon="U" pressed={st.underline} disabled={off} onRun={() => toggleMark(editor, 'underline')} />
      </div>
      <div className="dt-ui-group" role="group" aria-label="Đề mục">
        <ToolButton testId="tb-heading-up" label="Tăng cấp đề mục" shortcut="Alt+Shift+←" icon="⇤" disabled={off || !st.canLevelUp} onRun={() => headingLevelUp(editor)} />
        <ToolButton testId="tb-heading-down" label="Giảm cấp đề mục" shortcut="Alt+Shift+→" icon="⇥" disabled={off || !st.canLevelDown} onRun={() => headingLevelDown(editor)} />
      </div>
      <div className="dt-ui-group" role="group" aria-label="Danh sách">
        <ToolButton testId="tb-dash-list" label="Danh sách gạch đầu dòng" icon="–≡" pressed={st.dashList} disabled={off} onRun={() => toggleDashList(editor)} />
        <ToolButton testId="tb-ordered-list" label="Danh sách số" icon="1≡" pressed={st.orderedList && !st.indicatorList} disabled={off} onRun={() => toggleOrderedList(editor)} />
        <ToolButton testId="tb-indicator-list" label="Chỉ tiêu đánh số (1), (2)… liên tục qua các nhóm" icon="" text="(1)" pressed={st.indicatorList} disabled={off} onRun={() => runListCommand(editor, 'toggleIndicatorList')} />
        <ToolButton testId="tb-indicator-continue" label="Đánh số tiếp từ danh sách chỉ tiêu trước (tắt: bắt đầu lại)" icon="" text="Số tiếp" pressed={st.indicatorContinue} disabled={off || !st.indicatorList} onRun={() => runListCommand(editor, 'toggleIndicatorContinue')} />
      </div>
      <div className="dt-ui-group" role="group" aria-label="Bảng">
        <ToolButton testId="tb-table" label="Chèn bảng" icon="▦" disabled={off || st.inTable} onRun={() => insertTable(editor)} />
        <ToolButton testId="tb-row-add" label="Thêm hàng" icon="+≡" disabled={off || !st.inTable} onRun={() => tableActions.addRow(editor)} />
        <ToolButton testId="tb-row-delete" label="Xóa hàng" icon="−≡" disabled={off || !st.inTable} onRun={() => tableActions.deleteRow(editor)} />
        <ToolButton testId="tb-col-add" label="Thêm cột" icon="+‖" disabled={off || !st.inTable} onRun={() => tableActions.addColumn(editor)} />
        <ToolButton testId="tb-col-delete" label="Xóa cột" icon="−‖" disabled={off || !st.inTable} onRun={() => tableActions.deleteColumn(editor)} />
        <ToolButton testId="tb-cell-left" label="Căn trái ô" icon="⇤▭" disabled={off || !st.inTable} onRun={() => tableCellActions.align(editor, 'left')} />
        <ToolButton testId="tb-cell-center" label="Căn giữa ô" icon="↔▭" disabled={off || !st.inTable} onRun={() => tableCellActions.align(editor, 'center')} />
        <ToolButton testId="tb-cell-right" label="Căn phải ô" icon="▭⇥" disabled={off || !st.inTable} onRun={() => tableCellActions.align(editor, 'right')} />
        <ToolButton testId="tb-cell-merge" label="Gộp ô" icon="" text="Gộp ô" disabled={off || !st.canMerge} onRun={() => tableCellActions.merge(editor)} />
        <ToolButton testId="tb-cell-split" label="Tách ô" icon="" text="Tách ô" disabled={off || !st.canSplit} onRun={() => tableCellActions.split(editor)} />
        <ToolButton testId="tb-table-ordinal" label="Cột TT tự đánh số" icon="" text="Cột TT" pressed={st.ordinal} disabled={off || !st.inTable} onRun={() => tableCellActions.toggleOrdinal(editor)} />
        <ToolButton testId="tb-table-landscape" label="Trang ngang" icon="⇆" text="Trang ngang" pressed={st.landscape} disabled={off || !st.inTable} onRun={() => toggleTableLandscape(editor)} />
        <ToolButton testId="tb-table-delete" label="Xóa bảng" icon="✕▦" disabled={off || !st.inTable} onRun={() => tableActions.deleteTable(editor)} />
      </div>
      <div className="dt-ui-group" role="group" aria-label="Chèn">
        <ToolButton testId="tb-addressees" label="Chèn khối Kính gửi" icon="" text="Kính gửi" disabled={off} onRun={() => insertAddressees(editor)} />
        <ToolButton testId="tb-resolution" label="Chèn dòng QUYẾT NGHỊ" icon="" text="QUYẾT NGHỊ" disabled={off} onRun={() => insertResolutionClause(editor)} />
        <ToolButton testId="tb-page-break" label="Ngắt trang" shortcut={`${MOD}+Enter`} icon="⤓" text="Ngắt trang" disabled={off} onRun={() => insertPageBreak(editor)} />
        <ToolButton testId="tb-footnote" label="Chú thích" icon="¹" text="Chú thích" disabled={off} onRun={() => insertFootnote(editor)} />
        <ToolButton testId="tb-appendix" label="Phụ lục" icon="" text="Phụ lục" disabled={off} onRun={() => insertAppendix(editor)} />
      </div>
    </div>
  );
}
