/**
 * The sentences a merge report adds after "Đã thêm …", shared by the CLI
 * and the UI: tracked changes found in a Word file (DuThao takes over
 * comments only, so the user must know the reviewer's edits were not
 * applied), and comments refused because their id belongs to another draft.
 */
import type { MergeReport } from './api';

/** The extra sentences of a merge report, each ending with a full stop; empty when there is nothing to add. */
export function mergeNotices(report: Pick<MergeReport, 'trackedChanges' | 'conflicts' | 'suggestions'>): string[] {
  const out: string[] = [];
  const t = report.trackedChanges;
  const total = t ? t.insertions + t.deletions + t.moves : 0;
  if (t && total > 0) {
    const kinds = [
      t.insertions > 0 ? `${t.insertions.toLocaleString('vi-VN')} chỗ chèn` : '',
      t.deletions > 0 ? `${t.deletions.toLocaleString('vi-VN')} chỗ xóa` : '',
      t.moves > 0 ? `${t.moves.toLocaleString('vi-VN')} chỗ di chuyển` : '',
    ].filter(Boolean);
    out.push(
      `Tệp Word có ${total.toLocaleString('vi-VN')} thay đổi được theo dõi (${kinds.join(', ')}) chưa được đưa vào dự thảo: DuThao chỉ nhập góp ý, hãy xem các thay đổi đó trong Word và sửa dự thảo nếu cần.`,
    );
  }
  if (report.conflicts && report.conflicts > 0) {
    out.push(`${report.conflicts.toLocaleString('vi-VN')} góp ý/trả lời không được nhập vì trùng mã với góp ý của một dự thảo khác.`);
  }
  const s = report.suggestions;
  if (s && s.added > 0) out.push(`Đã thêm ${s.added.toLocaleString('vi-VN')} đề xuất sửa.`);
  if (s && s.conflicting > 0) {
    out.push(`${s.conflicting.toLocaleString('vi-VN')} đề xuất sửa không áp dụng được vì đoạn văn đã thay đổi; chúng được đưa vào thành góp ý "Xung đột".`);
  }
  return out;
}
