/**
 * The allowed VALUES of every node and mark attribute of the schema (the
 * schema itself only knows names and defaults): types, choices, ranges and
 * length bounds. `checkDocument` and `salvageDocument` both read them, so a
 * value the store accepts is one the editor and exporter can handle (a
 * `colspan` of 100,000,000 once crashed export and the tab).
 */
import { cleanText, hasForbiddenCharacters } from './clean-text';
import { markSpecs, nodeSpecs } from './schema';

/** Urgency choices of the header (`urgency`), as printed. */
export const URGENCY_CHOICES: readonly string[] = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'];

/** Secrecy choices of the header (`secrecy`), as printed. */
export const SECRECY_CHOICES: readonly string[] = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'];

/** Largest `colspan` / `rowspan` of a table cell (Word's own limit on merged columns is 63). */
export const MAX_CELL_SPAN = 63;

/** Bound of a string attribute that has no bound of its own. */
export const MAX_STRING_ATTR_LENGTH = 2_000;

/** The rule for one attribute value; `label` names the attribute in Vietnamese messages. */
export type AttrRule =
  | { readonly kind: 'string'; readonly label: string; readonly maxLength: number; readonly oneOf?: readonly string[]; readonly pattern?: RegExp; readonly nullable?: boolean }
  | { readonly kind: 'boolean'; readonly label: string }
  | { readonly kind: 'integer'; readonly label: string; readonly min: number; readonly max: number }
  | { readonly kind: 'stringList'; readonly label: string; readonly maxItems: number; readonly maxLength: number }
  | { readonly kind: 'widths'; readonly label: string; readonly maxItems: number; readonly max: number }
  | { readonly kind: 'json'; readonly label: string; readonly maxLength: number; readonly maxDepth: number };

const text = (label: string, maxLength: number = MAX_STRING_ATTR_LENGTH): AttrRule => ({ kind: 'string', label, maxLength });
const choice = (label: string, oneOf: readonly string[]): AttrRule => ({ kind: 'string', label, maxLength: 40, oneOf });
const span = (label: string): AttrRule => ({ kind: 'integer', label, min: 1, max: MAX_CELL_SPAN });
const CELL: Readonly<Record<string, AttrRule>> = {
  colspan: span('số cột gộp (colspan)'),
  rowspan: span('số hàng gộp (rowspan)'),
  colwidth: { kind: 'widths', label: 'độ rộng cột', maxItems: MAX_CELL_SPAN, max: 10_000 },
  align: { kind: 'string', label: 'căn lề ô', maxLength: 10, oneOf: ['left', 'center', 'right'], nullable: true },
};

/** A suggestion id: `s-` then up to 60 letters, digits, `-` or `_` (docs/suggestions.md). */
export const SUGGESTION_ID_PATTERN = /^s-[A-Za-z0-9_-]{1,60}$/;

/** A suggestion time: ISO 8601 UTC, seconds and milliseconds optional, or '' when unknown. */
export const SUGGESTION_DATE_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** Longest author name of a suggestion. */
export const MAX_SUGGESTION_AUTHOR_LENGTH = 200;

const SUGGESTION: Readonly<Record<string, AttrRule>> = {
  id: { kind: 'string', label: 'mã đề xuất', maxLength: 62, pattern: SUGGESTION_ID_PATTERN },
  author: text('người đề xuất', MAX_SUGGESTION_AUTHOR_LENGTH),
  date: { kind: 'string', label: 'thời điểm đề xuất', maxLength: 30, pattern: SUGGESTION_DATE_PATTERN },
};

