// @vitest-environment happy-dom
// The review cards placed in the DOM (use-card-positions): in the commit that
// shows them, apart when they share a line, the active one at its passage;
// re-placed when a card grows without the panel rendering (ResizeObserver);
// and a scroll of the page or of the side panel scrolls the other one
// without placing any card again (a new layout during a scroll is what moved
// a card away from under the pointer).
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { useCardPositions, type CardAnchor } from '../../../../renderer/src/features/review/use-card-positions';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** ResizeObservers created by the hook, to report a size change by hand. */
const observers: { callback: () => void; targets: Set<Element> }[] = [];
class FakeResizeObserver {
  private readonly entry: { callback: () => void; targets: Set<Element> };
  constructor(callback: () => void) {
    this.entry = { callback, targets: new Set() };
    observers.push(this.entry);
  }
  observe(el: Element): void {
    this.entry.targets.add(el);
  }
  unobserve(el: Element): void {
    this.entry.targets.delete(el);
  }
  disconnect(): void {
    this.entry.targets.clear();
  }
}

/** Card heights by thread id (happy-dom lays nothing out). */
const heights = new Map<string, number>();
let root: Root;
let host: HTMLElement;
let pageEl: HTMLElement;
let coordsCalls = 0;

/** An editor whose passage at position `pos` starts `pos` pixels down the page. */
function fakeEditor(dom: HTMLElement): Editor {
  const view = {
    dom,
    coordsAtPos: (pos: number) => {
      coordsCalls++;
      return { top: pos - pageEl.scrollTop, bottom: pos - pageEl.scrollTop + 20, left: 0, right: 0 };
    },
  };
  return { isDestroyed: false, view } as unknown as Editor;
}

function Cards({ editor, cards, activeId }: { editor: Editor; cards: readonly CardAnchor[]; activeId: string | null }): React.JSX.Element {
  const listRef = useRef<HTMLDivElement | null>(null);
  useCardPositions(editor, listRef, cards, activeId);
  return (
    <div
      ref={(el) => {
        listRef.current = el;
        // The list scrolls with the side panel.
        if (el) el.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: -side.scrollTop, width: 300, height: 0 });
      }}
    >
      {cards.map((c) => (
        <article key={c.id} data-thread-id={c.id} 
          ref={(el) => {
            if (el) Object.defineProperty(el, 'offsetHeight', { configurable: true, get: () => heights.get(c.id) ?? 0 });
          }}
        />
      ))}
    </div>
  );
}

const top = (id: string): number => parseFloat((host.querySelector(`[data-thread-id="${id}"]`) as HTMLElement).style.top);
let side: HTMLElement;
let editor: Editor;

function show(cards: readonly CardAnchor[], activeId: string | null = null): void {
  act(() => root.render(<Cards editor={editor} cards={cards} activeId={activeId} />));
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  observers.length = 0;
  heights.clear();
  coordsCalls = 0;
  document.body.innerHTML = '<div id="page" style="overflow-y: auto"><div class="ProseMirror"></div></div><div id="side" style="overflow-y: auto"><div id="host"></div></div>';
  pageEl = document.getElementById('page')!;
  side = document.getElementById('side')!;
  host = document.getElementById('host')!;
  editor = fakeEditor(pageEl.querySelector('.ProseMirror') as HTMLElement);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
});

describe('useCardPositions', () => {
  const line = [
    { id: 'a', from: 300 },
    { id: 'b', from: 300 },
    { id: 'c', from: 700 },
  ];

  it('places the cards in the commit that shows them: apart on one line, in order, the active one at its passage', () => {
    heights.set('a', 100).set('b', 60).set('c', 50);
    show(line);
    expect([top('a'), top('b'), top('c')]).toEqual([300, 408, 700]);
    show(line, 'b');
    expect([top('a'), top('b'), top('c')]).toEqual([192, 300, 700]);
  });

  it('moves the next card down when a card grows without the panel rendering (a message opened for editing)', () => {
    heights.set('a', 100).set('b', 60).set('c', 50);
    show(line);
    heights.set('b', 400);
    const ro = observers.find((o) => o.targets.has(host.querySelector('[data-thread-id="b"]')!));
    expect(ro).toBeDefined();
    act(() => ro!.callback());
    expect([top('a'), top('b'), top('c')]).toEqual([300, 408, 816]);
  });

  it('scrolls the side panel with the page and the page with the side panel, without placing the cards again', () => {
    heights.set('a', 100).set('b', 60).set('c', 50);
    show(line);
    const before = [top('a'), top('b'), top('c')];
    const calls = coordsCalls;
    pageEl.scrollTop = 250;
    act(() => {
      pageEl.dispatchEvent(new Event('scroll'));
    });
    expect(side.scrollTop).toBe(250);
    side.scrollTop = 120;
    act(() => {
      side.dispatchEvent(new Event('scroll'));
    });
    expect(pageEl.scrollTop).toBe(120);
    expect(coordsCalls).toBe(calls);
    // A later layout (a render) gives the same places: they do not depend on the scroll.
    show(line);
    expect([top('a'), top('b'), top('c')]).toEqual(before);
  });
});
