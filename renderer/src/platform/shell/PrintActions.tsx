/**
 * Printing and PDF in the browser (the web host); the desktop app has
 * Tệp → In… / Xuất PDF… instead. Two kinds of PDF, each button saying which:
 * “In / PDF trang in” opens the browser's print dialog (“Lưu dưới dạng PDF”)
 * on the A4 sheet (print.css); “PDF từ tệp Word” asks the services to convert
 * the exported .docx with LibreOffice (what Word would print), and says so
 * when LibreOffice is not installed there.
 */
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { base64ToBytes } from './downloadFile';

/** Props of `PrintActions`. */
export interface PrintActionsProps {
  readonly draftId: string;
  /** Shows a message to the user (the app's notice bar). */
  readonly notify: (message: string) => void;
  /** Opens the print dialog (tests pass a spy). */
  readonly print?: () => void;
}

/** Saves a PDF under its name through an `<a download>`. */
function downloadPdf(fileName: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The two print/PDF buttons of the header. */
export function PrintActions({ draftId, notify, print = () => window.print() }: PrintActionsProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const pdfFromWord = async (): Promise<void> => {
    setBusy(true);
    try {
      const file = await api.exportDraftPdf({ id: draftId, variant: 'final' });
      downloadPdf(file.fileName, file.file);
      notify(`Đã xuất PDF từ tệp Word (LibreOffice) — giống bản in của Word: ${file.fileName}`);
    } catch (err) {
      notify(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={print} data-testid="print-button" title="In, hoặc chọn “Lưu dưới dạng PDF” trong hộp thoại in: PDF đúng trang A4 đang soạn">
        In / PDF trang in
      </button>
      <button type="button" className="button button--quiet" onClick={() => void pdfFromWord()} disabled={busy} data-testid="pdf-from-word-button" title="PDF do LibreOffice tạo từ tệp Word xuất ra: giống hệt khi in tệp Word">
        {busy ? 'Đang tạo PDF…' : 'PDF từ tệp Word'}
      </button>
    </>
  );
}
