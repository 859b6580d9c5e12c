/** Tiny DOM builders for the node views (no framework: inputs stay native for IME). */

/** Creates an element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Creates a text input with a Vietnamese label (aria) and placeholder. */
export function textInput(doc: Document, className: string, label: string, placeholder = ''): HTMLInputElement {
  const input = el(doc, 'input', `dt-field ${className}`);
  input.type = 'text';
  input.setAttribute('aria-label', label);
  input.placeholder = placeholder;
  input.spellcheck = false;
  input.lang = 'vi';
  return input;
}

/** Creates an auto-growing textarea. */
export function textArea(doc: Document, className: string, label: string, placeholder = ''): HTMLTextAreaElement {
  const area = el(doc, 'textarea', `dt-field ${className}`);
  area.rows = 1;
  area.setAttribute('aria-label', label);
  area.placeholder = placeholder;
  area.spellcheck = false;
  area.lang = 'vi';
  return area;
}

/**
 * Sets a textarea's rows to its line count; CSS `field-sizing: content`
 * grows it for wrapped lines. (Never reads layout: on a long draft a forced
 * layout here would cost as much as rendering the whole document.)
 */
export function fitRows(area: HTMLTextAreaElement): void {
  const rows = Math.max(1, area.value.split('\n').length);
  if (area.rows !== rows) area.rows = rows;
}
