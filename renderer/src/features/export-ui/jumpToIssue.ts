/**
 * Takes the user to where a format issue is: the header, title and closing
 * fields are native inputs drawn by the editor's node views (found by their
 * `dt-…` classes) or, for codes without an input on the page, fields of the
 * "Thông tin văn bản" inspector; body issues select their block.
 */
import { Selection } from '@tiptap/pm/state';
import type { FormatTarget } from '../../../../common/format-check/types';
import { findEditor } from './findEditor';

/** The input on the page for each field, by part. */
export const FIELD_SELECTORS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  header: {
    superiorBody: '.dt-superior-body',
    issuingBody: '.dt-issuing-body',
    number: '.dt-number',
    place: '.dt-place',
    date: '.dt-date',
  },
  documentTitle: {
    documentType: '.dt-document-type',
    subject: '.dt-subject',
  },
  closing: {
    authority: '.dt-authority',
    signerTitle: '.dt-signer-title',
    signerName: '.dt-signer-name',
    recipients: '.dt-recipient-input',
  },
};

/** Header fields edited only in the inspector, by the label it shows. */
export const INSPECTOR_LABELS: Readonly<Record<string, string>> = {
  typeCode: 'Loại văn bản (ký hiệu)',
  bodyCode: 'Ký hiệu cơ quan',
};

/** The DOM of each part, for issues without a field input. */
const PART_SELECTORS: Readonly<Record<FormatTarget['part'], string>> = {
  header: '.dt-header',
  documentTitle: '.dt-document-title, .dt-document-type',
  body: '.dt-body',
  closing: '.dt-closing, .dt-signer-name',
};

const BODY_INDEX = 2;

function focusField(el: HTMLElement): void {
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    // Caret at the end, ready to type.
    try {
      el.setSelectionRange(el.value.length, el.value.length);
    } catch {
      // Some input types (date) have no text selection.
    }
  }
}

function inspectorField(root: ParentNode, label: string): HTMLElement | null {
  for (const field of root.querySelectorAll<HTMLElement>('.dt-inspector-field')) {
    if (field.querySelector('span')?.textContent?.trim() === label) return field.querySelector<HTMLElement>('input, select, textarea');
  }
  return null;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function jumpToInspector(root: ParentNode, label: string): Promise<boolean> {
  let input = inspectorField(root, label);
  if (!input) {
    root.querySelector<HTMLElement>('.dt-inspector-toggle')?.click();
    // React renders the opened inspector on the next task.
    for (let i = 0; i < 5 && !input; i++) {
      await nextFrame();
      input = inspectorField(root, label);
    }
  }
  if (!input) return false;
  focusField(input);
  return true;
}

/** Selects the start of the body node at `path` (child indexes) and scrolls to it. */
export function jumpToBodyPath(root: ParentNode, path: readonly number[]): boolean {
  const editor = findEditor(root);
  if (!editor) return false;
  const doc = editor.state.doc;
  if (doc.childCount <= BODY_INDEX) return false;
  let pos = 0;
  for (let i = 0; i < BODY_INDEX; i++) pos += doc.child(i).nodeSize;
  let node = doc.child(BODY_INDEX);
  let start = pos;
  for (const index of path) {
    if (index < 0 || index >= node.childCount) break;
    let inner = start + 1;
    for (let i = 0; i < index; i++) inner += node.child(i).nodeSize;
    start = inner;
    node = node.child(index);
  }
  const selection = Selection.near(doc.resolve(Math.min(start + 1, doc.content.size)));
  editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  const dom = editor.view.nodeDOM(start);
  if (dom instanceof HTMLElement) dom.scrollIntoView?.({ block: 'center' });
  editor.view.focus();
  return true;
}

/** Moves the focus to the issue's place; resolves false when nothing on the page matches. */
export async function jumpToIssue(target: FormatTarget, root: ParentNode = document): Promise<boolean> {
  if (target.part === 'body') return jumpToBodyPath(root, target.path ?? []);
  const field = target.field ?? '';
  const selector = FIELD_SELECTORS[target.part]?.[field];
  if (selector) {
    const all = root.querySelectorAll<HTMLElement>(selector);
    const index = target.part === 'closing' && field === 'recipients' ? Math.min(target.path?.[0] ?? 0, all.length - 1) : 0;
    const el = all[Math.max(0, index)];
    if (el) {
      focusField(el);
      return true;
    }
  }
  const label = target.part === 'header' ? INSPECTOR_LABELS[field] : undefined;
  if (label && (await jumpToInspector(root, label))) return true;
  const part = root.querySelector<HTMLElement>(PART_SELECTORS[target.part]);
  if (!part) return false;
  part.scrollIntoView?.({ block: 'center' });
  return true;
}
