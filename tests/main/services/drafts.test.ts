/**
 * The services behind every API method, over a real SQLite database in a
 * temporary folder, called through the dispatcher as the transports do.
 */
import { copyFileSync, cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults, Draft } from '../../../common/api/contract';
import { callOk } from '../../helpers/dispatch';
import type { ApiErrorData } from '../../../common/api/errors';
import type { DocJSON } from '../../../common/document/types';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { defaultDataDir, openServices, StartupError, type Services } from '../../../main/services';
import { bodyText, docWith, tempDir } from '../../helpers/store';
import { STORE_FIXTURE_TEMPLATES, TEMPLATES_DIR } from '../../helpers/repo';

const FIXTURES = STORE_FIXTURE_TEMPLATES;
const REPO_TEMPLATES = TEMPLATES_DIR;

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let templatesDir: string;
let services: Services;
let dispatch: Dispatch;
let clock: Date;

function start(): void {
  services = openServices({ dataDir, templatesDir, appVersion: '9.9.9', now: () => clock });
  dispatch = createDispatch(services.handlers, (err) => {
    throw err;
  });
}

/** Calls a method and returns its value; fails the test on an error. */
function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  return callOk(dispatch, method, args);
}

/** Calls a method that must fail and returns its error. */
async function fail(method: string, args: unknown): Promise<ApiErrorData> {
  const r = await dispatch(method, args);
  if (r.ok) throw new Error(`${method} should have failed but returned ${JSON.stringify(r.value)}`);
  return r.error;
}

beforeEach(() => {
  tmp = tempDir('duthao-services-');
  dataDir = join(tmp.dir, 'data', 'nested');
  templatesDir = join(tmp.dir, 'templates');
  cpSync(FIXTURES, templatesDir, { recursive: true });
  copyFileSync(join(REPO_TEMPLATES, 'blank.json'), join(templatesDir, 'blank.json'));
  clock = new Date(2026, 2, 5, 10, 30); // 5 March 2026, local time
  start();
});

afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('start-up and app info', () => {
  it('creates the data folder and says where the data lives', async () => {
    expect(existsSync(join(dataDir, 'duthao.db'))).toBe(true);
    expect(await call('getAppInfo', {})).toEqual({ version: '9.9.9', dataDir, databasePath: join(dataDir, 'duthao.db'), movedAsideDatabase: null });
  });

  it('moves a corrupt database aside and reports where it went', async () => {
    services.close();
    writeFileSync(join(dataDir, 'duthao.db'), 'garbage, not sqlite '.repeat(100));
    start();
    const info = await call('getAppInfo', {});
    expect(info.movedAsideDatabase).toMatch(/duthao\.db\.corrupt-/);
    expect(existsSync(info.movedAsideDatabase!)).toBe(true);
    expect(await call('listDrafts', {})).toEqual([]);
  });

  it('throws a StartupError with a Vietnamese message when the data folder is unusable', () => {
    const file = join(tmp.dir, 'plain-file');
    writeFileSync(file, 'x');
    expect(() => openServices({ dataDir: join(file, 'sub'), templatesDir, appVersion: '1' })).toThrow(StartupError);
    expect(() => openServices({ dataDir: join(file, 'sub'), templatesDir, appVersion: '1' })).toThrow(/Không dùng được thư mục dữ liệu/);
  });

  it('uses the same default data folder as the desktop app on each OS', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'C:\\Users\\an')).toBe('C:\\Users\\an\\AppData\\Roaming\\DuThao');
    expect(defaultDataDir('darwin', {}, '/Users/an')).toBe('/Users/an/Library/Application Support/DuThao');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/an')).toBe('/cfg/DuThao');
    expect(defaultDataDir('linux', {}, '/home/an')).toBe('/home/an/.config/DuThao');
  });
});

