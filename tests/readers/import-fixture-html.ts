/**
 * HTML pages that LibreOffice turns into .docx for the import tests
 * (`soffice --headless --convert-to docx`): a Party resolution with QUYẾT
 * NGHỊ, (1)…(n) items, a table with merged cells and a header row, a
 * footnote, a page break and an appendix; and a Party report in parts
 * (Phần thứ nhất…) with its header written as paragraphs.
 */

/** LibreOffice's own HTML form of a footnote anchor and its text. */
function footnote(n: number): string {
  return `<a class="sdfootnoteanc" name="sdfootnote${n}anc" href="#sdfootnote${n}sym"><sup>${n}</sup></a>`;
}

function footnoteText(n: number, text: string): string {
  return `<div id="sdfootnote${n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote${n}sym" href="#sdfootnote${n}anc">${n}</a>${text}</p></div>`;
}

const CENTER = 'style="text-align:center"';

/** A Party resolution (Nghị quyết) with an appendix. */
export const RESOLUTION_HTML = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nghị quyết</title></head><body>
<table width="100%" cellpadding="0" cellspacing="0" style="border:none">
<tr><td width="43%" valign="top">
<p ${CENTER}>ĐẢNG BỘ TỈNH HẬU GIANG</p>
<p ${CENTER}><b>HUYỆN ỦY CHÂU THÀNH</b></p>
<p ${CENTER}>*</p>
<p ${CENTER}>Số 08-NQ/HU</p>
</td><td width="57%" valign="top">
<p ${CENTER}><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></p>
<p ${CENTER}><i>Châu Thành, ngày 20 tháng 12 năm 2024</i></p>
</td></tr></table>
<p ${CENTER}><b>NGHỊ QUYẾT</b></p>
<p ${CENTER}><b>về nhiệm vụ năm 2025</b></p>
<p ${CENTER}>-----</p>
<p><i>Căn cứ Điều lệ Đảng;</i></p>
<p><i>Căn cứ Quy chế làm việc của Huyện ủy khóa XII,</i></p>
<p ${CENTER}><b>QUYẾT NGHỊ:</b></p>
<p><b>I. MỤC TIÊU TỔNG QUÁT</b></p>
<p>Tiếp tục xây dựng Đảng bộ trong sạch, vững mạnh${footnote(1)}.</p>
<p><b>II. CÁC CHỈ TIÊU CHỦ YẾU</b></p>
<p>(1) Tốc độ tăng trưởng kinh tế đạt 7%.</p>
<p>(2) Thu ngân sách đạt 1.300 tỷ đồng.</p>
<p>(3) Tỷ lệ hộ nghèo giảm còn dưới 1%.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<thead><tr><th>Lĩnh vực</th><th>Chỉ tiêu</th><th>Năm 2025</th></tr></thead>
<tbody>
<tr><td rowspan="2">Kinh tế</td><td>Tăng trưởng</td><td>7%</td></tr>
<tr><td>Thu ngân sách</td><td>1.300 tỷ</td></tr>
<tr><td colspan="3">Số liệu theo kế hoạch</td></tr>
</tbody></table>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>Các cấp ủy tổ chức quán triệt, thực hiện nghị quyết này.</p>
<p></p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:none">
<tr><td width="43%" valign="top">
<p><u>Nơi nhận:</u></p>
<p>- Ban Thường vụ Tỉnh ủy,</p>
<p>- Các chi, đảng bộ trực thuộc,</p>
<p>- Lưu Văn phòng Huyện ủy.</p>
</td><td width="57%" valign="top">
<p ${CENTER}><b>T/M HUYỆN ỦY</b></p>
<p ${CENTER}>BÍ THƯ</p>
<p ${CENTER}></p><p ${CENTER}></p>
<p ${CENTER}><b>Nguyễn Văn An</b></p>
</td></tr></table>
<p ${CENTER} style="page-break-before:always"><b>PHỤ LỤC</b></p>
<p ${CENTER}><b>DANH MỤC CÔNG TRÌNH TRỌNG ĐIỂM NĂM 2025</b></p>
<p ${CENTER}><i>(Kèm theo Nghị quyết số 08-NQ/HU ngày 20/12/2024 của Huyện ủy Châu Thành)</i></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td>Công trình</td><td>Vốn</td></tr>
<tr><td>Đường huyện 12</td><td>120 tỷ</td></tr>
</table>
${footnoteText(1, 'Theo Nghị quyết Đại hội Đảng bộ huyện lần thứ XII.')}
</body></html>`;

/** A Party report in parts, its header typed as paragraphs with tabs between the columns. */
export const PARTS_REPORT_HTML = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head><body>
<p><b>THÀNH ỦY CẦN THƠ</b>&#9;<b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p>
<p>*</p>
<p>Số 210-BC/TU&#9;<i>Cần Thơ, ngày 05 tháng 12 năm 2024</i></p>
<p></p>
<p ${CENTER}><b>BÁO CÁO</b></p>
<p ${CENTER}><b>tổng kết công tác năm 2024, phương hướng năm 2025</b></p>
<p ${CENTER}>-----</p>
<p ${CENTER}><b>PHẦN THỨ NHẤT</b></p>
<p ${CENTER}><b>KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024</b></p>
<p><b>I. VỀ KINH TẾ</b></p>
<p>Kinh tế tăng trưởng khá, đạt 7,12%.</p>
<p ${CENTER}><b>PHẦN THỨ HAI</b></p>
<p ${CENTER}><b>PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025</b></p>
<p><b>I. MỤC TIÊU</b></p>
<p>Phấn đấu tăng trưởng 8%.</p>
<ol><li>Đẩy mạnh chuyển đổi số.</li><li>Cải thiện môi trường đầu tư.</li></ol>
<p></p>
<p><u>Nơi nhận:</u>&#9;<b>T/M BAN THƯỜNG VỤ</b></p>
<p>- Ban Thường vụ Thành ủy,&#9;BÍ THƯ</p>
<p>- Lưu Văn phòng Thành ủy.</p>
<p>&#9;<b>Trần Văn Cường</b></p>
</body></html>`;
