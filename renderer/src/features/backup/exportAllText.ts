/**
 * The words of "Xuất tất cả dự thảo": the progress line while it runs and
 * the summary at the end (how many, where, which failed and why).
 */
import type { ExportAllProgress } from '../../../../common/export-all/api';

/** "Đang xuất 12/40: Báo cáo …" — the draft being exported is the (done + 1)-th. */
export function progressLine(p: ExportAllProgress): string {
  if (p.total === 0) return 'Đang xuất…';
  if (p.current === null) return `Đang xuất ${Math.min(p.done, p.total)}/${p.total}…`;
  return `Đang xuất ${Math.min(p.done + 1, p.total)}/${p.total}: ${p.current}`;
}

/** Where the files went, as a phrase: "vào thư mục …" or "trong tệp … (đã tải về)". */
function where(p: ExportAllProgress): string {
  return p.target.kind === 'folder' ? `vào thư mục ${p.target.folder}` : `vào tệp ${p.target.fileName} (đã tải về)`;
}

/** The one-line summary of a finished job. */
export function summaryLine(p: ExportAllProgress): string {
  const exported = p.files.length;
  switch (p.state) {
    case 'done':
      if (p.total === 0) return `Chưa có dự thảo nào để xuất; chỉ có tệp ${p.bundle ?? 'JSON'} ${where(p)}.`;
      return `Đã xuất ${exported}/${p.total} dự thảo ${where(p)}, kèm tệp dữ liệu ${p.bundle ?? 'JSON'}.`;
    case 'cancelled':
      return p.target.kind === 'folder'
        ? `Đã dừng sau ${p.done}/${p.total} dự thảo. ${exported} tệp Word đã ghi vẫn ở thư mục ${p.target.folder}; chưa ghi tệp dữ liệu JSON.`
        : `Đã dừng sau ${p.done}/${p.total} dự thảo; không tạo tệp .zip.`;
    case 'failed':
      return `Việc xuất bị dừng sau ${p.done}/${p.total} dự thảo: ${p.error ?? 'lỗi không rõ'}`;
    case 'running':
      return progressLine(p);
  }
}

/** One line per draft that could not be exported: its title and the reason. */
export function failureLines(p: ExportAllProgress): string[] {
  return p.failures.map((f) => `“${f.title}”: ${f.reason}`);
}
