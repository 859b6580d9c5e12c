/**
 * Tệp → In… (Ctrl+P) and Tệp → Xuất PDF… in the desktop app. The page's
 * print CSS makes the printed page the A4 sheet alone (no toolbar, panels or
 * status bar). A PDF is either that page (`webContents.printToPDF`), or —
 * where LibreOffice is installed and a draft is open — the exported .docx
 * converted by LibreOffice (what Word would print). The user is told which.
 */
import type { BrowserWindow, MessageBoxOptions, SaveDialogOptions } from 'electron';
import type { Logger } from '../logging/log-format';
import { errorFields } from '../logging/log-format';

/** The two kinds of PDF. */
export type PdfKind = 'page' | 'word';

/** Vietnamese names of the kinds, as the user reads them. */
export const PDF_KIND_LABELS: Readonly<Record<PdfKind, string>> = {
  page: 'PDF như trang in của DuThao',
  word: 'PDF từ tệp Word (LibreOffice) — giống bản in của Word',
};

/** Asked when both kinds are possible. */
export const PDF_KIND_QUESTION: MessageBoxOptions = {
  type: 'question',
  title: 'Xuất PDF',
  message: 'Xuất PDF theo cách nào?',
  detail:
    '“Như trang in của DuThao”: đúng trang A4 đang thấy trên màn hình.\n“Từ tệp Word”: DuThao xuất tệp Word rồi nhờ LibreOffice chuyển sang PDF — giống hệt khi in tệp Word.',
  buttons: [PDF_KIND_LABELS.page, PDF_KIND_LABELS.word, 'Hủy'],
  defaultId: 1,
  cancelId: 2,
  noLink: true,
};

/** printToPDF options: A4 as the page's @page rule says, with backgrounds. */
export const PRINT_TO_PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/** The draft id shown in a page URL (`…#/draft/<id>`), or null. */
export function draftIdOfUrl(url: string): string | null {
  const m = /#\/draft\/([A-Za-z0-9_-]+)$/.exec(url);
  return m ? m[1]! : null;
}

/** What `exportPdf` needs. */
export interface PdfDeps {
  readonly win: BrowserWindow;
  readonly ask: (options: MessageBoxOptions) => Promise<number>;
  readonly chooseFile: (options: SaveDialogOptions) => Promise<string | null>;
  readonly tell: (options: MessageBoxOptions) => Promise<unknown>;
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  /** LibreOffice's soffice, or null when not installed. */
  readonly soffice: string | null;
  /** The draft's official .docx (name and bytes). */
  readonly exportDocx: (draftId: string) => Promise<{ fileName: string; bytes: Uint8Array }>;
  readonly convert: (soffice: string, docx: Uint8Array) => Promise<Uint8Array>;
  readonly log: Logger;
}

/** Sends the page to the printer dialog. */
export function printPage(win: BrowserWindow, log: Logger): void {
  win.webContents.print({ printBackground: true }, (ok, reason) => {
    if (!ok && reason !== 'cancelled') log.warn('print.failed', { reason });
  });
}

/** Xuất PDF…: picks the kind, asks where, writes the PDF, says which kind it is. Resolves to the kind written, or null. */
export async function exportPdf(deps: PdfDeps): Promise<PdfKind | null> {
  const draftId = draftIdOfUrl(deps.win.webContents.getURL());
  let kind: PdfKind = 'page';
  if (deps.soffice && draftId) {
    const answer = await deps.ask(PDF_KIND_QUESTION);
    if (answer === 2) return null;
    kind = answer === 1 ? 'word' : 'page';
  }
  const docx = kind === 'word' && draftId ? await deps.exportDocx(draftId) : null;
  const suggested = docx ? docx.fileName.replace(/\.docx$/i, '.pdf') : 'DuThao.pdf';
  const path = await deps.chooseFile({ title: 'Xuất PDF', defaultPath: suggested, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (!path) return null;
  try {
    const bytes = docx && deps.soffice ? await deps.convert(deps.soffice, docx.bytes) : await deps.win.webContents.printToPDF(PRINT_TO_PDF_OPTIONS);
    deps.writeFile(path, bytes);
    deps.log.info('pdf.exported', { kind, bytes: bytes.byteLength });
  } catch (err) {
    deps.log.error('pdf.failed', { kind, ...errorFields(err) });
    await deps.tell({ type: 'error', title: 'Xuất PDF', message: 'Không xuất được PDF.', detail: err instanceof Error ? err.message : String(err), buttons: ['Đóng'] });
    return null;
  }
  const why = deps.soffice ? '' : '\n\nMáy này chưa cài LibreOffice nên DuThao tạo PDF từ trang in của mình; cài LibreOffice để có thêm PDF giống hệt bản in của tệp Word.';
  await deps.tell({ type: 'info', title: 'Xuất PDF', message: `Đã xuất ${PDF_KIND_LABELS[kind]}.`, detail: `${path}${why}`, buttons: ['Đóng'] });
  return kind;
}
