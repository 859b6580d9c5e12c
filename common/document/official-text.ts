/**
 * The printed form of header fields, per profile (spec §3 and §4): the
 * composed number and symbol, and the place-and-date line. The editor shows
 * these strings and the exporter writes them, so both always agree.
 */
import type { ProfileId } from './types';

/** Spaces printed where the clerk writes the number at issue. */
export const BLANK_NUMBER = '      ';

/** Pads a typed number to at least two digits (`5` → `05`); keeps other text as typed. */
export function padNumber(number: string): string {
  const n = number.trim();
  return /^\d$/.test(n) ? `0${n}` : n;
}

/**
 * "Số 123-BC/TU" (dang, no colon) or "Số: 45/BC-UBND" (nha-nuoc, colon;
 * công văn with no type code: "Số: 05/UBND-VP"). A blank number prints spaces.
 */
export function composeDocumentNumber(profile: ProfileId, number: string, typeCode: string, bodyCode: string): string {
  const n = number.trim() === '' ? BLANK_NUMBER : padNumber(number);
  const type = typeCode.trim();
  const body = bodyCode.trim();
  if (profile === 'dang') return `Số ${n}-${type}/${body}`;
  return type === '' ? `Số: ${n}/${body}` : `Số: ${n}/${type}-${body}`;
}

/** Parses an ISO date `yyyy-mm-dd`; null when it is not a real calendar date. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * "Cần Thơ, ngày 05 tháng 02 năm 2025": a day below 10 and the months 1 and 2
 * take a leading zero; months 3–12 do not. A year alone (`2026`) prints
 * blank day and month; an empty or invalid date prints blanks for the clerk to fill.
 */
export function formatDateLine(place: string, isoDate: string): string {
  const date = parseIsoDate(isoDate);
  const where = place.trim();
  const prefix = where ? `${where}, ` : '';
  // Only the year known: day and month left blank for the clerk.
  if (/^\d{4}$/.test(isoDate.trim())) return `${prefix}ngày ${BLANK_NUMBER} tháng ${BLANK_NUMBER} năm ${isoDate.trim()}`;
  if (!date) return `${prefix}ngày ${BLANK_NUMBER} tháng ${BLANK_NUMBER} năm ${BLANK_NUMBER}`;
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `${prefix}ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The draft mark as printed and shown on the page: "DỰ THẢO lần N", or "DỰ THẢO" when N is 0 (or not a whole number above 0). */
export function draftMarkText(round: number): string {
  return Number.isInteger(round) && round > 0 ? `DỰ THẢO lần ${round}` : 'DỰ THẢO';
}
