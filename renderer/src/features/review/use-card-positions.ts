/**
 * Places the comment cards beside their passages, straight in the DOM: one
 * synchronous pass (read every passage top and card height, `layoutCards`,
 * write each card's `top`) after each render of the panel, when a card or
 * what is above the list changes size (ResizeObserver, e.g. a message
 * being edited, a reply box opening) and when the window or the page's
 * viewport is resized. No React state is involved, so a card is placed in
 * the frame it changes, never re-rendered or re-mounted for it.
 *
 * The positions do not depend on scrolling: a passage's top is taken in
 * the page's scrolled content and the list's in the side panel's, and the
 * side panel follows the page's scroll (its `scrollTop` is set to the
 * page's). Scrolling the page moves the cards with their passages without
 * a new layout; scrolling the side panel alone (the wheel over it, a
 * `scrollIntoView` of a card) moves only the cards, so nothing fights it.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { layoutCards, type CardBox } from './card-layout';

/** A card of the list: its thread id (`data-thread-id` of the card element) and where its passage starts (null: none). */
export interface CardAnchor {
  readonly id: string;
  readonly from: number | null;
}

/** Space between two cards (px). */
const CARD_GAP = 8;

/** The nearest ancestor that scrolls vertically (overflow auto or scroll), or null. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** The card elements of the list by thread id. */
function cardElements(list: HTMLElement): Map<string, HTMLElement> {
  const out = new Map<string, HTMLElement>();
  for (const el of list.querySelectorAll<HTMLElement>(':scope > [data-thread-id]')) out.set(el.dataset.threadId ?? '', el);
  return out;
}

/** The top of the passage starting at `from`, in viewport pixels; null when the editor cannot tell. */
function passageTop(editor: Editor, from: number): number | null {
  try {
    const top = editor.view.coordsAtPos(from).top;
    return Number.isFinite(top) ? top : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the cards of `list` beside their passages (see the module comment).
 * `cards` are in document order; the `activeId` card is kept at its passage.
 */
export function useCardPositions(editor: Editor | null, listRef: RefObject<HTMLElement | null>, cards: readonly CardAnchor[], activeId: string | null): void {
  const latest = useRef({ editor, cards, activeId });
  latest.current = { editor, cards, activeId };
  const placeRef = useRef<() => void>(() => undefined);
  const observerRef = useRef<ResizeObserver | null>(null);
  const observed = useRef(new Set<Element>());

  placeRef.current = () => {
    const list = listRef.current;
    const { editor: ed, cards: wanted, activeId: active } = latest.current;
    if (!list) return;
    const els = cardElements(list);
    const shown = wanted.filter((c) => els.has(c.id));
    if (!ed || ed.isDestroyed || shown.length === 0) {
      list.style.height = '';
      return;
    }
    const page = scrollParent(ed.view.dom);
    const side = scrollParent(list);
    const listTop = list.getBoundingClientRect().top;
    // Scroll-independent: as if the page and the side panel were scrolled alike.
    const shift = (page?.scrollTop ?? 0) - (side?.scrollTop ?? 0);
    const boxes: CardBox[] = shown.map((c) => {
      const top = c.from === null ? null : passageTop(ed, c.from);
      return { want: top === null ? null : top - listTop + shift, height: els.get(c.id)!.offsetHeight };
    });
    const activeIndex = shown.findIndex((c) => c.id === active);
    const tops = layoutCards(boxes, { active: activeIndex < 0 ? null : activeIndex, gap: CARD_GAP });
    shown.forEach((c, i) => {
      const el = els.get(c.id)!;
      const top = `${Math.round(tops[i]!)}px`;
      if (el.style.top !== top) el.style.top = top;
    });
    const last = shown.length - 1;
    let height = tops[last]! + boxes[last]!.height;
    // Room for the side panel to follow the page's scroll to its end.
    if (page && side && side !== page) {
      const listInSide = listTop - side.getBoundingClientRect().top + side.scrollTop;
      height = Math.max(height, page.scrollHeight - page.clientHeight + side.clientHeight - listInSide);
    }
    const h = `${Math.ceil(height)}px`;
    if (list.style.height !== h) list.style.height = h;
  };

  // What to watch for size changes: the cards, and what sits above the list up to the side panel's scroll box.
  const watch = () => {
    const ro = observerRef.current;
    const list = listRef.current;
    if (!ro || !list) return;
    const want = new Set<Element>(cardElements(list).values());
    const side = scrollParent(list);
    for (let el: Element | null = list; el && el !== side; el = el.parentElement) {
      for (let s = el.previousElementSibling; s; s = s.previousElementSibling) want.add(s);
    }
    for (const el of observed.current) if (!want.has(el)) ro.unobserve(el);
    for (const el of want) if (!observed.current.has(el)) ro.observe(el);
    observed.current = want;
  };

  // After every render: place at once (before the browser paints).
  useLayoutEffect(() => {
    placeRef.current();
    watch();
  });

  useEffect(() => {
    const place = () => placeRef.current();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    observerRef.current = ro;
    observed.current = new Set();
    watch();
    const page = editor && !editor.isDestroyed ? scrollParent(editor.view.dom) : null;
    if (page) ro?.observe(page);
    // The side panel follows the page's scroll; the cards move with it, no new layout.
    const follow = () => {
      const list = listRef.current;
      const side = list ? scrollParent(list) : null;
      if (page && side && side !== page && Math.abs(side.scrollTop - page.scrollTop) >= 1) side.scrollTop = page.scrollTop;
    };
    page?.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      ro?.disconnect();
      observerRef.current = null;
      page?.removeEventListener('scroll', follow);
      window.removeEventListener('resize', place);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, listRef]);
}
