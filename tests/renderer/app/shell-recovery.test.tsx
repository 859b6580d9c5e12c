// @vitest-environment happy-dom
/**
 * The page's side of opened files and of crashes: a review copy opened with
 * DuThao goes through the review-copy flow and opens its draft; a Word file
 * goes to the Word import (or says it is not there yet); a render error shows
 * the Vietnamese error screen whose “Tải lại” reloads.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../../common/api/bridge';
import type { DuThaoApi } from '../../../common/api/contract';
import { ApiContext } from '../../../renderer/src/platform/api/ApiContext';
import { App } from '../../../renderer/src/app/App';
import { ErrorBoundary } from '../../../renderer/src/platform/shell/ErrorBoundary';
import { handleOpenedFile, onOpenedWordFile } from '../../../renderer/src/platform/shell/openedFiles';
import { PrintActions } from '../../../renderer/src/platform/shell/PrintActions';
import { byTestId, realSettle, useTestRoot, waitFor } from '../../helpers/renderer-fixtures';

const t = useTestRoot({ before: () => history.replaceState(null, '', '/') });
const settle = realSettle(20);

const copy: OpenedFile = { kind: 'reviewCopy', name: 'gop-y.duthao', file: 'UEsDBA==' };
const opened = { draftId: 'r1', title: 'Báo cáo năm 2026', exportedBy: { name: 'A', role: 'B' }, exportedAt: '2026-12-01T00:00:00Z', threadCount: 3, created: true };

describe('handleOpenedFile', () => {
  it('a review copy goes to openReviewCopy and opens its draft (review mode for a new copy)', async () => {
    const openReviewCopy = vi.fn(async () => opened);
    const outcome = await handleOpenedFile(copy, { openReviewCopy } as unknown as DuThaoApi);
    expect(openReviewCopy).toHaveBeenCalledWith({ file: 'UEsDBA==' });
    expect(outcome).toEqual({ kind: 'openDraft', draftId: 'r1', reviewMode: true, notice: 'Đã mở bản góp ý “Báo cáo năm 2026” (3 luồng góp ý).' });
    const merged = await handleOpenedFile(copy, { openReviewCopy: async () => ({ ...opened, created: false }) } as unknown as DuThaoApi);
    expect(merged).toMatchObject({ kind: 'openDraft', reviewMode: false, notice: 'Đã nhập góp ý từ “gop-y.duthao” vào dự thảo “Báo cáo năm 2026”.' });
  });

  it('a refused copy or an unreadable file is a Vietnamese notice', async () => {
    const refused = await handleOpenedFile(copy, {
      openReviewCopy: async () => {
        throw new Error('Tệp không phải bản góp ý DuThao.');
      },
    } as unknown as DuThaoApi);
    expect(refused).toEqual({ kind: 'notice', notice: 'Không mở được bản góp ý “gop-y.duthao”: Tệp không phải bản góp ý DuThao.' });
    const unreadable = await handleOpenedFile({ kind: 'reviewCopy', name: 'x.duthao', error: 'Tệp “x.duthao” trống.' }, {} as DuThaoApi);
    expect(unreadable).toEqual({ kind: 'notice', notice: 'Không mở được “x.duthao”: Tệp “x.duthao” trống.' });
  });

  it('a Word file goes to the Word import on screen; with none, it waits and the library is shown, whose import takes it', async () => {
    const word: OpenedFile = { kind: 'wordDocument', name: 'Báo cáo.docx', file: 'UEsD' };
    expect(await handleOpenedFile(word, {} as DuThaoApi)).toEqual({ kind: 'showLibrary' });
    const got: unknown[] = [];
    const off = onOpenedWordFile((f) => got.push(f));
    expect(got).toEqual([{ name: 'Báo cáo.docx', file: 'UEsD' }]);
    expect(await handleOpenedFile({ ...word, name: 'Tờ trình.docx' }, {} as DuThaoApi)).toEqual({ kind: 'handled' });
    expect(got).toHaveLength(2);
    off();
    expect((await handleOpenedFile(word, {} as DuThaoApi)).kind).toBe('showLibrary');
    const late: unknown[] = [];
    onOpenedWordFile((f) => late.push(f))();
    expect(late).toHaveLength(1);
  });
});

describe('App and opened files', () => {
  it('a review copy handed over by the desktop shell opens its draft and says what happened', async () => {
    let deliver: ((f: OpenedFile) => void) | null = null;
    const bridge = {
      onMenuCommand: () => () => {},
      onBeforeClose: () => () => {},
      closeReady: () => {},
      onOpenFile: vi.fn((l: (f: OpenedFile) => void) => {
        deliver = l;
        return () => (deliver = null);
      }),
    };
    const api = {
      getAppInfo: vi.fn(async () => ({ version: '0.1.0', dataDir: '/d', databasePath: '/d/duthao.db', movedAsideDatabase: null })),
      getSettings: vi.fn(async () => ({ userName: 'A', userRole: 'B', issuingBody: 'X', superiorBody: '', place: 'Y', profile: 'dang' })),
      listDrafts: vi.fn(async () => []),
      listTemplates: vi.fn(async () => []),
      countOpenThreads: vi.fn(async () => ({})),
      getDraft: vi.fn(() => new Promise(() => {})),
      listThreads: vi.fn(async () => []),
      openReviewCopy: vi.fn(async () => opened),
    };
    await act(async () =>
      t.root.render(
        <ApiContext.Provider value={api as unknown as DuThaoApi}>
          <App bridge={bridge as never} />
        </ApiContext.Provider>,
      ),
    );
    await settle();
    expect(bridge.onOpenFile).toHaveBeenCalledOnce();
    await act(async () => deliver!(copy));
    await settle();
    expect(api.openReviewCopy).toHaveBeenCalledWith({ file: 'UEsDBA==' });
    await waitFor(() => location.hash === '#/draft/r1', 'route to the draft');
    expect(document.body.textContent).toContain('Đã mở bản góp ý “Báo cáo năm 2026” (3 luồng góp ý).');
  });
});

describe('print and PDF in the browser', () => {
  async function mount(api: object, notify: (m: string) => void, print: () => void): Promise<void> {
    await act(async () =>
      t.root.render(
        <ApiContext.Provider value={api as DuThaoApi}>
          <PrintActions draftId="d1" notify={notify} print={print} />
        </ApiContext.Provider>,
      ),
    );
  }

  it('“In / PDF trang in” opens the print dialog; “PDF từ tệp Word” downloads LibreOffice’s PDF and says which kind', async () => {
    const print = vi.fn();
    const notify = vi.fn();
    const exportDraftPdf = vi.fn(async () => ({ fileName: 'Bao cao.pdf', file: btoa('%PDF-1.7'), bytes: 8 }));
    await mount({ exportDraftPdf }, notify, print);
    await act(async () => byTestId('print-button')!.click());
    expect(print).toHaveBeenCalledOnce();
    await act(async () => byTestId('pdf-from-word-button')!.click());
    await settle();
    expect(exportDraftPdf).toHaveBeenCalledWith({ id: 'd1', variant: 'final' });
    expect(notify).toHaveBeenCalledWith('Đã xuất PDF từ tệp Word (LibreOffice) — giống bản in của Word: Bao cao.pdf');
  });

  it('without LibreOffice on the host, the user reads why and what to use instead', async () => {
    const notify = vi.fn();
    const message = 'Máy này chưa cài LibreOffice nên không tạo được PDF từ tệp Word.';
    await mount({ exportDraftPdf: vi.fn(async () => Promise.reject(new Error(message))) }, notify, vi.fn());
    await act(async () => byTestId('pdf-from-word-button')!.click());
    await settle();
    expect(notify).toHaveBeenCalledWith(message);
    expect((byTestId('pdf-from-word-button') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('ErrorBoundary', () => {
  function Broken(): never {
    throw new Error('hỏng');
  }

  it('shows the Vietnamese error screen instead of a blank window; “Tải lại” reloads', async () => {
    const reload = vi.fn();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () =>
      t.root.render(
        <ErrorBoundary reload={reload}>
          <Broken />
        </ErrorBoundary>,
      ),
    );
    quiet.mockRestore();
    const screen = byTestId('error-screen');
    expect(screen?.textContent).toContain('DuThao gặp lỗi khi hiển thị màn hình này.');
    const button = byTestId('error-reload')!;
    expect(button.textContent).toBe('Tải lại');
    await act(async () => button.click());
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows its children when nothing fails', async () => {
    await act(async () => t.root.render(<ErrorBoundary>{'nội dung'}</ErrorBoundary>));
    expect(byTestId('error-screen')).toBeNull();
    expect(document.body.textContent).toContain('nội dung');
  });
});
