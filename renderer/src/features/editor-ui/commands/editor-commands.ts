/**
 * The toolbar's actions over a TipTap editor. Each action prefers the command
 * of the editor core (`headingLevelUp`, `insertFootnote`, `insertTable`…) and
 * falls back to an equivalent ProseMirror/TipTap chain when that command is
 * not registered, so the toolbar works whichever extensions are loaded.
 */
import type { Editor } from '@tiptap/core';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow, deleteTable, isInTable } from '@tiptap/pm/tables';
import type { Command } from '@tiptap/pm/state';

type LooseCommands = Record<string, ((...args: unknown[]) => boolean) | undefined>;

/** Runs the editor's command `name` if it exists; returns undefined when there is none. */
function tryCommand(editor: Editor, name: string, ...args: unknown[]): boolean | undefined {
  const fn = (editor.commands as unknown as LooseCommands)[name];
  return typeof fn === 'function' ? fn(...args) : undefined;
}

function runPm(editor: Editor, command: Command): boolean {
  const ok = command(editor.state, editor.view.dispatch, editor.view);
  if (ok) editor.view.focus();
  return ok;
}

/** The top-level textblock type and heading level around the selection. */
function currentBlock(editor: Editor): { type: string; level: number } {
  const $from = editor.state.selection.$from;
  const node = $from.depth > 0 ? $from.node($from.depth) : editor.state.doc;
  return { type: node.type.name, level: Number(node.attrs.level) || 0 };
}

/** Promotes the block (paragraph → heading 3 → 2 → 1 → part heading). */
export function headingLevelUp(editor: Editor): boolean {
  const own = tryCommand(editor, 'headingLevelUp');
  if (own !== undefined) return own;
  const { type, level } = currentBlock(editor);
  if (type === 'heading' && level > 1) return editor.chain().focus().setNode('heading', { level: level - 1 }).run();
  if (type === 'heading') return editor.chain().focus().setNode('partHeading').run();
  if (type === 'paragraph') return editor.chain().focus().setNode('heading', { level: 3 }).run();
  return false;
}

/** Demotes the block (part heading → heading 1 → 2 → 3 → paragraph). */
export function headingLevelDown(editor: Editor): boolean {
  const own = tryCommand(editor, 'headingLevelDown');
  if (own !== undefined) return own;
  const { type, level } = currentBlock(editor);
  if (type === 'partHeading') return editor.chain().focus().setNode('heading', { level: 1 }).run();
  if (type !== 'heading') return false;
  if (level < 3) return editor.chain().focus().setNode('heading', { level: level + 1 }).run();
  return editor.chain().focus().setNode('paragraph').run();
}

/** Toggles a dash list. */
export function toggleDashList(editor: Editor): boolean {
  return tryCommand(editor, 'toggleDashList') ?? editor.chain().focus().toggleList('bulletList', 'listItem').run();
}

/** Toggles a numbered list. */
export function toggleOrderedList(editor: Editor): boolean {
  return tryCommand(editor, 'toggleOrderedList') ?? editor.chain().focus().toggleList('orderedList', 'listItem').run();
}

/** Inserts a 3 × 3 table with a header row. */
export function insertTable(editor: Editor): boolean {
  const own = tryCommand(editor, 'insertTable', { rows: 3, cols: 3, withHeaderRow: true });
  if (own !== undefined) return own;
  const cell = (type: string) => ({ type, content: [{ type: 'paragraph' }] });
  const row = (type: string) => ({ type: 'tableRow', content: [cell(type), cell(type), cell(type)] });
  return editor.chain().focus().insertContent({ type: 'table', content: [row('tableHeader'), row('tableCell'), row('tableCell')] }).run();
}

