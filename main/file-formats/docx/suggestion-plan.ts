/**
 * Plans how suggestions (the `insertion`, `deletion` and `modification`
 * marks of common/document/suggestions.ts) become Word tracked changes: a
 * pre-pass over the body decides, per text node, whether it is written as
 * inserted text (`w:ins`), deleted text (`w:del` + `w:delText`) or text whose
 * formatting changed (`w:rPrChange` holding the previous run properties), and
 * per textblock whether its paragraph mark is inserted or deleted
 * (`w:pPr/w:rPr/w:ins|w:del`): a whole suggested block, or a suggested
 * paragraph break (suggestion text with one id at the end of a textblock and
 * the start of the next), and per table row whether the row itself is
 * inserted or deleted (`w:trPr/w:ins|w:del`): a row under a suggestion node
 * mark (its own or its table's: what the editor makes of an inserted or
 * deleted row) — what Word writes for a tracked row, so "Accept All" /
 * "Reject All" add or remove the row, not only its text. A row whose cells'
 * text is suggested but which is not itself marked stays a row when DuThao
 * accepts, so it stays text changes in Word too. Every revision gets its own
 * Word id, author and date.
 */
import type { MarkJSON, NodeJSON } from '../../../common/document/types';
import { suggestionIdOf, suggestionMarkOf, SUGGESTION_ANCHOR } from '../../../common/document/suggestions';

/** Who made a Word revision and when, as `docx` wants it (the id is handed out per element). */
export interface RevisionOrigin {
  readonly author: string;
  /** xsd:dateTime, UTC, without fractions of a second. */
  readonly date: string;
}

/** What a text node is written as. */
export type TextRevision =
  | { readonly kind: 'insertion' | 'deletion'; readonly origin: RevisionOrigin }
  /** A formatting change: `previousMarks` are the marks the text had before. */
  | { readonly kind: 'format'; readonly origin: RevisionOrigin; readonly previousMarks: readonly MarkJSON[] };

/** The tracked changes of one export. */
export interface SuggestionPlan {
  /** Text (and hard break) nodes written as revisions. */
  readonly inline: ReadonlyMap<NodeJSON, TextRevision>;
  /** Textblocks whose paragraph mark is inserted or deleted. */
  readonly paragraphMarks: ReadonlyMap<NodeJSON, { readonly kind: 'insertion' | 'deletion'; readonly origin: RevisionOrigin }>;
  /** Table rows inserted or deleted as a whole. */
  readonly rows: ReadonlyMap<NodeJSON, { readonly kind: 'insertion' | 'deletion'; readonly origin: RevisionOrigin }>;
  /** Hands out the next Word revision id (unique in the document). */
  nextId(): number;
}

/** Author written when a suggestion names none. */
export const UNKNOWN_AUTHOR = 'Không rõ';

/** The Word form of a suggestion mark's author and date. */
export function revisionOrigin(mark: MarkJSON, fallbackDate: string): RevisionOrigin {
  const author = typeof mark.attrs?.author === 'string' && mark.attrs.author.trim() !== '' ? mark.attrs.author.trim() : UNKNOWN_AUTHOR;
  const raw = typeof mark.attrs?.date === 'string' ? Date.parse(mark.attrs.date) : Number.NaN;
  const date = Number.isNaN(raw) ? fallbackDate : new Date(raw).toISOString().replace(/\.\d+Z$/, 'Z');
  return { author, date };
}

/** The marks a text had before its `modification`s of type `mark` (each newValue removed, each previousValue back). */
function marksBefore(marks: readonly MarkJSON[], mods: readonly MarkJSON[]): MarkJSON[] {
  let out = marks.filter((m) => m.type !== 'modification');
  for (const mod of mods) {
    const next = mod.attrs?.newValue as MarkJSON | null | undefined;
    const prev = mod.attrs?.previousValue as MarkJSON | null | undefined;
    if (next && typeof next === 'object') out = out.filter((m) => m.type !== next.type);
    if (prev && typeof prev === 'object' && typeof prev.type === 'string' && !out.some((m) => m.type === prev.type)) out.push(prev);
  }
  return out;
}

