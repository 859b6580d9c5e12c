// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import type { DocJSON } from '../../../../common/document/types';
import { AutosaveController, type AutosaveStatus } from '../../../../renderer/src/platform/autosave/autosaveController';
import { saveStatusText } from '../../../../renderer/src/platform/autosave/statusText';

/** A fake editor whose text the test changes, and a fake store whose saves the test resolves or fails. */
function setup(opts: { failTimes?: number; manual?: boolean } = {}) {
  let text = 'a';
  let revision = 0;
  let failuresLeft = opts.failTimes ?? 0;
  const stored: string[] = [];
  const statuses: AutosaveStatus[] = [];
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const getDoc = vi.fn((): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }));
  const save = vi.fn(async (doc: DocJSON): Promise<SaveResult> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (opts.manual) await new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new ApiError('STORAGE', 'Ổ đĩa đầy.');
      }
      stored.push(doc.content?.[0]?.content?.[0]?.text ?? '');
      revision++;
      return { id: 'd1', updatedAt: new Date().toISOString(), revision };
    } finally {
      inFlight--;
    }
  });
  const controller = new AutosaveController({ save, getDoc, onStatus: (s) => statuses.push(s), initialRevision: 0 });
  return {
    controller,
    save,
    getDoc,
    stored,
    statuses,
    pending,
    type(t: string) {
      text = t;
      controller.markDirty();
    },
    maxInFlight: () => maxInFlight,
    setFailures(n: number) {
      failuresLeft = n;
    },
  };
}