describe('templates', () => {
  it('lists usable templates and broken files with a Vietnamese reason', async () => {
    const list = await call('listTemplates', {});
    const byId = new Map(list.map((t) => [t.id, t]));
    expect(byId.get('blank')).toMatchObject({ title: 'Văn bản trống', profile: 'dang', source: 'builtin' });
    expect(byId.get('blank')?.broken).toBeUndefined();
    expect(byId.get('bao-cao-thu')?.broken).toBeUndefined();
    expect(byId.get('broken-json')?.broken).toMatch(/Mẫu bị lỗi \(broken-json\.json\): tệp không phải JSON hợp lệ/);
    expect(byId.get('sai-noi-dung')).toMatchObject({ title: 'Mẫu sai nội dung', profile: 'nha-nuoc' });
    expect(byId.get('sai-noi-dung')?.broken).toMatch(/nội dung văn bản không hợp lệ tại doc\.content\[2\]\.content\[0\]/);
    expect(byId.get('sai-dinh-dang')?.broken).toMatch(/"format"/);
  });

  it('notices a template file added while running', async () => {
    const blank = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(templatesDir, 'blank.json'), 'utf8')));
    writeFileSync(join(templatesDir, 'moi.json'), JSON.stringify({ ...blank, id: 'mau-moi', title: 'Mẫu mới' }));
    expect((await call('listTemplates', {})).map((t) => t.id)).toContain('mau-moi');
  });

  it('refuses to create a draft from an unknown or broken template', async () => {
    expect((await fail('createDraft', { templateId: 'khong-co' })).code).toBe('NOT_FOUND');
    const broken = await fail('createDraft', { templateId: 'sai-noi-dung' });
    expect(broken.code).toBe('INVALID_ARGUMENT');
    expect(broken.message).toMatch(/Mẫu "Mẫu sai nội dung" bị lỗi/);
    expect(await call('listDrafts', {})).toEqual([]);
  });

  it('saves a draft as a user template, creates drafts from it, and deletes it', async () => {
    const d = await call('createDraft', { templateId: 'blank' });
    await call('saveDraft', { id: d.id, doc: docWith('Nội dung mẫu riêng') });
    const t = await call('saveDraftAsTemplate', { id: d.id, title: 'Mẫu của Văn phòng' });
    expect(t).toMatchObject({ title: 'Mẫu của Văn phòng', source: 'user', profile: 'dang' });
    expect(t.id).toMatch(/^user-/);
    expect((await call('listTemplates', {})).find((x) => x.id === t.id)).toEqual(t);
    const fromUser = await call('createDraft', { templateId: t.id });
    expect(bodyText(fromUser.doc)).toBe('Nội dung mẫu riêng');
    expect(fromUser).toMatchObject({ title: 'Mẫu của Văn phòng', templateTitle: 'Mẫu của Văn phòng' });
    expect(await call('deleteTemplate', { id: t.id })).toEqual({ id: t.id });
    expect((await fail('deleteTemplate', { id: t.id })).code).toBe('NOT_FOUND');
    expect((await fail('createDraft', { templateId: t.id })).code).toBe('NOT_FOUND');
  });

  it('leaves review comments out of a saved template', async () => {
    const d = await call('createDraft', { templateId: 'blank' });
    const doc = docWith('x');
    const body = { type: 'body', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Có góp ý', marks: [{ type: 'bold' }, { type: 'comment', attrs: { id: 'c1' } }] }, { type: 'text', text: ' và không', marks: [{ type: 'comment', attrs: { id: 'c2' } }] }] }] };
    await call('saveDraft', { id: d.id, doc: { ...doc, content: [doc.content![0], doc.content![1], body, doc.content![3]] } });
    const t = await call('saveDraftAsTemplate', { id: d.id, title: 'Không góp ý' });
    const fromT = await call('createDraft', { templateId: t.id });
    expect(JSON.stringify(fromT.doc)).not.toContain('comment');
    expect(fromT.doc.content![2]!.content![0]!.content).toEqual([{ type: 'text', text: 'Có góp ý', marks: [{ type: 'bold' }] }, { type: 'text', text: ' và không' }]);
  });

  it('does not delete built-in templates', async () => {
    expect((await fail('deleteTemplate', { id: 'blank' })).code).toBe('CONFLICT');
    expect((await fail('deleteTemplate', { id: 'khong-co' })).code).toBe('NOT_FOUND');
    expect((await fail('saveDraftAsTemplate', { id: 'khong-co', title: 'X' })).code).toBe('NOT_FOUND');
  });
});

