/**
 * `POST /v1/ideas`: an idea for the neighbourhood, on one of three tracks (create, experiment,
 * join), and the receipt the server answers with.
 */
import * as z from 'zod/mini';
import type { FieldErrorCode } from './problem.js';
import {
  ConsentSchema,
  ContactSchema,
  FillMsSchema,
  HoneypotSchema,
  IdSchema,
  integer,
  IsoDateSchema,
  IsoDateTimeSchema,
  isRecord,
  ReferenceSchema,
  text,
  unique,
} from './common.js';
import { IdeaTrackSchema } from './site.js';

/** Longest test period of an experiment, in months. */
export const MAX_TEST_MONTHS = 12;

const plusMonths = (date: string, months: number): string => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}${date.slice(7)}`;
};

/** The period an experiment runs: `end` after `start`, at most {@link MAX_TEST_MONTHS} months later. */
export const TestPeriodSchema = z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).check(
  z.superRefine((p, ctx) => {
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
);
/** See {@link TestPeriodSchema}. */
export type TestPeriod = z.infer<typeof TestPeriodSchema>;

/** Where the idea would happen, as free address text. */
export const LocationSchema = z.strictObject({ address: text(1, 200) });
/** See {@link LocationSchema}. */
export type Location = z.infer<typeof LocationSchema>;

/**
 * Rules that depend on the track. They read the raw input, so they also run when other fields
 * fail, and a resident sees every error at once. (Zod skips them only after a non-integer number
 * or an oversized array, which a widget does not send.)
 */
const trackRules = z.check<unknown>(
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
    if (
      track !== 'join' &&
      (description === undefined || (typeof description === 'string' && description.trim() === ''))
    ) {
      add('description', 'required');
    }
  },
  { when: () => true },
);

/**
 * Body of `POST /v1/ideas`. Track rules: `experiment` needs `testPeriod` (absent otherwise);
 * `join` needs `offerId` (absent otherwise); `create` and `experiment` need a `description`.
 */
export const IdeaSubmissionSchema = z
  .strictObject({
    track: IdeaTrackSchema,
    title: text(5, 120),
    summary: text(20, 500),
    description: z.optional(text(0, 5000)),
    areaId: IdSchema,
    themeIds: z.array(IdSchema).check(z.maxLength(5), unique<string>()),
    location: z.optional(LocationSchema),
    /** How many neighbours are in on it. */
    neighbours: integer(0, 10000),
    testPeriod: z.optional(TestPeriodSchema),
    offerId: z.optional(IdSchema),
    contact: ContactSchema,
    consent: ConsentSchema,
    honeypot: HoneypotSchema,
    fillMs: FillMsSchema,
  })
  .check(trackRules);
/** See {@link IdeaSubmissionSchema} (the parsed, trimmed body). */
export type IdeaSubmission = z.output<typeof IdeaSubmissionSchema>;
/** Body of an idea as sent. */
export type IdeaSubmissionInput = z.input<typeof IdeaSubmissionSchema>;

/** Response `201` of `POST /v1/ideas`. */
export const IdeaReceiptSchema = z.object({
  id: IdSchema,
  reference: ReferenceSchema,
  status: z.literal('received'),
  receivedAt: IsoDateTimeSchema,
});
/** See {@link IdeaReceiptSchema}. */
export type IdeaReceipt = z.infer<typeof IdeaReceiptSchema>;
