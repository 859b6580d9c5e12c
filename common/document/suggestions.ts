/**
 * Suggestions (proposed edits, "đề xuất sửa") on the document JSON, without
 * an editor: accept all, reject all (listing them is
 * common/suggestions/list-suggestions.ts). The marks are those of
 * `@handlewithcare/prosemirror-suggest-changes` (`insertion`, `deletion`,
 * `modification`), which the editor uses; this module resolves them the way
 * the library's `applySuggestions` / `revertSuggestions` do, on plain JSON, so
 * the Node side (Word export "xuất bản sạch", CLI) needs no editor state:
 *
 * - accept: text and nodes under `deletion` go, `insertion` marks are dropped
 *   (their text stays), `modification` marks are dropped (the new look stays);
 * - reject: text and nodes under `insertion` go, `deletion` marks are
 *   dropped, each `modification` is undone (attribute, mark or node type back
 *   to its previous value).
 *
 * A suggested paragraph split or join is anchored, as the library does, by
 * suggestion text at the end of one textblock and the start of the next with
 * the same id (often a zero-width space): when that text goes, the two
 * sibling textblocks are joined. The zero-width anchors never survive.
 * Linear in the size of the document.
 */
import { edgeTextblockPath, isTextblockNode, joinBlocks } from './block-join';
import { SUGGESTION_MARK_NAMES } from './schema';
import type { DocJSON, MarkJSON, NodeJSON } from './types';

/** The name of a suggestion mark (the list is `SUGGESTION_MARK_NAMES` in the schema). */
export type SuggestionMarkName = 'insertion' | 'deletion' | 'modification';

/** The zero-width space the suggestion library uses to anchor a suggested paragraph break. */
export const SUGGESTION_ANCHOR = '\u200B';

const isSuggestionMark = (m: MarkJSON): boolean => SUGGESTION_MARK_NAMES.includes(m.type);

/** The suggestion mark of `kind` on a node, if any. */
export function suggestionMarkOf(node: NodeJSON, kind: SuggestionMarkName): MarkJSON | undefined {
  return node.marks?.find((m) => m.type === kind);
}

/** The id of a suggestion mark ('' when missing). */
export function suggestionIdOf(mark: MarkJSON | undefined): string {
  const id = mark?.attrs?.id;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '';
}

/** Whether any node of the document carries a suggestion mark. */
export function hasSuggestions(doc: NodeJSON): boolean {
  const stack: NodeJSON[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as NodeJSON;
    if (node.marks?.some(isSuggestionMark)) return true;
    if (node.content) for (const c of node.content) stack.push(c);
  }
  return false;
}

/** Which way all suggestions are resolved. */
export type SuggestionResolution = 'accept' | 'reject';

/** What an export does with suggestions: keep them (Word tracked changes) or resolve them all one way. */
export type SuggestionExport = 'keep' | SuggestionResolution;

/** The export choices, for the API schema and the CLI. */
export const SUGGESTION_EXPORTS: readonly SuggestionExport[] = ['keep', 'accept', 'reject'];

/** Vietnamese labels of the export choices, as the export dialog shows them. */
export const SUGGESTION_EXPORT_LABELS: Readonly<Record<SuggestionExport, string>> = {
  keep: 'Giữ đề xuất sửa (hiện trong Word)',
  accept: 'Xuất bản sạch: chấp nhận tất cả',
  reject: 'Xuất bản sạch: từ chối tất cả',
};

/** Which suggestions to resolve: all, one id, or all of one author (as the editor's commands). */
export interface SuggestionSelection {
  readonly id?: string;
  readonly author?: string;
}

interface Rule {
  /** The mark whose content goes. */
  readonly drop: 'insertion' | 'deletion';
  /** The mark that goes, its content staying. */
  readonly keep: 'insertion' | 'deletion';
  readonly resolution: SuggestionResolution;
  /** Whether a suggestion mark is one being resolved. */
  readonly selected: (mark: MarkJSON) => boolean;
}

