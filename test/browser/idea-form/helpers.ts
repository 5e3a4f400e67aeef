/** Helpers shared by the idea-form tests: find controls in the shadow root and fill them like a person would. */
import { nextFrame, waitUntil } from '@open-wc/testing';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import { fieldId } from '../../../src/internal/form-controller.js';
import type { Site } from '../../../src/schema/site.js';

export const root = (el: CivicIdeaForm) => el.shadowRoot!;
export const $ = <T extends HTMLElement = HTMLElement>(el: CivicIdeaForm, sel: string): T => {
  const found = root(el).querySelector<T>(sel);
  if (!found) throw new Error(`not found in <civic-idea-form>: ${sel}`);
  return found;
};
export const $$ = (el: CivicIdeaForm, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];

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

export type Filled = {
  title: string;
  summary: string;
  description: string;
  areaId: string;
  themeIds: string[];
  address: string;
  offerId?: string;
  testPeriod?: { start: string; end: string };
};

/** Fills every field for `track` (with data read from `site`), ticks consent. Returns what was entered. */
export async function fillAll(el: CivicIdeaForm, site: Site, track: string, tag = ''): Promise<Filled> {
  await pick(el, 'track', track);
  const f: Filled = {
    title: `Zitbanken op het plein ${tag}`.trim(),
    summary: `Een paar zitbanken zodat buren kunnen praten ${tag}`.trim(),
    description: 'Met enkele buren willen we zitbanken plaatsen en onderhouden.',
    areaId: site.areas[site.areas.length - 1]!.id,
    themeIds: site.themes.slice(0, 2).map((t) => t.id),
    address: 'Marktplein 1',
  };
  if (track === 'join') {
    const offer = site.offers[0]!;
    f.offerId = offer.id;
    await pick(el, 'offerId', offer.id);
  }
  await type(el, 'title', f.title);
  await type(el, 'summary', f.summary);
  await type(el, 'description', f.description);
  await select(el, 'areaId', f.areaId);
  for (const id of f.themeIds) await pick(el, 'themeIds', id);
  await type(el, 'location.address', f.address);
  await type(el, 'neighbours', '3');
  if (track === 'experiment') {
    f.testPeriod = { start: '2026-05-01', end: '2026-08-31' };
    await type(el, 'testPeriod.start', f.testPeriod.start);
    await type(el, 'testPeriod.end', f.testPeriod.end);
  }
  await type(el, 'contact.name', 'Voorbeeld Bewoner');
  await type(el, 'contact.email', 'bewoner@example.org');
  await type(el, 'contact.phone', '016 12 34 56');
  $(el, `#${fieldId('consent.privacy')}`).click();
  await el.updateComplete;
  await nextFrame();
  return f;
}

export async function submit(el: CivicIdeaForm): Promise<void> {
  $(el, '[part~="submit-button"]').click();
  await el.updateComplete;
}
