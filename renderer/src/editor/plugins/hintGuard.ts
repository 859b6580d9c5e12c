/**
 * The one place the editor holds the hint invariant of
 * `common/document/hint.ts`: a hint is either wholly a hint or gone.
 *
 * The plugin follows the text of every hint that an edit reaches into
 * (typing, paste, drop, delete, join, split, block-type change): it maps the
 * hint's surviving characters through each step. When the edit is over (and
 * no IME composition is running) it appends one transaction that
 * - removes every surviving character of those hints, wherever the edit put
 *   them (in the hint itself, or in an ordinary paragraph after a paste),
 * - keeps a paragraph that holds exactly one whole hint and nothing else as
 *   that hint (Enter at the start or end of a hint moves nothing into it),
 * - clears the flag of a hint paragraph that now holds the drafter's text.
 * Whole hint paragraphs that are moved (outline Alt+↑, drag, paste of whole
 * paragraphs) are untouched: they are still wholly hints. Undo and redo
 * restore a state that already held the invariant and are left alone.
 * Replace (find and replace) edits hint text in place: it marks its
 * transaction with `keepHintsWhole` and the hints it changes stay hints.
 * Pasted or dropped fragments of a hint (an open hint paragraph in the
 * slice) lose their text, and copying never puts hint text on the
 * clipboard: hint text never becomes the drafter's text.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { isHistoryTransaction } from '@tiptap/pm/history';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import type { StepMap } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';
import { HINT_ATTR, isHint } from '../../../../common/document/hint';
import { addChangedRanges, type Range } from './changedRanges';

/** A surviving run of one hint's text, in the current document. */
interface Segment {
  /** Which hint it comes from (index into `sizes`). */
  readonly hint: number;
  readonly from: number;
  readonly to: number;
}

/** What the plugin follows between an edit and its fix-up. */
interface HintGuardState {
  readonly segments: readonly Segment[];
  /** Text size of each followed hint when the edit reached it. */
  readonly sizes: readonly number[];
  /** Ranges of the current document that edits changed. */
  readonly changed: readonly Range[];
}

const EMPTY: HintGuardState = { segments: [], sizes: [], changed: [] };
const OWN = 'duthaoHintGuardOwn';
const KEEP = 'duthaoKeepHintsWhole';

/** Plugin key of the hint guard. */
export const hintGuardKey = new PluginKey<HintGuardState>('duthaoHintGuard');

/** Whether `tr` is the hint guard's own fix-up (it removes template hint text only, never the drafter's). */
export function isHintGuardFix(tr: Transaction): boolean {
  return tr.getMeta(OWN) === true;
}

/** Marks a transaction that edits hint text in place (replace): the hints it changes stay hints. */
export function keepHintsWhole(tr: Transaction): Transaction {
  return tr.setMeta(KEEP, true);
}

/** Splits a segment around the ranges a step replaced and maps what is left. */
function mapSegment(seg: Segment, map: StepMap): Segment[] {
  let pieces: { from: number; to: number }[] = [{ from: seg.from, to: seg.to }];
  map.forEach((oldStart, oldEnd) => {
    pieces = pieces.flatMap((p) => {
      if (oldEnd < p.from || oldStart > p.to || (oldStart === oldEnd && (oldStart === p.from || oldStart === p.to))) return [p];
      const out: { from: number; to: number }[] = [];
      if (oldStart > p.from) out.push({ from: p.from, to: oldStart });
      if (oldEnd < p.to) out.push({ from: oldEnd, to: p.to });
      return out;
    });
  });
  return pieces.map((p) => ({ hint: seg.hint, from: map.map(p.from, 1), to: map.map(p.to, -1) })).filter((p) => p.to > p.from);
}

/** Hints of `doc` that a step's replaced range reaches into without taking the whole paragraph. */
function touchedHints(doc: PMNode, map: StepMap): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  map.forEach((oldStart, oldEnd) => {
    const lo = Math.max(0, oldStart - 1);
    const hi = Math.min(doc.content.size, oldEnd + 1);
    doc.nodesBetween(lo, hi, (node, pos) => {
      if (node.isTextblock) {
        const s = pos + 1;
        const e = pos + node.nodeSize - 1;
        const wholeNode = oldStart <= pos && oldEnd >= pos + node.nodeSize;
        if (isHint(node) && oldEnd >= s && oldStart <= e && !wholeNode) out.push({ from: s, to: e });
        return false;
      }
      return true;
    });
  });
  return out;
}

/** Follows the hints a (non-history, non-replace) transaction reaches into. */
function follow(state: HintGuardState, tr: Transaction): HintGuardState {
  let segments = state.segments.slice();
  const sizes = state.sizes.slice();
  tr.steps.forEach((_step, i) => {
    const map = tr.mapping.maps[i]!;
    const before = tr.docs[i]!;
    for (const hint of touchedHints(before, map)) {
      if (segments.some((s) => s.from >= hint.from && s.to <= hint.to)) continue; // already followed
      sizes.push(hint.to - hint.from);
      if (hint.to > hint.from) segments.push({ hint: sizes.length - 1, from: hint.from, to: hint.to });
    }
    segments = segments.flatMap((s) => mapSegment(s, map));
  });
  const changed = addChangedRanges(state.changed, tr);
  return segments.length === 0 && changed.length === 0 ? EMPTY : { segments, sizes, changed };
}

/** Whether nothing is followed (marks, attributes and selections change no ranges). */
function isEmpty(state: HintGuardState): boolean {
  return state.segments.length === 0 && state.changed.length === 0;
}

