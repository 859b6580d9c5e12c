/**
 * Finding text outside the body's text blocks: the header, title and
 * closing fields (attrs shown in native inputs) and the footnotes. Each
 * match names its field, so the find bar can list it ("Trích yếu",
 * "Nơi nhận 2", "Chú thích 1") and put the cursor on it in its input.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { foldModeOf, foldText, foldWithMap } from '../../../../../common/text/fold';
import type { FindOptions } from './search';

/** A match in a field or a footnote. */
export interface FieldMatch {
  /** Vietnamese name of the place, as the find bar lists it. */
  readonly label: string;
  /** CSS selector of the input that shows the field (inside the editor root). */
  readonly selector: string;
  /** The matched range in the field's own text. */
  readonly from: number;
  readonly to: number;
}

interface FieldSource {
  readonly label: string;
  readonly selector: string;
  readonly text: string;
}

const PART_FIELDS: Readonly<Record<string, readonly (readonly [string, string, string])[]>> = {
  header: [
    ['superiorBody', 'Cơ quan cấp trên', '.dt-superior-body'],
    ['issuingBody', 'Cơ quan ban hành', '.dt-issuing-body'],
    ['place', 'Địa danh', '.dt-place'],
  ],
  documentTitle: [
    ['documentType', 'Tên loại văn bản', '.dt-document-type'],
    ['subject', 'Trích yếu', '.dt-subject'],
  ],
  closing: [
    ['authority', 'Quyền hạn ký', '.dt-authority'],
    ['signerTitle', 'Chức vụ', '.dt-signer-title'],
    ['signerName', 'Người ký', '.dt-signer-name'],
  ],
};

/** Every searchable field and footnote text of the document, in reading order (header, title, footnotes, closing). */
export function fieldSources(doc: PMNode): FieldSource[] {
  const out: FieldSource[] = [];
  const notes: FieldSource[] = [];
  doc.forEach((part) => {
    const fields = PART_FIELDS[part.type.name];
    if (fields) for (const [key, label, selector] of fields) out.push({ label, selector, text: String(part.attrs[key] ?? '') });
    if (part.type.name === 'closing') {
      const recipients = Array.isArray(part.attrs.recipients) ? (part.attrs.recipients as unknown[]) : [];
      recipients.forEach((r, i) => out.push({ label: `Nơi nhận ${i + 1}`, selector: `.dt-recipient-input[aria-label="Nơi nhận ${i + 1}"]`, text: String(r) }));
    }
    if (part.type.name === 'body') {
      const first = part.firstChild;
      if (first?.type.name === 'addressees' && Array.isArray(first.attrs.names)) {
        (first.attrs.names as unknown[]).forEach((n, i) => out.push({ label: 'Kính gửi', selector: `.dt-addressee-input[aria-label="Kính gửi ${i + 1}"]`, text: String(n) }));
      }
      part.descendants((node) => {
        if (node.type.name === 'footnote') {
          const n = notes.length + 1;
          notes.push({ label: `Chú thích ${n}`, selector: `[data-footnote-field="${n}"]`, text: String(node.attrs.text ?? '') });
        }
        return !node.isLeaf;
      });
      out.push(...notes);
    }
  });
  return out;
}

/** Every match of `query` in the fields and footnotes, with the find bar's options. */
export function findFieldMatches(doc: PMNode, query: string, options: FindOptions): FieldMatch[] {
  const mode = foldModeOf(options);
  const needle = foldText(query, mode);
  const out: FieldMatch[] = [];
  if (!needle) return out;
  for (const source of fieldSources(doc)) {
    if (!source.text) continue;
    const folded = mode === 'exact' ? null : foldWithMap(source.text, mode);
    const hay = folded ? folded.text : source.text;
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) {
      const from = folded ? folded.map[i]! : i;
      const to = folded ? folded.map[i + needle.length]! : i + needle.length;
      out.push({ label: source.label, selector: source.selector, from, to });
    }
  }
  return out;
}
