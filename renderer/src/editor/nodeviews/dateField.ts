/**
 * The issue date in the header, typed in place as it prints:
 * "ngày [15] tháng [12] năm [2024]". Keyboard only: digits move on to the
 * next part when it is full, `/` `.` `-` or space move on too, ← → cross
 * between parts, ↑ ↓ step the part under the caret, a whole date typed or
 * pasted in one part (`15/12/2024`, `15122024`) fills all three. Day and
 * month may stay blank with a known year (a copy for signing). A calendar
 * button opens the native picker. Written like the other fields: at once
 * without an undo step, one undo step when the focus leaves the date.
 */
import type { Editor } from '@tiptap/core';
import { dateFromTyped, splitTypedDate, typedFromDate, type TypedDate } from '../../../../common/document/date-value';
import { el } from './dom';
import { partAttrs, writeFields, type FieldBinding } from './fieldBinding';

type Part = keyof TypedDate;
const PARTS: readonly Part[] = ['day', 'month', 'year'];
const MAX: Readonly<Record<Part, number>> = { day: 2, month: 2, year: 4 };
const LABEL: Readonly<Record<Part, string>> = { day: 'Ngày', month: 'Tháng', year: 'Năm' };
const RANGE: Readonly<Record<Part, [number, number]>> = { day: [1, 31], month: [1, 12], year: [1900, 2999] };

/** The date field: its element and its binding (refresh from the header's attrs). */
export interface DateField {
  readonly element: HTMLElement;
  readonly binding: FieldBinding;
}

