/**
 * The contract's schemas: examples pass, every rule fails with the right { path, code },
 * and validation never throws.
 * Run: node --import tsx --test test/node/schema.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  FIELD_ERROR_CODES,
  IdeaReceiptSchema,
  IdeaSubmissionSchema,
  earliestStart,
  isBeforeToday,
  IdempotencyKeySchema,
  InitiativePageSchema,
  InitiativeQuerySchema,
  InitiativeSchema,
  ProblemSchema,
  SignupCancelledSchema,
  SignupCancelSchema,
  SignupReceiptSchema,
  SiteSchema,
  VolunteerRoleListSchema,
  VolunteerRoleQuerySchema,
  VolunteerSignupSchema,
  formatReference,
  toFieldErrors,
  validate,
  type FieldError,
} from '../../src/schema/index.js';
import * as ex from '../../src/schema/examples.js';

const clone = <T>(v: T): T => structuredClone(v);
/** Field errors of a value that must fail. */
function errorsOf(schema: z.core.$ZodType, value: unknown): FieldError[] {
  const r = validate(schema, value);
  assert.equal(r.ok, false, `expected failure for ${JSON.stringify(value)}`);
  return r.ok ? [] : r.errors;
}
function assertError(schema: z.core.$ZodType, value: unknown, path: string, code: string): void {
  const errors = errorsOf(schema, value);
  assert.ok(
    errors.some((e) => e.path === path && e.code === code),
    `expected { path: ${path}, code: ${code} } in ${JSON.stringify(errors)}`,
  );
}
function assertOk(schema: z.core.$ZodType, value: unknown): void {
  const r = validate(schema, value);
  assert.ok(r.ok, `expected success, got ${JSON.stringify(r.ok ? null : r.errors)}`);
}

test('every example passes its schema', () => {
  const cases: [z.core.$ZodType, unknown][] = [
    [SiteSchema, ex.exampleSite],
    [InitiativeSchema, ex.exampleInitiative],
    [InitiativePageSchema, ex.exampleInitiativePage],
    [InitiativeQuerySchema, ex.exampleInitiativeQuery],
    [IdeaSubmissionSchema, ex.exampleIdeaCreate],
    [IdeaSubmissionSchema, ex.exampleIdeaExperiment],
    [IdeaSubmissionSchema, ex.exampleIdeaJoin],
    [IdeaReceiptSchema, ex.exampleIdeaReceipt],
    [VolunteerRoleListSchema, ex.exampleRoleList],
    [VolunteerSignupSchema, ex.exampleSignupShifts],
    [VolunteerSignupSchema, ex.exampleSignupAvailability],
    [SignupReceiptSchema, ex.exampleSignupReceipt],
    [SignupCancelSchema, ex.exampleSignupCancel],
    [SignupCancelledSchema, ex.exampleSignupCancelled],
    [ProblemSchema, ex.exampleValidationProblem],
    [ProblemSchema, ex.exampleShiftFullProblem],
    [IdempotencyKeySchema, ex.exampleIdempotencyKey],
  ];
  for (const [schema, value] of cases) assertOk(schema, value);
});

test('responses tolerate unknown fields (forward compatible) and drop them', () => {
  const r = validate(InitiativeSchema, { ...ex.exampleInitiative, extra: 1 });
  assert.ok(r.ok);
  assert.equal('extra' in r.data, false);
});

test('text is trimmed; blank required text is "required", short text "too-short"', () => {
  const r = validate(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, title: '  Benches on the square  ' });
  assert.ok(r.ok && r.data.title === 'Benches on the square');
  assertError(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, title: '   ' }, 'title', 'required');
  assertError(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, title: 'abc' }, 'title', 'too-short');
  assertError(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, title: 'x'.repeat(121) }, 'title', 'too-long');
  assertError(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, summary: 'too short' }, 'summary', 'too-short');
  assertError(
    IdeaSubmissionSchema,
    { ...ex.exampleIdeaCreate, description: 'x'.repeat(5001) },
    'description',
    'too-long',
  );
});

