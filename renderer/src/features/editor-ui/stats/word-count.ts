/**
 * Word and page estimate of a draft. Words are counted as Word counts
 * Vietnamese: each whitespace-separated syllable is a word. Counts are cached
 * per top-level body block (ProseMirror nodes are immutable), so recounting
 * after an edit only visits the blocks that changed.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { findBody } from '../outline-model';

/** Words per A4 page of body text in the official format (14 pt Times, 1 page ≈ 570 words). */
export const WORDS_PER_PAGE = 570;

/** Number of whitespace-separated words in a string. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Whitespace, and the object replacement char used for inline atoms.
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 0xfffc || (c >= 0x2000 && c <= 0x200b);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

const blockWords = new WeakMap<PMNode, number>();

/** Words of one block (all its text blocks, each counted separately). */
export function wordsInBlock(block: PMNode): number {
  let n = blockWords.get(block);
  if (n === undefined) {
    n = 0;
    if (block.isTextblock) n = countWords(block.textBetween(0, block.content.size, ' ', ' '));
    else block.descendants((child) => {
      if (child.isTextblock) {
        n! += countWords(child.textBetween(0, child.content.size, ' ', ' '));
        return false;
      }
      return true;
    });
    blockWords.set(block, n);
  }
  return n;
}

/** Words of the draft's body (the text the drafter writes). */
export function documentWordCount(doc: PMNode): number {
  const found = findBody(doc);
  if (!found) return 0;
  let n = 0;
  found.body.forEach((child) => {
    n += wordsInBlock(child);
  });
  return n;
}

/** Estimated printed pages for a body of `words` words (at least one page). */
export function estimatePages(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
}

/** Vietnamese thousands grouping: 126838 → "126.838". */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
