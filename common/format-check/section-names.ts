/**
 * Where a format-check finding is, in the words a drafter uses: the section
 * of a body block ("mục II.3", "Phần thứ nhất, mục I", "Phụ lục 2, mục I"),
 * built from the same generated heading numbers the editor and export show.
 */
import { appendixLabels } from '../document/appendix-numbering';
import { numberBlocks, numberedBlockOf, type NumberingStyle } from '../document/numbering';
import type { NodeJSON, ProfileId } from '../document/types';

/** What a finding before the first heading is said to be in. */
export const OPENING_SECTION = 'phần mở đầu';

/** A heading label as one component of a section path: `II.` → `II`, `a)` → `a`, `2.1.` → `1`. */
function component(label: string): string {
  const bare = label.replace(/[.)\-]+$/, '');
  const parts = bare.split('.');
  return parts[parts.length - 1]!;
}

/**
 * The section name of each top-level body block, by index: the headings
 * above it (a heading belongs to its own section). `OPENING_SECTION` for
 * blocks before any heading.
 */
export function sectionNames(body: NodeJSON, style: NumberingStyle, profile: ProfileId): string[] {
  const blocks = body.content ?? [];
  const kinds = blocks.map((b) => numberedBlockOf(b.type, b.attrs));
  const labels = numberBlocks(kinds, style);
  const appendices = appendixLabels(kinds.filter((k) => k.kind === 'appendix').length, profile);
  let appendix: string | null = null;
  let appendixCount = 0;
  let part: string | null = null;
  let path: string[] = [];
  return kinds.map((kind, i) => {
    const label = labels[i];
    if (kind.kind === 'appendix') {
      appendix = appendices[appendixCount++] ?? null;
      part = null;
      path = [];
    } else if (kind.kind === 'part' && label) {
      part = label;
      path = [];
    } else if (kind.kind === 'heading' && label) {
      const depth = Math.min(Math.max(kind.level, 1), 3);
      path = [...path.slice(0, depth - 1), component(label)];
    }
    const names = [appendix, part, path.length > 0 ? `mục ${path.join('.')}` : null].filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : OPENING_SECTION;
  });
}
