/**
 * The document's text as one string, with the document position of every
 * character, so a quoted passage found in the text can be turned back into a
 * document range. Textblocks are separated by '\n'; a hard break is '\n';
 * other inline leaves (footnotes) contribute nothing.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { DocRange } from './types';

/** The text of a document and where each of its characters sits. */
export interface TextIndex {
  readonly text: string;
  /** Document position before character i. */
  readonly starts: readonly number[];
  /** Document position after character i. */
  readonly ends: readonly number[];
}

/** Builds the text index of a document (or any node, positions relative to its content). */
export function buildTextIndex(doc: PMNode): TextIndex {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastBlockEnd = -1;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const contentStart = pos + 1;
    if (lastBlockEnd >= 0) {
      text += '\n';
      starts.push(lastBlockEnd);
      ends.push(contentStart);
    }
    node.forEach((child, offset) => {
      const at = contentStart + offset;
      if (child.isText) {
        const t = child.text ?? '';
        for (let i = 0; i < t.length; i++) {
          starts.push(at + i);
          ends.push(at + i + 1);
        }
        text += t;
      } else if (child.type.name === 'hardBreak') {
        text += '\n';
        starts.push(at);
        ends.push(at + 1);
      }
    });
    lastBlockEnd = contentStart + node.content.size;
    return false;
  });
  return { text, starts, ends };
}

/** The index of the first character that starts at or after `pos` (binary search); `text.length` when none. */
export function firstCharAtOrAfter(index: TextIndex, pos: number): number {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text of the characters lying wholly inside `range`. */
export function textInRange(index: TextIndex, range: DocRange): string {
  let out = '';
  for (let i = firstCharAtOrAfter(index, range.from); i < index.text.length; i++) {
    const s = index.starts[i] as number;
    if (s >= range.to) break;
    if (s >= range.from && (index.ends[i] as number) <= range.to) out += index.text[i];
  }
  return out;
}

/** The document range covered by the characters [start, end) of the index text. */
export function rangeOfText(index: TextIndex, start: number, end: number): DocRange | null {
  if (start < 0 || end > index.text.length || end <= start) return null;
  return { from: index.starts[start] as number, to: index.ends[end - 1] as number };
}