const INLINE = new Set(['text', 'hardBreak', 'footnote']);

function isTextblock(node: NodeJSON): boolean {
  const content = node.content ?? [];
  return content.length > 0 ? content.every((c) => INLINE.has(c.type)) : node.type === 'paragraph' || node.type.endsWith('eading');
}

/** The `kind` mark on the first or last text of a textblock. */
function edgeMark(block: NodeJSON, kind: 'insertion' | 'deletion', end: 'first' | 'last'): MarkJSON | undefined {
  const content = block.content ?? [];
  const child = end === 'first' ? content[0] : content[content.length - 1];
  return child && child.type === 'text' ? suggestionMarkOf(child, kind) : undefined;
}

/** Builds the plan for a document body; null when the body has no suggestion. */
export function planSuggestions(body: NodeJSON, now: Date = new Date()): SuggestionPlan | null {
  const fallbackDate = now.toISOString().replace(/\.\d+Z$/, 'Z');
  const inline = new Map<NodeJSON, TextRevision>();
  const paragraphMarks = new Map<NodeJSON, { kind: 'insertion' | 'deletion'; origin: RevisionOrigin }>();
  const rows = new Map<NodeJSON, { kind: 'insertion' | 'deletion'; origin: RevisionOrigin }>();
  const textblocks: NodeJSON[] = [];

  const walk = (node: NodeJSON, blockMark: { kind: 'insertion' | 'deletion'; mark: MarkJSON } | null): void => {
    const own = suggestionMarkOf(node, 'insertion') ?? suggestionMarkOf(node, 'deletion');
    const here = own && !INLINE.has(node.type) ? { kind: own.type as 'insertion' | 'deletion', mark: own } : blockMark;
    if (INLINE.has(node.type)) {
      const mark = own ?? blockMark?.mark;
      if (mark && (mark.type === 'insertion' || mark.type === 'deletion')) {
        inline.set(node, { kind: mark.type, origin: revisionOrigin(mark, fallbackDate) });
        return;
      }
      const mods = (node.marks ?? []).filter((m) => m.type === 'modification' && m.attrs?.type === 'mark');
      if (mods.length > 0 && node.type === 'text') {
        inline.set(node, { kind: 'format', origin: revisionOrigin(mods[0] as MarkJSON, fallbackDate), previousMarks: marksBefore(node.marks ?? [], mods) });
      }
      return;
    }
    if (node.type === 'tableRow' && here) rows.set(node, { kind: here.kind, origin: revisionOrigin(here.mark, fallbackDate) });
    if (isTextblock(node)) {
      textblocks.push(node);
      if (here) paragraphMarks.set(node, { kind: here.kind, origin: revisionOrigin(here.mark, fallbackDate) });
    }
    for (const child of node.content ?? []) walk(child, here);
  };
  walk(body, null);

  // A suggested paragraph break: the same suggestion ends one textblock and starts the next.
  for (let i = 0; i + 1 < textblocks.length; i++) {
    const a = textblocks[i] as NodeJSON;
    const b = textblocks[i + 1] as NodeJSON;
    if (paragraphMarks.has(a)) continue;
    for (const kind of ['insertion', 'deletion'] as const) {
      const end = edgeMark(a, kind, 'last');
      const start = edgeMark(b, kind, 'first');
      if (end && start && suggestionIdOf(end) !== '' && suggestionIdOf(end) === suggestionIdOf(start)) {
        paragraphMarks.set(a, { kind, origin: revisionOrigin(end, fallbackDate) });
        break;
      }
    }
  }
  if (inline.size === 0 && paragraphMarks.size === 0 && rows.size === 0) return null;
  let id = 1;
  return { inline, paragraphMarks, rows, nextId: () => id++ };
}

/** The text written for a node under a suggestion: the library's zero-width anchors left out. */
export function withoutAnchors(text: string): string {
  return text.includes(SUGGESTION_ANCHOR) ? text.split(SUGGESTION_ANCHOR).join('') : text;
}
