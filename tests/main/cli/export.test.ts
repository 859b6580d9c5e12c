import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../common/api/contract';
import type { DocJSON } from '../../../common/document/types';
import { checkCommand } from '../../../main/cli/commands/check';
import { exportCommand } from '../../../main/cli/commands/export';
import { CliError } from '../../../main/cli/cli-error';
import type { CliContext } from '../../../main/cli/command';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { openServices, type Services } from '../../../main/services';
import { runCli } from '../../../main/cli/run';
import { sampleDangDoc } from '../../helpers/export-samples';
import { headerPart, textOf, unzipDocx } from '../../helpers/export-xml';
import { TEMPLATES_DIR } from '../../helpers/repo';

const dir = mkdtempSync(join(tmpdir(), 'duthao-export-cli-'));
let services: Services;
let dispatch: Dispatch;

beforeAll(() => {
  const templatesDir = join(dir, 'templates');
  mkdirSync(templatesDir);
  copyFileSync(join(TEMPLATES_DIR, 'blank.json'), join(templatesDir, 'blank.json'));
  services = openServices({ dataDir: join(dir, 'data'), templatesDir, appVersion: '9.9.9' });
  dispatch = createDispatch(services.handlers, (err) => {
    throw err;
  });
});

afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A command context over the real services, calling the API through the dispatch as `runCli` does. */
function fakeContext(positionals: string[], values: Record<string, string | boolean>) {
  const printed: string[] = [];
  const calls: string[] = [];
  const ctx: CliContext = {
    values,
    positionals,
    json: false,
    async call(method: string, args: unknown) {
      calls.push(method);
      const r = await dispatch(method, args);
      if (!r.ok) throw new CliError(r.error.message, r.error.detail ?? r.error.code);
      return r.value as never;
    },
    print: (t) => printed.push(t),
    printJson: (v) => printed.push(JSON.stringify(v)),
    writeStdoutBytes: () => {},
    readStdin: async () => Buffer.alloc(0),
  } as CliContext;
  return { ctx, printed, calls };
}

/** A saved draft holding `doc`. */
async function savedDraft(doc: DocJSON): Promise<string> {
  const created = await dispatch('createDraft', { templateId: 'blank' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as Draft).id;
  expect((await dispatch('saveDraft', { id, doc })).ok).toBe(true);
  return id;
}

describe('duthao export / check', () => {
  const docFile = join(dir, 'bao-cao.json');
  writeFileSync(docFile, JSON.stringify(sampleDangDoc()));

  it('exports a document file to .docx, with the draft mark on request and another profile on request', async () => {
    const out = join(dir, 'out.docx');
    const { ctx, printed } = fakeContext([docFile], { output: out, 'draft-mark': true, profile: 'nha-nuoc' });
    await exportCommand.run(ctx);
    expect(printed[0]).toContain('Đã xuất');
    const parts = await unzipDocx(readFileSync(out));
    const d = parts['word/document.xml']!;
    expect(textOf(headerPart(parts, 'first'))).toBe('DỰ THẢO lần 2');
    expect(d).toContain('Số: 123/BC-HU');
  });

  it('exports a draft by id through the API', async () => {
    const out = join(dir, 'by-id.docx');
    const { ctx } = fakeContext([await savedDraft(sampleDangDoc())], { output: out });
    await exportCommand.run(ctx);
    expect((await unzipDocx(readFileSync(out)))['word/document.xml']).toContain('Số 123-BC/HU');
  });

  it('refuses a bad file with one line naming the problem, and a missing -o', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ type: 'doc', content: [{ type: 'heading' }] }));
    await expect(exportCommand.run(fakeContext([bad], { output: join(dir, 'x.docx') }).ctx)).rejects.toThrow(/không phải văn bản DuThao hợp lệ/);
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{');
    await expect(exportCommand.run(fakeContext([notJson], { output: join(dir, 'x.docx') }).ctx)).rejects.toThrow(/không phải JSON hợp lệ/);
    await expect(exportCommand.run(fakeContext([docFile], {}).ctx)).rejects.toMatchObject({ exitCode: 2 });
    await expect(exportCommand.run(fakeContext([docFile], { output: join(dir, 'y.docx'), profile: 'abc' }).ctx)).rejects.toMatchObject({ exitCode: 2 });
  });

  it('accepts a template file', async () => {
    const tpl = join(dir, 'template.json');
    writeFileSync(tpl, JSON.stringify({ format: 1, id: 'bao-cao', title: 'Báo cáo', profile: 'dang', description: '', draftTitle: 'Báo cáo năm {{year}}', doc: sampleDangDoc() }));
    const out = join(dir, 'tpl.docx');
    await exportCommand.run(fakeContext([tpl], { output: out }).ctx);
    expect(readFileSync(out).byteLength).toBeGreaterThan(5000);
  });

  it('check prints the issues in Vietnamese and fails with exit 1 on errors only', async () => {
    const good = fakeContext([docFile], {});
    await checkCommand.run(good.ctx);
    expect(good.printed.join('\n')).toMatch(/Lưu ý \[Nội dung\]|Không phát hiện lỗi/);
    const broken = join(dir, 'broken-closing.json');
    writeFileSync(broken, JSON.stringify(sampleDangDoc({ closing: { signerName: '', recipients: [] } })));
    const bad = fakeContext([broken], {});
    await expect(checkCommand.run(bad.ctx)).rejects.toMatchObject({ exitCode: 1 });
    expect(bad.printed.join('\n')).toContain('Lỗi [Phần cuối] Thiếu họ tên người ký.');
    expect(bad.printed.join('\n')).toContain('Lỗi [Phần cuối] Nơi nhận đang trống.');
  });
});

