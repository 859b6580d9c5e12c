/**
 * Sample documents of each profile for the export, format-check and reader
 * tests: every node type of the schema, realistic Vietnamese text.
 */
import type { DocJSON, NodeJSON } from '../../common/document/types';

const t = (text: string, marks?: string[]): NodeJSON => (marks ? { type: 'text', text, marks: marks.map((m) => ({ type: m })) } : { type: 'text', text });
const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });
const h = (level: number, text: string): NodeJSON => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const li = (text: string): NodeJSON => ({ type: 'listItem', content: [p(t(text))] });
const cell = (type: 'tableHeader' | 'tableCell', text: string): NodeJSON => ({ type, content: [p(t(text))] });

/** A body exercising every block type. */
function sampleBody(): NodeJSON[] {
  return [
    { type: 'paragraph', attrs: { guidance: true }, content: [t('Nêu bối cảnh chung của năm (gợi ý, không in ra).')] },
    p(t('Năm 2024, trong bối cảnh tình hình thế giới và trong nước có nhiều khó khăn, thách thức, dưới sự lãnh đạo của Ban Chấp hành Đảng bộ thành phố, cả hệ thống chính trị đã đoàn kết, nỗ lực thực hiện đạt và vượt phần lớn các chỉ tiêu đề ra.')),
    { type: 'partHeading', content: [t('Kết quả thực hiện nhiệm vụ năm 2024')] },
    h(1, 'Về phát triển kinh tế'),
    h(2, 'Tăng trưởng kinh tế'),
    p(t('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn ước đạt '), t('7,12%', ['bold']), t(', vượt kế hoạch đề ra'), { type: 'footnote', attrs: { text: 'Số liệu ước tính của Cục Thống kê thành phố đến ngày 30/11/2024.' } }, t('; thu ngân sách đạt 126.838 tỷ đồng.')),
    h(3, 'Nông nghiệp'),
    { type: 'bulletList', content: [li('Giá trị sản xuất nông nghiệp tăng 3,5%'), li('Xây dựng nông thôn mới đạt 100% số xã')] },
    h(3, 'Công nghiệp'),
    { type: 'orderedList', attrs: { start: 1 }, content: [li('Khởi công hai khu công nghiệp'), li('Thu hút 15 dự án mới')] },
    p(t('Các chỉ tiêu chủ yếu:', ['italic'])),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Chỉ tiêu'), cell('tableHeader', 'Kế hoạch'), cell('tableHeader', 'Thực hiện')] },
        { type: 'tableRow', content: [cell('tableCell', 'Tăng trưởng GRDP'), cell('tableCell', '7,0%'), cell('tableCell', '7,12%')] },
        { type: 'tableRow', content: [cell('tableCell', 'Thu ngân sách'), cell('tableCell', '120.000 tỷ'), cell('tableCell', '126.838 tỷ')] },
      ],
    },
    { type: 'orderedList', attrs: { start: 1 }, content: [li('Một danh sách khác bắt đầu lại từ 1')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ ...cell('tableCell', 'Lĩnh vực kinh tế'), attrs: { rowspan: 2 } }, cell('tableCell', 'Nông nghiệp'), cell('tableCell', '3,5%')] },
        { type: 'tableRow', content: [cell('tableCell', 'Công nghiệp'), cell('tableCell', '9,1%')] },
        { type: 'tableRow', content: [{ ...cell('tableCell', 'Số liệu ước đến ngày 30/11'), attrs: { colspan: 3 } }] },
      ],
    },
    { type: 'pageBreak' },
    h(1, 'Xây dựng Đảng và hệ thống chính trị'),
    { type: 'resolutionClause' },
    p(t('Tiếp tục '), t('đẩy mạnh', ['underline']), t(' học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'), { type: 'hardBreak' }, t('gắn với xây dựng, chỉnh đốn Đảng.')),
  ];
}

/** A report of the `dang` profile (Huyện ủy Châu Thành, under Đảng bộ tỉnh Hậu Giang). */
export function sampleDangDoc(overrides: { header?: Record<string, unknown>; closing?: Record<string, unknown>; title?: Record<string, unknown> } = {}): DocJSON {
  return {
    type: 'doc',
    content: [
      {
        type: 'header',
        attrs: {
          profile: 'dang', superiorBody: 'ĐẢNG BỘ TỈNH HẬU GIANG', issuingBody: 'HUYỆN ỦY CHÂU THÀNH', number: '123', typeCode: 'BC', bodyCode: 'HU',
          place: 'Châu Thành', date: '2024-12-05', draftMark: true, draftRound: 2, urgency: '', secrecy: '', romanSeparator: '.', thirdLevel: 'letter',
          ...overrides.header,
        },
      },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tình hình, kết quả thực hiện nhiệm vụ năm 2024; mục tiêu, nhiệm vụ, giải pháp năm 2025', ...overrides.title } },
      { type: 'body', content: sampleBody() },
      {
        type: 'closing',
        attrs: {
          authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', signerName: 'Nguyễn Văn An',
          recipients: ['Ban Thường vụ Tỉnh ủy', 'Các đồng chí Huyện ủy viên', 'Lưu Văn phòng Huyện ủy'],
          ...overrides.closing,
        },
      },
    ],
  };
}

/** A report of the `nha-nuoc` profile (UBND tỉnh). */
export function sampleNhaNuocDoc(overrides: { header?: Record<string, unknown>; closing?: Record<string, unknown>; title?: Record<string, unknown> } = {}): DocJSON {
  return {
    type: 'doc',
    content: [
      {
        type: 'header',
        attrs: {
          profile: 'nha-nuoc', superiorBody: '', issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG', number: '45', typeCode: 'BC', bodyCode: 'UBND',
          place: 'Hậu Giang', date: '2025-02-05', draftMark: false, draftRound: 0, urgency: 'KHẨN', secrecy: '', romanSeparator: '.', thirdLevel: 'decimal',
          ...overrides.header,
        },
      },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024', ...overrides.title } },
      { type: 'body', content: sampleBody() },
      {
        type: 'closing',
        attrs: {
          authority: 'TM. ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH', signerName: 'Trần Văn Bình',
          recipients: ['Văn phòng Chính phủ', 'Bộ Kế hoạch và Đầu tư', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Lưu: VT, KT'],
          ...overrides.closing,
        },
      },
    ],
  };
}
