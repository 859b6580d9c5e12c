/**
 * Recovers what it can from a document JSON that does not fit the schema (a
 * bad file, an old version, a hand edit), so nothing readable is lost: known
 * nodes are kept, unknown ones become paragraphs of their text, missing
 * structural parts are re-created with defaults. Pure: no DOM, no I/O.
 */
import type { Node as PMNode, NodeType } from 'prosemirror-model';
import { documentSchema, DEFAULT_HEADER_ATTRS, DEFAULT_DOCUMENT_TITLE_ATTRS, DEFAULT_CLOSING_ATTRS } from './schema';
import type { DocJSON, MarkJSON, NodeJSON } from './types';
import { validateDocument } from './validate';

/** One thing salvage had to change, with the path in the original JSON. */
export interface SalvageProblem {
  readonly path: string;
  readonly message: string;
}

/** A valid document made of what could be read, and what was changed. */
export interface SalvageResult {
  readonly doc: DocJSON;
  readonly problems: readonly SalvageProblem[];
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'partHeading']);
const STRUCTURAL = new Set(['header', 'documentTitle', 'closing', 'body']);

class Salvager {
  readonly problems: SalvageProblem[] = [];

  note(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Keeps the known attrs whose value has the type of the default. */
  attrs(raw: unknown, type: NodeType | undefined, defaults: Record<string, unknown> | null, path: string): Record<string, unknown> {
    const spec = defaults ?? Object.fromEntries(Object.entries(type?.spec.attrs ?? {}).map(([k, v]) => [k, (v as { default?: unknown }).default]));
    const out: Record<string, unknown> = {};
    if (raw === undefined) return out;
    if (!isRecord(raw)) {
      this.note(`${path}.attrs`, 'thuộc tính không hợp lệ, dùng giá trị mặc định');
      return out;
    }
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in spec)) {
        this.note(`${path}.attrs.${key}`, `bỏ thuộc tính không biết "${key}"`);
        continue;
      }
      const def = spec[key];
      const ok =
        def === null || def === undefined
          ? true
          : Array.isArray(def)
            ? Array.isArray(value) && value.every((v) => typeof v === 'string')
            : typeof value === typeof def;
      if (ok) out[key] = value;
      else this.note(`${path}.attrs.${key}`, `giá trị của "${key}" không hợp lệ, dùng mặc định`);
    }
    return out;
  }

  marks(raw: unknown, path: string): MarkJSON[] | undefined {
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) {
      this.note(`${path}.marks`, 'bỏ định dạng không hợp lệ');
      return undefined;
    }
    const out: MarkJSON[] = [];
    raw.forEach((m, i) => {
      const type = isRecord(m) && typeof m.type === 'string' ? documentSchema.marks[m.type] : undefined;
      if (!type || !isRecord(m)) {
        this.note(`${path}.marks[${i}]`, 'bỏ định dạng không biết');
        return;
      }
      const attrs = this.attrs(m.attrs, undefined, Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([k, v]) => [k, (v as { default?: unknown }).default])), `${path}.marks[${i}]`);
      out.push(Object.keys(attrs).length ? { type: type.name, attrs } : { type: type.name });
    });
    return out.length ? out : undefined;
  }

  /** Inline content: text, hard breaks, footnotes; anything else becomes its text. */
  inline(raw: unknown, path: string): NodeJSON[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.note(`${path}.content`, 'nội dung không hợp lệ');
      return [];
    }
    const out: NodeJSON[] = [];
    raw.forEach((child, i) => {
      const p = `${path}.content[${i}]`;
      if (!isRecord(child)) return this.note(p, 'bỏ phần tử không hợp lệ');
      if (child.type === 'text') {
        if (typeof child.text !== 'string' || child.text === '') return this.note(p, 'bỏ đoạn chữ rỗng');
        const marks = this.marks(child.marks, p);
        out.push(marks ? { type: 'text', text: child.text, marks } : { type: 'text', text: child.text });
      } else if (child.type === 'hardBreak') {
        out.push({ type: 'hardBreak' });
      } else if (child.type === 'footnote') {
        const attrs = this.attrs(child.attrs, documentSchema.nodes.footnote, null, p);
        out.push({ type: 'footnote', attrs: { text: typeof attrs.text === 'string' ? attrs.text : '' } });
      } else {
        const text = textOf(child);
        this.note(p, `chuyển "${String(child.type)}" thành chữ thường`);
        if (text) out.push({ type: 'text', text });
      }
    });
    return out;
  }

  paragraphOf(raw: Json, path: string, message: string): NodeJSON[] {
    this.note(path, message);
    const text = textOf(raw);
    return text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [];
  }

  /** Blocks of the body (or of a cell / list item). */
  blocks(raw: unknown, path: string): NodeJSON[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.note(`${path}.content`, 'nội dung không hợp lệ');
      return [];
    }
    const out: NodeJSON[] = [];
    raw.forEach((child, i) => out.push(...this.block(child, `${path}.content[${i}]`)));
    return out;
  }

  block(raw: unknown, path: string): NodeJSON[] {
    if (!isRecord(raw)) {
      this.note(path, 'bỏ phần tử không hợp lệ');
      return [];
    }
    const typeName = typeof raw.type === 'string' ? raw.type : '';
    const type = documentSchema.nodes[typeName];
    if (type && TEXTBLOCKS.has(typeName)) {
      const attrs = this.attrs(raw.attrs, type, null, path);
      const content = this.inline(raw.content, path);
      const node: NodeJSON = { type: typeName, ...(Object.keys(attrs).length ? { attrs } : {}), ...(content.length ? { content } : {}) };
      return [node];
    }
    if (type && (typeName === 'bulletList' || typeName === 'orderedList')) {
      const items: NodeJSON[] = [];
      const content = Array.isArray(raw.content) ? raw.content : [];
      content.forEach((item, i) => {
        const p = `${path}.content[${i}]`;
        const inner = isRecord(item) && item.type === 'listItem' ? this.blocks(item.content, p) : this.block(item, p);
        if (inner.length === 0) return;
        if (inner[0]!.type !== 'paragraph') inner.unshift({ type: 'paragraph' });
        items.push({ type: 'listItem', content: inner });
      });
      if (items.length === 0) return this.paragraphOf(raw, path, 'danh sách rỗng');
      const attrs = this.attrs(raw.attrs, type, null, path);
      return [{ type: typeName, ...(Object.keys(attrs).length ? { attrs } : {}), content: items }];
    }
    if (type && (typeName === 'resolutionClause' || typeName === 'pageBreak')) return [{ type: typeName }];
    if (type && typeName === 'table') {
      const node = tryNode(raw);
      if (node) return [node.toJSON() as NodeJSON];
      return this.paragraphOf(raw, path, 'bảng bị lỗi, giữ lại chữ trong bảng');
    }
    if (type && STRUCTURAL.has(typeName)) {
      // A nested structural part or body: keep its text.
      if (typeName === 'body') return this.blocks(raw.content, path);
      return this.paragraphOf(raw, path, `"${typeName}" không được nằm ở đây`);
    }
    if (type && type.isInline) return this.paragraphOf(raw, path, `"${typeName}" không được nằm ở đây`);
    if (Array.isArray(raw.content) && raw.content.some((c) => isRecord(c) && isBlockLike(c))) {
      this.note(path, `chuyển khối không biết "${typeName}"`);
      return this.blocks(raw.content, path);
    }
    return this.paragraphOf(raw, path, `chuyển phần tử không biết "${typeName}" thành đoạn văn`);
  }
}

