/**
 * Template titles and descriptions as the "Dự thảo mới" dialog shows them:
 * the `{{year}}` / `{{nextYear}}` placeholders read as this year and the next.
 */
import { fillYearPlaceholders } from '../../../../common/document/report-year';

/** Replaces the template placeholders with the years they stand for: `year` (default: this year) and the next. */
export function fillTemplatePlaceholders(text: string, now: Date = new Date(), year: number = now.getFullYear()): string {
  return fillYearPlaceholders(text, year);
}
