/**
 * Start-up choice of transport: the preload bridge inside the desktop app,
 * else HTTP to the local web host.
 */
import type { DuThaoBridge } from '../../../common/api/bridge';
import { bridgeTransport, findBridge } from './bridgeTransport';
import { httpTransport } from './httpTransport';
import { takeToken } from './token';
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
  return { transport: httpTransport(takeToken()), bridge: null };
}
