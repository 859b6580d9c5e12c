// The "Xuất Word" flow: save first, format issues of the current document
// shown, export still allowed, progress only after 0.5 s, the file handed
// over under the server's name, errors in Vietnamese.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../../../../common/api/contract';
import { ApiError } from '../../../../common/api/errors';
import { ExportFlow, SAVE_FAILED_WARNING, type ExportFlowDeps } from '../../../../renderer/src/features/export-ui/exportFlow';
import { makeDoc, p } from '../../../helpers/editor';

const FILE: ExportedFile = { fileName: '123-BC-TU Bao cao cong tac nam 2026.docx', file: 'UEsDBA==', bytes: 4 };

function deps(overrides: Partial<ExportFlowDeps> = {}): ExportFlowDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    saveNow: vi.fn(async () => {
      calls.push('save');
      return true;
    }),
    getDoc: vi.fn(() => {
      calls.push('getDoc');
      return makeDoc([p('Nội dung.')], { draftMark: true, draftRound: 1 });
    }),
    exportDocx: vi.fn(async () => {
      calls.push('export');
      return FILE;
    }),
    countThreads: vi.fn(async () => 0),
    versionRound: vi.fn(async () => 1),
    setDraftMark: vi.fn(() => {
      calls.push('setDraftMark');
      return true;
    }),
    deliver: vi.fn(() => calls.push('deliver')),
    today: () => new Date(2026, 11, 20),
    ...overrides,
  };
}

let flow: ExportFlow | null = null;
afterEach(() => {
  flow?.cancel();
  vi.useRealTimers();
});

describe('export flow', () => {
  beforeEach(() => {
    flow = null;
  });

  it('saves before reading the document, defaults to the draft copy when the header has the mark', async () => {
    const d = deps();
    flow = new ExportFlow(d);
    await flow.start();
    expect(d.calls.slice(0, 2)).toEqual(['save', 'getDoc']);
    const s = flow.getState();
    expect(s.phase).toBe('options');
    expect(s.variant).toBe('draft');
    expect(s.saveWarning).toBeNull();
  });

  it('defaults to the official copy when the header has no DỰ THẢO mark', async () => {
    flow = new ExportFlow(deps({ getDoc: () => makeDoc([p('Nội dung.')], { draftMark: false }) }));
    await flow.start();
    expect(flow.getState().variant).toBe('final');
  });

  it('lists the format issues of the current document in Vietnamese, and still exports', async () => {
    const doc = makeDoc([p('Nội dung.')]);
    (doc.content![3]!.attrs as Record<string, unknown>).signerName = '';
    const d = deps({ getDoc: () => doc });
    flow = new ExportFlow(d);
    await flow.start();
    const issues = flow.getState().issues;
    const signer = issues.find((i) => i.target.field === 'signerName');
    expect(signer?.severity).toBe('error');
    expect(signer?.message).toBe('Thiếu họ tên người ký.');
    // Errors come first.
    expect(issues[0]!.severity).toBe('error');
    await flow.confirm();
    expect(d.exportDocx).toHaveBeenCalledWith({ variant: 'final', withComments: false });
    expect(d.deliver).toHaveBeenCalledWith(FILE);
    expect(flow.getState().phase).toBe('closed');
    expect(flow.getState().lastFileName).toBe(FILE.fileName);
  });

  it('passes the chosen copy and comments to the export', async () => {
    const d = deps({ countThreads: async () => 2 });
    flow = new ExportFlow(d);
    await flow.start();
    expect(flow.getState().hasThreads).toBe(true);
    flow.setVariant('final');
    flow.setWithComments(true);
    await flow.confirm();
    expect(d.exportDocx).toHaveBeenCalledWith({ variant: 'final', withComments: true });
  });

  it('keeps "Kèm góp ý" off when the draft has no threads', async () => {
    flow = new ExportFlow(deps());
    await flow.start();
    flow.setWithComments(true);
    expect(flow.getState().hasThreads).toBe(false);
    expect(flow.getState().withComments).toBe(false);
  });

  it('says so when the save fails, and exports the stored copy only when the user confirms', async () => {
    const d = deps({ saveNow: async () => false });
    flow = new ExportFlow(d);
    await flow.start();
    expect(flow.getState().saveWarning).toBe(SAVE_FAILED_WARNING);
    expect(flow.getState().phase).toBe('options');
    expect(d.exportDocx).not.toHaveBeenCalled();
    // The user retries and the save now works: the warning goes.
    d.saveNow = async () => true;
    await flow.retrySave();
    expect(flow.getState().saveWarning).toBeNull();
  });

  it('shows progress only when the export takes longer than half a second', async () => {
    vi.useFakeTimers();
    let finish!: (f: ExportedFile) => void;
    const d = deps({ exportDocx: () => new Promise<ExportedFile>((resolve) => (finish = resolve)) });
    flow = new ExportFlow(d);
    await flow.start();
    const done = flow.confirm();
    expect(flow.getState().phase).toBe('exporting');
    await vi.advanceTimersByTimeAsync(499);
    expect(flow.getState().slow).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(flow.getState().slow).toBe(true);
    finish(FILE);
    await done;
    expect(flow.getState().phase).toBe('closed');
    expect(flow.getState().slow).toBe(false);
    expect(d.deliver).toHaveBeenCalledOnce();
  });

  it('shows an export error in Vietnamese and lets the user try again', async () => {
    let fail = true;
    const d = deps({
      exportDocx: async () => {
        if (fail) throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.');
        return FILE;
      },
    });
    flow = new ExportFlow(d);
    await flow.start();
    await flow.confirm();
    expect(flow.getState().phase).toBe('options');
    expect(flow.getState().error).toBe('Chưa xuất được tệp Word: Không tìm thấy dự thảo.');
    expect(d.deliver).not.toHaveBeenCalled();
    fail = false;
    await flow.confirm();
    expect(d.deliver).toHaveBeenCalledWith(FILE);
  });

  it('does not deliver an export the user cancelled', async () => {
    let finish!: (f: ExportedFile) => void;
    const d = deps({ exportDocx: () => new Promise<ExportedFile>((resolve) => (finish = resolve)) });
    flow = new ExportFlow(d);
    await flow.start();
    const done = flow.confirm();
    flow.cancel();
    finish(FILE);
    await done;
    expect(d.deliver).not.toHaveBeenCalled();
    expect(flow.getState().phase).toBe('closed');
  });
});
