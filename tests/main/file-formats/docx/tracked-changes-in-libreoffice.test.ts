/**
 * LibreOffice reads our tracked changes as Word's: after "Accept All" (and
 * "Reject All") in LibreOffice, the text is the text of our own clean export
 * ("xuất bản sạch") with all suggestions accepted (rejected). Plain
 * `--convert-to txt` prints deleted and inserted text side by side, so the
 * changes are accepted by a small Basic macro in a private LibreOffice
 * profile of this test file (`.uno:AcceptAllTrackedChanges`), then stored
 * as text; the plain conversions use the shared private-profile helper.
 * Table rows suggested as a whole are tracked rows: "Accept All" removes the
 * deleted row and keeps the inserted one, "Reject All" the reverse.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sofficeConvert } from '../../../helpers/libreoffice';
import { withRowSuggestions, withSuggestions } from '../../../helpers/suggestion-samples';

const dir = mkdtempSync(join(tmpdir(), 'duthao-suggest-lo-'));
const profile = join(dir, 'lo-profile');

/** Runs soffice on the macro profile (only this file uses it, one run at a time). */
function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], { timeout: 240_000, stdio: 'ignore' });
}

const url = (name: string) => pathToFileURL(join(dir, name)).href;

/** The Basic module: open hidden, accept or reject all tracked changes, store as UTF-8 text. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve(inUrl As String, outUrl As String, how As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  Dim none() As New com.sun.star.beans.PropertyValue
  createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch(doc.getCurrentController().getFrame(), &quot;.uno:&quot; &amp; how &amp; &quot;AllTrackedChanges&quot;, &quot;&quot;, 0, none())
  Dim opts(1) As New com.sun.star.beans.PropertyValue
  opts(0).Name = &quot;FilterName&quot;
  opts(0).Value = &quot;Text (encoded)&quot;
  opts(1).Name = &quot;FilterOptions&quot;
  opts(1).Value = &quot;UTF8,LF&quot;
  doc.storeToURL(outUrl, opts())
  doc.close(True)
End Sub
</script:module>
`;

const text = (name: string) => readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trimEnd();

beforeAll(async () => {
  const doc = withSuggestions();
  writeFileSync(join(dir, 'tracked.docx'), await exportDocx(doc, { variant: 'draft' }));
  writeFileSync(join(dir, 'accepted.docx'), await exportDocx(doc, { variant: 'draft', suggestions: 'accept' }));
  writeFileSync(join(dir, 'rejected.docx'), await exportDocx(doc, { variant: 'draft', suggestions: 'reject' }));
  const rows = withRowSuggestions();
  writeFileSync(join(dir, 'rows.docx'), await exportDocx(rows, { variant: 'draft' }));
  writeFileSync(join(dir, 'rows-accepted.docx'), await exportDocx(rows, { variant: 'draft', suggestions: 'accept' }));
  writeFileSync(join(dir, 'rows-rejected.docx'), await exportDocx(rows, { variant: 'draft', suggestions: 'reject' }));
  sofficeConvert(
    ['accepted', 'rejected', 'tracked', 'rows-accepted', 'rows-rejected'].map((name) => join(dir, `${name}.docx`)),
    dir,
    'txt:Text (encoded):UTF8,LF',
  );
  // A first start creates the macro profile; the macro then goes into its Standard library.
  soffice(['--terminate_after_init']);
  writeFileSync(join(profile, 'user/basic/Standard/Module1.xba'), MACRO);
  soffice([`macro:///Standard.Module1.Resolve("${url('tracked.docx')}","${url('lo-accepted.txt')}","Accept")`]);
  soffice([`macro:///Standard.Module1.Resolve("${url('tracked.docx')}","${url('lo-rejected.txt')}","Reject")`]);
  soffice([`macro:///Standard.Module1.Resolve("${url('rows.docx')}","${url('lo-rows-accepted.txt')}","Accept")`]);
  soffice([`macro:///Standard.Module1.Resolve("${url('rows.docx')}","${url('lo-rows-rejected.txt')}","Reject")`]);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LibreOffice and our tracked changes', () => {
  it('shows the suggested and the deleted text as changes (plain conversion prints both)', () => {
    expect(text('tracked.txt')).toContain('tăng trưởngphát triển');
    expect(text('tracked.txt')).toContain('Đoạn thừa cần bỏ.');
  });

  it('"Accept All" in LibreOffice gives the text of our accept-all export', () => {
    expect(text('lo-accepted.txt')).toBe(text('accepted.txt'));
    expect(text('lo-accepted.txt')).toContain('Năm 2026, kinh tế phát triển ổn định.\nThu ngân sách đạt kế hoạch đề ra.\nĐoạn trước.\nĐoạn mới do lãnh đạo thêm.\nĐoạn cuối.');
  });

  it('"Reject All" in LibreOffice gives the text of our reject-all export', () => {
    expect(text('lo-rejected.txt')).toBe(text('rejected.txt'));
    expect(text('lo-rejected.txt')).toContain('Năm 2026, kinh tế tăng trưởng ổn định.\nThu ngân sách đạt kế hoạch đề ra.\nĐoạn trước.\nĐoạn thừa cần bỏ.\nĐoạn cuối.');
  });

  it('"Accept All" / "Reject All" on suggested table rows give the rows of our accept-all / reject-all exports', () => {
    expect(text('lo-rows-accepted.txt')).toBe(text('rows-accepted.txt'));
    expect(text('lo-rows-accepted.txt')).toContain('Thu hút đầu tư');
    expect(text('lo-rows-accepted.txt')).not.toContain('Thu ngân sách');
    expect(text('lo-rows-rejected.txt')).toBe(text('rows-rejected.txt'));
    expect(text('lo-rows-rejected.txt')).toContain('Thu ngân sách');
    expect(text('lo-rows-rejected.txt')).not.toContain('Thu hút đầu tư');
  });
});
