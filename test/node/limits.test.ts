// Limits said once: the number an error message names is the number the contract's schema enforces.
// For every field with a length or size limit, a value one past the limit (and, where there is a
// lower limit, one short of it) goes through the widget's own check (the values as the form keeps
// them, its body, the contract's schema); the schema must refuse it and accept the value at the limit,
// and the message the widget shows must name the schema's limit, read from the schema's own issue
// (zod's `minimum`/`maximum`), in nl, fr and en.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import * as nl from '../../src/i18n/nl.js';
import * as fr from '../../src/i18n/fr.js';
import * as en from '../../src/i18n/en.js';
import { format, type Catalog } from '../../src/i18n/catalog.js';
import { exampleRoleWithShifts, exampleRoleWithoutShifts, exampleSite } from '../../src/schema/examples.js';
import { IdeaSubmissionSchema, MAX_TEST_MONTHS } from '../../src/schema/idea.js';
import { VolunteerSignupSchema, type VolunteerRole } from '../../src/schema/volunteer.js';
import type { FieldError } from '../../src/schema/problem.js';
import {
  initialValues,
  LIMITS as IDEA_MESSAGE_LIMITS,
  toBody as ideaBody,
  validateIdea,
  type IdeaValues,
} from '../../src/components/idea-form/idea-form.body.js';
import { fieldMessage as ideaMessage, type IdeaI18n } from '../../src/components/idea-form/idea-form.strings.js';
import {
  checkValues,
  emptyValues,
  LIMITS as SIGNUP_MESSAGE_LIMITS,
  toBody as signupBody,
  type SignupValues,
} from '../../src/components/volunteer-signup/volunteer-signup.body.js';
import {
  fieldMessage as signupMessage,
  type SignupI18n,
} from '../../src/components/volunteer-signup/volunteer-signup.strings.js';

const LANGS = {
  nl: { ...nl.common, ...nl.ideaForm, ...nl.volunteerSignup },
  fr: { ...fr.common, ...fr.ideaForm, ...fr.volunteerSignup },
  en: { ...en.common, ...en.ideaForm, ...en.volunteerSignup },
};
/** A stand-in for the element's LocalizeController: `t` over one language's catalog. */
const i18nOf = (catalog: Catalog) => ({ t: (key: string, ...args: unknown[]) => format(catalog, key, args as never) });

/** Digits as a resident reads them, without the grouping a language may put in (10 000, 10.000). */
const digits = (s: string): string => s.replace(/(\d)[\s.,\u00a0\u202f](?=\d{3}\b)/g, '$1');
const namesNumber = (message: string, n: number): boolean => new RegExp(`(^|\\D)${n}(\\D|$)`).test(digits(message));

const a = (n: number): string => 'a'.repeat(n);
const email = (n: number): string => `${a(n - '@example.org'.length)}@example.org`;
const phone = (n: number): string => '0'.repeat(n);
const date = (d: Date): string => d.toISOString().slice(0, 10);
const days = (from: string, n: number): string => date(new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000));

/** The schema's issue at `path` for a body, and the limit it carries (zod's minimum/maximum). */
function schemaLimit(schema: z.ZodMiniType, body: unknown, path: string): number | undefined {
  const r = z.safeParse(schema, body);
  const issue = r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === path);
  if (!issue) return undefined;
  if (issue.code === 'too_big') return Number(issue.maximum);
  if (issue.code === 'too_small') return Number(issue.minimum);
  return undefined;
}

interface Case<V> {
  form: string;
  path: string;
  /** Values with the field at `n` characters (or items, or the number `n`). */
  values: (n: number) => V;
  /** Which end of the limit: one short of the minimum or one past the maximum. */
  end: 'min' | 'max';
  /** The limit the form's message table gives (must agree with the schema). */
  limit: number;
}

