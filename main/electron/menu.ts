/**
 * The Vietnamese application menu, built as a plain template so it can be
 * checked without Electron. Items that concern the document send a
 * `MenuCommand` to the page; clipboard and window items use Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../common/api/bridge';

/** What the menu needs from the running app. */
export interface MenuActions {
  /** Sends a command to the focused window's page. */
  readonly send: (command: MenuCommand) => void;
  /** Quits through the normal close path (the page saves first). */
  readonly quit: () => void;
  /** Shows the "about" box. */
  readonly about: () => void;
  /** Prints the page (the A4 sheet only, by the print CSS). */
  readonly print: () => void;
  /** Nhập từ Word…: asks for a .docx and opens it as a file opened with DuThao (the Word import). */
  readonly importWord: () => void;
  /** Xuất PDF…: the printed page, or the Word file through LibreOffice. */
  readonly exportPdf: () => void;
  /** Opens the data folder (database, logs, crash reports) in the file manager. */
  readonly openDataFolder: () => void;
}

/** Facts that change the menu. */
export interface MenuContext {
  /** Dev tools are offered only when not packaged. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

/** Builds the menu template. */
export function buildMenuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(cmd),
    ...extra,
  });

  const file: MenuItemConstructorOptions = {
    label: 'Tệp',
    submenu: [
      command('Dự thảo mới', 'newDraft', 'CmdOrCtrl+N'),
      command('Thư viện dự thảo', 'openLibrary', 'CmdOrCtrl+O'),
      { label: 'Nhập từ Word…', click: () => actions.importWord() },
      { type: 'separator' },
      command('Lưu ngay', 'saveNow', 'CmdOrCtrl+S'),
      command('Xuất Word…', 'exportDocx', 'CmdOrCtrl+E'),
      { label: 'Xuất PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportPdf() },
      { label: 'In…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      { type: 'separator' },
      { label: 'Thoát', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Sửa',
    submenu: [
      // The keys themselves go to the page (the editor keeps its own history);
      // the menu shows them and, when clicked, sends the command.
      command('Hoàn tác', 'undo', 'CmdOrCtrl+Z', { registerAccelerator: false }),
      command('Làm lại', 'redo', 'CmdOrCtrl+Y', { registerAccelerator: false }),
      { type: 'separator' },
      { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      command('Tìm', 'find', 'CmdOrCtrl+F'),
      command('Thay thế', 'replace', 'CmdOrCtrl+H'),
    ],
  };

  const viewItems: MenuItemConstructorOptions[] = [
    // Zoom scales the page sheet only (the editor's zoom), not the whole window.
    command('Phóng to', 'zoomIn', 'CmdOrCtrl+='),
    command('Thu nhỏ', 'zoomOut', 'CmdOrCtrl+-'),
    command('Cỡ thật', 'resetZoom', 'CmdOrCtrl+0'),
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen', accelerator: context.platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11' },
  ];
  if (!context.isPackaged) {
    viewItems.push({ type: 'separator' }, { label: 'Công cụ nhà phát triển', role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' });
  }
  const view: MenuItemConstructorOptions = { label: 'Xem', submenu: viewItems };

  const help: MenuItemConstructorOptions = {
    label: 'Trợ giúp',
    submenu: [
      { label: 'Mở thư mục dữ liệu và nhật ký', click: () => actions.openDataFolder() },
      { type: 'separator' },
      { label: 'Giới thiệu DuThao', click: () => actions.about() },
    ],
  };

  const template = [file, edit, view, help];
  if (context.platform === 'darwin') {
    template.unshift({
      label: 'DuThao',
      submenu: [
        { label: 'Giới thiệu DuThao', click: () => actions.about() },
        { type: 'separator' },
        { label: 'Ẩn DuThao', role: 'hide' },
        { label: 'Thoát DuThao', click: () => actions.quit() },
      ],
    });
  }
  return template;
}
