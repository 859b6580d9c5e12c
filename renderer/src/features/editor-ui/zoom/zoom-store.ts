/**
 * The current zoom, shared by the status bar control and the keyboard
 * shortcuts, remembered between sessions (localStorage), and applied to the
 * page element with CSS `zoom` so selection and caret stay correct.
 */
import { clampZoom } from './zoom';

const STORAGE_KEY = 'duthao.zoom';

/** A subscribable zoom value (for `useSyncExternalStore`). */
export interface ZoomStore {
  get(): number;
  set(z: number): void;
  subscribe(listener: () => void): () => void;
}

function readStored(): number {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v ? clampZoom(Number(v)) : 1;
  } catch {
    return 1;
  }
}

function createZoomStore(): ZoomStore {
  let value = readStored();
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(z) {
      const next = clampZoom(z);
      if (next === value) return;
      value = next;
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, String(next));
      } catch {
        // Storage may be unavailable (private mode); zoom still works for this session.
      }
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app-wide zoom store. */
export const zoomStore: ZoomStore = createZoomStore();

/**
 * The element zoom scales: the page sheet marked `data-duthao-page` (or the
 * `.dt-page` wrapper) around the editor, else the editable element itself.
 */
export function zoomTargetOf(editorDom: HTMLElement): HTMLElement {
  return (editorDom.closest('[data-duthao-page]') as HTMLElement | null) ?? (editorDom.closest('.dt-page') as HTMLElement | null) ?? editorDom;
}

/** Applies a zoom factor to an element. */
export function applyZoom(el: HTMLElement, z: number): void {
  el.style.setProperty('zoom', z === 1 ? '' : String(z));
}
