/**
 * The reading half of the import: .docx bytes → our blocks. Opens the file
 * through the capped reader, resolves tracked changes the chosen way, reads
 * the layouts mammoth loses, tags the paragraphs, and lets mammoth read the
 * body from the checked, rebuilt package (never the original archive).
 */
import type { WordBlock } from './blocks';
import { openDocxPackage } from './docx-package';
import { readMammothBlocks } from './mammoth-blocks';
import { countTrackedChanges, resolveTrackedChanges, type TrackedChangesChoice } from './tracked-changes';
import { markParagraphs, readNumbering, readParagraphLayouts } from './word-layout';

/** What reading a .docx gives. */
export interface ReadDocx {
  readonly blocks: WordBlock[];
  /** Tracked changes found in the body (resolved the chosen way). */
  readonly trackedChanges: number;
  /** Images (not imported). */
  readonly images: number;
  /** Whether the per-paragraph layouts could not be matched with mammoth's paragraphs. */
  readonly layoutMismatch: boolean;
}

/** Counts the tracked changes of a .docx without reading its body. */
export function inspectTrackedChanges(bytes: Uint8Array): number {
  return countTrackedChanges(openDocxPackage(bytes).text('word/document.xml') ?? '');
}

/** Reads a .docx into blocks; tracked changes are accepted or rejected as a whole (default: accept). */
export async function readDocx(bytes: Uint8Array, trackedChanges: TrackedChangesChoice = 'accept'): Promise<ReadDocx> {
  const pkg = openDocxPackage(bytes);
  const original = pkg.text('word/document.xml') ?? '';
  const changes = countTrackedChanges(original);
  const resolved = resolveTrackedChanges(original, trackedChanges);
  // The part as read when nothing changed (one parse fewer); it is checked here, before mammoth reads it.
  const layouts = readParagraphLayouts(resolved === original ? pkg.documentXml : resolved);
  const numbering = readNumbering(pkg.text('word/numbering.xml'));
  const marked = markParagraphs(resolved);
  const read = await readMammothBlocks(pkg.rezip({ 'word/document.xml': marked }), layouts, numbering);
  return { blocks: read.blocks, trackedChanges: changes, images: read.images, layoutMismatch: read.paragraphs > 0 && read.matched === 0 };
}
