// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CommandContext } from '../../../../renderer/src/editor/contributions/CommandContext';
import { createCommandHub } from '../../../../renderer/src/editor/contributions/commands';
import { useEditorUiShortcuts, type FindBarState } from '../../../../renderer/src/features/editor-ui/hooks/use-editor-ui-shortcuts';
import { zoomStore } from '../../../../renderer/src/features/editor-ui/zoom/zoom-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  zoomStore.set(1);
});

function mount(zoomKeys = true) {
  const hub = createCommandHub();
  const state: { current: FindBarState | null } = { current: null };
  function Probe() {
    state.current = useEditorUiShortcuts(null, { zoomKeys });
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() =>
    root!.render(
      <CommandContext.Provider value={hub}>
        <Probe />
      </CommandContext.Provider>,
    ),
  );
  return { hub, state };
}

function press(key: string, init: KeyboardEventInit = { ctrlKey: true }) {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    window.dispatchEvent(e);
  });
  return e;
}

describe('editor UI shortcuts', () => {
  it('Ctrl+F opens find and Ctrl+H opens replace, instead of the browser', () => {
    const { state } = mount();
    expect(state.current!.open).toBe(false);
    const f = press('f');
    expect(f.defaultPrevented).toBe(true);
    expect([state.current!.open, state.current!.mode]).toEqual([true, 'find']);
    press('h');
    expect(state.current!.mode).toBe('replace');
    act(() => state.current!.close());
    expect(state.current!.open).toBe(false);
  });

  it('the Electron menu commands "Tìm" and "Thay thế" open the bar too', () => {
    const { hub, state } = mount();
    act(() => void hub.emit('replace'));
    expect([state.current!.open, state.current!.mode]).toEqual([true, 'replace']);
    act(() => void hub.emit('find'));
    expect(state.current!.mode).toBe('find');
  });

  it('Ctrl+= / Ctrl+- / Ctrl+0 zoom within bounds; off when the menu zooms', () => {
    mount();
    press('=');
    expect(zoomStore.get()).toBe(1.1);
    for (let i = 0; i < 20; i++) press('-');
    expect(zoomStore.get()).toBe(0.5);
    press('0');
    expect(zoomStore.get()).toBe(1);
    act(() => root!.unmount());
    root = null;
    mount(false);
    const e = press('=');
    expect(zoomStore.get()).toBe(1);
    expect(e.defaultPrevented).toBe(false);
  });

  it('plain keys are left alone', () => {
    const { state } = mount();
    const e = press('f', {});
    expect(e.defaultPrevented).toBe(false);
    expect(state.current!.open).toBe(false);
  });
});
