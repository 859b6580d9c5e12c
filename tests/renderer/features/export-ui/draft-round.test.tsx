// @vitest-environment happy-dom
// The DỰ THẢO round in "Xuất Word", with the real editor: "Theo số phiên bản
// (lần N)" is the default and shows the N; "Nhập số" takes a typed number.
// Either way the call carries that `draftRound`, the header's draft mark on
// the page says the same "DỰ THẢO lần N" after the export, and the header
// inspector says where the number comes from.
import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Draft, DuThaoApi, ExportedFile } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import { CommandContext } from '../../../../renderer/src/editor/contributions/CommandContext';
import { createCommandHub } from '../../../../renderer/src/editor/contributions/commands';
import { DocumentEditor } from '../../../../renderer/src/editor/DocumentEditor';
import type { EditorHandle } from '../../../../renderer/src/editor/contributions/editorHandle';
import { ExportActions } from '../../../../renderer/src/features/export-ui/ExportActions';
import { makeDoc, p } from '../../../helpers/editor';
import { byTestId, realSettle, renderWithApi, typeInto, useTestRoot, waitFor } from '../../../helpers/renderer-fixtures';

const FILE: ExportedFile = { fileName: 'Bao cao (du thao).docx', file: btoa('PK\u0003\u0004docx'), bytes: 8 };
const t = useTestRoot({
  before: () => {
    URL.createObjectURL = vi.fn(() => 'blob:test/1');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  },
  after: () => vi.restoreAllMocks(),
});
const settle = realSettle(20);

/** The editor and the export actions of one draft, as the editor screen puts them together. */
function Screen({ doc, saved }: { readonly doc: DocJSON; readonly saved: DocJSON[] }) {
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const [hub] = useState(createCommandHub);
  const draft = { id: 'd1', title: 'Báo cáo', doc } as unknown as Draft;
  const saveNow = async (): Promise<boolean> => {
    if (handle) saved.push(handle.getDoc());
    return true;
  };
  return (
    <CommandContext.Provider value={hub}>
      <DocumentEditor initialDoc={doc} onDirty={() => {}} onReady={setHandle} />
      <ExportActions draft={draft} editor={handle} saveNow={saveNow} context={undefined} />
    </CommandContext.Provider>
  );
}

function setup(versionRound: number) {
  const api = {
    exportDraftDocx: vi.fn(async () => FILE),
    listThreads: vi.fn(async () => []),
    exportDraftRound: vi.fn(async () => ({ round: versionRound })),
  };
  const saved: DocJSON[] = [];
  const doc = makeDoc([p('Nội dung báo cáo.')], { draftMark: true, draftRound: 1 });
  return { api: api as typeof api & Partial<DuThaoApi>, saved, render: () => renderWithApi(t.root, api, <Screen doc={doc} saved={saved} />) };
}

const pageMark = (): string => document.querySelector('.dt-draft-mark')?.textContent ?? '';
const headerRound = (doc: DocJSON | undefined): unknown => doc?.content?.find((n) => n.type === 'header')?.attrs?.draftRound;

async function openExport(): Promise<void> {
  await waitFor(() => byTestId('export-button'), 'export button');
  await act(async () => byTestId('export-button')!.click());
  await waitFor(() => byTestId('export-round'), 'round choice');
}

async function confirm(): Promise<void> {
  await act(async () => byTestId('export-confirm')!.click());
  await waitFor(() => byTestId('export-dialog') === null, 'dialog closed');
  await settle();
}

describe('DỰ THẢO round in the export dialog', () => {
  it('"Theo số phiên bản" is the default, shows N, sends it, and the page then shows it', async () => {
    const s = setup(4);
    await s.render();
    await waitFor(() => pageMark() === 'DỰ THẢO lần 1', 'page mark');
    await openExport();
    expect((byTestId('export-round-version') as HTMLInputElement).checked).toBe(true);
    expect(byTestId('export-round-version-label')!.textContent).toBe('Theo số phiên bản (lần 4)');
    expect(byTestId('export-round-preview')!.textContent).toContain('“DỰ THẢO lần 4”');
    expect((byTestId('export-round-input') as HTMLInputElement).value).toBe('1');
    await confirm();
    expect(s.api.exportDraftDocx).toHaveBeenCalledWith({ id: 'd1', variant: 'draft', withComments: false, draftRound: 4 });
    expect(pageMark()).toBe('DỰ THẢO lần 4');
    // The round was saved before the export was asked for.
    expect(headerRound(s.saved.at(-1))).toBe(4);
  });

  it('"Nhập số" sends the typed number, and the page shows that number', async () => {
    const s = setup(4);
    await s.render();
    await openExport();
    await act(async () => byTestId('export-round-manual')!.click());
    await typeInto(byTestId('export-round-input'), '7');
    expect(byTestId('export-round-preview')!.textContent).toContain('“DỰ THẢO lần 7”');
    await confirm();
    expect(s.api.exportDraftDocx).toHaveBeenCalledWith({ id: 'd1', variant: 'draft', withComments: false, draftRound: 7 });
    expect(pageMark()).toBe('DỰ THẢO lần 7');
    expect(headerRound(s.saved.at(-1))).toBe(7);
  });

  it('a final copy sends no round and leaves the header alone', async () => {
    const s = setup(4);
    await s.render();
    await openExport();
    await act(async () => byTestId('export-variant-final')!.click());
    expect(byTestId('export-round')).toBeNull();
    await confirm();
    expect(s.api.exportDraftDocx).toHaveBeenCalledWith({ id: 'd1', variant: 'final', withComments: false });
    expect(pageMark()).toBe('DỰ THẢO lần 1');
  });

  it('falls back to "Nhập số" when the version number cannot be asked for', async () => {
    const s = setup(4);
    s.api.exportDraftRound.mockRejectedValue(new Error('offline'));
    await s.render();
    await openExport();
    expect((byTestId('export-round-version') as HTMLInputElement).disabled).toBe(true);
    expect((byTestId('export-round-manual') as HTMLInputElement).checked).toBe(true);
    await confirm();
    expect(s.api.exportDraftDocx).toHaveBeenCalledWith({ id: 'd1', variant: 'draft', withComments: false, draftRound: 1 });
  });

  it('the header inspector says the export dialog writes the round there', async () => {
    const s = setup(4);
    await s.render();
    const toggle = await waitFor(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Thông tin văn bản'), 'inspector toggle');
    await act(async () => toggle.click());
    expect(byTestId('inspector-round-note')!.textContent).toContain('hộp thoại “Xuất Word” ghi vào đây số lần đã chọn');
  });
});
