/**
 * The local web host: serves the built renderer and the API contract over
 * HTTP on 127.0.0.1 only, on a free port, behind a per-launch token. It lets
 * the whole app run in a browser where Electron cannot, with the same
 * service code answering as over IPC.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX } from '../../common/api/http';
import type { Dispatch } from '../api/dispatch';
import { handleApiRequest } from './api-route';
import { rejectReason } from './request-guard';
import { applySecurityHeaders } from './security-headers';
import { sendApiError, sendText } from './send';
import { handleStaticRequest } from './static-route';
import { newToken } from './token';

/** The address the web host binds: loopback only, never the network. */
export const WEB_HOST_ADDRESS = '127.0.0.1';

/** How to start a web host. */
export interface WebHostOptions {
  /** Answers API calls (the same dispatch Electron IPC uses). */
  readonly dispatch: Dispatch;
  /** The built renderer (`dist/renderer`). */
  readonly staticDir: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The secret; a fresh random one by default. */
  readonly token?: string;
  /** Largest request body; defaults to `MAX_REQUEST_BYTES`. */
  readonly maxRequestBytes?: number;
  /** Sees unexpected failures, for logging. */
  readonly onError?: (err: unknown) => void;
}

/** A running web host. */
export interface WebHost {
  /** Base URL, e.g. `http://127.0.0.1:43123/` (without the token). */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Starts the web host; resolves once it listens. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const onError = options.onError ?? (() => {});
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const isApi = url.pathname.startsWith(API_PATH_PREFIX);
    const refused = rejectReason(req, port);
    if (refused !== null) {
      req.resume();
      if (isApi) sendApiError(res, 'UNAUTHORIZED', 'Yêu cầu bị từ chối.', refused, 403);
      else sendText(res, 403, 'Yêu cầu bị từ chối.');
      return;
    }
    if (isApi) {
      await handleApiRequest(req, res, url.pathname.slice(API_PATH_PREFIX.length), {
        dispatch: options.dispatch,
        token,
        ...(options.maxRequestBytes !== undefined ? { maxBytes: options.maxRequestBytes } : {}),
      });
      return;
    }
    await handleStaticRequest(req, res, url.pathname, options.staticDir);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      onError(err);
      if (!res.headersSent) sendApiError(res, 'INTERNAL', 'Đã xảy ra lỗi không mong muốn.', String(err));
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, WEB_HOST_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${WEB_HOST_ADDRESS}:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
