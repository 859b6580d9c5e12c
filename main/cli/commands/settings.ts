/**
 * `duthao settings [--name N] [--role R] [--issuing-body B] …`: shows or
 * changes the settings the app asks for once ("Cơ quan của tôi", "who I am"),
 * so scripts on a fresh data folder can comment and pack review copies.
 */
import type { Settings } from '../../../common/api/contract';
import { CliError } from '../cli-error';
import type { CliCommand } from '../command';
import { columns, profileLabel } from '../format';

/** CLI option → settings key. */
const FIELDS: Readonly<Record<string, keyof Settings>> = {
  name: 'userName',
  role: 'userRole',
  'issuing-body': 'issuingBody',
  'superior-body': 'superiorBody',
  'body-code': 'bodyCode',
  place: 'place',
  profile: 'profile',
};

/** Vietnamese label of each settings key, in display order. */
const LABELS: readonly [keyof Settings, string][] = [
  ['userName', 'Họ tên'],
  ['userRole', 'Chức vụ'],
  ['issuingBody', 'Cơ quan ban hành'],
  ['superiorBody', 'Cơ quan cấp trên'],
  ['bodyCode', 'Ký hiệu cơ quan'],
  ['place', 'Địa danh'],
  ['profile', 'Thể thức mặc định'],
];

/** Shows the settings, after applying any given option. */
export const settingsCommand: CliCommand = {
  name: 'settings',
  summary: 'Xem hoặc đặt thông tin cơ quan và người dùng (họ tên, chức vụ…)',
  usage: 'duthao settings [--name TÊN] [--role CHỨC_VỤ] [--issuing-body CQ] [--superior-body CQ] [--body-code KH] [--place ĐỊA_DANH] [--profile dang|nha-nuoc] [--json]',
  options: Object.fromEntries(Object.keys(FIELDS).map((k) => [k, { type: 'string' as const }])),
  positionals: [],
  async run(ctx) {
    const changes: Record<string, string> = {};
    for (const [option, key] of Object.entries(FIELDS)) {
      const value = ctx.values[option];
      if (typeof value === 'string') changes[key] = value;
    }
    if (changes.profile !== undefined && changes.profile !== 'dang' && changes.profile !== 'nha-nuoc') {
      throw new CliError('thể thức phải là dang hoặc nha-nuoc', `--profile ${changes.profile}`, 2);
    }
    const settings = Object.keys(changes).length > 0 ? await ctx.call('updateSettings', changes) : await ctx.call('getSettings', {});
    if (ctx.json) return ctx.printJson(settings);
    ctx.print(
      columns(LABELS.map(([key, label]) => [label, key === 'profile' ? profileLabel(settings.profile) : settings[key] || '(chưa đặt)'])),
    );
  },
};
