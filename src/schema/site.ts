/**
 * `GET /v1/site`: what a widget needs to know about the municipality before it draws a form:
 * areas, themes, open idea tracks, ready-made offers, the privacy notice and the volunteer
 * information note. Content comes in the one language chosen by `Accept-Language`.
 */
import * as z from 'zod/mini';
import { HttpUrlSchema, IdSchema, LocaleSchema } from './common.js';

/** The three ways in to "an idea for your neighbourhood": create, experiment, join. */
export const IDEA_TRACKS = ['create', 'experiment', 'join'] as const;
/** One of {@link IDEA_TRACKS}. */
export type IdeaTrack = (typeof IDEA_TRACKS)[number];
/** An idea track. */
export const IdeaTrackSchema = z.enum(IDEA_TRACKS);

/** A named thing with an id: an area (wijk) or a theme. */
export const NamedItemSchema = z.object({ id: IdSchema, name: z.string() });
/** See {@link NamedItemSchema}. */
export type NamedItem = z.infer<typeof NamedItemSchema>;

/** A ready-made offer residents can join (track `join`), e.g. a neighbourhood vegetable garden. */
export const OfferSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string(),
  /** The area it runs in; `null` means everywhere in the municipality. */
  areaId: z.nullable(IdSchema),
});
/** See {@link OfferSchema}. */
export type Offer = z.infer<typeof OfferSchema>;

/** The privacy notice a resident consents to; its `version` is echoed in `consent.noticeVersion`. */
export const PrivacyNoticeSchema = z.object({ url: HttpUrlSchema, version: z.string() });
/** See {@link PrivacyNoticeSchema}. */
export type PrivacyNotice = z.infer<typeof PrivacyNoticeSchema>;

/**
 * The information note the Belgian volunteer law (2005) requires before volunteering starts.
 * Its `version` is echoed in `acknowledgement.noteVersion` of a volunteer signup.
 */
export const VolunteerInfoSchema = z.object({
  version: z.string(),
  organisation: z.string(),
  aim: z.string(),
  legalStatus: z.string(),
  insurance: z.string(),
  expenses: z.string(),
  discretion: z.string(),
});
/** See {@link VolunteerInfoSchema}. */
export type VolunteerInfo = z.infer<typeof VolunteerInfoSchema>;

/** Who residents can ask questions (an office, not a person's private data). */
export const SiteContactSchema = z.object({
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  url: z.nullable(HttpUrlSchema),
});
/** See {@link SiteContactSchema}. */
export type SiteContact = z.infer<typeof SiteContactSchema>;

/** Response of `GET /v1/site`. */
export const SiteSchema = z.object({
  municipality: z.string(),
  locales: z.array(LocaleSchema).check(z.minLength(1)),
  defaultLocale: LocaleSchema,
  areas: z.array(NamedItemSchema),
  themes: z.array(NamedItemSchema),
  /** The idea tracks open now; a form shows only these. */
  tracks: z.array(IdeaTrackSchema),
  offers: z.array(OfferSchema),
  privacyNotice: PrivacyNoticeSchema,
  volunteerInfo: VolunteerInfoSchema,
  contact: z.optional(SiteContactSchema),
  /** True when the content is demo data; widgets then say so. */
  demo: z.boolean(),
  /**
   * True when the server e-mails residents a confirmation (of an idea, a volunteer signup with its
   * cancel link); widgets then say so. Absent or false: widgets say nothing about an e-mail.
   * Optional, so backends that send no e-mail stay valid.
   */
  email: z.optional(z.boolean()),
});
/** See {@link SiteSchema}. */
export type Site = z.infer<typeof SiteSchema>;
