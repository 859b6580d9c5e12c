/**
 * Takes the tracked changes of a returned .docx into a draft as suggestions
 * (đề xuất sửa): a deletion marks the matching passage of the draft with a
 * `deletion` mark; an insertion adds its text, under an `insertion` mark, at
 * the matching point (a '\n' in it becomes a suggested paragraph break,
 * anchored as the editor's suggestion library anchors one); a formatting
 * change gives the passage its new bold / italic / underline with one
 * `modification` mark per changed mark, as the editor records one (other run
 * formatting, and paragraph formatting, are counted as not taken over); a
 * tracked table row becomes a row suggested for insertion or deletion
 * (word-rows-merge.ts). The drafter's text is never changed otherwise.
 * Passages are found by the original text around each change (case-insensitive, as the export prints some text in
 * capitals), near where the previous change was found, so the cost stays
 * linear; a change whose passage is not found is reported, never dropped
 * silently. Ids are derived from the draft and the change, so merging the
 * same file twice adds nothing, and a change that is the Word form of a
 * suggestion the draft already has (same kind, author, text, time) is
 * recognised and skipped.
 */
import { createHash } from 'node:crypto';
import { Node as PMNode, type Mark } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { MAX_SUGGESTION_AUTHOR_LENGTH } from '../../../common/document/attr-rules';
import { cleanText } from '../../../common/document/clean-text';
import { documentSchema } from '../../../common/document/schema';
import { SUGGESTION_ANCHOR } from '../../../common/document/suggestions';
import { listSuggestions } from '../../../common/suggestions/list-suggestions';
import type { DocJSON } from '../../../common/document/types';
import type { WordSuggestionsReport } from '../../../common/review/api';
import { buildTextIndex, type TextIndex } from '../../../common/review/text-index';
import { deletedRowAt, rowCells, rowInsertionPoint, suggestedRow } from './word-rows-merge';
import type { WordChangeKind, WordTrackedChange, WordTrackedChanges } from '../../file-formats/ooxml/word-tracked-changes-read';

/** A change whose passage was not found in the draft. */
export interface UnmatchedChange {
  readonly kind: WordChangeKind;
  readonly author: string;
  /** The change's text, cut to 200 characters. */
  readonly text: string;
}

/** What taking a file's tracked changes into a draft did. */
export interface WordSuggestionsOutcome {
  readonly doc: DocJSON;
  readonly docChanged: boolean;
  /** Suggestions added to the draft. */
  readonly added: number;
  /** Changes already in the draft (merged before, or the draft's own suggestions come back). */
  readonly skipped: number;
  /** Changes merged before and since accepted or rejected in the draft: not brought back. */
  readonly settled: number;
  readonly unmatched: readonly UnmatchedChange[];
  /** Formatting changes not taken over: of other run properties (colour, size, font…), and of paragraphs / tables / sections. */
  readonly notTaken: { readonly otherFormat: number; readonly paragraphFormat: number };
}

/** How far (characters) around the expected place a passage is looked for before searching the whole text. */
const WINDOW = 4_000;
/** Searches of the whole text allowed per merge (each costs the length of the text). */
const MAX_GLOBAL_SEARCHES = 200;
/** Two dates closer than this are the same suggestion's (Word rounds to the minute or second). */
const SAME_TIME_MS = 120_000;

