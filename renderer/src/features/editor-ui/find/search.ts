/**
 * Finding text in a draft: every match of a query in the body's text blocks
 * (headings, paragraphs, list items, table cells), as document ranges.
 * Each text block's text and folded forms are cached by node identity, so
 * after an edit only the changed blocks are folded again.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { foldModeOf, foldText, foldWithMap, type FoldMode, type FoldedText } from '../../../../../common/text/fold';

/** The user's find options. */
export interface FindOptions {
  /** Phân biệt chữ hoa/thường. */
  readonly matchCase: boolean;
  /** Không phân biệt dấu: `can tho` finds `Cần Thơ`. */
  readonly ignoreDiacritics: boolean;
}

/** One match, as a document range. */
export interface FindMatch {
  readonly from: number;
  readonly to: number;
}

/** Stand-in character for inline atoms (footnote, hard break): one position, never matched by text. */
export const ATOM_CHAR = '\ufffc';

interface BlockCache {
  text?: string;
  folds: Partial<Record<FoldMode, FoldedText>>;
}

const cache = new WeakMap<PMNode, BlockCache>();

function blockCache(block: PMNode): BlockCache {
  let c = cache.get(block);
  if (!c) {
    c = { folds: {} };
    cache.set(block, c);
  }
  return c;
}

/** The text of a text block, one character per document position (inline atoms become ATOM_CHAR). */
export function blockText(block: PMNode): string {
  const c = blockCache(block);
  if (c.text === undefined) {
    let text = '';
    block.forEach((child) => {
      text += child.isText ? child.text! : ATOM_CHAR.repeat(child.nodeSize);
    });
    c.text = text;
  }
  return c.text;
}

function foldedBlock(block: PMNode, mode: FoldMode): FoldedText | null {
  if (mode === 'exact') return null;
  const c = blockCache(block);
  let f = c.folds[mode];
  if (!f) {
    f = foldWithMap(blockText(block), mode);
    c.folds[mode] = f;
  }
  return f;
}

/**
 * All matches of `query` in the document, in document order, up to `limit`.
 * An empty query finds nothing.
 */
export function findMatches(doc: PMNode, query: string, options: FindOptions, limit = Infinity): FindMatch[] {
  const mode = foldModeOf(options);
  const needle = foldText(query.normalize('NFC'), mode);
  const out: FindMatch[] = [];
  if (!needle) return out;
  doc.descendants((node, pos) => {
    if (out.length >= limit) return false;
    if (!node.isTextblock) return !node.isAtom;
    const start = pos + 1;
    const folded = foldedBlock(node, mode);
    const hay = folded ? folded.text : blockText(node);
    let i = hay.indexOf(needle);
    while (i !== -1 && out.length < limit) {
      const from = folded ? folded.map[i]! : i;
      const to = folded ? folded.map[i + needle.length]! : i + needle.length;
      if (to > from) out.push({ from: start + from, to: start + to });
      i = hay.indexOf(needle, i + needle.length);
    }
    return false;
  });
  return out;
}
