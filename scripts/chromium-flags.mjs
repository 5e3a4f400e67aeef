// The flags every Chromium of the project runs with (web-test-runner, the node tests that drive a page
// with playwright-core, the benchmark): headless as root on a closed network, no background network
// chatter, and no throttling of background tabs (several pages run at once on two cores).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
