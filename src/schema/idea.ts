/**
 * `POST /v1/ideas`: an idea for the neighbourhood, on one of three tracks (create, experiment,
 * join), and the receipt the server answers with.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import type { FieldErrorCode } from './problem.js';
import {
  consentSchema,
  contactSchema,
  fillMsSchema,
  honeypotSchema,
  idSchema,
  integer,
  isoDateSchema,
  isoDateTimeSchema,
  isRecord,
  referenceSchema,
  text,
  unique,
} from './common.js';
import { ideaTrackSchema } from './site.js';

/** Longest test period of an experiment, in months. */
export const MAX_TEST_MONTHS = 12;

const plusMonths = (date: string, months: number): string => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}${date.slice(7)}`;
};

/**
 * The earliest start date of a test period: today where the day is youngest (UTC-12), so a start
 * date is refused only once it is in the past everywhere. A widget checks the resident's own today
 * as well (see {@link isBeforeToday}).
 */
export const earliestStart = (now: number = Date.now()): string =>
  new Date(now - 12 * 3600 * 1000).toISOString().slice(0, 10);

/** True when `date` (`YYYY-MM-DD`) is before today in the device's time zone. */
export const isBeforeToday = (date: string, now: Date = new Date()): boolean => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return date < `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Builds {@link TestPeriodSchema} on first use (see lazy.ts). */
export const testPeriodSchema = lazy(() =>
  z.strictObject({ start: isoDateSchema(), end: isoDateSchema() }).check(
    z.superRefine((p, ctx) => {
      if (p.start < earliestStart()) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: 'too-small',
          input: p.start,
          params: { code: 'too-small' },
        });
      }
      if (p.end <= p.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'date-order',
          input: p.end,
          params: { code: 'date-order' },
        });
      } else if (p.end > plusMonths(p.start, MAX_TEST_MONTHS)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'too-big', input: p.end, params: { code: 'too-big' } });
      }
    }),
  ),
);
/**
 * The period an experiment runs: `start` not in the past (`too-small`, see {@link earliestStart}),
 * `end` after `start` (`date-order`), at most {@link MAX_TEST_MONTHS} months later (`too-big`).
 */
export const TestPeriodSchema = /* @__PURE__ */ testPeriodSchema();
/** See {@link TestPeriodSchema}. */
export type TestPeriod = z.infer<typeof TestPeriodSchema>;

/** Shortest and longest address. */
const IDEA_LIMITS_ADDRESS = [1, 200] as const;

/** Builds {@link LocationSchema} on first use (see lazy.ts). */
export const locationSchema = lazy(() =>
  z.strictObject({ address: text(IDEA_LIMITS_ADDRESS[0], IDEA_LIMITS_ADDRESS[1]) }),
);
/** Where the idea would happen, as free address text. */
export const LocationSchema = /* @__PURE__ */ locationSchema();
/** See {@link LocationSchema}. */
export type Location = z.infer<typeof LocationSchema>;

/** Fields that `create` and `experiment` need and `join` may leave out. */
const IDEA_KEYS = ['title', 'summary', 'areaId', 'themeIds', 'neighbours'] as const;

/**
 * Rules that depend on the track. They read the raw input, so they also run when other fields
 * fail, and a resident sees every error at once. (Zod skips them only after a non-integer number
 * or an oversized array, which a widget does not send.)
 */
const trackRules = lazy(() =>
  z.check<unknown>(
    (payload) => {
      const v = payload.value;
      if (!isRecord(v)) return;
      const add = (key: string, c: FieldErrorCode): void => {
        payload.issues.push({ code: 'custom', path: [key], message: c, input: v[key], params: { code: c } });
      };
      const { track, testPeriod, offerId, description } = v;
      if (track !== 'create' && track !== 'experiment' && track !== 'join') return;
      if (track === 'experiment' && testPeriod === undefined) add('testPeriod', 'required');
      if (track !== 'experiment' && testPeriod !== undefined) add('testPeriod', 'invalid');
      if (track === 'join' && offerId === undefined) add('offerId', 'required');
      if (track !== 'join' && offerId !== undefined) add('offerId', 'invalid');
      if (track === 'join') return;
      if (description === undefined || (typeof description === 'string' && description.trim() === '')) {
        add('description', 'required');
      }
      // What the idea is, where and with how many: asked on the tracks that start something new.
      for (const key of IDEA_KEYS) if (v[key] === undefined) add(key, 'required');
    },
    { when: () => true },
  ),
);

/** Limits of the idea's texts and numbers, for the schema and for the messages that name them. */
export const IDEA_LIMITS = {
  title: [5, 120],
  summary: [20, 500],
  description: [0, 5000],
  address: IDEA_LIMITS_ADDRESS,
  themes: [0, 5],
  neighbours: [0, 10000],
} as const;

/** Builds {@link IdeaSubmissionSchema} on first use (see lazy.ts). */
export const ideaSubmissionSchema = lazy(() =>
  z
    .strictObject({
      track: ideaTrackSchema(),
      title: z.optional(text(...IDEA_LIMITS.title)),
      summary: z.optional(text(...IDEA_LIMITS.summary)),
      description: z.optional(text(...IDEA_LIMITS.description)),
      areaId: z.optional(idSchema()),
      themeIds: z.optional(z.array(idSchema()).check(z.maxLength(IDEA_LIMITS.themes[1]), unique<string>())),
      location: z.optional(locationSchema()),
      /** How many neighbours are in on it. */
      neighbours: z.optional(integer(...IDEA_LIMITS.neighbours)),
      testPeriod: z.optional(testPeriodSchema()),
      offerId: z.optional(idSchema()),
      contact: contactSchema(),
      consent: consentSchema(),
      honeypot: honeypotSchema(),
      fillMs: fillMsSchema(),
    })
    .check(trackRules()),
);
/**
 * Body of `POST /v1/ideas`. Track rules: `experiment` needs `testPeriod` (absent otherwise);
 * `join` needs `offerId` (absent otherwise); `create` and `experiment` need a `description`,
 * `title`, `summary`, `areaId`, `themeIds` and `neighbours`. A `join` is a signup for an offer:
 * it may leave those out (its `description` is an optional note); `areaId` is then the offer's
 * area, and the server asks for it only when the offer runs everywhere. A `join` that does send
 * them (older widgets) is checked by the same limits.
 */
export const IdeaSubmissionSchema = /* @__PURE__ */ ideaSubmissionSchema();
/** See {@link IdeaSubmissionSchema} (the parsed, trimmed body). */
export type IdeaSubmission = z.output<typeof IdeaSubmissionSchema>;
/** Body of an idea as sent. */
export type IdeaSubmissionInput = z.input<typeof IdeaSubmissionSchema>;

/** Builds {@link IdeaReceiptSchema} on first use (see lazy.ts). */
export const ideaReceiptSchema = lazy(() =>
  z.object({
    id: idSchema(),
    reference: referenceSchema(),
    status: z.literal('received'),
    receivedAt: isoDateTimeSchema(),
  }),
);
/** Response `201` of `POST /v1/ideas`. */
export const IdeaReceiptSchema = /* @__PURE__ */ ideaReceiptSchema();
/** See {@link IdeaReceiptSchema}. */
export type IdeaReceipt = z.infer<typeof IdeaReceiptSchema>;
