/**
 * The rules that write: problem+json for bad idea bodies, Idempotency-Key (required, replay,
 * conflict), the idea and signup receipts, cancelling a signup. Every record they create carries
 * the name "Conformance Test" and the address conformance@example.org; the signup is cancelled
 * again at once.
 */
import {
  IdeaReceiptSchema,
  MAX_BODY_BYTES,
  PROBLEM_TYPES,
  SignupCancelledSchema,
  SignupReceiptSchema,
  type IdeaSubmissionInput,
  type VolunteerSignupInput,
} from '../schema/index.js';
import type { Check } from './checks-read.js';
import { expectJson, expectProblem, needSite, TEST_EMAIL, TEST_NAME, type Probe } from './context.js';
import { headerTokens, said } from './http.js';

const key = (): string => crypto.randomUUID();
const post = (t: Probe, path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.ctx.send('POST', path, { headers: { 'Accept-Language': 'en', ...headers }, body });

/** JSON with object keys sorted, to compare two answers or bodies as values. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/** The same value with every object's keys in reverse order, as another client might send it. */
const reordered = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reordered)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reordered(x)]),
        )
      : v;

const isoDay = (daysFromNow: number): string =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** A valid idea on the first open track this site allows, marked as test data. */
function ideaBody(t: Probe): IdeaSubmissionInput {
  const site = needSite(t);
  const noticeVersion = site.privacyVersion ?? t.skip('the site has no privacyNotice.version (see site.shape)');
  const common = {
    contact: { name: TEST_NAME, email: TEST_EMAIL },
    consent: { privacy: true as const, noticeVersion },
    honeypot: '',
    fillMs: t.ctx.options.fillMs,
  };
  const description = `${TEST_NAME} data written by the civic-widgets conformance kit (run ${t.ctx.runId}); it may be deleted.`;
  const area = site.areaIds[0];
  const made = {
    title: `${TEST_NAME} idea`,
    summary: `${TEST_NAME}: sent by the civic-widgets conformance kit.`,
    description,
    themeIds: [],
    neighbours: 0,
  };
  if (site.tracks.includes('create') && area !== undefined)
    return { track: 'create', ...made, areaId: area, ...common };
  if (site.tracks.includes('experiment') && area !== undefined)
    return {
      track: 'experiment',
      ...made,
      areaId: area,
      testPeriod: { start: isoDay(30), end: isoDay(60) },
      ...common,
    };
  const offer = site.tracks.includes('join')
    ? site.offers.find((o) => o.areaId !== null || area !== undefined)
    : undefined;
  if (offer !== undefined)
    return {
      track: 'join',
      offerId: offer.id,
      description,
      ...(offer.areaId === null ? { areaId: area } : {}),
      ...common,
    };
  return t.skip('the site has no open track with an area (create, experiment) or an offer (join)');
}