describe('the shipped templates', () => {
  it('are all usable and each gives a valid draft with no placeholder left', async () => {
    services.close();
    templatesDir = REPO_TEMPLATES;
    start();
    const list = await call('listTemplates', {});
    expect(list.map((t) => t.id)).toContain('blank');
    for (const t of list) {
      expect(t.broken, t.id).toBeUndefined();
      const d = await call('createDraft', { templateId: t.id });
      expect(d.profile, t.id).toBe(t.profile);
      expect(JSON.stringify(d.doc), t.id).not.toMatch(/\{\{(year|nextYear)\}\}/);
      expect(d.title, t.id).not.toContain('{{');
    }
  });
});

describe('creating drafts', () => {
  it('fills in the year, today, and my agency from the settings', async () => {
    await call('updateSettings', { issuingBody: 'THÀNH ỦY CẦN THƠ', place: 'Cần Thơ', bodyCode: 'VPTU', superiorBody: 'ĐẢNG BỘ TỈNH' });
    const d = await call('createDraft', { templateId: 'bao-cao-thu' });
    expect(d.title).toBe('Báo cáo công tác năm 2026');
    expect(d).toMatchObject({ templateId: 'bao-cao-thu', templateTitle: 'Báo cáo thử', profile: 'dang', revision: 1, deletedAt: null });
    const [header, title, body, closing] = d.doc.content!;
    expect(header!.attrs).toMatchObject({ date: '2026-03-05', issuingBody: 'THÀNH ỦY CẦN THƠ', place: 'Cần Thơ', superiorBody: 'ĐẢNG BỘ TỈNH', bodyCode: 'TU' });
    expect(title!.attrs!.subject).toBe('tổng kết năm 2026, phương hướng năm 2027');
    expect(bodyText(d.doc)).toBe('KẾT QUẢ NĂM 2026\nNêu kết quả năm 2026 và nhiệm vụ năm 2027.');
    expect(body!.content![1]!.attrs).toEqual({ guidance: true });
    expect(closing!.attrs!.recipients).toEqual(['Ban Thường vụ (năm 2026)', 'Lưu Văn phòng']);
    expect(JSON.stringify(d.doc)).not.toContain('{{');
    expect(await call('getDraft', { id: d.id })).toEqual(d);
  });

  it('fills in the year chosen at creation (last year for a report on the year ending), keeping today as the date', async () => {
    const d = await call('createDraft', { templateId: 'bao-cao-thu', year: 2025 });
    expect(d.title).toBe('Báo cáo công tác năm 2025');
    const [header, title] = d.doc.content!;
    expect(title!.attrs!.subject).toBe('tổng kết năm 2025, phương hướng năm 2026');
    expect(bodyText(d.doc)).toBe('KẾT QUẢ NĂM 2025\nNêu kết quả năm 2025 và nhiệm vụ năm 2026.');
    expect(header!.attrs!.date).toBe('2026-03-05');
    for (const year of [2025.5, 1800, 3000, '2025']) expect((await fail('createDraft', { templateId: 'bao-cao-thu', year })).code).toBe('INVALID_ARGUMENT');
  });

  it('uses the title given, in NFC', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Tờ trình Cần Thơ'.normalize('NFD') });
    expect(d.title).toBe('Tờ trình Cần Thơ'.normalize('NFC'));
  });
});