const HEADER_CHOICES: Record<string, readonly unknown[]> = {
  profile: ['dang', 'nha-nuoc'],
  romanSeparator: ['.', '-'],
  thirdLevel: ['letter', 'decimal'],
};

/** Drops header choices outside their allowed values (an unknown profile, numbering style). */
function fixHeaderChoices(attrs: Record<string, unknown>, s: Salvager): Record<string, unknown> {
  const out = { ...attrs };
  for (const [key, allowed] of Object.entries(HEADER_CHOICES)) {
    if (key in out && !allowed.includes(out[key])) {
      s.note(`doc.header.attrs.${key}`, `giá trị "${String(out[key])}" không hợp lệ, dùng mặc định`);
      delete out[key];
    }
  }
  return out;
}

function isBlockLike(j: Json): boolean {
  const t = typeof j.type === 'string' ? documentSchema.nodes[j.type] : undefined;
  return t ? t.isBlock : Array.isArray(j.content);
}

function tryNode(raw: Json): PMNode | null {
  try {
    const node = documentSchema.nodeFromJSON(raw);
    node.check();
    return node;
  } catch {
    return null;
  }
}

/** The plain text of any JSON node tree, paragraphs joined by spaces. */
function textOf(raw: unknown): string {
  if (!isRecord(raw)) return '';
  if (typeof raw.text === 'string') return raw.text;
  if (!Array.isArray(raw.content)) return '';
  return raw.content
    .map(textOf)
    .filter((t) => t !== '')
    .join(' ');
}

