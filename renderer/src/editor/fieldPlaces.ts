/**
 * Where each field of the header, title and closing is on the page: the
 * classes the part node views give their native inputs, and the parts'
 * own elements. Only the editor core reads these (through the editor
 * handle); features ask the handle to focus a field instead of knowing the
 * node views' markup.
 */

/** A part of the document a place can be in. */
export type DocumentPart = 'header' | 'documentTitle' | 'body' | 'closing';

/** The input on the page for each field, by part (classes set by the node views). */
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

/** The elements of each part, for places without a field input. */
export const PART_SELECTORS: Readonly<Record<DocumentPart, string>> = {
  header: '.dt-header',
  documentTitle: '.dt-document-title, .dt-document-type',
  body: '.dt-body',
  closing: '.dt-closing, .dt-signer-name',
};

/** The "Thông tin văn bản" inspector's input for a header attr (`data-field` on its label), or null for a name that is no attr. */
export function inspectorFieldSelector(field: string): string | null {
  if (!/^[A-Za-z]+$/.test(field)) return null;
  return `.dt-inspector-field[data-field="${field}"] input, .dt-inspector-field[data-field="${field}"] select, .dt-inspector-field[data-field="${field}"] textarea`;
}
