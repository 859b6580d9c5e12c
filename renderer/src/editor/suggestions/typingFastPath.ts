/**
 * The fast path of suggestion-mode typing: a transaction that only inserts
 * text at the cursor (a typed letter, an IME commit) becomes one step that
 * inserts the text already marked as a signed suggested insertion — the same
 * result as the library's two steps (insert, then mark) with half the steps,
 * so typing a suggestion costs about what typing plain text does
 * (bench/typing.bench.ts). Anything else (a deletion, a selection replaced,
 * a paste of blocks, next to a suggested deletion) goes through the library.
 */
import { Fragment, Slice, type Mark, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { isSuggestionMark, suggestionMarkTypes, type SuggestionStamp } from './marks';
import type { SuggestionIdSource } from './suggestionId';

/** `tr` as one step inserting marked text, or null when it is not a plain text insertion. */
export function fastTypingTransaction(state: EditorState, tr: Transaction, stamp: SuggestionStamp, newId: SuggestionIdSource): Transaction | null {
  if (tr.steps.length !== 1 || tr.storedMarksSet) return null;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep) || step.from !== step.to) return null;
  const slice = step.slice;
  if (slice.openStart !== 0 || slice.openEnd !== 0 || slice.content.childCount === 0) return null;
  let textOnly = true;
  slice.content.forEach((n) => {
    if (!n.isText || n.marks.some(isSuggestionMark)) textOnly = false;
  });
  if (!textOnly || !(tr.selection instanceof TextSelection)) return null;
  const $pos = state.doc.resolve(step.from);
  if (!$pos.parent.isTextblock) return null;
  const { insertion, deletion } = suggestionMarkTypes(state.schema);
  const around: Mark[] = [];
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) for (const m of node?.marks ?? []) if (isSuggestionMark(m)) around.push(m);
  // Next to a suggested deletion the library moves the insertion after it: leave that to the library.
  if (around.some((m) => m.type === deletion)) return null;
  const near = around.find((m) => m.type === insertion);
  // Continuing one's own suggestion keeps its id and time; next to anyone else's, a new suggestion.
  const mark = near && near.attrs.author === stamp.author ? near : insertion.create({ id: newId(), author: stamp.author, date: stamp.date });
  const nodes: PMNode[] = [];
  slice.content.forEach((n) => {
    nodes.push(n.mark(mark.addToSet(n.marks)));
  });
  const out = state.tr.step(new ReplaceStep(step.from, step.to, new Slice(Fragment.from(nodes), 0, 0)));
  out.setSelection(TextSelection.create(out.doc, tr.selection.anchor, tr.selection.head));
  // The same metas (input type, composition, history grouping) as the edit it replaces.
  (out as unknown as { meta: unknown }).meta = (tr as unknown as { meta: unknown }).meta;
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}