describe('the drafts library', () => {
  async function newDraft(title: string): Promise<Draft> {
    clock = new Date(clock.getTime() + 60_000);
    return call('createDraft', { templateId: 'blank', title });
  }

  it('saves, bumps the revision and returns what was saved', async () => {
    const d = await newDraft('Báo cáo');
    clock = new Date(clock.getTime() + 1000);
    const r1 = await call('saveDraft', { id: d.id, doc: docWith('Thành ủy Cần Thơ tổng kết năm 2024') });
    expect(r1).toEqual({ id: d.id, revision: 2, updatedAt: clock.toISOString() });
    const r2 = await call('saveDraft', { id: d.id, doc: docWith('Lần hai') });
    expect(r2.revision).toBe(3);
    const got = await call('getDraft', { id: d.id });
    expect(bodyText(got.doc)).toBe('Lần hai');
    expect(got.revision).toBe(3);
  });

  it('stores NFD text as NFC, in text and in attributes', async () => {
    const d = await newDraft('NFC');
    const nfd = docWith('Nghị quyết Đảng ủy'.normalize('NFD'));
    const header = nfd.content![0]!;
    const doc: DocJSON = { ...nfd, content: [{ ...header, attrs: { ...header.attrs, place: 'Cần Thơ'.normalize('NFD') } }, ...nfd.content!.slice(1)] };
    await call('saveDraft', { id: d.id, doc });
    const got = await call('getDraft', { id: d.id });
    expect(bodyText(got.doc)).toBe('Nghị quyết Đảng ủy'.normalize('NFC'));
    expect(got.doc.content![0]!.attrs!.place).toBe('Cần Thơ'.normalize('NFC'));
    expect((await call('searchDrafts', { query: 'dang uy' })).map((h) => h.id)).toEqual([d.id]);
  });

  it('lists the draft under the profile its header says after a save', async () => {
    const d = await newDraft('Đổi thể thức');
    expect(d.doc.content![0]!.attrs!.profile).toBe('dang');
    const doc = docWith('Công văn');
    const header = doc.content![0]!;
    await call('saveDraft', { id: d.id, doc: { ...doc, content: [{ ...header, attrs: { ...header.attrs, profile: 'nha-nuoc' } }, ...doc.content!.slice(1)] } });
    expect((await call('listDrafts', {})).find((x) => x.id === d.id)?.profile).toBe('nha-nuoc');
  });

  it('rejects an invalid document with its path and keeps the saved version', async () => {
    const d = await newDraft('Hợp lệ');
    await call('saveDraft', { id: d.id, doc: docWith('Bản tốt') });
    const bad = docWith('x');
    const badDoc = { ...bad, content: [bad.content![0], bad.content![1], { type: 'body', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }, bad.content![3]] };
    const err = await fail('saveDraft', { id: d.id, doc: badDoc });
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/không hợp lệ/);
    expect(err.detail).toContain('doc.content[2].content[0].content[0].text');
    const wrongOrder = await fail('saveDraft', { id: d.id, doc: { type: 'doc', content: [bad.content![1], bad.content![0]] } });
    expect(wrongOrder.code).toBe('INVALID_ARGUMENT');
    const got = await call('getDraft', { id: d.id });
    expect(bodyText(got.doc)).toBe('Bản tốt');
    expect(got.revision).toBe(2);
  });

  it('answers NOT_FOUND for unknown drafts', async () => {
    for (const [method, args] of [
      ['getDraft', { id: 'khong-co' }],
      ['saveDraft', { id: 'khong-co', doc: docWith('x') }],
      ['renameDraft', { id: 'khong-co', title: 'X' }],
      ['duplicateDraft', { id: 'khong-co' }],
      ['trashDraft', { id: 'khong-co' }],
      ['restoreDraft', { id: 'khong-co' }],
      ['deleteDraft', { id: 'khong-co' }],
    ] as const) {
      const err = await fail(method, args);
      expect(err.code, method).toBe('NOT_FOUND');
      expect(err.message).toMatch(/Không tìm thấy dự thảo/);
    }
  });

  it('lists newest change first, renames, duplicates', async () => {
    const a = await newDraft('Một');
    const b = await newDraft('Hai');
    expect((await call('listDrafts', {})).map((d) => d.id)).toEqual([b.id, a.id]);
    clock = new Date(clock.getTime() + 60_000);
    const renamed = await call('renameDraft', { id: a.id, title: 'Một (sửa)' });
    expect(renamed).toMatchObject({ id: a.id, title: 'Một (sửa)', updatedAt: clock.toISOString() });
    expect((await call('listDrafts', {})).map((d) => d.title)).toEqual(['Một (sửa)', 'Hai']);

    await call('saveDraft', { id: b.id, doc: docWith('Nội dung gốc') });
    const copy = await call('duplicateDraft', { id: b.id });
    expect(copy.title).toBe('Hai (bản sao)');
    expect(copy.id).not.toBe(b.id);
    expect(bodyText((await call('getDraft', { id: copy.id })).doc)).toBe('Nội dung gốc');
    expect((await call('listDrafts', {})).length).toBe(3);
  });

  it('moves to the trash, restores, and deletes for good only from the trash', async () => {
    const d = await newDraft('Thùng rác');
    const conflict = await fail('deleteDraft', { id: d.id });
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toMatch(/thùng rác/);
    clock = new Date(clock.getTime() + 1000);
    const trashed = await call('trashDraft', { id: d.id });
    expect(trashed.deletedAt).toBe(clock.toISOString());
    expect(await call('listDrafts', {})).toEqual([]);
    expect((await call('listDrafts', { trash: true })).map((x) => x.id)).toEqual([d.id]);
    expect((await call('restoreDraft', { id: d.id })).deletedAt).toBeNull();
    expect((await call('listDrafts', {})).map((x) => x.id)).toEqual([d.id]);
    await call('trashDraft', { id: d.id });
    expect(await call('deleteDraft', { id: d.id })).toEqual({ id: d.id });
    expect((await fail('getDraft', { id: d.id })).code).toBe('NOT_FOUND');
    expect(await call('listDrafts', { trash: true })).toEqual([]);
  });

  it('searches right after a save, ignoring diacritics, excluding the trash', async () => {
    const d = await newDraft('Báo cáo Thành ủy');
    await call('saveDraft', { id: d.id, doc: docWith('Thành ủy Cần Thơ tổng kết năm 2024') });
    const hits = await call('searchDrafts', { query: 'can tho' });
    expect(hits).toEqual([{ id: d.id, title: 'Báo cáo Thành ủy', profile: 'dang', updatedAt: clock.toISOString(), snippet: expect.stringContaining('Cần Thơ') }]);
    await call('trashDraft', { id: d.id });
    expect(await call('searchDrafts', { query: 'can tho' })).toEqual([]);
    expect(await call('searchDrafts', { query: '' })).toEqual([]);
  });

  it('caps search results at 20 unless asked for another limit', async () => {
    for (let i = 0; i < 25; i++) await newDraft(`Kế hoạch số ${i}`);
    expect(await call('searchDrafts', { query: 'ke hoach' })).toHaveLength(20);
    expect(await call('searchDrafts', { query: 'ke hoach', limit: 3 })).toHaveLength(3);
  });

  it('keeps drafts and settings after closing and reopening', async () => {
    const d = await newDraft('Còn mãi');
    await call('saveDraft', { id: d.id, doc: docWith('Không mất chữ nào') });
    await call('updateSettings', { userName: 'Nguyễn Văn An' });
    services.close();
    start();
    expect(bodyText((await call('getDraft', { id: d.id })).doc)).toBe('Không mất chữ nào');
    expect((await call('getSettings', {})).userName).toBe('Nguyễn Văn An');
    expect((await call('searchDrafts', { query: 'khong mat' })).map((h) => h.id)).toEqual([d.id]);
  });
});