function check<V>(
  c: Case<V>,
  errors: (v: V) => FieldError[],
  body: (v: V) => unknown,
  schema: z.ZodMiniType,
  message: (catalog: Catalog, v: V, e: FieldError) => string,
): void {
  const name = `${c.form} ${c.path} (${c.end} ${c.limit})`;
  const atLimit = c.values(c.limit);
  const beyond = c.values(c.end === 'max' ? c.limit + 1 : c.limit - 1);
  assert.equal(
    errors(atLimit).find((e) => e.path === c.path),
    undefined,
    `${name}: the value at the limit is accepted`,
  );
  const error = errors(beyond).find((e) => e.path === c.path);
  assert.ok(error, `${name}: the value beyond the limit is refused`);
  const fromSchema = schemaLimit(schema, body(beyond), c.path) ?? c.limit;
  assert.equal(fromSchema, c.limit, `${name}: the schema's own limit`);
  for (const [lang, catalog] of Object.entries(LANGS)) {
    const text = message(catalog, beyond, error);
    assert.ok(namesNumber(text, fromSchema), `${name} ${lang}: "${text}" names ${fromSchema}`);
  }
}

// ---------------------------------------------------------------- idea form

const site = exampleSite;
const ideaBase = (track: string): IdeaValues => ({
  ...initialValues(track, site.areas[0]?.id ?? ''),
  title: 'Benches on the square',
  summary: 'Put a few benches on the square so neighbours can sit.',
  description: 'The square has no place to sit.',
  neighbours: '4',
  offerId: site.offers[0]?.id ?? '',
  'contact.name': 'Sample Resident',
  'contact.email': 'resident@example.org',
  'consent.privacy': true,
});
const ideaCheck = (c: Case<IdeaValues>): void =>
  check(
    c,
    (v) => validateIdea(v, site),
    (v) => ideaBody(v, site, { honeypot: '', fillMs: 0 }),
    IdeaSubmissionSchema,
    (catalog, v, e) => ideaMessage(i18nOf(catalog) as unknown as IdeaI18n, e.path, e.code, v.track),
  );
const L = (path: string): readonly [number, number] => {
  const l = IDEA_MESSAGE_LIMITS[path];
  assert.ok(l, `idea form: ${path} has a limit in its message table`);
  return l;
};

const ideaText: Record<string, (n: number) => Partial<IdeaValues>> = {
  title: (n) => ({ title: a(n) }),
  summary: (n) => ({ summary: a(n) }),
  description: (n) => ({ description: a(n) }),
  'location.address': (n) => ({ 'location.address': a(n) }),
  'contact.name': (n) => ({ 'contact.name': a(n) }),
  'contact.email': (n) => ({ 'contact.email': email(n) }),
  'contact.phone': (n) => ({ 'contact.phone': phone(n) }),
  neighbours: (n) => ({ neighbours: String(n) }),
  themeIds: (n) => ({ themeIds: Array.from({ length: n }, (_, i) => `theme-${i}`) }),
};

test('idea form: every limited field has a case here, and its message names the schema limit', () => {
  const covered = [...Object.keys(ideaText), 'testPeriod.end'].sort();
  assert.deepEqual(Object.keys(IDEA_MESSAGE_LIMITS).sort(), covered, 'a new limited field needs a case here');
  for (const [path, set] of Object.entries(ideaText)) {
    const [min, max] = L(path);
    const values = (n: number): IdeaValues => ({ ...ideaBase('create'), ...set(n) });
    ideaCheck({ form: 'idea', path, values, end: 'max', limit: max });
    // Below 1 character a text is empty ("Vul … in"), not too short; the phone's minimum is its
    // pattern's (6 digits, refused as a bad number, below); fewer than 0 themes or neighbours cannot
    // be entered (a typed "-1" is no whole number and reads "check the number").
    if (min > 1 && path !== 'contact.phone') {
      ideaCheck({ form: 'idea', path, values, end: 'min', limit: min });
    }
  }
});

test('idea form: the phone minimum is the pattern’s (6 digits), refused as a bad number', () => {
  const [min] = L('contact.phone');
  const at = validateIdea({ ...ideaBase('create'), 'contact.phone': phone(min) }, site);
  assert.equal(
    at.find((e) => e.path === 'contact.phone'),
    undefined,
  );
  const under = validateIdea({ ...ideaBase('create'), 'contact.phone': phone(min - 1) }, site);
  assert.equal(under.find((e) => e.path === 'contact.phone')?.code, 'invalid-phone');
});

