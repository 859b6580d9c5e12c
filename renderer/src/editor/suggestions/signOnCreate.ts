/**
 * Signs suggestion marks as the library creates them, so a keystroke in
 * suggestion mode adds no re-signing steps (`stamp.ts` would add a remove and
 * an add mark step per keystroke; fewer steps is less work for every plugin
 * and for the view). While `fn` runs, the three mark types' `create` fill in
 * author and time: a mark continuing the author's own suggestion next to the
 * edit takes its id and time, a mark reusing another author's id gets a
 * fresh id, a new id gets `stamp`. The types are restored afterwards.
 *
 * Used only when no step has suggestions of two different ids on its two
 * sides: there the library re-marks the neighbour, which only `stamp.ts` can
 * put right.
 */
import type { Attrs, Mark, MarkType, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep, ReplaceAroundStep } from '@tiptap/pm/transform';
import { isSuggestionMark, suggestionIdOf, suggestionMarkTypes, type SuggestionStamp } from './marks';
import type { SuggestionIdSource } from './suggestionId';

/** The suggestion marks on the two sides of `pos` in `doc` (inline neighbours only). */
function neighbours(doc: PMNode, pos: number): Mark[] {
  const $pos = doc.resolve(pos);
  const out: Mark[] = [];
  for (const node of [$pos.nodeBefore, $pos.nodeAfter]) for (const m of node?.marks ?? []) if (isSuggestionMark(m)) out.push(m);
  return out;
}

/**
 * The signed suggestion marks next to the steps of `tr`, by id; null when
 * some step has two different suggestion ids on its sides (the library's
 * merge of neighbouring suggestions: sign afterwards instead).
 */
export function marksAround(tr: Transaction): Map<string, Mark> | null {
  const known = new Map<string, Mark>();
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) continue;
    const doc = tr.docs[i]!;
    const before = neighbours(doc, step.from).filter((m) => m.type.name !== 'modification');
    const after = neighbours(doc, step.to).filter((m) => m.type.name !== 'modification');
    const ids = new Set([...before, ...after].map(suggestionIdOf));
    if (ids.size > 1) return null;
    for (const m of [...before, ...after]) if (m.attrs.author !== '' || m.attrs.date !== '') known.set(suggestionIdOf(m), m);
  }
  return known;
}

/** Runs `fn` with the suggestion mark types of `tr`'s schema signing the marks they create. */
export function signingOnCreate<T>(tr: Transaction, known: ReadonlyMap<string, Mark>, stamp: SuggestionStamp, newId: SuggestionIdSource, fn: () => T): T {
  const { insertion, deletion, modification } = suggestionMarkTypes(tr.doc.type.schema);
  const chosen = new Map<string, Attrs>();
  const sign = (attrs: Attrs): Attrs => {
    if (typeof attrs.author === 'string' && attrs.author !== '') return attrs;
    const id = String(attrs.id ?? '');
    let signed = chosen.get(id);
    if (!signed) {
      const near = known.get(id);
      signed = near && near.attrs.author === stamp.author ? { id, author: stamp.author, date: near.attrs.date } : { id: near ? newId() : id, author: stamp.author, date: stamp.date };
      chosen.set(id, signed);
    }
    return { ...attrs, ...signed };
  };
  const types: MarkType[] = [insertion, deletion, modification];
  for (const type of types) {
    const create = type.create.bind(type);
    type.create = (attrs?: Attrs | null): Mark => create(sign(attrs ?? {}));
  }
  try {
    return fn();
  } finally {
    // Back to the prototype's method.
    for (const type of types) Reflect.deleteProperty(type, 'create');
  }
}
