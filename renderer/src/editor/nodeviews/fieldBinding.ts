/**
 * Binds a native input of a node view to one field (attr) of a structural
 * part. While the drafter types, the field is written without an undo step
 * (so autosave sees it at once); when the input loses focus or the value is
 * committed, the whole edit becomes one undo step. IME composition is left
 * alone until it ends.
 */
import type { Editor } from '@tiptap/core';
import type { StructuralPart } from '../structure';
import { PART_INDEX } from '../structure';

/** The editable elements a field can use. */
export type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** How one field reads and writes its value. */
export interface FieldSpec {
  readonly part: StructuralPart;
  /** The field's text as the input shows it. */
  read(attrs: Record<string, unknown>): string;
  /** The attrs to write for a text typed in the input. */
  write(value: string, attrs: Record<string, unknown>): Record<string, unknown>;
}

/** Writes attrs of a structural part through the field commands. */
export function writeFields(editor: Editor, part: StructuralPart, fields: Record<string, unknown>, history: boolean): void {
  const options = { history };
  if (part === 'header') editor.commands.setHeaderFields(fields, options);
  else if (part === 'documentTitle') editor.commands.setDocumentTitleFields(fields, options);
  else editor.commands.setClosingFields(fields, options);
}

/** The current attrs of a structural part. */
export function partAttrs(editor: Editor, part: StructuralPart): Record<string, unknown> {
  return editor.state.doc.child(PART_INDEX[part]).attrs;
}

/** A live binding; `refresh` copies the stored value into the input unless it is being edited. */
export interface FieldBinding {
  readonly element: FieldElement;
  refresh(attrs: Record<string, unknown>): void;
}

/** Connects an element to a field. */
export function bindField(editor: Editor, element: FieldElement, spec: FieldSpec, onChange?: () => void): FieldBinding {
  let original: Record<string, unknown> | null = null;
  let composing = false;

  const live = (): void => {
    const attrs = partAttrs(editor, spec.part);
    original ??= pick(attrs, spec.write(element.value, attrs));
    writeFields(editor, spec.part, spec.write(element.value, attrs), false);
    onChange?.();
  };
  const commit = (): void => {
    if (!original) return;
    const attrs = partAttrs(editor, spec.part);
    const final = spec.write(element.value, attrs);
    const before = original;
    original = null;
    if (JSON.stringify(final) === JSON.stringify(before)) return;
    // Put the value back as it was (outside history), then write the final value as one undo step.
    writeFields(editor, spec.part, before, false);
    writeFields(editor, spec.part, final, true);
    onChange?.();
  };

  element.addEventListener('compositionstart', () => (composing = true));
  element.addEventListener('compositionend', () => {
    composing = false;
    live();
  });
  element.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    live();
  });
  element.addEventListener('change', commit);
  element.addEventListener('blur', commit);
  element.addEventListener('keydown', (event: Event) => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.key === 'Enter' && !(element instanceof HTMLTextAreaElement)) {
      commit();
      (event.target as HTMLElement).blur();
      editor.commands.focus();
    }
  });

  return {
    element,
    refresh(attrs) {
      if (element.ownerDocument.activeElement === element) return;
      const value = spec.read(attrs);
      if (element.value !== value) element.value = value;
    },
  };
}

function pick(attrs: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(like)) out[k] = attrs[k];
  return out;
}

/** A field that is one string attr. */
export function stringField(part: StructuralPart, key: string, transform: (v: string) => string = (v) => v): FieldSpec {
  return {
    part,
    read: (attrs) => String(attrs[key] ?? ''),
    write: (value) => ({ [key]: transform(value) }),
  };
}
