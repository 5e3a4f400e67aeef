// Finds a Chromium or Chrome to test with. If none is found and we are root on Debian or Ubuntu,
// installs Debian's `chromium` with apt (and says so); otherwise stops with a message naming the fix.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function found() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

export function findChromium() {
  const path = found();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (needs the Debian mirror).');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    const after = found();
    if (after) return after;
  }
  console.error(
    'No Chromium or Chrome found for the browser tests.\n' +
      'Fix: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
