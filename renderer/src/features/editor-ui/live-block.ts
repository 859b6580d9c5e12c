/**
 * Marks the body block holding the cursor as "live" (`dt-live-block`), so
 * the containment that lets Chromium skip off-screen blocks
 * (`content-visibility: auto`, see docs/typing-performance.md) never applies
 * to the block being typed in. Without it, a block just made by Enter is not
 * yet laid out when a fast IME composition starts in it, and Chromium
 * doubles the first letter ("VVề"). One node decoration; rebuilt only when
 * the cursor moves to another top-level block.
 */
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class of the live block. */
export const LIVE_BLOCK_CLASS = 'dt-live-block';

interface LiveBlock {
  readonly from: number;
  readonly to: number;
  readonly set: DecorationSet;
}

/** Plugin key of the live-block decoration. */
export const liveBlockKey = new PluginKey<LiveBlock>('duthaoLiveBlock');

/** The range of the body's top-level block at the cursor head, or null outside the body. */
export function liveBlockRange(state: EditorState): { from: number; to: number } | null {
  const $head = state.selection.$head;
  // depth 1 = the body (or another top-level part); depth 2 = a body block.
  if ($head.depth < 2 || $head.node(1).type.name !== 'body') return null;
  const from = $head.before(2);
  return { from, to: from + $head.node(2).nodeSize };
}

function build(state: EditorState): LiveBlock {
  const r = liveBlockRange(state);
  if (!r) return { from: -1, to: -1, set: DecorationSet.empty };
  return { ...r, set: DecorationSet.create(state.doc, [Decoration.node(r.from, r.to, { class: LIVE_BLOCK_CLASS })]) };
}

/** Creates the live-block plugin. */
export function createLiveBlockPlugin(): Plugin<LiveBlock> {
  return new Plugin<LiveBlock>({
    key: liveBlockKey,
    state: {
      init: (_config, state) => build(state),
      apply(tr, value, _old, state) {
        if (!tr.docChanged && !tr.selectionSet) return value;
        const r = liveBlockRange(state);
        if (r && r.from === tr.mapping.map(value.from) && r.to === tr.mapping.map(value.to, -1)) {
          return { from: r.from, to: r.to, set: value.set.map(tr.mapping, tr.doc) };
        }
        return build(state);
      },
    },
    props: {
      decorations: (state) => liveBlockKey.getState(state)?.set ?? DecorationSet.empty,
    },
  });
}
