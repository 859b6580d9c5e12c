/**
 * The appendix (Phụ lục) heading: the drafter types the appendix title; the
 * label ("Phụ lục", "Phụ lục I"/"Phụ lục 1"…) and the italic "(Kèm theo …)"
 * line are generated from the header by common `appendix-numbering.ts` and
 * drawn as non-editable widgets. A dashed rule above marks the new page the
 * exporter starts. Also draws the "Trang ngang" badge of landscape tables and
 * carries the commands `insertAppendix` and `toggleTableLandscape`.
 */
import { Extension, Node } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { findParentNode } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';
import { profileOfHeader } from '../../../../common/document/accessors';
import { appendixLabels, appendixNoteLine, type AppendixSource } from '../../../../common/document/appendix-numbering';
import { PART_INDEX, partPos } from '../structure';

/** Plugin key of the appendix labels (tests read the labels through `shownAppendices`). */
export const appendixKey = new PluginKey<{ signature: string; set: DecorationSet }>('duthaoAppendix');

/** The print-like look of the title line (no stylesheet needed). */
const HEADING_STYLE = 'text-align:center;font-weight:bold;text-transform:uppercase;text-indent:0;border-top:1px dashed #999;margin-top:18pt;padding-top:12pt';

function sourceOf(doc: PMNode): AppendixSource {
  const h = doc.child(PART_INDEX.header).attrs;
  const t = doc.child(PART_INDEX.documentTitle).attrs;
  return {
    profile: profileOfHeader(h),
    number: String(h.number ?? ''),
    typeCode: String(h.typeCode ?? ''),
    bodyCode: String(h.bodyCode ?? ''),
    date: String(h.date ?? ''),
    issuingBody: String(h.issuingBody ?? ''),
    documentType: String(t.documentType ?? ''),
  };
}

interface Shown {
  readonly pos: number;
  readonly size: number;
  readonly kind: 'appendix' | 'landscape';
  readonly label: string;
  readonly note: string;
}

/** The appendices and landscape tables of the body's top level, with what each shows. */
function collect(doc: PMNode): Shown[] {
  const body = doc.child(PART_INDEX.body);
  const start = partPos(doc, PART_INDEX.body) + 1;
  const found: { pos: number; node: PMNode }[] = [];
  const tables: Shown[] = [];
  body.forEach((child, offset) => {
    if (child.type.name === 'appendixHeading') found.push({ pos: start + offset, node: child });
    else if (child.type.name === 'table' && child.attrs.landscape === true) tables.push({ pos: start + offset, size: child.nodeSize, kind: 'landscape', label: 'Trang ngang', note: '' });
  });
  const source = sourceOf(doc);
  const labels = appendixLabels(found.length, source.profile);
  const shown: Shown[] = found.map((f, i) => ({ pos: f.pos, size: f.node.nodeSize, kind: 'appendix', label: labels[i]!, note: appendixNoteLine(source, String(f.node.attrs.note ?? '')) }));
  return [...shown, ...tables].sort((a, b) => a.pos - b.pos);
}

function line(dom: Document, text: string, style: string, cls: string): HTMLElement {
  const el = dom.createElement('span');
  el.className = cls;
  el.textContent = text;
  el.setAttribute('contenteditable', 'false');
  el.setAttribute('style', style);
  return el;
}

