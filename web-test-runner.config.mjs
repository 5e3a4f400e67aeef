// Browser tests: Chromium from Debian (/usr/bin/chromium) driven by playwright, TypeScript through esbuild.
// The end-to-end tests read the reference server's URL from CIVIC_TEST_ENDPOINT, which scripts/test.mjs
// sets after starting the server; without it they are reported as failed, never silently skipped.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';
import { staffProxy } from './scripts/wtr-staff-proxy.mjs';
import { mailboxPlugin } from './scripts/wtr-mailbox.mjs';

const chromiumFlags = CHROMIUM_FLAGS;

const endpoint = process.env.CIVIC_TEST_ENDPOINT ?? '';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  port: Number(process.env.WTR_PORT ?? 8765),
  testsFinishTimeout: 300_000,
  // /v1/* on the test page's own origin goes to the reference server (the staff console's session cookie).
  middleware: [staffProxy(endpoint)],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // `civic-mail`: the e-mails the reference server sent to an address (scripts/wtr-mailbox.mjs).
    mailboxPlugin(process.env.CIVIC_TEST_MAIL_DIR ?? ''),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: chromiumFlags,
      },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /></head>
  <body>
    <script>window.CIVIC_TEST_ENDPOINT = ${JSON.stringify(endpoint)}; window.CIVIC_TEST_ADMIN_TOKEN = ${JSON.stringify(process.env.CIVIC_TEST_ADMIN_TOKEN ?? '')};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countingReporter(process.env.WTR_COUNT_FILE)],
};