/** Value rules by node or mark name, then attribute name. */
export const ATTR_RULES: Readonly<Record<string, Readonly<Record<string, AttrRule>>>> = {
  header: {
    profile: choice('thể thức', ['dang', 'nha-nuoc']),
    superiorBody: text('cơ quan cấp trên', 500),
    issuingBody: text('cơ quan ban hành', 500),
    number: text('số', 40),
    typeCode: text('ký hiệu loại văn bản', 40),
    bodyCode: text('ký hiệu cơ quan', 80),
    place: text('địa danh', 200),
    date: { kind: 'string', label: 'ngày tháng', maxLength: 10, pattern: /^(\d{4}(-\d{2}-\d{2})?)?$/ }, // yyyy alone: day and month blank for the clerk
    draftMark: { kind: 'boolean', label: 'dấu DỰ THẢO' },
    draftRound: { kind: 'integer', label: 'lần dự thảo', min: 0, max: 999 },
    urgency: choice('độ khẩn', URGENCY_CHOICES),
    secrecy: choice('độ mật', SECRECY_CHOICES),
    romanSeparator: choice('kiểu số La Mã', ['.', '-']),
    thirdLevel: choice('kiểu đề mục cấp 3', ['letter', 'decimal']),
  },
  documentTitle: {
    documentType: text('tên loại văn bản', 200),
    subject: text('trích yếu', 2_000),
  },
  closing: {
    authority: text('quyền hạn ký', 500),
    signerTitle: text('chức vụ người ký', 500),
    signerName: text('họ tên người ký', 200),
    recipients: { kind: 'stringList', label: 'nơi nhận', maxItems: 200, maxLength: 500 },
  },
  paragraph: { guidance: { kind: 'boolean', label: 'đoạn gợi ý' } },
  // The profile's own limit is checked by `checkDocument` (HEADING_LEVELS).
  heading: { level: { kind: 'integer', label: 'cấp đề mục', min: 1, max: 9 } },
  orderedList: {
    start: { kind: 'integer', label: 'số bắt đầu', min: 0, max: 99_999 },
    type: { kind: 'string', label: 'kiểu đánh số', maxLength: 10, nullable: true },
    continueNumbering: { kind: 'boolean', label: 'đánh số tiếp' },
  },
  table: { landscape: { kind: 'boolean', label: 'trang ngang' }, ordinal: { kind: 'boolean', label: 'cột TT tự đánh số' } },
  addressees: { names: { kind: 'stringList', label: 'nơi gửi (Kính gửi)', maxItems: 100, maxLength: 500 } },
  tableHeader: CELL,
  tableCell: CELL,
  appendixHeading: { note: text('dòng "Kèm theo"', 2_000) },
  footnote: { text: text('chú thích', 20_000) },
  comment: { id: text('mã góp ý', 200) },
  insertion: SUGGESTION,
  deletion: SUGGESTION,
  modification: {
    ...SUGGESTION,
    type: choice('loại thay đổi định dạng', ['mark', 'attr', 'nodeType']),
    attrName: { kind: 'string', label: 'thuộc tính được đổi', maxLength: 100, nullable: true },
    previousValue: { kind: 'json', label: 'giá trị cũ', maxLength: 4_000, maxDepth: 8 },
    newValue: { kind: 'json', label: 'giá trị mới', maxLength: 4_000, maxDepth: 8 },
  },
};

/**
 * Attributes a mark must state in the file itself (their default is not a
 * valid value): a suggestion without its id could not be accepted, rejected
 * or matched to its thread.
 */
export const REQUIRED_ATTRS: Readonly<Record<string, readonly string[]>> = {
  insertion: ['id'],
  deletion: ['id'],
  modification: ['id'],
};

/** The rule of attribute `attr` of node or mark `owner`; an attr without one gets a rule from its default's type. */
export function attrRuleOf(owner: string, attr: string): AttrRule {
  const rule = ATTR_RULES[owner]?.[attr];
  if (rule) return rule;
  const spec = nodeSpecs[owner] ?? markSpecs[owner];
  const def = (spec?.attrs?.[attr] as { default?: unknown } | undefined)?.default;
  if (typeof def === 'boolean') return { kind: 'boolean', label: attr };
  if (typeof def === 'number') return { kind: 'integer', label: attr, min: -1_000_000, max: 1_000_000 };
  if (Array.isArray(def)) return { kind: 'stringList', label: attr, maxItems: 1_000, maxLength: MAX_STRING_ATTR_LENGTH };
  return { kind: 'string', label: attr, maxLength: MAX_STRING_ATTR_LENGTH, nullable: def === null };
}

