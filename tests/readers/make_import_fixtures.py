"""Writes Word files the way python-docx-based tools do, for the import tests.

Usage: make_import_fixtures.py OUTDIR
  party-report.docx  a Party report: header table, I./1./a) headings, dash list,
                     a table with merged cells and a header row, closing table
  state-report.docx  a state report with Kinh gui, 1./1.1. headings, a blank
                     date with the year, a closing written as paragraphs, a
                     landscape section holding a table, tracked changes
"""
import sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

out = sys.argv[1]


def para(container, text='', bold=False, italic=False, underline=False, center=False, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_lines(cell, lines):
    cell.paragraphs[0].text = ''
    first = True
    for text, bold, italic, underline in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def borderless(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        b = OxmlElement(f'w:{side}')
        b.set(qn('w:val'), 'nil')
        borders.append(b)
    tblPr.append(borders)


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    trPr.append(h)


# ---------------------------------------------------------------- Party report
d = Document()
t = d.add_table(rows=1, cols=2)
borderless(t)
cell_lines(t.cell(0, 0), [('ĐẢNG BỘ TỈNH HẬU GIANG', False, False, False), ('HUYỆN ỦY CHÂU THÀNH', True, False, False), ('*', False, False, False), ('Số 15-BC/HU', False, False, False)])
cell_lines(t.cell(0, 1), [('ĐẢNG CỘNG SẢN VIỆT NAM', True, False, True), ('', False, False, False), ('Châu Thành, ngày 10 tháng 12 năm 2024', False, True, False)])
para(d)
para(d, 'BÁO CÁO', bold=True, center=True)
para(d, 'tình hình, kết quả thực hiện nhiệm vụ năm 2024;', bold=True, center=True)
para(d, 'mục tiêu, nhiệm vụ năm 2025', bold=True, center=True)
para(d, '-----', center=True)
p = para(d, 'Năm 2024, Đảng bộ huyện ')
r = p.add_run('đoàn kết')
r.bold = True
p.add_run(', nỗ lực vượt qua khó khăn, ')
r = p.add_run('hoàn thành')
r.italic = True
p.add_run(' các chỉ tiêu chủ yếu.')
para(d, 'I. KẾT QUẢ ĐẠT ĐƯỢC', bold=True)
para(d, '1. Về phát triển kinh tế', bold=True)
para(d, 'a) Nông nghiệp', bold=True, italic=True)
para(d, '- Giá trị sản xuất nông nghiệp tăng 3,5%;')
para(d, '- Xây dựng nông thôn mới đạt 100% số xã.')
para(d, '1. Tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, vượt 8% dự toán, tăng 12% so với cùng kỳ năm trước.')
tb = d.add_table(rows=3, cols=3)
tb.style = 'Table Grid'
for i, text in enumerate(['Chỉ tiêu', 'Kế hoạch', 'Thực hiện']):
    tb.cell(0, i).text = text
header_row(tb.rows[0])
tb.cell(1, 0).merge(tb.cell(2, 0)).text = 'Kinh tế'
tb.cell(1, 1).text = '7,0%'
tb.cell(1, 2).text = '7,2%'
tb.cell(2, 1).merge(tb.cell(2, 2)).text = 'Ước đến 30/11'
para(d, 'II. PHƯƠNG HƯỚNG NĂM 2025', bold=True)
para(d, 'Tiếp tục đẩy mạnh phát triển kinh tế.')
para(d)
c = d.add_table(rows=1, cols=2)
borderless(c)
cell_lines(c.cell(0, 0), [('Nơi nhận:', False, False, True), ('- Ban Thường vụ Tỉnh ủy,', False, False, False), ('- Lưu Văn phòng Huyện ủy.', False, False, False)])
cell_lines(c.cell(0, 1), [('T/M BAN THƯỜNG VỤ', True, False, False), ('BÍ THƯ', False, False, False), ('', False, False, False), ('', False, False, False), ('Nguyễn Văn An', True, False, False)])
d.save(f'{out}/party-report.docx')

# ---------------------------------------------------------------- State report
d = Document()
t = d.add_table(rows=1, cols=2)
borderless(t)
cell_lines(t.cell(0, 0), [('UBND TỈNH HẬU GIANG', False, False, False), ('SỞ TÀI CHÍNH', True, False, False), ('Số: 45/BC-STC', False, False, False)])
cell_lines(t.cell(0, 1), [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True, False, False), ('Độc lập - Tự do - Hạnh phúc', True, False, False), ('Hậu Giang, ngày      tháng      năm 2025', False, True, False)])
para(d)
para(d, 'BÁO CÁO', bold=True, center=True)
para(d, 'Kết quả thực hiện dự toán ngân sách năm 2024', bold=True, center=True)
para(d)
para(d, 'Kính gửi: Ủy ban nhân dân tỉnh Hậu Giang.', center=True)
para(d, 'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Tài chính báo cáo như sau:')
para(d, '1. Kết quả thu ngân sách', bold=True)
para(d, '1.1. Thu nội địa', bold=True, italic=True)
p = para(d, 'Thu nội địa đạt 5.200 tỷ đồng.')
para(d, '7.4.1. Thu từ doanh nghiệp nhà nước', bold=True)
para(d, 'Thu từ doanh nghiệp nhà nước đạt 900 tỷ đồng.')
# A landscape section holding a wide table.
sec = d.add_section()
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Mm(297), Mm(210)
wide = d.add_table(rows=2, cols=6)
wide.style = 'Table Grid'
for i in range(6):
    wide.cell(0, i).text = f'Cột {i + 1}'
    wide.cell(1, i).text = str(i * 10)
sec = d.add_section()
sec.orientation = WD_ORIENT.PORTRAIT
sec.page_width, sec.page_height = Mm(210), Mm(297)
p = para(d, '2. Nhiệm vụ năm 2025', bold=True)
p = d.add_paragraph('Phấn đấu thu ngân sách ')
# Tracked changes: "vượt" inserted, "đạt" deleted.
ins = OxmlElement('w:ins')
ins.set(qn('w:id'), '1'); ins.set(qn('w:author'), 'A'); ins.set(qn('w:date'), '2025-01-01T00:00:00Z')
r = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = 'vượt'; r.append(tt); ins.append(r)
p._p.append(ins)
dl = OxmlElement('w:del')
dl.set(qn('w:id'), '2'); dl.set(qn('w:author'), 'A'); dl.set(qn('w:date'), '2025-01-01T00:00:00Z')
r = OxmlElement('w:r'); dt = OxmlElement('w:delText'); dt.text = 'đạt'; r.append(dt); dl.append(r)
p._p.append(dl)
p.add_run(' dự toán được giao.')
para(d)
para(d, 'Nơi nhận:', bold=True, italic=True)
para(d, '- UBND tỉnh;')
para(d, '- Lưu: VT, NS.')
para(d, 'KT. GIÁM ĐỐC', bold=True, center=True)
para(d, 'PHÓ GIÁM ĐỐC', bold=True, center=True)
para(d)
para(d, 'Trần Văn Bình', bold=True, center=True)
d.save(f'{out}/state-report.docx')
