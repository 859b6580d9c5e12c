/**
 * Joining two sibling blocks on plain JSON the way ProseMirror's delete of
 * the range between them does (the end of the first block's last textblock
 * to the start of the second block's first textblock): the second
 * textblock's text is appended to the first one, and what followed it in
 * its list item / list goes into the first block's nearest list item / list
 * that can hold it, or stays after it in a copy of its old container.
 *
 * Used when a suggested paragraph break or a suggested deletion across
 * paragraphs is settled (`suggestions.ts`): a list item joined with the
 * paragraph after it becomes one list item, as plain editing makes it.
 * Tables are not entered (their cells are isolating, as in the editor).
 */
import { nodeSpecs } from './schema';
import type { NodeJSON } from './types';

/** Containers a join may go through, to the textblock at their edge. */
const JOINABLE_CONTAINERS = new Set(['bulletList', 'orderedList', 'listItem']);

const TEXTBLOCKS = new Set(Object.entries(nodeSpecs).filter(([, s]) => s.content === 'inline*').map(([name]) => name));

/** Whether `node` is a textblock (a paragraph, heading… holding text). */
export function isTextblockNode(node: NodeJSON): boolean {
  return TEXTBLOCKS.has(node.type);
}

function canHold(parent: string, child: string): boolean {
  const content = nodeSpecs[parent]?.content;
  if (!content) return false;
  const words = content.split(/[^A-Za-z]+/).filter(Boolean);
  const group = nodeSpecs[child]?.group;
  return words.includes(child) || (group !== undefined && words.includes(group));
}

/** The chain from `node` down its first (or last) children to a textblock, or null when a non-joinable node lies on the way. */
export function edgeTextblockPath(node: NodeJSON, end: 'first' | 'last'): NodeJSON[] | null {
  const path: NodeJSON[] = [node];
  let at = node;
  while (!isTextblockNode(at)) {
    if (!JOINABLE_CONTAINERS.has(at.type)) return null;
    const content = at.content ?? [];
    const next = end === 'first' ? content[0] : content[content.length - 1];
    if (!next) return null;
    path.push(next);
    at = next;
  }
  return path;
}


/**
 * `first` and `second` (siblings, in this order) joined into the blocks that
 * replace them: `[joined]`, or `[joined, rest]` when what followed the
 * second's textblock could not go into the first. Null when they cannot be
 * joined (no textblock at their edges, or a table on the way).
 */
export function joinBlocks(first: NodeJSON, second: NodeJSON): NodeJSON[] | null {
  const a = edgeTextblockPath(first, 'last');
  const b = edgeTextblockPath(second, 'first');
  if (!a || !b) return null;
  // Mutable copies of the first block's chain: the textblocks join, then the second's leftovers are placed.
  const chain: NodeJSON[] = a.map((n) => ({ ...n, content: [...(n.content ?? [])] }));
  const tb = chain[chain.length - 1]!;
  chain[chain.length - 1] = { ...tb, content: [...(tb.content ?? []), ...(b[b.length - 1]!.content ?? [])] };
  // Leftovers of the second chain, deepest first; those no node of the first chain can hold stay in shells.
  let shell: NodeJSON | null = null;
  for (let k = b.length - 2; k >= 0; k--) {
    const rest = (b[k]!.content ?? []).slice(1);
    const holder = rest.length > 0 && shell === null ? findHolder(chain, rest) : -1;
    if (holder >= 0) {
      chain[holder] = { ...chain[holder]!, content: [...(chain[holder]!.content ?? []), ...rest] };
      continue;
    }
    const content: NodeJSON[] = [...(shell ? [shell] : []), ...rest];
    shell = content.length > 0 ? { ...b[k]!, content } : null;
  }
  const joined = rebuildChain(chain, a.map((n) => (n.content?.length ?? 0) - 1));
  return shell ? [joined, shell] : [joined];
}

/** The deepest node of `chain` (not the textblock) that can hold every node of `rest`, or −1. */
function findHolder(chain: readonly NodeJSON[], rest: readonly NodeJSON[]): number {
  for (let j = chain.length - 2; j >= 0; j--) if (rest.every((r) => canHold(chain[j]!.type, r.type))) return j;
  return -1;
}

/** The chain put back together bottom-up: each node's child at `at[i]` is the next node of the chain. */
function rebuildChain(chain: readonly NodeJSON[], at: readonly number[]): NodeJSON {
  let out = chain[chain.length - 1]!;
  for (let i = chain.length - 2; i >= 0; i--) {
    const content = [...(chain[i]!.content ?? [])];
    content[at[i]!] = out;
    out = { ...chain[i]!, content };
  }
  return out;
}