/** Maps what is followed through a transaction that adds nothing to follow. */
function mapOnly(state: HintGuardState, tr: Transaction): HintGuardState {
  if (state === EMPTY) return EMPTY;
  let segments = state.segments.slice();
  for (const map of tr.mapping.maps) segments = segments.flatMap((s) => mapSegment(s, map));
  const changed = state.changed.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
  return { segments, sizes: state.sizes, changed };
}

/** The fix-up transaction that restores the invariant, or null when it holds. */
function restoreInvariant(state: EditorState, followed: HintGuardState): Transaction | null {
  const doc = state.doc;
  const size = doc.content.size;
  const segments = followed.segments.map((s) => ({ ...s, from: Math.min(s.from, size), to: Math.min(s.to, size) })).filter((s) => s.to > s.from);
  const blocks = new Set<number>();
  const addBlocksIn = (from: number, to: number): void => {
    doc.nodesBetween(Math.max(0, from - 1), Math.min(size, to + 1), (node, pos) => {
      if (node.isTextblock) {
        blocks.add(pos);
        return false;
      }
      return true;
    });
  };
  for (const r of followed.changed) addBlocksIn(r.from, r.to);
  for (const s of segments) addBlocksIn(s.from, s.to);

  const perHint = new Map<number, number>();
  for (const s of segments) perHint.set(s.hint, (perHint.get(s.hint) ?? 0) + 1);
  const kept = new Set<Segment>();
  const flags: { pos: number; value: boolean }[] = [];
  for (const pos of blocks) {
    const node = doc.nodeAt(pos);
    if (!node || !node.isTextblock) continue;
    const s = pos + 1;
    const e = pos + node.nodeSize - 1;
    const whole = node.type.name === 'paragraph' ? segments.find((g) => g.from === s && g.to === e && perHint.get(g.hint) === 1 && followed.sizes[g.hint] === e - s) : undefined;
    if (whole) {
      kept.add(whole);
      if (!isHint(node)) flags.push({ pos, value: true });
    } else if (isHint(node)) {
      const edited = node.content.size === 0 || followed.changed.some((r) => r.to >= s && r.from <= e && !(r.from <= pos && r.to >= pos + node.nodeSize));
      if (edited) flags.push({ pos, value: false });
    }
  }
  const doomed = segments.filter((s) => !kept.has(s)).sort((a, b) => b.from - a.from);
  if (doomed.length === 0 && flags.length === 0) return null;
  const tr = state.tr;
  for (const s of doomed) tr.delete(s.from, s.to);
  for (const f of flags) tr.setNodeAttribute(tr.mapping.map(f.pos), HINT_ATTR, f.value);
  return tr;
}

/** An open hint paragraph at one edge of pasted content, emptied (hint fragments are never pasted as text). */
function emptyOpenHint(fragment: Fragment, depth: number, atStart: boolean): Fragment {
  if (depth <= 0 || fragment.childCount === 0) return fragment;
  const index = atStart ? 0 : fragment.childCount - 1;
  const child = fragment.child(index);
  const next = isHint(child) ? child.copy(Fragment.empty) : child.isTextblock ? child : child.copy(emptyOpenHint(child.content, depth - 1, atStart));
  return next === child ? fragment : fragment.replaceChild(index, next);
}

/** The slice with the text of its open hint paragraphs removed. */
function withoutHintFragments(slice: Slice): Slice {
  let content = emptyOpenHint(slice.content, slice.openStart, true);
  content = emptyOpenHint(content, slice.openEnd, false);
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

/** Every hint in a fragment, emptied and unflagged: copied content carries no hint text (to the clipboard or another app). */
function withoutHints(fragment: Fragment): Fragment {
  let changed = false;
  const children: PMNode[] = [];
  fragment.forEach((child) => {
    let next = child;
    if (isHint(child)) next = child.type.create({ ...child.attrs, [HINT_ATTR]: false }, null, child.marks);
    else if (!child.isTextblock && child.content.size > 0) {
      const inner = withoutHints(child.content);
      if (inner !== child.content) next = child.copy(inner);
    }
    if (next !== child) changed = true;
    children.push(next);
  });
  return changed ? Fragment.from(children) : fragment;
}

/** The hint-guard extension. */
export const HintGuard = Extension.create({
  name: 'hintGuard',
  addProseMirrorPlugins() {
    let currentView: EditorView | null = null;
    // Set once appendTransaction has dealt with what was followed; the next apply starts afresh.
    let handled = false;
    return [
      new Plugin<HintGuardState>({
        key: hintGuardKey,
        state: {
          init: () => EMPTY,
          apply(tr, previous) {
            let state = previous;
            if (handled) {
              state = EMPTY;
              handled = false;
            }
            if (tr.getMeta(OWN) || isHistoryTransaction(tr)) return EMPTY;
            if (!tr.docChanged) return state;
            if (tr.getMeta(KEEP)) return mapOnly(state, tr);
            return follow(state, tr);
          },
        },
        appendTransaction(_trs, _old, newState) {
          const followed = hintGuardKey.getState(newState) ?? EMPTY;
          if (isEmpty(followed)) return null;
          if (currentView?.composing) return null;
          handled = true;
          const tr = restoreInvariant(newState, followed);
          return tr ? tr.setMeta(OWN, true) : null;
        },
        props: {
          transformPasted: (slice) => withoutHintFragments(slice),
          transformCopied: (slice) => {
            const content = withoutHints(slice.content);
            return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
          },
        },
        view(view) {
          currentView = view;
          return {
            update(v) {
              // After a composition ends, settle what waited for it.
              // Only something followed and not yet handled (never an empty state: that would loop).
              const waiting = (): boolean => !v.composing && !handled && !isEmpty(hintGuardKey.getState(v.state) ?? EMPTY);
              if (!waiting()) return;
              queueMicrotask(() => {
                if (!v.isDestroyed && waiting()) v.dispatch(v.state.tr);
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
