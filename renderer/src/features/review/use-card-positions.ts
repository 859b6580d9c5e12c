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
 * page and the side panel scroll together (`scrollFollower`). Scrolling
 * either moves the cards with their passages without a new layout, so a
 * scroll (the wheel, a `scrollIntoView` of a card or of the selection)
 * never starts a re-layout that moves the card back under the pointer.
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
 * The element that scrolls the page: the nearest ancestor of the editor
 * that scrolls vertically and has more content than room (an ancestor with
 * `overflow: auto` that just grows with the page does not count), else the
 * nearest that could scroll.
 */
function pageScroller(editorDom: HTMLElement): HTMLElement | null {
  let fallback: HTMLElement | null = null;
  for (let p = scrollParent(editorDom); p; p = scrollParent(p)) {
    if (p.scrollHeight > p.clientHeight + 1) return p;
    fallback ??= p;
  }
  return fallback;
}

/**
 * Two elements scrolled together: `follow(from, to)` (on a scroll of
 * `from`: the wheel, a scrollbar, a `scrollIntoView`) sets `to.scrollTop`
 * to `from`'s. The scroll event that setting causes is recognised by its
 * value and not echoed back, so one that cannot scroll as far does not
 * pull the other back.
 */
function scrollFollower(): (from: HTMLElement, to: HTMLElement) => void {
  const setBy = new Map<HTMLElement, number>();
  return (from, to) => {
    const echo = setBy.get(from);
    setBy.delete(from);
    if (echo !== undefined && Math.abs(from.scrollTop - echo) < 1) return;
    if (Math.abs(to.scrollTop - from.scrollTop) < 1) return;
    to.scrollTop = from.scrollTop;
    setBy.set(to, to.scrollTop);
  };
}

/**
 * Scrolls the page so the passage starting at `from` is in view (a third
 * down from the top) when it is not; the side panel follows. ProseMirror's
 * own `scrollIntoView` does nothing while the focus is outside the editor
 * (in the side panel, after a click on a card).
 */
export function scrollPassageIntoView(editor: Editor, from: number): void {
  if (editor.isDestroyed) return;
  const top = passageTop(editor, from);
  const scroller = pageScroller(editor.view.dom);
  if (top === null || !scroller) return;
  const box = scroller.getBoundingClientRect();
  if (top >= box.top + 8 && top <= box.bottom - 40) return;
  scroller.scrollTop += top - box.top - box.height / 3;
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
  const sideVisible = useRef(false);

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
    const page = pageScroller(ed.view.dom);
    const side = scrollParent(list);
    // A side panel just shown again (it was collapsed while the page scrolled) starts where the page is.
    const visible = !!side && side.clientHeight > 0;
    if (visible && !sideVisible.current && page && side !== page) side.scrollTop = page.scrollTop;
    sideVisible.current = visible;
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
    const pageOf = () => (editor && !editor.isDestroyed ? pageScroller(editor.view.dom) : null);
    const page = pageOf();
    if (page) ro?.observe(page);
    // The page and the side panel scroll together (either way); the cards move with their passages, no new layout.
    const follow = scrollFollower();
    const onScroll = (e: Event) => {
      const list = listRef.current;
      const side = list ? scrollParent(list) : null;
      const scroller = pageOf();
      if (!side || !scroller || side === scroller) return;
      if (e.target === scroller) follow(scroller, side);
      else if (e.target === side) follow(side, scroller);
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    const list = listRef.current;
    const side = list ? scrollParent(list) : null;
    if (page && side && side !== page) follow(page, side);
    window.addEventListener('resize', place);
    return () => {
      ro?.disconnect();
      observerRef.current = null;
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', place);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, listRef]);
}
