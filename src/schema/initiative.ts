/**
 * Initiatives: citizen participation projects shown by `civic-initiative-list`, with their rung
 * on the participation ladder of Pröpper & Steenbergen (1999).
 * `GET /v1/initiatives` (filtered, cursor-paginated) and `GET /v1/initiatives/{id}`.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { code, httpUrlSchema, idSchema, integer, isoDateSchema, isoDateTimeSchema, text } from './common.js';

/**
 * Rungs of the participation ladder, highest first: 1 = facilitating style, residents are
 * initiators; 7 = closed authoritarian style, residents have no role.
 */
export const RUNGS = [1, 2, 3, 4, 5, 6, 7] as const;
/** One of {@link RUNGS}. */
export type Rung = (typeof RUNGS)[number];
/** Builds {@link RungSchema} on first use (see lazy.ts). */
export const rungSchema = lazy(() => z.literal(RUNGS));
/** A rung of the participation ladder, 1..7. */
export const RungSchema = /* @__PURE__ */ rungSchema();

/** The kind of co-production an initiative is. */
export const COPRODUCTION_KINDS = ['co-creation', 'co-production', 'co-decision', 'advice', 'information'] as const;
/** One of {@link COPRODUCTION_KINDS}. */
export type CoproductionKind = (typeof COPRODUCTION_KINDS)[number];
/** Builds {@link CoproductionKindSchema} on first use (see lazy.ts). */
export const coproductionKindSchema = lazy(() => z.enum(COPRODUCTION_KINDS));
/** A kind of co-production. */
export const CoproductionKindSchema = /* @__PURE__ */ coproductionKindSchema();

/** Where an initiative stands. */
export const INITIATIVE_STATUSES = ['idea', 'testing', 'running', 'finished'] as const;
/** One of {@link INITIATIVE_STATUSES}. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
/** Builds {@link InitiativeStatusSchema} on first use (see lazy.ts). */
export const initiativeStatusSchema = lazy(() => z.enum(INITIATIVE_STATUSES));
/** The status of an initiative. */
export const InitiativeStatusSchema = /* @__PURE__ */ initiativeStatusSchema();

/** Who organises an initiative (a role, never a person). */
export const ORGANISERS = ['residents', 'municipality', 'both'] as const;
/** One of {@link ORGANISERS}. */
export type Organiser = (typeof ORGANISERS)[number];
/** Builds {@link OrganiserSchema} on first use (see lazy.ts). */
export const organiserSchema = lazy(() => z.enum(ORGANISERS));
/** Who organises an initiative. */
export const OrganiserSchema = /* @__PURE__ */ organiserSchema();

/** Sort orders of the initiative list: last updated first (default), by title, by start date. */
export const INITIATIVE_SORTS = ['updated', 'title', 'start'] as const;
/** One of {@link INITIATIVE_SORTS}. */
export type InitiativeSort = (typeof INITIATIVE_SORTS)[number];

/** Builds {@link LinkSchema} on first use (see lazy.ts). */
export const linkSchema = lazy(() => z.object({ label: z.string(), url: httpUrlSchema() }));
/** A link shown with an initiative; only `http:`/`https:` URLs. */
export const LinkSchema = /* @__PURE__ */ linkSchema();
/** See {@link LinkSchema}. */
export type Link = z.infer<typeof LinkSchema>;

/** Builds {@link ImageSchema} on first use (see lazy.ts). */
export const imageSchema = lazy(() => z.object({ url: httpUrlSchema(), alt: z.string() }));
/** An image with its alternative text (`alt` may be empty for a decorative image). */
export const ImageSchema = /* @__PURE__ */ imageSchema();
/** See {@link ImageSchema}. */
export type Image = z.infer<typeof ImageSchema>;

/** Builds {@link InitiativeSchema} on first use (see lazy.ts). */
export const initiativeSchema = lazy(() =>
  z.object({
    id: idSchema(),
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    areaId: z.nullable(idSchema()),
    themeIds: z.array(idSchema()),
    rung: rungSchema(),
    coproduction: coproductionKindSchema(),
    status: initiativeStatusSchema(),
    organiser: organiserSchema(),
    needsVolunteers: z.boolean(),
    links: z.array(linkSchema()),
    image: z.nullable(imageSchema()),
    startDate: z.optional(z.nullable(isoDateSchema())),
    endDate: z.optional(z.nullable(isoDateSchema())),
    updatedAt: isoDateTimeSchema(),
  }),
);
/**
 * One initiative. Texts are plain text in the language chosen by `Accept-Language`
 * (never HTML: widgets render them as text).
 */
export const InitiativeSchema = /* @__PURE__ */ initiativeSchema();
/** See {@link InitiativeSchema}. */
export type Initiative = z.infer<typeof InitiativeSchema>;

/** `limit` on the wire: `1`..`100`. */
export const LIMIT_PATTERN = /^(?:100|[1-9][0-9]?)$/;
/** Page size when `limit` is absent. */
export const DEFAULT_LIMIT = 20;

/** Longest search text, for the schema and for the search box's `maxlength`. */
export const QUERY_LIMITS = { q: [0, 200] } as const;

/** Builds {@link InitiativeQuerySchema} on first use (see lazy.ts). */
export const initiativeQuerySchema = lazy(() =>
  z.object({
    // No NUL: PostgreSQL cannot hold it in text, and no resident types one.
    q: z.optional(text(...QUERY_LIMITS.q).check(z.regex(/^[^\u0000]*$/, code('invalid')))),
    area: z.optional(idSchema()),
    theme: z.optional(idSchema()),
    rung: z.optional(
      z.pipe(
        z.enum(['1', '2', '3', '4', '5', '6', '7'], code('invalid-choice')),
        z.transform((s: `${Rung}`) => Number(s) as Rung),
      ),
    ),
    status: z.optional(initiativeStatusSchema()),
    needsVolunteers: z.optional(
      z.pipe(
        z.enum(['true', 'false']),
        z.transform((s: 'true' | 'false') => s === 'true'),
      ),
    ),
    sort: z._default(z.enum(INITIATIVE_SORTS), 'updated'),
    /** Opaque: pass back the `nextCursor` of the previous page. */
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    limit: z.pipe(
      z._default(z.string().check(z.regex(LIMIT_PATTERN, code('invalid'))), String(DEFAULT_LIMIT)),
      z.transform((s: string) => Number(s)),
    ),
  }),
);
/**
 * Query parameters of `GET /v1/initiatives`. On the wire every value is a string; parsing turns
 * `rung`, `needsVolunteers` and `limit` into a number, a boolean and a number and fills in
 * `sort` and `limit`. Unknown parameters are ignored.
 */
export const InitiativeQuerySchema = /* @__PURE__ */ initiativeQuerySchema();
/** Parsed query (numbers and booleans, defaults filled in). */
export type InitiativeQuery = z.output<typeof InitiativeQuerySchema>;
/** Query as sent on the wire (all strings, all optional). */
export type InitiativeQueryInput = z.input<typeof InitiativeQuerySchema>;

/** Builds {@link InitiativePageSchema} on first use (see lazy.ts). */
export const initiativePageSchema = lazy(() =>
  z.object({
    items: z.array(initiativeSchema()),
    total: integer(0),
    nextCursor: z.nullable(z.string()),
  }),
);
/** Response of `GET /v1/initiatives`: one page. `nextCursor` is `null` on the last page. */
export const InitiativePageSchema = /* @__PURE__ */ initiativePageSchema();
/** See {@link InitiativePageSchema}. */
export type InitiativePage = z.infer<typeof InitiativePageSchema>;
