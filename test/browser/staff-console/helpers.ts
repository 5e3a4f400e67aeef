/**
 * Helpers of the staff console's end-to-end tests. The console runs with `endpoint` = this page's own
 * origin: web-test-runner passes `/v1/*` on to the reference server (scripts/wtr-staff-proxy.mjs), so
 * the session cookie (SameSite=Strict, Path=/v1/staff) works as on the server's /staff page, with no
 * credentialed CORS. Accounts are made with the test server's ADMIN_TOKEN through the staff API.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/staff-console.js';
import type { CivicStaffConsole } from '../../../src/components/staff-console/staff-console.js';
import { find, root } from '../../fixtures/query.js';
import { exampleIdeaCreate } from '../../../src/schema/examples.js';
import type { Site } from '../../../src/schema/site.js';

const w = window as unknown as { CIVIC_TEST_ENDPOINT?: string; CIVIC_TEST_ADMIN_TOKEN?: string };

/** The reference server (for the resident widgets, which call it directly). */
export function endpoint(): string {
  if (!w.CIVIC_TEST_ENDPOINT)
    throw new Error('CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser` (starts the server)');
  return w.CIVIC_TEST_ENDPOINT;
}

export const run = Math.random().toString(36).slice(2, 8);

/** A staff API call with the test server's ADMIN_TOKEN. */
export async function asAdmin(method: string, path: string, body?: unknown, status = 200): Promise<unknown> {
  const headers: Record<string, string> = { Authorization: `Bearer ${w.CIVIC_TEST_ADMIN_TOKEN ?? ''}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(`${endpoint()}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  expect(r.status, `${method} ${path}: ${text}`).to.equal(status);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** A new staff account with a password. */
export async function account(role: 'admin' | 'moderator'): Promise<{ email: string; password: string }> {
  const email = `${role}-${run}-${Math.random().toString(36).slice(2, 6)}@gemeente.example`;
  const password = `correct horse ${run} battery`;
  await asAdmin('POST', '/v1/staff/accounts', { email, role, password }, 201);
  return { email, password };
}

/** The console on this page (same origin as the API through the proxy). */
export async function mountConsole(lang = 'nl'): Promise<CivicStaffConsole> {
  const el = await fixture<CivicStaffConsole>(
    html`<civic-staff-console lang=${lang} heading-level="1" endpoint=${location.origin}></civic-staff-console>`,
  );
  await waitUntil(() => find(el, '#f-email') || find(el, 'nav'), 'the console did not render', { timeout: 10_000 });
  return el;
}

/** The focused element inside the console's shadow root. */
export const focused = (el: CivicStaffConsole): Element | null => root(el).activeElement;

/** Presses Tab (Shift+Tab with `back`) until the focused element in the console matches `selector`. */
export async function tabTo(el: CivicStaffConsole, selector: string, back = false, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const now = focused(el);
    if (now?.matches(selector)) return now as HTMLElement;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (focus on ${focused(el)?.outerHTML.slice(0, 80) ?? 'nothing'})`);
}

/** Types into the focused control. */
export const type = (text: string): Promise<void> => sendKeys({ type: text });
export const press = (key: string): Promise<void> => sendKeys({ press: key });

/** Signs in with the keyboard: e-mail, password, Enter. */
export async function signIn(el: CivicStaffConsole, who: { email: string; password: string }): Promise<void> {
  await waitUntil(() => find(el, '#f-email'), 'no sign-in form', { timeout: 10_000 });
  (find(el, '#f-email') as HTMLInputElement).focus();
  await type(who.email);
  await tabTo(el, '#f-password');
  await type(who.password);
  await press('Enter');
  await waitUntil(() => find(el, 'nav'), 'not signed in', { timeout: 10_000 });
}

/** The console's status line. */
export const status = (el: CivicStaffConsole): string => find(el, '.status')?.textContent?.trim() ?? '';

/**
 * Ends this page's staff session, as signing out in another tab does (the cookie is shared): the
 * next request of a console on this page answers 401. Nothing to do when nobody is signed in.
 */
export async function endSession(): Promise<void> {
  const r = await fetch('/v1/staff/session');
  if (r.status === 401) return;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  const out = await fetch('/v1/staff/session', { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } });
  expect(out.status).to.equal(204);
}

/** An idea as a resident sends it (`POST /v1/ideas` on the reference server), in the seeded site's first area. */
export async function residentIdea(title = `idee ${run}`): Promise<{ id: string; reference: string }> {
  const site = (await (await fetch(`${endpoint()}/v1/site`)).json()) as Site;
  const body = {
    ...exampleIdeaCreate,
    title,
    areaId: site.areas[0]!.id,
    themeIds: [site.themes[0]!.id],
    consent: { privacy: true, noticeVersion: site.privacyNotice.version },
  };
  const r = await fetch(`${endpoint()}/v1/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  expect(r.status, text).to.equal(201);
  return JSON.parse(text) as { id: string; reference: string };
}