export const writeChecks: readonly Check[] = [
  {
    rule: 'ideas.problem-json',
    title: 'A bad idea body is a 422 problem (validation) with one { path, code } per field',
    writes: true,
    needs: ['site.shape'],
    async run(t) {
      const good = ideaBody(t);
      const bad = {
        ...good,
        title: 'x',
        contact: { ...good.contact, email: 'conformance-at-example' },
        consent: { ...good.consent, privacy: false },
      };
      const a = await post(t, '/v1/ideas', bad, { 'Idempotency-Key': key() });
      if (a.status === 201) t.ctx.written.push('an idea with invalid fields (accepted: a broken rule)');
      const p = expectProblem(t, a, 422, PROBLEM_TYPES.validation);
      if (!p) return;
      const errors = p.errors ?? t.fail(`${said(a)}: no "errors" list`);
      for (const [path, code] of [
        ['title', 'too-short'],
        ['contact.email', 'invalid-email'],
        ['consent.privacy', 'consent-required'],
      ] as const) {
        const found = errors.find((e) => e.path === path);
        t.expect(
          found?.code === code,
          `${said(a)}: expected { path: "${path}", code: "${code}" }, got ${found ? `"${found.code}"` : 'no error at that path'}`,
        );
      }
      const paths = errors.map((e) => e.path);
      const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
      t.expect(twice.length === 0, `${said(a)}: more than one error at ${[...new Set(twice)].join(', ')}`);
    },
  },
  {
    rule: 'ideas.media-type',
    title: 'A body that is not application/json is a 415 problem (unsupported-media-type)',
    writes: true,
    needs: ['site.shape'],
    async run(t) {
      const a = await post(t, '/v1/ideas', JSON.stringify(ideaBody(t)), {
        'Content-Type': 'text/plain',
        'Idempotency-Key': key(),
      });
      if (a.status === 201) t.ctx.written.push('an idea sent as text/plain (accepted: a broken rule)');
      expectProblem(t, a, 415, PROBLEM_TYPES.unsupportedMediaType);
    },
  },
  {
    rule: 'ideas.idempotency-key-required',
    title: 'A POST without Idempotency-Key is a 400 problem (idempotency-key-missing)',
    writes: true,
    needs: ['site.shape'],
    async run(t) {
      const a = await post(t, '/v1/ideas', ideaBody(t));
      if (a.status === 201) t.ctx.written.push('an idea without Idempotency-Key (accepted: a broken rule)');
      expectProblem(t, a, 400, PROBLEM_TYPES.idempotencyKeyMissing);
    },
  },
  {
    rule: 'ideas.body-too-large',
    title: `A body over ${MAX_BODY_BYTES / 1024} KiB is a 413 problem (payload-too-large), and nothing is stored`,
    writes: true,
    needs: ['site.shape'],
    async run(t) {
      const big = { ...ideaBody(t), description: `${TEST_NAME} `.padEnd(MAX_BODY_BYTES, 'x') };
      const a = await post(t, '/v1/ideas', big, { 'Idempotency-Key': key() });
      if (a.status === 201) t.ctx.written.push(`an idea of over ${MAX_BODY_BYTES} bytes (accepted: a broken rule)`);
      expectProblem(t, a, 413, PROBLEM_TYPES.tooLarge);
    },
  },
  {
    rule: 'ideas.method-not-allowed',
    title: 'PUT /v1/ideas is a 405 problem (method-not-allowed) with an Allow header that names POST',
    writes: true,
    async run(t) {
      const a = await t.ctx.send('PUT', '/v1/ideas', { headers: { 'Accept-Language': 'en' } });
      if (a.status >= 200 && a.status < 300) t.ctx.written.push('PUT /v1/ideas was accepted (a broken rule)');
      if (!expectProblem(t, a, 405, PROBLEM_TYPES.methodNotAllowed)) return;
      const allow = headerTokens(a, 'allow');
      t.expect(allow.has('post'), `${said(a)}: Allow is "${a.headers.get('allow') ?? ''}", expected it to name POST`);
    },
  },
  {
    rule: 'ideas.shape',
    title: 'POST /v1/ideas answers 201 with an IdeaReceipt',
    writes: true,
    needs: ['site.shape'],
    async run(t) {
      const body = ideaBody(t);
      const k = key();
      const a = await post(t, '/v1/ideas', body, { 'Idempotency-Key': k });
      if (a.status === 201) t.ctx.written.push(`an idea on track ${body.track} (Idempotency-Key ${k})`);
      const receipt = expectJson(t, a, 201, IdeaReceiptSchema, 'IdeaReceipt');
      t.ctx.idea = { key: k, body, answer: a };
      t.note(`idea ${receipt.id}, reference ${receipt.reference}`);
    },
  },
  {
    rule: 'ideas.idempotency-replay',
    title: 'The same Idempotency-Key with the same body (keys reordered) answers the first answer again, acting once',
    writes: true,
    needs: ['ideas.shape'],
    async run(t) {
      const first = t.ctx.idea ?? t.skip('needs an accepted idea (see ideas.shape)');
      const a = await post(t, '/v1/ideas', JSON.stringify(reordered(first.body), null, 2), {
        'Idempotency-Key': first.key,
      });
      const was = first.answer.json as { id?: unknown };
      const now = a.json as { id?: unknown } | undefined;
      if (a.status === 201 && now?.id !== was.id)
        t.ctx.written.push(`a second idea for the same Idempotency-Key ${first.key} (a broken rule)`);
      if (a.status === 409)
        t.fail(`${said(a)}: the same body with its keys in another order and other whitespace is the same body`);
      t.expect(a.status === first.answer.status, `${said(a)}, the first answer was ${first.answer.status}`);
      if (now?.id !== was.id)
        t.fail(`${said(a)}: a new receipt (id ${String(now?.id)}; the first was ${String(was.id)}): it acted again`);
      t.expect(canonical(a.json) === canonical(first.answer.json), `${said(a)}: the answer differs from the first one`);
    },
  },
  {
    rule: 'ideas.idempotency-conflict',
    title: 'The same Idempotency-Key with another body is a 409 problem (idempotency-key-reused)',
    writes: true,
    needs: ['ideas.shape'],
    async run(t) {
      const first = t.ctx.idea ?? t.skip('needs an accepted idea (see ideas.shape)');
      const other = { ...first.body, description: `${first.body.description ?? ''} (changed)` };
      const a = await post(t, '/v1/ideas', other, { 'Idempotency-Key': first.key });
      if (a.status === 201) {
        const same = (a.json as { id?: unknown } | undefined)?.id === (first.answer.json as { id?: unknown }).id;
        if (!same) t.ctx.written.push(`a second idea for the same Idempotency-Key ${first.key} (a broken rule)`);
        t.fail(`${said(a)}: ${same ? 'the first answer replayed' : 'a new idea stored'} for another body`);
      }
      expectProblem(t, a, 409, PROBLEM_TYPES.idempotencyConflict);
    },
  },
  {
    rule: 'volunteer-signups.shape',
    title: 'POST /v1/volunteer-signups answers 201 with a SignupReceipt',
    writes: true,
    needs: ['site.shape', 'volunteer-roles.shape'],
    async run(t) {
      const site = needSite(t);
      const roles = t.ctx.roles ?? t.skip('needs the volunteer roles (see volunteer-roles.shape)');
      const role =
        roles.find((r) => r.shifts.length === 0) ??
        roles.find((r) => r.shifts.some((s) => s.placesLeft > 0)) ??
        roles[0] ??
        t.skip('the backend has no volunteer role to sign up for');
      const shift = role.shifts.find((s) => s.placesLeft > 0) ?? role.shifts[0];
      const body: VolunteerSignupInput = {
        roleId: role.id,
        ...(shift ? { shiftIds: [shift.id], joinWaitlist: true } : { availability: `${TEST_NAME}: any time.` }),
        contact: { name: TEST_NAME, email: TEST_EMAIL },
        ...(role.requirements.minimumAge === null ? {} : { ageConfirmed: true }),
        acknowledgement: {
          informationNote: true,
          noteVersion: site.noteVersion ?? t.skip('the site has no volunteerInfo.version'),
        },
        consent: {
          privacy: true,
          noticeVersion: site.privacyVersion ?? t.skip('the site has no privacyNotice.version'),
        },
        honeypot: '',
        fillMs: t.ctx.options.fillMs,
      };
      const k = key();
      const a = await post(t, '/v1/volunteer-signups', body, { 'Idempotency-Key': k });
      if (a.status === 201)
        t.ctx.written.push(`a volunteer signup for role ${role.id}${shift ? `, shift ${shift.id}` : ''}`);
      const receipt = expectJson(t, a, 201, SignupReceiptSchema, 'SignupReceipt');
      t.ctx.signup = receipt;
      t.ctx.signupSent = { key: k, body, answer: a };
      if (shift) {
        const got = receipt.shifts.map((s) => s.shiftId);
        t.expect(got.length === 1 && got[0] === shift.id, `${said(a)}: shifts ${got.join(', ')}, sent ${shift.id}`);
      }
      t.note(`signup ${receipt.id}, reference ${receipt.reference}`);
    },
  },
  {
    rule: 'volunteer-signups.idempotency-replay',
    title: 'A signup sent again with the same Idempotency-Key answers the first receipt again, signing up once',
    writes: true,
    needs: ['volunteer-signups.shape'],
    async run(t) {
      const first = t.ctx.signupSent ?? t.skip('needs a signup (see volunteer-signups.shape)');
      const a = await post(t, '/v1/volunteer-signups', JSON.stringify(reordered(first.body)), {
        'Idempotency-Key': first.key,
      });
      const was = first.answer.json as { id?: unknown };
      const now = a.json as { id?: unknown } | undefined;
      if (a.status === 201 && now?.id !== was.id)
        t.ctx.written.push(`a second signup for the same Idempotency-Key ${first.key} (a broken rule)`);
      t.expect(a.status === first.answer.status, `${said(a)}, the first answer was ${first.answer.status}`);
      if (now?.id !== was.id)
        t.fail(
          `${said(a)}: a new receipt (id ${String(now?.id)}; the first was ${String(was.id)}): it signed up again`,
        );
      t.expect(canonical(a.json) === canonical(first.answer.json), `${said(a)}: the answer differs from the first one`);
    },
  },
  {
    rule: 'volunteer-signups.cancel',
    title: 'DELETE /v1/volunteer-signups/{id}: a wrong X-Cancel-Token is 403, the right one 200 (again 200)',
    writes: true,
    needs: ['volunteer-signups.shape'],
    async run(t) {
      const signup = t.ctx.signup ?? t.skip('needs a signup (see volunteer-signups.shape)');
      const path = `/v1/volunteer-signups/${encodeURIComponent(signup.id)}`;
      const wrong = await t.ctx.send('DELETE', path, { headers: { 'X-Cancel-Token': 'conformance-'.padEnd(40, 'x') } });
      expectProblem(t, wrong, 403, PROBLEM_TYPES.unauthorized);
      for (const attempt of ['', ' again']) {
        const a = await t.ctx.send('DELETE', path, { headers: { 'X-Cancel-Token': signup.cancelToken } });
        const done = expectJson(t, a, 200, SignupCancelledSchema, 'SignupCancelled');
        t.expect(done.id === signup.id, `${said(a)}${attempt}: id ${done.id}`);
        if (attempt === '' && a.status === 200) {
          t.ctx.written.push(`signup ${signup.id} cancelled`);
          t.ctx.signupCancelled = true;
        }
      }
    },
  },
  {
    rule: 'volunteer-signups.cancel-by-code',
    title: 'POST /v1/volunteer-signups/cancel with reference and cancelCode (as typed) answers 200; a wrong code 403',
    writes: true,
    needs: ['volunteer-signups.shape'],
    async run(t) {
      const signup = t.ctx.signup ?? t.skip('needs a signup (see volunteer-signups.shape)');
      if (signup.cancelCode === undefined) return t.note('the receipt has no cancelCode (optional): not tried');
      const typed = `${signup.cancelCode.slice(0, 4)}-${signup.cancelCode.slice(4)}`.toLowerCase();
      const wrongCode = signup.cancelCode === '22222222' ? '33333333' : '22222222';
      const wrong = await post(t, '/v1/volunteer-signups/cancel', {
        reference: signup.reference,
        cancelCode: wrongCode,
      });
      expectProblem(t, wrong, 403, PROBLEM_TYPES.cancelCodeMismatch);
      const a = await post(t, '/v1/volunteer-signups/cancel', { reference: signup.reference, cancelCode: typed });
      if (a.status === 200 && !t.ctx.signupCancelled) {
        t.ctx.written.push(`signup ${signup.id} cancelled`);
        t.ctx.signupCancelled = true;
      }
      const done = expectJson(t, a, 200, SignupCancelledSchema, 'SignupCancelled');
      t.expect(done.id === signup.id, `${said(a)}: id ${done.id}, the signup is ${signup.id}`);
    },
  },
];