function decorationsOf(doc: PMNode, shown: readonly Shown[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const s of shown) {
    if (s.kind === 'landscape') {
      decorations.push(
        Decoration.widget(s.pos, (view) => line(view.dom.ownerDocument, 'Trang ngang', 'display:inline-block;font:11px sans-serif;color:#fff;background:#5a6b8c;border-radius:3px;padding:1px 6px;margin:6pt 0 2pt', 'dt-landscape-badge'), { side: -1, key: 'landscape', ignoreSelection: true }),
        Decoration.node(s.pos, s.pos + s.size, { 'data-landscape': 'true' }),
      );
      continue;
    }
    decorations.push(
      Decoration.node(s.pos, s.pos + s.size, { 'data-appendix-label': s.label }),
      Decoration.widget(s.pos + 1, (view) => line(view.dom.ownerDocument, s.label, 'display:block;text-transform:none;font-weight:bold', 'dt-appendix-label'), { side: -1, key: `label:${s.label}`, ignoreSelection: true }),
      Decoration.widget(s.pos + s.size - 1, (view) => line(view.dom.ownerDocument, s.note, 'display:block;text-transform:none;font-weight:normal;font-style:italic;user-select:none', 'dt-appendix-note'), { side: 1, key: `note:${s.note}`, ignoreSelection: true }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * True when every step of a transaction only types or deletes text inside one
 * textblock that is not an appendix heading: nothing the widgets show can
 * change, so they are just mapped (no scan of the body per keystroke).
 */
function onlyTextEdits(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    // Marks on text (bold, comments, suggestions) never change a label or a note.
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
    if (!(step instanceof ReplaceStep)) return false;
    const s = step as unknown as { from: number; to: number; slice: import('@tiptap/pm/model').Slice };
    if (s.slice.openStart !== 0 || s.slice.openEnd !== 0) return false;
    let inline = true;
    s.slice.content.forEach((n) => {
      if (!n.isInline) inline = false;
    });
    if (!inline) return false;
    const $from = tr.docs[i]!.resolve(s.from);
    return $from.parent.isTextblock && $from.parent.type.name !== 'appendixHeading' && $from.sameParent(tr.docs[i]!.resolve(s.to));
  });
}

function signatureOf(shown: readonly Shown[]): string {
  return shown.map((s) => `${s.kind}|${s.label}|${s.note}`).join('\n');
}

/** The appendix heading node. */
export const AppendixHeadingNode = Node.create({
  ...nodeShape('appendixHeading'),
  addAttributes() {
    return nodeAttributes('appendixHeading', {
      note: {
        parseHTML: (el) => el.getAttribute('data-note') ?? '',
        renderHTML: (attrs) => (attrs.note ? { 'data-note': String(attrs.note) } : {}),
      },
    });
  },
  parseHTML() {
    return [{ tag: 'h2[data-dt-appendix]', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h2', { ...HTMLAttributes, 'data-dt-appendix': 'true', class: 'dt-appendix-heading', style: HEADING_STYLE }, 0];
  },
  addCommands() {
    return {
      insertAppendix:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
    };
  },
});

/** Labels and "Kèm theo" lines of the appendices, "Trang ngang" badges of landscape tables; `toggleTableLandscape`. */
export const AppendixDecorations = Extension.create({
  name: 'appendixDecorations',
  addCommands() {
    return {
      toggleTableLandscape:
        () =>
        ({ state, tr, dispatch }) => {
          const table = findParentNode((n) => n.type.name === 'table')(state.selection);
          if (!table) return false;
          if (dispatch) tr.setNodeMarkup(table.pos, undefined, { ...table.node.attrs, landscape: table.node.attrs.landscape !== true });
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: appendixKey,
        state: {
          init: (_config, state) => {
            const shown = collect(state.doc);
            return { signature: signatureOf(shown), set: decorationsOf(state.doc, shown) };
          },
          apply: (tr, value) => {
            if (!tr.docChanged) return value;
            if (onlyTextEdits(tr)) return { signature: value.signature, set: value.set.map(tr.mapping, tr.doc) };
            // One pass over the body's top-level blocks; the widgets are rebuilt only when what they show changes, else mapped.
            const shown = collect(tr.doc);
            const signature = signatureOf(shown);
            if (signature === value.signature) return { signature, set: value.set.map(tr.mapping, tr.doc) };
            return { signature, set: decorationsOf(tr.doc, shown) };
          },
        },
        props: {
          decorations(state) {
            return appendixKey.getState(state)?.set;
          },
        },
      }),
    ];
  },
});

/** The appendix labels and "Kèm theo" lines currently shown, in order (for tests). */
export function shownAppendices(state: EditorState): { label: string; note: string }[] {
  return collect(state.doc)
    .filter((s) => s.kind === 'appendix')
    .map((s) => ({ label: s.label, note: s.note }));
}

/** Whether the table around the selection is set to a landscape page. */
export function tableIsLandscape(state: EditorState): boolean {
  return findParentNode((n) => n.type.name === 'table')(state.selection)?.node.attrs.landscape === true;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    appendixHeading: {
      /** Inserts an appendix heading (a new page with "Phụ lục …") at the cursor. */
      insertAppendix: () => ReturnType;
    };
    appendixDecorations: {
      /** Switches the table around the cursor between portrait and a landscape page. */
      toggleTableLandscape: () => ReturnType;
    };
  }
}