test('idea: each field rule gives its path and code', () => {
  const base = ex.exampleIdeaCreate;
  const { title: _t, ...noTitle } = base;
  assertError(IdeaSubmissionSchema, noTitle, 'title', 'required');
  assertError(IdeaSubmissionSchema, { ...base, track: 'build' }, 'track', 'invalid-choice');
  assertError(IdeaSubmissionSchema, { ...base, areaId: 'no spaces allowed' }, 'areaId', 'invalid');
  assertError(IdeaSubmissionSchema, { ...base, themeIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'themeIds', 'too-big');
  assertError(IdeaSubmissionSchema, { ...base, themeIds: ['groen', 'groen'] }, 'themeIds', 'invalid');
  assertError(IdeaSubmissionSchema, { ...base, neighbours: -1 }, 'neighbours', 'too-small');
  assertError(IdeaSubmissionSchema, { ...base, neighbours: 10001 }, 'neighbours', 'too-big');
  assertError(IdeaSubmissionSchema, { ...base, neighbours: '4' }, 'neighbours', 'invalid-type');
  assertError(
    IdeaSubmissionSchema,
    { ...base, location: { address: 'x'.repeat(201) } },
    'location.address',
    'too-long',
  );
  assertError(
    IdeaSubmissionSchema,
    { ...base, contact: { name: 'A', email: 'resident@example.org' } },
    'contact.name',
    'too-short',
  );
  assertError(
    IdeaSubmissionSchema,
    { ...base, contact: { name: 'Sample', email: 'not-an-email' } },
    'contact.email',
    'invalid-email',
  );
  assertError(
    IdeaSubmissionSchema,
    { ...base, contact: { name: 'Sample', email: 'a@b.c', phone: 'call me' } },
    'contact.phone',
    'invalid-phone',
  );
  assertError(
    IdeaSubmissionSchema,
    { ...base, consent: { privacy: false, noticeVersion: '2026-01' } },
    'consent.privacy',
    'consent-required',
  );
  assertError(
    IdeaSubmissionSchema,
    { ...base, consent: { noticeVersion: '2026-01' } },
    'consent.privacy',
    'consent-required',
  );
  const { honeypot: _h, ...noHoneypot } = base;
  assertError(IdeaSubmissionSchema, noHoneypot, 'honeypot', 'required');
  assertError(IdeaSubmissionSchema, { ...base, fillMs: -5 }, 'fillMs', 'too-small');
  assertError(IdeaSubmissionSchema, { ...base, fillMs: 1.5 }, 'fillMs', 'invalid-type');
});

test('an empty field gets one error, "required"', () => {
  const errors = errorsOf(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, contact: { name: '', email: ' ' } });
  assert.deepEqual(errors, [
    { path: 'contact.name', code: 'required' },
    { path: 'contact.email', code: 'required' },
  ]);
});

test('contact: e-mail is trimmed, phone accepts common notations', () => {
  const r = validate(IdeaSubmissionSchema, {
    ...ex.exampleIdeaCreate,
    contact: { name: 'Sample', email: ' resident@example.org ', phone: '+32 (0)16 00-00-00' },
  });
  assert.ok(r.ok && r.data.contact.email === 'resident@example.org');
  assertError(
    IdeaSubmissionSchema,
    { ...ex.exampleIdeaCreate, contact: { name: 'Sample', email: 'a@b.c', phone: '12-34' } },
    'contact.phone',
    'invalid-phone',
  );
});

test('unknown keys are rejected in request bodies, one error per key, also nested', () => {
  const errors = errorsOf(IdeaSubmissionSchema, {
    ...ex.exampleIdeaCreate,
    extra: 1,
    other: 2,
    contact: { ...ex.exampleIdeaCreate.contact, x: 1 },
  });
  assert.deepEqual(
    errors
      .filter((e) => e.code === 'unknown-field')
      .map((e) => e.path)
      .sort(),
    ['contact.x', 'extra', 'other'],
  );
  assertError(VolunteerSignupSchema, { ...ex.exampleSignupShifts, foo: true }, 'foo', 'unknown-field');
});

test('idea track rules: experiment needs a test period, join an offer', () => {
  const { testPeriod: _tp, ...noPeriod } = ex.exampleIdeaExperiment;
  assertError(IdeaSubmissionSchema, noPeriod, 'testPeriod', 'required');
  assertError(
    IdeaSubmissionSchema,
    { ...ex.exampleIdeaCreate, testPeriod: { start: '2036-05-01', end: '2036-06-01' } },
    'testPeriod',
    'invalid',
  );
  const { offerId: _o, ...noOffer } = ex.exampleIdeaJoin;
  assertError(IdeaSubmissionSchema, noOffer, 'offerId', 'required');
  assertError(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, offerId: 'boekentil' }, 'offerId', 'invalid');
  const { description: _d, ...noDescription } = ex.exampleIdeaCreate;
  assertError(IdeaSubmissionSchema, noDescription, 'description', 'required');
  assertError(IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, description: '  ' }, 'description', 'required');
  assertOk(IdeaSubmissionSchema, ex.exampleIdeaJoin); // join: description optional
});