function ruleFor(resolution: SuggestionResolution, which: SuggestionSelection): Rule {
  const selected = (m: MarkJSON): boolean =>
    isSuggestionMark(m) && (which.id === undefined || suggestionIdOf(m) === which.id) && (which.author === undefined || m.attrs?.author === which.author);
  return resolution === 'accept' ? { drop: 'deletion', keep: 'insertion', resolution, selected } : { drop: 'insertion', keep: 'deletion', resolution, selected };
}

/** The id of the selected `rule.drop` mark on the first / last inline child of the textblock at that edge of `node` ('' when none). */
function edgeId(node: NodeJSON, rule: Rule, end: 'first' | 'last'): string {
  const path = edgeTextblockPath(node, end);
  if (!path) return '';
  // A first block that goes as a whole (a block suggestion, settled first in document order, as the editor does) joins nothing.
  if (end === 'last' && path.some((n) => n.marks?.some((m) => m.type === rule.drop && rule.selected(m)))) return '';
  const content = path[path.length - 1]!.content ?? [];
  const child = end === 'first' ? content[0] : content[content.length - 1];
  if (!child || child.type !== 'text') return '';
  const mark = child.marks?.find((m) => m.type === rule.drop);
  return mark && rule.selected(mark) ? suggestionIdOf(mark) : '';
}

