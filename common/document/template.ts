/**
 * The template file format (`templates/*.json`): metadata plus a document
 * JSON of the schema. Placeholders `{{year}}` and `{{nextYear}}` in any text
 * or string attribute are replaced when a draft is created from it.
 */
import { z } from 'zod';
import type { DocJSON, ProfileId } from './types';

/** Shape of a template file, checked on load (the document is then checked against the schema). */
export const templateFileSchema = z.object({
  /** File format version. */
  format: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Vietnamese title shown in the "new draft" dialog. */
  title: z.string().min(1),
  profile: z.enum(['dang', 'nha-nuoc']),
  description: z.string().default(''),
  /** Title given to a new draft, with placeholders. */
  draftTitle: z.string().min(1),
  doc: z.object({ type: z.literal('doc') }).passthrough(),
});

/** A parsed template file. */
export interface TemplateFile {
  readonly format: 1;
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly description: string;
  readonly draftTitle: string;
  readonly doc: DocJSON;
}

/** Placeholders a template may contain. */
export const TEMPLATE_PLACEHOLDERS = { year: '{{year}}', nextYear: '{{nextYear}}' } as const;
