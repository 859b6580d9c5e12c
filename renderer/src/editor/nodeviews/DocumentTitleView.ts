/** The type name (caps, bold, centred) and the subject under it, with its line. */
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { builtinProfile } from '../../../../common/profile/builtin';
import { PartView } from './PartView';
import { bindField, stringField } from './fieldBinding';
import { el, textArea, textInput, fitRows } from './dom';

/** The document title's node view. */
export class DocumentTitleView extends PartView {
  private subject!: HTMLTextAreaElement;

  constructor(editor: Editor, view: EditorView, node: PMNode) {
    super(editor, view, node, 'dt-document-title');
    this.rebuild();
  }

  protected build(doc: Document): void {
    const profile = builtinProfile(this.profile);
    const type = textInput(doc, 'dt-document-type', 'Tên loại văn bản', 'TÊN LOẠI VĂN BẢN');
    this.bindings.push(bindField(this.editor, type, stringField('documentTitle', 'documentType', (v) => v.toLocaleUpperCase('vi'))));
    this.subject = textArea(doc, 'dt-subject', 'Trích yếu', 'trích yếu nội dung văn bản');
    this.subject.addEventListener('input', () => fitRows(this.subject));
    this.bindings.push(bindField(this.editor, this.subject, stringField('documentTitle', 'subject')));
    this.dom.append(type, this.subject);
    if (profile.header.subjectRuleText) this.dom.append(el(doc, 'div', 'dt-subject-rule', profile.header.subjectRuleText));
    else this.dom.append(el(doc, 'div', 'dt-rule dt-rule-subject'));
  }

  protected override refreshDerived(): void {
    fitRows(this.subject);
  }
}
