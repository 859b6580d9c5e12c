// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useDeferredDocValue } from '../../../../renderer/src/features/editor-ui/hooks/use-deferred-doc';
import { docOf } from '../../../helpers/editor-ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in for the TipTap editor: a document and `update` events. */
function fakeEditor(doc: PMNode) {
  const listeners = new Set<(e: { transaction: { getMeta(k: string): unknown } }) => void>();
  const editor = {
    isDestroyed: false,
    state: { doc },
    on: (_: string, fn: (e: { transaction: { getMeta(k: string): unknown } }) => void) => listeners.add(fn),
    off: (_: string, fn: (e: { transaction: { getMeta(k: string): unknown } }) => void) => listeners.delete(fn),
    type(meta?: string) {
      for (const l of listeners) l({ transaction: { getMeta: (k: string) => (k === meta ? true : undefined) } });
    },
  };
  return editor;
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  vi.useRealTimers();
});

function mount(editor: ReturnType<typeof fakeEditor>, compute: (d: PMNode) => number, seen: (v: number | null) => void) {
  function Probe() {
    seen(useDeferredDocValue(editor as unknown as Editor, compute, { delayMs: 300, immediateMetas: ['now'] }));
    return null;
  }
  const el = document.createElement('div');
  root = createRoot(el);
  act(() => root!.render(<Probe />));
}

describe('deferred document values (outline, word count)', () => {
  it('are not computed while opening, and once after a burst of keystrokes', async () => {
    vi.useFakeTimers();
    const editor = fakeEditor(docOf([['p', 'một']]));
    const compute = vi.fn(() => 1);
    let value: number | null = -1;
    mount(editor, compute, (v) => (value = v));
    expect(compute).not.toHaveBeenCalled();
    expect(value).toBeNull();
    await act(async () => vi.advanceTimersByTime(1100));
    expect(compute).toHaveBeenCalledTimes(1);
    expect(value).toBe(1);
    for (let i = 0; i < 50; i++) {
      act(() => editor.type());
      await act(async () => vi.advanceTimersByTime(50));
    }
    expect(compute).toHaveBeenCalledTimes(1);
    await act(async () => vi.advanceTimersByTime(1000));
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('updates at once for a section move from the outline', async () => {
    vi.useFakeTimers();
    const editor = fakeEditor(docOf([['p', 'một']]));
    let n = 0;
    const compute = vi.fn(() => ++n);
    let value: number | null = null;
    mount(editor, compute, (v) => (value = v));
    await act(async () => vi.advanceTimersByTime(1100));
    act(() => editor.type('now'));
    expect(value).toBe(2);
  });
});