/** What the user sees in the indicator and the alert bar. */
function shown(c: AutosaveController) {
  return saveStatusText(c.getStatus());
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 27, 10, 42, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveController', () => {
  it('saves about one second after typing stops, serialising only then', async () => {
    const t = setup();
    t.type('T');
    t.type('Th');
    t.type('Thành ủy');
    expect(t.getDoc).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(900);
    expect(t.save).not.toHaveBeenCalled();
    t.type('Thành ủy Cần Thơ');
    await vi.advanceTimersByTimeAsync(999);
    expect(t.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(t.getDoc).toHaveBeenCalledTimes(1);
    expect(t.stored).toEqual(['Thành ủy Cần Thơ']);
    expect(shown(t.controller).label).toBe('Đã lưu lúc 10:42');
    expect(t.controller.getStatus().revision).toBe(1);
    expect(t.controller.hasUnsavedChanges()).toBe(false);
  });

  it('shows "Đang lưu…" during a save, keeps one save in flight and saves changes made meanwhile afterwards', async () => {
    const t = setup({ manual: true });
    t.type('một');
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown(t.controller).label).toBe('Đang lưu…');
    t.type('một hai');
    await vi.advanceTimersByTimeAsync(1000); // idle timer fires while the first save is still running
    expect(t.save).toHaveBeenCalledTimes(1);
    t.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.save).toHaveBeenCalledTimes(2);
    expect(shown(t.controller).label).toBe('Đang lưu…');
    t.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.stored).toEqual(['một', 'một hai']);
    expect(t.maxInFlight()).toBe(1);
    expect(shown(t.controller).label).toMatch(/^Đã lưu lúc/);
  });

  it('while saves fail: persistent message, never "Đã lưu", retries with growing delays, then recovers', async () => {
    const t = setup({ failTimes: 3 });
    t.type('Cần Thơ');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.save).toHaveBeenCalledTimes(1);
    const failing = shown(t.controller);
    expect(failing.label).toBe('Chưa lưu được — đang thử lại');
    expect(failing.alert).toBe('Chưa lưu được: ổ đĩa đầy. DuThao sẽ thử lại…');
    expect(t.controller.hasUnsavedChanges()).toBe(true);

    await vi.advanceTimersByTimeAsync(1999);
    expect(t.save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 2 s after the first failure
    expect(t.save).toHaveBeenCalledTimes(2);
    expect(shown(t.controller).alert).not.toBeNull();
    await vi.advanceTimersByTimeAsync(3999);
    expect(t.save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1); // 4 s after the second
    expect(t.save).toHaveBeenCalledTimes(3);
    // Between failures the indicator never claims success.
    expect(t.statuses.filter((s) => s.error === null && s.lastSavedAt !== null)).toEqual([]);

    await vi.advanceTimersByTimeAsync(8000); // fourth attempt succeeds
    expect(t.save).toHaveBeenCalledTimes(4);
    expect(t.stored).toEqual(['Cần Thơ']);
    expect(shown(t.controller)).toEqual({ label: 'Đã lưu lúc 10:42', alert: null });
    expect(t.controller.hasUnsavedChanges()).toBe(false);
  });

  it('caps the retry delay at 30 s', async () => {
    const t = setup({ failTimes: 100 });
    t.type('x');
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000 + 16000 + 30000);
    expect(t.save).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(t.save).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.save).toHaveBeenCalledTimes(7);
  });

  it('retries on the next change without waiting for the backoff', async () => {
    const t = setup({ failTimes: 1 });
    t.type('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    t.type('ab');
    await vi.advanceTimersByTimeAsync(1000); // before the 2 s backoff would fire
    expect(t.save).toHaveBeenCalledTimes(2);
    expect(t.stored).toEqual(['ab']);
    expect(shown(t.controller).alert).toBeNull();
  });

  it('flush saves at once, captures the document synchronously and reports success', async () => {
    const t = setup();
    t.type('đóng cửa sổ');
    const done = t.controller.flush();
    expect(t.getDoc).toHaveBeenCalledTimes(1);
    await expect(done).resolves.toBe(true);
    expect(t.stored).toEqual(['đóng cửa sổ']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.save).toHaveBeenCalledTimes(1); // the idle timer was cancelled
  });

  it('flush during a save waits for it and then saves the newer text', async () => {
    const t = setup({ manual: true });
    t.type('v1');
    await vi.advanceTimersByTimeAsync(1000);
    t.type('v2');
    const done = t.controller.flush();
    t.pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    t.pending.shift()!.resolve();
    await expect(done).resolves.toBe(true);
    expect(t.stored).toEqual(['v1', 'v2']);
  });

  it('flush reports failure when the save fails, so the draft is not left', async () => {
    const t = setup({ failTimes: 1 });
    t.type('chưa lưu');
    await expect(t.controller.flush()).resolves.toBe(false);
    expect(t.controller.hasUnsavedChanges()).toBe(true);
    expect(shown(t.controller).alert).toMatch(/^Chưa lưu được/);
    await expect(t.controller.flush()).resolves.toBe(true);
    expect(t.stored).toEqual(['chưa lưu']);
  });

  it('flush with nothing changed does not save', async () => {
    const t = setup();
    await expect(t.controller.flush()).resolves.toBe(true);
    expect(t.save).not.toHaveBeenCalled();
  });
});

describe('saveStatusText', () => {
  it('keeps a leading proper name as it is in the failure message', () => {
    const base: AutosaveStatus = { state: 'dirty', lastSavedAt: null, revision: null, error: 'Mất kết nối với DuThao (máy chủ cục bộ không trả lời)', failures: 1 };
    expect(saveStatusText(base).alert).toBe('Chưa lưu được: mất kết nối với DuThao (máy chủ cục bộ không trả lời). DuThao sẽ thử lại…');
    expect(saveStatusText({ ...base, error: 'DuThao không ghi được tệp.' }).alert).toBe('Chưa lưu được: DuThao không ghi được tệp. DuThao sẽ thử lại…');
  });
});

describe('AutosaveController skips saves that change nothing', () => {
  it('does not write when the document is back to what is stored (opened, typed, undone)', async () => {
    let text = 'gốc';
    const doc = (): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const save = vi.fn(async (): Promise<SaveResult> => ({ id: 'd', updatedAt: '', revision: 5 }));
    const c = new AutosaveController({ save, getDoc: doc, initialDoc: doc(), initialRevision: 4 });
    text = 'gốc!';
    c.markDirty();
    text = 'gốc';
    c.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    expect(c.hasUnsavedChanges()).toBe(false);
    text = 'mới';
    c.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(c.getStatus().revision).toBe(5);
    c.markDirty(); // a change event with the same text as just stored
    await expect(c.flush()).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
