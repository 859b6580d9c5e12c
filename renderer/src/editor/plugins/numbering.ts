/**
 * Shows the generated heading numbers (`Phần thứ nhất`, `I.`, `1.`, `a)` or
 * `2.1.`) as a `data-number` attribute on each heading, drawn by CSS. The
 * labels come from common `numberBlocks`, the same function the exporter
 * uses. They are recomputed only when a transaction touches a heading or the
 * numbering style; a keystroke in body text just maps the decorations.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AttrStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { numberBlocks, numberedBlockOf, type NumberedBlock, type NumberingStyle } from '../../../../common/document/numbering';
import { numberingStyleOf } from '../../../../common/document/accessors';
import { PART_INDEX, partPos } from '../structure';

/** Plugin key of the numbering decorations (tests read the labels through it). */
export const numberingKey = new PluginKey<DecorationSet>('duthaoNumbering');

const NUMBERED = new Set(['heading', 'partHeading', 'appendixHeading']);

function styleOf(doc: PMNode): NumberingStyle {
  return numberingStyleOf(doc.child(PART_INDEX.header).attrs);
}

function blockOf(node: PMNode): NumberedBlock {
  return numberedBlockOf(node.type.name, node.attrs);
}

/** Builds the number decorations of the whole body (top-level headings only). */
export function buildNumberDecorations(doc: PMNode): DecorationSet {
  const body = doc.child(PART_INDEX.body);
  const start = partPos(doc, PART_INDEX.body) + 1;
  const blocks: NumberedBlock[] = [];
  const positions: number[] = [];
  body.forEach((child, offset) => {
    blocks.push(blockOf(child));
    positions.push(start + offset);
  });
  const labels = numberBlocks(blocks, styleOf(doc));
  const decorations: Decoration[] = [];
  labels.forEach((label, i) => {
    if (label === null) return;
    const pos = positions[i]!;
    const node = body.child(i);
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': label }));
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether a range of a doc contains or sits inside a heading or part heading. */
function rangeTouchesHeading(doc: PMNode, from: number, to: number): boolean {
  const size = doc.content.size;
  const a = Math.max(0, Math.min(from, size));
  const b = Math.max(a, Math.min(to, size));
  const $a = doc.resolve(a);
  for (let d = $a.depth; d > 0; d--) if (NUMBERED.has($a.node(d).type.name)) return true;
  const $b = doc.resolve(b);
  for (let d = $b.depth; d > 0; d--) if (NUMBERED.has($b.node(d).type.name)) return true;
  let found = false;
  if (b > a)
    doc.nodesBetween(a, b, (node) => {
      if (found) return false;
      if (NUMBERED.has(node.type.name)) found = true;
      return !found && !node.isTextblock;
    });
  return found;
}

/** True when a step only edits text inside one textblock (typing, deleting characters). */
function isInlineEdit(step: Step, before: PMNode): boolean {
  if (!(step instanceof ReplaceStep)) return false;
  const s = step as unknown as { from: number; to: number; slice: import('@tiptap/pm/model').Slice };
  if (s.slice.openStart !== 0 || s.slice.openEnd !== 0) return false;
  let inlineOnly = true;
  s.slice.content.forEach((n) => {
    if (!n.isInline) inlineOnly = false;
  });
  if (!inlineOnly) return false;
  const $from = before.resolve(s.from);
  return $from.parent.isTextblock && $from.sameParent(before.resolve(s.to));
}

/** Whether a transaction may change the heading numbers. */
export function affectsNumbering(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const before = tr.docs[i]!;
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    if (isInlineEdit(step, before)) continue;
    if (step instanceof AttrStep) {
      const pos = (step as unknown as { pos: number }).pos;
      const node = before.nodeAt(pos);
      if (!node || NUMBERED.has(node.type.name) || node.type.name === 'header') return true;
      continue;
    }
    let touches = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      if (touches) return;
      if (rangeTouchesHeading(before, oldStart, oldEnd) || rangeTouchesHeading(after, newStart, newEnd)) touches = true;
      // setNodeMarkup on the header (numbering style) replaces the header node.
      if (oldStart < before.child(0).nodeSize) touches = true;
    });
    if (touches) return true;
  }
  return false;
}

/** The heading numbering extension. */
export const HeadingNumbering = Extension.create({
  name: 'headingNumbering',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: numberingKey,
        state: {
          init: (_config, state) => buildNumberDecorations(state.doc),
          apply: (tr, set) => (affectsNumbering(tr) ? buildNumberDecorations(tr.doc) : tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
        },
        props: {
          decorations(state) {
            return numberingKey.getState(state);
          },
        },
      }),
    ];
  },
});

/** The labels currently shown, in document order (for tests and the outline). */
export function shownNumbers(state: import('@tiptap/pm/state').EditorState): string[] {
  const set = numberingKey.getState(state);
  if (!set) return [];
  return set.find().map((d) => String((d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-number']));
}
