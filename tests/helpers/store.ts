/**
 * Helpers for the store and services tests: temporary data folders and
 * small valid documents.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocJSON, NodeJSON } from '../../common/document/types';

/** A fresh temporary folder; `cleanup` removes it. */
export function tempDir(prefix = 'duthao-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A valid document whose body holds one paragraph per string (headings for strings starting with '# '). */
export function docWith(...paragraphs: string[]): DocJSON {
  const body: NodeJSON[] = paragraphs.map((p) =>
    p.startsWith('# ')
      ? { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: p.slice(2) }] }
      : p === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: p }] },
  );
  if (body.length === 0) body.push({ type: 'paragraph' });
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: { profile: 'dang', issuingBody: 'BAN TUYÊN GIÁO' } },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tổng kết năm' } },
      { type: 'body', content: body },
      { type: 'closing', attrs: { recipients: ['Lưu Văn phòng'] } },
    ],
  };
}

/** The text of a document's body paragraphs, joined by newlines. */
export function bodyText(doc: DocJSON): string {
  const body = doc.content?.find((n) => n.type === 'body');
  return (body?.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join('')).join('\n');
}
