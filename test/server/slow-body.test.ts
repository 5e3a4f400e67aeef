/**
 * A slow request body is not held open (issue 12): a client that announces Content-Length 1000
 * and sends 6 bytes gets 408 within the configured REQUEST_TIMEOUT_MS (plus Node's check
 * interval), over a real socket.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { loadConfig } from '../../server/config.js';
import { serveApp } from '../../server/serve.js';
import { setup } from './helpers.js';

describe('request timeout', () => {
  it('Content-Length 1000 with 6 bytes sent: 408 within the timeout', async (t) => {
    const timeout = loadConfig({ REQUEST_TIMEOUT_MS: '1000' }).requestTimeoutMs;
    assert.equal(timeout, 1000);
    const s = await setup('sqlite');
    t.after(() => s.close());
    const port = await new Promise<number>((resolve) => {
      const served = serveApp(
        s.app,
        { port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => resolve(info.port),
        undefined,
        timeout,
      );
      t.after(() => served.close());
    });
    const sock = connect(port, '127.0.0.1');
    t.after(() => sock.destroy());
    await new Promise<void>((r) => sock.once('connect', () => r()));
    const started = Date.now();
    sock.write(
      'POST /v1/ideas HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Idempotency-Key: 0b6f1c2e-8a7d-4c3b-9e2f-1a2b3c4d5e6f\r\nContent-Length: 1000\r\n\r\n{"a":1`,
    );
    const answer = await new Promise<string>((resolve) => {
      let got = '';
      sock.on('data', (d: Buffer) => (got += d.toString()));
      sock.on('close', () => resolve(got));
    });
    const took = Date.now() - started;
    assert.match(answer, /^HTTP\/1\.1 408 /);
    // Node checks every min(1 s, timeout / 4): the answer comes after the timeout, at most one check later.
    assert.ok(took >= timeout - 50 && took < timeout + 1000, `408 after ${took} ms`);
  });
});
