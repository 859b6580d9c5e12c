/**
 * Where the CLI's export and check commands get a document: a draft id
 * (read through the API), or a JSON file holding a document or a template
 * file. The file is only read and unwrapped here; the API checks and
 * normalises the document as a save does, so a bad file is one clear error.
 */
import { readFileSync } from 'node:fs';
import { templateFileSchema } from '../../../common/document/template';

/** Whether a command-line argument names a JSON file rather than a draft id. */
export function isJsonFileArgument(arg: string): boolean {
  return /\.json$/i.test(arg);
}

/** A document read from a file, not yet checked, or the reason it cannot be read (Vietnamese message, English detail). */
export type LoadedDocument = { readonly ok: true; readonly doc: unknown } | { readonly ok: false; readonly message: string; readonly detail: string };

/** Reads a document JSON file, or a template file's document. */
export function loadDocumentFile(path: string): LoadedDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, message: `không đọc được tệp ${path}`, detail: (err as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `tệp ${path} không phải JSON hợp lệ`, detail: (err as Error).message };
  }
  let doc: unknown = json;
  if (typeof json === 'object' && json !== null && 'format' in json && 'doc' in json) {
    const tpl = templateFileSchema.safeParse(json);
    if (!tpl.success) {
      const issue = tpl.error.issues[0]!;
      return { ok: false, message: `tệp mẫu ${path} không hợp lệ`, detail: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
    }
    doc = tpl.data.doc;
  }
  return { ok: true, doc };
}