/** Lower case, one character for one (a character whose lower case is longer stays as it is), so offsets keep. */
function loose(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch.toLocaleLowerCase('vi');
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Text compared without case, spaces and breaks: a suggestion listed from the draft (a row's cells joined by spaces) and its Word form (cells ended by '\n'). */
const compact = (s: string) => loose(s).replace(/[\s¶\u200B]+/g, '');

const authorKey = (a: string) => a.normalize('NFC').trim().toLowerCase();

function suggestionId(draftId: string, c: WordTrackedChange): string {
  // A format change's marks are part of what it is (added to the key only for those, so other ids stay as they were).
  const marks = c.kind === 'modification' ? [(c.marks ?? []).map((m) => `${m.added ? '+' : '-'}${m.mark}`).join(',')] : [];
  const hash = createHash('sha256').update([draftId, c.kind, c.author, c.date, c.text, c.before, c.after, ...marks].join('\u0000'), 'utf8').digest('hex');
  return `s-w${hash.slice(0, 40)}`;
}

/** Finds a needle near `expected` in the loose text, else (while allowed) anywhere, nearest first. */
class Finder {
  private globalSearches = 0;
  constructor(private readonly hay: string) {}

  find(needle: string, expected: number): number {
    if (needle === '') return -1;
    const from = Math.max(0, expected - WINDOW);
    const windowText = this.hay.slice(from, Math.min(this.hay.length, expected + WINDOW + needle.length));
    const local = nearestIn(windowText, needle, expected - from);
    if (local >= 0) return from + local;
    if (this.globalSearches >= MAX_GLOBAL_SEARCHES) return -1;
    this.globalSearches++;
    return nearestIn(this.hay, needle, expected);
  }
}

/** The occurrence of `needle` in `hay` nearest to `at`, or -1. */
function nearestIn(hay: string, needle: string, at: number): number {
  const start = Math.max(0, Math.min(hay.length, at));
  const after = hay.indexOf(needle, start);
  const before = start > 0 ? hay.lastIndexOf(needle, start - 1) : -1;
  if (after < 0) return before;
  if (before < 0) return after;
  return after - start <= start - before ? after : before;
}

/** Where a change lands in the draft's text: [start, end) of deleted text, or the insertion offset (start = end). */
interface Landing {
  readonly start: number;
  readonly end: number;
}

function locate(change: WordTrackedChange, finder: Finder, expected: number): Landing | null {
  const before = loose(change.before);
  const after = loose(change.after);
  if (change.kind !== 'insertion') {
    const target = loose(change.text);
    const tries: Array<[string, number]> = [
      [before + target + after, before.length],
      [target + after, 0],
      [before + target, before.length],
      [target, 0],
    ];
    for (const [needle, offset] of tries) {
      if (needle === target && target.trim().length < 4) continue; // a short word alone is too ambiguous
      const at = finder.find(needle, expected - (needle === target ? 0 : offset));
      if (at >= 0) return { start: at + offset, end: at + offset + target.length };
    }
    return null;
  }
  const tries: Array<[string, number]> = [
    [before + after, before.length],
    [before, before.length],
    [after, 0],
  ];
  for (const [needle, offset] of tries) {
    if (needle.trim().length < 4) continue;
    const at = finder.find(needle, expected - offset);
    if (at >= 0) return { start: at + offset, end: at + offset };
  }
  return null;
}

/** The document position of the index-text offset `k` as an insertion point. */
function pointAt(index: TextIndex, k: number): number {
  if (k <= 0) return index.starts[0] ?? 0;
  return index.ends[k - 1] as number;
}

/** A planned edit: a mark over a range (a deletion, or a format change and its look), or suggested text. */
type Edit =
  | { kind: 'deletion'; from: number; to: number; mark: Mark }
  | { kind: 'modification'; from: number; to: number; marks: readonly Mark[]; look: { readonly add: Mark[]; readonly remove: Mark['type'][] } }
  | { kind: 'insertion'; at: number; text: string; mark: Mark }
  /** A suggested new table row, inserted whole. */
  | { kind: 'row'; at: number; node: PMNode; mark: Mark }
  /** A table row suggested for deletion: a node mark on it. */
  | { kind: 'rowMark'; pos: number; mark: Mark };

/**
 * The `modification` marks of a Word format change, one per changed mark (as the editor records them), and the
 * new look; null when the draft's passage already looks that way (nothing to suggest).
 */
function formatEdit(doc: PMNode, change: WordTrackedChange, attrs: { id: string; author: string; date: string }, from: number, to: number): Edit | null {
  const marks: Mark[] = [];
  const look = { add: [] as Mark[], remove: [] as Mark['type'][] };
  for (const m of change.marks ?? []) {
    const type = documentSchema.marks[m.mark]!;
    let all = true;
    let any = false;
    doc.nodesBetween(from, to, (node) => {
      if (!node.isText) return true;
      if (type.isInSet(node.marks)) any = true;
      else all = false;
      return false;
    });
    if (m.added ? all : !any) continue; // the draft already has the new look for this mark
    const value = { type: m.mark };
    marks.push(documentSchema.marks.modification!.create({ ...attrs, type: 'mark', attrName: null, previousValue: m.added ? null : value, newValue: m.added ? value : null }));
    if (m.added) look.add.push(type.create());
    else look.remove.push(type);
  }
  return marks.length > 0 ? { kind: 'modification', from, to, marks, look } : null;
}

/** Whether the document range lies in the body (suggestions are only there). */
function inBody(doc: PMNode, from: number, to: number): boolean {
  const $from = doc.resolve(from);
  return $from.depth >= 1 && $from.node(1).type.name === 'body' && to <= $from.end(1);
}

/** Adds the insertion `text` at `at` under `mark`; '\n' splits the textblock with anchors on both sides. */
function insertSuggested(tr: Transform, at: number, text: string, mark: Mark): void {
  const lines = text.split('\n');
  let pos = at;
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    const content = `${i > 0 ? SUGGESTION_ANCHOR : ''}${line}${last ? '' : SUGGESTION_ANCHOR}`;
    if (content !== '') {
      tr.insert(pos, documentSchema.text(content, [mark]));
      pos += content.length;
    }
    if (!last) {
      tr.split(pos);
      pos += 2;
    }
  });
}

