/**
 * Footnote numbers (1, 2, 3… in document order), given to each footnote's
 * view as a node decoration. CSS counters cannot do this: the body's blocks
 * are style-contained (`content-visibility`), which scopes counters to each
 * block. Recomputed only when a transaction inserts or removes a footnote.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep, ReplaceAroundStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode, Slice } from '@tiptap/pm/model';

/** Plugin key of the footnote numbers. */
export const footnoteNumberingKey = new PluginKey<DecorationSet>('duthaoFootnoteNumbering');

/** The spec key carrying a footnote's number on its decoration. */
export const FOOTNOTE_NUMBER = 'footnoteNumber';

/** Numbers every footnote of the document. */
export function buildFootnoteDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  let n = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      n++;
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-footnote-number': String(n) }, { [FOOTNOTE_NUMBER]: n }));
      return false;
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

function sliceHasFootnote(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    if (found) return false;
    if (node.type.name === 'footnote') found = true;
    return !found;
  });
  return found;
}

function rangeHasFootnote(doc: PMNode, from: number, to: number): boolean {
  if (to <= from) return false;
  let found = false;
  const visit = (node: PMNode): boolean => {
    if (found) return false;
    if (node.type.name === 'footnote') found = true;
    return !found;
  };
  const $from = doc.resolve(from);
  if ($from.parent.isTextblock && to <= $from.end()) {
    // A deletion inside one paragraph: look only at that paragraph.
    const start = $from.start();
    $from.parent.nodesBetween(from - start, to - start, visit);
  } else doc.nodesBetween(from, to, visit);
  return found;
}

/** Whether a transaction may add, remove or reorder footnotes. */
export function affectsFootnotes(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const before = tr.docs[i]!;
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
      const s = step as unknown as { from: number; to: number; slice: Slice };
      if (sliceHasFootnote(s.slice) || rangeHasFootnote(before, s.from, s.to)) return true;
    }
  }
  return false;
}

/** The footnote numbering extension. */
export const FootnoteNumbering = Extension.create({
  name: 'footnoteNumbering',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: footnoteNumberingKey,
        state: {
          init: (_config, state) => buildFootnoteDecorations(state.doc),
          apply: (tr, set) => (affectsFootnotes(tr) ? buildFootnoteDecorations(tr.doc) : tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
        },
        props: {
          decorations(state) {
            return footnoteNumberingKey.getState(state);
          },
        },
      }),
    ];
  },
});
