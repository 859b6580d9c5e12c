// "Xuất tất cả dự thảo" in the desktop app: the services get the native
// folder dialog (never a path from the page); choosing a folder gives its
// path, closing the dialog gives null.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../helpers/electron-fake')).createFakeElectron());

import { EXPORT_FOLDER_DIALOG } from '../../../main/electron/exportFolderDialog';
import { bootDesktopApp } from '../../helpers/electron-boot';
import { createFakeElectron } from '../../helpers/electron-fake';

type Chooser = () => Promise<string | null>;

describe('export-all folder dialog', () => {
  it('hands the services a chooser that shows the Vietnamese folder dialog over the window', async () => {
    const fake = createFakeElectron();
    const booted = await bootDesktopApp(fake);
    const options = booted.openServices.mock.calls[0]![0] as { chooseExportFolder?: Chooser };
    expect(options.chooseExportFolder).toBeTypeOf('function');

    fake.dialog.openPath = '/home/vp/Xuat';
    expect(await options.chooseExportFolder!()).toBe('/home/vp/Xuat');
    const shown = fake.dialog.openDialogs.at(-1) as unknown[];
    const dialogOptions = shown.at(-1) as typeof EXPORT_FOLDER_DIALOG;
    expect(dialogOptions.title).toBe('Chọn thư mục để xuất tất cả dự thảo');
    expect(dialogOptions.properties).toContain('openDirectory');
    expect(dialogOptions.properties).not.toContain('openFile');

    fake.dialog.openPath = null;
    expect(await options.chooseExportFolder!()).toBeNull();
  });
});
