/**
 * Transport over the Electron preload bridge (`window.duthao`).
 */
import type { DuThaoBridge } from '../../../../common/api/bridge';
import type { ApiMethod } from '../../../../common/api/contract';
import type { Transport } from './transport';

/** Returns the preload bridge when the page runs inside the desktop app, else null. */
export function findBridge(): DuThaoBridge | null {
  const candidate = (globalThis as { duthao?: DuThaoBridge }).duthao;
  return candidate && typeof candidate.getAppInfo === 'function' ? candidate : null;
}

/** A transport that calls the bridge's function of the same name. */
export function bridgeTransport(bridge: DuThaoBridge): Transport {
  const send = (method: ApiMethod, args: unknown): Promise<unknown> => bridge[method](args);
  return send as Transport;
}
