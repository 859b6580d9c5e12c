/**
 * The save path's document check: one walk over the JSON that validates it
 * against the schema (the same rules as `validateDocument`, without building
 * a ProseMirror node) and normalises every text and string attribute to NFC.
 * Saving a 100,000-word draft must stay well under 15 ms, and building the
 * node tree alone costs about that much.
 */
import type { MarkType, NodeType, Schema } from 'prosemirror-model';
import { documentSchema } from '../../common/document/schema';
import type { DocJSON, MarkJSON, NodeJSON } from '../../common/document/types';
import { toNfc } from '../../common/text/normalize';

/** The outcome of checking a document: the normalised JSON, or the first problem with its path. */
export type CheckedDocument =
  | { readonly ok: true; readonly doc: DocJSON }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** A problem found deep in the tree; the path is built while unwinding. */
class Problem {
  constructor(
    public path: string,
    public readonly message: string,
  ) {}
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Normalises a string or an array of strings; other values pass through unchanged. */
function nfcValue(v: unknown): unknown {
  if (typeof v === 'string') return toNfc(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    let changed = false;
    const out = v.map((x: string) => {
      const n = toNfc(x);
      if (n !== x) changed = true;
      return n;
    });
    return changed ? out : v;
  }
  return v;
}

function checkMarks(marks: unknown, schema: Schema, parent: NodeType): Problem | readonly MarkJSON[] {
  if (!Array.isArray(marks)) return new Problem('.marks', 'marks must be an array');
  const types: MarkType[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m: unknown = marks[i];
    const mt = isRecord(m) && typeof m.type === 'string' ? schema.marks[m.type] : undefined;
    if (!mt) return new Problem(`.marks[${i}]`, `unknown mark ${isRecord(m) ? JSON.stringify(m.type) : ''}`);
    if (!parent.allowsMarkType(mt)) return new Problem(`.marks[${i}]`, `mark ${mt.name} is not allowed in ${parent.name}`);
    for (let j = 0; j < types.length; j++) {
      const other = types[j]!;
      const sameAttrs = other === mt && JSON.stringify((marks[j] as MarkJSON).attrs ?? {}) === JSON.stringify((m as MarkJSON).attrs ?? {});
      if ((other !== mt && (other.excludes(mt) || mt.excludes(other))) || (other === mt && (mt.excludes(mt) || sameAttrs))) {
        return new Problem(`.marks[${i}]`, `invalid collection of marks: ${mt.name} twice or excluded`);
      }
    }
    types.push(mt);
  }
  return marks as readonly MarkJSON[];
}

function walk(json: unknown, schema: Schema, parent: NodeType | null): Problem | NodeJSON {
  if (!isRecord(json)) return new Problem('', 'expected an object');
  const typeName = json.type;
  if (typeof typeName !== 'string') return new Problem('.type', 'missing node type');
  const type = schema.nodes[typeName];
  if (!type) return new Problem('.type', `unknown node type "${typeName}"`);
  let out: Record<string, unknown> = json;
  const copy = (): Record<string, unknown> => (out === json ? (out = { ...json }) : out);

  if (typeName === 'text') {
    const text = json.text;
    if (typeof text !== 'string' || text === '') return new Problem('.text', 'text node needs non-empty text');
    const n = toNfc(text);
    if (n !== text) copy().text = n;
  }
  if (json.attrs !== undefined) {
    const attrs = json.attrs;
    if (!isRecord(attrs)) return new Problem('.attrs', 'attrs must be an object');
    const spec = type.spec.attrs ?? {};
    let newAttrs: Record<string, unknown> | null = null;
    for (const key of Object.keys(attrs)) {
      if (!(key in spec)) return new Problem(`.attrs.${key}`, `unknown attribute "${key}" on ${typeName}`);
      const v = attrs[key];
      const n = nfcValue(v);
      if (n !== v) (newAttrs ??= { ...attrs })[key] = n;
    }
    if (newAttrs) copy().attrs = newAttrs;
  }
  if (json.marks !== undefined) {
    if (!parent) return new Problem('.marks', 'the document node cannot have marks');
    const marks = checkMarks(json.marks, schema, parent);
    if (marks instanceof Problem) return marks;
  }
  const content = json.content;
  if (content !== undefined) {
    if (!Array.isArray(content)) return new Problem('.content', 'content must be an array');
    let match = type.contentMatch;
    let newContent: unknown[] | null = null;
    for (let i = 0; i < content.length; i++) {
      const child: unknown = content[i];
      const checked = walk(child, schema, type);
      if (checked instanceof Problem) {
        checked.path = `.content[${i}]${checked.path}`;
        return checked;
      }
      const next = match.matchType(schema.nodes[checked.type]!);
      if (!next) return new Problem(`.content[${i}]`, `${checked.type} is not allowed here in ${typeName}`);
      match = next;
      if (checked !== child) (newContent ??= content.slice())[i] = checked;
    }
    if (!match.validEnd) return new Problem('.content', `${typeName} is missing required content`);
    if (newContent) copy().content = newContent;
  } else if (!type.contentMatch.validEnd) {
    return new Problem('.content', `${typeName} is missing required content`);
  }
  return out as unknown as NodeJSON;
}

/**
 * Checks `json` against the document schema and returns it with every text
 * and string attribute in NFC (the same object when nothing changed).
 * Paths in problems start at `doc`, as in `validateDocument`.
 */
export function checkAndNormalizeDocument(json: unknown, schema: Schema = documentSchema): CheckedDocument {
  const result = walk(json, schema, null);
  if (result instanceof Problem) return { ok: false, path: `doc${result.path}`, message: result.message };
  if (result.type !== schema.topNodeType.name) return { ok: false, path: 'doc.type', message: `the top node must be ${schema.topNodeType.name}` };
  return { ok: true, doc: result as DocJSON };
}
