/**
 * Serves an app over HTTP on Node and stops it cleanly: `close()` stops taking connections, closes
 * idle keep-alive ones, and resolves once the requests in flight are done (a client that hangs up
 * does not stop its request's work), so the database can be closed after it.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { App } from './app.js';

export interface Served {
  close(): Promise<void>;
}

export function serveApp(
  app: App,
  listen: { port: number; hostname: string },
  onListening: (info: AddressInfo) => void,
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
  const server = serve({ fetch, ...listen }, onListening) as Server;
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
