/**
 * Gives each TipTap extension its schema shape from the common node and mark
 * specs (`common/document/schema.ts`), so the editor's schema is the common
 * one by construction: an extension adds only HTML parsing/rendering, node
 * views, commands and keymaps, never content, groups or attribute defaults.
 */
import type { Attribute, Attributes } from '@tiptap/core';
import type { MarkSpec, NodeSpec } from '@tiptap/pm/model';
import { markSpecs, nodeSpecs } from '../../../../common/document/schema';

/** What an extension may add to an attribute of the common spec: everything but its default. */
export type AttributeBehaviour = Omit<Attribute, 'default'>;

/** The shape fields of a node spec that TipTap takes as node config. */
export interface NodeShapeConfig {
  readonly name: string;
  readonly content?: string;
  readonly group?: string;
  readonly inline?: boolean;
  readonly atom?: boolean;
  readonly selectable?: boolean;
  readonly draggable?: boolean;
  readonly defining?: boolean;
  readonly isolating?: boolean;
  readonly marks?: string;
  readonly tableRole?: string;
}

/** The shape fields of a mark spec that TipTap takes as mark config. */
export interface MarkShapeConfig {
  readonly name: string;
  readonly inclusive?: boolean;
  readonly excludes?: string;
  readonly spanning?: boolean;
}

function nodeSpec(name: string): NodeSpec {
  const spec = nodeSpecs[name];
  if (!spec) throw new Error(`There is no node type ${name} in the document schema`);
  return spec;
}

function markSpec(name: string): MarkSpec {
  const spec = markSpecs[name];
  if (!spec) throw new Error(`There is no mark type ${name} in the document schema`);
  return spec;
}

/** Copies the defined fields of `keys` from `spec`. */
function pick<T extends object>(spec: object, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (spec as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

const NODE_FIELDS = ['content', 'group', 'inline', 'atom', 'selectable', 'draggable', 'defining', 'isolating', 'marks', 'tableRole'] as const;
const MARK_FIELDS = ['inclusive', 'excludes', 'spanning'] as const;

/** The node config fields (name, content, group, atom…) of the common spec named `name`. */
export function nodeShape(name: string): NodeShapeConfig {
  return { name, ...pick<Omit<NodeShapeConfig, 'name'>>(nodeSpec(name), NODE_FIELDS) };
}

/** The mark config fields (name, inclusive, excludes…) of the common spec named `name`. */
export function markShape(name: string): MarkShapeConfig {
  return { name, ...pick<Omit<MarkShapeConfig, 'name'>>(markSpec(name), MARK_FIELDS) };
}

function attributesOf(spec: NodeSpec | MarkSpec, owner: string, behaviour: Readonly<Record<string, AttributeBehaviour>>): Attributes {
  const specAttrs = (spec.attrs ?? {}) as Record<string, { default?: unknown }>;
  for (const key of Object.keys(behaviour)) {
    if (!(key in specAttrs)) throw new Error(`Attribute ${key} is not in the common spec of ${owner}`);
  }
  const out: Attributes = {};
  for (const [key, attr] of Object.entries(specAttrs)) {
    const extra = behaviour[key];
    // An attribute without HTML behaviour is kept out of the DOM.
    out[key] = extra ? { ...extra, default: attr.default } : { default: attr.default, rendered: false };
  }
  return out;
}

/**
 * The TipTap attributes of node `name`: every attr of the common spec with
 * its default, plus the HTML behaviour given here (an attr not named is not
 * rendered). Naming an attr the spec lacks throws.
 */
export function nodeAttributes(name: string, behaviour: Readonly<Record<string, AttributeBehaviour>> = {}): Attributes {
  return attributesOf(nodeSpec(name), name, behaviour);
}

/** The TipTap attributes of mark `name`, as `nodeAttributes` does for nodes. */
export function markAttributes(name: string, behaviour: Readonly<Record<string, AttributeBehaviour>> = {}): Attributes {
  return attributesOf(markSpec(name), name, behaviour);
}
