/**
 * The header's `date` attr: an ISO date `yyyy-mm-dd`; or only the year
 * `yyyy` when the day and month are left blank for the clerk (a copy
 * prepared for signing: "ngày   tháng   năm 2026"); or '' when not set.
 * This module reads it and turns what a drafter types (day, month, year)
 * into it.
 */
import { parseIsoDate } from './official-text';

/** A date value read: complete, year only, or empty. */
export type DateValue =
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'empty' };

/** Reads a `date` attr; null when it is none of the three accepted forms. */
export function readDateValue(value: string): DateValue | null {
  const v = value.trim();
  if (v === '') return { kind: 'empty' };
  if (/^\d{4}$/.test(v)) return Number(v) >= 1900 ? { kind: 'year', year: Number(v) } : null;
  const d = parseIsoDate(v);
  return d ? { kind: 'date', ...d } : null;
}

/** What the drafter typed in the three parts of the date (digits as text). */
export interface TypedDate {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/**
 * The `date` attr for a typed day, month and year: all empty → ''; only the
 * year → 'yyyy'; all three → 'yyyy-mm-dd'. Null when it is not a real date
 * (31/02, a 2-digit year, a day without a month…).
 */
export function dateFromTyped(typed: TypedDate): string | null {
  const [day, month, year] = [typed.day.trim(), typed.month.trim(), typed.year.trim()];
  if (day === '' && month === '' && year === '') return '';
  if (!/^\d{4}$/.test(year) || Number(year) < 1900) return null;
  if (day === '' && month === '') return year;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}

/** The day, month and year to show for a `date` attr, padded as printed (`05`, `02`, but `4` for April). */
export function typedFromDate(value: string): TypedDate {
  const d = readDateValue(value);
  if (!d || d.kind === 'empty') return { day: '', month: '', year: '' };
  if (d.kind === 'year') return { day: '', month: '', year: String(d.year) };
  return { day: String(d.day).padStart(2, '0'), month: d.month <= 2 ? `0${d.month}` : String(d.month), year: String(d.year) };
}

/**
 * Reads a whole date typed or pasted in one go: `15/12/2024`, `15-12-2024`,
 * `15.12.2024`, `15122024`, `//2026`, `2026`. Null when it is not one.
 */
export function splitTypedDate(text: string): TypedDate | null {
  const t = text.trim();
  if (/^\d{8}$/.test(t)) return { day: t.slice(0, 2), month: t.slice(2, 4), year: t.slice(4) };
  if (/^\d{4}$/.test(t)) return { day: '', month: '', year: t };
  const m = /^(\d{0,2})\s*[/.-]\s*(\d{0,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  return m ? { day: m[1]!, month: m[2]!, year: m[3]! } : null;
}
