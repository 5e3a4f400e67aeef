/**
 * Issue 19, the server side: references in the resident's language (numbered once per kind, so
 * staff find them by number), and cancelling a signup with the receipt's reference and short
 * cancel code instead of the link; a wrong code is a distinct 403, rate limited, locked after
 * too many tries; only hashes are stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CANCEL_CODE_ALPHABET, PROBLEM_TYPES, SignupReceiptSchema, validate } from '../../src/schema/index.js';
import { MAX_CODE_FAILURES } from '../../server/services/cancel-secrets.js';
import { referenceCandidates } from '../../server/db/util.js';
import {
  dialects,
  expectProblem,
  idea,
  json,
  placesLeft,
  post,
  setup,
  signup,
  staff,
  type TestServer,
} from './helpers.js';

const year = () => new Date().getUTCFullYear();

const byCode = (s: TestServer, body: unknown, headers: Record<string, string> = {}) =>
  s.app.request('/v1/volunteer-signups/cancel', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('referenceCandidates', () => {
  it('reads what a resident types: case, spaces, dashes, missing zeros, any prefix of the kind', () => {
    const want = ['VRIJ-2026-00003', 'VOL-2026-00003'];
    for (const typed of ['VRIJ-2026-00003', 'vol-2026-00003', ' vrij 2026 3 ', 'VOL2026-00003', '2026-00003'])
      assert.deepEqual(referenceCandidates('signup', typed), want, typed);
    assert.deepEqual(referenceCandidates('signup', 'VRIJ-26-3'), []);
    assert.deepEqual(referenceCandidates('signup', 'signup-123'), []);
    assert.deepEqual(referenceCandidates('idea', 'idea-2026-00042'), ['IDEE-2026-00042', 'IDEA-2026-00042']);
  });
});

for (const dialect of dialects()) {
  describe(`references in the resident's language (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    it('signups: VRIJ in Dutch, VOL in French and English; one count for all', async () => {
      const refs: string[] = [];
      for (const lang of ['nl', 'fr-BE,fr;q=0.9', 'en', '']) {
        const headers: Record<string, string> = lang ? { 'Accept-Language': lang } : {};
        const r = await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-1'], joinWaitlist: true }), {
          headers,
        });
        assert.equal(r.status, 201);
        refs.push((await json(r)).reference);
      }
      const y = year();
      assert.match(refs[0]!, new RegExp(`^VRIJ-${y}-\\d{5}$`));
      assert.match(refs[1]!, new RegExp(`^VOL-${y}-\\d{5}$`));
      assert.match(refs[2]!, new RegExp(`^VOL-${y}-\\d{5}$`));
      assert.match(refs[3]!, new RegExp(`^VRIJ-${y}-\\d{5}$`), 'Dutch by default');
      const numbers = refs.map((r) => Number(r.slice(-5)));
      assert.deepEqual(numbers, [numbers[0]!, numbers[0]! + 1, numbers[0]! + 2, numbers[0]! + 3], 'one count');
    });

    it('ideas: IDEE in Dutch and French, IDEA in English; staff find one by number whatever the prefix', async () => {
      const fr = await json(await post(s.app, '/v1/ideas', idea(), { headers: { 'Accept-Language': 'fr' } }));
      const en = await json(await post(s.app, '/v1/ideas', idea(), { headers: { 'Accept-Language': 'en' } }));
      assert.match(fr.reference, new RegExp(`^IDEE-${year()}-\\d{5}$`));
      assert.match(en.reference, new RegExp(`^IDEA-${year()}-\\d{5}$`));
      const number = (en.reference as string).slice(5); // "2026-00042"
      const found = await json(await staff(s.app, `/v1/staff/ideas?q=${encodeURIComponent(number)}`));
      assert.deepEqual(
        found.items.map((i: { reference: string }) => i.reference),
        [en.reference],
      );
    });
  });

  describe(`cancelling with reference and cancel code (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    it('the receipt has a short code (and still the token); only hashes are stored', async () => {
      const receipt = await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-2'] })));
      assert.ok(validate(SignupReceiptSchema, receipt).ok);
      assert.match(receipt.cancelCode, new RegExp(`^[${CANCEL_CODE_ALPHABET}]{8}$`));
      assert.ok(receipt.cancelToken.length >= 32);
      const row = await s.db
        .selectFrom('signups')
        .select(['cancel_code_hash', 'cancel_token_hash'])
        .where('id', '=', receipt.id)
        .executeTakeFirstOrThrow();
      assert.ok(row.cancel_code_hash?.startsWith('scrypt$'));
      assert.ok(!row.cancel_code_hash!.includes(receipt.cancelCode), 'only a hash of the code');
      assert.ok(!row.cancel_token_hash.includes(receipt.cancelToken), 'only a hash of the token');
    });

    it('reference + code cancel, as typed (lower case, dashes, another prefix), free the place; again is 200', async () => {
      const receipt = await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-2'] })));
      const left = await placesLeft(s.db, 'zaal-2');
      const code = receipt.cancelCode as string;
      const typedCode = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
      const typedRef = (receipt.reference as string).replace('VRIJ-', 'vol ');
      const r = await byCode(s, { reference: typedRef, cancelCode: typedCode });
      assert.equal(r.status, 200);
      assert.deepEqual(await json(r), { id: receipt.id, status: 'cancelled', reference: receipt.reference });
      assert.equal(await placesLeft(s.db, 'zaal-2'), left + 1);
      const again = await byCode(s, { reference: receipt.reference, cancelCode: code });
      assert.equal(again.status, 200);
      assert.equal(await placesLeft(s.db, 'zaal-2'), left + 1, 'a second cancel frees nothing');
      // The link's token keeps working too (cancelled already: 200).
      const viaToken = await s.app.request(`/v1/volunteer-signups/${receipt.id}`, {
        method: 'DELETE',
        headers: { 'X-Cancel-Token': receipt.cancelToken },
      });
      assert.equal(viaToken.status, 200);
    });

    it('a wrong code, an unknown reference or a code of another signup: 403 cancel-code-mismatch, nothing cancelled', async () => {
      const a = await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-3'] })));
      const b = await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-3'] })));
      const wrong = (a.cancelCode as string) === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH';
      for (const body of [
        { reference: a.reference, cancelCode: wrong },
        { reference: a.reference, cancelCode: b.cancelCode },
        { reference: `VRIJ-${year()}-99999`, cancelCode: a.cancelCode },
        { reference: 'not a reference', cancelCode: a.cancelCode },
      ]) {
        const p = await expectProblem(await byCode(s, body), 403, PROBLEM_TYPES.cancelCodeMismatch);
        assert.notEqual(p.type, PROBLEM_TYPES.server);
      }
      const st = await s.db.selectFrom('signups').select('status').where('id', '=', a.id).executeTakeFirstOrThrow();
      assert.notEqual(st.status, 'cancelled');
    });

    it('a malformed body: 422 with the fields; not JSON: 415', async () => {
      const p = await expectProblem(await byCode(s, { reference: 'VRIJ-2026-00001' }), 422, PROBLEM_TYPES.validation);
      assert.deepEqual(p.errors, [{ path: 'cancelCode', code: 'required' }]);
      const r = await s.app.request('/v1/volunteer-signups/cancel', { method: 'POST', body: 'x' });
      assert.equal(r.status, 415);
    });

    it(`after ${MAX_CODE_FAILURES} wrong codes the code is locked (403 cancel-code-locked); the link still works`, async () => {
      const receipt = await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-3'] })));
      const wrong = (receipt.cancelCode as string) === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH';
      for (let i = 0; i < MAX_CODE_FAILURES; i++)
        await expectProblem(
          await byCode(s, { reference: receipt.reference, cancelCode: wrong }),
          403,
          PROBLEM_TYPES.cancelCodeMismatch,
        );
      await expectProblem(
        await byCode(s, { reference: receipt.reference, cancelCode: receipt.cancelCode }),
        403,
        PROBLEM_TYPES.cancelCodeLocked,
      );
      const viaToken = await s.app.request(`/v1/volunteer-signups/${receipt.id}`, {
        method: 'DELETE',
        headers: { 'X-Cancel-Token': receipt.cancelToken },
      });
      assert.equal(viaToken.status, 200);
    });
  });

  describe(`cancel codes are rate limited per address (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect, { RATE_LIMIT_PER_MINUTE: '3' });
    });
    after(() => s.close());

    it('the 4th try within a minute from one address: 429 with Retry-After', async () => {
      const body = { reference: `VRIJ-${year()}-00001`, cancelCode: 'ABCDEFGH' };
      const h = { 'X-Forwarded-For': '203.0.113.9' };
      for (let i = 0; i < 3; i++) await expectProblem(await byCode(s, body, h), 403, PROBLEM_TYPES.cancelCodeMismatch);
      const r = await byCode(s, body, h);
      await expectProblem(r, 429, PROBLEM_TYPES.rateLimited);
      assert.ok(Number(r.headers.get('Retry-After')) >= 1);
    });
  });
}
