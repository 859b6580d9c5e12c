/**
 * The year a draft is about (năm báo cáo). A template's `{{year}}` and
 * `{{nextYear}}` placeholders are filled with it when the draft is created.
 * It is chosen then, not hard-wired to today: this year by default, last
 * year offered too, since a report written in December or January is often
 * about the year that is ending or has just ended.
 */
import { TEMPLATE_PLACEHOLDERS } from './template';

/** The earliest year a draft may be about. */
export const REPORT_YEAR_MIN = 1945;
/** The latest year a draft may be about. */
export const REPORT_YEAR_MAX = 2100;

/** Whether `year` is a year a draft may be about (an integer in the accepted range). */
export function isReportYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= REPORT_YEAR_MIN && year <= REPORT_YEAR_MAX;
}

/** The years the "Dự thảo mới" dialog offers on `today`: this year (the default), then last year. */
export function reportYearChoices(today: Date): readonly number[] {
  const year = today.getFullYear();
  return [year, year - 1];
}

/** Replaces `{{year}}` with `year` and `{{nextYear}}` with the year after. */
export function fillYearPlaceholders(text: string, year: number): string {
  if (!text.includes('{{')) return text;
  return text.split(TEMPLATE_PLACEHOLDERS.year).join(String(year)).split(TEMPLATE_PLACEHOLDERS.nextYear).join(String(year + 1));
}
