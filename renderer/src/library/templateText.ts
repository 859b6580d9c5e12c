/**
 * Template titles and descriptions as the "Dự thảo mới" dialog shows them:
 * the `{{year}}` / `{{nextYear}}` placeholders read as this year and the next.
 */
import { TEMPLATE_PLACEHOLDERS } from '../../../common/document/template';

/** Replaces the template placeholders with the years they stand for today. */
export function fillTemplatePlaceholders(text: string, now: Date = new Date()): string {
  const year = now.getFullYear();
  return text.split(TEMPLATE_PLACEHOLDERS.year).join(String(year)).split(TEMPLATE_PLACEHOLDERS.nextYear).join(String(year + 1));
}
