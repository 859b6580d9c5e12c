/**
 * "Cơ quan của tôi": the settings the user sets once. Stored per key, so a
 * later version can add keys; a stored value that no longer fits the
 * contract falls back to its default.
 */
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../common/api/contract';
import { toNfc } from '../../common/text/normalize';
import type { ApiHandlers } from '../api/handlers';
import type { ServiceContext } from './context';

/** The current settings: defaults overlaid with the stored values that are valid. */
export function readSettings(ctx: ServiceContext): Settings {
  const stored = ctx.store.getSettings();
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (key in stored && settingsSchema.shape[key].safeParse(stored[key]).success) out[key] = stored[key];
  }
  return out as Settings;
}

/** Handlers for getSettings and updateSettings. */
export function settingsHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => readSettings(ctx),
    updateSettings: (changes) => {
      const values: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) values[key] = typeof value === 'string' ? toNfc(value) : value;
      }
      ctx.store.setSettings(values);
      return readSettings(ctx);
    },
  };
}
