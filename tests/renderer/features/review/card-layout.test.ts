// Where the review cards sit: passage tops and card heights in, card tops out.
// Cards of one line stack in document order without overlapping; the active
// card sits at its passage and pushes the others down and up.
import { describe, expect, it } from 'vitest';
import { layoutCards, type CardBox } from '../../../../renderer/src/features/review/card-layout';

const GAP = 8;

/** Asserts what every layout must hold: order kept, no overlap (gap kept), nothing above `min`. */
function expectSound(cards: readonly CardBox[], tops: readonly number[], min = 0): void {
  expect(tops).toHaveLength(cards.length);
  tops.forEach((top, i) => {
    expect(top).toBeGreaterThanOrEqual(min);
    if (i > 0) expect(top).toBeGreaterThanOrEqual(tops[i - 1]! + cards[i - 1]!.height + GAP);
  });
}

/** A small deterministic pseudo-random sequence (so a failure can be replayed). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('layoutCards', () => {
  it('puts each card at its passage when there is room', () => {
    const cards = [
      { want: 40, height: 100 },
      { want: 300, height: 80 },
    ];
    expect(layoutCards(cards)).toEqual([40, 300]);
  });

  it('stacks two cards of the same line one below the other, in document order, without overlapping', () => {
    const cards = [
      { want: 200, height: 139 },
      { want: 200, height: 222 },
      { want: 200, height: 60 },
    ];
    const tops = layoutCards(cards);
    expect(tops).toEqual([200, 200 + 139 + GAP, 200 + 139 + GAP + 222 + GAP]);
    expectSound(cards, tops);
  });

  it('keeps the active card at its passage and pushes the cards of the same line before it up, those after it down', () => {
    const cards = [
      { want: 500, height: 100 },
      { want: 500, height: 150 },
      { want: 500, height: 120 },
    ];
    const tops = layoutCards(cards, { active: 1 });
    expect(tops[1]).toBe(500);
    expect(tops[0]).toBe(500 - GAP - 100);
    expect(tops[2]).toBe(500 + 150 + GAP);
    expectSound(cards, tops);
  });

  it('moves the active card down only as far as the cards before it need when they do not fit above it (from the top of the list)', () => {
    const cards = [
      { want: 10, height: 100 },
      { want: 30, height: 50 },
    ];
    const tops = layoutCards(cards, { active: 1 });
    expect(tops).toEqual([0, 100 + GAP]);
    expectSound(cards, tops);
  });

  it('lets the cards before the active one stay at their passages when they are well above it', () => {
    const cards = [
      { want: 0, height: 100 },
      { want: 400, height: 50 },
      { want: 405, height: 50 },
    ];
    expect(layoutCards(cards, { active: 2 })).toEqual([0, 405 - GAP - 50, 405]);
  });

  it('places cards without a passage (detached) after the one before them, and ignores an active card without a passage', () => {
    const cards = [
      { want: 100, height: 50 },
      { want: null, height: 40 },
      { want: null, height: 40 },
    ];
    expect(layoutCards(cards, { active: 2 })).toEqual([100, 158, 206]);
    expect(layoutCards([{ want: null, height: 40 }])).toEqual([0]);
  });

  it('never puts a card above the top of the list, even for a passage above it', () => {
    const cards = [
      { want: -300, height: 50 },
      { want: -10, height: 50 },
    ];
    const tops = layoutCards(cards, { min: 0 });
    expect(tops).toEqual([0, 58]);
    expect(layoutCards(cards, { active: 1 })).toEqual([0, 58]);
  });

  it('holds order, no overlap and the active card at its passage (when there is room) for any input', () => {
    const next = rng(42);
    for (let round = 0; round < 500; round++) {
      const n = 1 + Math.floor(next() * 8);
      const wants = Array.from({ length: n }, () => (next() < 0.1 ? null : Math.floor(next() * 1500) - 100)).sort((a, b) =>
        a === null ? 1 : b === null ? -1 : a - b,
      );
      const cards = wants.map((want) => ({ want, height: 20 + Math.floor(next() * 300) }));
      const active = next() < 0.3 ? null : Math.floor(next() * n);
      const tops = layoutCards(cards, { active, gap: GAP });
      expectSound(cards, tops);
      if (active !== null && cards[active]!.want !== null) {
        const above = cards.slice(0, active).reduce((sum, c) => sum + c.height + GAP, 0);
        const want = Math.max(0, cards[active]!.want!);
        if (above <= want) expect(tops[active]).toBe(want);
        else expect(tops[active]).toBe(above);
      }
    }
  });
});