/** The same marks: type and attributes equal. */
function sameMarks(a: readonly MarkJSON[] | undefined, b: readonly MarkJSON[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Undoes one `modification` mark on a node (reject). */
function revertModification(node: NodeJSON, mod: MarkJSON): NodeJSON {
  const a = mod.attrs ?? {};
  if (a.type === 'attr' && typeof a.attrName === 'string') {
    return { ...node, attrs: { ...node.attrs, [a.attrName]: a.previousValue ?? null } };
  }
  if (a.type === 'mark') {
    const next = a.newValue as MarkJSON | null | undefined;
    const prev = a.previousValue as MarkJSON | null | undefined;
    let marks = (node.marks ?? []).filter((m) => !(next && typeof next === 'object' && m.type === next.type));
    if (prev && typeof prev === 'object' && typeof prev.type === 'string' && !marks.some((m) => m.type === prev.type)) marks = [...marks, prev];
    return withMarks(node, marks);
  }
  if (a.type === 'nodeType' && typeof a.previousValue === 'string') return { ...node, type: a.previousValue };
  return node;
}

function withMarks(node: NodeJSON, marks: readonly MarkJSON[]): NodeJSON {
  const { marks: _old, ...rest } = node;
  return marks.length > 0 ? { ...rest, marks } : rest;
}

/** A node's own suggestion marks resolved: null when the node goes. */
function resolveOwnMarks(node: NodeJSON, rule: Rule): NodeJSON | null {
  const marks = node.marks;
  if (!marks || !marks.some(rule.selected)) return node;
  if (marks.some((m) => m.type === rule.drop && rule.selected(m))) return null;
  let out: NodeJSON = node;
  if (rule.resolution === 'reject') for (const m of marks) if (m.type === 'modification' && rule.selected(m)) out = revertModification(out, m);
  out = withMarks(out, (out.marks ?? []).filter((m) => !rule.selected(m)));
  if (out.type === 'text' && marks.some((m) => (m.type === rule.keep || m.type === 'modification') && rule.selected(m))) {
    const text = (out.text ?? '').split(SUGGESTION_ANCHOR).join('');
    if (text === '') return null;
    if (text !== out.text) out = { ...out, text };
  }
  return out;
}

/** Inline children resolved, adjacent text with the same marks merged. */
function resolveInline(content: readonly NodeJSON[], rule: Rule): NodeJSON[] {
  const out: NodeJSON[] = [];
  // Removing words between two spaces removes one of the spaces too (as the editor does): no double space left.
  let spaceBefore = false;
  for (const child of content) {
    let r = resolveOwnMarks(child, rule);
    if (!r) {
      // After dropped words, a space may go; an anchor between them and the next text keeps it (the editor sees it there).
      if (droppedMark(child, rule)) spaceBefore ||= out[out.length - 1]?.text?.endsWith(' ') ?? false;
      else spaceBefore = false;
      continue;
    }
    if (spaceBefore && r.type === 'text' && r.text?.startsWith(' ')) {
      spaceBefore = false;
      if (r.text === ' ') continue;
      r = { ...r, text: r.text.slice(1) };
    }
    spaceBefore = false;
    const prev = out[out.length - 1];
    if (prev && prev.type === 'text' && r.type === 'text' && sameMarks(prev.marks, r.marks)) out[out.length - 1] = { ...prev, text: (prev.text ?? '') + (r.text ?? '') };
    else out.push(r);
  }
  return out;
}

/** The selected `rule.drop` mark of an inline child, if any. */
function droppedMark(child: NodeJSON, rule: Rule): MarkJSON | undefined {
  const mark = child.marks?.find((m) => m.type === rule.drop);
  return mark && rule.selected(mark) ? mark : undefined;
}

/** Whether an inline child vanishes: its text is dropped, or it is a zero-width anchor of a settled suggestion. */
function vanishes(child: NodeJSON, rule: Rule): boolean {
  if (droppedMark(child, rule)) return true;
  return child.type === 'text' && (child.text ?? '').split(SUGGESTION_ANCHOR).join('') === '' && !!child.marks?.some((m) => (m.type === rule.keep || m.type === 'modification') && rule.selected(m));
}

/** The textblocks of a block (itself, or those of a list / list item), or null when something else (a table) is inside. */
function textblocksOf(node: NodeJSON): NodeJSON[] | null {
  const blocks: NodeJSON[] = [];
  const walk = (n: NodeJSON): boolean => {
    if (isTextblockNode(n)) {
      blocks.push(n);
      return true;
    }
    return edgeTextblockPath(n, 'first') !== null && (n.content ?? []).every(walk);
  };
  return walk(node) ? blocks : null;
}

/** Whether every textblock of `node` has text and all of it vanishes. */
function allTextVanishes(blocks: readonly NodeJSON[], rule: Rule): boolean {
  return blocks.every((b) => (b.content ?? []).length > 0 && (b.content ?? []).every((c) => vanishes(c, rule)));
}

/**
 * Whether a list or list item goes whole: all its text goes, and the last
 * dropped run (the editor settles runs in document order) starts where
 * everything before it in the container is gone already, runs on over a
 * break to the container's end — ProseMirror's delete of a range covering
 * the container then deletes it, no empty item left.
 */
function whollyDropped(node: NodeJSON, rule: Rule): boolean {
  if (isTextblockNode(node)) return false;
  const blocks = textblocksOf(node);
  if (!blocks || blocks.length < 2 || !allTextVanishes(blocks, rule)) return false;
  const lastBlock = blocks[blocks.length - 1]!.content!;
  const id = suggestionIdOf(droppedMark(lastBlock[lastBlock.length - 1]!, rule));
  if (id === '') return false;
  const ofRun = (c: NodeJSON): boolean => suggestionIdOf(droppedMark(c, rule)) === id;
  // Back from the end: the run covers whole textblocks while it goes on over their breaks.
  let i = blocks.length - 1;
  while (i > 0 && blocks[i]!.content!.every(ofRun) && ofRun(blocks[i - 1]!.content![blocks[i - 1]!.content!.length - 1]!)) i--;
  return i < blocks.length - 1;
}

/**
 * `node` without the selected dropped block marks on its first-edge chain:
 * the blocks whose start went with a join before them (their text stays,
 * settled on its own, as in the editor).
 */
function withoutEdgeDrops(node: NodeJSON, rule: Rule): NodeJSON {
  const dropped = (n: NodeJSON): boolean => !!n.marks?.some((m) => m.type === rule.drop && rule.selected(m));
  const strip = (n: NodeJSON): NodeJSON => (dropped(n) ? withMarks(n, (n.marks ?? []).filter((m) => !(m.type === rule.drop && rule.selected(m)))) : n);
  if (isTextblockNode(node) || !node.content?.length) return strip(node);
  const [first, ...rest] = node.content;
  return { ...strip(node), content: [withoutEdgeDrops(first!, rule), ...rest] };
}

/** A block that a dropped run starts at the very start of and that loses all its text: the editor deletes it whole when the run goes on into the next block. */
function goesWholeBeforeJoin(node: NodeJSON, rule: Rule): boolean {
  const blocks = textblocksOf(node);
  return !!blocks && blocks.length > 0 && allTextVanishes(blocks, rule);
}

/** Block children resolved: dropped blocks removed, sibling textblocks joined where a dropped break lay between them. */
function resolveBlocks(content: readonly NodeJSON[], rule: Rule): NodeJSON[] {
  const joined: NodeJSON[] = [];
  for (const child of content) {
    if (whollyDropped(child, rule)) continue;
    const prev = joined[joined.length - 1];
    const id = prev ? edgeId(prev, rule, 'last') : '';
    // The break between them was suggested text that goes: one block, as deleting the break in the editor makes it.
    const joins = id !== '' && id === edgeId(child, rule, 'first');
    // Deleting from the very start of a block into the next deletes the first block and keeps the second as it is.
    if (joins && goesWholeBeforeJoin(prev!, rule)) joined.splice(joined.length - 1, 1, withoutEdgeDrops(child, rule));
    else {
      const merged = joins ? joinBlocks(prev!, child) : null;
      if (merged) joined.splice(joined.length - 1, 1, ...merged);
      else joined.push(child);
    }
  }
  const out: NodeJSON[] = [];
  for (const child of joined) {
    const r = resolveNode(child, rule);
    if (r) out.push(r);
  }
  return out;
}

const EMPTY_GOES = new Set(['bulletList', 'orderedList', 'listItem']);
const EMPTY_GETS_PARAGRAPH = new Set(['tableCell', 'tableHeader', 'body']);

function resolveNode(node: NodeJSON, rule: Rule): NodeJSON | null {
  const self = resolveOwnMarks(node, rule);
  if (!self || !self.content) return self;
  const content = isTextblockNode(self) ? resolveInline(self.content, rule) : resolveBlocks(self.content, rule);
  if (content.length === 0 && isTextblockNode(self)) {
    const { content: _none, ...rest } = self;
    return rest;
  }
  if (content.length === 0) {
    // A list or list item left without blocks goes (as in the editor); a cell keeps an empty paragraph.
    if (EMPTY_GOES.has(self.type)) return null;
    if (EMPTY_GETS_PARAGRAPH.has(self.type)) return { ...self, content: [{ type: 'paragraph' }] };
  }
  return { ...self, content };
}

/**
 * The document with every suggestion resolved one way, or only those of
 * `which` (one id, one author): what the editor's accept/reject commands
 * give. Pure; the input is not changed.
 */
export function resolveAllSuggestions(doc: DocJSON, resolution: SuggestionResolution, which: SuggestionSelection = {}): DocJSON {
  if (!hasSuggestions(doc)) return doc;
  const rule = ruleFor(resolution, which);
  return { ...doc, content: resolveBlocks(doc.content ?? [], rule) } as DocJSON;
}

/** "Chấp nhận tất cả": inserted text stays, deleted text goes, new formatting stays. */
export function acceptAllSuggestions(doc: DocJSON): DocJSON {
  return resolveAllSuggestions(doc, 'accept');
}

/** "Từ chối tất cả": inserted text goes, deleted text stays, formatting and attributes go back. */
export function rejectAllSuggestions(doc: DocJSON): DocJSON {
  return resolveAllSuggestions(doc, 'reject');
}
