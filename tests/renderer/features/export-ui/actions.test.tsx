// @vitest-environment happy-dom
// The export actions as the user sees them in the editor screen's header:
// Ctrl+E (menu command) opens the dialog with the format issues, Xuất
// downloads the file under the server's name; the format-check panel lists
// the issues and re-checks after typing stops.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DuThaoApi, ExportedFile } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import { ApiContext } from '../../../../renderer/src/platform/api/ApiContext';
import { CommandContext } from '../../../../renderer/src/editor/contributions/CommandContext';
import { createCommandHub } from '../../../../renderer/src/editor/contributions/commands';
import { createEditorHandle, type EditorHandle } from '../../../../renderer/src/editor/contributions/editorHandle';
import { ExportActions } from '../../../../renderer/src/features/export-ui/ExportActions';
import { RECHECK_DELAY_MS } from '../../../../renderer/src/features/export-ui/useFormatCheck';
import { makeDoc, mountEditor, p } from '../../../helpers/editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FILE: ExportedFile = { fileName: '123-BC-TU Bao cao cong tac nam 2026.docx', file: btoa('PK\u0003\u0004docx'), bytes: 8 };

let container: HTMLElement;
let root: Root;
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  clicked = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  URL.createObjectURL = vi.fn(() => 'blob:test/1');
  URL.revokeObjectURL = vi.fn();
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const q = (testId: string): HTMLElement | null => document.querySelector(`[data-testid="${testId}"]`);

function setup(doc: DocJSON, saveOk = true) {
  const api = {
    exportDraftDocx: vi.fn(async () => FILE),
    listThreads: vi.fn(async () => []),
    exportDraftRound: vi.fn(async () => ({ round: 3 })),
  } as unknown as DuThaoApi;
  const hub = createCommandHub();
  const editor = createEditorHandle(mountEditor(doc));
  const saveNow = vi.fn(async () => saveOk);
  const draft = { id: 'd1', title: 'Báo cáo', doc } as unknown as Draft;
  return {
    api,
    hub,
    saveNow,
    render: (handle: EditorHandle = editor) =>
      act(async () =>
        root.render(
          <ApiContext.Provider value={api}>
            <CommandContext.Provider value={hub}>
              <ExportActions draft={draft} editor={handle} saveNow={saveNow} context={undefined} />
            </CommandContext.Provider>
          </ApiContext.Provider>,
        ),
      ),
  };
}

function withoutSigner(): DocJSON {
  const doc = makeDoc([p('Nội dung.')], { draftMark: true });
  (doc.content![3]!.attrs as Record<string, unknown>).signerName = '';
  return doc;
}

describe('export actions', () => {
  it('Ctrl+E saves, shows the issues, and Xuất downloads the draft copy under its name', async () => {
    const s = setup(withoutSigner());
    await s.render();
    await act(async () => void s.hub.emit('exportDocx'));
    await settle();
    expect(s.saveNow).toHaveBeenCalledOnce();
    expect(q('export-dialog')).not.toBeNull();
    expect(q('export-issues')?.textContent).toContain('Thiếu họ tên người ký.');
    expect((q('export-variant-draft') as HTMLInputElement).checked).toBe(true);
    expect((q('export-with-comments') as HTMLInputElement).disabled).toBe(true);
    // Errors do not block: Xuất is enabled.
    expect((q('export-confirm') as HTMLButtonElement).disabled).toBe(false);
    await act(async () => q('export-confirm')!.click());
    await settle();
    // "Theo số phiên bản" by default: the round goes into the header, is saved, then printed.
    expect(s.api.exportDraftDocx).toHaveBeenCalledWith({ id: 'd1', variant: 'draft', withComments: false, draftRound: 3 });
    expect(s.saveNow).toHaveBeenCalledTimes(2);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(FILE.fileName);
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(q('export-dialog')).toBeNull();
    expect(q('export-done')?.textContent).toContain(FILE.fileName);
  });

  it('warns in Vietnamese when the save fails, with the button saying the stored copy is exported', async () => {
    const s = setup(withoutSigner(), false);
    await s.render();
    await act(async () => q('export-button')!.click());
    await settle();
    expect(q('export-save-warning')?.textContent).toContain('Chưa lưu được những thay đổi mới nhất');
    expect(q('export-confirm')?.textContent).toBe('Vẫn xuất bản đã lưu');
    expect(s.api.exportDraftDocx).not.toHaveBeenCalled();
  });

  it('the format-check panel lists issues and checks again once typing stops, not per keystroke', async () => {
    const tiptap = mountEditor(withoutSigner());
    const s = setup(withoutSigner());
    const handle = createEditorHandle(tiptap);
    await s.render(handle);
    await act(async () => q('format-check-button')!.click());
    await settle();
    expect(q('format-check-issues')?.textContent).toContain('Thiếu họ tên người ký.');
    expect(q('format-check-summary')?.textContent).toMatch(/lỗi/);
    await act(async () => void tiptap.commands.setClosingFields({ signerName: 'Nguyễn Văn A' }));
    await settle(RECHECK_DELAY_MS - 100);
    expect(q('format-check-panel')?.textContent).toContain('Thiếu họ tên người ký.');
    await settle(200);
    expect(q('format-check-panel')?.textContent).not.toContain('Thiếu họ tên người ký.');
    tiptap.destroy();
  });
});
