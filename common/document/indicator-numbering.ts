/**
 * Resolution indicators numbered `(1)`, `(2)` … `(n)` straight through every
 * group (kinh tế, văn hóa – xã hội, môi trường, xây dựng Đảng), as real
 * resolutions do: an ordered list of type `(1)` whose `continueNumbering`
 * is on starts after the last number of the previous `(1)` list; off, it
 * starts at its own `start`. The editor shows and the exporter prints the
 * numbers from this one function.
 */

/** The `type` attr of an ordered list numbered `(1)`, `(2)`… */
export const INDICATOR_LIST_TYPE = '(1)';

/** An ordered list as the numbering sees it, in document order. */
export interface IndicatorListInfo {
  readonly type: unknown;
  readonly start: unknown;
  readonly continueNumbering: unknown;
  /** Number of its items. */
  readonly items: number;
}

/** Whether an ordered list's `type` is the indicator style. */
export function isIndicatorList(type: unknown): boolean {
  return type === INDICATOR_LIST_TYPE;
}

/**
 * The first number of each indicator list (by index in `lists`; other lists
 * get null): `continueNumbering` lists go on from the previous indicator list.
 */
export function indicatorStarts(lists: readonly IndicatorListInfo[]): (number | null)[] {
  let next = 1;
  return lists.map((l) => {
    if (!isIndicatorList(l.type)) return null;
    const own = Math.max(1, Math.floor(Number(l.start)) || 1);
    const first = l.continueNumbering === true ? next : own;
    next = first + l.items;
    return first;
  });
}

/** The printed label of indicator number `n`: `(n)`. */
export function indicatorLabel(n: number): string {
  return `(${n})`;
}
