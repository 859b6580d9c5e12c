/**
 * Small helpers over the suggestion marks of an editor schema: which marks
 * are suggestions, their attrs as a typed record, and who and when.
 */
import type { Mark, MarkType, Schema } from '@tiptap/pm/model';
import { SUGGESTION_MARK_NAMES } from '../../../../common/document/schema';

/** Who made a suggestion and when (ISO 8601 UTC). */
export interface SuggestionStamp {
  readonly author: string;
  readonly date: string;
}

/** The three suggestion mark types of a schema. */
export interface SuggestionMarkTypes {
  readonly insertion: MarkType;
  readonly deletion: MarkType;
  readonly modification: MarkType;
}

/** The suggestion mark types of `schema` (the DuThao schema always has them). */
export function suggestionMarkTypes(schema: Schema): SuggestionMarkTypes {
  const { insertion, deletion, modification } = schema.marks;
  if (!insertion || !deletion || !modification) throw new Error('The schema lacks the suggestion marks');
  return { insertion, deletion, modification };
}

/** Whether `mark` is one of the three suggestion marks. */
export function isSuggestionMark(mark: Mark): boolean {
  return SUGGESTION_MARK_NAMES.includes(mark.type.name);
}

/** The id of a suggestion mark. */
export function suggestionIdOf(mark: Mark): string {
  return String(mark.attrs.id ?? '');
}

/** The current time as the ISO 8601 UTC string of a suggestion (seconds, no milliseconds). */
export function suggestionDate(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}
