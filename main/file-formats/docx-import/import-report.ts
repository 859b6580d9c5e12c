/**
 * The import report: what was recognised and what was approximated, in
 * Vietnamese, for the dialog after "Nhập từ Word" and for `duthao import`.
 * Recognisers add notes by code; counts of the same code add up.
 */

import type { ImportNote, ImportNoteCode, ImportReport } from '../../../common/import/word-import';

export type { ImportNote, ImportNoteCode, ImportReport };

const MESSAGES: Readonly<Record<ImportNoteCode, (n: number, extra: string) => string>> = {
  unrecognised: (n) => `${n} đoạn không nhận dạng được, giữ nguyên dạng đoạn văn.`,
  'no-header': () => 'Không tìm thấy phần đầu văn bản (quốc hiệu hoặc tên Đảng, cơ quan, số ký hiệu): các trường này để trống.',
  'no-title': () => 'Không tìm thấy tên loại và trích yếu văn bản: hãy nhập trong phần tiêu đề.',
  'no-closing': () => 'Không tìm thấy phần ký và Nơi nhận: hãy nhập ở cuối văn bản.',
  'profile-guessed': (_n, extra) => `Không thấy quốc hiệu hay tên Đảng: dùng thể thức ${extra}.`,
  'blank-date-year': (_n, extra) => `Ngày, tháng để trống; năm ${extra} chưa lưu được vào trường ngày, hãy nhập lại ngày khi ban hành.`,
  'kinh-gui': (n) => `${n} dòng "Kính gửi" giữ dạng đoạn văn ở đầu nội dung.`,
  'deep-heading': (n) => `${n} đề mục sâu hơn cấp 3 (như 7.4.1.) được đưa về cấp 3.`,
  'landscape-text': (n) => `${n} đoạn văn ở trang ngang được đặt lại ở trang dọc (chỉ bảng mới đặt trang ngang được).`,
  image: (n) => `${n} hình ảnh không nhập được.`,
  'tracked-changes': (n, extra) => `${n} thay đổi được theo dõi (track changes) đã được ${extra} tất cả.`,
  comments: (n) => `${n} góp ý (comment) được nhập thành luồng góp ý.`,
  'year-shift': (n, extra) => `Đã chuyển năm ${extra} ở ${n} chỗ trong tiêu đề và trích yếu.`,
  'layout-mismatch': () => 'Không đọc được ngắt trang, hướng trang và đánh số tự động của tệp: các đoạn vẫn được nhập đủ.',
};

/** Collects notes while recognising. */
export class ReportBuilder {
  private readonly counts = new Map<ImportNoteCode, { count: number; extra: string }>();
  readonly recognised: string[] = [];

  /** Adds `count` to a note; `extra` fills the message's blank (profile name, year…). */
  note(code: ImportNoteCode, count = 1, extra = ''): void {
    if (count <= 0) return;
    const cur = this.counts.get(code);
    if (cur) cur.count += count;
    else this.counts.set(code, { count, extra });
  }

  /** Records a recognised field. */
  found(phrase: string): void {
    this.recognised.push(phrase);
  }

  /** The finished report. */
  build(): ImportReport {
    const notes: ImportNote[] = [];
    for (const [code, { count, extra }] of this.counts) notes.push({ code, count, message: MESSAGES[code](count, extra) });
    return { recognised: [...this.recognised], notes };
  }
}
