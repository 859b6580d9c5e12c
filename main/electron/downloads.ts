/**
 * Files the page hands over as downloads ("Xuất Word", "Xuất bản góp ý")
 * go through the native Save As dialog, titled in Vietnamese and filtered to
 * the file's kind, so the user chooses where the file goes.
 */
import type { DownloadItem, Session } from 'electron';

/** Save-dialog filters per file extension. */
const FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  docx: { name: 'Tài liệu Word (.docx)', extensions: ['docx'] },
  duthao: { name: 'Bản góp ý DuThao (.duthao)', extensions: ['duthao'] },
};

/** The Save As options for a downloaded file name. */
export function saveDialogOptionsFor(fileName: string): Electron.SaveDialogOptions {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const filter = FILTERS[ext];
  return {
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: fileName,
    filters: filter ? [filter, { name: 'Mọi tệp', extensions: ['*'] }] : [{ name: 'Mọi tệp', extensions: ['*'] }],
  };
}

/** Makes every download of `session` ask where to save, with our dialog options. */
export function installSaveDialogForDownloads(session: Pick<Session, 'on'>): void {
  session.on('will-download', (_event: Electron.Event, item: DownloadItem) => {
    item.setSaveDialogOptions(saveDialogOptionsFor(item.getFilename()));
  });
}