/** Table editing actions (add/delete row/column, delete the table). */
export const tableActions = {
  addRow: (editor: Editor) => tryCommand(editor, 'addRowAfter') ?? runPm(editor, addRowAfter),
  deleteRow: (editor: Editor) => tryCommand(editor, 'deleteRow') ?? runPm(editor, deleteRow),
  addColumn: (editor: Editor) => tryCommand(editor, 'addColumnAfter') ?? runPm(editor, addColumnAfter),
  deleteColumn: (editor: Editor) => tryCommand(editor, 'deleteColumn') ?? runPm(editor, deleteColumn),
  deleteTable: (editor: Editor) => tryCommand(editor, 'deleteTable') ?? runPm(editor, deleteTable),
} as const;

/** True when the selection is inside a table (enables the table editing buttons). */
export function selectionInTable(editor: Editor): boolean {
  return isInTable(editor.state);
}

/** Inserts the centred `QUYẾT NGHỊ:` line. */
export function insertResolutionClause(editor: Editor): boolean {
  return tryCommand(editor, 'insertResolutionClause') ?? editor.chain().focus().insertContent({ type: 'resolutionClause' }).run();
}

/** Inserts a page break. */
export function insertPageBreak(editor: Editor): boolean {
  return tryCommand(editor, 'insertPageBreak') ?? editor.chain().focus().insertContent({ type: 'pageBreak' }).run();
}

/** Inserts an appendix heading ("Phụ lục", on a new page) at the cursor. */
export function insertAppendix(editor: Editor): boolean {
  return tryCommand(editor, 'insertAppendix') ?? editor.chain().focus().insertContent({ type: 'appendixHeading' }).run();
}

/** Switches the table around the cursor between portrait and a landscape page ("Trang ngang"). */
export function toggleTableLandscape(editor: Editor): boolean {
  const own = tryCommand(editor, 'toggleTableLandscape');
  if (own !== undefined) return own;
  return editor.chain().focus().updateAttributes('table', { landscape: !tableIsLandscape(editor) }).run();
}

/** True when the table around the cursor is set to a landscape page. */
export function tableIsLandscape(editor: Editor): boolean {
  const $from = editor.state.selection.$from;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === 'table') return $from.node(d).attrs.landscape === true;
  return false;
}

/** Inserts a footnote at the cursor. */
export function insertFootnote(editor: Editor): boolean {
  return tryCommand(editor, 'insertFootnote') ?? editor.chain().focus().insertContent({ type: 'footnote', attrs: { text: '' } }).run();
}

/** Table cell tools: alignment of the selected cells, merge / split, the self-numbering TT column. */
export const tableCellActions = {
  align: (editor: Editor, align: 'left' | 'center' | 'right') => editor.chain().focus().setCellAttribute('align', align).run(),
  merge: (editor: Editor) => editor.chain().focus().mergeCells().run(),
  split: (editor: Editor) => editor.chain().focus().splitCell().run(),
  canMerge: (editor: Editor) => editor.can().mergeCells(),
  canSplit: (editor: Editor) => editor.can().splitCell(),
  toggleOrdinal: (editor: Editor) => editor.chain().focus().updateAttributes('table', { ordinal: !editor.getAttributes('table').ordinal }).run(),
  ordinalOn: (editor: Editor) => editor.getAttributes('table').ordinal === true,
};

/** Puts a "Kính gửi" block at the start of the body (at most one). */
export function insertAddressees(editor: Editor): boolean {
  return tryCommand(editor, 'insertAddressees') ?? false;
}

/** Runs one of the indicator-list commands of the editor core (`toggleIndicatorList`, `toggleIndicatorContinue`), focusing the text. */
export function runListCommand(editor: Editor, name: 'toggleIndicatorList' | 'toggleIndicatorContinue'): boolean {
  const ok = tryCommand(editor, name) ?? false;
  if (ok) editor.view.focus();
  return ok;
}

/** Toggles one of the three marks. */
export function toggleMark(editor: Editor, mark: 'bold' | 'italic' | 'underline'): boolean {
  return editor.chain().focus().toggleMark(mark).run();
}

/** Undo / redo through the editor's history. */
export function undoRedo(editor: Editor, which: 'undo' | 'redo'): boolean {
  return tryCommand(editor, which) ?? false;
}
