// @vitest-environment happy-dom
// "Xuất tất cả dự thảo" as a secretariat user sees it in the Sao lưu /
// Khôi phục dialog: a progress bar naming the draft being exported, "Dừng",
// and at the end a summary in Vietnamese saying how many went out, where,
// and which drafts failed and why.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/api/errors';
import type { ExportAllProgress } from '../../../../common/export-all/api';
import { ExportAllPanel } from '../../../../renderer/src/features/backup/ExportAllPanel';
import { allByTestId, byTestId, renderWithApi, useTestRoot, waitFor } from '../../../helpers/renderer-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const t = useTestRoot();

const base: ExportAllProgress = {
  jobId: 'job-1',
  state: 'running',
  done: 0,
  total: 3,
  current: null,
  files: [],
  failures: [],
  bundle: null,
  target: { kind: 'folder', folder: '/home/vp/Xuat' },
  error: null,
};

/** A fake API whose job is wherever the test puts it. */
function fakeJob(start: ExportAllProgress | null) {
  const calls: string[] = [];
  const job = { now: start ?? base };
  const api = {
    exportAllStart: async () => {
      calls.push('start');
      return start;
    },
    exportAllProgress: async () => job.now,
    exportAllCancel: async () => {
      calls.push('cancel');
      job.now = { ...job.now, state: 'cancelled', current: null };
      return job.now;
    },
    exportAllDownload: async () => {
      calls.push('download');
      return { fileName: 'duthao-tat-ca-du-thao-2026-12-04.zip', file: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', bytes: 22 };
    },
  };
  return { api, job, calls };
}

const progressText = () => byTestId('export-all-progress-text')?.textContent ?? '';

describe('ExportAllPanel', () => {
  it('shows "Đang xuất i/n: title" with a progress bar, then how many went where and which failed why', async () => {
    const { api, job } = fakeJob({ ...base, current: 'Báo cáo công tác năm' });
    await renderWithApi(t.root, api, <ExportAllPanel pollMs={5} />);
    await act(async () => byTestId('export-all-start')!.click());
    await waitFor(() => progressText() === 'Đang xuất 1/3: Báo cáo công tác năm', 'first draft');
    expect(byTestId('export-all-progress')!.querySelector('progress')!.value).toBe(0);

    job.now = { ...base, done: 1, current: 'Nghị quyết nhiệm vụ', files: ['Bao cao cong tac nam.docx'] };
    await waitFor(() => progressText() === 'Đang xuất 2/3: Nghị quyết nhiệm vụ', 'second draft');
    expect(byTestId('export-all-progress')!.querySelector('progress')!.value).toBe(1);
    expect(byTestId('export-all-start')).toBeNull();
    expect(byTestId('export-all-cancel')).not.toBeNull();

    job.now = {
      ...base,
      state: 'done',
      done: 3,
      files: ['Bao cao cong tac nam.docx', 'Nghi quyet nhiem vu.docx'],
      failures: [{ draftId: 'd3', title: 'Kế hoạch hỏng', reason: 'Đây không phải văn bản DuThao hợp lệ. Phần nội dung có nút lạ.' }],
      bundle: 'duthao-tat-ca-du-thao.json',
    };
    const summary = await waitFor(() => byTestId('export-all-summary'), 'summary');
    expect(summary.textContent).toContain('Đã xuất 2/3 dự thảo vào thư mục /home/vp/Xuat, kèm tệp dữ liệu duthao-tat-ca-du-thao.json.');
    expect(allByTestId('export-all-failures')[0]!.textContent).toBe('“Kế hoạch hỏng”: Đây không phải văn bản DuThao hợp lệ. Phần nội dung có nút lạ.');
    expect(byTestId('export-all-progress')).toBeNull();
    expect(byTestId('export-all-start')).not.toBeNull();
  });

  it('"Dừng" stops the job and says what was kept', async () => {
    const { api, job, calls } = fakeJob({ ...base, current: 'Báo cáo A' });
    await renderWithApi(t.root, api, <ExportAllPanel pollMs={5} />);
    await act(async () => byTestId('export-all-start')!.click());
    job.now = { ...base, done: 1, current: 'Báo cáo B', files: ['A.docx'] };
    await waitFor(() => progressText().startsWith('Đang xuất 2/3'), 'second draft');
    await act(async () => byTestId('export-all-cancel')!.click());
    const summary = await waitFor(() => byTestId('export-all-summary'), 'summary');
    expect(calls).toEqual(['start', 'cancel']);
    expect(summary.textContent).toContain('Đã dừng sau 1/3 dự thảo. 1 tệp Word đã ghi vẫn ở thư mục /home/vp/Xuat');
  });

  it('in the web host, downloads the .zip at the end and says so', async () => {
    const zip = { ...base, target: { kind: 'zip' as const, fileName: 'duthao-tat-ca-du-thao-2026-12-04.zip' } };
    const { api, job, calls } = fakeJob(zip);
    await renderWithApi(t.root, api, <ExportAllPanel pollMs={5} />);
    await act(async () => byTestId('export-all-start')!.click());
    job.now = { ...zip, state: 'done', done: 3, files: ['a.docx', 'b.docx', 'c.docx'], bundle: 'duthao-tat-ca-du-thao.json' };
    const summary = await waitFor(() => byTestId('export-all-summary'), 'summary');
    expect(calls).toEqual(['start', 'download']);
    expect(summary.textContent).toContain('Đã xuất 3/3 dự thảo vào tệp duthao-tat-ca-du-thao-2026-12-04.zip (đã tải về)');
  });

  it('does nothing when the folder dialog is closed, and shows a refusal in Vietnamese', async () => {
    const { api } = fakeJob(null);
    await renderWithApi(t.root, api, <ExportAllPanel pollMs={5} />);
    await act(async () => byTestId('export-all-start')!.click());
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(byTestId('export-all-progress')).toBeNull();
    expect(byTestId('export-all-summary')).toBeNull();
    const busy = { ...api, exportAllStart: async () => Promise.reject(new ApiError('CONFLICT', 'Đang xuất tất cả dự thảo. Hãy chờ lần xuất đó xong hoặc bấm “Dừng”.')) };
    await renderWithApi(t.root, busy, <ExportAllPanel key="2" pollMs={5} />);
    await act(async () => byTestId('export-all-start')!.click());
    expect((await waitFor(() => byTestId('export-all-error'), 'error')).textContent).toContain('Đang xuất tất cả dự thảo');
  });
});
