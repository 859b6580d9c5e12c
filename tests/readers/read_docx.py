"""Independent reader for the export tests: python-docx opens a .docx and
prints, as JSON, every paragraph's text in document order (table cells
included, merged cells once), the first section's page size and margins in
twips, and the style names of the body paragraphs."""
import sys, json, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
d = docx.Document(sys.argv[1])
def walk(parent, out):
    for el in parent.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p': out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            t = Table(el, d)
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen: continue
                    seen.add(id(cell._tc))
                    walk(cell._tc, out)
s = d.sections[0]
out = []
walk(d.element.body, out)
print(json.dumps({'paragraphs': out, 'page': [s.page_width/635, s.page_height/635, s.top_margin/635, s.bottom_margin/635, s.left_margin/635, s.right_margin/635], 'styles': [p.style.name for p in d.paragraphs]}, ensure_ascii=False))