/** Builds the date field of the header. */
export function createDateField(doc: Document, editor: Editor): DateField {
  const group = el(doc, 'span', 'dt-date-field');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Ngày ban hành (ngày/tháng/năm)');
  const inputs = {} as Record<Part, HTMLInputElement>;
  for (const part of PARTS) {
    const input = el(doc, 'input', `dt-field dt-date-part dt-date-${part}`);
    input.type = 'text';
    input.inputMode = 'numeric';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.maxLength = 10; // room for a whole date typed or pasted here; split on input
    input.size = MAX[part];
    input.placeholder = part === 'year' ? '….' : '..';
    input.setAttribute('aria-label', LABEL[part]);
    inputs[part] = input;
  }
  const picker = el(doc, 'input', 'dt-date-picker');
  picker.type = 'date';
  picker.tabIndex = -1;
  picker.setAttribute('aria-hidden', 'true');
  const pick = el(doc, 'button', 'dt-date-pick', '▾');
  pick.type = 'button';
  pick.tabIndex = -1;
  pick.title = 'Chọn ngày trên lịch';
  pick.setAttribute('aria-label', 'Chọn ngày trên lịch');
  group.append('ngày ', inputs.day, ' tháng ', inputs.month, ' năm ', inputs.year, pick, picker);

  let original: string | null = null;
  let lastShown = '';
  // Set when a full part moved the caret on by itself: the separator the drafter types next is then swallowed.
  let advanced = false;
  const typed = (): TypedDate => ({ day: inputs.day.value, month: inputs.month.value, year: inputs.year.value });
  const stored = (): string => String(partAttrs(editor, 'header').date ?? '');
  const show = (t: TypedDate): void => {
    for (const part of PARTS) if (inputs[part].value !== t[part]) inputs[part].value = t[part];
  };

  /** Writes what is typed when it is a valid date value; marks the field otherwise. */
  const live = (): void => {
    const value = dateFromTyped(typed());
    group.toggleAttribute('data-invalid', value === null);
    for (const part of PARTS) inputs[part].setAttribute('aria-invalid', value === null ? 'true' : 'false');
    if (value === null || value === stored()) return;
    original ??= stored();
    writeFields(editor, 'header', { date: value }, false);
  };
  const commit = (): void => {
    const before = original;
    original = null;
    if (before === null) return;
    // What is typed now is not a date: the date stays as it was before this edit (the typed text stays, marked).
    if (dateFromTyped(typed()) === null) {
      writeFields(editor, 'header', { date: before }, false);
      lastShown = before;
      return;
    }
    const final = stored();
    if (final === before) return;
    writeFields(editor, 'header', { date: before }, false);
    writeFields(editor, 'header', { date: final }, true);
  };
  const focusPart = (i: number, at: 'start' | 'end' | 'all'): void => {
    const input = inputs[PARTS[Math.max(0, Math.min(PARTS.length - 1, i))]!];
    input.focus();
    if (at === 'all') input.select();
    else {
      const pos = at === 'start' ? 0 : input.value.length;
      input.setSelectionRange(pos, pos);
    }
  };

  PARTS.forEach((part, i) => {
    const input = inputs[part];
    input.addEventListener('input', () => {
      const whole = splitTypedDate(input.value);
      if (whole && (input.value.length > MAX[part] || /[/.-]/.test(input.value))) {
        show(whole);
        live();
        focusPart(2, 'end');
        return;
      }
      const digits = input.value.replace(/\D/g, '').slice(0, MAX[part]);
      if (digits !== input.value) input.value = digits;
      live();
      // Full, or a first digit no two-digit day/month can start with: on to the next part.
      const full = digits.length === MAX[part] || (part === 'day' && /^[4-9]$/.test(digits)) || (part === 'month' && /^[2-9]$/.test(digits));
      if (full && i < PARTS.length - 1 && input.selectionStart === digits.length) {
        focusPart(i + 1, 'all');
        advanced = true;
      }
    });
    // Entering a part selects it, so typing replaces it (as in Word's date fields); the click's mouseup must not undo that.
    let justFocused = false;
    input.addEventListener('focus', () => {
      justFocused = true;
      input.select();
    });
    input.addEventListener('mouseup', (e) => {
      if (justFocused) e.preventDefault();
      justFocused = false;
    });
    input.addEventListener('keydown', (e) => {
      justFocused = false;
      const swallow = advanced;
      advanced = false;
      const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
      const atEnd = input.selectionStart === input.value.length;
      if (['/', '.', '-', ' '].includes(e.key)) {
        e.preventDefault();
        if (!swallow && i < PARTS.length - 1) focusPart(i + 1, 'all');
      } else if (e.key === 'ArrowLeft' && atStart && i > 0) {
        e.preventDefault();
        focusPart(i - 1, 'end');
      } else if (e.key === 'ArrowRight' && atEnd && i < PARTS.length - 1) {
        e.preventDefault();
        focusPart(i + 1, 'start');
      } else if (e.key === 'Backspace' && input.value === '' && i > 0) {
        e.preventDefault();
        focusPart(i - 1, 'end');
      } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault();
        const [lo, hi] = RANGE[part];
        const now = Number(input.value);
        const start = part === 'year' ? new Date().getFullYear() : lo;
        let next = input.value === '' ? start : now + (e.key === 'ArrowUp' ? 1 : -1);
        if (next > hi) next = lo;
        if (next < lo) next = hi;
        input.value = part === 'year' ? String(next) : String(next).padStart(2, '0');
        live();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        commit();
        editor.commands.focus();
      }
    });
  });
  group.addEventListener('focusout', (e) => {
    if (!group.contains((e as FocusEvent).relatedTarget as Node | null)) commit();
  });
  pick.addEventListener('click', () => {
    picker.value = /^\d{4}-\d{2}-\d{2}$/.test(stored()) ? stored() : '';
    (picker as HTMLInputElement & { showPicker?: () => void }).showPicker?.();
  });
  picker.addEventListener('change', () => {
    if (!picker.value) return;
    writeFields(editor, 'header', { date: picker.value }, true);
    show(typedFromDate(picker.value));
  });

  return {
    element: group,
    binding: {
      element: inputs.day,
      refresh(attrs) {
        const active = group.ownerDocument.activeElement;
        if (active && group.contains(active)) return;
        // A wrong date typed stays visible (marked) until it is fixed or the stored date changes.
        if (group.hasAttribute('data-invalid') && String(attrs.date ?? '') === lastShown) return;
        group.removeAttribute('data-invalid');
        for (const part of PARTS) inputs[part].setAttribute('aria-invalid', 'false');
        show(typedFromDate(String(attrs.date ?? '')));
        lastShown = String(attrs.date ?? '');
      },
    },
  };
}
