// web-test-runner with Chromium's CPU slowed down (CDP Emulation.setCPUThrottlingRate), to shake out tests
// that depend on timing. The rest is the project's config. Usage (no reference server needed for MOCK tests):
//   CPU_THROTTLE=6 MOCHA_GREP='typing is debounced' \
//     npx web-test-runner --config scripts/wtr-throttled.config.mjs --files test/browser/initiative-list/initiative-list.test.ts
import base from '../web-test-runner.config.mjs';
import { playwrightLauncher } from '@web/test-runner-playwright';

const rate = Number(process.env.CPU_THROTTLE ?? 6);
const [launcher] = base.browsers;

export default {
  ...base,
  testFramework: {
    config: { ...base.testFramework.config, ...(process.env.MOCHA_GREP ? { grep: process.env.MOCHA_GREP } : {}) },
  },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: launcher.launchOptions,
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        return page;
      },
    }),
  ],
};
