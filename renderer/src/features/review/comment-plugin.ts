/**
 * The ProseMirror plugin that keeps review comments anchored while the
 * drafter edits: a pasted or dropped copy of commented text loses its
 * comment marks (so the thread is not duplicated) while a drag that moves
 * the passage keeps them; as a backstop, after a paste or drop any second
 * copy of a passage is unmarked. It also highlights the active thread's
 * passage with a decoration. The editor installs it with `addProseMirrorPlugins`.
 */
import { Mapping, type StepMap } from '@tiptap/pm/transform';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { removeCopiedCommentMarks, stripCommentMarksFromSlice, stripDuplicateCommentMarks } from '../../../../common/review/comment-marks';
import type { DocRange } from '../../../../common/review/types';
import { collectCommentRanges } from '../../../../common/review/thread-ranges';

/** The state of the comment plugin: which thread is active (selected in the panel). */
export interface CommentPluginState {
  readonly activeId: string | null;
  readonly decorations: DecorationSet;
}

/** The key to read the plugin's state and to send it `setActiveThread` metadata. */
export const commentPluginKey = new PluginKey<CommentPluginState>('duthaoComments');

/** Options of the comment plugin. */
export interface CommentPluginOptions {
  /** The stored quotes by thread id, to tell the original passage from a copy. */
  readonly getQuotes?: () => ReadonlyMap<string, string>;
  /** CSS class of the active thread's highlight. */
  readonly activeClass?: string;
}

function decorate(state: EditorState, activeId: string | null, activeClass: string): DecorationSet {
  if (!activeId) return DecorationSet.empty;
  const ranges = collectCommentRanges(state.doc).get(activeId) ?? [];
  return DecorationSet.create(
    state.doc,
    ranges.map((r) => Decoration.inline(r.from, r.to, { class: activeClass })),
  );
}

/** The ranges, in the final document, that paste or drop transactions inserted. */
export function insertedRanges(trs: readonly Transaction[]): DocRange[] {
  const maps: StepMap[] = [];
  const pasteSteps: number[] = [];
  for (const tr of trs) {
    const pasted = tr.docChanged && ['paste', 'drop'].includes(tr.getMeta('uiEvent') as string);
    for (const m of tr.mapping.maps) {
      if (pasted) pasteSteps.push(maps.length);
      maps.push(m as StepMap);
    }
  }
  const out: DocRange[] = [];
  for (const i of pasteSteps) {
    const after = new Mapping(maps.slice(i + 1));
    (maps[i] as StepMap).forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const from = after.map(newStart, 1);
      const to = after.map(newEnd, -1);
      if (to > from) out.push({ from, to });
    });
  }
  return out;
}

/** Returns a transaction metadata that makes `id` the active thread (null clears it). */
export function setActiveThread(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(commentPluginKey, { activeId: id });
}

/** Creates the comment-anchoring plugin. */
export function createCommentPlugin(options: CommentPluginOptions = {}): Plugin<CommentPluginState> {
  const activeClass = options.activeClass ?? 'comment-active';
  let movingDrop = false;
  return new Plugin<CommentPluginState>({
    key: commentPluginKey,
    state: {
      init: () => ({ activeId: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(commentPluginKey) as { activeId: string | null } | undefined;
        if (meta) return { activeId: meta.activeId, decorations: decorate(state, meta.activeId, activeClass) };
        // Typing must stay cheap on long drafts: map the highlight, do not rescan the document.
        if (!tr.docChanged || value.activeId === null) return value;
        return { activeId: value.activeId, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => commentPluginKey.getState(state)?.decorations ?? null,
      handleDOMEvents: {
        drop(view: EditorView, event: DragEvent) {
          movingDrop = !!view.dragging?.move && !(event.ctrlKey || event.altKey);
          return false;
        },
      },
      transformPasted(slice) {
        if (movingDrop) {
          movingDrop = false;
          return slice;
        }
        return stripCommentMarksFromSlice(slice);
      },
    },
    appendTransaction(trs, _old, state) {
      const inserted = insertedRanges(trs);
      if (inserted.length === 0) return null;
      const tr = state.tr;
      const changed = removeCopiedCommentMarks(tr, inserted);
      const deduped = stripDuplicateCommentMarks(tr, options.getQuotes?.());
      return changed || deduped ? tr : null;
    },
  });
}
