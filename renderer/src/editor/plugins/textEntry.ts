/**
 * What happens when text enters the body (typing, IME, paste, drop, import):
 * text is converted to NFC, the one form DuThao stores. (Hints that text
 * enters are handled by `hintGuard.ts`.)
 * Only the changed ranges are examined, and nothing is touched while an IME
 * composition is in progress (the ranges wait until it ends).
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { toNfc } from '../../../../common/text/normalize';
import { addChangedRanges, type Range } from './changedRanges';
import { keepHintsWhole } from './hintGuard';

/** Plugin key of the text-entry plugin. */
export const textEntryKey = new PluginKey<Range[]>('duthaoTextEntry');

const FLUSH = 'duthaoTextEntryFlush';
const OWN = 'duthaoTextEntryOwn';

function clampRange(doc: PMNode, r: Range): Range {
  const size = doc.content.size;
  return { from: Math.max(0, Math.min(r.from, size)), to: Math.max(0, Math.min(r.to, size)) };
}

/** Whether `tr` is the NFC fix-up of text just entered (the same text in NFC, marks kept). */
export function isTextEntryFix(tr: Transaction): boolean {
  return tr.getMeta(OWN) === true;
}

/** Replaces non-NFC text (and footnote text) in the ranges; returns whether it changed anything. */
function normaliseRanges(tr: Transaction, ranges: readonly Range[]): boolean {
  let changed = false;
  for (const range of ranges) {
    const { from, to } = clampRange(tr.doc, { from: tr.mapping.map(range.from, -1), to: tr.mapping.map(range.to, 1) });
    const edits: { pos: number; node: PMNode }[] = [];
    const visit = (node: PMNode, pos: number): boolean => {
      if (node.isText && node.text !== toNfc(node.text!)) edits.push({ pos, node });
      else if (node.type.name === 'footnote' && typeof node.attrs.text === 'string' && node.attrs.text !== toNfc(node.attrs.text)) edits.push({ pos, node });
      return true;
    };
    const $from = tr.doc.resolve(from);
    if ($from.parent.isTextblock && to <= $from.end()) {
      // Typing: look only at the textblock's own inline content (no walk from the document start).
      const start = $from.start();
      $from.parent.nodesBetween(from - start, to - start, (node, pos) => visit(node, pos + start));
    } else tr.doc.nodesBetween(from, to, visit);
    for (const { pos, node } of edits.reverse()) {
      if (node.isText) tr.replaceWith(pos, pos + node.nodeSize, tr.doc.type.schema.text(toNfc(node.text!), node.marks));
      else tr.setNodeAttribute(pos, 'text', toNfc(String(node.attrs.text)));
      changed = true;
    }
  }
  return changed;
}

/** The text-entry extension (NFC). */
export const TextEntry = Extension.create({
  name: 'textEntry',
  addProseMirrorPlugins() {
    let currentView: EditorView | null = null;
    // Set when appendTransaction has handled the pending ranges; the next apply starts afresh.
    let handled = false;
    const composing = (): boolean => !!currentView && currentView.composing;
    return [
      new Plugin<Range[]>({
        key: textEntryKey,
        state: {
          init: () => [],
          apply(tr, previous) {
            let ranges = previous;
            if (handled) {
              ranges = [];
              handled = false;
            }
            if (tr.getMeta(OWN)) return [];
            if (!tr.docChanged) return ranges;
            return addChangedRanges(ranges, tr);
          },
        },
        appendTransaction(_transactions: readonly Transaction[], _oldState: EditorState, newState: EditorState) {
          const ranges = textEntryKey.getState(newState) ?? [];
          if (ranges.length === 0 || composing()) return null;
          handled = true;
          const tr = newState.tr;
          if (!normaliseRanges(tr, ranges)) return null;
          // NFC keeps text as it is: a hint it touches stays a hint.
          return keepHintsWhole(tr.setMeta(OWN, true));
        },
        view(view) {
          currentView = view;
          return {
            update(v) {
              // After a composition ends, flush the ranges that waited for it.
              if (v.composing || handled || (textEntryKey.getState(v.state)?.length ?? 0) === 0) return;
              queueMicrotask(() => {
                if (!v.isDestroyed && !v.composing && !handled && (textEntryKey.getState(v.state)?.length ?? 0) > 0) v.dispatch(v.state.tr.setMeta(FLUSH, true));
              });
            },
            destroy() {
              currentView = null;
            },
          };
        },
      }),
    ];
  },
});