test('track rules are reported together with other field errors', () => {
  const { testPeriod: _tp, ...noPeriod } = ex.exampleIdeaExperiment;
  const errors = errorsOf(IdeaSubmissionSchema, { ...noPeriod, title: '', contact: { name: 'Sample', email: 'x' } });
  for (const path of ['title', 'contact.email', 'testPeriod'])
    assert.ok(
      errors.some((e) => e.path === path),
      path,
    );
});

test('test period: valid dates, end after start, at most 12 months', () => {
  const withPeriod = (start: string, end: string) => ({ ...ex.exampleIdeaExperiment, testPeriod: { start, end } });
  assertError(IdeaSubmissionSchema, withPeriod('2036-05-01', '2036-05-01'), 'testPeriod.end', 'date-order');
  assertError(IdeaSubmissionSchema, withPeriod('2036-05-01', '2036-04-01'), 'testPeriod.end', 'date-order');
  assertError(IdeaSubmissionSchema, withPeriod('2036-05-01', '2037-05-02'), 'testPeriod.end', 'too-big');
  assertOk(IdeaSubmissionSchema, withPeriod('2036-05-01', '2037-05-01'));
  assertOk(IdeaSubmissionSchema, withPeriod('2036-11-15', '2037-10-15'));
  assertError(IdeaSubmissionSchema, withPeriod('2036-02-30', '2036-06-01'), 'testPeriod.start', 'invalid-date');
  assertError(IdeaSubmissionSchema, withPeriod('2036-05-01', '01/06/2026'), 'testPeriod.end', 'invalid-date');
  assertError(
    IdeaSubmissionSchema,
    { ...ex.exampleIdeaExperiment, testPeriod: { start: '2036-05-01' } },
    'testPeriod.end',
    'required',
  );
});

test('test period: a start date in the past is refused (too-small), today is not', () => {
  const day = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
  const withPeriod = (start: string, end: string) => ({ ...ex.exampleIdeaExperiment, testPeriod: { start, end } });
  assertError(IdeaSubmissionSchema, withPeriod(day(-2), day(30)), 'testPeriod.start', 'too-small');
  assertOk(IdeaSubmissionSchema, withPeriod(day(1), day(30)));
  // Refused only once it is past everywhere: at 05:00 UTC it is still the 1st at UTC-12.
  const at = Date.parse('2036-03-02T05:00:00Z');
  assert.equal(earliestStart(at), '2036-03-01');
  assert.equal(earliestStart(Date.parse('2036-03-02T13:00:00Z')), '2036-03-02');
  // The widget's own check follows the device's calendar.
  assert.equal(isBeforeToday('2036-03-01', new Date(2036, 2, 2, 0, 30)), true);
  assert.equal(isBeforeToday('2036-03-02', new Date(2036, 2, 2, 23, 30)), false);
});

test('join: only the offer, contact and consent are needed; an older join with title and summary still passes', () => {
  assertOk(IdeaSubmissionSchema, ex.exampleIdeaJoin);
  const { description: _d, ...bare } = ex.exampleIdeaJoin;
  assertOk(IdeaSubmissionSchema, bare);
  const older = {
    ...bare,
    title: 'Join the garden',
    summary: 'I would like to help in the neighbourhood vegetable garden.',
    areaId: 'noord',
    themeIds: ['groen'],
    neighbours: 0,
  };
  assertOk(IdeaSubmissionSchema, older);
  // When sent, the same limits apply.
  assertError(IdeaSubmissionSchema, { ...older, title: 'abc' }, 'title', 'too-short');
  // create and experiment still need them, each reported.
  const { title: _t, summary: _s, areaId: _a, themeIds: _th, neighbours: _n, ...bareCreate } = ex.exampleIdeaCreate;
  const paths = errorsOf(IdeaSubmissionSchema, bareCreate).map((e) => `${e.path}:${e.code}`);
  assert.deepEqual(paths.sort(), [
    'areaId:required',
    'neighbours:required',
    'summary:required',
    'themeIds:required',
    'title:required',
  ]);
});

test('phone: Belgian notations with slashes, dots, spaces and +32 pass and are normalised', () => {
  const phone = (p: string) => {
    const r = validate(IdeaSubmissionSchema, {
      ...ex.exampleIdeaCreate,
      contact: { name: 'Sample', email: 'a@b.be', phone: p },
    });
    return r.ok ? r.data.contact.phone : null;
  };
  assert.equal(phone('016/12.34.56'), '016 12 34 56');
  assert.equal(phone(' 0470.12.34.56 '), '0470 12 34 56');
  assert.equal(phone('+32 16 12 34 56'), '+32 16 12 34 56');
  assert.equal(phone('+32 (0)16/12-34-56'), '+32 (0)16 12-34-56');
  assert.equal(phone('16/12.3'), null);
  assert.equal(phone('tel 016123456'), null);
});