test('idea form: a join note names the description limit', () => {
  const [, max] = L('description');
  ideaCheck({
    form: 'idea (join)',
    path: 'description',
    values: (n) => ({ ...ideaBase('join'), description: a(n) }),
    end: 'max',
    limit: max,
  });
});

test('idea form: a test period names the schema’s longest period in months', () => {
  const [, months] = L('testPeriod.end');
  assert.equal(months, MAX_TEST_MONTHS);
  const start = days(date(new Date()), 30);
  const end = (d: Date): string => date(d);
  const plusMonths = (n: number): Date => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + n);
    return d;
  };
  const values = (endDate: string): IdeaValues => ({
    ...ideaBase('experiment'),
    'testPeriod.start': start,
    'testPeriod.end': endDate,
  });
  const last = end(plusMonths(months));
  assert.equal(
    validateIdea(values(last), site).find((e) => e.path === 'testPeriod.end'),
    undefined,
    'at the limit',
  );
  const beyond = values(days(last, 1));
  const error = validateIdea(beyond, site).find((e) => e.path === 'testPeriod.end');
  assert.equal(error?.code, 'too-big', 'a day past the limit');
  for (const [lang, catalog] of Object.entries(LANGS)) {
    const text = ideaMessage(i18nOf(catalog) as unknown as IdeaI18n, error.path, error.code, 'experiment');
    assert.ok(namesNumber(text, months), `${lang}: "${text}" names ${months}`);
  }
});

// ---------------------------------------------------------------- volunteer signup

const signupBase = (role: VolunteerRole): SignupValues => ({
  ...emptyValues(role.id),
  shiftIds: role.shifts.slice(0, 1).map((s) => s.id),
  availability: role.shifts.length ? '' : 'Weekends, mornings',
  'contact.name': 'Sample Resident',
  'contact.email': 'resident@example.org',
  ageConfirmed: true,
  acknowledgement: true,
  consent: true,
});
const signupCheck = (c: Case<SignupValues>, role: VolunteerRole): void =>
  check(
    c,
    (v) => checkValues(v, role, site),
    (v) => signupBody(v, role, site, { honeypot: '', fillMs: 0, forceWaitlist: false }),
    VolunteerSignupSchema,
    (catalog, _v, e) => signupMessage(i18nOf(catalog) as unknown as SignupI18n, e.path, e.code, role),
  );

const signupText: Record<string, (n: number) => Partial<SignupValues>> = {
  availability: (n) => ({ availability: a(n) }),
  'contact.name': (n) => ({ 'contact.name': a(n) }),
  'contact.email': (n) => ({ 'contact.email': email(n) }),
  'contact.phone': (n) => ({ 'contact.phone': phone(n) }),
};

test('volunteer signup: every limited field has a case here, and its message names the schema limit', () => {
  assert.deepEqual(Object.keys(SIGNUP_MESSAGE_LIMITS).sort(), Object.keys(signupText).sort());
  for (const [path, set] of Object.entries(signupText)) {
    const limits = SIGNUP_MESSAGE_LIMITS[path];
    assert.ok(limits, path);
    const [min, max] = limits;
    const role = path === 'availability' ? exampleRoleWithoutShifts : exampleRoleWithShifts;
    const values = (n: number): SignupValues => ({ ...signupBase(role), ...set(n) });
    signupCheck({ form: 'signup', path, values, end: 'max', limit: max }, role);
    if (path !== 'contact.phone' && min > 1)
      signupCheck({ form: 'signup', path, values, end: 'min', limit: min }, role);
  }
});

test('no widget types a limit again: character counts and number fields take theirs from the schema', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dir = new URL('../../src/components/', import.meta.url);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 10, 'found the widget sources');
  for (const f of files) {
    const source = await readFile(new URL(f, dir), 'utf8');
    // `count: { max: 500, …}`, `count(c, 120)`, `min: 0, max: 10000` next to a field's options.
    assert.doesNotMatch(source, /\bcount\s*(?::\s*\{\s*max|\(\s*\w+)\s*[:,]\s*\d/, `${f}: a typed character limit`);
    assert.doesNotMatch(
      source,
      /\b(?:min|max|minlength|maxlength)\s*[:=]\s*["'{]?\s*\d{2,}/,
      `${f}: a typed field limit`,
    );
  }
});
