// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createCommandHub, listenBrowserShortcuts } from '../../../renderer/src/editor/contributions/commands';
import { parseRoute, routeHash } from '../../../renderer/src/app/route';

function press(key: string, mods: Partial<KeyboardEventInit> = { ctrlKey: true }): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key, cancelable: true, bubbles: true, ...mods });
  window.dispatchEvent(e);
  return e;
}

describe('browser shortcuts', () => {
  it('Ctrl+S saves now and stops the browser\'s "save page" dialog', () => {
    const emit = vi.fn();
    const off = listenBrowserShortcuts(window, emit);
    const e = press('s');
    expect(emit).toHaveBeenCalledWith('saveNow');
    expect(e.defaultPrevented).toBe(true);
    off();
  });

  it('maps Ctrl+N, Ctrl+O, Ctrl+E and leaves Ctrl+F/Z/Y and plain keys to the editor', () => {
    const emit = vi.fn();
    const off = listenBrowserShortcuts(window, emit);
    press('n');
    press('O');
    press('e');
    const find = press('f');
    const undo = press('z');
    press('s', {}); // no Ctrl: typing "s"
    expect(emit.mock.calls.map((c) => c[0])).toEqual(['newDraft', 'openLibrary', 'exportDocx']);
    expect(find.defaultPrevented).toBe(false);
    expect(undo.defaultPrevented).toBe(false);
    off();
    press('s');
    expect(emit).toHaveBeenCalledTimes(3);
  });
});

describe('command hub', () => {
  it('delivers a command to its subscribers and says how many there were', () => {
    const hub = createCommandHub();
    const a = vi.fn();
    const off = hub.on('exportDocx', a);
    expect(hub.emit('exportDocx')).toBe(1);
    expect(a).toHaveBeenCalledTimes(1);
    off();
    expect(hub.emit('exportDocx')).toBe(0);
  });
});

describe('routes', () => {
  it('round-trips library, trash and draft routes through the address', () => {
    for (const r of [{ screen: 'library' }, { screen: 'trash' }, { screen: 'draft', id: 'abc_1-2' }] as const) {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }
    expect(parseRoute('#token=zzz')).toEqual({ screen: 'library' });
    expect(parseRoute('#/draft/../x')).toEqual({ screen: 'library' });
  });
});
