/**
 * Shows numbers right-aligned in numeric table columns, as the export prints
 * them (`table-alignment.ts` decides, for cells without an alignment of
 * their own): a node decoration `data-auto-align` on each such cell. Only
 * the tables a transaction touches are looked at again; the others' decorations are mapped.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { effectiveCellAlign, numericColumns } from '../../../../common/document/table-alignment';
import type { NodeJSON } from '../../../../common/document/types';

/** Plugin key of the automatic cell alignment. */
export const tableAlignmentKey = new PluginKey<DecorationSet>('duthaoTableAlignment');

function tableDecorations(table: PMNode, pos: number): Decoration[] {
  const json = table.toJSON() as NodeJSON;
  const numeric = numericColumns(json);
  if (!numeric.some(Boolean)) return [];
  const out: Decoration[] = [];
  let rowPos = pos + 1;
  table.forEach((row) => {
    let col = 0;
    let cellPos = rowPos + 1;
    row.forEach((cell) => {
      const span = Math.max(1, Number(cell.attrs.colspan) || 1);
      if (cell.attrs.align === null && cell.type.name === 'tableCell' && effectiveCellAlign(cell.toJSON() as NodeJSON, col, numeric) === 'right') {
        out.push(Decoration.node(cellPos, cellPos + cell.nodeSize, { 'data-auto-align': 'right' }));
      }
      col += span;
      cellPos += cell.nodeSize;
    });
    rowPos += row.nodeSize;
  });
  return out;
}

function allTables(doc: PMNode): Decoration[] {
  const out: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'table') {
      out.push(...tableDecorations(node, pos));
      return false;
    }
    return node.isBlock && !node.isTextblock;
  });
  return out;
}

/** The tables (outermost) around the ranges a transaction changed, in the new document. */
function touchedTables(tr: Transaction): Map<number, PMNode> {
  const out = new Map<number, PMNode>();
  tr.mapping.maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = tr.mapping.slice(i + 1);
      const from = rest.map(newStart, -1);
      const to = rest.map(newEnd, 1);
      tr.doc.nodesBetween(Math.max(0, from - 1), Math.min(tr.doc.content.size, to + 1), (node, pos) => {
        if (node.type.name === 'table') {
          out.set(pos, node);
          return false;
        }
        return !node.isTextblock;
      });
    });
  });
  return out;
}

/** The automatic table-alignment extension. */
export const TableAlignment = Extension.create({
  name: 'tableAlignment',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: tableAlignmentKey,
        state: {
          init: (_config, state) => DecorationSet.create(state.doc, allTables(state.doc)),
          apply(tr, set) {
            if (!tr.docChanged) return set;
            let next = set.map(tr.mapping, tr.doc);
            for (const [pos, table] of touchedTables(tr)) {
              next = next.remove(next.find(pos, pos + table.nodeSize)).add(tr.doc, tableDecorations(table, pos));
            }
            return next;
          },
        },
        props: {
          decorations: (state) => tableAlignmentKey.getState(state),
        },
      }),
    ];
  },
});
