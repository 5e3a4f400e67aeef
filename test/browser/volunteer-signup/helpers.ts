// Helpers for the <civic-volunteer-signup> tests: the real reference server's URL, the roles it
// serves now, the staff API, and filling the form as a person does (click, type).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/volunteer-signup.js';
import type { CivicVolunteerSignup } from '../../../src/components/volunteer-signup/volunteer-signup.js';
import { ApiClient } from '../../../src/api/client.js';
import type { VolunteerRole } from '../../../src/schema/volunteer.js';
import { listVolunteerRoles } from '../../../src/api/calls.js';
import { $, root } from '../../fixtures/query.js';

declare global {
  interface Window {
    CIVIC_TEST_ENDPOINT?: string;
    CIVIC_TEST_ADMIN_TOKEN?: string;
  }
}

export type El = CivicVolunteerSignup;

export function server(): { endpoint: string; token: string } {
  const endpoint = window.CIVIC_TEST_ENDPOINT ?? '';
  if (!endpoint) {
    throw new Error(
      'window.CIVIC_TEST_ENDPOINT is empty: these tests need the reference server. ' +
        'Run `node scripts/test.mjs browser -- test/browser/volunteer-signup/<file>` (not --no-server).',
    );
  }
  return { endpoint, token: window.CIVIC_TEST_ADMIN_TOKEN ?? '' };
}

export async function roles(): Promise<VolunteerRole[]> {
  return (await listVolunteerRoles(new ApiClient({ endpoint: server().endpoint, lang: 'nl' }))).items;
}

export async function placesLeft(shiftId: string): Promise<number> {
  const shift = (await roles()).flatMap((r) => r.shifts).find((s) => s.id === shiftId);
  expect(shift, `shift ${shiftId} is served`).to.exist;
  return shift!.placesLeft;
}

export interface StaffSignup {
  id: string;
  reference: string;
  roleId: string;
  status: string;
  shifts: { shiftId: string; status: string }[];
  availability: string | null;
  contact: { name: string; email: string; phone: string | null };
  ageConfirmed: boolean | null;
  acknowledgement: { informationNote: true; noteVersion: string };
  consent: { privacy: true; noticeVersion: string };
  joinWaitlist: boolean;
  honeypot: string;
  fillMs: number;
  flagged: boolean;
}

/** Signups with this e-mail as staff see them (flagged ones too). */
export async function staffSignups(email: string): Promise<StaffSignup[]> {
  const { endpoint, token } = server();
  const res = await fetch(`${endpoint}/v1/staff/signups?limit=100&flagged=any`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    credentials: 'omit',
  });
  expect(res.status, 'GET /v1/staff/signups').to.equal(200);
  const page = (await res.json()) as { items: StaffSignup[] };
  return page.items.filter((s) => s.contact.email === email);
}

/**
 * A cancelled signup as staff see it, found by id: cancelling erases its name and e-mail at once
 * (issue 13), so it can no longer be found by e-mail.
 */
export async function cancelledSignup(id: string): Promise<StaffSignup | undefined> {
  const { endpoint, token } = server();
  const res = await fetch(`${endpoint}/v1/staff/signups?limit=100&flagged=any&status=cancelled`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    credentials: 'omit',
  });
  expect(res.status, 'GET /v1/staff/signups?status=cancelled').to.equal(200);
  return ((await res.json()) as { items: StaffSignup[] }).items.find((s) => s.id === id);
}

export const uniqueEmail = (tag: string) => `${tag}-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** Mounts a widget against the real server and waits for its form. */
export async function mount(attrs = '', lang = 'nl'): Promise<El> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<civic-volunteer-signup endpoint="${server().endpoint}" ${attrs}></civic-volunteer-signup>`;
  const el = wrapper.firstElementChild as El;
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form appears', { timeout: 10_000 });
  return el;
}

export async function type(el: El, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function click(el: El, sel: string): Promise<void> {
  $(el, sel).click();
  await el.updateComplete;
}

export interface Fill {
  role: string;
  shifts?: string[];
  availability?: string;
  name?: string;
  email: string;
  phone?: string;
  age?: boolean;
}

/** Fills the whole form as a resident does (clicks and input events). */
export async function fill(el: El, f: Fill): Promise<void> {
  await click(el, `#f-roleId input[value="${f.role}"]`);
  for (const s of f.shifts ?? []) await click(el, `#f-shiftIds input[value="${s}"]`);
  if (f.availability !== undefined) await type(el, 'f-availability', f.availability);
  await type(el, 'f-contact-name', f.name ?? 'Test Vrijwilliger');
  await type(el, 'f-contact-email', f.email);
  if (f.phone) await type(el, 'f-contact-phone', f.phone);
  if (f.age) await click(el, '#f-ageConfirmed');
  await click(el, '#f-acknowledgement');
  await click(el, '#f-consent');
}

/** Waits for the outcome panel with this status (`confirmed`, `waitlisted`, `queued`, `cancelled`). */
export async function outcome(el: El, status: string, timeout = 15_000): Promise<HTMLElement> {
  await waitUntil(() => root(el).querySelector(`[part~="result"][data-status="${status}"]`), `outcome ${status}`, {
    timeout,
  });
  return $<HTMLElement>(el, `[part~="result"][data-status="${status}"]`);
}

/** Checks axe in nl, fr and en by switching the element's own lang. */
export async function accessibleInAllLanguages(el: El, expectText: Record<string, string>): Promise<void> {
  for (const lang of ['nl', 'fr', 'en']) {
    el.lang = lang;
    await el.updateComplete;
    // The roles come back in the new language: wait until the widget settles.
    await waitUntil(() => root(el).textContent!.includes(expectText[lang]), `text in ${lang}: ${expectText[lang]}`, {
      timeout: 10_000,
    });
    await expect(el, `axe in ${lang}`).to.be.accessible();
  }
}

export function clearStorage(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('civic-widgets:')) localStorage.removeItem(k);
}
