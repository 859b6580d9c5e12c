/**
 * Start-up choice of transport: the preload bridge inside the desktop app,
 * else HTTP to the local web host (whose token the tab picks up again from
 * the address bar when the host restarts).
 */
import type { DuThaoBridge } from '../../../../common/api/bridge';
import { bridgeTransport, findBridge } from './bridgeTransport';
import { httpTransport } from './httpTransport';
import { takeToken, watchAddressToken } from './token';
import { notifyConnectionRestored } from './connectionEvents';
import type { Transport } from './transport';

/** The chosen transport, and the bridge when there is one (for menu and close events). */
export interface TransportChoice {
  readonly transport: Transport;
  readonly bridge: DuThaoBridge | null;
}

/** Picks the transport for this page. */
export function pickTransport(): TransportChoice {
  const bridge = findBridge();
  if (bridge) return { transport: bridgeTransport(bridge), bridge };
  // The token can change while the tab lives: a restarted host prints a new address, opened in this same tab.
  let token = takeToken();
  watchAddressToken((next) => {
    token = next;
    notifyConnectionRestored();
  });
  return { transport: httpTransport(() => token), bridge: null };
}
