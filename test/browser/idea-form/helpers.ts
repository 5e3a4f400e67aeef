/** Helpers shared by the idea-form tests: find controls in the shadow root and fill them like a person would. */
import { nextFrame, waitUntil } from '@open-wc/testing';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import { fieldId } from '../../../src/internal/form-controller.js';
import type { Site } from '../../../src/schema/site.js';
import { $, root } from '../../fixtures/query.js';

/** Waits until /v1/site has arrived (the track radios are enabled). */
export async function loaded(el: CivicIdeaForm): Promise<void> {
  await waitUntil(() => root(el).querySelector('#f-track-0:not([disabled])'), 'site did not load', { timeout: 10_000 });
}

export async function type(el: CivicIdeaForm, path: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${fieldId(path)}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function select(el: CivicIdeaForm, path: string, value: string): Promise<void> {
  const s = $<HTMLSelectElement>(el, `#${fieldId(path)}`);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks the radio or checkbox with this value in the group of `path`. */
export async function pick(el: CivicIdeaForm, path: string, value: string): Promise<void> {
  $(el, `input[name="${fieldId(path)}"][value="${value}"]`).click();
  await el.updateComplete;
}

/** A date `days` from today in this browser's time zone, as a date input takes it (`YYYY-MM-DD`). */
export function isoDay(days: number, from: Date = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What fillAll typed for `create` or `experiment`. */
export type Filled = {
  title: string;
  summary: string;
  description: string;
  areaId: string;
  themeIds: string[];
  address: string;
  testPeriod?: { start: string; end: string };
};

/** What fillAllJoin typed: the offer, where (area only for an offer that runs everywhere), a note. */
export type FilledJoin = { offerId: string; areaId?: string; address: string; description: string };

/** Contact details and consent: the end of every track. */
async function contactAndConsent(el: CivicIdeaForm): Promise<void> {
  await type(el, 'contact.name', 'Voorbeeld Bewoner');
  await type(el, 'contact.email', 'bewoner@example.org');
  await type(el, 'contact.phone', '016 12 34 56');
  $(el, `#${fieldId('consent.privacy')}`).click();
  await el.updateComplete;
  await nextFrame();
}

/**
 * Fills every field of `create` or `experiment` (with data read from `site`), ticks consent. Returns
 * what was entered. An experiment's test period starts a week from today and lasts three months.
 */
export async function fillAll(
  el: CivicIdeaForm,
  site: Site,
  track: 'create' | 'experiment',
  tag = '',
): Promise<Filled> {
  await pick(el, 'track', track);
  const f: Filled = {
    title: `Zitbanken op het plein ${tag}`.trim(),
    summary: `Een paar zitbanken zodat buren kunnen praten ${tag}`.trim(),
    description: 'Met enkele buren willen we zitbanken plaatsen en onderhouden.',
    areaId: site.areas[site.areas.length - 1]!.id,
    themeIds: site.themes.slice(0, 2).map((t) => t.id),
    address: 'Marktplein 1',
  };
  await type(el, 'title', f.title);
  await type(el, 'summary', f.summary);
  await type(el, 'description', f.description);
  await select(el, 'areaId', f.areaId);
  for (const id of f.themeIds) await pick(el, 'themeIds', id);
  await type(el, 'location.address', f.address);
  await type(el, 'neighbours', '3');
  if (track === 'experiment') {
    const start = isoDay(7);
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    f.testPeriod = { start, end: isoDay(0, new Date(y, m - 1 + 3, d)) };
    await type(el, 'testPeriod.start', f.testPeriod.start);
    await type(el, 'testPeriod.end', f.testPeriod.end);
  }
  await contactAndConsent(el);
  return f;
}

/**
 * Joins an offer (by default the site's first; with `offerId` that one) with every field the join
 * track shows: the area when the offer runs everywhere (the site's last), an address, a note,
 * contact details, consent.
 */
export async function fillAllJoin(
  el: CivicIdeaForm,
  site: Site,
  offerId = site.offers[0]!.id,
  tag = '',
): Promise<FilledJoin> {
  await pick(el, 'track', 'join');
  const offer = site.offers.find((o) => o.id === offerId)!;
  // The offers shown are narrowed to an area: show them all.
  await select(el, 'offerArea', '');
  await pick(el, 'offerId', offer.id);
  const f: FilledJoin = {
    offerId: offer.id,
    address: 'Marktplein 1',
    description: `Ik heb op woensdag tijd ${tag}`.trim(),
  };
  if (offer.areaId === null) {
    f.areaId = site.areas[site.areas.length - 1]!.id;
    await select(el, 'areaId', f.areaId);
  }
  await type(el, 'location.address', f.address);
  await type(el, 'description', f.description);
  await contactAndConsent(el);
  return f;
}

export async function submit(el: CivicIdeaForm): Promise<void> {
  $(el, '[part~="submit-button"]').click();
  await el.updateComplete;
}
