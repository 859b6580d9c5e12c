/**
 * Brings a returned review copy's suggestions into the draft, like comments
 * are brought in (docs/suggestions.md): matched by id, so merging the same
 * copy twice adds nothing; never overwriting the drafter's text (a suggestion
 * only adds suggested text and marks). A suggestion is placed by its
 * paragraph: the copy's paragraph as it was before the reviewer's
 * suggestions (every suggestion rejected) must still be a paragraph of the
 * draft (with the draft's own suggestions rejected); the nearest such
 * paragraph takes it. When the drafter has changed that paragraph since, or
 * the suggestion changes the paragraph structure (Enter, a whole block),
 * it is not applied: it comes in as a comment thread with the suggestion's
 * id, "Xung đột: đoạn văn đã thay đổi", anchored on its words when they are
 * still there.
 */
import { Node as PMNode, type Mark } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { documentSchema, SUGGESTION_MARK_NAMES } from '../../../common/document/schema';
import { SUGGESTION_ANCHOR } from '../../../common/document/suggestions';
import type { DocJSON } from '../../../common/document/types';
import { describeSuggestion, listSuggestions, type SuggestionSummary } from '../../../common/suggestions/list-suggestions';
import type { Thread } from '../../../common/review/types';
import type { IncomingThread } from './merge-threads';

/** Vietnamese label of a suggestion that could not be applied. */
export const CONFLICT_LABEL = 'Xung đột: đoạn văn đã thay đổi';

/** What merging the suggestions did. */
export interface SuggestionMerge {
  readonly doc: DocJSON;
  readonly docChanged: boolean;
  /** Ids of the suggestions applied to the draft. */
  readonly added: readonly string[];
  /** The suggestions not applied, as comment threads to merge with the others. */
  readonly conflicts: readonly IncomingThread[];
  /** Suggestions of the copy the draft has accepted or rejected since: not brought back ("đã xử lý trước đó"). */
  readonly settled: number;
}

const FORMAT = new Set(['bold', 'italic', 'underline']);
const OBJECT = '\uFFFC';

function isSuggestion(mark: Mark): boolean {
  return SUGGESTION_MARK_NAMES.includes(mark.type.name);
}

/** Suggestion ids on `node` or any descendant, node marks included. */
function idsIn(node: PMNode, into: Set<string>): Set<string> {
  node.descendants((n) => {
    for (const m of n.marks) if (isSuggestion(m)) into.add(String(m.attrs.id));
    return true;
  });
  return into;
}

function isInserted(node: PMNode): boolean {
  return node.marks.some((m) => m.type.name === 'insertion');
}

/** The text of an inline child as the check counts it (a non-text leaf is one object character). */
function inlineText(node: PMNode): string {
  return node.isText ? node.text! : OBJECT;
}

/** A textblock's text with every suggestion rejected: inserted text left out, deleted text kept. */
function originalText(block: PMNode): string {
  let s = '';
  block.forEach((child) => {
    if (!isInserted(child)) s += inlineText(child);
  });
  return s;
}

/** Positions in `block` (starting at `start`) of each original offset 0…length: after any inserted text there. */
function originalPositions(block: PMNode, start: number): number[] {
  const out: number[] = [];
  let pos = start;
  block.forEach((child) => {
    if (isInserted(child)) {
      pos += child.nodeSize;
      return;
    }
    const text = inlineText(child);
    for (let i = 0; i < text.length; i++) out.push(pos + (child.isText ? i : 0));
    pos += child.nodeSize;
  });
  out.push(pos);
  return out;
}

interface Block {
  readonly node: PMNode;
  readonly pos: number;
  readonly index: number;
}

function textblocks(doc: PMNode): Block[] {
  const out: Block[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      out.push({ node, pos, index: out.length });
      return false;
    }
    return true;
  });
  return out;
}

/** Whether the copy's block can be applied inline: no zero-width anchors or node marks of new suggestions. */
function inlineOnly(block: PMNode, fresh: ReadonlySet<string>): boolean {
  if (block.marks.some((m) => isSuggestion(m) && fresh.has(String(m.attrs.id)))) return false;
  let ok = true;
  block.forEach((child) => {
    if (child.isText && child.text!.includes(SUGGESTION_ANCHOR) && child.marks.some((m) => isSuggestion(m) && fresh.has(String(m.attrs.id)))) ok = false;
  });
  return ok;
}

