/**
 * The closing as it prints: left, "Nơi nhận:" and its lines (a list editor:
 * add/remove lines, the Lưu line kept last); right, the authority (with the
 * profile's prefixes offered as choices), the signer's title, the space for
 * the signature, and the signer's name.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { builtinProfile } from '../../../../common/profile/builtin';
import { addRecipient, keepLuuLast } from '../../../../common/document/recipients';
import { PartView } from './PartView';
import { bindField, stringField, partAttrs, writeFields, type FieldBinding } from './fieldBinding';
import { el, textInput } from './dom';

let datalistCounter = 0;

/** The closing's node view. */
export class ClosingView extends PartView {
  private list!: HTMLElement;
  private listBindings: FieldBinding[] = [];
  private shownCount = -1;

  constructor(editor: Editor, view: EditorView, node: PMNode) {
    super(editor, view, node, 'dt-closing');
    this.rebuild();
  }

  private get luuPattern(): string {
    return builtinProfile(this.profile).closing.luuPattern;
  }

  protected build(doc: Document): void {
    const profile = builtinProfile(this.profile);
    const grid = el(doc, 'div', 'dt-closing-grid');
    grid.style.setProperty('--dt-left-col', `${profile.header.leftColumnPercent}%`);
    const left = el(doc, 'div', 'dt-recipients');
    left.append(el(doc, 'div', 'dt-recipients-label', profile.closing.recipientsLabelText));
    this.list = el(doc, 'ol', 'dt-recipients-list');
    const add = el(doc, 'button', 'dt-recipients-add', '+ Thêm nơi nhận');
    add.type = 'button';
    add.addEventListener('click', () => {
      const current = (partAttrs(this.editor, 'closing').recipients as string[]) ?? [];
      writeFields(this.editor, 'closing', { recipients: addRecipient(current, '', this.luuPattern) }, true);
      const inputs = this.list.querySelectorAll('input');
      const index = Math.max(0, current.filter(Boolean).length === current.length ? inputs.length - 2 : inputs.length - 1);
      (this.emptyInput() ?? inputs[index])?.focus();
    });
    left.append(this.list, add);
    this.shownCount = -1;

    const right = el(doc, 'div', 'dt-signature');
    const listId = `dt-authority-prefixes-${++datalistCounter}`;
    const datalist = el(doc, 'datalist');
    datalist.id = listId;
    for (const prefix of profile.closing.authorityPrefixes) {
      const option = el(doc, 'option');
      option.value = `${prefix} `;
      datalist.append(option);
    }
    const authority = textInput(doc, 'dt-authority', 'Quyền hạn ký', `${profile.closing.authorityPrefixes[0] ?? ''} …`);
    authority.setAttribute('list', listId);
    this.bindings.push(bindField(this.editor, authority, stringField('closing', 'authority', (v) => v.toLocaleUpperCase('vi'))));
    const title = textInput(doc, 'dt-signer-title', 'Chức vụ người ký', 'CHỨC VỤ');
    this.bindings.push(bindField(this.editor, title, stringField('closing', 'signerTitle', (v) => v.toLocaleUpperCase('vi'))));
    const gap = el(doc, 'div', 'dt-signature-gap');
    gap.style.height = `${profile.closing.signatureGapLines * 1.5}em`;
    const name = textInput(doc, 'dt-signer-name', 'Họ tên người ký', 'Họ và tên');
    this.bindings.push(bindField(this.editor, name, stringField('closing', 'signerName')));
    right.append(datalist, authority, title, gap, name);

    grid.append(left, right);
    this.dom.append(grid);
  }

  private emptyInput(): HTMLInputElement | null {
    return Array.from(this.list.querySelectorAll('input')).find((i) => i.value === '') ?? null;
  }

  private buildRows(recipients: readonly string[]): void {
    const doc = this.dom.ownerDocument;
    this.list.replaceChildren();
    this.listBindings = recipients.map((_entry, index) => {
      const row = el(doc, 'li', 'dt-recipient');
      row.append(el(doc, 'span', 'dt-recipient-dash', '- '));
      const input = textInput(doc, 'dt-recipient-input', `Nơi nhận ${index + 1}`, 'Nơi nhận');
      const binding = bindField(this.editor, input, {
        part: 'closing',
        read: (attrs) => String((attrs.recipients as string[] | undefined)?.[index] ?? ''),
        write: (value, attrs) => {
          const list = [...((attrs.recipients as string[] | undefined) ?? [])];
          list[index] = value.replace(/^-\s*/, '');
          return { recipients: list };
        },
      });
      input.addEventListener('blur', () => {
        const current = (partAttrs(this.editor, 'closing').recipients as string[]) ?? [];
        const ordered = keepLuuLast(current, this.luuPattern);
        if (ordered !== current) writeFields(this.editor, 'closing', { recipients: ordered }, true);
      });
      const remove = el(doc, 'button', 'dt-recipient-remove', '×');
      remove.type = 'button';
      remove.title = 'Xóa dòng này';
      remove.setAttribute('aria-label', `Xóa nơi nhận ${index + 1}`);
      remove.addEventListener('click', () => {
        const current = [...((partAttrs(this.editor, 'closing').recipients as string[]) ?? [])];
        current.splice(index, 1);
        writeFields(this.editor, 'closing', { recipients: current }, true);
      });
      row.append(input, remove);
      this.list.append(row);
      return binding;
    });
    this.shownCount = recipients.length;
    this.applyEditable(true);
  }

  protected override refreshDerived(): void {
    const recipients = (this.node.attrs.recipients as string[] | undefined) ?? [];
    const focused = this.list.contains(this.dom.ownerDocument.activeElement);
    if (recipients.length !== this.shownCount && !focused) this.buildRows(recipients);
    else if (recipients.length !== this.shownCount) this.buildRows(recipients);
    for (const b of this.listBindings) b.refresh(this.node.attrs);
  }
}
