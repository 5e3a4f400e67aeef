// Test-only: the browser tests read the e-mails the reference server sent. scripts/test.mjs starts the
// server with e-mail on, into a local SMTP sink (scripts/mail-sink.mjs) that parses each message with
// mailparser and keeps it as JSON in CIVIC_TEST_MAIL_DIR. This web-test-runner plugin answers the
// `civic-mail` command (`executeServerCommand('civic-mail', { to })` from @web/test-runner-commands)
// with the messages received for that address, oldest first: {id, receivedAt, from, to, subject,
// text, html, messageId}.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The `civic-mail` command over the messages in `dir` (none when `dir` is empty: no server). */
export function mailboxPlugin(dir) {
  return {
    name: 'civic-mailbox',
    async executeCommand({ command, payload }) {
      if (command !== 'civic-mail') return undefined;
      const to = String(payload?.to ?? '').toLowerCase();
      if (!dir || !to) return [];
      const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json')).sort();
      const mails = [];
      for (const name of names) {
        try {
          mails.push(JSON.parse(await readFile(join(dir, name), 'utf8')));
        } catch {
          /* being written: read on the next call */
        }
      }
      return mails
        .filter((m) => m.to.some((a) => a.toLowerCase() === to))
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
    },
  };
}
