/**
 * Serves an app over HTTP on Node and stops it cleanly: `close()` stops taking connections, closes
 * idle keep-alive ones, and resolves once the requests in flight are done (a client that hangs up
 * does not stop its request's work), so the database can be closed after it.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { App } from './context.js';

export interface Served {
  close(): Promise<void>;
}

/**
 * The line to print when the socket cannot be opened (port taken, no permission, unknown
 * address), or null for another error. Like a configuration error: what, and how to fix it.
 */
export function listenProblem(e: unknown, listen: { port: number; hostname: string }): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  const at = `${listen.hostname}:${listen.port}`;
  if (code === 'EADDRINUSE')
    return `port ${listen.port} is already in use (on ${listen.hostname}): stop what uses it, or choose another port with PORT=<number> (PORT=0 takes any free port).`;
  if (code === 'EACCES')
    return `no permission to listen on ${at}: ports below 1024 need extra rights; choose another port with PORT=<number>, e.g. PORT=8080.`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `cannot listen on ${at}: HOST="${listen.hostname}" is not an address of this machine; use e.g. HOST=127.0.0.1 or HOST=0.0.0.0.`;
  return null;
}

/**
 * Node's request and header timeouts for `requestTimeoutMs` (config REQUEST_TIMEOUT_MS): a client
 * that sends its request too slowly (a Content-Length it never fills) gets 408 and is
 * disconnected, instead of holding a connection and a request open. Node checks every
 * `connectionsCheckingInterval` (30 s by default: far too coarse), so that is a fraction of it.
 */
export const timeoutOptions = (requestTimeoutMs: number) => ({
  requestTimeout: requestTimeoutMs,
  headersTimeout: Math.min(requestTimeoutMs, 10_000),
  connectionsCheckingInterval: Math.min(1000, Math.ceil(requestTimeoutMs / 4)),
});

/**
 * `onError` gets an error of the listening socket (e.g. `EADDRINUSE`); without it such an error is
 * thrown as Node does by default. `requestTimeoutMs`: see {@link timeoutOptions}.
 */
export function serveApp(
  app: App,
  listen: { port: number; hostname: string },
  onListening: (info: AddressInfo) => void,
  onError?: (e: Error) => void,
  requestTimeoutMs = 30_000,
): Served {
  let inflight = 0;
  const fetch = async (req: Request, env: unknown): Promise<Response> => {
    inflight++;
    try {
      return await app.fetch(req, env as never);
    } finally {
      inflight--;
    }
  };
  const server = serve({ fetch, ...listen, serverOptions: timeoutOptions(requestTimeoutMs) }, onListening) as Server;
  if (onError) server.on('error', onError);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(async () => {
          while (inflight > 0) await new Promise((r) => setTimeout(r, 20));
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