/**
 * Returns a valid document built from whatever `json` holds, with the list
 * of problems found (empty when the input was already valid).
 */
export function salvageDocument(json: unknown): SalvageResult {
  const s = new Salvager();
  if (validateDocument(json).ok) return { doc: json as DocJSON, problems: [] };
  const root: Json = isRecord(json) ? json : {};
  if (!isRecord(json)) s.note('doc', 'tệp không phải là một văn bản');
  else if (json.type !== 'doc') s.note('doc.type', 'thiếu loại "doc"');
  const top: unknown[] = Array.isArray(root.content) ? root.content : [];
  if (root.content !== undefined && !Array.isArray(root.content)) s.note('doc.content', 'nội dung không hợp lệ');

  let header: Record<string, unknown> | null = null;
  let title: Record<string, unknown> | null = null;
  let closing: Record<string, unknown> | null = null;
  const body: NodeJSON[] = [];
  top.forEach((child, i) => {
    const p = `doc.content[${i}]`;
    const type = isRecord(child) ? child.type : undefined;
    if (isRecord(child) && type === 'header' && !header) header = s.attrs(child.attrs, undefined, { ...DEFAULT_HEADER_ATTRS }, p);
    else if (isRecord(child) && type === 'documentTitle' && !title) title = s.attrs(child.attrs, undefined, { ...DEFAULT_DOCUMENT_TITLE_ATTRS }, p);
    else if (isRecord(child) && type === 'closing' && !closing) closing = s.attrs(child.attrs, undefined, { ...DEFAULT_CLOSING_ATTRS }, p);
    else if (isRecord(child) && type === 'body') body.push(...s.blocks(child.content, p));
    else body.push(...s.block(child, p));
  });
  if (header) header = fixHeaderChoices(header, s);
  if (!header) s.note('doc.content', 'thiếu phần đầu văn bản, tạo lại mặc định');
  if (!title) s.note('doc.content', 'thiếu tên loại và trích yếu, tạo lại mặc định');
  if (!closing) s.note('doc.content', 'thiếu phần ký và nơi nhận, tạo lại mặc định');
  if (body.length === 0) body.push({ type: 'paragraph' });
  const doc: DocJSON = {
    type: 'doc',
    content: [
      { type: 'header', attrs: { ...DEFAULT_HEADER_ATTRS, ...(header ?? {}) } },
      { type: 'documentTitle', attrs: { ...DEFAULT_DOCUMENT_TITLE_ATTRS, ...(title ?? {}) } },
      { type: 'body', content: body },
      { type: 'closing', attrs: { ...DEFAULT_CLOSING_ATTRS, ...(closing ?? {}) } },
    ],
  };
  const check = validateDocument(doc);
  if (check.ok) return { doc, problems: s.problems };
  // Last resort: keep every word as plain paragraphs.
  s.note(check.path, check.message);
  const text = textOf(root);
  const fallback: DocJSON = {
    type: 'doc',
    content: [
      { type: 'header', attrs: { ...DEFAULT_HEADER_ATTRS } },
      { type: 'documentTitle', attrs: { ...DEFAULT_DOCUMENT_TITLE_ATTRS } },
      { type: 'body', content: [text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }] },
      { type: 'closing', attrs: { ...DEFAULT_CLOSING_ATTRS } },
    ],
  };
  return { doc: fallback, problems: s.problems };
}
