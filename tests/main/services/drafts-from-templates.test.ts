/**
 * Every shipped template, made into a draft through the services with "Cơ
 * quan của tôi" filled in: the header carries the agency from the settings
 * and today's date, the subject and title carry this year (and next year
 * where the template asks for it), and no `{{…}}` placeholder is stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../common/api/contract';
import { callOk } from '../../helpers/dispatch';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { openServices, type Services } from '../../../main/services';
import { tempDir } from '../../helpers/store';
import { TEMPLATES_DIR } from '../../helpers/repo';

const REPO_TEMPLATES = TEMPLATES_DIR;

interface ShippedTemplate {
  readonly id: string;
  readonly profile: string;
  readonly draftTitle: string;
  readonly doc: { content: { type: string; attrs?: Record<string, unknown> }[] };
}

const shipped: ShippedTemplate[] = readdirSync(REPO_TEMPLATES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(REPO_TEMPLATES, f), 'utf8')) as ShippedTemplate);

const SETTINGS = { issuingBody: 'THÀNH ỦY CẦN THƠ', superiorBody: 'ĐẢNG BỘ THÀNH PHỐ', bodyCode: 'VPTU', place: 'Cần Thơ' };

/** Every string value anywhere in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

let tmp: ReturnType<typeof tempDir>;
let services: Services;
let dispatch: Dispatch;

function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
  return callOk(dispatch, method, args);
}

function open(now?: () => Date): void {
  services = openServices({ dataDir: join(tmp.dir, 'data'), templatesDir: REPO_TEMPLATES, appVersion: '1.0.0', ...(now ? { now } : {}) });
  dispatch = createDispatch(services.handlers, (err) => {
    throw err;
  });
}

beforeEach(() => {
  tmp = tempDir('duthao-gaps-services-');
});

afterEach(() => {
  services?.close();
  tmp.cleanup();
});

describe('drafts from every shipped template', () => {
  it('ships the five templates the issue asks for', () => {
    expect(shipped.map((t) => t.id).sort()).toEqual(['bao-cao-cong-tac-nam-dang', 'bao-cao-cong-tac-nam-nha-nuoc', 'blank', 'nghi-quyet-nhiem-vu-nam-dang', 'nghi-quyet-nhiem-vu-nam-nha-nuoc']);
  });

  it.each(shipped.map((t) => [t.id, t] as const))('%s: header from the settings, today, this year and next, no {{ left', async (_id, template) => {
    // 30 December: the year and the next year differ from the date's neighbours.
    const clock = new Date(2031, 11, 30, 9, 0);
    open(() => clock);
    await call('updateSettings', SETTINGS);
    const d = await call('createDraft', { templateId: template.id });
    const stored = await call('getDraft', { id: d.id });
    expect(stored).toEqual(d);

    const header = stored.doc.content!.find((n) => n.type === 'header')!.attrs!;
    const source = template.doc.content.find((n) => n.type === 'header')!.attrs!;
    expect(header.profile).toBe(template.profile);
    expect(stored.profile).toBe(template.profile);
    expect(header.date).toBe('2031-12-30');
    expect(header.issuingBody).toBe(SETTINGS.issuingBody);
    expect(header.superiorBody).toBe(SETTINGS.superiorBody);
    expect(header.place).toBe(SETTINGS.place);
    // A template's own body code (TU, UBND, HĐND) wins; the blank one takes the settings'.
    expect(header.bodyCode).toBe(source.bodyCode === '' ? SETTINGS.bodyCode : source.bodyCode);

    const subject = String(stored.doc.content!.find((n) => n.type === 'documentTitle')!.attrs!.subject);
    const sourceSubject = String(template.doc.content.find((n) => n.type === 'documentTitle')!.attrs!.subject);
    if (sourceSubject.includes('{{year}}')) expect(subject).toContain('năm 2031');
    if (sourceSubject.includes('{{nextYear}}')) expect(subject).toContain('năm 2032');
    expect(subject).toBe(sourceSubject.split('{{year}}').join('2031').split('{{nextYear}}').join('2032'));
    if (template.draftTitle.includes('{{year}}')) expect(stored.title).toContain('2031');
    if (template.draftTitle.includes('{{nextYear}}')) expect(stored.title).toContain('2032');
    expect(stored.title).not.toMatch(/\{\{|\}\}/);

    expect(JSON.stringify(stored)).not.toContain('{{');
    expect(stringsOf(stored).filter((v) => v.includes('}}'))).toEqual([]);
    // Every placeholder the template had became a year, not an empty string.
    const sourceJson = JSON.stringify(template.doc);
    const placeholders = (sourceJson.match(/\{\{(year|nextYear)\}\}/g) ?? []).length;
    const years = (JSON.stringify(stored.doc).match(/203[12]/g) ?? []).length;
    expect(years).toBeGreaterThanOrEqual(placeholders);
  });

  it('without an injected clock, a new draft is dated today with the current year', async () => {
    open();
    await call('updateSettings', SETTINGS);
    const before = new Date();
    const d = await call('createDraft', { templateId: 'bao-cao-cong-tac-nam-dang' });
    const after = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const days = new Set([before, after].map((t) => `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`));
    const header = d.doc.content!.find((n) => n.type === 'header')!.attrs!;
    expect(days.has(String(header.date))).toBe(true);
    const year = Number(String(header.date).slice(0, 4));
    expect(d.title).toBe(`Báo cáo công tác năm ${year}`);
    expect(String(d.doc.content!.find((n) => n.type === 'documentTitle')!.attrs!.subject)).toContain(`năm ${year + 1}`);
  });
});
