import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../main/cli/commands/check';
import { exportCommand } from '../../main/cli/commands/export';
import { CliError } from '../../main/cli/cli-error';
import type { CliContext } from '../../main/cli/command';
import { sampleDangDoc } from './export-samples';
import { headerPart, textOf, unzipDocx } from './export-xml';

const dir = mkdtempSync(join(tmpdir(), 'duthao-export-cli-'));

function fakeContext(positionals: string[], values: Record<string, string | boolean>, drafts: Record<string, unknown> = {}) {
  const printed: string[] = [];
  const ctx: CliContext = {
    values,
    positionals,
    json: false,
    async call(method: string, args: unknown) {
      if (method !== 'getDraft') throw new Error(`unexpected ${method}`);
      const id = (args as { id: string }).id;
      if (!(id in drafts)) throw new CliError('không tìm thấy dự thảo', id);
      return drafts[id] as never;
    },
    print: (t) => printed.push(t),
    printJson: (v) => printed.push(JSON.stringify(v)),
    writeStdoutBytes: () => {},
    readStdin: async () => Buffer.alloc(0),
  } as CliContext;
  return { ctx, printed };
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
    const { ctx } = fakeContext(['d1'], { output: out }, { d1: { doc: sampleDangDoc() } });
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
