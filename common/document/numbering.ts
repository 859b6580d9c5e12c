/**
 * Generated heading numbers. Drafters never type "I.", "1." or "a)": the
 * numbers follow from the order and level of the headings in the body, so
 * they renumber when sections move, are added or removed. The editor shows
 * them and the exporter prints them as literal text, from this one function.
 */

/** The per-document numbering style (header attrs `romanSeparator`, `thirdLevel`). */
export interface NumberingStyle {
  /** `I.` or `I-`. */
  readonly romanSeparator: '.' | '-';
  /** `a)` or `2.1.`. */
  readonly thirdLevel: 'letter' | 'decimal';
}

/** A body block as numbering sees it: a part, an appendix, a heading of a level, or anything else. */
export type NumberedBlock =
  | { readonly kind: 'part' }
  | { readonly kind: 'appendix' }
  | { readonly kind: 'heading'; readonly level: number }
  | { readonly kind: 'other' };

/** How numbering sees a top-level body block of node type `type` (the editor, outline and exporter all use this). */
export function numberedBlockOf(type: string, attrs?: Readonly<Record<string, unknown>>): NumberedBlock {
  if (type === 'partHeading') return { kind: 'part' };
  if (type === 'appendixHeading') return { kind: 'appendix' };
  if (type === 'heading') return { kind: 'heading', level: Number(attrs?.level) || 1 };
  return { kind: 'other' };
}

/** Vietnamese alphabet order for `a)`, `b)`… (no f, j, w, z; đ after d). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** Roman numeral of a positive integer (1 → I, 14 → XIV). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Cannot write ${n} as a Roman numeral`);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Vietnamese letter label for the n-th item (1 → a, 5 → đ, 24 → aa). */
export function toVietnameseLetter(n: number): string {
  const count = VIETNAMESE_LETTERS.length;
  const letter = VIETNAMESE_LETTERS[(n - 1) % count]!;
  return letter.repeat(Math.floor((n - 1) / count) + 1);
}

/** "Phần thứ nhất", "Phần thứ hai"… */
export function partLabel(n: number): string {
  return `Phần thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

/**
 * Labels for a sequence of body blocks, in order: `'I.'`, `'1.'`, `'a)'`,
 * `'2.1.'`, `'2.1.3.'` (fourth level), `'Phần thứ nhất'`, or null for blocks that carry no number.
 * Counters below a level reset when that level advances; a part resets all;
 * an appendix is a document of its own, so its sections start again at I
 * (its own label, "Phụ lục …", comes from appendix-numbering.ts).
 */
export function numberBlocks(blocks: readonly NumberedBlock[], style: NumberingStyle): (string | null)[] {
  let part = 0;
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  let l4 = 0;
  return blocks.map((block) => {
    if (block.kind === 'appendix') {
      part = l1 = l2 = l3 = l4 = 0;
      return null;
    }
    if (block.kind === 'part') {
      part++;
      l1 = l2 = l3 = l4 = 0;
      return partLabel(part);
    }
    if (block.kind !== 'heading') return null;
    if (block.level <= 1) {
      l1++;
      l2 = l3 = l4 = 0;
      return `${toRoman(l1)}${style.romanSeparator}`;
    }
    if (block.level === 2) {
      l2++;
      l3 = l4 = 0;
      return `${l2}.`;
    }
    if (block.level === 3) {
      l3++;
      l4 = 0;
      return style.thirdLevel === 'letter' ? `${toVietnameseLetter(l3)})` : `${Math.max(l2, 1)}.${l3}.`;
    }
    // The fourth level (state reports, where the profile allows it): 7.4.1. under 7.4.
    l4++;
    return `${Math.max(l2, 1)}.${Math.max(l3, 1)}.${l4}.`;
  });
}
