/**
 * The one gatekeeper of a document: every way a document enters DuThao (save,
 * create from a template, the template catalogue, a review copy, a JSON file
 * given to the CLI, opening in the editor) goes through `checkDocument`.
 *
 * One linear walk over the JSON, without building ProseMirror nodes (saving a
 * 100,000-word draft must stay fast): node and mark names, content rules,
 * attribute values (`attr-rules.ts`), heading levels within the profile,
 * nesting depth (capped, so a 100,000-deep file is an error, not a stack
 * overflow), and text cleaned (NFC, XML-forbidden characters removed, see
 * `clean-text.ts`). A problem is reported with its JSON path, a Vietnamese
 * message naming the part of the document, and an English detail.
 */
import type { MarkType, NodeType } from 'prosemirror-model';
import { REQUIRED_ATTRS, attrRuleOf, checkAttrValue } from './attr-rules';
import { cleanText } from './clean-text';
import { maxHeadingLevelOf } from './headings';
import { toRoman } from './numbering';
import { documentSchema } from './schema';
import type { DocJSON, MarkJSON, NodeJSON, ProfileId } from './types';

/** Deepest nesting `checkDocument` accepts by default (a real document nests about 10 deep). */
export const MAX_NESTING_DEPTH = 100;

/** Most marks one text node may carry (bold, italic, underline and overlapping comments); keeps the mark check linear. */
export const MAX_MARKS_PER_NODE = 100;

/** Options of `checkDocument`. */
export interface CheckOptions {
  /** Deepest heading level allowed; by default the one of the header's profile (`headings.ts`). */
  readonly maxHeadingLevel?: number;
  /** Deepest nesting allowed (default `MAX_NESTING_DEPTH`). */
  readonly maxDepth?: number;
}

/** A document that passed the check, with its text cleaned (the same object when nothing changed). */
export interface CheckedOk {
  readonly ok: true;
  readonly doc: DocJSON;
}

/** The first problem found: JSON path (`doc.content[2].content[5]`), Vietnamese message naming the part, English detail. */
export interface CheckedProblem {
  readonly ok: false;
  readonly path: string;
  readonly message: string;
  readonly detail: string;
}

/** The outcome of `checkDocument`. */
export type CheckResult = CheckedOk | CheckedProblem;

/** A problem found deep in the tree; the path is built while unwinding. */
class Problem {
  constructor(
    public path: string,
    readonly where: string,
    readonly what: string,
    readonly detail: string,
  ) {}
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const PART_NAMES: Readonly<Record<string, string>> = {
  header: 'Phần đầu văn bản',
  documentTitle: 'Tên loại và trích yếu',
  body: 'Nội dung',
  closing: 'Phần ký và nơi nhận',
};

/** Vietnamese names of node types, for messages. */
const NODE_NAMES: Readonly<Record<string, string>> = {
  paragraph: 'đoạn văn',
  heading: 'đề mục',
  partHeading: 'tiêu đề phần',
  bulletList: 'danh sách gạch đầu dòng',
  orderedList: 'danh sách đánh số',
  listItem: 'mục danh sách',
  table: 'bảng',
  tableRow: 'hàng của bảng',
  tableHeader: 'ô tiêu đề của bảng',
  tableCell: 'ô của bảng',
  appendixHeading: 'tiêu đề phụ lục',
  footnote: 'chú thích',
  text: 'chữ',
};

function nodeName(type: string): string {
  return NODE_NAMES[type] ?? PART_NAMES[type]?.toLowerCase() ?? `"${type}"`;
}

class Walker {
  private depth = 0;
  private part = '';
  private section = '';
  private level1 = 0;
  private appendices = 0;
  private tables = 0;
  private table = 0;
  private maxHeadingLevel: number;

  constructor(
    private readonly maxDepth: number,
    private readonly fixedHeadingLevel: number | undefined,
  ) {
    this.maxHeadingLevel = fixedHeadingLevel ?? maxHeadingLevelOf('dang');
  }

  /** Where the walk is, in Vietnamese: "Nội dung, mục II, bảng 2". */
  where(): string {
    let s = this.part ? PART_NAMES[this.part]! : 'Văn bản';
    if (this.section) s += `, ${this.section}`;
    if (this.table) s += `, bảng ${this.table}`;
    return s;
  }

  problem(path: string, what: string, detail: string): Problem {
    return new Problem(path, this.where(), what, detail);
  }

  /** Follows the body's top-level blocks, so a message can name the section. */
  private enterBodyChild(child: unknown): void {
    if (!isRecord(child)) return;
    if (child.type === 'heading' && isRecord(child.attrs) && child.attrs.level === 1) this.section = `mục ${toRoman(++this.level1)}`;
    else if (child.type === 'appendixHeading') {
      this.section = `phụ lục ${++this.appendices}`;
      this.level1 = 0;
    }
  }

