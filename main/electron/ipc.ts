/**
 * Registers one `ipcMain.handle` per contract method. Each handler checks
 * that the call comes from the main frame of our window on the app's page,
 * then hands the raw arguments to the dispatcher, which validates them.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHOD_NAMES } from '../../common/api/contract';
import { ipcChannel } from '../../common/api/bridge';
import type { ApiResult } from '../../common/api/errors';
import type { Dispatch } from '../api/dispatch';

/** Decides whether an IPC event comes from a frame we trust. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The result a call from an untrusted frame gets. */
export const UNAUTHORIZED_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên đã bị từ chối.', detail: 'IPC sender is not the main frame of the app window' },
};

/** Adds the handlers; returns a function that removes them again. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, isTrusted: SenderCheck): () => void {
  for (const method of API_METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), (event, args: unknown) => (isTrusted(event) ? dispatch(method, args) : UNAUTHORIZED_SENDER));
  }
  return () => {
    for (const method of API_METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}
