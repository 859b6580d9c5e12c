// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import type { Editor } from '@tiptap/core';
import { sanitizePastedHtml } from '../../../renderer/src/editor/paste/sanitizePastedHtml';
import { stripHeadingNumber } from '../../../renderer/src/editor/paste/stripHeadingNumber';
import { makeDoc, p, mountEditor, bodyStart } from '../../helpers/editor';

let editor: Editor;
afterEach(() => editor?.destroy());

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {font-family:"Times New Roman";} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=VI style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='mso-list:none'><span lang=VI style='font-size:14.0pt;font-family:"Times New Roman",serif;color:#1F3864'>I. KẾT QUẢ THỰC HIỆN<o:p></o:p></span></h1>
<p class=MsoNormal style='text-align:justify;text-indent:1.0cm'><span lang=VI style='font-size:14.0pt;font-family:"Arial",sans-serif;color:red'>Tăng trưởng kinh tế đạt <b>7,12%</b>, <i>vượt</i> <u>kế hoạch</u>.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Nông nghiệp<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>-<span>&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Công nghiệp<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr><td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b><span>Chỉ tiêu</span></b></p></td><td><p class=MsoNormal><b>Thực hiện</b></p></td></tr>
<tr><td><p class=MsoNormal>GRDP</p></td><td><p class=MsoNormal>126.838</p></td></tr></table>
<p class=MsoNormal><img width=100 src="https://tracker.example.com/pixel.png"><img src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png"></p>
<!--EndFragment-->
</body></html>`;

const WEB_HTML = `<meta charset="utf-8"><div class="article" style="font-family: Roboto; color: rgb(51,51,51)">
<h2 class="title" style="color:#c00">2.1. Về văn hóa – xã hội</h2>
<p><span style="font-weight: 700; font-family: Arial">Giáo dục</span> <span style="font-style:italic">phát triển</span> <a href="https://example.com/x" onclick="steal()">xem thêm</a></p>
<script>alert('x')</script><iframe src="https://example.com"></iframe>
<ol start="3"><li>Một</li><li>Hai</li></ol>
<p style="background-image:url(https://evil.example/a.png)">Nền</p></div>`;

describe('paste sanitisation', () => {
  it('strips numbers typed before heading text', () => {
    expect(stripHeadingNumber('I. KẾT QUẢ')).toBe('KẾT QUẢ');
    expect(stripHeadingNumber('II- NHIỆM VỤ')).toBe('NHIỆM VỤ');
    expect(stripHeadingNumber('2.1. Về văn hóa')).toBe('Về văn hóa');
    expect(stripHeadingNumber('a) Lúa')).toBe('Lúa');
    expect(stripHeadingNumber('Phần thứ nhất: Kết quả')).toBe('Kết quả');
    expect(stripHeadingNumber('Kinh tế')).toBe('Kinh tế');
  });

  it('cleans Word HTML: no styles, fonts, colours, classes, Office tags or images; keeps b/i/u, lists and tables', () => {
    const out = sanitizePastedHtml(WORD_HTML, document);
    expect(out).not.toMatch(/style=|class=|font-family|color|o:p|mso-|<img|https?:|file:|<meta|<xml/i);
    expect(out).toContain('<b>7,12%</b>');
    expect(out).toContain('<i>vượt</i>');
    expect(out).toContain('<u>kế hoạch</u>');
    expect(out).toMatch(/<h1>\s*KẾT QUẢ THỰC HIỆN/);
    expect(out).toMatch(/<ul><li><p>\s*Nông nghiệp\s*<\/p><\/li><li><p>\s*Công nghiệp\s*<\/p><\/li><\/ul>/);
    expect(out).toContain('<table');
  });

  it('cleans web HTML: no scripts, frames, handlers, links or backgrounds; styles become marks', () => {
    const out = sanitizePastedHtml(WEB_HTML, document);
    expect(out).not.toMatch(/script|iframe|onclick|href|https?:|style=|class=/i);
    expect(out).toContain('<b>Giáo dục</b>');
    expect(out).toContain('<i>phát triển</i>');
    expect(out).toMatch(/<h2>Về văn hóa – xã hội<\/h2>/);
    expect(out).toContain('<ol start="3">');
  });

  it('pasting Word HTML into the body yields headings, marks, a dash list and a table, and no foreign formatting', () => {
    editor = mountEditor(makeDoc([p('')]));
    editor.commands.setTextSelection(bodyStart(editor));
    editor.view.pasteHTML(WORD_HTML);
    const body = editor.state.doc.child(2);
    const types: string[] = [];
    body.forEach((n) => types.push(n.type.name));
    expect(types).toContain('heading');
    expect(types).toContain('bulletList');
    expect(types).toContain('table');
    const heading = body.content.content.find((n) => n.type.name === 'heading')!;
    expect(heading.textContent.trim()).toBe('KẾT QUẢ THỰC HIỆN');
    expect(heading.attrs.level).toBe(1);
    const marks = new Set<string>();
    body.descendants((n) => {
      n.marks.forEach((m) => marks.add(m.type.name));
    });
    expect([...marks].sort()).toEqual(['bold', 'italic', 'underline']);
    expect(editor.state.doc.childCount).toBe(4);
    const table = body.content.content.find((n) => n.type.name === 'table')!;
    expect(table.textContent).toContain('126.838');
  });

  it('pasting web HTML converts an h2 with a typed number to a level-2 heading without the number', () => {
    editor = mountEditor(makeDoc([p('')]));
    editor.commands.setTextSelection(bodyStart(editor));
    editor.view.pasteHTML(WEB_HTML);
    const body = editor.state.doc.child(2);
    const heading = body.content.content.find((n) => n.type.name === 'heading')!;
    expect(heading.attrs.level).toBe(2);
    expect(heading.textContent).toBe('Về văn hóa – xã hội');
    const list = body.content.content.find((n) => n.type.name === 'orderedList')!;
    expect(list.attrs.start).toBe(3);
    expect(body.textContent).not.toContain('alert');
  });
});