  marks(marks: unknown, parent: NodeType): Problem | readonly MarkJSON[] {
    if (!Array.isArray(marks)) return this.problem('.marks', 'định dạng chữ không hợp lệ', 'marks must be an array');
    if (marks.length > MAX_MARKS_PER_NODE) return this.problem('.marks', `một đoạn chữ có quá nhiều định dạng (hơn ${MAX_MARKS_PER_NODE})`, `more than ${MAX_MARKS_PER_NODE} marks (${marks.length})`);
    const types: MarkType[] = [];
    let out: unknown[] | null = null;
    for (let i = 0; i < marks.length; i++) {
      const m: unknown = marks[i];
      const mt = isRecord(m) && typeof m.type === 'string' ? documentSchema.marks[m.type] : undefined;
      if (!mt || !isRecord(m)) return this.problem(`.marks[${i}]`, 'có định dạng chữ không được hỗ trợ', `unknown mark ${isRecord(m) ? JSON.stringify(m.type) : JSON.stringify(m)}`);
      if (!parent.allowsMarkType(mt)) return this.problem(`.marks[${i}]`, `định dạng "${mt.name}" không được dùng ở đây`, `mark ${mt.name} is not allowed in ${parent.name}`);
      const required = REQUIRED_ATTRS[mt.name];
      if (required) {
        const missing = required.find((key) => !isRecord(m.attrs) || m.attrs[key] === undefined);
        if (missing !== undefined) return this.problem(`.marks[${i}].attrs.${missing}`, `${attrRuleOf(mt.name, missing).label} bị thiếu`, `mark ${mt.name} needs attribute "${missing}"`);
      }
      if (m.attrs !== undefined) {
        const attrs = this.attrs(m.attrs, mt.name, mt.spec.attrs ?? {});
        if (attrs instanceof Problem) {
          attrs.path = `.marks[${i}]${attrs.path}`;
          return attrs;
        }
        if (attrs !== m.attrs) (out ??= marks.slice())[i] = { ...m, attrs };
      }
      for (let j = 0; j < types.length; j++) {
        const other = types[j]!;
        const sameAttrs = other === mt && JSON.stringify((marks[j] as MarkJSON).attrs ?? {}) === JSON.stringify(m.attrs ?? {});
        if ((other !== mt && (other.excludes(mt) || mt.excludes(other))) || (other === mt && (mt.excludes(mt) || sameAttrs))) {
          return this.problem(`.marks[${i}]`, `định dạng "${mt.name}" bị lặp`, `invalid collection of marks: ${mt.name} twice or excluded`);
        }
      }
      types.push(mt);
    }
    return (out ?? marks) as readonly MarkJSON[];
  }

  /** Checks every attr value; returns the cleaned attrs (the same object when nothing changed). */
  attrs(attrs: unknown, owner: string, spec: object): Problem | Record<string, unknown> {
    if (!isRecord(attrs)) return this.problem('.attrs', 'thuộc tính không hợp lệ', 'attrs must be an object');
    let out: Record<string, unknown> | null = null;
    for (const key of Object.keys(attrs)) {
      if (!(key in spec)) return this.problem(`.attrs.${key}`, `có thuộc tính "${key}" không được hỗ trợ`, `unknown attribute "${key}" on ${owner}`);
      const rule = attrRuleOf(owner, key);
      const v = attrs[key];
      const checked = checkAttrValue(rule, v);
      if (!checked.ok) return this.problem(`.attrs.${key}`, `${rule.label} không hợp lệ (cần ${checked.expected})`, `${owner}.${key}: ${checked.detail}`);
      if (checked.value !== v) (out ??= { ...attrs })[key] = checked.value;
    }
    return out ?? attrs;
  }

