/**
 * `GET /v1/site`: what a widget needs to know about the municipality before it draws a form:
 * areas, themes, open idea tracks, ready-made offers, the privacy notice and the volunteer
 * information note. Content comes in the one language chosen by `Accept-Language`.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { httpUrlSchema, idSchema, localeSchema } from './common.js';

/** The three ways in to "an idea for your neighbourhood": create, experiment, join. */
export const IDEA_TRACKS = ['create', 'experiment', 'join'] as const;
/** One of {@link IDEA_TRACKS}. */
export type IdeaTrack = (typeof IDEA_TRACKS)[number];
/** Builds {@link IdeaTrackSchema} on first use (see lazy.ts). */
export const ideaTrackSchema = lazy(() => z.enum(IDEA_TRACKS));
/** An idea track. */
export const IdeaTrackSchema = /* @__PURE__ */ ideaTrackSchema();

/** Builds {@link NamedItemSchema} on first use (see lazy.ts). */
export const namedItemSchema = lazy(() => z.object({ id: idSchema(), name: z.string() }));
/** A named thing with an id: an area (wijk) or a theme. */
export const NamedItemSchema = /* @__PURE__ */ namedItemSchema();
/** See {@link NamedItemSchema}. */
export type NamedItem = z.infer<typeof NamedItemSchema>;

/** Builds {@link OfferSchema} on first use (see lazy.ts). */
export const offerSchema = lazy(() =>
  z.object({
    id: idSchema(),
    title: z.string(),
    description: z.string(),
    /** The area it runs in; `null` means everywhere in the municipality. */
    areaId: z.nullable(idSchema()),
  }),
);
/** A ready-made offer residents can join (track `join`), e.g. a neighbourhood vegetable garden. */
export const OfferSchema = /* @__PURE__ */ offerSchema();
/** See {@link OfferSchema}. */
export type Offer = z.infer<typeof OfferSchema>;

/** Builds {@link PrivacyNoticeSchema} on first use (see lazy.ts). */
export const privacyNoticeSchema = lazy(() => z.object({ url: httpUrlSchema(), version: z.string() }));
/** The privacy notice a resident consents to; its `version` is echoed in `consent.noticeVersion`. */
export const PrivacyNoticeSchema = /* @__PURE__ */ privacyNoticeSchema();
/** See {@link PrivacyNoticeSchema}. */
export type PrivacyNotice = z.infer<typeof PrivacyNoticeSchema>;

/** Builds {@link VolunteerInfoSchema} on first use (see lazy.ts). */
export const volunteerInfoSchema = lazy(() =>
  z.object({
    version: z.string(),
    organisation: z.string(),
    aim: z.string(),
    legalStatus: z.string(),
    insurance: z.string(),
    expenses: z.string(),
    discretion: z.string(),
  }),
);
/**
 * The information note the Belgian volunteer law (2005) requires before volunteering starts.
 * Its `version` is echoed in `acknowledgement.noteVersion` of a volunteer signup.
 */
export const VolunteerInfoSchema = /* @__PURE__ */ volunteerInfoSchema();
/** See {@link VolunteerInfoSchema}. */
export type VolunteerInfo = z.infer<typeof VolunteerInfoSchema>;

/** Builds {@link SiteContactSchema} on first use (see lazy.ts). */
export const siteContactSchema = lazy(() =>
  z.object({
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
    url: z.nullable(httpUrlSchema()),
  }),
);
/** Who residents can ask questions (an office, not a person's private data). */
export const SiteContactSchema = /* @__PURE__ */ siteContactSchema();
/** See {@link SiteContactSchema}. */
export type SiteContact = z.infer<typeof SiteContactSchema>;

/** Builds {@link SiteSchema} on first use (see lazy.ts). */
export const siteSchema = lazy(() =>
  z.object({
    municipality: z.string(),
    locales: z.array(localeSchema()).check(z.minLength(1)),
    defaultLocale: localeSchema(),
    areas: z.array(namedItemSchema()),
    themes: z.array(namedItemSchema()),
    /** The idea tracks open now; a form shows only these. */
    tracks: z.array(ideaTrackSchema()),
    offers: z.array(offerSchema()),
    privacyNotice: privacyNoticeSchema(),
    volunteerInfo: volunteerInfoSchema(),
    contact: z.optional(siteContactSchema()),
    /** True when the content is demo data; widgets then say so. */
    demo: z.boolean(),
    /**
     * True when the server e-mails residents a confirmation (of an idea, a volunteer signup with its
     * cancel link); widgets then say so. Absent or false: widgets say nothing about an e-mail.
     * Optional, so backends that send no e-mail stay valid.
     */
    email: z.optional(z.boolean()),
  }),
);
/** Response of `GET /v1/site`. */
export const SiteSchema = /* @__PURE__ */ siteSchema();
/** See {@link SiteSchema}. */
export type Site = z.infer<typeof SiteSchema>;
