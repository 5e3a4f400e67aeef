// A local SMTP server that keeps every message it receives as JSON, parsed with mailparser: the demo's
// mail sink (scripts/start.mjs, read at /demo/mail) and the browser tests' (scripts/test.mjs, read by
// the `civic-mail` command of web-test-runner.config.mjs). Loopback only, no TLS, no sign-in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Starts the sink on a free loopback port; each message goes to `dir`/<id>.json (0600) as
 * {id, receivedAt, from, to, subject, text, html, messageId}. Resolves with its port and how to close it.
 */
export async function startMailSink(dir) {
  const { SMTPServer } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let n = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, cb) {
      simpleParser(stream).then(
        (m) => {
          const id = `${Date.now()}-${(n++).toString().padStart(4, '0')}`;
          const mail = {
            id,
            receivedAt: new Date().toISOString(),
            from: m.from?.text ?? session.envelope.mailFrom?.address ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: m.subject ?? '',
            text: m.text ?? '',
            html: typeof m.html === 'string' ? m.html : '',
            messageId: m.messageId ?? '',
          };
          writeFileSync(join(dir, `${id}.json`), JSON.stringify(mail, null, 2), { mode: 0o600 });
          cb();
        },
        (e) => cb(e),
      );
    },
  });
  sink.on('error', (e) => console.error('mail sink:', e.message));
  await new Promise((r) => sink.listen(0, '127.0.0.1', r));
  return { port: sink.server.address().port, close: () => new Promise((r) => sink.close(r)) };
}
