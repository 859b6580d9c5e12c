/**
 * Hands an exported file to the user: a Blob behind an `<a download>`.
 * The web host's browser downloads it; Electron shows its save dialog
 * (default download handling, no `will-download` handler in main).
 */
import type { ExportedFile } from '../../../../common/api/contract';

/** The MIME type of a Word document. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Decodes base64 (as the API sends file bytes) to bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The MIME type of a file by its name: a .zip (export all), else a Word document. */
function mimeOf(fileName: string): string {
  return /\.zip$/i.test(fileName) ? 'application/zip' : DOCX_MIME;
}

/** Starts the download of `file` under its suggested name. */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  const blob = new Blob([base64ToBytes(file.file)], { type: mimeOf(file.fileName) });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  link.setAttribute('data-testid', 'export-download-link');
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
