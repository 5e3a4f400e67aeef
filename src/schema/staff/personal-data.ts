/**
 * One resident's personal data on request (`/v1/staff/personal-data`, any staff role, audited):
 * the export of every idea and signup sent with an e-mail address (right of access), and the
 * erasure of their contact details (right to erasure). The address is compared trimmed and
 * without regard to case.
 */
import * as z from 'zod/mini';
import { EmailSchema } from '../index.js';
import { IdeaRecordSchema, SignupRecordSchema } from './moderation.js';

/** `GET /v1/staff/personal-data?email=…`: whose data to export. */
export const PersonalDataQuerySchema = z.object({ email: EmailSchema });
export type PersonalDataQuery = z.output<typeof PersonalDataQuerySchema>;

/** The export: the address as compared (trimmed, lower case), and every idea and signup sent with it. */
export const PersonalDataExportSchema = z.object({
  email: z.string(),
  ideas: z.array(IdeaRecordSchema),
  signups: z.array(SignupRecordSchema),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExportSchema>;

/** `POST /v1/staff/personal-data/erase`: whose contact details to erase. */
export const PersonalDataEraseSchema = z.strictObject({ email: EmailSchema });
export type PersonalDataErase = z.output<typeof PersonalDataEraseSchema>;

/**
 * What the erasure did: ideas and signups whose contact details were erased, and of those signups
 * how many were still active and were cancelled (their places freed, the reserve list moved up).
 */
export const PersonalDataErasedSchema = z.object({
  ideas: z.number(),
  signups: z.number(),
  cancelledSignups: z.number(),
});
export type PersonalDataErased = z.infer<typeof PersonalDataErasedSchema>;
