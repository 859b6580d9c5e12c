/**
 * The header block as it prints (spec §3): two columns. Left: superior body,
 * issuing body, `*` (dang) or a short line (nha-nuoc), the number line.
 * Right: ĐẢNG CỘNG SẢN VIỆT NAM with its line, or quốc hiệu + tiêu ngữ with
 * its line; then the italic place-and-date line. The drafter types the
 * number only; the composed `Số 123-BC/TU` / `Số: 45/BC-UBND` is shown.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { composeDocumentNumber, draftMarkText, formatDateLine } from '../../../../common/document/official-text';
import { builtinProfile } from '../../../../common/profile/builtin';
import { PartView } from './PartView';
import { bindField, stringField } from './fieldBinding';
import { createDateField } from './dateField';
import { el, textArea, textInput, fitRows } from './dom';

const SENTINEL = '\u0000';

/** The header's node view. */
export class HeaderView extends PartView {
  private numberPrefix!: HTMLElement;
  private numberSuffix!: HTMLElement;
  private numberLine!: HTMLElement;
  private datePrinted!: HTMLElement;
  private draftMark!: HTMLElement;
  private urgency!: HTMLElement;
  private issuing!: HTMLTextAreaElement;

  constructor(editor: Editor, view: EditorView, node: PMNode) {
    super(editor, view, node, 'dt-header');
    this.rebuild();
  }

  protected build(doc: Document): void {
    const profile = builtinProfile(this.profile);
    this.draftMark = el(doc, 'div', 'dt-draft-mark');
    const grid = el(doc, 'div', 'dt-header-grid');
    grid.style.setProperty('--dt-left-col', `${profile.header.leftColumnPercent}%`);
    const left = el(doc, 'div', 'dt-header-left');
    const right = el(doc, 'div', 'dt-header-right');

    const superior = textInput(doc, 'dt-superior-body', 'Cơ quan cấp trên', 'CƠ QUAN CẤP TRÊN');
    this.bindings.push(bindField(this.editor, superior, stringField('header', 'superiorBody')));
    this.issuing = textArea(doc, 'dt-issuing-body', 'Cơ quan ban hành', 'CƠ QUAN BAN HÀNH');
    this.issuing.addEventListener('input', () => fitRows(this.issuing));
    this.bindings.push(bindField(this.editor, this.issuing, stringField('header', 'issuingBody')));
    const separator = this.profile === 'dang' ? el(doc, 'div', 'dt-separator', profile.header.separatorText || '*') : el(doc, 'div', 'dt-rule dt-rule-short');
    this.numberLine = el(doc, 'div', 'dt-number-line');
    this.numberPrefix = el(doc, 'span', 'dt-number-prefix');
    this.numberSuffix = el(doc, 'span', 'dt-number-suffix');
    const number = textInput(doc, 'dt-number', 'Số văn bản (chỉ gõ số)', '…');
    number.inputMode = 'numeric';
    this.bindings.push(bindField(this.editor, number, stringField('header', 'number', (v) => v.trim())));
    this.numberLine.append(this.numberPrefix, number, this.numberSuffix);
    this.urgency = el(doc, 'div', 'dt-urgency');
    left.append(superior, this.issuing, separator, this.numberLine, this.urgency);

    const title = el(doc, 'div', 'dt-national-title', profile.header.titleText);
    right.append(title);
    if (profile.header.mottoText) right.append(el(doc, 'div', 'dt-motto', profile.header.mottoText));
    if (this.profile === 'nha-nuoc') right.append(el(doc, 'div', 'dt-rule dt-rule-motto'));
    const dateLine = el(doc, 'div', 'dt-date-line');
    const place = textInput(doc, 'dt-place', 'Địa danh', 'Địa danh');
    this.bindings.push(bindField(this.editor, place, stringField('header', 'place')));
    this.datePrinted = el(doc, 'span', 'dt-date-printed');
    const date = createDateField(doc, this.editor);
    this.bindings.push(date.binding);
    dateLine.append(place, this.datePrinted, date.element);
    right.append(dateLine);

    grid.append(left, right);
    this.dom.append(this.draftMark, grid);
  }

  protected override refreshDerived(): void {
    const a = this.node.attrs;
    const composed = composeDocumentNumber(this.profile, SENTINEL, String(a.typeCode ?? ''), String(a.bodyCode ?? ''));
    const [prefix = '', suffix = ''] = composed.split(SENTINEL);
    this.numberPrefix.textContent = prefix;
    this.numberSuffix.textContent = suffix;
    this.numberLine.setAttribute('data-printed', composeDocumentNumber(this.profile, String(a.number ?? ''), String(a.typeCode ?? ''), String(a.bodyCode ?? '')));
    // The date itself is typed in the date field; only the comma after the place is printed here.
    this.datePrinted.textContent = String(a.place ?? '').trim() ? ',\u00a0' : '\u00a0';
    this.datePrinted.parentElement?.setAttribute('data-printed', formatDateLine(String(a.place ?? ''), String(a.date ?? '')));
    this.draftMark.textContent = a.draftMark ? draftMarkText(Number(a.draftRound)) : '';
    this.draftMark.hidden = !a.draftMark;
    const marks = [String(a.secrecy ?? ''), String(a.urgency ?? '')].filter((s) => s !== '');
    this.urgency.textContent = marks.join(' · ');
    this.urgency.hidden = marks.length === 0;
    fitRows(this.issuing);
  }
}