/** Applies the fresh suggestions of copy block `from` to target block `to` (same original text). */
function applyBlock(tr: Transform, from: PMNode, to: Block, fresh: ReadonlySet<string>): void {
  const positions = originalPositions(to.node, to.pos + 1);
  const ops: { at: number; run: () => void }[] = [];
  let offset = 0;
  from.forEach((child) => {
    const marks = child.marks.filter((m) => m.type.name !== 'comment');
    const ins = marks.find((m) => m.type.name === 'insertion');
    if (ins) {
      if (fresh.has(String(ins.attrs.id))) {
        const at = positions[offset]!;
        ops.push({ at, run: () => tr.insert(at, child.mark(marks)) });
      }
      return; // inserted text is not original text
    }
    const len = inlineText(child).length;
    const a = positions[offset]!;
    const b = positions[offset + len]!;
    for (const m of marks) {
      if (!isSuggestion(m) || !fresh.has(String(m.attrs.id))) continue;
      if (m.type.name === 'deletion') ops.push({ at: a, run: () => tr.addMark(a, b, m) });
      if (m.type.name === 'modification') {
        ops.push({
          at: a,
          run: () => {
            // The copy's formatting of these words (the suggested one), then the record of the change.
            for (const name of FORMAT) {
              const type = documentSchema.marks[name]!;
              if (type.isInSet(marks)) tr.addMark(a, b, type.create());
              else tr.removeMark(a, b, type);
            }
            tr.addMark(a, b, m);
          },
        });
      }
    }
    offset += len;
  });
  // From the end: an insertion never moves a position still to be used.
  ops.sort((x, y) => y.at - x.at);
  for (const op of ops) op.run();
}

function conflictThread(s: SuggestionSummary, draftId: string, now: string): IncomingThread {
  const author = { name: s.author || 'Người góp ý', role: '' };
  const at = s.date || now;
  const thread: Thread = {
    id: s.id,
    draftId,
    quote: (s.deleted || s.formatted).replace(/¶/g, ' ').trim().slice(0, 500),
    status: 'open',
    detached: false,
    author,
    createdAt: at,
    resolvedAt: null,
    resolvedBy: null,
    entries: [{ id: `${s.id}-c`, threadId: s.id, author, body: `${CONFLICT_LABEL}. ${describeSuggestion(s)} (chưa áp dụng).`, createdAt: at, editedAt: null, deleted: false }],
  };
  return { thread };
}

/**
 * Merges the suggestions of `copyDoc` (a review copy's document) into
 * `targetDoc` (the draft now). `knownThreadIds`: threads the draft already
 * has (a conflict merged before is not brought in again); `settledIds`:
 * suggestions the draft has accepted or rejected (never brought back). Pure.
 */
export function mergeSuggestions(
  targetDoc: DocJSON,
  copyDoc: DocJSON,
  draftId: string,
  knownThreadIds: ReadonlySet<string>,
  now: string,
  settledIds: ReadonlySet<string> = new Set(),
): SuggestionMerge {
  const copy = PMNode.fromJSON(documentSchema, copyDoc);
  const copyIds = idsIn(copy, new Set());
  if (copyIds.size === 0) return { doc: targetDoc, docChanged: false, added: [], conflicts: [], settled: 0 };
  const target = PMNode.fromJSON(documentSchema, targetDoc);
  const present = idsIn(target, new Set());
  const notPresent = [...copyIds].filter((id) => !present.has(id));
  const settled = notPresent.filter((id) => settledIds.has(id)).length;
  const fresh = new Set(notPresent.filter((id) => !knownThreadIds.has(id) && !settledIds.has(id)));
  if (fresh.size === 0) return { doc: targetDoc, docChanged: false, added: [], conflicts: [], settled };

  const targetBlocks = textblocks(target);
  const byText = new Map<string, Block[]>();
  for (const b of targetBlocks) {
    const key = `${b.node.type.name}\n${originalText(b.node)}`;
    byText.set(key, [...(byText.get(key) ?? []), b]);
  }
  const applied = new Set<string>();
  const refused = new Set<string>();
  const plan: { from: PMNode; to: Block; ids: Set<string> }[] = [];
  const used = new Set<number>();
  for (const b of textblocks(copy)) {
    const ids = new Set([...idsIn(b.node, new Set()), ...b.node.marks.filter(isSuggestion).map((m) => String(m.attrs.id))].filter((id) => fresh.has(id)));
    if (ids.size === 0) continue;
    const candidates = (byText.get(`${b.node.type.name}\n${originalText(b.node)}`) ?? []).filter((c) => !used.has(c.pos));
    const nearest = candidates.sort((x, y) => Math.abs(x.index - b.index) - Math.abs(y.index - b.index))[0];
    if (!nearest || !inlineOnly(b.node, fresh)) {
      for (const id of ids) refused.add(id);
      continue;
    }
    used.add(nearest.pos);
    plan.push({ from: b.node, to: nearest, ids });
  }
  // One suggestion is applied whole or not at all: refused in one paragraph, refused everywhere.
  const tr = new Transform(target);
  for (const p of plan.sort((x, y) => y.to.pos - x.to.pos)) {
    const ids = new Set([...p.ids].filter((id) => !refused.has(id)));
    if (ids.size === 0) continue;
    applyBlock(tr, p.from, p.to, ids);
    for (const id of ids) applied.add(id);
  }
  const summaries = listSuggestions(copyDoc).filter((s) => refused.has(s.id));
  const conflicts = summaries.map((s) => conflictThread(s, draftId, now));
  return { doc: tr.docChanged ? (tr.doc.toJSON() as DocJSON) : targetDoc, docChanged: tr.docChanged, added: [...applied], conflicts, settled };
}
