/**
 * Where the review cards sit beside the page: a pure function from where
 * each card's passage is (its wish) and how tall each card is to the card
 * tops. Cards never overlap and keep their (document) order; the active
 * card sits at its passage when there is room above it, the others are
 * pushed down below it and up above it, as in Google Docs and Word.
 */

/** A card to place: the top of its passage in the list's coordinates (null: none, e.g. a deleted passage) and its height. */
export interface CardBox {
  readonly want: number | null;
  readonly height: number;
}

/** Options of `layoutCards`. */
export interface CardLayoutOptions {
  /** Index of the active card, kept at its passage; null: the first card is. */
  readonly active?: number | null;
  /** Space between two cards. */
  readonly gap?: number;
  /** No card goes above this (the top of the list). */
  readonly min?: number;
}

/**
 * The top of each card, in order. Guarantees: `tops[i] + height[i] + gap
 * <= tops[i + 1]`, every top >= `min`; a card without a wish follows the
 * one before it. The active card (with a wish) is at its wish unless the
 * cards before it cannot fit above it; cards after it go as high as they
 * wish but below it; cards before it go as low as they wish but above it.
 */
export function layoutCards(cards: readonly CardBox[], options: CardLayoutOptions = {}): number[] {
  const { active = null, gap = 8, min = 0 } = options;
  const n = cards.length;
  const tops = new Array<number>(n).fill(min);
  const anchor = active !== null && active >= 0 && active < n && cards[active]!.want !== null ? active : -1;
  // Downward from the active card (or from the top when none): each as high as it wishes, below the one before.
  const start = anchor < 0 ? 0 : anchor;
  let next = min;
  for (let i = start; i < n; i++) {
    const c = cards[i]!;
    const top = i === anchor ? Math.max(min, c.want!) : Math.max(next, c.want ?? next);
    tops[i] = top;
    next = top + c.height + gap;
  }
  if (anchor <= 0) return tops;
  // Upward from the active card: each as low as it wishes, above the one after.
  for (let i = anchor - 1; i >= 0; i--) {
    const c = cards[i]!;
    const limit = tops[i + 1]! - gap - c.height;
    tops[i] = Math.min(limit, c.want ?? limit);
  }
  // Not enough room above the active card: push down from the top just as far as needed.
  next = min;
  for (let i = 0; i < n; i++) {
    tops[i] = Math.max(tops[i]!, next);
    next = tops[i]! + cards[i]!.height + gap;
  }
  return tops;
}
