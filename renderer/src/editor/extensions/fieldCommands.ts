/**
 * Commands that change the fields of the header, the document title and the
 * closing (the only way those change). Text is stored in NFC. Each call is
 * one undo step unless `history: false` (used while a field is being typed,
 * the final value then being committed once).
 */
import { Extension } from '@tiptap/core';
import type { HeaderAttrs, DocumentTitleAttrs, ClosingAttrs } from '../../../../common/document/schema';
import { toNfc } from '../../../../common/text/normalize';
import { FIELD_EDIT_META } from '../plugins/structureGuard';
import { PART_INDEX, partPos } from '../structure';

/** Options of a field change. */
export interface FieldEditOptions {
  /** Record the change in the undo history (default true). */
  readonly history?: boolean;
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return toNfc(value);
  if (Array.isArray(value)) return value.map(normalise);
  return value;
}

function fieldsCommand(index: number, fields: Record<string, unknown>, options: FieldEditOptions | undefined) {
  return ({ tr, dispatch }: { tr: import('@tiptap/pm/state').Transaction; dispatch?: unknown }): boolean => {
    const node = tr.doc.child(index);
    const attrs: Record<string, unknown> = { ...node.attrs };
    let changed = false;
    for (const [k, v] of Object.entries(fields)) {
      if (!(k in attrs)) continue;
      const value = normalise(v);
      if (JSON.stringify(attrs[k]) === JSON.stringify(value)) continue;
      attrs[k] = value;
      changed = true;
    }
    if (!changed) return false;
    if (dispatch) {
      tr.setNodeMarkup(partPos(tr.doc, index), undefined, attrs);
      tr.setMeta(FIELD_EDIT_META, true);
      if (options?.history === false) tr.setMeta('addToHistory', false);
    }
    return true;
  };
}

/** The field commands extension. */
export const FieldCommands = Extension.create({
  name: 'fieldCommands',
  addCommands() {
    return {
      setHeaderFields: (fields, options) => fieldsCommand(PART_INDEX.header, fields as Record<string, unknown>, options),
      setDocumentTitleFields: (fields, options) => fieldsCommand(PART_INDEX.documentTitle, fields as Record<string, unknown>, options),
      setClosingFields: (fields, options) => fieldsCommand(PART_INDEX.closing, fields as Record<string, unknown>, options),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    fieldCommands: {
      /** Changes header fields (profile, bodies, number, codes, place, date, marks, numbering style). */
      setHeaderFields: (fields: Partial<HeaderAttrs>, options?: FieldEditOptions) => ReturnType;
      /** Changes the type name and/or subject. */
      setDocumentTitleFields: (fields: Partial<DocumentTitleAttrs>, options?: FieldEditOptions) => ReturnType;
      /** Changes the authority, signer title/name or recipients. */
      setClosingFields: (fields: Partial<ClosingAttrs>, options?: FieldEditOptions) => ReturnType;
    };
  }
}