/**
 * Adds a file's tracked changes to a draft's document as suggestions. Pure: the caller stores the outcome.
 * `settledIds`: suggestions the draft has accepted or rejected since they were merged (ids are stable per
 * draft and change, so merging the same file again would bring them back).
 */
export function mergeWordSuggestions(
  target: { readonly draftId: string; readonly doc: DocJSON; readonly settledIds?: ReadonlySet<string> },
  file: WordTrackedChanges,
): WordSuggestionsOutcome {
  const notTaken = { otherFormat: 0, paragraphFormat: file.paragraphFormatChanges ?? 0 };
  if (file.changes.length === 0) return { doc: target.doc, docChanged: false, added: 0, skipped: 0, settled: 0, unmatched: [], notTaken };
  const doc = PMNode.fromJSON(documentSchema, target.doc);
  const index = buildTextIndex(doc);
  const finder = new Finder(loose(index.text));
  const present = listSuggestions(target.doc);
  const ids = new Set(present.map((s) => s.id));
  const existing = new Map<string, string[]>();
  for (const s of present) {
    for (const [kind, listed] of [['insertion', s.inserted], ['deletion', s.deleted], ['modification', s.formatted]] as const) {
      const text = listed.replace(/¶/g, '');
      if (text === '') continue;
      const key = `${kind}\u0000${authorKey(s.author)}\u0000${compact(text)}`;
      existing.set(key, [...(existing.get(key) ?? []), s.date]);
    }
  }
  const isExisting = (c: WordTrackedChange) => {
    const dates = existing.get(`${c.kind}\u0000${authorKey(c.author)}\u0000${compact(c.text)}`);
    return !!dates && dates.some((d) => !c.date || !d || Math.abs(Date.parse(d) - Date.parse(c.date)) <= SAME_TIME_MS);
  };

  const edits: Edit[] = [];
  const unmatched: UnmatchedChange[] = [];
  let skipped = 0;
  let settled = 0;
  // Draft offset minus file offset at the last change found: the file has text the draft's index has not (header, numbers).
  let delta = 0;
  for (const change of file.changes) {
    if (change.kind === 'modification') {
      // Colour, size, font…: not marks DuThao has, counted; a change of only those goes no further.
      if (change.otherFormat) notTaken.otherFormat++;
      if ((change.marks ?? []).length === 0) continue;
    }
    const id = suggestionId(target.draftId, change);
    if (target.settledIds?.has(id)) {
      settled++;
      continue;
    }
    if (ids.has(id) || isExisting(change)) {
      skipped++;
      continue;
    }
    const landing = locate(change, finder, change.at + delta);
    if (!landing) {
      unmatched.push({ kind: change.kind, author: change.author, text: change.text.length > 200 ? `${change.text.slice(0, 199)}…` : change.text });
      continue;
    }
    delta = landing.start - change.at;
    ids.add(id);
    // The author as the gatekeeper takes it (clean, at most MAX_SUGGESTION_AUTHOR_LENGTH), so one odd name cannot fail the merge.
    const author = cleanText(change.author).trim().slice(0, MAX_SUGGESTION_AUTHOR_LENGTH) || 'Không rõ';
    if (change.kind === 'modification') {
      const from = index.starts[landing.start] as number;
      const to = index.ends[landing.end - 1] as number;
      if (!inBody(doc, from, to)) {
        unmatched.push({ kind: change.kind, author: change.author, text: change.text.length > 200 ? `${change.text.slice(0, 199)}…` : change.text });
        continue;
      }
      const edit = formatEdit(doc, change, { id, author, date: change.date }, from, to);
      if (edit) edits.push(edit);
      else skipped++;
      continue;
    }
    const mark = documentSchema.marks[change.kind]!.create({ id, author, date: change.date });
    // A whole table row: a new row under the insertion, or the deletion as a node mark on the row, as the editor does.
    if (change.row && change.kind === 'insertion') {
      const cells = rowCells(change.text);
      const point = rowInsertionPoint(doc, index, landing.start, cells.length);
      if (point && inBody(doc, point.at, point.at)) edits.push({ kind: 'row', at: point.at, node: suggestedRow(cells, point.beside, mark), mark });
      else unmatched.push({ kind: change.kind, author: change.author, text: change.text.length > 200 ? `${change.text.slice(0, 199)}…` : change.text });
      continue;
    }
    const rowPos = change.row ? deletedRowAt(doc, index.starts[landing.start] as number, change.text, (a, b) => loose(a) === loose(b)) : null;
    if (rowPos !== null) {
      edits.push({ kind: 'rowMark', pos: rowPos, mark });
      continue;
    }
    if (change.kind === 'deletion') {
      const from = index.starts[landing.start] as number;
      const to = index.ends[landing.end - 1] as number;
      edits.push({ kind: 'deletion', from, to, mark });
      // A deleted paragraph mark at an edge has no text of its own to carry the mark: anchor it as the editor does.
      // (Not across cells: the end of a deleted row's text is not a paragraph break to anchor.)
      if (change.text.startsWith('\n') && !change.row) edits.push({ kind: 'insertion', at: from, text: SUGGESTION_ANCHOR, mark });
      if (change.text.endsWith('\n') && change.text.length > 1 && !change.row) edits.push({ kind: 'insertion', at: to, text: SUGGESTION_ANCHOR, mark });
    } else edits.push({ kind: 'insertion', at: pointAt(index, landing.start), text: cleanText(change.text), mark });
  }
  if (edits.length === 0) return { doc: target.doc, docChanged: false, added: 0, skipped, settled, unmatched, notTaken };

  const tr = new Transform(doc);
  // Marks first (they move nothing), then insertions from the end so earlier positions hold.
  for (const e of edits) {
    if (e.kind === 'deletion') tr.addMark(e.from, e.to, e.mark);
    else if (e.kind === 'rowMark') tr.addNodeMark(e.pos, e.mark);
    else if (e.kind === 'modification') {
      // The new look, then what it was: the editor's own form of a format suggestion.
      for (const type of e.look.remove) tr.removeMark(e.from, e.to, type);
      for (const m of e.look.add) tr.addMark(e.from, e.to, m);
      // Text that is itself a suggested insertion or deletion is only reformatted, as in the editor.
      tr.doc.nodesBetween(e.from, e.to, (node, pos) => {
        if (!node.isText) return true;
        if (node.marks.some((m) => m.type.name === 'insertion' || m.type.name === 'deletion')) return false;
        const from = Math.max(pos, e.from);
        const to = Math.min(pos + node.nodeSize, e.to);
        for (const m of e.marks) tr.addMark(from, to, m);
        return false;
      });
    }
  }
  const insertions = edits.filter((e): e is Extract<Edit, { kind: 'insertion' | 'row' }> => e.kind === 'insertion' || e.kind === 'row').sort((a, b) => b.at - a.at);
  for (const e of insertions) {
    if (e.kind === 'row') tr.insert(e.at, e.node);
    else insertSuggested(tr, e.at, e.text, e.mark);
  }
  const added = edits.filter((e) => e.kind !== 'insertion' || e.text !== SUGGESTION_ANCHOR).length;
  return { doc: tr.doc.toJSON() as DocJSON, docChanged: true, added, skipped, settled, unmatched, notTaken };
}

/** The report of a merge as the API gives it: the not-taken counts only when there are some. */
export function wordSuggestionsReport(s: WordSuggestionsOutcome): WordSuggestionsReport {
  const { otherFormat, paragraphFormat } = s.notTaken;
  return {
    added: s.added,
    skipped: s.skipped,
    unmatched: s.unmatched,
    ...(s.settled > 0 ? { settled: s.settled } : {}),
    ...(otherFormat + paragraphFormat > 0 ? { notTaken: s.notTaken } : {}),
  };
}
