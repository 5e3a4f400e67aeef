/**
 * Why a submission waits on the device is told apart: the browser is offline, the service cannot be
 * reached, the service is failing, or the answer could not be read (sent, not confirmed). Each has
 * its own message in nl, fr and en, and the panel is axe-clean in each. These states are hard to make
 * a real server produce on cue, so the backend here is the MOCK of test/fixtures/mock-backend.ts, and
 * "offline" also MOCKS navigator.onLine.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/idea-form.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { WaitReason } from '../../../src/api/errors.js';
import { json, mockBackend, MOCK_ENDPOINT, offline } from '../../fixtures/mock-backend.js';
import { exampleSite } from '../../../src/schema/examples.js';
import * as nl from '../../../src/i18n/nl.js';
import * as fr from '../../../src/i18n/fr.js';
import * as en from '../../../src/i18n/en.js';
import { fillAll, loaded, submit } from '../idea-form/helpers.js';
import { root } from '../../fixtures/query.js';

const CATALOGS = { nl, fr, en };

const ANSWERS: Record<WaitReason, () => Response | Promise<Response>> = {
  offline: offline,
  unreachable: offline,
  failing: () => json({ type: 'urn:civic-widgets:problem:unavailable', title: 'Down', status: 503 }, 503),
  unconfirmed: () =>
    new Response('{"id":"i1","refer', { status: 201, headers: { 'content-type': 'application/json' } }),
};

describe('the saved panel says why a submission waits (MOCK backend)', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    fixtureCleanup();
    localStorage.clear();
    delete (navigator as { onLine?: boolean }).onLine;
  });

  for (const reason of Object.keys(ANSWERS) as WaitReason[]) {
    it(`${reason}: its own message in nl, fr and en, axe-clean`, async () => {
      stop = mockBackend({ 'GET /v1/site': () => json(exampleSite), 'POST /v1/ideas': ANSWERS[reason] });
      const el = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${MOCK_ENDPOINT}></civic-idea-form>`);
      await loaded(el);
      await fillAll(el, exampleSite, 'create');
      if (reason === 'offline') Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const failed = oneEvent(el, 'civic-submit-error');
      await submit(el);
      expect(((await failed) as unknown as { queued: boolean }).queued).to.equal(true);
      const seen = new Set<string>();
      for (const lang of ['nl', 'fr', 'en'] as const) {
        el.lang = lang;
        const want = CATALOGS[lang].common.savedLater(reason);
        await waitUntil(
          () => root(el).querySelector('.panel[role=status]')?.textContent?.includes(want),
          `${lang}: ${want}`,
        );
        seen.add(want);
        await expect(el).to.be.accessible();
      }
      expect(seen.size).to.equal(3);
    });
  }

  it('the four reasons read differently in every language', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const texts = (Object.keys(ANSWERS) as WaitReason[]).map((r) => CATALOGS[lang].common.savedLater(r));
      expect(new Set(texts).size, lang).to.equal(4);
      const errors = (['offline', 'unreachable', 'blocked', 'server'] as const).map((c) =>
        CATALOGS[lang].common.apiError(c),
      );
      expect(new Set(errors).size, lang).to.equal(4);
    }
  });
});
