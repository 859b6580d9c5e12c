/**
 * The sentences a merge report adds after "Đã thêm …", shared by the CLI
 * and the UI: what became of a Word file's tracked changes (taken in as
 * suggestions, already there, or not placed — each of those named, so no
 * reviewer's edit is lost silently; or, where a report has no suggestion
 * part, counted as not taken over), and comments refused because their id
 * belongs to another draft.
 */
import type { MergeReport, WordSuggestionsReport } from './api';

const KIND_LABEL = { insertion: 'chèn', deletion: 'xóa', modification: 'định dạng' } as const;

/** The sentences about tracked changes taken in as suggestions: added, already there, not found (each listed). */
function suggestionNotices(s: WordSuggestionsReport): string[] {
  const out: string[] = [];
  if (s.added > 0) out.push(`Đã thêm ${s.added.toLocaleString('vi-VN')} đề xuất sửa từ các thay đổi được theo dõi (track changes) trong tệp Word.`);
  if (s.skipped > 0) out.push(`${s.skipped.toLocaleString('vi-VN')} thay đổi được theo dõi đã có trong dự thảo, không thêm lại.`);
  if (s.settled && s.settled > 0) {
    out.push(`${s.settled.toLocaleString('vi-VN')} thay đổi được theo dõi đã được chấp nhận hoặc từ chối trong dự thảo trước đó nên không được thêm lại.`);
  }
  if (s.unmatched.length > 0) {
    const shown = s.unmatched.slice(0, 5).map((u) => `${KIND_LABEL[u.kind]} “${u.text.replace(/\n/g, ' ¶ ')}” (${u.author || 'Không rõ'})`);
    const more = s.unmatched.length > shown.length ? `, và ${(s.unmatched.length - shown.length).toLocaleString('vi-VN')} thay đổi khác` : '';
    out.push(
      `${s.unmatched.length.toLocaleString('vi-VN')} thay đổi được theo dõi không tìm thấy đoạn văn tương ứng trong dự thảo nên chưa được đưa vào: ${shown.join('; ')}${more}. Hãy xem các thay đổi đó trong Word.`,
    );
  }
  const n = s.notTaken;
  if (n && n.otherFormat > 0) {
    out.push(
      `${n.otherFormat.toLocaleString('vi-VN')} thay đổi định dạng khác (màu, cỡ chữ, phông chữ…) không đưa vào: đề xuất sửa chỉ ghi in đậm, in nghiêng, gạch chân.`,
    );
  }
  if (n && n.paragraphFormat > 0) {
    out.push(
      `${n.paragraphFormat.toLocaleString('vi-VN')} thay đổi định dạng đoạn văn (căn lề, thụt lề, giãn dòng…) không đưa vào: đoạn văn của dự thảo theo thể thức văn bản.`,
    );
  }
  return out;
}

/** The extra sentences of a merge report, each ending with a full stop; empty when there is nothing to add. */
export function mergeNotices(report: Pick<MergeReport, 'trackedChanges' | 'conflicts' | 'suggestions' | 'wordSuggestions'>): string[] {
  const out: string[] = [];
  const t = report.trackedChanges;
  const total = t ? t.insertions + t.deletions + t.moves : 0;
  const w = report.wordSuggestions;
  if (w) out.push(...suggestionNotices(w));
  else if (t && total > 0) {
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
  if (s?.settled && s.settled > 0) {
    out.push(`${s.settled.toLocaleString('vi-VN')} đề xuất sửa đã xử lý trước đó (đã chấp nhận hoặc từ chối) nên không được thêm lại.`);
  }
  return out;
}
