/**
 * The "Kính gửi" block as it prints: "Kính gửi:" and one field per
 * addressee (a dash before each when there are several; the end
 * punctuation is added in print), "+ Thêm nơi gửi", × to remove one.
 * Typing writes the names at once without an undo step; leaving a field
 * makes the edit one undo step. Text is stored in NFC.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { ADDRESSEES_LABEL } from '../../../../common/document/addressees';
import { toNfc } from '../../../../common/text/normalize';
import { el, textInput } from './dom';

/** The Kính gửi block's node view. */
export class AddresseesView implements NodeView {
  readonly dom: HTMLElement;
  private readonly list: HTMLElement;
  private node: PMNode;
  private original: readonly string[] | null = null;

  constructor(
    private readonly editor: Editor,
    node: PMNode,
    private readonly getPos: () => number | undefined,
    doc: Document,
  ) {
    this.node = node;
    this.dom = el(doc, 'div', 'dt-addressees');
    this.dom.contentEditable = 'false';
    this.dom.setAttribute('role', 'group');
    this.dom.setAttribute('aria-label', 'Kính gửi');
    const label = el(doc, 'span', 'dt-addressees-label', ADDRESSEES_LABEL);
    this.list = el(doc, 'ol', 'dt-addressees-list');
    const add = el(doc, 'button', 'dt-addressees-add', '+ Thêm nơi gửi');
    add.type = 'button';
    add.addEventListener('click', () => {
      this.write([...this.names(), ''], true);
      const inputs = this.list.querySelectorAll('input');
      inputs[inputs.length - 1]?.focus();
    });
    this.dom.append(label, this.list, add);
    this.render();
  }

  private names(): string[] {
    const v = this.node.attrs.names;
    return Array.isArray(v) ? v.map((x) => String(x)) : [];
  }

  private write(names: readonly string[], history: boolean): void {
    const pos = this.getPos();
    if (typeof pos !== 'number') return;
    const tr = this.editor.state.tr.setNodeAttribute(pos, 'names', names.map(toNfc));
    if (!history) tr.setMeta('addToHistory', false);
    this.editor.view.dispatch(tr);
  }

  private commit(): void {
    const before = this.original;
    this.original = null;
    if (!before) return;
    const after = this.names();
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    this.write(before, false);
    this.write(after, true);
  }

  private render(): void {
    const doc = this.dom.ownerDocument;
    const names = this.names();
    const shown = names.length === 0 ? [''] : names;
    const inputs = Array.from(this.list.querySelectorAll('input'));
    if (inputs.length === shown.length) {
      shown.forEach((n, i) => {
        if (doc.activeElement !== inputs[i] && inputs[i]!.value !== n) inputs[i]!.value = n;
      });
      this.list.classList.toggle('dt-addressees-many', shown.length > 1);
      return;
    }
    this.list.replaceChildren();
    this.list.classList.toggle('dt-addressees-many', shown.length > 1);
    shown.forEach((name, index) => {
      const row = el(doc, 'li', 'dt-addressee');
      const input = textInput(doc, 'dt-addressee-input', `Kính gửi ${index + 1}`, 'Tên cơ quan, đơn vị nhận');
      input.value = name;
      input.addEventListener('input', (e) => {
        if ((e as InputEvent).isComposing) return;
        this.original ??= this.names();
        const next = [...(this.names().length ? this.names() : [''])];
        next[index] = input.value;
        this.write(next, false);
      });
      input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
      input.addEventListener('blur', () => this.commit());
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          this.commit();
          this.editor.commands.focus();
        }
      });
      const remove = el(doc, 'button', 'dt-addressee-remove', '×');
      remove.type = 'button';
      remove.title = 'Bỏ nơi gửi này';
      remove.setAttribute('aria-label', `Bỏ nơi gửi ${index + 1}`);
      remove.addEventListener('click', () => this.write(this.names().filter((_, i) => i !== index), true));
      row.append(input, remove);
      this.list.append(row);
    });
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    const t = event.target as HTMLElement | null;
    return !!t && t !== this.dom && /^(INPUT|BUTTON)$/.test(t.tagName);
  }

  ignoreMutation(): boolean {
    return true;
  }
}