/** Why `value` is not plain bounded JSON (null, boolean, finite number, clean string, array, plain object), or null when it is. */
function jsonProblem(value: unknown, maxDepth: number, budget: { nodes: number }): string | null {
  if (--budget.nodes < 0) return 'too many values';
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'a number that is not finite';
  if (typeof value === 'string') return hasForbiddenCharacters(value) ? 'a string with forbidden characters' : null;
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (maxDepth <= 0) return 'nested too deep';
  if (Array.isArray(value)) {
    for (const item of value as readonly unknown[]) {
      const problem = jsonProblem(item, maxDepth - 1, budget);
      if (problem) return problem;
    }
    return null;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return 'an object that is not plain';
  for (const item of Object.values(value)) {
    const problem = jsonProblem(item, maxDepth - 1, budget);
    if (problem) return problem;
  }
  return null;
}

/** A value that breaks its rule: what was expected, in Vietnamese and in English. */
export interface AttrValueProblem {
  readonly expected: string;
  readonly detail: string;
}

function shown(value: unknown): string {
  const s = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : Array.isArray(value) ? `an array of ${value.length}` : String(value);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/**
 * Checks `value` against `rule`; returns the value with its strings cleaned
 * (NFC, no XML-forbidden characters; the same value when nothing changed),
 * or what is wrong.
 */
export function checkAttrValue(rule: AttrRule, value: unknown): { readonly ok: true; readonly value: unknown } | ({ readonly ok: false } & AttrValueProblem) {
  switch (rule.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, expected: 'đúng hoặc sai', detail: `expected a boolean, got ${shown(value)}` };
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max
        ? { ok: true, value }
        : { ok: false, expected: `số nguyên từ ${rule.min} đến ${rule.max}`, detail: `expected an integer ${rule.min}–${rule.max}, got ${shown(value)}` };
    case 'string': {
      if (value === null && rule.nullable) return { ok: true, value };
      if (typeof value !== 'string') return { ok: false, expected: 'chữ', detail: `expected a string, got ${shown(value)}` };
      const clean = cleanText(value);
      if (clean.length > rule.maxLength) return { ok: false, expected: `tối đa ${rule.maxLength} ký tự`, detail: `string longer than ${rule.maxLength} characters (${clean.length})` };
      if (rule.oneOf && !rule.oneOf.includes(clean)) return { ok: false, expected: `một trong ${rule.oneOf.map((c) => `"${c}"`).join(', ')}`, detail: `expected one of ${rule.oneOf.map((c) => JSON.stringify(c)).join(', ')}, got ${shown(value)}` };
      if (rule.pattern && !rule.pattern.test(clean)) return { ok: false, expected: 'đúng định dạng', detail: `${shown(value)} does not match ${String(rule.pattern)}` };
      return { ok: true, value: clean };
    }
    case 'stringList': {
      if (!Array.isArray(value)) return { ok: false, expected: 'danh sách các dòng chữ', detail: `expected an array of strings, got ${shown(value)}` };
      if (value.length > rule.maxItems) return { ok: false, expected: `tối đa ${rule.maxItems} dòng`, detail: `more than ${rule.maxItems} entries (${value.length})` };
      let out: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== 'string') return { ok: false, expected: 'danh sách các dòng chữ', detail: `entry ${i} is not a string: ${shown(item)}` };
        const clean = cleanText(item);
        if (clean.length > rule.maxLength) return { ok: false, expected: `mỗi dòng tối đa ${rule.maxLength} ký tự`, detail: `entry ${i} longer than ${rule.maxLength} characters` };
        if (clean !== item) (out ??= value.slice())[i] = clean;
      }
      return { ok: true, value: out ?? value };
    }
    case 'widths': {
      if (value === null) return { ok: true, value };
      const fine = Array.isArray(value) && value.length <= rule.maxItems && value.every((w) => w === null || (typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= rule.max));
      return fine ? { ok: true, value } : { ok: false, expected: `danh sách tối đa ${rule.maxItems} số từ 0 đến ${rule.max}`, detail: `expected null or up to ${rule.maxItems} widths 0–${rule.max}, got ${shown(value)}` };
    }
    case 'json': {
      const expected = `giá trị JSON tối đa ${rule.maxLength} ký tự`;
      // A value the editor left undefined is written as absent, so it reads back as null.
      if (value === undefined) return { ok: true, value: null };
      const problem = jsonProblem(value, rule.maxDepth, { nodes: rule.maxLength });
      if (problem) return { ok: false, expected, detail: `expected bounded JSON, got ${problem}` };
      const length = JSON.stringify(value).length;
      return length <= rule.maxLength ? { ok: true, value } : { ok: false, expected, detail: `JSON longer than ${rule.maxLength} characters (${length})` };
    }
  }
}
