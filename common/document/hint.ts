/**
 * Hints (đoạn gợi ý): the grey guidance paragraphs a template puts in the
 * body to tell the drafter what to write. The invariant DuThao keeps:
 *
 *   A hint is either wholly a hint or gone.
 *
 * A hint is a `paragraph` whose `guidance` attribute is true; all of its text
 * is hint text, none of it is ever printed or exported. When the drafter
 * writes into a hint (typing, pasting, dropping, deleting, joining), every
 * character of the hint goes and only what the drafter wrote stays, as an
 * ordinary paragraph. No operation may leave hint text in an ordinary
 * paragraph, or the drafter's text in a hint. The editor holds this in one
 * plugin (`renderer/src/editor/plugins/hintGuard.ts`); this module says what
 * a hint is, for every reader of document JSON.
 */
import type { NodeJSON } from './types';

/** The paragraph attribute that marks a hint. */
export const HINT_ATTR = 'guidance';

/** The node type a hint is. */
export const HINT_NODE_TYPE = 'paragraph';

/** A node-like value: JSON nodes and ProseMirror nodes both fit (`type` is a name or has one). */
export interface HintCandidate {
  readonly type: string | { readonly name: string };
  readonly attrs?: Readonly<Record<string, unknown>> | null;
}

/** Whether a node (JSON or ProseMirror) is a hint: a guidance paragraph. */
export function isHint(node: HintCandidate): boolean {
  const name = typeof node.type === 'string' ? node.type : node.type.name;
  return name === HINT_NODE_TYPE && node.attrs?.[HINT_ATTR] === true;
}

/** The text of a JSON node and its descendants, concatenated. */
function textOf(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

/** Every hint of a document, in reading order, with its text (for tests, checks and reports). */
export function hintsOf(node: NodeJSON): string[] {
  const out: string[] = [];
  const stack: NodeJSON[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isHint(n)) {
      out.push(textOf(n));
      continue;
    }
    const content = n.content ?? [];
    for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]!);
  }
  return out;
}
