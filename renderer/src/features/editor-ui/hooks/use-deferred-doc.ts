/**
 * Derives a value from the document off the typing path: recomputed once
 * the document has stopped changing for `delayMs` (then in an idle callback),
 * never on each keystroke.
 */
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/** Runs `fn` when the browser is idle (at most `timeout` ms later); returns a cancel function. */
export function whenIdle(fn: () => void, timeout = 500): () => void {
  const w = globalThis as unknown as IdleWindow;
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(fn, { timeout });
    return () => w.cancelIdleCallback?.(id);
  }
  const t = setTimeout(fn, 0);
  return () => clearTimeout(t);
}

/**
 * The value of `compute(doc)` (null until first computed, in an idle
 * callback after mounting), recomputed `delayMs` after the last document
 * change, or at once for transactions carrying one of `immediateMetas`.
 * `equal` keeps the previous value (and skips a render) when nothing visible changed.
 */
export function useDeferredDocValue<T>(
  editor: Editor | null,
  compute: (doc: PMNode) => T,
  options: { delayMs: number; equal?: (a: T, b: T) => boolean; immediateMetas?: readonly string[] },
): T | null {
  // Not computed during the first render: opening a long draft must not wait for it.
  const [value, setValue] = useState<T | null>(null);
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const { delayMs, equal, immediateMetas } = options;

  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle: (() => void) | undefined;
    const refresh = () => {
      if (editor.isDestroyed) return;
      const next = computeRef.current(editor.state.doc);
      setValue((prev) => (prev !== null && equal?.(prev, next) ? prev : next));
    };
    cancelIdle = whenIdle(refresh, 1000);
    const onUpdate = ({ transaction }: { transaction: { getMeta(key: string): unknown } }) => {
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle?.();
      if (immediateMetas?.some((m) => transaction.getMeta(m))) {
        refresh();
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        cancelIdle = whenIdle(refresh);
      }, delayMs);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, delayMs]);

  return value;
}
