/**
 * What the checks share: the requester, the options, what earlier checks learnt about the backend
 * (the site, initiatives, roles, the first idea), the test values, and the assertions a check makes
 * about an answer (a schema-valid JSON answer, a problem+json answer).
 */
import * as z from 'zod/mini';
import {
  LOCALES,
  ProblemSchema,
  validate,
  type FieldError,
  type IdeaSubmissionInput,
  type Locale,
  type Problem,
  type SignupReceipt,
  type VolunteerRole,
  type VolunteerSignupInput,
} from '../schema/index.js';
import { CheckFailure, CheckSkipped, hint, mediaType, said, type Answer, type Requester } from './http.js';

/** The name every record the kit writes carries. */
export const TEST_NAME = 'Conformance Test';
/** The e-mail address every record the kit writes carries. */
export const TEST_EMAIL = 'conformance@example.org';

export interface ConformanceOptions {
  /** The origin sent in CORS requests: a page origin the backend allows (its CORS allowlist). */
  readonly origin: string;
  /** The `fillMs` sent with each submission: a plausible time for a person (a backend may flag faster forms). */
  readonly fillMs: number;
}

/** What the checks need to know of the site; read leniently, so a site that fails its shape can still be used. */
export interface SiteFacts {
  readonly locales: readonly Locale[];
  readonly defaultLocale: Locale;
  readonly areaIds: readonly string[];
  readonly tracks: readonly string[];
  readonly offers: readonly { readonly id: string; readonly areaId: string | null }[];
  readonly privacyVersion: string | undefined;
  readonly noteVersion: string | undefined;
}

export interface Context {
  readonly send: Requester;
  readonly options: ConformanceOptions;
  /** A token of this run, in the texts it writes, so two runs never send the same body. */
  readonly runId: string;
  /** What this run wrote to the backend, one line each, for the report. */
  readonly written: string[];
  site?: SiteFacts;
  /** Ids of the first page of `GET /v1/initiatives`. */
  initiativeIds?: readonly string[];
  roles?: readonly VolunteerRole[];
  /** The first accepted idea: its key, body and answer (for the idempotency checks). */
  idea?: { readonly key: string; readonly body: IdeaSubmissionInput; readonly answer: Answer };
  /** The signup this run made, and whether it is cancelled again. */
  signup?: SignupReceipt;
  /** The request that made it: its key, body and answer (for the idempotency check). */
  signupSent?: { readonly key: string; readonly body: VolunteerSignupInput; readonly answer: Answer };
  signupCancelled?: boolean;
}

/** One check's view: the context and its assertions. */
export interface Probe {
  readonly ctx: Context;
  /** Records a broken rule when `ok` is false and goes on; returns `ok`. */
  expect(ok: boolean, message: string): boolean;
  /** A broken rule after which the check cannot go on. */
  fail(message: string): never;
  /** The check cannot run here (missing data); it neither passes nor fails. */
  skip(message: string): never;
  /** A remark printed with the result (not a failure). */
  note(message: string): void;
}

export function probe(ctx: Context, problems: string[], notes: string[]): Probe {
  return {
    ctx,
    expect(ok, message) {
      if (!ok) problems.push(message);
      return ok;
    },
    fail(message) {
      throw new CheckFailure(message);
    },
    skip(message) {
      throw new CheckSkipped(message);
    },
    note(message) {
      notes.push(message);
    },
  };
}

const formatErrors = (errors: readonly FieldError[]): string =>
  errors
    .slice(0, 6)
    .map((e) => `${e.path || '(body)'}: ${e.code}`)
    .join(', ') + (errors.length > 6 ? `, … (${errors.length} in all)` : '');

/** The answer has `status`, is `application/json` and passes `schema`; returns the parsed value. */
export function expectJson<S extends z.core.$ZodType>(
  t: Probe,
  a: Answer,
  status: number,
  schema: S,
  name: string,
): z.output<S> {
  if (a.status !== status) t.fail(`${said(a)}, expected ${status}${hint(a)}`);
  t.expect(
    mediaType(a) === 'application/json',
    `${said(a)}: Content-Type is "${a.headers.get('content-type') ?? ''}", expected application/json`,
  );
  if (a.json === undefined) t.fail(`${said(a)}: the body is not JSON`);
  const r = validate(schema, a.json);
  if (!r.ok) t.fail(`${said(a)}: not a ${name} (${formatErrors(r.errors)})`);
  return r.data;
}

/**
 * The answer is an RFC 9457 problem with `status`: `application/problem+json`, `type`, `title`
 * and `status` (equal to the HTTP status), `type` equal to `type` when given.
 */
export function expectProblem(t: Probe, a: Answer, status: number, type?: string): Problem | undefined {
  if (a.status !== status) t.fail(`${said(a)}, expected ${status}${type ? ` ${type}` : ''}${hint(a)}`);
  t.expect(
    mediaType(a) === 'application/problem+json',
    `${said(a)}: Content-Type is "${a.headers.get('content-type') ?? ''}", expected application/problem+json`,
  );
  const r = validate(ProblemSchema, a.json);
  if (!r.ok) {
    t.expect(
      false,
      a.json === undefined
        ? `${said(a)}: the body is not JSON`
        : `${said(a)}: not a problem (${formatErrors(r.errors)})`,
    );
    return undefined;
  }
  t.expect(r.data.status === a.status, `${said(a)}: the problem's "status" is ${r.data.status}`);
  if (type !== undefined) t.expect(r.data.type === type, `${said(a)}: "type" is "${r.data.type}", expected ${type}`);
  return r.data;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v);

/** {@link SiteFacts} from a `GET /v1/site` body, whatever its shape. */
export function siteFacts(json: unknown): SiteFacts {
  const s = obj(json);
  const ids = (v: unknown): string[] =>
    arr(v)
      .map((x) => str(obj(x).id))
      .filter((x): x is string => x !== undefined);
  const locales = arr(s.locales).filter(isLocale);
  return {
    locales: locales.length > 0 ? locales : ['nl'],
    defaultLocale: isLocale(s.defaultLocale) ? s.defaultLocale : 'nl',
    areaIds: ids(s.areas),
    tracks: arr(s.tracks).filter((x): x is string => typeof x === 'string'),
    offers: arr(s.offers).flatMap((o) => {
      const id = str(obj(o).id);
      return id === undefined ? [] : [{ id, areaId: str(obj(o).areaId) ?? null }];
    }),
    privacyVersion: str(obj(s.privacyNotice).version),
    noteVersion: str(obj(s.volunteerInfo).version),
  };
}

/** The site facts, or a skip when `site.shape` did not get the site. */
export function needSite(t: Probe): SiteFacts {
  return t.ctx.site ?? t.skip('needs the site (see site.shape)');
}