test('links and images accept only http(s) URLs', () => {
  for (const url of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://example.org/x',
    '/relative',
    'not a url',
  ]) {
    assertError(
      InitiativeSchema,
      { ...ex.exampleInitiative, links: [{ label: 'x', url }] },
      'links.0.url',
      'invalid-url',
    );
    assertError(InitiativeSchema, { ...ex.exampleInitiative, image: { url, alt: '' } }, 'image.url', 'invalid-url');
  }
  assertOk(InitiativeSchema, { ...ex.exampleInitiative, links: [{ label: 'x', url: 'http://localhost:8787/a' }] });
});

test('initiative responses: rung, enums, dates', () => {
  assertError(InitiativeSchema, { ...ex.exampleInitiative, rung: 8 }, 'rung', 'invalid-choice');
  assertError(InitiativeSchema, { ...ex.exampleInitiative, rung: 0 }, 'rung', 'invalid-choice');
  assertError(InitiativeSchema, { ...ex.exampleInitiative, status: 'done' }, 'status', 'invalid-choice');
  assertError(InitiativeSchema, { ...ex.exampleInitiative, updatedAt: '2026-01-15' }, 'updatedAt', 'invalid-date');
  assertOk(InitiativeSchema, { ...ex.exampleInitiative, startDate: '2026-03-01', endDate: undefined });
});

test('initiative query: strings on the wire become typed values, with defaults', () => {
  const r = validate(InitiativeQuerySchema, {
    rung: '3',
    needsVolunteers: 'false',
    limit: '100',
    q: '  garden ',
    utm_source: 'x',
  });
  assert.ok(r.ok);
  assert.deepEqual(r.data, { rung: 3, needsVolunteers: false, limit: 100, q: 'garden', sort: 'updated' });
  for (const limit of ['0', '101', '-1', '1.5', '020', 'ten'])
    assertError(InitiativeQuerySchema, { limit }, 'limit', 'invalid');
  assertError(InitiativeQuerySchema, { rung: '8' }, 'rung', 'invalid-choice');
  assertError(InitiativeQuerySchema, { needsVolunteers: 'yes' }, 'needsVolunteers', 'invalid-choice');
  assertError(InitiativeQuerySchema, { sort: 'random' }, 'sort', 'invalid-choice');
  assertError(InitiativeQuerySchema, { q: 'x'.repeat(201) }, 'q', 'too-long');
  assertOk(VolunteerRoleQuerySchema, { initiative: 'zaalbeheer' });
});

test('volunteer signup: shifts or availability, acknowledgement, consent, waitlist default', () => {
  const { shiftIds: _s, ...noShifts } = ex.exampleSignupShifts;
  assertError(VolunteerSignupSchema, noShifts, 'shiftIds', 'required');
  assertError(VolunteerSignupSchema, { ...ex.exampleSignupShifts, shiftIds: [] }, 'shiftIds', 'required');
  assertError(
    VolunteerSignupSchema,
    { ...ex.exampleSignupShifts, availability: 'Weekends' },
    'availability',
    'invalid',
  );
  assertError(VolunteerSignupSchema, { ...ex.exampleSignupShifts, shiftIds: ['a', 'a'] }, 'shiftIds', 'invalid');
  assertError(
    VolunteerSignupSchema,
    { ...ex.exampleSignupShifts, shiftIds: Array.from({ length: 21 }, (_, i) => `s${i}`) },
    'shiftIds',
    'too-big',
  );
  assertError(
    VolunteerSignupSchema,
    { ...ex.exampleSignupAvailability, availability: 'any' },
    'availability',
    'too-short',
  );
  assertError(
    VolunteerSignupSchema,
    { ...ex.exampleSignupShifts, acknowledgement: { informationNote: false, noteVersion: '2026-01' } },
    'acknowledgement.informationNote',
    'acknowledgement-required',
  );
  assertError(
    VolunteerSignupSchema,
    { ...ex.exampleSignupShifts, consent: { privacy: 'yes', noticeVersion: '2026-01' } },
    'consent.privacy',
    'consent-required',
  );
  assertError(
    VolunteerSignupSchema,
    { ...ex.exampleSignupShifts, ageConfirmed: 'yes' },
    'ageConfirmed',
    'invalid-type',
  );
  const r = validate(VolunteerSignupSchema, ex.exampleSignupAvailability);
  assert.ok(r.ok && r.data.joinWaitlist === false);
});

