/**
 * Test helpers for the editor-ui unit tests: build DuThao documents from a
 * compact description and wrap them in an EditorState with history.
 */
import { EditorState } from '@tiptap/pm/state';
import { history } from '@tiptap/pm/history';
import type { Node as PMNode } from '@tiptap/pm/model';
import { documentSchema } from '../../common/document/schema';

/** A body block as a short tuple: ['h1', 'text'], ['p', 'text'], ['part', 'text']. */
export type BlockSpec = readonly [kind: 'h1' | 'h2' | 'h3' | 'p' | 'part', text: string];

/** Builds a whole DuThao doc whose body holds the given blocks. */
export function docOf(blocks: readonly BlockSpec[]): PMNode {
  const s = documentSchema;
  const body = blocks.map(([kind, text]) => {
    const content = text ? [s.text(text)] : [];
    if (kind === 'p') return s.nodes.paragraph!.create(null, content);
    if (kind === 'part') return s.nodes.partHeading!.create(null, content);
    return s.nodes.heading!.create({ level: Number(kind.slice(1)) }, content);
  });
  return s.nodes.doc!.create(null, [
    s.nodes.header!.create(),
    s.nodes.documentTitle!.create(),
    s.nodes.body!.create(null, body),
    s.nodes.closing!.create(),
  ]);
}

/** An editor state over the doc, with undo history. */
export function stateOf(doc: PMNode): EditorState {
  return EditorState.create({ doc, plugins: [history()] });
}

/** Applies a command to the state and returns the new state (throws if it fails). */
export function run(state: EditorState, command: (s: EditorState, d?: (tr: import('@tiptap/pm/state').Transaction) => void) => boolean): EditorState {
  let next = state;
  const ok = command(state, (tr) => {
    next = state.apply(tr);
  });
  if (!ok) throw new Error('command failed');
  return next;
}

/** Texts of the body's top-level blocks, in order. */
export function bodyTexts(doc: PMNode): string[] {
  const out: string[] = [];
  doc.child(2).forEach((n) => out.push(n.textContent));
  return out;
}
