/**
 * "Chuyển năm 2024 → 2025" on import: last year's report becomes this
 * year's draft. The years in the title block (subject) change, and the year
 * after (2025 → 2026, "phương hướng năm sau") moves with them; the body is
 * left alone, since its years are facts. The UI proposes the shift from the
 * years it finds (`proposeYearShift`) and the user confirms it.
 */
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { partOf } from '../../../common/document/accessors';

/** A confirmed year shift. */
export interface YearShift {
  readonly from: number;
  readonly to: number;
}

function shiftText(text: string, shift: YearShift): { text: string; count: number } {
  const delta = shift.to - shift.from;
  let count = 0;
  const out = text.replace(/(?<!\d)(\d{4})(?!\d)/g, (m: string) => {
    const y = Number(m);
    if (y === shift.from || y === shift.from + 1) {
      count++;
      return String(y + delta);
    }
    return m;
  });
  return { text: out, count };
}

/** The document with the title block's years shifted, and how many were changed. */
export function shiftYears(doc: DocJSON, shift: YearShift): { doc: DocJSON; count: number } {
  let count = 0;
  const content = (doc.content ?? []).map((n): NodeJSON => {
    if (n.type !== 'documentTitle' || typeof n.attrs?.subject !== 'string') return n;
    const r = shiftText(n.attrs.subject, shift);
    count += r.count;
    return { ...n, attrs: { ...n.attrs, subject: r.text } };
  });
  return { doc: { ...doc, content }, count };
}

/** The shift to propose: from the earliest year the subject names to `currentYear`, if it is earlier. */
export function proposeYearShift(doc: DocJSON, currentYear: number): YearShift | null {
  const subject = partOf(doc, 'documentTitle')?.attrs?.subject;
  if (typeof subject !== 'string') return null;
  const years = [...subject.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  const from = Math.min(...years);
  return from < currentYear ? { from, to: currentYear } : null;
}