/** The text of the exported file's first-page header (where the DỰ THẢO mark goes), or '' when there is none. */
async function firstHeaderText(file: string): Promise<string> {
  const parts = await unzipDocx(readFileSync(file));
  try {
    return textOf(headerPart(parts, 'first'));
  } catch {
    return '';
  }
}

describe('duthao export / check of a file go through the API as a save does', () => {
  const nfd = (text: string) => text.normalize('NFD');

  it('normalises an NFD file to NFC before exporting and checking it, as a save stores it', async () => {
    const decomposed = sampleDangDoc({ header: { place: nfd('Cần Thơ') }, title: { documentType: nfd('BÁO CÁO') } });
    expect(JSON.stringify(decomposed)).not.toContain('Cần Thơ');
    const file = join(dir, 'nfd.json');
    writeFileSync(file, JSON.stringify(decomposed));

    const out = join(dir, 'nfd.docx');
    const exported = fakeContext([file], { output: out });
    await exportCommand.run(exported.ctx);
    expect(exported.calls).toEqual(['exportDocumentDocx']);
    const xml = (await unzipDocx(readFileSync(out)))['word/document.xml']!;
    expect(xml).toContain('Cần Thơ');
    expect(xml).not.toContain(nfd('Cần Thơ'));

    // Unnormalised, the decomposed "BÁO CÁO" would not match the type code BC.
    const checked = fakeContext([file], {});
    await checkCommand.run(checked.ctx);
    expect(checked.calls).toEqual(['checkDocumentFormat']);
    expect(checked.printed.join('\n')).not.toContain('không khớp ký hiệu');

    // The same file saved as a draft is stored exactly as the export and the check saw it.
    const id = await savedDraft(decomposed);
    const stored = (await fakeContext([], {}).ctx.call('getDraft', { id })) as Draft;
    expect(JSON.stringify(stored.doc)).toContain('Cần Thơ');
    const fromDraft = fakeContext([id], {});
    await checkCommand.run(fromDraft.ctx);
    expect(fromDraft.printed).toEqual(checked.printed);
  });

  it('refuses a file the save path refuses, with the reason', async () => {
    const bad = join(dir, 'bad-text.json');
    // An empty text node, which the schema refuses.
    writeFileSync(bad, JSON.stringify(sampleDangDoc()).replace('"text":"', '"text":"","x":"'));
    await expect(checkCommand.run(fakeContext([bad], {}).ctx)).rejects.toThrow(/không phải văn bản DuThao hợp lệ/);
    await expect(exportCommand.run(fakeContext([bad], { output: join(dir, 'bad.docx') }).ctx)).rejects.toMatchObject({ detail: expect.stringContaining('text node needs non-empty text') });
  });

  // A draft without a number: a warning on a draft copy, an error on the final copy.
  const cases: { name: string; draftMark: boolean; flags: Record<string, boolean>; variant: 'draft' | 'final' }[] = [
    { name: 'the header says draft, no flag', draftMark: true, flags: {}, variant: 'draft' },
    { name: 'the header says final, no flag', draftMark: false, flags: {}, variant: 'final' },
    { name: 'the header says draft, --final', draftMark: true, flags: { final: true }, variant: 'final' },
    { name: 'the header says final, --draft-mark', draftMark: false, flags: { 'draft-mark': true }, variant: 'draft' },
  ];
  for (const c of cases) {
    it(`check and export agree on draft or final copy when ${c.name}`, async () => {
      const file = join(dir, `variant-${c.draftMark}-${Object.keys(c.flags).join('')}.json`);
      writeFileSync(file, JSON.stringify(sampleDangDoc({ header: { number: '', draftMark: c.draftMark } })));

      const out = `${file}.docx`;
      await exportCommand.run(fakeContext([file], { ...c.flags, output: out }).ctx);
      const mark = await firstHeaderText(out);

      const checked = fakeContext([file], c.flags);
      const run = checkCommand.run(checked.ctx);
      if (c.variant === 'draft') {
        expect(mark).toContain('DỰ THẢO');
        await run;
        expect(checked.printed.join('\n')).toContain('Lưu ý [Phần đầu] Chưa có số văn bản');
      } else {
        expect(mark).not.toContain('DỰ THẢO');
        await expect(run).rejects.toMatchObject({ exitCode: 1 });
        expect(checked.printed.join('\n')).toContain('Lỗi [Phần đầu] Thiếu số văn bản');
      }
    });
  }

  it('takes --final and --draft-mark on the command line, through runCli and the real services', async () => {
    const file = join(dir, 'cli-final.json');
    writeFileSync(file, JSON.stringify(sampleDangDoc({ header: { number: '' } })));
    const templatesDir = join(dir, 'templates');
    const lines: string[] = [];
    const cli = (...argv: string[]) =>
      runCli([...argv, '--data-dir', join(dir, 'cli-data')], {
        openServices: (dataDir) => openServices({ dataDir, templatesDir, appVersion: '9.9.9' }),
        defaultDataDir: () => join(dir, 'unused'),
        stdout: (t) => lines.push(t),
        stderr: (t) => lines.push(t),
      });
    expect(await cli('check', file)).toBe(0);
    expect(await cli('check', file, '--final')).toBe(1);
    expect(lines.join('\n')).toContain('Lỗi [Phần đầu] Thiếu số văn bản');
    expect(await cli('export', file, '-o', join(dir, 'cli-final.docx'), '--final')).toBe(0);
    expect(await firstHeaderText(join(dir, 'cli-final.docx'))).not.toContain('DỰ THẢO');
    expect(await cli('export', file, '-o', join(dir, 'cli-draft.docx'))).toBe(0);
    expect(await firstHeaderText(join(dir, 'cli-draft.docx'))).toContain('DỰ THẢO');
  });

  it('refuses --draft-mark and --final together', async () => {
    await expect(checkCommand.run(fakeContext([join(dir, 'bao-cao.json')], { final: true, 'draft-mark': true }).ctx)).rejects.toMatchObject({ exitCode: 2 });
  });
});
