/**
 * The site file (`GET`/`PUT /v1/staff/site`, `civic-widgets-server site export|import`): everything
 * `GET /v1/site` answers, with every text in each language, as one JSON document a municipality
 * can keep in version control. `demo` is not part of it: a site set up by staff is not demo data.
 *
 * Rules beyond the shapes (checked by {@link SiteFileSchema} itself, so the staff API, the command
 * line and a test of docs/site.example.json give the same field errors):
 * - a text absent or empty in one of the site's `locales` is `missing-translation` at its dotted
 *   path (`areas.2.name.fr`); languages outside `locales` may be left out;
 * - `locales` and `tracks` hold no value twice; `defaultLocale` is one of `locales`;
 * - ids are unique per list (`areas.3.id` `invalid`); an offer's `areaId` is an area of the file
 *   (`offers.1.areaId` `invalid-choice`).
 */
import * as z from 'zod/mini';
import {
  EmailSchema,
  HttpUrlSchema,
  IdeaTrackSchema,
  IdSchema,
  isRecord,
  LocaleSchema,
  LOCALES,
  text,
  unique,
  type FieldErrorCode,
} from '../index.js';

/** The version of the site file's format (`version` in the file). */
export const SITE_FILE_VERSION = 1;

/** Longest texts of the site file, per kind of text. */
export const SITE_TEXT_LIMITS = { name: 200, title: 200, description: 2000, note: 4000 } as const;

/**
 * A text of the site in nl, fr and en. Each language may be absent or empty here; the file's rule
 * requires it for every language in the site's `locales`.
 */
export const siteText = (max: number) =>
  z.strictObject({
    nl: z.optional(text(0, max)),
    fr: z.optional(text(0, max)),
    en: z.optional(text(0, max)),
  });
/** A text of the site in each language (see {@link siteText}). */
export type SiteText = z.infer<ReturnType<typeof siteText>>;

/** An area (wijk) or a theme. */
export const SiteFileNamedSchema = z.strictObject({ id: IdSchema, name: siteText(SITE_TEXT_LIMITS.name) });

/** A ready-made offer (track `join`); `areaId: null` means everywhere in the municipality. */
export const SiteFileOfferSchema = z.strictObject({
  id: IdSchema,
  title: siteText(SITE_TEXT_LIMITS.title),
  description: siteText(SITE_TEXT_LIMITS.description),
  areaId: z.nullable(IdSchema),
});

/** The volunteer information note (Belgian volunteer law, 2005); `version` is echoed by signups. */
export const SiteFileVolunteerInfoSchema = z.strictObject({
  version: text(1, 64),
  organisation: siteText(SITE_TEXT_LIMITS.note),
  aim: siteText(SITE_TEXT_LIMITS.note),
  legalStatus: siteText(SITE_TEXT_LIMITS.note),
  insurance: siteText(SITE_TEXT_LIMITS.note),
  expenses: siteText(SITE_TEXT_LIMITS.note),
  discretion: siteText(SITE_TEXT_LIMITS.note),
});

/** Whom residents can ask (an office, not a person's private data). */
export const SiteFileContactSchema = z.strictObject({
  email: z.nullable(EmailSchema),
  phone: z.nullable(text(1, 32)),
  url: z.nullable(HttpUrlSchema),
});

/**
 * The municipality's pages where it placed the widgets: e-mails link to them. `volunteer`: the page
 * with `<civic-volunteer-signup read-url>`; a cancel link is this address with
 * `?cancel=<signup id>.<token>&reference=<reference>` (other query parameters kept). `ideas`: the
 * page with `<civic-idea-form>`. Without `volunteer`, e-mails give the reference and short cancel
 * code only.
 */
export const SiteFilePagesSchema = z.strictObject({
  volunteer: z.optional(HttpUrlSchema),
  ideas: z.optional(HttpUrlSchema),
});

/** The texts of the site file, as paths (`*` for every item of a list). */
const TEXT_PATHS: readonly (readonly string[])[] = [
  ['municipality'],
  ['areas', '*', 'name'],
  ['themes', '*', 'name'],
  ['offers', '*', 'title'],
  ['offers', '*', 'description'],
  ...['organisation', 'aim', 'legalStatus', 'insurance', 'expenses', 'discretion'].map((k) => ['volunteerInfo', k]),
];

