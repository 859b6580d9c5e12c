/**
 * Checks a document JSON against the schema and reports the first problem
 * with its path (`content[2].content[0].marks[1]`), so a bad file, an old
 * version or a hand edit is named precisely instead of crashing the editor.
 */
import type { Node as PMNode, Schema } from 'prosemirror-model';
import { documentSchema } from './schema';

/** The result of validating a document JSON. */
export type ValidationResult =
  | { readonly ok: true; readonly node: PMNode }
  | { readonly ok: false; readonly path: string; readonly message: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Finds the first structural problem in `json`, or null. */
function firstProblem(json: unknown, schema: Schema, path: string): { path: string; message: string } | null {
  if (!isRecord(json)) return { path, message: 'expected an object' };
  const typeName = json.type;
  if (typeof typeName !== 'string') return { path: `${path}.type`, message: 'missing node type' };
  const type = schema.nodes[typeName];
  if (!type) return { path: `${path}.type`, message: `unknown node type "${typeName}"` };
  if (typeName === 'text') {
    if (typeof json.text !== 'string' || json.text === '') return { path: `${path}.text`, message: 'text node needs non-empty text' };
  }
  if (json.attrs !== undefined) {
    if (!isRecord(json.attrs)) return { path: `${path}.attrs`, message: 'attrs must be an object' };
    for (const key of Object.keys(json.attrs)) {
      if (!(key in (type.spec.attrs ?? {}))) return { path: `${path}.attrs.${key}`, message: `unknown attribute "${key}" on ${typeName}` };
    }
  }
  if (json.marks !== undefined) {
    if (!Array.isArray(json.marks)) return { path: `${path}.marks`, message: 'marks must be an array' };
    for (let i = 0; i < json.marks.length; i++) {
      const m: unknown = json.marks[i];
      const mt = isRecord(m) && typeof m.type === 'string' ? schema.marks[m.type] : undefined;
      if (!mt) return { path: `${path}.marks[${i}]`, message: `unknown mark ${isRecord(m) ? JSON.stringify(m.type) : ''}` };
    }
  }
  if (json.content !== undefined) {
    if (!Array.isArray(json.content)) return { path: `${path}.content`, message: 'content must be an array' };
    let match = type.contentMatch;
    for (let i = 0; i < json.content.length; i++) {
      const child: unknown = json.content[i];
      const childPath = `${path}.content[${i}]`;
      const p = firstProblem(child, schema, childPath);
      if (p) return p;
      const childType = schema.nodes[(child as { type: string }).type]!;
      const next = match.matchType(childType);
      if (!next) return { path: childPath, message: `${childType.name} is not allowed here in ${typeName}` };
      match = next;
    }
    if (!match.validEnd) return { path: `${path}.content`, message: `${typeName} is missing required content` };
  } else if (!type.contentMatch.validEnd) {
    return { path: `${path}.content`, message: `${typeName} is missing required content` };
  }
  return null;
}

/**
 * Validates a document JSON; on success returns the ProseMirror node.
 * Paths start at `doc`.
 */
export function validateDocument(json: unknown, schema: Schema = documentSchema): ValidationResult {
  const problem = firstProblem(json, schema, 'doc');
  if (problem) return { ok: false, ...problem };
  try {
    const node = schema.nodeFromJSON(json);
    node.check();
    return { ok: true, node };
  } catch (err) {
    return { ok: false, path: 'doc', message: err instanceof Error ? err.message : String(err) };
  }
}
