/** Helpers for editor tests: a real TipTap editor on happy-dom with the DuThao extensions. */
import { Editor } from '@tiptap/core';
import type { DocJSON, NodeJSON } from '../../common/document/types';
import { createDocumentExtensions } from '../../renderer/src/editor/createDocumentExtensions';

/** A document with the given body blocks and some filled structural fields. */
export function makeDoc(body: NodeJSON[], header: Record<string, unknown> = {}): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: { profile: 'dang', issuingBody: 'THÀNH ỦY CẦN THƠ', number: '12', place: 'Cần Thơ', date: '2026-12-15', ...header } },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tình hình năm 2026' } },
      { type: 'body', content: body },
      { type: 'closing', attrs: { authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', signerName: 'Nguyễn Văn A', recipients: ['Ban Bí thư', 'Lưu Văn phòng Thành ủy.'] } },
    ],
  };
}

/** A paragraph of text. */
export function p(text: string, attrs?: Record<string, unknown>): NodeJSON {
  return { type: 'paragraph', ...(attrs ? { attrs } : {}), ...(text ? { content: [{ type: 'text', text }] } : {}) };
}

/** A heading of a level (0 = part heading). */
export function h(level: number, text: string): NodeJSON {
  if (level === 0) return { type: 'partHeading', content: [{ type: 'text', text }] };
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}

/** Mounts an editor on a fresh element. */
export function mountEditor(doc: DocJSON): Editor {
  const element = document.createElement('div');
  document.body.appendChild(element);
  return new Editor({ element, extensions: createDocumentExtensions(), content: doc as never });
}

/** The body's text blocks as plain strings. */
export function bodyTexts(editor: Editor): string[] {
  const body = editor.state.doc.child(2);
  const out: string[] = [];
  body.forEach((n) => out.push(n.textContent));
  return out;
}

/** Position inside the body's first block (start of its text). */
export function bodyStart(editor: Editor): number {
  return editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 2;
}