type Issue = { path: PropertyKey[]; code: FieldErrorCode; input: unknown };

/** Each value at `path` (with `*` over list items), with its concrete path. */
function* at(value: unknown, path: readonly string[], prefix: PropertyKey[] = []): Generator<[unknown, PropertyKey[]]> {
  if (path.length === 0) {
    yield [value, prefix];
    return;
  }
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* at(item, rest, [...prefix, i]);
  } else if (isRecord(value)) {
    yield* at(value[head], rest, [...prefix, head]);
  }
}

/** The rules of the whole file (see the module comment); reads the raw input, so all errors show at once. */
export function siteFileIssues(v: unknown): Issue[] {
  if (!isRecord(v)) return [];
  const issues: Issue[] = [];
  const locales = Array.isArray(v.locales)
    ? v.locales.filter((l): l is (typeof LOCALES)[number] => (LOCALES as readonly unknown[]).includes(l))
    : [];
  for (const path of TEXT_PATHS) {
    for (const [t, p] of at(v, path)) {
      if (!isRecord(t)) continue;
      for (const l of locales) {
        const s = t[l];
        if (s === undefined || (typeof s === 'string' && s.trim() === ''))
          issues.push({ path: [...p, l], code: 'missing-translation', input: s });
      }
    }
  }
  if (typeof v.defaultLocale === 'string' && locales.length > 0 && !locales.includes(v.defaultLocale as never))
    issues.push({ path: ['defaultLocale'], code: 'invalid-choice', input: v.defaultLocale });
  for (const list of ['areas', 'themes', 'offers'] as const) {
    const seen = new Set<unknown>();
    for (const [id, p] of at(v, [list, '*', 'id'])) {
      if (typeof id !== 'string') continue;
      if (seen.has(id)) issues.push({ path: p, code: 'invalid', input: id });
      seen.add(id);
    }
  }
  const areas = new Set([...at(v, ['areas', '*', 'id'])].map(([id]) => id));
  for (const [areaId, p] of at(v, ['offers', '*', 'areaId'])) {
    if (typeof areaId === 'string' && !areas.has(areaId))
      issues.push({ path: p, code: 'invalid-choice', input: areaId });
  }
  return issues;
}

const fileRules = z.check<unknown>(
  (payload) => {
    for (const i of siteFileIssues(payload.value))
      payload.issues.push({ code: 'custom', path: i.path, message: i.code, input: i.input, params: { code: i.code } });
  },
  { when: () => true },
);

/** The site file: body of `PUT /v1/staff/site`, answer of `GET` and `PUT /v1/staff/site`. */
export const SiteFileSchema = z
  .strictObject({
    /** Where an editor finds a JSON Schema for the file (ignored by the server, not stored). */
    $schema: z.optional(z.string().check(z.maxLength(2048))),
    /** The file format; {@link SITE_FILE_VERSION}. */
    version: z.optional(z.literal(SITE_FILE_VERSION)),
    municipality: siteText(SITE_TEXT_LIMITS.name),
    locales: z.array(LocaleSchema).check(z.minLength(1), unique<string>()),
    defaultLocale: LocaleSchema,
    areas: z.array(SiteFileNamedSchema).check(z.maxLength(500)),
    themes: z.array(SiteFileNamedSchema).check(z.maxLength(500)),
    /** The idea tracks open now (none: the idea form accepts nothing). */
    tracks: z.array(IdeaTrackSchema).check(unique<string>()),
    offers: z.array(SiteFileOfferSchema).check(z.maxLength(500)),
    privacyNotice: z.strictObject({ url: HttpUrlSchema, version: text(1, 64) }),
    volunteerInfo: SiteFileVolunteerInfoSchema,
    contact: z.optional(SiteFileContactSchema),
    /** See {@link SiteFilePagesSchema}. */
    pages: z.optional(SiteFilePagesSchema),
  })
  .check(fileRules);
/** See {@link SiteFileSchema}. */
export type SiteFile = z.output<typeof SiteFileSchema>;