describe('settings', () => {
  it('starts from the defaults and changes only what is given', async () => {
    expect(await call('getSettings', {})).toEqual({ superiorBody: '', issuingBody: '', bodyCode: '', place: '', profile: 'dang', userName: '', userRole: '' });
    const s = await call('updateSettings', { place: 'Vĩnh Long'.normalize('NFD'), profile: 'nha-nuoc' });
    expect(s).toMatchObject({ place: 'Vĩnh Long'.normalize('NFC'), profile: 'nha-nuoc', issuingBody: '' });
    expect(await call('getSettings', {})).toEqual(s);
  });
});

describe('dispatch with bad calls', () => {
  it('returns INVALID_ARGUMENT instead of throwing', async () => {
    for (const [method, args] of [
      ['getDraft', {}],
      ['getDraft', { id: '../etc/passwd' }],
      ['getDraft', null],
      ['saveDraft', { id: 'x', doc: { type: 'paragraph' } }],
      ['saveDraft', { id: 'x', doc: 'a string' }],
      ['createDraft', { templateId: 'blank', title: '   ' }],
      ['searchDrafts', { query: 5 }],
      ['searchDrafts', { query: 'a', limit: 0 }],
      ['listDrafts', { trash: 'yes' }],
      ['updateSettings', { profile: 'khac' }],
      ['updateSettings', { unknownKey: 1 }],
      ['renameDraft', { id: 'x', title: 'a'.repeat(501) }],
    ] as const) {
      const err = await fail(method, args);
      expect(err.code, `${method} ${JSON.stringify(args)}`).toBe('INVALID_ARGUMENT');
    }
    expect((await fail('dropDatabase', {})).code).toBe('UNKNOWN_METHOD');
  });

  it('has a handler for every method of the contract', async () => {
    const { API_METHOD_NAMES } = await import('../../../common/api/contract');
    for (const name of API_METHOD_NAMES) expect(typeof services.handlers[name], name).toBe('function');
  });
});
