/**
 * The built-in templates: the JSON files of the templates folder, read on
 * each call (they are few and small, so a new or fixed file shows at once).
 * A file that cannot be used is listed with its reason and does not stop
 * the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TemplateInfo } from '../../common/api/contract';
import { templateFileSchema, type TemplateFile } from '../../common/document/template';
import { checkDocument } from '../../common/document/check';
import { toProfileId } from '../../common/document/accessors';

/** A built-in template: what the dialog shows, and the file when it is usable. */
export interface BuiltinTemplate {
  readonly info: TemplateInfo;
  readonly file: TemplateFile | null;
}

function broken(fileName: string, reason: string, partial?: { id?: unknown; title?: unknown; profile?: unknown }): BuiltinTemplate {
  const fallbackId = basename(fileName, '.json').toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'mau-loi';
  const id = typeof partial?.id === 'string' && /^[a-z0-9-]+$/.test(partial.id) ? partial.id : fallbackId;
  const title = typeof partial?.title === 'string' && partial.title ? partial.title : fileName;
  const profile = toProfileId(partial?.profile);
  return { info: { id, title, profile, description: '', source: 'builtin', broken: reason }, file: null };
}

function loadOne(dir: string, fileName: string): BuiltinTemplate {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, fileName), 'utf8'));
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'tệp không phải JSON hợp lệ' : 'không đọc được tệp';
    return broken(fileName, `Mẫu bị lỗi (${fileName}): ${reason}.`);
  }
  const partial = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const parsed = templateFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(gốc)';
    return broken(fileName, `Mẫu bị lỗi (${fileName}): trường "${where}" không đúng định dạng mẫu.`, partial);
  }
  const checked = checkDocument(parsed.data.doc);
  if (!checked.ok) {
    return broken(fileName, `Mẫu bị lỗi (${fileName}): nội dung văn bản không hợp lệ tại ${checked.path}. ${checked.message}`, partial);
  }
  const file: TemplateFile = { ...parsed.data, doc: checked.doc };
  return {
    info: { id: file.id, title: file.title, profile: file.profile, description: file.description, source: 'builtin' },
    file,
  };
}

/** Reads every `*.json` in `dir`, in file-name order; a missing folder gives no templates. */
export function loadBuiltinTemplates(dir: string): BuiltinTemplate[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  } catch {
    return [];
  }
  const seen = new Set<string>();
  return names.map((name) => {
    const t = loadOne(dir, name);
    if (t.file && seen.has(t.file.id)) return broken(name, `Mẫu bị lỗi (${name}): mã mẫu "${t.file.id}" trùng với một mẫu khác.`, t.file);
    seen.add(t.info.id);
    return t;
  });
}
