/**
 * A footnote marker; clicking it focuses the footnote's field in the
 * "Chú thích" panel at the page foot (`footnotes/FootnotesPanel.tsx`). Where
 * no panel is mounted (a bare editor), it opens a small popover with a text
 * area instead (written to its `text` attr, undoable, NFC).
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { NodeView, Decoration } from '@tiptap/pm/view';
import { toNfc } from '../../../../common/text/normalize';
import { el } from './dom';
import { FOOTNOTE_NUMBER } from '../plugins/footnoteNumbering';

/** The attribute on each footnote field of the panel (see FootnotesPanel). */
const PANEL_FIELD_ATTR = 'data-footnote-field';

function numberOf(decorations: readonly Decoration[]): string {
  for (const d of decorations) {
    const n = (d.spec as Record<string, unknown>)[FOOTNOTE_NUMBER];
    if (typeof n === 'number') return String(n);
  }
  return '*';
}

/** The footnote's node view. */
export class FootnoteView implements NodeView {
  readonly dom: HTMLElement;
  private readonly marker: HTMLElement;
  private popover: HTMLElement | null = null;

  constructor(
    private readonly editor: Editor,
    private node: PMNode,
    private readonly getPos: () => number | undefined,
    ownerDocument: Document,
    decorations: readonly Decoration[] = [],
  ) {
    const doc = ownerDocument;
    this.dom = el(doc, 'span', 'dt-footnote');
    this.dom.contentEditable = 'false';
    this.marker = el(doc, 'sup', 'dt-footnote-marker', numberOf(decorations));
    this.marker.title = String(node.attrs.text ?? '');
    this.marker.setAttribute('role', 'button');
    this.marker.setAttribute('aria-label', 'Chú thích; bấm để sửa');
    this.marker.addEventListener('mousedown', (e) => {
      e.preventDefault();
      if (!this.focusPanelField()) this.toggle();
    });
    this.dom.append(this.marker);
  }

  /** Focuses this footnote's field in the page-foot panel; false when there is none. */
  private focusPanelField(): boolean {
    const root = this.dom.closest('.dt-editor-root') ?? this.dom.ownerDocument;
    const field = root.querySelector<HTMLTextAreaElement>(`[${PANEL_FIELD_ATTR}="${this.marker.textContent ?? ''}"]`);
    if (!field) return false;
    field.scrollIntoView?.({ block: 'nearest' });
    field.focus();
    return true;
  }

  private toggle(): void {
    if (this.popover) return this.close();
    const doc = this.dom.ownerDocument;
    const pop = el(doc, 'span', 'dt-footnote-popover');
    const area = el(doc, 'textarea', 'dt-footnote-text');
    area.value = String(this.node.attrs.text ?? '');
    area.rows = 3;
    area.lang = 'vi';
    area.spellcheck = false;
    area.setAttribute('aria-label', 'Nội dung chú thích');
    const save = el(doc, 'button', 'dt-footnote-save', 'Xong');
    save.type = 'button';
    save.addEventListener('click', () => this.commit(area.value));
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        this.commit(area.value);
      }
    });
    pop.append(area, save);
    this.dom.append(pop);
    this.popover = pop;
    area.focus();
  }

  private commit(value: string): void {
    const pos = this.getPos();
    if (typeof pos === 'number') {
      const tr = this.editor.state.tr.setNodeAttribute(pos, 'text', toNfc(value));
      this.editor.view.dispatch(tr);
    }
    this.close();
    this.editor.commands.focus();
  }

  private close(): void {
    this.popover?.remove();
    this.popover = null;
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    const n = numberOf(decorations);
    if (this.marker.textContent !== n) this.marker.textContent = n;
    this.marker.title = String(node.attrs.text ?? '');
    return true;
  }

  stopEvent(event: Event): boolean {
    return !!this.popover && this.popover.contains(event.target as globalThis.Node);
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.close();
  }
}
