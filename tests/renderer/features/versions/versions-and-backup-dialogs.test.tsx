// @vitest-environment happy-dom
// The compare view as a drafter reads it: changed header fields by name,
// removed words struck and added words marked on their side, moved and
// changed-cell rows labelled, unchanged stretches folded; and the backup
// dialog shows what a backup holds before offering to restore it.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../../common/versions/diff';
import type { NodeJSON } from '../../../../common/document/types';
import { CompareView } from '../../../../renderer/src/features/versions/CompareView';
import { BackupDialog } from '../../../../renderer/src/features/backup/BackupDialog';
import { allByTestId, byTestId, renderWithApi, useTestRoot, waitFor } from '../../../helpers/renderer-fixtures';
import { docWith } from '../../../helpers/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const t = useTestRoot();

const filler = Array.from({ length: 8 }, (_, i) => `Đoạn giữ nguyên số ${i + 1} của báo cáo.`);

function withNumber(number: string, paragraphs: string[]) {
  const d = docWith(...paragraphs);
  return { ...d, content: d.content!.map((n: NodeJSON) => (n.type === 'header' ? { ...n, attrs: { ...n.attrs, number } } : n)) };
}

describe('CompareView', () => {
  it('shows field and word changes on their sides, and folds unchanged paragraphs', async () => {
    const before = withNumber('12', ['Năm 2024 đã hoàn thành các chỉ tiêu.', ...filler, 'Đoạn sẽ chuyển chỗ khác trong báo cáo.']);
    const after = withNumber('15', ['Đoạn sẽ chuyển chỗ khác trong báo cáo.', 'Năm 2024 đã vượt các chỉ tiêu.', ...filler]);
    const cmp = { ...diffDocuments(before, after), fromLabel: 'Phiên bản 1', toLabel: 'Bản hiện tại' };
    await renderWithApi(t.root, {}, <CompareView comparison={cmp} layout="side" />);
    const view = byTestId('compare-view')!;
    const field = view.querySelector('[data-kind="field"]')!;
    expect(field.textContent).toContain('Số:');
    expect(field.querySelector('del')!.textContent).toBe('12');
    expect(field.querySelector('ins')!.textContent).toBe('15');
    const changed = view.querySelector('[data-kind="changed"]')!;
    expect(changed.querySelector('.compare__before del')!.textContent).toBe('hoàn thành');
    expect(changed.querySelector('.compare__before ins')).toBeNull();
    expect(changed.querySelector('.compare__after ins')!.textContent).toBe('vượt');
    expect(view.querySelector('[data-kind="movedTo"]')!.textContent).toContain('Chuyển đến đây');
    expect(view.querySelector('[data-kind="movedFrom"]')!.textContent).toContain('Chuyển đi chỗ khác');
    expect(view.textContent).toMatch(/… \d+ đoạn không thay đổi …/);
    expect(byTestId('compare-summary')!.textContent).toContain('sửa 1');

    await renderWithApi(t.root, {}, <CompareView comparison={cmp} layout="inline" />);
    const inline = byTestId('compare-view')!.querySelector('[data-kind="changed"]')!;
    expect(inline.querySelector('del')!.textContent).toBe('hoàn thành');
    expect(inline.querySelector('ins')!.textContent).toBe('vượt');
  });
});

describe('BackupDialog', () => {
  it('lists backups, shows a backup\'s drafts, and restores only from the preview', async () => {
    const calls: string[] = [];
    const backup = { fileName: 'duthao-2026-12-01T08-00-00-000Z-daily.db', path: '/d/backups/x.db', reason: 'daily', createdAt: '2026-12-01T08:00:00.000Z', bytes: 2_000_000 };
    const api = {
      getBackupStatus: async () => ({ folder: '/d/backups', keep: 10, backups: [backup], journalMode: 'wal', networkShare: null }),
      previewBackup: async () => {
        calls.push('preview');
        return { ...backup, sound: true, problem: null, schemaVersion: 3, drafts: [{ id: 'a', title: 'Báo cáo tổng kết năm 2025', updatedAt: '2026-11-30T10:00:00.000Z', inTrash: false }], lastChange: '2026-11-30T10:00:00.000Z' };
      },
      restoreBackup: async () => {
        calls.push('restore');
        return { restored: backup, keptAside: { ...backup, reason: 'before-restore' }, drafts: 1 };
      },
    };
    let restored = '';
    await renderWithApi(t.root, api, <BackupDialog onClose={() => {}} onRestored={(m) => (restored = m)} />);
    await waitFor(() => allByTestId('backup-item').length === 1, 'backup list');
    expect(byTestId('backup-restore')).toBeNull();
    await act(async () => byTestId('backup-preview')!.click());
    const panel = await waitFor(() => byTestId('backup-preview-panel'), 'preview');
    expect(panel.textContent).toContain('Báo cáo tổng kết năm 2025');
    expect(panel.textContent).toContain('có 1 dự thảo');
    await act(async () => byTestId('backup-restore')!.click());
    await waitFor(() => restored !== '', 'restore');
    expect(calls).toEqual(['preview', 'restore']);
    expect(restored).toContain('Đã khôi phục');
  });
});
