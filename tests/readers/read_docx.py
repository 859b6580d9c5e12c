"""Independent reader for the export tests: python-docx opens a .docx and
prints, as JSON, every paragraph's text in document order (table cells
included, merged cells once), the first section's page size and margins in
twips, and the style names of the body paragraphs."""
import sys, json, docx
from docx.text.paragraph import Paragraph
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
d = docx.Document(sys.argv[1])
def walk(parent, out):
    for el in parent.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p': out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            # Each cell once, in XML order; a cell continuing a vertical merge holds no text of its own.
            for tr in el.iterchildren('{%s}tr' % W):
                for tc in tr.iterchildren('{%s}tc' % W):
                    walk(tc, out)
s = d.sections[0]
out = []
walk(d.element.body, out)
print(json.dumps({'paragraphs': out, 'page': [s.page_width/635, s.page_height/635, s.top_margin/635, s.bottom_margin/635, s.left_margin/635, s.right_margin/635], 'styles': [p.style.name for p in d.paragraphs]}, ensure_ascii=False))
