/**
 * The ARIA toolbar pattern for a toolbar element: the whole toolbar is one
 * Tab stop; ← / → (and Home / End) move between its enabled controls; the
 * control last moved to keeps the Tab stop. Controls are the toolbar's
 * buttons and selects, in DOM order.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const CONTROLS = 'button, select';

function controlsOf(toolbar: HTMLElement): HTMLElement[] {
  return Array.from(toolbar.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(CONTROLS)).filter((c) => !c.disabled && !c.closest('[hidden]'));
}

/** Gives every control but the current one tabIndex -1; the current one (or the first enabled) gets 0. */
export function applyRovingTabIndex(toolbar: HTMLElement, current: HTMLElement | null): HTMLElement | null {
  const enabled = controlsOf(toolbar);
  const stop = current && enabled.includes(current) ? current : (enabled[0] ?? null);
  for (const c of Array.from(toolbar.querySelectorAll<HTMLElement>(CONTROLS))) c.tabIndex = c === stop ? 0 : -1;
  return stop;
}

/**
 * Returns the ref to put on the toolbar element and its keydown handler.
 * Call on every render (buttons get enabled and disabled as the selection moves).
 */
export function useRovingToolbar(): { ref: RefObject<HTMLDivElement | null>; onKeyDown: (e: KeyboardEvent<HTMLElement>) => void } {
  const ref = useRef<HTMLDivElement | null>(null);
  const current = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (ref.current) current.current = applyRovingTabIndex(ref.current, current.current);
  });

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const enabled = controlsOf(toolbar);
    const at = enabled.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    let next = -1;
    if (e.key === 'ArrowRight') next = (at + 1) % enabled.length;
    else if (e.key === 'ArrowLeft') next = (at - 1 + enabled.length) % enabled.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = enabled.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const target = enabled[next]!;
    current.current = applyRovingTabIndex(toolbar, target);
    target.focus();
  }, []);

  // A click or focus on a control makes it the Tab stop.
  useEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const onFocus = (e: FocusEvent): void => {
      const t = e.target as HTMLElement;
      if (t.matches(CONTROLS)) current.current = applyRovingTabIndex(toolbar, t);
    };
    toolbar.addEventListener('focusin', onFocus);
    return () => toolbar.removeEventListener('focusin', onFocus);
  }, []);

  return { ref, onKeyDown };
}