  /** Checks one node; returns it cleaned, `null` when cleaning left a text node empty, or the problem. */
  node(json: unknown, parent: NodeType | null): Problem | NodeJSON | null {
    if (!isRecord(json)) return this.problem('', 'có phần tử không hợp lệ', 'expected an object');
    const typeName = json.type;
    if (typeof typeName !== 'string') return this.problem('.type', 'có phần tử không rõ loại', 'missing node type');
    const type = documentSchema.nodes[typeName];
    if (!type) return this.problem('.type', `có phần tử loại "${typeName.slice(0, 40)}" không được hỗ trợ`, `unknown node type "${typeName.slice(0, 80)}"`);
    let out: Record<string, unknown> = json;
    const copy = (): Record<string, unknown> => (out === json ? (out = { ...json }) : out);

    if (typeName === 'text') {
      const text = json.text;
      if (typeof text !== 'string' || text === '') return this.problem('.text', 'có đoạn chữ rỗng', 'text node needs non-empty text');
      const clean = cleanText(text);
      if (clean === '') return null;
      if (clean !== text) copy().text = clean;
    }
    if (json.attrs !== undefined) {
      const attrs = this.attrs(json.attrs, typeName, type.spec.attrs ?? {});
      if (attrs instanceof Problem) return attrs;
      if (attrs !== json.attrs) copy().attrs = attrs;
      if (typeName === 'header' && this.fixedHeadingLevel === undefined && (attrs.profile === 'dang' || attrs.profile === 'nha-nuoc')) {
        this.maxHeadingLevel = maxHeadingLevelOf(attrs.profile as ProfileId);
      }
      if (typeName === 'heading' && typeof attrs.level === 'number' && attrs.level > this.maxHeadingLevel) {
        return this.problem('.attrs.level', `cấp đề mục ${attrs.level} không hợp lệ (thể thức này chỉ có ${this.maxHeadingLevel} cấp)`, `heading level ${attrs.level} is beyond the profile's ${this.maxHeadingLevel} levels`);
      }
    }
    if (json.marks !== undefined) {
      if (!parent) return this.problem('.marks', 'văn bản không được có định dạng chữ', 'the document node cannot have marks');
      const marks = this.marks(json.marks, parent);
      if (marks instanceof Problem) return marks;
      if (marks !== json.marks) copy().marks = marks;
    }
    const content = json.content;
    if (content !== undefined) {
      if (!Array.isArray(content)) return this.problem('.content', 'nội dung không hợp lệ', 'content must be an array');
      if (content.length > 0 && ++this.depth > this.maxDepth) {
        return this.problem('.content', `các phần lồng nhau quá sâu (quá ${this.maxDepth} tầng)`, `nesting deeper than ${this.maxDepth} levels`);
      }
      const isTable = typeName === 'table';
      const outerTable = this.table;
      if (isTable) this.table = ++this.tables;
      const result = this.children(content, type, typeName);
      if (isTable) this.table = outerTable;
      if (content.length > 0) this.depth--;
      if (result instanceof Problem) return result;
      if (result !== content) copy().content = result;
    } else if (!type.contentMatch.validEnd) {
      return this.problem('.content', `${nodeName(typeName)} thiếu nội dung bắt buộc`, `${typeName} is missing required content`);
    }
    return out as unknown as NodeJSON;
  }

  private children(content: readonly unknown[], type: NodeType, typeName: string): Problem | readonly unknown[] {
    let match = type.contentMatch;
    let out: unknown[] | null = null;
    const top = typeName === 'doc';
    const body = typeName === 'body';
    for (let i = 0; i < content.length; i++) {
      const child: unknown = content[i];
      if (top) {
        this.part = isRecord(child) && typeof child.type === 'string' && child.type in PART_NAMES ? child.type : '';
        this.section = '';
      } else if (body) this.enterBodyChild(child);
      const checked = this.node(child, type);
      if (checked instanceof Problem) {
        checked.path = `.content[${i}]${checked.path}`;
        return checked;
      }
      if (checked === null) {
        // A text node that held only forbidden characters: dropped.
        out ??= content.slice(0, i);
        continue;
      }
      const next = match.matchType(documentSchema.nodes[checked.type]!);
      if (!next) return this.problem(`.content[${i}]`, `${nodeName(checked.type)} không được đặt ở đây`, `${checked.type} is not allowed here in ${typeName}`);
      match = next;
      if (out) out.push(checked);
      else if (checked !== child) (out = content.slice(0, i)).push(checked);
    }
    if (top) this.part = '';
    if (!match.validEnd) return this.problem('.content', `${nodeName(typeName)} thiếu nội dung bắt buộc`, `${typeName} is missing required content`);
    return out ?? content;
  }
}

/**
 * Checks `json` as a DuThao document and returns it with its text cleaned
 * (NFC, XML-forbidden characters removed; the same object when nothing
 * changed), or the first problem: JSON path from `doc`, Vietnamese message
 * naming the part ("Nội dung, mục II, bảng 1: số cột gộp (colspan) không hợp
 * lệ …"), English detail. Never throws, whatever `json` holds.
 */
export function checkDocument(json: unknown, options: CheckOptions = {}): CheckResult {
  if (!isRecord(json) || json.type !== 'doc') {
    return { ok: false, path: 'doc', message: 'Tệp không phải là một văn bản DuThao.', detail: 'doc: the top node must be an object of type "doc"' };
  }
  const walker = new Walker(options.maxDepth ?? MAX_NESTING_DEPTH, options.maxHeadingLevel);
  let result: Problem | NodeJSON | null;
  try {
    result = walker.node(json, null);
  } catch (err) {
    // Only a getter or proxy in hand-made input can throw; never a crash.
    return { ok: false, path: 'doc', message: 'Văn bản: không đọc được nội dung.', detail: `doc: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (result instanceof Problem) return { ok: false, path: `doc${result.path}`, message: `${result.where}: ${result.what}.`, detail: `doc${result.path}: ${result.detail}` };
  return { ok: true, doc: result as DocJSON };
}