test('receipts: reference pattern, statuses, cancel token length', () => {
  assert.equal(formatReference('IDEE', 2026, 42), 'IDEE-2026-00042');
  assertError(IdeaReceiptSchema, { ...ex.exampleIdeaReceipt, reference: 'IDEE-26-42' }, 'reference', 'invalid');
  assertError(IdeaReceiptSchema, { ...ex.exampleIdeaReceipt, status: 'accepted' }, 'status', 'invalid-choice');
  assertError(SignupReceiptSchema, { ...ex.exampleSignupReceipt, cancelToken: 'short' }, 'cancelToken', 'too-short');
  assertError(SignupReceiptSchema, { ...ex.exampleSignupReceipt, status: 'cancelled' }, 'status', 'invalid-choice');
  assertError(SignupCancelledSchema, { id: 'signup_01', status: 'confirmed' }, 'status', 'invalid-choice');
});

test('idempotency key must be a UUID v4', () => {
  assertOk(IdempotencyKeySchema, crypto.randomUUID());
  for (const key of ['', 'abc', '3f1c9a52-7d4e-1b8a-9c21-5e6f7a8b9c0d', '3f1c9a52-7d4e-4b8a-7c21-5e6f7a8b9c0d']) {
    assertError(IdempotencyKeySchema, key, '', key === '' ? 'required' : 'invalid');
  }
});

test('site: demo flag and volunteer note are required', () => {
  const { demo: _d, ...noDemo } = ex.exampleSite;
  assertError(SiteSchema, noDemo, 'demo', 'required');
  assertError(
    SiteSchema,
    { ...ex.exampleSite, volunteerInfo: { ...ex.exampleSite.volunteerInfo, insurance: undefined } },
    'volunteerInfo.insurance',
    'required',
  );
  assertError(SiteSchema, { ...ex.exampleSite, tracks: ['create', 'vote'] }, 'tracks.1', 'invalid-choice');
});

test('toFieldErrors: stable mapping, dotted paths, one error per path', () => {
  const r = z.safeParse(
    IdeaSubmissionSchema,
    { ...clone(ex.exampleIdeaCreate), themeIds: ['ok', 'not ok'] },
    { reportInput: true },
  );
  assert.ok(!r.success);
  assert.deepEqual(toFieldErrors(r.error.issues), [{ path: 'themeIds.1', code: 'invalid' }]);
  assert.deepEqual(
    toFieldErrors([
      { code: 'custom', path: ['a'], message: 'x', params: { code: 'date-order' } },
      { code: 'custom', path: ['a'], message: 'x', params: { code: 'too-big' } },
      { code: 'custom', path: ['b'], message: 'x', params: { code: 'not-a-code' } },
    ]),
    [
      { path: 'a', code: 'date-order' },
      { path: 'b', code: 'invalid' },
    ],
  );
});

test('validate never throws, and answers only with known codes (fast-check, 1,000 runs)', () => {
  const codes = new Set<string>(FIELD_ERROR_CODES);
  const nearValid = fc.record(
    {
      track: fc.oneof(fc.constantFrom('create', 'experiment', 'join'), fc.anything()),
      title: fc.oneof(fc.string({ maxLength: 130 }), fc.anything()),
      summary: fc.string({ maxLength: 600 }),
      description: fc.string({ maxLength: 50 }),
      areaId: fc.string({ maxLength: 70 }),
      themeIds: fc.array(fc.string({ maxLength: 5 }), { maxLength: 7 }),
      location: fc.record({ address: fc.string() }, { requiredKeys: [] }),
      neighbours: fc.oneof(fc.integer(), fc.double()),
      testPeriod: fc.record({ start: fc.string(), end: fc.string() }, { requiredKeys: [] }),
      offerId: fc.string(),
      contact: fc.record({ name: fc.string(), email: fc.string(), phone: fc.string() }, { requiredKeys: [] }),
      consent: fc.record({ privacy: fc.anything(), noticeVersion: fc.string() }, { requiredKeys: [] }),
      honeypot: fc.string(),
      fillMs: fc.oneof(fc.nat(), fc.double()),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.oneof(fc.anything(), fc.jsonValue(), nearValid), (value) => {
      const r = validate(IdeaSubmissionSchema, value);
      if (r.ok) return true;
      assert.ok(r.errors.length > 0);
      for (const e of r.errors) {
        assert.equal(typeof e.path, 'string');
        assert.ok(codes.has(e.code), `unknown code ${e.code}`);
      }
      return true;
    }),
    { numRuns: 1000 },
  );
});
