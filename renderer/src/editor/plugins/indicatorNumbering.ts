/**
 * Shows the numbers of `(1)` indicator lists: each such list gets a node
 * decoration with the counter value it starts from (`--dt-indicator-from`),
 * computed by `indicatorStarts` from all ordered lists of the body, so a list
 * set to continue goes on from the previous one. Recomputed only when a
 * list's kind, start, continuation or length changes (a cheap signature of
 * the body's top-level lists), not on each keystroke in a paragraph.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { indicatorStarts, isIndicatorList } from '../../../../common/document/indicator-numbering';
import { PART_INDEX } from '../structure';

interface IndicatorState {
  readonly signature: string;
  readonly set: DecorationSet;
}

/** Plugin key of the indicator numbers. */
export const indicatorNumberingKey = new PluginKey<IndicatorState>('duthaoIndicatorNumbering');

interface FoundList {
  readonly node: PMNode;
  readonly pos: number;
}

function listsOf(doc: PMNode): FoundList[] {
  const out: FoundList[] = [];
  let bodyPos = 0;
  for (let i = 0; i < PART_INDEX.body; i++) bodyPos += doc.child(i).nodeSize;
  doc.child(PART_INDEX.body).forEach((child, offset) => {
    const pos = bodyPos + 1 + offset;
    if (child.type.name === 'orderedList') out.push({ node: child, pos });
    else if (child.type.name === 'bulletList' || child.type.name === 'table') {
      child.descendants((n, p) => {
        if (n.type.name === 'orderedList') out.push({ node: n, pos: pos + 1 + p });
        return !n.isTextblock;
      });
    }
  });
  return out;
}

function signatureOf(lists: readonly FoundList[]): string {
  return lists.map(({ node: n }) => `${String(n.attrs.type)}|${String(n.attrs.start)}|${String(n.attrs.continueNumbering)}|${n.childCount}`).join(',');
}

function build(doc: PMNode): IndicatorState {
  const lists = listsOf(doc);
  const starts = indicatorStarts(lists.map(({ node: n }) => ({ type: n.attrs.type, start: n.attrs.start, continueNumbering: n.attrs.continueNumbering, items: n.childCount })));
  const decorations: Decoration[] = [];
  lists.forEach(({ node, pos }, i) => {
    const s = starts[i];
    if (s !== null && s !== undefined && isIndicatorList(node.attrs.type)) {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { style: `--dt-indicator-from: ${s - 1}`, 'data-indicator-start': String(s) }));
    }
  });
  return { signature: signatureOf(lists), set: DecorationSet.create(doc, decorations) };
}

/** The indicator-numbering extension. */
export const IndicatorNumbering = Extension.create({
  name: 'indicatorNumbering',
  addProseMirrorPlugins() {
    return [
      new Plugin<IndicatorState>({
        key: indicatorNumberingKey,
        state: {
          init: (_config, state) => build(state.doc),
          apply(tr, value) {
            if (!tr.docChanged) return value;
            const signature = signatureOf(listsOf(tr.doc));
            return signature === value.signature ? { signature, set: value.set.map(tr.mapping, tr.doc) } : build(tr.doc);
          },
        },
        props: {
          decorations: (state) => indicatorNumberingKey.getState(state)?.set ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
