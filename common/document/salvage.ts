/**
 * Recovers what it can from a document JSON that does not fit the schema (a
 * bad file, an old version, a hand edit), so nothing readable is lost: known
 * nodes are kept, unknown ones become paragraphs of their text, missing
 * structural parts are re-created with defaults. It keeps its repair logic
 * but judges with the gatekeeper's rules (`checkDocument`, `attr-rules.ts`):
 * an attribute value the check refuses is replaced by its default, and
 * nesting deeper than the check allows is flattened to its text.
 * Pure: no DOM, no I/O.
 */
import type { NodeType } from 'prosemirror-model';
import { REQUIRED_ATTRS, attrRuleOf, checkAttrValue } from './attr-rules';
import { checkDocument, MAX_NESTING_DEPTH } from './check';
import { cleanText } from './clean-text';
import { documentSchema, DEFAULT_HEADER_ATTRS, DEFAULT_DOCUMENT_TITLE_ATTRS, DEFAULT_CLOSING_ATTRS } from './schema';
import { maxHeadingLevelOf } from './headings';
import type { DocJSON, MarkJSON, NodeJSON, ProfileId } from './types';

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
  /** Nesting depth of the block being read; deeper than the check allows is flattened to text. */
  private depth = 0;
  /** The header's profile, once read (heading levels depend on it). */
  profile: ProfileId = 'dang';

  note(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Keeps the known attrs whose value has the type of the default. */
  attrs(raw: unknown, type: NodeType | undefined, defaults: Record<string, unknown> | null, path: string, owner: string = type?.name ?? ''): Record<string, unknown> {
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
      const checked = checkAttrValue(attrRuleOf(owner, key), value);
      if (checked.ok) out[key] = checked.value;
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
      const attrs = this.attrs(m.attrs, undefined, Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([k, v]) => [k, (v as { default?: unknown }).default])), `${path}.marks[${i}]`, type.name);
      if (REQUIRED_ATTRS[type.name]?.some((key) => attrs[key] === undefined)) {
        // A suggestion without a valid id cannot be accepted or rejected: the text stays, unmarked.
        this.note(`${path}.marks[${i}]`, `bỏ định dạng "${type.name}" thiếu mã`);
        return;
      }
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
        const text = typeof child.text === 'string' ? cleanText(child.text) : '';
        if (text === '') return this.note(p, 'bỏ đoạn chữ rỗng');
        const marks = this.marks(child.marks, p);
        out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
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
    if (this.depth >= MAX_NESTING_DEPTH / 4) return this.paragraphOf(raw, path, 'các phần lồng nhau quá sâu, giữ lại chữ');
    this.depth++;
    try {
      return this.blockAt(raw, path);
    } finally {
      this.depth--;
    }
  }

  private blockAt(raw: Json, path: string): NodeJSON[] {
    const typeName = typeof raw.type === 'string' ? raw.type : '';
    const type = documentSchema.nodes[typeName];
    if (type && TEXTBLOCKS.has(typeName)) {
      const attrs = this.attrs(raw.attrs, type, null, path);
      const maxLevel = maxHeadingLevelOf(this.profile);
      if (typeName === 'heading' && typeof attrs.level === 'number' && attrs.level > maxLevel) {
        this.note(`${path}.attrs.level`, `cấp đề mục ${attrs.level} không có trong thể thức, dùng cấp ${maxLevel}`);
        attrs.level = maxLevel;
      }
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
      const node = checkedBlock(raw);
      if (node) return [node];
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

function isBlockLike(j: Json): boolean {
  const t = typeof j.type === 'string' ? documentSchema.nodes[j.type] : undefined;
  return t ? t.isBlock : Array.isArray(j.content);
}

/** A block that passes the gatekeeper as it is (checked inside a minimal document), cleaned; else null. */
function checkedBlock(raw: Json): NodeJSON | null {
  const probe = { type: 'doc', content: [{ type: 'header' }, { type: 'documentTitle' }, { type: 'body', content: [raw] }, { type: 'closing' }] };
  const checked = checkDocument(probe);
  return checked.ok ? checked.doc.content![2]!.content![0]! : null;
}

/** The plain text of any JSON node tree, paragraphs joined by spaces; iterative, so any depth is safe. */
function textOf(raw: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [raw];
  while (stack.length) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    if (typeof node.text === 'string') {
      const text = cleanText(node.text);
      if (text !== '') parts.push(text);
    } else if (Array.isArray(node.content)) {
      for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
    }
  }
  return parts.join(' ');
}

/**
 * Returns a valid document built from whatever `json` holds, with the list
 * of problems found (empty when the input was already valid).
 */
export function salvageDocument(json: unknown): SalvageResult {
  const s = new Salvager();
  const first = checkDocument(json);
  if (first.ok) return { doc: first.doc, problems: [] };
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
    if (isRecord(child) && type === 'header' && !header) {
      header = s.attrs(child.attrs, undefined, { ...DEFAULT_HEADER_ATTRS }, p, 'header');
      if (header.profile === 'nha-nuoc' || header.profile === 'dang') s.profile = header.profile;
    } else if (isRecord(child) && type === 'documentTitle' && !title) title = s.attrs(child.attrs, undefined, { ...DEFAULT_DOCUMENT_TITLE_ATTRS }, p, 'documentTitle');
    else if (isRecord(child) && type === 'closing' && !closing) closing = s.attrs(child.attrs, undefined, { ...DEFAULT_CLOSING_ATTRS }, p, 'closing');
    else if (isRecord(child) && type === 'body') for (const block of s.blocks(child.content, p)) body.push(block);
    else body.push(...s.block(child, p));
  });
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
  const check = checkDocument(doc);
  if (check.ok) return { doc: check.doc, problems: s.problems };
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
